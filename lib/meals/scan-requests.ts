import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { auditRefusal } from "../audit";
import { ForbiddenError } from "../errors";
import { translate, type TLocale } from "../i18n";
import { BATCH_MAX, recordMealsBatch, type TScan } from "./record-meal";
import type { TMealType } from "./rules";

// The canteen's scans as they arrive over HTTP (app/(app)/canteen/scans/route.ts, decision 0196): one scan sent at
// once or a device's stored scans sent later, the same request either way. The body's shape is checked here (a
// malformed body is a 400 and records nothing); the values are the scan's own business: a bad token, an unknown meal
// type or an impossible time is a refusal that recordMeal records for investigators, as at the counter.

/** 500 stored scans of ≈ 200 bytes each, with room to spare. */
export const SCANS_BODY_MAX_BYTES = 256 * 1024;

const ZScanIn = z.object({
  clientScanId: z.string().max(200),
  schoolId: z.number(),
  mealType: z.string().max(200),
  token: z.string().max(2000),
  scannedAt: z.string().max(200),
});

export const ZScansBody = z.object({ device: z.string().max(200), scans: z.array(ZScanIn).max(BATCH_MAX) });

export type TScansAnswer = { status: number; body: unknown };

const malformed = (locale: TLocale, key: "malformed" | "tooLarge" = "malformed"): TScansAnswer => ({
  status: key === "tooLarge" ? 413 : 400,
  body: { error: key === "tooLarge" ? "TOO_LARGE" : "MALFORMED", message: translate(locale, `mealsCanteen.api.${key}`, { max: BATCH_MAX }) },
});

/**
 * Judges a canteen device's scans for a signed-in caller: a canteen operator's contractor gets each scan's answer
 * (served, or refused with its code and parameters; a resent scan its first answer, marked duplicate). Anyone else is
 * told the route does not exist (404, audited), as every route handler answers a refusal.
 */
export async function submitCanteenScans({ actor, body, locale, now = new Date() }: { actor: TActor | null; body: { ok: true; value: unknown } | { ok: false; reason: "too-large" | "malformed" }; locale: TLocale; now?: Date }): Promise<TScansAnswer> {
  if (!actor || actor.role !== "contractor" || actor.organizationId == null) {
    await auditRefusal(actor, { what: "route:/canteen/scans", reason: "role" });
    return { status: 404, body: { error: "NOT_FOUND", message: translate(locale, "mealsCanteen.api.notFound") } };
  }
  if (!body.ok) return malformed(locale, body.reason === "too-large" ? "tooLarge" : "malformed");
  const parsed = ZScansBody.safeParse(body.value);
  if (!parsed.success) return malformed(locale);
  const scans: TScan[] = parsed.data.scans.map((s) => ({
    clientScanId: s.clientScanId,
    schoolId: s.schoolId,
    mealType: s.mealType as TMealType,
    scanToken: s.token,
    scannedAt: new Date(s.scannedAt),
  }));
  try {
    const results = await recordMealsBatch({ actor, device: parsed.data.device, scans, now });
    return { status: 200, body: { results } };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: 404, body: { error: "NOT_FOUND", message: translate(locale, "mealsCanteen.api.notFound") } };
    throw error;
  }
}
