"use server";

import { z } from "zod";
import { defineAction, redirectTo } from "@/lib/actions/action";
import { zTenge } from "@/lib/money-field";
import { changeEstimate } from "@/lib/projects/change-estimate";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { canonicalUnit } from "@/lib/projects/units";
import { isCategory, isItemCode } from "@/lib/projects/estimate-check";
import { zText } from "@/lib/text-field";
import { zId } from "@/lib/http/parse-id";
import { zNameForms } from "@/lib/i18n/localized-name";

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
  ...zNameForms(500),
  category: zText({ min: 1, max: 32 }).refine(isCategory, { message: "estimateCheck.fields.category" }),
  unit: z.string().refine((u) => canonicalUnit(u) !== null, { message: "unit" }),
  quantity: zQuantity,
  ceiling: zTenge(),
  reason: zText({ max: 500 }),
});
const ZAddForm = ZItemForm.extend({ code: zText({ min: 1, max: 64 }).refine(isItemCode, { message: "estimateCheck.fields.itemCode" }) });
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

const ITEM_FIELDS = ["projectId", "expectedVersion", "code", "itemId", "name", "nameLang", "nameRu", "nameKk", "nameEn", "category", "unit", "quantity", "ceiling", "reason"] as const;
const projectPaths = (input: { projectId: number }) => [[`/projects/${input.projectId}`, "layout"] as const];

export const addEstimateItemAction = defineAction({
  name: "addEstimateItemAction",
  roles: ["official"],
  values: ITEM_FIELDS,
  schema: ZAddForm,
  run: async ({ actor, input: f, t }) => {
    const revision = await changeEstimate({
      actor,
      projectId: f.projectId,
      expectedVersion: f.expectedVersion,
      reason: f.reason,
      change: { op: "add", item: { code: f.code, name: f.name, nameLang: f.nameLang, nameRu: f.nameRu, nameKk: f.nameKk, nameEn: f.nameEn, category: f.category, unit: f.unit, quantityMilli: f.quantity, ceilingUnitPriceTiyn: f.ceiling } },
    });
    return { ok: true, message: t("project.estimate.saved", { version: revision.version }) };
  },
  revalidate: projectPaths,
  errors: { fields: ADD_FIELDS },
});

export const changeEstimateItemAction = defineAction({
  name: "changeEstimateItemAction",
  roles: ["official"],
  values: ITEM_FIELDS,
  schema: ZChangeForm,
  run: async ({ actor, input: f }) => {
    await changeEstimate({
      actor,
      projectId: f.projectId,
      expectedVersion: f.expectedVersion,
      reason: f.reason,
      change: { op: "change", itemId: f.itemId, item: { name: f.name, nameLang: f.nameLang, nameRu: f.nameRu, nameKk: f.nameKk, nameEn: f.nameEn, category: f.category, unit: f.unit, quantityMilli: f.quantity, ceilingUnitPriceTiyn: f.ceiling } },
    });
    return redirectTo(`/projects/${f.projectId}/estimate`, "estimateChanged");
  },
  revalidate: projectPaths,
  errors: { fields: CHANGE_FIELDS },
});

export const removeEstimateItemAction = defineAction({
  name: "removeEstimateItemAction",
  roles: ["official"],
  values: ["projectId", "expectedVersion", "itemId", "reason"],
  schema: ZRemoveForm,
  run: async ({ actor, input: f }) => {
    await changeEstimate({ actor, projectId: f.projectId, expectedVersion: f.expectedVersion, reason: f.reason, change: { op: "remove", itemId: f.itemId } });
    return redirectTo(`/projects/${f.projectId}/estimate`, "estimateChanged");
  },
  revalidate: projectPaths,
  errors: { fields: REMOVE_FIELDS },
});
