import "server-only";
import { z } from "zod";
import { DomainError, NotFoundError } from "../errors";
import { translate, type TLocale } from "../i18n";
import { currentMealToken, disputeMeal, listVoucherMeals } from "./parent";
import { SLICE_MS } from "./token";

// The parent's page over HTTP (decision 0195): no account, the voucher's secret is the key. The secret travels only
// in a POST body (the page keeps it in the URL's fragment, which browsers never send), so it reaches no access log,
// no Referer and no browser history entry on the server. Every failure is a value: an unknown or malformed secret
// reads "not found" (404), never a 500.

export const VOUCHER_BODY_MAX_BYTES = 4 * 1024;

const ZVoucherBody = z.object({ secret: z.string().max(200), page: z.number().int().min(1).max(100_000).optional() });
const ZDisputeBody = z.object({ secret: z.string().max(200), mealId: z.string().regex(/^[1-9][0-9]{0,18}$/) });

export type TVoucherAnswer = { status: number; body: unknown };
type TBody = { ok: true; value: unknown } | { ok: false; reason: "too-large" | "malformed" };

const notFound = (locale: TLocale): TVoucherAnswer => ({ status: 404, body: { error: "NOT_FOUND", message: translate(locale, "mealsCanteen.parent.notFound") } });
const malformed = (locale: TLocale, reason: "too-large" | "malformed" = "malformed"): TVoucherAnswer => ({
  status: reason === "too-large" ? 413 : 400,
  body: { error: "MALFORMED", message: translate(locale, "mealsCanteen.parent.malformed") },
});

/** The QR token of this 30-second slice, when it changes, and a page of the child's meals. */
export async function voucherView({ body, locale, now = new Date() }: { body: TBody; locale: TLocale; now?: Date }): Promise<TVoucherAnswer> {
  if (!body.ok) return malformed(locale, body.reason);
  const parsed = ZVoucherBody.safeParse(body.value);
  if (!parsed.success) return malformed(locale);
  try {
    const { token, status, changesAt } = await currentMealToken({ secret: parsed.data.secret, now });
    const meals = await listVoucherMeals({ secret: parsed.data.secret, page: parsed.data.page ?? 1 });
    return { status: 200, body: { token, status, changesAt: changesAt.toISOString(), serverNow: now.toISOString(), sliceMs: SLICE_MS, ...meals } };
  } catch (error) {
    if (error instanceof NotFoundError) return notFound(locale);
    throw error;
  }
}

/** "My child was absent" for one meal of this voucher: the dispute holds it out of settlement until reviewed. */
export async function voucherDispute({ body, locale }: { body: TBody; locale: TLocale }): Promise<TVoucherAnswer> {
  if (!body.ok) return malformed(locale, body.reason);
  const parsed = ZDisputeBody.safeParse(body.value);
  if (!parsed.success) return malformed(locale);
  try {
    const dispute = await disputeMeal({ secret: parsed.data.secret, mealId: BigInt(parsed.data.mealId) });
    return { status: 200, body: { mealId: parsed.data.mealId, dispute: dispute.status, message: translate(locale, "mealsCanteen.parent.disputed") } };
  } catch (error) {
    if (error instanceof NotFoundError) return notFound(locale);
    if (error instanceof DomainError) return { status: 409, body: { error: error.code, message: translate(locale, `meals.errors.${error.code}`, error.params) } };
    throw error;
  }
}
