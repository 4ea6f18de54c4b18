// Every flag kind, in the order the screens list them. A new kind is a file beside this one and a line here
// (docs/DEVELOPING.md, "Adding a flag kind").
import { approvalFast } from "./approval-fast";
import { approvalOutOfHours } from "./approval-out-of-hours";
import { approvalSamePerson } from "./approval-same-person";
import { concentration } from "./concentration";
import { debarredParty } from "./debarred-party";
import { duplicateInvoice } from "./duplicate-invoice";
import { markup } from "./markup";
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
] as const;
