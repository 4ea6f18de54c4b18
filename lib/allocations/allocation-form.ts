import { z } from "zod";
import { almatyDay, endOfAlmatyDay } from "../dates";
import { zPercentBp, zTenge } from "../money-field";
import type { TPurposeRules } from "../rules/types";
import { zText } from "../text-field";
import { zId } from "../http/parse-id";
import { saneDayOrMalformed } from "../text-field";

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

/**
 * The allocation form as typed: amounts in tenge, shares in percent, the expiry as an Almaty calendar day.
 * Messages are keys under errors.fields. `today` is the Almaty day the expiry must come after.
 */
export function allocationFormSchema(today: string) {
  return z
    .object({
      budgetLineId: zId(),
      projectId: zId(),
      amount: zTenge(),
      expiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date" }).refine(saneDayOrMalformed(), { message: "input.fields.dateRange" }).refine((d) => d > today, { message: "futureDate" }),
      itemScope: z.enum(["all", "some"], { message: "invalidChoice" }),
      items: z.array(z.string().trim().min(1)).default([]),
      advanceLimit: zPercentBp,
      approvalThreshold: zTenge({ allowZero: true }),
      wagesAllowed: checkbox,
      wagesShare: zPercentBp,
      taxesAllowed: checkbox,
      taxesShare: zPercentBp,
      reason: zText({ min: 5, max: 500 }),
    })
    .refine((v) => v.itemScope !== "some" || v.items.length > 0, {
      path: ["items"],
      message: "chooseItems",
      // Runs even when other fields are wrong, so every problem shows at once; it reads only the raw scope and items.
      when: (payload) => {
        const raw = payload.value as { itemScope?: unknown; items?: unknown };
        return raw.itemScope === "some" && Array.isArray(raw.items ?? []);
      },
    });
}

export type TAllocationForm = z.output<ReturnType<typeof allocationFormSchema>>;

export const todayInAlmaty = (now = new Date()) => almatyDay(now);

/** The purpose rules and expiry that a valid form asks for. */
export function rulesFromForm(f: TAllocationForm): { expiresAt: Date; rules: Omit<TPurposeRules, "version" | "expiresAt"> } {
  return {
    expiresAt: endOfAlmatyDay(f.expiresOn),
    rules: {
      allowedItemCodes: f.itemScope === "all" ? "all" : [...new Set(f.items)].sort(),
      advanceLimitBp: f.advanceLimit,
      approvalThresholdTiyn: f.approvalThreshold,
      exits: {
        wages: { allowed: f.wagesAllowed, maxShareBp: f.wagesAllowed ? f.wagesShare : 0 },
        taxes: { allowed: f.taxesAllowed, maxShareBp: f.taxesAllowed ? f.taxesShare : 0 },
      },
    },
  };
}

/**
 * The "spend by" day the form proposes: the project's end when it has one after today (a project running to next
 * October gets next October, not this December), else the 25th of December of this year (of next year once that
 * is past). `now` is read as an Almaty day; the project's end is a calendar day (stored at UTC midnight).
 */
export function defaultSpendBy(endsOn: Date | null | undefined, now: Date = new Date()): string {
  const today = almatyDay(now);
  if (endsOn) {
    const end = endsOn.toISOString().slice(0, 10);
    if (end > today) return end;
  }
  const thisYear = `${today.slice(0, 4)}-12-25`;
  return today < thisYear ? thisYear : `${Number(today.slice(0, 4)) + 1}-12-25`;
}
