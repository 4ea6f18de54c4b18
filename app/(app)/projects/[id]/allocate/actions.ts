"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { failureState, fieldErrorsFrom, type TFormState } from "@/lib/action-state";
import { allocateColour } from "@/lib/allocations/allocate-colour";
import { allocationFormSchema, rulesFromForm, todayInAlmaty } from "@/lib/allocations/allocation-form";
import { previewAllocation } from "@/lib/allocations/allocation-options";
import { explainRules } from "@/lib/allocations/explain-rules";
import { authorize } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { translate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";

export type TAllocationFormState = TFormState & {
  items?: string[];
  preview?: { sentences: string[]; amount: string; line: string; remainingAfter: string; expiresAt: string };
};

const FIELDS = ["budgetLineId", "projectId", "amount", "expiresOn", "itemScope", "advanceLimit", "approvalThreshold", "wagesAllowed", "wagesShare", "taxesAllowed", "taxesShare", "reason", "requestKey"] as const;

/**
 * First the preview: every rule in plain words and what the budget line keeps. Only "confirm" mints, and the
 * server checks everything again then; the request key makes a double click mint once.
 */
export async function allocateColourAction(_prev: TAllocationFormState, form: FormData): Promise<TAllocationFormState> {
  const { t, locale } = await getT();
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
  const items = form.getAll("items").map(String);
  const intent = form.get("intent") === "confirm" ? "confirm" : "preview";
  let done: { projectId: number; colourId: number } | null = null;
  try {
    const actor = await authorize("official");
    const parsed = allocationFormSchema(todayInAlmaty()).safeParse({ ...values, items, wagesAllowed: values.wagesAllowed || undefined, taxesAllowed: values.taxesAllowed || undefined });
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values, items };
    const f = parsed.data;
    const { expiresAt, rules } = rulesFromForm(f);
    const checked = await previewAllocation({ actor, projectId: f.projectId, budgetLineId: f.budgetLineId, amountTiyn: f.amount, rules });
    if (intent === "preview") {
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
    revalidatePath("/projects", "layout");
    revalidatePath("/budget");
    done = { projectId: f.projectId, colourId: colour.id };
  } catch (error) {
    // "Too much for the budget line" is about the amount: said beside it too.
    return { ...failureState(error, locale, values, "allocateColourAction", { BUDGET_LINE_EXCEEDED: "amount" }), items };
  }
  redirect(`/projects/${done.projectId}?allocated=${done.colourId}`);
}
