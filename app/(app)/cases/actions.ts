"use server";

import { parseCaseItemRef } from "@/lib/cases/case-items";
import { openCase, ZOpenCase } from "@/lib/cases/manage-case";
import { defineAction, redirectTo } from "@/lib/actions/action";

export const openCaseAction = defineAction({
  name: "openCaseAction",
  roles: ["investigator"],
  values: ["title", "summary", "attach"],
  schema: ZOpenCase,
  run: async ({ actor, input, values }) => {
    const created = await openCase({ actor, input, attach: parseCaseItemRef(values.attach) });
    return redirectTo(`/cases/${created.id}`, "caseOpened");
  },
});
