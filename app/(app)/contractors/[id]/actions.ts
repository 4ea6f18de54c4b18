"use server";

import { debarCompany, liftDebarment } from "@/lib/contractors/debar-company";
import { defineAction } from "@/lib/actions/action";

// The use case reads and checks the fields itself; a successful id is the company's own.
const companyPaths = (input: { companyId: string }) => [`/contractors/${input.companyId}`, "/contractors"];

export const debarCompanyAction = defineAction({
  name: "debarCompanyAction",
  roles: ["official"],
  values: ["companyId", "reason", "debarredOn"],
  read: (values) => ({ companyId: values.companyId ?? "", reason: values.reason ?? "", debarredOn: values.debarredOn ?? "" }),
  run: async ({ actor, input, t }) => {
    const { company, journalSeq } = await debarCompany({ actor, input });
    return { ok: true, message: t("contractors.debarredDone", { name: company.name, seq: journalSeq }) };
  },
  revalidate: companyPaths,
  errors: { sections: ["contractors"] },
});

export const liftDebarmentAction = defineAction({
  name: "liftDebarmentAction",
  roles: ["official"],
  values: ["companyId", "reason"],
  read: (values) => ({ companyId: values.companyId ?? "", reason: values.reason ?? "" }),
  run: async ({ actor, input, t }) => {
    const { company, journalSeq } = await liftDebarment({ actor, input });
    return { ok: true, message: t("contractors.liftedDone", { name: company.name, seq: journalSeq }) };
  },
  revalidate: companyPaths,
  errors: { sections: ["contractors"] },
});
