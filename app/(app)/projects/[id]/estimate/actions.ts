"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failureState, fieldErrorsFrom, formValues, type TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { zTenge } from "@/lib/money-field";
import { changeEstimate } from "@/lib/projects/change-estimate";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { canonicalUnit } from "@/lib/projects/units";
import { zText } from "@/lib/text-field";
import { zId } from "@/lib/http/parse-id";

const zQuantity = z.string().transform((v, ctx) => {
  const q = parseQuantity(v);
  if (!q.ok) {
    ctx.addIssue({ code: "custom", message: q.reason === "TOO_PRECISE" ? "quantityPrecision" : q.reason === "NOT_POSITIVE" ? "quantityPositive" : "quantity" });
    return z.NEVER;
  }
  return q.milli;
});

const ZItemForm = z.object({
  projectId: zId(),
  expectedVersion: zId(),
  name: zText({ min: 2, max: 500 }),
  category: zText({ min: 1, max: 32 }),
  unit: z.string().refine((u) => canonicalUnit(u) !== null, { message: "unit" }),
  quantity: zQuantity,
  ceiling: zTenge(),
  reason: zText({ max: 500 }),
});
const ZAddForm = ZItemForm.extend({ code: zText({ min: 1, max: 64 }) });
const ZChangeForm = ZItemForm.extend({ itemId: zId() });
const ZRemoveForm = z.object({
  projectId: zId(),
  expectedVersion: zId(),
  itemId: zId(),
  reason: zText({ max: 500 }),
});

// Domain refusals that are about one field of the item forms: shown beside it (and as the form's message).
const ADD_FIELDS = { REASON_REQUIRED: "reason", ESTIMATE_CODE_TAKEN: "code" };
const CHANGE_FIELDS = { REASON_REQUIRED: "reason", ESTIMATE_BELOW_COMMITTED: "quantity", ESTIMATE_CEILING_BELOW_CONTRACT: "ceiling" };
const REMOVE_FIELDS = { REASON_REQUIRED: "reason" };

const ITEM_FIELDS = ["projectId", "expectedVersion", "code", "itemId", "name", "category", "unit", "quantity", "ceiling", "reason"] as const;

export async function addEstimateItemAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, ITEM_FIELDS);
  try {
    const actor = await authorize("official");
    const parsed = ZAddForm.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const f = parsed.data;
    const revision = await changeEstimate({
      actor,
      projectId: f.projectId,
      expectedVersion: f.expectedVersion,
      reason: f.reason,
      change: { op: "add", item: { code: f.code, name: f.name, category: f.category, unit: f.unit, quantityMilli: f.quantity, ceilingUnitPriceTiyn: f.ceiling } },
    });
    revalidatePath(`/projects/${f.projectId}`, "layout");
    return { ok: true, message: t("project.estimate.saved", { version: revision.version }) };
  } catch (error) {
    return failureState(error, locale, values, "addEstimateItemAction", ADD_FIELDS);
  }
}

export async function changeEstimateItemAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, ITEM_FIELDS);
  let projectId: number | null = null;
  try {
    const actor = await authorize("official");
    const parsed = ZChangeForm.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const f = parsed.data;
    await changeEstimate({
      actor,
      projectId: f.projectId,
      expectedVersion: f.expectedVersion,
      reason: f.reason,
      change: { op: "change", itemId: f.itemId, item: { name: f.name, category: f.category, unit: f.unit, quantityMilli: f.quantity, ceilingUnitPriceTiyn: f.ceiling } },
    });
    revalidatePath(`/projects/${f.projectId}`, "layout");
    projectId = f.projectId;
  } catch (error) {
    return failureState(error, locale, values, "changeEstimateItemAction", CHANGE_FIELDS);
  }
  redirect(`/projects/${projectId}/estimate`);
}

export async function removeEstimateItemAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, ["projectId", "expectedVersion", "itemId", "reason"]);
  let projectId: number | null = null;
  try {
    const actor = await authorize("official");
    const parsed = ZRemoveForm.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const f = parsed.data;
    await changeEstimate({ actor, projectId: f.projectId, expectedVersion: f.expectedVersion, reason: f.reason, change: { op: "remove", itemId: f.itemId } });
    revalidatePath(`/projects/${f.projectId}`, "layout");
    projectId = f.projectId;
  } catch (error) {
    return failureState(error, locale, values, "removeEstimateItemAction", REMOVE_FIELDS);
  }
  redirect(`/projects/${projectId}/estimate`);
}
