"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/auth";
import { companyFailure, companyFieldErrors, type TCompanyFormState } from "@/lib/company/form-state";
import { registerSubcontract } from "@/lib/company/register-subcontract";
// Calendar days go to DATE columns as UTC midnight of that day (as the seed writes them).
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);
import { getT } from "@/lib/i18n/server";
import { binProblem } from "@/lib/kz/bin";
import { parseTenge } from "@/lib/money";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { zDay, zText } from "@/lib/text-field";
import { zId } from "@/lib/http/parse-id";
import { parseId } from "@/lib/http/parse-id";

const money = (message: string) =>
  z.string().transform((v, ctx) => {
    const p = parseTenge(v);
    if (!p.ok || p.tiyn === 0n) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return p.tiyn;
  });

const ZSubcontractForm = z
  .object({
    parentId: zId(),
    bin: z
      .string()
      .trim()
      .superRefine((bin, ctx) => {
        const problem = binProblem(bin);
        if (problem) ctx.addIssue({ code: "custom", message: `bin.${problem}` });
      }),
    number: zText({ min: 1, max: 60 }),
    value: money("amountPositive"),
    signedOn: zDay(),
    endsOn: z.union([z.literal(""), zDay()]),
    isFinalSupplier: z.boolean(),
    items: z.array(z.object({ id: z.number().int().positive(), quantity: z.string(), ceiling: z.string() })).min(1, "noItems"),
  })
  .superRefine((f, ctx) => {
    f.items.forEach((i) => {
      if (!parseQuantity(i.quantity).ok) ctx.addIssue({ code: "custom", message: "quantity", path: [`quantity_${i.id}`] });
      const p = parseTenge(i.ceiling);
      if (!p.ok || p.tiyn === 0n) ctx.addIssue({ code: "custom", message: "price", path: [`ceiling_${i.id}`] });
    });
    if (f.endsOn && f.endsOn < f.signedOn) ctx.addIssue({ code: "custom", message: "dateOrder", path: ["endsOn"] });
  });

export async function registerSubcontractAction(_prev: TCompanyFormState, form: FormData): Promise<TCompanyFormState> {
  const { t, locale } = await getT();
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
  // A malformed item id is kept as -1: refused as "choose an item", never read as another item.
  const included = form.getAll("include").map((v) => parseId(v) ?? -1);
  // Repeated checkboxes: kept as one list so that a refused form comes back with the same items ticked.
  values.include = included.join(",");
  let target: string;
  try {
    const actor = await authorize("contractor");
    const parsed = ZSubcontractForm.safeParse({
      parentId: values.parentId,
      bin: values.bin ?? "",
      number: values.number ?? "",
      value: values.value ?? "",
      signedOn: values.signedOn ?? "",
      endsOn: values.endsOn ?? "",
      isFinalSupplier: form.get("isFinalSupplier") === "on",
      items: included.map((id) => ({ id, quantity: String(form.get(`quantity_${id}`) ?? ""), ceiling: String(form.get(`ceiling_${id}`) ?? "") })),
    });
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: companyFieldErrors(parsed.error, locale), values };
    const f = parsed.data;
    await registerSubcontract({
      actor,
      input: {
        parentId: f.parentId,
        bin: f.bin,
        number: f.number,
        valueTiyn: f.value,
        signedOn: calendarDay(f.signedOn),
        endsOn: f.endsOn ? calendarDay(f.endsOn) : null,
        isFinalSupplier: f.isFinalSupplier,
        items: f.items.map((i) => {
          const q = parseQuantity(i.quantity);
          const p = parseTenge(i.ceiling);
          return { estimateItemId: i.id, quantityMilli: q.ok ? q.milli : 0n, ceilingUnitPriceTiyn: p.ok ? p.tiyn : 0n };
        }),
      },
    });
    target = `/company/contracts/${f.parentId}`;
  } catch (error) {
    return companyFailure(error, locale, values, "registerSubcontractAction");
  }
  redirect(target);
}
