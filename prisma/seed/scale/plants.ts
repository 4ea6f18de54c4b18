// What the generator plants, and the truth it records about it (decision 0167). Every flag kind of lib/flags/kinds
// is planted as a scheme in several variants, and each kind also gets legitimate look-alikes: histories an
// investigator would not call a scheme although they resemble one (a fast forwarder with real own work, a young
// but honest company, two invoices just under the threshold, …). One project carries at most one plant. The truth
// says which colour, company, invoices or item each plant is about, so that `npm run bench:flags` can score the
// flags against it without reading the generator.
import type { TMealPlantKind } from "./meal-plants";
import type { Random } from "./random";

/** The flag kinds, as lib/flags/kinds names them (the generator does not import the flag code it is measuring). */
export const PLANT_KINDS = [
  "pass_through", "round_trip", "split_invoices", "markup", "unit_price_outlier", "new_company", "concentration", "rush_before_expiry",
  "duplicate_invoice", "debarred_party", "refused_attempts", "approval_same_person", "approval_out_of_hours", "approval_fast",
] as const;
export type TPlantKind = (typeof PLANT_KINDS)[number];

/** Scheme variants and look-alikes of each kind; the first scheme variant is the one planted first. */
export const VARIANTS: Record<TPlantKind, { schemes: string[]; lookalikes: string[] }> = {
  pass_through: { schemes: ["shell", "shell-keeps-margin", "shell-holds-ten-days"], lookalikes: ["forwarder-with-own-work"] },
  round_trip: { schemes: ["shared-founder", "same-office", "same-bank-account", "official-founds-general"], lookalikes: ["same-street", "official-namesake"] },
  split_invoices: { schemes: ["three-in-three-weeks", "four-in-a-month"], lookalikes: ["two-just-under", "monthly-fee-at-82"] },
  markup: { schemes: ["supplier-40-60", "trade-35-50"], lookalikes: ["modest-markup"] },
  unit_price_outlier: { schemes: ["estimate-x2", "estimate-x3"], lookalikes: ["remote-site-x1.2"] },
  new_company: { schemes: ["founded-for-the-contract", "fresh-works-sub"], lookalikes: ["young-but-legitimate"] },
  concentration: { schemes: ["one-sub-takes-most", "sole-subcontractor"], lookalikes: ["large-legitimate-sub"] },
  rush_before_expiry: { schemes: ["idle-then-rush", "idle-then-one-invoice"], lookalikes: ["brisk-december"] },
  duplicate_invoice: { schemes: ["general-resubmits", "supplier-double-bills"], lookalikes: ["equal-instalments"] },
  debarred_party: { schemes: ["debarred-before-contract", "debarred-mid-project"], lookalikes: ["debarred-long-after"] },
  refused_attempts: { schemes: ["over-ceiling-retries", "five-retries"], lookalikes: ["one-honest-correction", "three-over-a-quarter"] },
  approval_same_person: { schemes: ["official-keeps-contractor-books", "one-accountant-two-companies"], lookalikes: ["namesake-accountant"] },
  approval_out_of_hours: { schemes: ["night-release", "weekend-release", "holiday-release"], lookalikes: ["evening-approval"] },
  approval_fast: { schemes: ["released-in-minutes", "first-approval-in-seconds"], lookalikes: ["same-hour"] },
};

/** A plant in a project: a scheme of a kind, or a look-alike of it. */
export type TPlant = { kind: TPlantKind; variant: string; isScheme: boolean };

/**
 * One row of the truth. `role`: a planted scheme (counts for recall and precision), an incidental one (a scheme
 * of another kind that the plant necessarily is too, e.g. a shell registered months ago is a new company: a flag
 * on it is right, but it is not counted as planted), or a look-alike (a flag on it is wrong).
 * A flag of the same kind in the same colour matches a row when every key the row gives matches: the company the
 * flag is about, one of the invoices of its evidence, the item code of its facts. A row with no key is the colour.
 */
export type TTruth = {
  kind: TPlantKind | TMealPlantKind;
  variant: string;
  role: "scheme" | "incidental" | "lookalike";
  colourId: number;
  companyId: number | null;
  invoiceIds: number[] | null;
  itemCode: string | null;
  /** School-meal kinds (meal-plants.ts): what the flag's subject names after its colour (`school:12`, `device:7/till-3-0`). */
  subject?: string | null;
};

/**
 * Which projects get which plant: `perKind` schemes of every kind (variants in turn) and as many look-alikes,
 * interleaved so that a small dataset still gets one of each kind before the second of any.
 */
export function plantList(perKind: number): TPlant[] {
  const list: TPlant[] = [];
  for (let n = 0; n < perKind; n++) {
    for (const kind of PLANT_KINDS) {
      const v = VARIANTS[kind];
      list.push({ kind, variant: v.schemes[n % v.schemes.length]!, isScheme: true });
    }
    for (const kind of PLANT_KINDS) {
      const v = VARIANTS[kind];
      list.push({ kind, variant: v.lookalikes[n % v.lookalikes.length]!, isScheme: false });
    }
  }
  return list;
}

/** Kazakhstan's public holidays that fall on weekdays in the dataset's years (the Labour Code, art. 84). */
export const WEEKDAY_HOLIDAYS = [
  "2025-01-01", "2025-01-02", "2025-01-07", "2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25", "2025-05-01", "2025-05-07", "2025-05-09", "2025-07-07", "2025-09-01", "2025-10-27", "2025-12-16",
  "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-05-01", "2026-05-07", "2026-07-06", "2026-08-31", "2026-10-26", "2026-12-16",
];

/** When a planted approval happens, from the moment it would have happened in an honest history (UTC+5 local clock). */
export function plantedMoment(r: Random, variant: string, honest: number): number | null {
  const ALMATY = 5 * 3600_000;
  const DAY = 86_400_000;
  const local = honest + ALMATY;
  const midnight = local - (local % DAY) - ALMATY;
  if (variant === "night-release") return midnight + (r.chance(0.5) ? r.int(21 * 60 + 5, 23 * 60 + 50) : r.int(24 * 60 + 30, 24 * 60 + 5 * 60)) * 60_000;
  if (variant === "evening-approval") return midnight + r.int(18 * 60 + 5, 19 * 60 + 25) * 60_000;
  if (variant === "weekend-release") {
    const wd = new Date(local).getUTCDay();
    return midnight + ((6 - wd + 7) % 7 || 7) * DAY + r.int(10 * 60, 16 * 60) * 60_000;
  }
  if (variant === "holiday-release") {
    const day = WEEKDAY_HOLIDAYS.map((d) => Date.parse(`${d}T00:00:00Z`) - ALMATY).find((d) => d > honest && d - honest < 40 * DAY);
    return day === undefined ? null : day + r.int(10 * 60, 17 * 60) * 60_000;
  }
  return null;
}
