"use server";

import { allocateColour } from "@/lib/allocations/allocate-colour";
import { allocationFormSchema, rulesFromForm, todayInAlmaty } from "@/lib/allocations/allocation-form";
import { previewAllocation } from "@/lib/allocations/allocation-options";
import { explainRules } from "@/lib/allocations/explain-rules";
import { formatDateTime } from "@/lib/dates";
import { defineAction, RedirectTo, redirectTo, type TFormAction } from "@/lib/actions/action";
import type { TFormState } from "@/lib/actions/action-state";
import { translate } from "@/lib/i18n";
import { formatTiyn } from "@/lib/money";

export type TAllocationFormState = TFormState & {
  items?: string[];
  preview?: { sentences: string[]; amount: string; line: string; remainingAfter: string; expiresAt: string };
};

const FIELDS = ["budgetLineId", "projectId", "amount", "expiresOn", "itemScope", "advanceLimit", "approvalThreshold", "wagesAllowed", "wagesShare", "taxesAllowed", "taxesShare", "reason", "requestKey"] as const;
const itemsOf = (form: FormData) => form.getAll("items").map(String);

/**
 * First the preview: every rule in plain words and what the budget line keeps. Only "confirm" mints, and the
 * server checks everything again then; the request key makes a double click mint once.
 */
export const allocateColourAction: TFormAction<TAllocationFormState> = defineAction({
  name: "allocateColourAction",
  roles: ["official"],
  values: FIELDS,
  // The schema knows today's date (an allocation cannot expire in the past): built per request.
  read: (values, form) => allocationFormSchema(todayInAlmaty()).parse({ ...values, items: itemsOf(form), wagesAllowed: values.wagesAllowed || undefined, taxesAllowed: values.taxesAllowed || undefined }),
  run: async ({ actor, input: f, form, values, t, locale }) => {
    const items = itemsOf(form);
    const { expiresAt, rules } = rulesFromForm(f);
    const checked = await previewAllocation({ actor, projectId: f.projectId, budgetLineId: f.budgetLineId, amountTiyn: f.amount, rules });
    if (form.get("intent") !== "confirm") {
      return {
        ok: true,
        message: t("allocations.previewReady"),
        values,
        items,
        preview: {
          sentences: explainRules({ ...rules, expiresAt }, checked.itemCount).map((s) => translate(locale, `allocations.explain.${s.key}`, s.params)),
          amount: formatTiyn(f.amount),
          line: `${checked.line.code} / ${checked.line.specifics} (${checked.line.fiscalYear})`,
          remainingAfter: formatTiyn(checked.remainingAfterTiyn),
          expiresAt: formatDateTime(expiresAt),
        },
      };
    }
    const colour = await allocateColour({
      actor,
      input: { budgetLineId: f.budgetLineId, projectId: f.projectId, amountTiyn: f.amount, expiresAt, rules, reason: f.reason, requestKey: values.requestKey || null },
    });
    return redirectTo(`/projects/${f.projectId}?allocated=${colour.id}`);
  },
  // A preview changes nothing; a minted colour changes the projects and the budget line.
  revalidate: (_input, outcome) => (outcome instanceof RedirectTo ? [["/projects", "layout"], "/budget"] : []),
  errors: {
    // "Too much for the budget line" is about the amount: said beside it too.
    fields: { BUDGET_LINE_EXCEEDED: "amount" },
    // The ticked items come back with a refused form.
    onError: (_error, state, { form }) => ({ ...state, items: itemsOf(form) }),
  },
});
