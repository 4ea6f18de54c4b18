"use server";

import { createGeneralContract } from "@/lib/contracts/create-general-contract";
import { defineAction, redirectTo } from "@/lib/actions/action";

const FIELDS = ["colourId", "contractorBin", "number", "value", "signedOn", "endsOn"] as const;

/** The estimate table's rows (items.N.*) in the form's order: their indices are the error paths. */
function rowsFrom(form: FormData) {
  let count = 0;
  for (const key of form.keys()) {
    const m = /^items\.(\d{1,4})\.estimateItemId$/.exec(key);
    if (m) count = Math.max(count, Number(m[1]) + 1);
  }
  return Array.from({ length: count }, (_, i) => ({
    include: form.get(`items.${i}.include`) === "on",
    estimateItemId: String(form.get(`items.${i}.estimateItemId`) ?? ""),
    quantity: String(form.get(`items.${i}.quantity`) ?? ""),
    price: String(form.get(`items.${i}.price`) ?? ""),
  }));
}

const fieldsOf = (form: FormData) => Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")])) as Record<(typeof FIELDS)[number], string>;

export const createContractAction = defineAction({
  name: "createContractAction",
  roles: ["official"],
  values: (form) => ({
    ...fieldsOf(form),
    ...Object.fromEntries(rowsFrom(form).flatMap((r, i) => [[`items.${i}.include`, r.include ? "on" : ""], [`items.${i}.quantity`, r.quantity], [`items.${i}.price`, r.price]])),
  }),
  // The use case checks every field itself (FieldIssuesError names them, items.N.* included).
  read: (_values, form) => ({ ...fieldsOf(form), items: rowsFrom(form) }),
  run: async ({ actor, input }) => {
    const contract = await createGeneralContract({ actor, input });
    return redirectTo(`/contracts/${contract.id}?created=1`);
  },
  errors: { sections: ["contracts"] },
});
