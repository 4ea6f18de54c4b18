"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failureState, fieldErrorsFrom, formValues, type TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { CASE_ITEM_TYPES } from "@/lib/cases/case-items";
import { addCaseNote, attachToCase, CASE_STATUSES, detachFromCase, setCaseStatus } from "@/lib/cases/manage-case";
import { DomainError, NotFoundError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { setFreeze } from "@/lib/cases/set-freeze";
import { zText } from "@/lib/text-field";
import { ZId } from "@/lib/http/parse-id";


const zReason = zText({ min: 5, max: 2000 });

/** Every case action: parse, authorise, call one lib function, say what happened in the reader's words. */
async function caseAction<S extends z.ZodType>(form: FormData, fields: readonly string[], schema: S, run: (data: z.output<S>, actor: Awaited<ReturnType<typeof authorize>>) => Promise<string>, context: string): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, fields);
  try {
    const actor = await authorize("investigator");
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const message = await run(parsed.data, actor);
    revalidatePath(`/cases/${values.caseId}`);
    revalidatePath("/cases");
    return { ok: true, message };
  } catch (error) {
    return failureState(error, locale, values, context);
  }
}

export async function addCaseNoteAction(_prev: TFormState, form: FormData) {
  const { t } = await getT();
  return caseAction(form, ["caseId", "text"], z.object({ caseId: ZId, text: zText({ min: 2, max: 5000 }) }), async (d, actor) => {
    await addCaseNote({ actor, caseId: d.caseId, text: d.text });
    return t("cases.noteAdded");
  }, "addCaseNoteAction");
}

export async function setCaseStatusAction(_prev: TFormState, form: FormData) {
  const { t } = await getT();
  return caseAction(form, ["caseId", "status", "reason"], z.object({ caseId: ZId, status: z.enum(CASE_STATUSES, { message: "invalidChoice" }), reason: zReason }), async (d, actor) => {
    await setCaseStatus({ actor, caseId: d.caseId, status: d.status, reason: d.reason });
    return t("cases.statusChanged", { status: t(`cases.status.${d.status}`) });
  }, "setCaseStatusAction");
}

export async function attachToCaseAction(_prev: TFormState, form: FormData) {
  const { t } = await getT();
  const schema = z.object({ caseId: ZId, itemType: z.enum(CASE_ITEM_TYPES, { message: "invalidChoice" }), itemId: z.string().trim().regex(/^#?\d{1,18}$/, { message: "itemId" }), note: zText({ max: 500 }) });
  return caseAction(form, ["caseId", "itemType", "itemId", "note"], schema, async (d, actor) => {
    const id = d.itemId.replace("#", "");
    await attachToCase({ actor, caseId: d.caseId, item: { type: d.itemType, id }, note: d.note });
    return t("cases.attached", { item: `${t(`cases.itemTypes.${d.itemType}`)} #${id}` });
  }, "attachToCaseAction");
}

export async function detachFromCaseAction(_prev: TFormState, form: FormData) {
  const { t } = await getT();
  return caseAction(form, ["caseId", "itemType", "itemId"], z.object({ caseId: ZId, itemType: z.enum(CASE_ITEM_TYPES), itemId: z.string().regex(/^\d{1,18}$/) }), async (d, actor) => {
    await detachFromCase({ actor, caseId: d.caseId, item: { type: d.itemType, id: d.itemId } });
    return t("cases.detached");
  }, "detachFromCaseAction");
}

export async function freezeAction(_prev: TFormState, form: FormData) {
  const { t } = await getT();
  const schema = z.object({
    caseId: ZId,
    colourId: ZId,
    organizationId: z.union([z.literal(""), ZId]).transform((v) => (v === "" ? null : v)),
    isFrozen: z.enum(["true", "false"]).transform((v) => v === "true"),
    reason: zReason,
  });
  return caseAction(form, ["caseId", "colourId", "organizationId", "isFrozen", "reason"], schema, async (d, actor) => {
    await setFreeze({ actor, input: { colourId: d.colourId, organizationId: d.organizationId, isFrozen: d.isFrozen, reason: d.reason, caseId: d.caseId } }).catch((error: unknown) => {
      // The form offers every company of the case with every colour of it; say which pair does not exist.
      if (error instanceof NotFoundError && error.params.what === "account") throw new DomainError("NO_ACCOUNT_IN_COLOUR");
      throw error;
    });
    const what = d.organizationId ? t("cases.freeze.accountOf", { colour: d.colourId }) : t("cases.freeze.colourN", { colour: d.colourId });
    return t(d.isFrozen ? "cases.freeze.frozen" : "cases.freeze.unfrozen", { what });
  }, "freezeAction");
}
