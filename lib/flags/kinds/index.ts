// Every flag kind, in the order the screens list them. A new kind is a file beside this one and a line here
// (docs/DEVELOPING.md, "Adding a flag kind").
import { approvalFast } from "./approval-fast";
import { approvalOutOfHours } from "./approval-out-of-hours";
import { approvalSamePerson } from "./approval-same-person";
import { concentration } from "./concentration";
import { debarredParty } from "./debarred-party";
import { duplicateInvoice } from "./duplicate-invoice";
import { markup } from "./markup";
import { mealAbsentPupil } from "./meal-absent-pupil";
import { mealDeviceSchools } from "./meal-device-schools";
import { mealDisputeRate } from "./meal-dispute-rate";
import { mealNonSchoolDay } from "./meal-non-school-day";
import { mealPupilTwoSchools } from "./meal-pupil-two-schools";
import { mealRedemption } from "./meal-redemption";
import { mealScanBurst } from "./meal-scan-burst";
import { mealTariff } from "./meal-tariff";
import { newCompany } from "./new-company";
import { passThrough } from "./pass-through";
import { refusedAttempts } from "./refused-attempts";
import { roundTrip } from "./round-trip";
import { rushBeforeExpiry } from "./rush-before-expiry";
import { splitInvoices } from "./split-invoices";
import { unitPriceOutlier } from "./unit-price-outlier";

export const KIND_DEFS = [
  passThrough,
  roundTrip,
  splitInvoices,
  markup,
  unitPriceOutlier,
  newCompany,
  concentration,
  rushBeforeExpiry,
  duplicateInvoice,
  debarredParty,
  refusedAttempts,
  approvalSamePerson,
  approvalOutOfHours,
  approvalFast,
  // School meals (issue 18, decision 0205): they read meal data only in a colour that pays a meal programme.
  mealNonSchoolDay,
  mealAbsentPupil,
  mealRedemption,
  mealScanBurst,
  mealDeviceSchools,
  mealPupilTwoSchools,
  mealDisputeRate,
  mealTariff,
] as const;
