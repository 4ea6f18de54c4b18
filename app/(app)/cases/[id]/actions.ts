"use server";

import { z } from "zod";
import { CASE_ITEM_TYPES } from "@/lib/cases/case-items";
import { addCaseNote, assignCase, attachToCase, CASE_STATUSES, detachFromCase, setCaseStatus } from "@/lib/cases/manage-case";
import { DomainError, NotFoundError } from "@/lib/errors";
import { defineAction } from "@/lib/actions/action";
import { ZId } from "@/lib/http/parse-id";
import { setFreeze } from "@/lib/cases/set-freeze";
import { zText } from "@/lib/text-field";

const zReason = zText({ min: 5, max: 2000 });
// Every case action changes the case's page and the list of cases.
const casePaths = (input: { caseId: number }) => [`/cases/${input.caseId}`, "/cases"];

export const addCaseNoteAction = defineAction({
  name: "addCaseNoteAction",
  roles: ["investigator"],
  values: ["caseId", "text"],
  schema: z.object({ caseId: ZId, text: zText({ min: 2, max: 5000 }) }),
  run: async ({ actor, input, t }) => {
    await addCaseNote({ actor, caseId: input.caseId, text: input.text });
    return { ok: true, message: t("cases.noteAdded") };
  },
  revalidate: casePaths,
});

export const setCaseStatusAction = defineAction({
  name: "setCaseStatusAction",
  roles: ["investigator"],
  values: ["caseId", "status", "reason"],
  schema: z.object({ caseId: ZId, status: z.enum(CASE_STATUSES, { message: "invalidChoice" }), reason: zReason }),
  run: async ({ actor, input, t }) => {
    await setCaseStatus({ actor, caseId: input.caseId, status: input.status, reason: input.reason });
    return { ok: true, message: t("cases.statusChanged", { status: t(`cases.status.${input.status}`) }) };
  },
  revalidate: casePaths,
});

export const assignCaseAction = defineAction({
  name: "assignCaseAction",
  roles: ["investigator"],
  values: ["caseId", "assigneeId"],
  schema: z.object({ caseId: ZId, assigneeId: ZId }),
  run: async ({ actor, input, t }) => {
    await assignCase({ actor, caseId: input.caseId, assigneeId: input.assigneeId });
    return { ok: true, message: t("caseAssign.done") };
  },
  revalidate: casePaths,
});

export const attachToCaseAction = defineAction({
  name: "attachToCaseAction",
  roles: ["investigator"],
  values: ["caseId", "itemType", "itemId", "note"],
  schema: z.object({
    caseId: ZId,
    itemType: z.enum(CASE_ITEM_TYPES, { message: "invalidChoice" }),
    itemId: z.string().trim().regex(/^#?\d{1,18}$/, { message: "itemId" }),
    note: zText({ max: 500 }),
  }),
  run: async ({ actor, input, t }) => {
    const id = input.itemId.replace("#", "");
    await attachToCase({ actor, caseId: input.caseId, item: { type: input.itemType, id }, note: input.note });
    return { ok: true, message: t("cases.attached", { item: `${t(`cases.itemTypes.${input.itemType}`)} #${id}` }) };
  },
  revalidate: casePaths,
});

export const detachFromCaseAction = defineAction({
  name: "detachFromCaseAction",
  roles: ["investigator"],
  values: ["caseId", "itemType", "itemId"],
  schema: z.object({ caseId: ZId, itemType: z.enum(CASE_ITEM_TYPES), itemId: z.string().regex(/^\d{1,18}$/) }),
  run: async ({ actor, input, t }) => {
    await detachFromCase({ actor, caseId: input.caseId, item: { type: input.itemType, id: input.itemId } });
    return { ok: true, message: t("cases.detached") };
  },
  revalidate: casePaths,
});

export const freezeAction = defineAction({
  name: "freezeAction",
  roles: ["investigator"],
  values: ["caseId", "colourId", "organizationId", "isFrozen", "reason"],
  schema: z.object({
    caseId: ZId,
    colourId: ZId,
    organizationId: z.union([z.literal(""), ZId]).transform((v) => (v === "" ? null : v)),
    isFrozen: z.enum(["true", "false"]).transform((v) => v === "true"),
    reason: zReason,
  }),
  run: async ({ actor, input: d, t }) => {
    await setFreeze({ actor, input: { colourId: d.colourId, organizationId: d.organizationId, isFrozen: d.isFrozen, reason: d.reason, caseId: d.caseId } }).catch((error: unknown) => {
      // The form offers every company of the case with every colour of it; say which pair does not exist.
      if (error instanceof NotFoundError && error.params.what === "account") throw new DomainError("NO_ACCOUNT_IN_COLOUR");
      throw error;
    });
    const what = d.organizationId ? t("cases.freeze.accountOf", { colour: d.colourId }) : t("cases.freeze.colourN", { colour: d.colourId });
    return { ok: true, message: t(d.isFrozen ? "cases.freeze.frozen" : "cases.freeze.unfrozen", { what }) };
  },
  revalidate: casePaths,
});
