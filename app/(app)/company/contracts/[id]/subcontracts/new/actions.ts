"use server";

import { z } from "zod";
import { registerSubcontract } from "@/lib/contracts/register-subcontract";
import { COMPANY_ERRORS, defineAction, redirectTo } from "@/lib/actions/action";
import { parseId, zId } from "@/lib/http/parse-id";
import { parseTenge } from "@/lib/money";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { zBin, zDay, zText } from "@/lib/text-field";

// Calendar days go to DATE columns as UTC midnight of that day (as the seed writes them).
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);

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
    bin: zBin(),
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

// A malformed item id is kept as -1: refused as "choose an item", never read as another item.
const includedOf = (form: FormData) => form.getAll("include").map((v) => parseId(v) ?? -1);

export const registerSubcontractAction = defineAction({
  name: "registerSubcontractAction",
  roles: ["contractor"],
  values: (form) => {
    const values: Record<string, string> = {};
    for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
    // Repeated checkboxes: kept as one list so that a refused form comes back with the same items ticked.
    values.include = includedOf(form).join(",");
    return values;
  },
  schema: ZSubcontractForm,
  shape: (values, form) => ({
    parentId: values.parentId,
    bin: values.bin ?? "",
    number: values.number ?? "",
    value: values.value ?? "",
    signedOn: values.signedOn ?? "",
    endsOn: values.endsOn ?? "",
    isFinalSupplier: form.get("isFinalSupplier") === "on",
    items: includedOf(form).map((id) => ({ id, quantity: String(form.get(`quantity_${id}`) ?? ""), ceiling: String(form.get(`ceiling_${id}`) ?? "") })),
  }),
  run: async ({ actor, input: f }) => {
    const created = await registerSubcontract({
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
    // Feedback where the user lands (decision 0238): the new subcontract's own page.
    return redirectTo(`/company/contracts/${created.id}`, "subcontractRegistered");
  },
  errors: COMPANY_ERRORS,
});
