import "server-only";
import type { z } from "zod";
import { failureState, type TFormState } from "../action-state";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { hasMessage, translate, type TLocale } from "../i18n";
import { RuleRefusal } from "../ledger/refusal";
import { formatTiyn } from "../money";
import { formatQuantityMilli } from "../rules/amounts";
import { RULE_MESSAGES } from "../i18n/rule-messages";
import { describeViolation, formatDateParam, formatRuleParams } from "../i18n/rule-present";
import type { TRuleCode } from "../rules/types";

/** A company form's answer: besides the message, each refusal reason on its own line. */
export type TCompanyFormState = TFormState & { reasons?: string[] };

/**
 * zod messages of the company forms are catalogue keys: under company.fields first, then the shared
 * errors.fields ("tooShort:10" → errors.fields.tooShort with {min} = 10).
 */
export function companyFieldErrors(error: z.ZodError, locale: TLocale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (out[field]) continue;
    if (hasMessage(issue.message)) {
      out[field] = translate(locale, issue.message);
      continue;
    }
    const [key, param] = issue.message.split(":");
    const params = { min: param ?? "", max: param ?? "" };
    const own = translate(locale, `company.fields.${key}`, params);
    const shared = translate(locale, `errors.fields.${key}`, params);
    out[field] = own !== `company.fields.${key}` ? own : shared !== `errors.fields.${key}` ? shared : translate(locale, "errors.fields.required");
  }
  return out;
}

/** Amounts and quantities in the parameters of the company's own error codes arrive raw (tiyn, thousandths); dates as ISO. */
const MONEY_PARAMS: Record<string, readonly string[]> = { SUBCONTRACT_ABOVE_REMAINING: ["remaining", "attempted"] };
const QUANTITY_PARAMS: Record<string, readonly string[]> = { SUBCONTRACT_QUANTITY_ABOVE_REMAINING: ["contract", "subcontracted", "attempted", "remaining"] };

export function formatCompanyParams(code: string, params: Record<string, string>): Record<string, string> {
  const money = MONEY_PARAMS[code] ?? [];
  const quantities = QUANTITY_PARAMS[code] ?? [];
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      if (!/^-?\d+$/.test(v)) return [k, formatDateParam(v)];
      if (money.includes(k)) return [k, formatTiyn(BigInt(v))];
      if (quantities.includes(k)) return [k, formatQuantityMilli(BigInt(v))];
      return [k, v];
    }),
  );
}

/**
 * A failure in the reader's words. Rule refusals list every reason (rule, item, limit, attempted value);
 * "not found" and "forbidden" read alike, so an id of another company reveals nothing.
 */
export function companyFailure(error: unknown, locale: TLocale, values: Record<string, string> | undefined, context: string): TCompanyFormState {
  if (error instanceof RuleRefusal) {
    const reasons = error.violations.map((v) => describeViolation(v, locale));
    return { ok: false, message: translate(locale, "company.refused"), reasons, values };
  }
  if (error instanceof NotFoundError || error instanceof ForbiddenError) {
    return { ok: false, message: translate(locale, "company.errors.NOT_FOUND"), values };
  }
  if (error instanceof DomainError) {
    const raw = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, String(v)]));
    const params = error.code in RULE_MESSAGES ? formatRuleParams(error.code as TRuleCode, raw) : formatCompanyParams(error.code, raw);
    const key = `company.errors.${error.code}`;
    const own = translate(locale, key, params);
    if (own !== key) return { ok: false, message: own, values };
  }
  return failureState(error, locale, values, context);
}
