import { z } from "zod";
import { parseTenge } from "./money";

const REASON_KEY = { empty: "amount", format: "amount", precision: "amountPrecision", negative: "amountPositive", too_large: "amount" } as const;

/**
 * An amount in tenge typed into a form ("1 234 567,89") as tiyn. Issue messages are keys under errors.fields,
 * so a refused form says what is wrong in the reader's language.
 */
export function zTenge({ allowZero = false }: { allowZero?: boolean } = {}) {
  return z.string().transform((value, ctx) => {
    const parsed = parseTenge(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: REASON_KEY[parsed.reason] });
      return z.NEVER;
    }
    if (!allowZero && parsed.tiyn === 0n) {
      ctx.addIssue({ code: "custom", message: "amountPositive" });
      return z.NEVER;
    }
    return parsed.tiyn;
  });
}

/** A percentage typed into a form ("30", "12,5") as basis points (3000, 1250). */
export const zPercentBp = z.string().transform((value, ctx) => {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(value);
  const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0") || "0") : NaN;
  if (!m || bp > 10_000) {
    ctx.addIssue({ code: "custom", message: "percent" });
    return z.NEVER;
  }
  return bp;
});
