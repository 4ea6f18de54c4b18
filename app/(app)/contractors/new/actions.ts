"use server";

import { redirect } from "next/navigation";
import type { TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { registerCompany, type TRegisterCompany } from "@/lib/contractors/register-company";
import { formFailure } from "@/lib/field-issues";
import { getT } from "@/lib/i18n/server";

const FIELDS = ["bin", "name", "nameRu", "address", "region", "registeredOn", "bankAccount"] as const;
const PERSON_FIELDS = ["fullName", "iin", "role", "share"] as const;

/** The people rows as the form numbers them (people.0.fullName, …); their indices are the error paths. */
function peopleFrom(form: FormData) {
  const indices = new Set<number>();
  for (const key of form.keys()) {
    const m = /^people\.(\d{1,2})\./.exec(key);
    if (m) indices.add(Number(m[1]));
  }
  const count = indices.size ? Math.max(...indices) + 1 : 0;
  return Array.from({ length: count }, (_, i) => Object.fromEntries(PERSON_FIELDS.map((f) => [f, String(form.get(`people.${i}.${f}`) ?? "")])));
}

export async function registerCompanyAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { locale } = await getT();
  const company = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")])) as Record<(typeof FIELDS)[number], string>;
  const people = peopleFrom(form);
  const values: Record<string, string> = { ...company, ...Object.fromEntries(people.flatMap((p, i) => Object.entries(p).map(([k, v]) => [`people.${i}.${k}`, v]))) };
  let target: string;
  try {
    const actor = await authorize("official");
    const result = await registerCompany({ actor, input: { ...company, region: company.region as TRegisterCompany["region"], people: people.map((p) => ({ fullName: p.fullName ?? "", iin: p.iin, role: p.role as TRegisterCompany["people"][number]["role"], share: p.share })) } });
    target = `/contractors/${result.company.id}?registered=${result.people}&reused=${result.reused}`;
  } catch (error) {
    return formFailure(error, locale, values, "registerCompanyAction", ["contractors"]);
  }
  redirect(target);
}
