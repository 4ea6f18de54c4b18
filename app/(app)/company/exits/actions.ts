"use server";

import { z } from "zod";
import { payExit } from "@/lib/contractors/company-exits";
import { COMPANY_ERRORS, defineAction } from "@/lib/actions/action";
import { zId } from "@/lib/http/parse-id";
import { formatTiyn, parseTenge } from "@/lib/money";

const ZExitForm = z.object({
  colourId: zId(),
  kind: z.enum(["wages", "taxes"], { message: "invalidChoice" }),
  amount: z.string().transform((v, ctx) => {
    const p = parseTenge(v);
    if (!p.ok || p.tiyn === 0n) {
      ctx.addIssue({ code: "custom", message: p.ok || p.reason === "negative" ? "amountPositive" : p.reason === "precision" ? "amountPrecision" : "amount" });
      return z.NEVER;
    }
    return p.tiyn;
  }),
  requestKey: z.string().uuid(),
});

/** A wages or taxes exit; the same request key twice (double click, retry) pays once. */
export const payExitAction = defineAction({
  name: "payExitAction",
  roles: ["contractor"],
  values: ["colourId", "kind", "amount"],
  schema: ZExitForm,
  shape: (values, form) => ({ ...values, requestKey: String(form.get("requestKey") ?? "") }),
  run: async ({ actor, input: f, t }) => {
    await payExit({ actor, colourId: f.colourId, kind: f.kind, amountTiyn: f.amount, idempotencyKey: f.requestKey });
    return { ok: true, message: t("company.exits.paid", { amount: formatTiyn(f.amount), kind: t(`company.exits.kinds.${f.kind}`), colour: f.colourId }) };
  },
  revalidate: ["/company/exits", "/company"],
  errors: COMPANY_ERRORS,
});
