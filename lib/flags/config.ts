// Thresholds of every flag kind, in one typed object. The defaults are the ones issue 6 names; a flag's page
// shows the values it was computed with, so an investigator reads the definition and its numbers together.
// Amounts are bigint tiyn, shares basis points (10000 = 100 %), periods days or minutes.

export type TFlagConfig = {
  passThrough: { minForwardedBp: number; windowDays: number; maxOwnWorkBp: number };
  roundTrip: { byPerson: boolean; byAddress: boolean; byBankAccount: boolean };
  splitInvoices: { windowDays: number; justUnderBp: number; minInvoices: number };
  markup: { minMarkupBp: number };
  unitPriceOutlier: { iqrFactorPct: number; minSamples: number };
  newCompany: { maxAgeDays: number };
  concentration: { minShareBp: number };
  rushBeforeExpiry: { idleDays: number; lastDays: number; minShareBp: number };
  duplicateInvoice: { windowDays: number };
  refusedAttempts: { minAttempts: number; windowDays: number };
  approvalOutOfHours: { workStartHour: number; workEndHour: number; weekendsAreOutOfHours: boolean };
  approvalFast: { maxMinutes: number };
};

export const FLAG_CONFIG: TFlagConfig = {
  // Forwards ≥ 90 % of what it received of a colour within 7 days, keeping ≤ 10 % for wages (its own work).
  passThrough: { minForwardedBp: 9000, windowDays: 7, maxOwnWorkBp: 1000 },
  roundTrip: { byPerson: true, byAddress: true, byBankAccount: true },
  // Invoices of 80–100 % of the second-approval threshold, two or more in 30 days, together at or above it.
  splitInvoices: { windowDays: 30, justUnderBp: 8000, minInvoices: 2 },
  // Billed upward more than 25 % above the unit price paid one tier down.
  markup: { minMarkupBp: 2500 },
  // Above Q3 + 1.5·IQR of the unit prices of the same item code across projects, with at least 5 prices known.
  unitPriceOutlier: { iqrFactorPct: 150, minSamples: 5 },
  newCompany: { maxAgeDays: 365 },
  concentration: { minShareBp: 5000 },
  rushBeforeExpiry: { idleDays: 90, lastDays: 30, minShareBp: 5000 },
  duplicateInvoice: { windowDays: 3 },
  refusedAttempts: { minAttempts: 3, windowDays: 30 },
  // Working hours in Asia/Almaty: 09:00–19:00, Monday to Friday.
  approvalOutOfHours: { workStartHour: 9, workEndHour: 19, weekendsAreOutOfHours: true },
  approvalFast: { maxMinutes: 10 },
};
