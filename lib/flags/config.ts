// Thresholds of every flag kind, in one typed object. The defaults are the ones issue 6 named, sharpened by issue 15
// (decisions 0159–0162); a flag's page shows the values it was computed with, so an investigator reads the
// definition and its numbers together. Amounts are bigint tiyn, shares basis points (10000 = 100 %), periods days or
// minutes.

export type TFlagConfig = {
  passThrough: { minForwardedBp: number; windowDays: number; maxOwnWorkBp: number };
  roundTrip: { byPerson: boolean; byAddress: boolean; byBankAccount: boolean };
  splitInvoices: { windowDays: number; justUnderBp: number; minInvoices: number };
  markup: { minMarkupBp: number };
  unitPriceOutlier: { iqrFactorPct: number; minSamples: number; minProjects: number; minAboveQ3Bp: number };
  newCompany: { maxAgeDays: number; contractWithinDays: number; minShareBp: number };
  concentration: { minShareBp: number; minPaidOutBp: number; minActiveDays: number };
  rushBeforeExpiry: { idleDays: number; lastDays: number; minShareBp: number };
  duplicateInvoice: { windowDays: number };
  refusedAttempts: { minAttempts: number; windowDays: number };
  approvalOutOfHours: { workStartHour: number; workEndHour: number; daysOffAreOutOfHours: boolean; overtimeMinutes: number; minOvertimeApprovals: number };
  approvalFast: { maxMinutes: number };
  mealNonSchoolDay: { minMeals: number; peerHolidayBp: number; minPeers: number };
  mealAbsentPupil: { minUpheld: number };
  mealRedemption: { minRateBp: number; minDays: number; minPupils: number };
  mealScanBurst: { secondsPerScan: number; minScans: number };
  mealDeviceSchools: { maxGapMinutes: number };
  mealPupilTwoSchools: { sameDayIsHigh: boolean };
  mealDisputeRate: { iqrFactorPct: number; minMeals: number; minSchools: number; minPerMille: number };
  mealTariff: { minAboveBp: number; minContracts: number };
};

export const FLAG_CONFIG: TFlagConfig = {
  // Of everything it received of the colour, forwarded ≥ 90 % to other companies, the typical (median) tenge within
  // 30 days of its arrival, while at most 10 % of it paid for work of its own: items it billed and did not buy from
  // its subcontractors (decision 0159).
  // The window is a month, one billing cycle (decision 0188): a shell that keeps each payment nine or twelve days
  // before passing it on forwards the same money with the same lack of own work; holding it longer is float, not work.
  passThrough: { minForwardedBp: 9000, windowDays: 30, maxOwnWorkBp: 1000 },
  roundTrip: { byPerson: true, byAddress: true, byBankAccount: true },
  // At least three invoices of one company, each 85–100 % of the second-approval threshold, submitted within 30 days,
  // together at or above it (a monthly fee at 81 % is outside the band, and one a month is never three).
  splitInvoices: { windowDays: 30, justUnderBp: 8500, minInvoices: 3 },
  // Billed upward more than 25 % above the unit price paid one tier down.
  markup: { minMarkupBp: 2500 },
  // A company's quantity-weighted unit price for one item in one colour above Q3 + 1.5·IQR of the unit prices of the
  // same item code, judged only with at least 5 prices from at least 5 projects, and at least 30 % above Q3 — a price a
  // little above a narrow market (a remote site's delivery) is outside the fence but is not an inflated price
  // (decision 0188).
  unitPriceOutlier: { iqrFactorPct: 150, minSamples: 5, minProjects: 5, minAboveQ3Bp: 3000 },
  // Registered less than a year before its first coloured receipt AND either signed its first contract of the colour
  // within half a year of registering (founded for the contract) or, as a subcontractor, took more than half of what
  // the colour paid out. Age alone is not a scheme: most young companies are honest (decision 0188).
  newCompany: { maxAgeDays: 365, contractWithinDays: 180, minShareBp: 5000 },
  // One subcontractor received more than half of what the colour has paid out, judged once the colour is mature
  // (lib/flags/maturity.ts, decision 0162): a quarter of it paid out, or 90 days of payments.
  concentration: { minShareBp: 5000, minPaidOutBp: 2500, minActiveDays: 90 },
  rushBeforeExpiry: { idleDays: 90, lastDays: 30, minShareBp: 5000 },
  duplicateInvoice: { windowDays: 3 },
  refusedAttempts: { minAttempts: 3, windowDays: 30 },
  // Working hours in Asia/Almaty: 09:00–18:00 on the working days of Kazakhstan's calendar (lib/rules/working-calendar.ts:
  // weekends, public holidays, their carried-over days and decreed transfers are days off; decision 0160).
  // An approval within two hours of the working day (07:00–09:00, 18:00–20:00) is overtime: it counts only when the same
  // official approved at least three of the colour's invoices outside working hours; nights and days off count alone
  // (decision 0188).
  approvalOutOfHours: { workStartHour: 9, workEndHour: 18, daysOffAreOutOfHours: true, overtimeMinutes: 120, minOvertimeApprovals: 3 },
  // Any approval step (submission → first approval, first → second) in less than 10 minutes.
  approvalFast: { maxMinutes: 10 },
  // School meals (issue 18, decisions 0205–0207). Meals on a day that is no school day: the school's own calendar as
  // it stands, a public holiday of Kazakhstan's calendar, or a day more than half of the department's other schools
  // (at least two) declared a holiday — a Saturday at a six-day school, where the others simply have no lessons, is not.
  mealNonSchoolDay: { minMeals: 1, peerHolidayBp: 5000, minPeers: 2 },
  // Parents marked at least three meals of one school and month "absent" and the review upheld them (one or two are
  // a mis-scan).
  mealAbsentPupil: { minUpheld: 3 },
  // On at least 10 school days of a month, meals of one type for at least 98 % of the pupils on the approved list of
  // at least 20 pupils: children fall ill, a whole list eating every day is a list of names, not of children.
  mealRedemption: { minRateBp: 9800, minDays: 10, minPupils: 20 },
  // More than 20 scans (meals and refused scans) of one device within 20 × 4 seconds, by the scans' own times (an
  // offline batch sent in one second is judged as it was scanned): faster than a child can be served, sustained.
  mealScanBurst: { secondsPerScan: 4, minScans: 20 },
  // One device recording meals at two schools within 30 minutes of each other: nobody carries a canteen between
  // schools that fast (a phone moved for good, or breakfast at one and lunch at the other, is not).
  mealDeviceSchools: { maxGapMinutes: 30 },
  // One IIN hash on the approved lists of two schools in one month, fed at both within the same span of days (a pupil
  // who moved mid-month was fed at one, then the other).
  mealPupilTwoSchools: { sameDayIsHigh: true },
  // Absence disputes per 1,000 meals above Q3 + 1.5·IQR of the schools of the same region that month (each with at
  // least 200 meals; at least 8 schools to judge), and at least 20 per 1,000.
  mealDisputeRate: { iqrFactorPct: 150, minMeals: 200, minSchools: 8, minPerMille: 20 },
  // A canteen contract's tariff for a meal type at least 20 % above the median tariff of that type in the region's
  // contracts of the same school year (at least 5 contracts to judge).
  mealTariff: { minAboveBp: 2000, minContracts: 5 },
};
