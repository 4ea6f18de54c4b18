"use server";

import { redirect } from "next/navigation";
import type { TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { createGeneralContract } from "@/lib/contracts/create-general-contract";
import { formFailure } from "@/lib/field-issues";
import { getT } from "@/lib/i18n/server";

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

export async function createContractAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { locale } = await getT();
  const fields = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")])) as Record<(typeof FIELDS)[number], string>;
  const items = rowsFrom(form);
  const values: Record<string, string> = {
    ...fields,
    ...Object.fromEntries(items.flatMap((r, i) => [[`items.${i}.include`, r.include ? "on" : ""], [`items.${i}.quantity`, r.quantity], [`items.${i}.price`, r.price]])),
  };
  let target: string;
  try {
    const actor = await authorize("official");
    const contract = await createGeneralContract({ actor, input: { ...fields, items } });
    target = `/contracts/${contract.id}?created=1`;
  } catch (error) {
    return formFailure(error, locale, values, "createContractAction", ["contracts"]);
  }
  redirect(target);
}
