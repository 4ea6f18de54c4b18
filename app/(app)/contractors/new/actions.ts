"use server";

import { registerCompany, type TRegisterCompany } from "@/lib/contractors/register-company";
import { defineAction, redirectTo } from "@/lib/actions/action";

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

const companyOf = (form: FormData) => Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")])) as Record<(typeof FIELDS)[number], string>;

export const registerCompanyAction = defineAction({
  name: "registerCompanyAction",
  roles: ["official"],
  values: (form) => ({ ...companyOf(form), ...Object.fromEntries(peopleFrom(form).flatMap((p, i) => Object.entries(p).map(([k, v]) => [`people.${i}.${k}`, v]))) }),
  // The use case checks every field itself (its refusals name the fields, people.N.* included).
  read: (_values, form): TRegisterCompany => {
    const company = companyOf(form);
    const people = peopleFrom(form);
    return { ...company, region: company.region as TRegisterCompany["region"], people: people.map((p) => ({ fullName: p.fullName ?? "", iin: p.iin, role: p.role as TRegisterCompany["people"][number]["role"], share: p.share })) };
  },
  run: async ({ actor, input }) => {
    const result = await registerCompany({ actor, input });
    return redirectTo(`/contractors/${result.company.id}?registered=${result.people}&reused=${result.reused}`);
  },
  errors: { sections: ["contractors"] },
});
