"use server";

import { createBudgetLine, ZCreateBudgetLine } from "@/lib/budget/create-budget-line";
import { defineAction } from "@/lib/actions/action";
import { zTenge } from "@/lib/money-field";
import { NAME_FIELD_NAMES } from "@/lib/i18n/localized-name";

// The form types the appropriation in tenge ("appropriated"); the use case takes tiyn.
const ZBudgetLineForm = ZCreateBudgetLine.omit({ appropriatedTiyn: true }).extend({ appropriated: zTenge() });

export const createBudgetLineAction = defineAction({
  name: "createBudgetLineAction",
  roles: ["official"],
  values: ["code", "specifics", "fiscalYear", ...NAME_FIELD_NAMES, "ministryId", "region", "appropriated"],
  schema: ZBudgetLineForm,
  shape: (values) => ({ ...values, region: values.region || null }),
  run: async ({ actor, input: { appropriated, ...rest }, t }) => {
    const line = await createBudgetLine({ actor, input: { ...rest, appropriatedTiyn: appropriated } });
    return { ok: true, message: t("budget.created", { code: `${line.code} / ${line.specifics}` }) };
  },
  revalidate: ["/budget"],
  errors: { fields: { BUDGET_LINE_EXISTS: "code" } },
});
