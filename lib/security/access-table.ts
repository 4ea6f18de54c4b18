import type { Role } from "../generated/prisma/enums";

// The access rules: who may call each server action and route handler, on whose objects. One table, read by
//   - docs/SECURITY.md's "Access rules" (generated from it: renderAccessTable; lib/security/access-table.test.ts
//     fails when the document differs, and says how to rewrite it),
//   - the unit test that finds every "use server" export and every route handler in app/ and checks that each
//     has its row, and that each action calls authorize() with exactly the roles its row lets in,
//   - the integration test that calls each action's use case as every caller (tests/integration/access-table.test.ts),
//   - the e2e spec that requests each route as every caller (e2e/access-table.spec.ts).
// Adding an action or a route: add its row here (the tests name what is missing), then its probe in those tests.

/** The callers every row is judged for: each role, and for the scoped roles, inside and outside the object's scope. */
export const CALLERS = ["anonymous", "admin", "investigator", "official", "officialOther", "officialFinance", "contractor", "contractorOther", "school", "schoolOther"] as const;
export type TCaller = (typeof CALLERS)[number];

export const CALLER_ROLE: Record<TCaller, Role | null> = {
  anonymous: null,
  admin: "admin",
  investigator: "investigator",
  official: "official",
  officialOther: "official",
  officialFinance: "official",
  contractor: "contractor",
  contractorOther: "contractor",
  school: "school",
  schoolOther: "school",
};

export const CALLER_HEADINGS: Record<TCaller, string> = {
  anonymous: "Anonymous",
  admin: "Admin",
  investigator: "Investigator",
  official: "Official, in scope",
  officialOther: "Official, other ministry",
  officialFinance: "Official, Ministry of Finance",
  contractor: "Contractor, in scope",
  contractorOther: "Contractor, other company",
  school: "School user, in scope",
  schoolOther: "School user, other school",
};

/**
 * What the caller gets. "yes": past every access check (the use case's own rules then decide). "no": refused
 * for the role (`authorize` → "You do not have access"; an anonymous request to a private route is sent to
 * sign-in). "not found": the role may, but this object is outside the caller's scope, so it reads as if it did not
 * exist (route handlers answer every signed-in refusal with 404).
 */
export type TAnswer = "yes" | "no" | "not found";

export type TAccessRule = {
  kind: "action" | "route";
  /** An action's exported function name, or a route handler's HTTP method. */
  name: string;
  /** The file under app/ that exports it. */
  file: string;
  /** The lib use case(s) that enforce the scope. */
  useCase: string;
  /** The scope rule in words. */
  scope: string;
  answers: Record<TCaller, TAnswer>;
};

const NOBODY: Record<TCaller, TAnswer> = { anonymous: "no", admin: "no", investigator: "no", official: "no", officialOther: "no", officialFinance: "no", contractor: "no", contractorOther: "no", school: "no", schoolOther: "no" };
const EVERYONE: Record<TCaller, TAnswer> = { anonymous: "yes", admin: "yes", investigator: "yes", official: "yes", officialOther: "yes", officialFinance: "yes", contractor: "yes", contractorOther: "yes", school: "yes", schoolOther: "yes" };
const only = (answers: Partial<Record<TCaller, TAnswer>>): Record<TCaller, TAnswer> => ({ ...NOBODY, ...answers });
/** Route handlers answer every signed-in refusal, for the role or the scope, with 404; anonymous callers go to sign-in. */
const route = (answers: Partial<Record<TCaller, TAnswer>>): Record<TCaller, TAnswer> => {
  const all = only(answers);
  return Object.fromEntries(CALLERS.map((c) => [c, all[c] === "no" && c !== "anonymous" ? "not found" : all[c]])) as Record<TCaller, TAnswer>;
};

const SIGNED_IN = only({ admin: "yes", investigator: "yes", official: "yes", officialOther: "yes", officialFinance: "yes", contractor: "yes", contractorOther: "yes", school: "yes", schoolOther: "yes" });
const ADMIN = only({ admin: "yes" });
const INVESTIGATOR = only({ investigator: "yes" });
/** An official of the object's ministry, or of the Ministry of Finance; another ministry's official: not found. */
const MINISTRY = only({ official: "yes", officialFinance: "yes", officialOther: "not found" });
/** A contractor of the object's company; another company's contractor: not found. */
const COMPANY = only({ contractor: "yes", contractorOther: "not found" });
/** A school user of the object's school (a director's action: its director); another school's user: not found. */
const SCHOOL = only({ school: "yes", schoolOther: "not found" });

const OPEN_DATA = "Anyone, without keys: public open contracting data (OCDS), read-only; no person is identified. Rate-limited per address (429).";
const NATIONAL_INVESTIGATION = "National: the Anti-Corruption Agency investigates every ministry and company.";

/** A list served as CSV and as .xlsx (`<dir>/csv` and `<dir>/xlsx`): two route handlers, one use case, one scope. */
const csvAndXlsx = (dir: string, useCase: string, scope: string, answers: Record<TCaller, TAnswer>): TAccessRule[] => [
  { kind: "route", name: "GET", file: `${dir}/csv/route.ts`, useCase, scope, answers },
  { kind: "route", name: "GET", file: `${dir}/xlsx/route.ts`, useCase, scope: `The same rows as its CSV, as .xlsx. ${scope}`, answers },
];

export const ACCESS_TABLE: readonly TAccessRule[] = [
  // Public and every user
  { kind: "action", name: "setLocaleAction", file: "app/locale/actions.ts", useCase: "— (sets the language cookie)", scope: "Anyone, signed in or not: it only sets the reader's language cookie.", answers: EVERYONE },
  { kind: "action", name: "signInAction", file: "app/(public)/sign-in/actions.ts", useCase: "lib/users/verify-credentials", scope: "Anyone: the credentials decide (throttled).", answers: EVERYONE },
  { kind: "action", name: "signOutAction", file: "app/(app)/actions.ts", useCase: "lib/users/end-session", scope: "Anyone: ends the caller's own session, if any.", answers: EVERYONE },
  { kind: "action", name: "signOutEverywhereAction", file: "app/(app)/actions.ts", useCase: "lib/users/set-user-active#endAllSessions", scope: "Every signed-in user, for their own account only.", answers: SIGNED_IN },
  { kind: "action", name: "signInCodeAction", file: "app/(public)/sign-in/actions.ts", useCase: "lib/mfa/pending-sign-in#completeSecondFactorSignIn", scope: "Anyone holding a pending sign-in (the password step's HttpOnly ticket): the code decides (five wrong codes end it).", answers: EVERYONE },
  { kind: "action", name: "changePasswordAction", file: "app/(account)/account/security/actions.ts", useCase: "lib/users/change-password", scope: "Every signed-in user, for their own account only (also while a one-time password must be changed); the current password decides.", answers: SIGNED_IN },
  { kind: "action", name: "confirmEnrolmentAction", file: "app/(account)/account/security/actions.ts", useCase: "lib/mfa/enrol-second-factor#confirmEnrolment", scope: "Every signed-in user, for their own second factor only (also while enrolment is required).", answers: SIGNED_IN },
  { kind: "action", name: "regenerateRecoveryCodesAction", file: "app/(account)/account/security/actions.ts", useCase: "lib/mfa/enrol-second-factor#regenerateRecoveryCodes", scope: "Every signed-in user with a second factor, for their own codes only.", answers: SIGNED_IN },
  { kind: "action", name: "disableSecondFactorAction", file: "app/(account)/account/security/actions.ts", useCase: "lib/mfa/disable-second-factor", scope: "Their own second factor, with a current code; the use case refuses roles for which it is required (officials, investigators, administrators).", answers: SIGNED_IN },
  { kind: "action", name: "setEmailNotificationsAction", file: "app/(account)/account/security/actions.ts", useCase: "lib/users/mail-preferences#setEmailNotifications", scope: "Every signed-in user, their own account's e-mail notifications only (decision 0227).", answers: SIGNED_IN },
  { kind: "action", name: "endSessionsAction", file: "app/(app)/account/sessions/actions.ts", useCase: "lib/users/end-session", scope: "Every signed-in user, for their own sessions only (another user's session id reads as already ended); the password is asked again.", answers: SIGNED_IN },
  { kind: "action", name: "markNotificationReadAction", file: "app/(app)/notifications/actions.ts", useCase: "lib/notifications/notifications#markNotificationRead", scope: "Every signed-in user, for their own notifications only (another user's reads as not found).", answers: SIGNED_IN },
  { kind: "action", name: "markAllNotificationsReadAction", file: "app/(app)/notifications/actions.ts", useCase: "lib/notifications/notifications#markAllNotificationsRead", scope: "Every signed-in user, for their own notifications only.", answers: SIGNED_IN },
  { kind: "route", name: "GET", file: "app/api/auth/[...nextauth]/route.ts", useCase: "Auth.js (lib/auth)", scope: "Anyone: Auth.js's own endpoints (session, CSRF token, providers).", answers: EVERYONE },
  { kind: "route", name: "POST", file: "app/api/auth/[...nextauth]/route.ts", useCase: "Auth.js (lib/auth)", scope: "Anyone: Auth.js's own endpoints (sign-in, sign-out), CSRF-protected.", answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/search/route.ts", useCase: "lib/public/search-export#searchExport → public/search", scope: "Anyone, signed in or not: read-only public data (legal entities, projects, budget lines); persons are never in it.", answers: EVERYONE },

  // Open data (OCDS), anonymous and read-only
  { kind: "route", name: "GET", file: "app/api/open/ocds/releases/route.ts", useCase: "lib/ocds/api#releasesPage", scope: OPEN_DATA, answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/ocds/releases/[id]/route.ts", useCase: "lib/ocds/api#releaseById", scope: OPEN_DATA, answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/ocds/records/route.ts", useCase: "lib/ocds/api#recordsPage", scope: OPEN_DATA, answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/ocds/records/[ocid]/route.ts", useCase: "lib/ocds/api#recordByOcid", scope: OPEN_DATA, answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/ocds/bulk/route.ts", useCase: "lib/ocds/bulk#readBulkIndex", scope: OPEN_DATA, answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/ocds/bulk/[file]/route.ts", useCase: "lib/ocds/bulk#openBulkFile", scope: OPEN_DATA, answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/ocds/extension/[file]/route.ts", useCase: "lib/ocds/extension (static JSON)", scope: OPEN_DATA, answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/ocds/policy/route.ts", useCase: "lib/ocds/policy#publicationPolicy", scope: OPEN_DATA, answers: EVERYONE },

  // Administration
  { kind: "action", name: "createUserAction", file: "app/(app)/admin/users/actions.ts", useCase: "lib/users/create-user", scope: "All users and organisations.", answers: ADMIN },
  { kind: "action", name: "setUserActiveAction", file: "app/(app)/admin/users/actions.ts", useCase: "lib/users/set-user-active", scope: "All users except deactivating themselves.", answers: ADMIN },
  { kind: "action", name: "resetPasswordAction", file: "app/(app)/admin/users/actions.ts", useCase: "lib/users/reset-password", scope: "All users except themselves: a new one-time password, every session of the user ended.", answers: ADMIN },
  { kind: "action", name: "resetSecondFactorAction", file: "app/(app)/admin/users/actions.ts", useCase: "lib/users/admin-recovery#resetSecondFactor", scope: "All users except themselves: second factor and recovery codes removed, a new one-time password, every session ended.", answers: ADMIN },
  { kind: "action", name: "endUserSessionsAction", file: "app/(app)/admin/users/actions.ts", useCase: "lib/users/admin-recovery#endUserSessions", scope: "All users except themselves: every open session ended.", answers: ADMIN },
  ...csvAndXlsx("app/(app)/admin/audit", "lib/exports/audit-and-payments#auditEventsTable → audit-log/list-audit-events", "National: the whole audit log (administrators only).", route({ admin: "yes" })),
  { kind: "action", name: "updateUserAccessAction", file: "app/(app)/admin/users/actions.ts", useCase: "lib/users/update-user-access", scope: "All users except changing their own role.", answers: ADMIN },

  // Budget and projects (officials)
  { kind: "action", name: "createBudgetLineAction", file: "app/(app)/budget/actions.ts", useCase: "lib/budget/create-budget-line", scope: "A line of the official's own ministry (Finance: any ministry); another ministry is refused.", answers: only({ official: "yes", officialFinance: "yes", officialOther: "no" }) },
  { kind: "action", name: "projectFormAction", file: "app/(app)/projects/new/actions.ts", useCase: "lib/projects/create-project-from-csv → create-project", scope: "A project of the official's own ministry (Finance: any ministry); another ministry is refused.", answers: only({ official: "yes", officialFinance: "yes", officialOther: "no" }) },
  { kind: "action", name: "addEstimateItemAction", file: "app/(app)/projects/[id]/estimate/actions.ts", useCase: "lib/projects/change-estimate", scope: "The project's ministry (Finance: all).", answers: MINISTRY },
  { kind: "action", name: "changeEstimateItemAction", file: "app/(app)/projects/[id]/estimate/actions.ts", useCase: "lib/projects/change-estimate", scope: "The project's ministry (Finance: all).", answers: MINISTRY },
  { kind: "action", name: "removeEstimateItemAction", file: "app/(app)/projects/[id]/estimate/actions.ts", useCase: "lib/projects/change-estimate", scope: "The project's ministry (Finance: all).", answers: MINISTRY },
  { kind: "action", name: "allocateColourAction", file: "app/(app)/projects/[id]/allocate/actions.ts", useCase: "lib/allocations/allocation-options#previewAllocation, allocate-colour", scope: "The project's ministry, from one of its own budget lines (Finance: all).", answers: MINISTRY },
  { kind: "action", name: "topUpColourAction", file: "app/(app)/projects/[id]/actions.ts", useCase: "lib/allocations/allocate-colour#topUpColour", scope: "The colour's budget line's ministry (Finance: all).", answers: MINISTRY },
  { kind: "action", name: "returnRemainderAction", file: "app/(app)/projects/[id]/actions.ts", useCase: "lib/allocations/return-remainder → ledger/return-remainder", scope: "The colour's project's ministry (Finance: all).", answers: MINISTRY },
  { kind: "action", name: "createContractAction", file: "app/(app)/contracts/new/actions.ts", useCase: "lib/contracts/create-general-contract → contract-terms, create-contract", scope: "A general contract under a colour of the project's ministry (Finance: all).", answers: MINISTRY },
  { kind: "action", name: "approveInvoiceAction", file: "app/(app)/invoices/[id]/actions.ts", useCase: "lib/invoices/approve-invoice (paying-side#isPayingSide) → ledger/invoice-approval", scope: "The paying side only: under a general contract an official of the project's ministry (Finance: all), under a subcontract the paying contractor.", answers: only({ official: "yes", officialFinance: "yes", officialOther: "not found", contractor: "yes", contractorOther: "not found" }) },
  { kind: "action", name: "rejectInvoiceAction", file: "app/(app)/invoices/[id]/actions.ts", useCase: "lib/invoices/reject-invoice", scope: "The paying side only, as for approval.", answers: only({ official: "yes", officialFinance: "yes", officialOther: "not found", contractor: "yes", contractorOther: "not found" }) },
  ...csvAndXlsx("app/(app)/invoices", "lib/exports/more-list-csv#invoiceQueueTable → invoices/list-approval-queue#approvalQueueExportRows", "Invoices under general contracts of the caller's ministry (Finance: all), as the queue's filters select.", route({ official: "yes", officialFinance: "yes", officialOther: "yes" })),
  { kind: "route", name: "GET", file: "app/(app)/invoices/[id]/acts/[documentId]/route.ts", useCase: "lib/invoices/invoice-acts#readInvoiceAct", scope: "Officials of the project's ministry (Finance: all) and investigators; a draft's acts are the company's alone.", answers: route({ official: "yes", officialFinance: "yes", officialOther: "not found", investigator: "yes" }) },

  // The officials' lists as CSV for Excel (issue 19, decision 0182): the rows the page's filters select, scoped in lib.
  ...csvAndXlsx("app/(app)/projects", "lib/exports/list-csv#projectsCsv → projects/list-projects", "Projects of the caller's ministry (Finance and investigators: all), as the list's filters select.", route({ official: "yes", officialFinance: "yes", officialOther: "yes", investigator: "yes" })),
  ...csvAndXlsx("app/(app)/contracts", "lib/exports/list-csv#contractsCsv → contracts/list-contracts", "Contracts under the caller's ministry's projects (Finance and investigators: all), as the list's filters select.", route({ official: "yes", officialFinance: "yes", officialOther: "yes", investigator: "yes" })),
  ...csvAndXlsx("app/(app)/contractors", "lib/exports/list-csv#companiesCsv → contractors/list-companies", "The national registry: every official and investigator, as the list's filters select.", route({ official: "yes", officialFinance: "yes", officialOther: "yes", investigator: "yes" })),
  ...csvAndXlsx("app/(app)/budget", "lib/exports/more-list-csv#budgetLinesCsv → budget/list-budget-lines", "Budget lines of the caller's ministry (Finance: all), as the page's filters select.", route({ official: "yes", officialFinance: "yes", officialOther: "yes" })),
  ...csvAndXlsx("app/(app)/projects/[id]/payments", "lib/exports/more-list-csv#projectPaymentsCsv → projects/project-overview#listProjectTimeline", "One project's payments: officials of its ministry (Finance: all) and investigators, as the tab's filters select; another ministry's project reads as not found.", route({ official: "yes", officialFinance: "yes", officialOther: "not found", investigator: "yes" })),
  ...csvAndXlsx("app/(app)/flags", "lib/exports/more-list-csv#flagsCsv → flags/list-flags", NATIONAL_INVESTIGATION + " The red-flag queue as its filters select it.", route({ investigator: "yes" })),
  ...csvAndXlsx("app/(app)/cases", "lib/exports/more-list-csv#casesCsv → cases/list-cases", NATIONAL_INVESTIGATION + " The cases as the list's filters select them.", route({ investigator: "yes" })),
  { kind: "route", name: "GET", file: "app/(app)/pickers/contractors/route.ts", useCase: "lib/pickers/contractor-picker#searchContractorChoices → contractors/list-companies; #searchSubcontractorChoices (contractors)", scope: "The national registry's type-ahead: a contract's contractor for every official and investigator (decision 0228); a subcontractor for a contractor — legal entities other than its own company, only what the public registry shows: name, BIN, region, debarment (decision 0238).", answers: route({ official: "yes", officialFinance: "yes", officialOther: "yes", investigator: "yes", contractor: "yes", contractorOther: "yes" }) },
  { kind: "route", name: "GET", file: "app/(app)/pickers/evidence/route.ts", useCase: "lib/pickers/evidence-picker#searchEvidenceChoices → investigate/search-everything", scope: NATIONAL_INVESTIGATION + " The type-ahead for a case's evidence: payments, invoices, companies (decision 0228).", answers: route({ investigator: "yes" }) },
  ...csvAndXlsx("app/(app)/admin/users", "lib/exports/more-list-csv#usersCsv → users/list-users", "National: every user account (administrators only), as the list's filters select; never a password hash.", route({ admin: "yes" })),
  ...csvAndXlsx("app/(app)/company/invoices", "lib/exports/company-list-csv#companyInvoicesCsv → invoices/company-invoices#listCompanyInvoices", "The caller's own company only: the invoices it issued, or those it received under its subcontracts, as the list's filters select.", route({ contractor: "yes", contractorOther: "yes" })),
  ...csvAndXlsx("app/(app)/company/contracts", "lib/exports/company-list-csv#companyContractsCsv → contracts/list-company-contracts", "The caller's own company only: the contracts it holds or pays, as the list's filters select.", route({ contractor: "yes", contractorOther: "yes" })),

  // The contractor registry (officials)
  { kind: "action", name: "registerCompanyAction", file: "app/(app)/contractors/new/actions.ts", useCase: "lib/contractors/register-company", scope: "National registry: any official registers a company (registry data; it moves no money).", answers: only({ official: "yes", officialOther: "yes", officialFinance: "yes" }) },
  { kind: "action", name: "debarCompanyAction", file: "app/(app)/contractors/[id]/actions.ts", useCase: "lib/contractors/debar-company", scope: "Finance: any company. Another ministry's official: only a company holding a contract (any tier) in one of that ministry's projects (decision 0069).", answers: MINISTRY },
  { kind: "action", name: "liftDebarmentAction", file: "app/(app)/contractors/[id]/actions.ts", useCase: "lib/contractors/debar-company", scope: "Only the Ministry of Finance, which keeps the register (decision 0069).", answers: only({ official: "not found", officialOther: "not found", officialFinance: "yes" }) },

  // Companies (contractors)
  { kind: "action", name: "saveInvoiceAction", file: "app/(app)/company/invoices/new/actions.ts", useCase: "lib/invoices/save-invoice#saveInvoice, updateDraftInvoice", scope: "An invoice under one of the caller's company's own contracts (a draft: its own).", answers: COMPANY },
  { kind: "action", name: "submitDraftAction", file: "app/(app)/company/invoices/[id]/actions.ts", useCase: "lib/invoices/save-invoice#submitDraftInvoice", scope: "An invoice the caller's company issued.", answers: COMPANY },
  { kind: "action", name: "withdrawInvoiceAction", file: "app/(app)/company/invoices/[id]/actions.ts", useCase: "lib/invoices/save-invoice#withdrawInvoice", scope: "An invoice the caller's company issued.", answers: COMPANY },
  { kind: "action", name: "uploadActAction", file: "app/(app)/company/invoices/[id]/actions.ts", useCase: "lib/invoices/act-documents#attachAct", scope: "An invoice the caller's company issued.", answers: COMPANY },
  { kind: "action", name: "approveIncomingAction", file: "app/(app)/company/invoices/[id]/actions.ts", useCase: "lib/invoices/decide-incoming-invoice → invoices/approve-invoice", scope: "A submitted invoice under a subcontract the caller's company pays.", answers: COMPANY },
  { kind: "action", name: "rejectIncomingAction", file: "app/(app)/company/invoices/[id]/actions.ts", useCase: "lib/invoices/decide-incoming-invoice → invoices/reject-invoice", scope: "A submitted invoice under a subcontract the caller's company pays.", answers: COMPANY },
  { kind: "action", name: "payExitAction", file: "app/(app)/company/exits/actions.ts", useCase: "lib/contractors/company-exits#payExit → contractors/exit-circuit → ledger/exit-circuit", scope: "A colour the caller's company already holds an account in.", answers: COMPANY },
  { kind: "action", name: "registerSubcontractAction", file: "app/(app)/company/contracts/[id]/subcontracts/new/actions.ts", useCase: "lib/contracts/register-subcontract → contracts/create-contract", scope: "Under a contract the caller's company holds.", answers: COMPANY },
  ...csvAndXlsx("app/(app)/company/history", "lib/exports/audit-and-payments#companyPaymentsTable → contractors/list-company-payments", "The caller's own company's payments; there is no parameter naming another.", route({ contractor: "yes", contractorOther: "yes" })),
  { kind: "route", name: "GET", file: "app/(app)/company/invoices/[id]/acts/[documentId]/route.ts", useCase: "lib/invoices/act-documents#readAct", scope: "The invoice's issuer, or its payer once submitted.", answers: route({ contractor: "yes", contractorOther: "not found" }) },

  // School meals (issue 18): the parent's voucher page (no account: the voucher's secret decides, and an unknown one
  // reads as not found) and the canteen's scans (decisions 0195–0197).
  { kind: "route", name: "POST", file: "app/(public)/meals/voucher/route.ts", useCase: "lib/meals/voucher-requests#voucherView → meals/parent#currentMealToken, listVoucherMeals", scope: "Anyone holding a voucher's secret (sent in the body, never in a URL): that one child's QR token and meals; no IIN, no name. Another secret: not found.", answers: EVERYONE },
  { kind: "route", name: "POST", file: "app/(public)/meals/dispute/route.ts", useCase: "lib/meals/voucher-requests#voucherDispute → meals/parent#disputeMeal", scope: "Anyone holding a voucher's secret: \"my child was absent\" on a meal of that voucher only; another voucher's meal reads as not found.", answers: EVERYONE },
  { kind: "route", name: "POST", file: "app/(app)/canteen/scans/route.ts", useCase: "lib/meals/scan-requests#submitCanteenScans → meals/record-meal#recordMealsBatch", scope: "A contractor of a canteen operator: meals at the schools, meal types and dates its contracts cover; any other scan is refused with its reason (NO_CANTEEN_CONTRACT for another operator's school) and recorded. A malformed body: 400, nothing recorded.", answers: route({ contractor: "yes", contractorOther: "yes" }) },
  // School meals: the school's own screens and the district education department's (decisions 0200–0203)
  { kind: "action", name: "addPupilAction", file: "app/(app)/school/[id]/actions.ts", useCase: "lib/meals/eligibility#registerPupil", scope: "A staff member or the director of the school (a school_staff row); another school reads as not found.", answers: SCHOOL },
  { kind: "action", name: "issueVoucherAction", file: "app/(app)/school/[id]/actions.ts", useCase: "lib/meals/eligibility#issueVoucher", scope: "A pupil of the caller's school, under a programme of the school's department; the secret is answered once.", answers: SCHOOL },
  { kind: "action", name: "buildListAction", file: "app/(app)/school/[id]/actions.ts", useCase: "lib/meals/eligibility#buildEligibilityList", scope: "The caller's school's list for a month, naming only that school's pupils; until approved.", answers: SCHOOL },
  { kind: "action", name: "approveListAction", file: "app/(app)/school/[id]/actions.ts", useCase: "lib/meals/eligibility#approveEligibilityList", scope: "The school's director only (a staff member is refused), and never the person who built the list.", answers: SCHOOL },
  { kind: "action", name: "addCanteenContractAction", file: "app/(app)/school-meals/[id]/actions.ts", useCase: "lib/meals/office-writes#addCanteenContract → programme#createCanteenContract", scope: "An official of the programme's education department (Finance: all); the schools must be the department's.", answers: MINISTRY },
  { kind: "action", name: "markCalendarAction", file: "app/(app)/school-meals/[id]/actions.ts", useCase: "lib/meals/office-writes#markSchoolDays → programme#setSchoolCalendar", scope: "An official of the programme's education department (Finance: all), for a school of that department.", answers: MINISTRY },
  { kind: "action", name: "settleMealsAction", file: "app/(app)/school-meals/[id]/actions.ts", useCase: "lib/meals/settle-meals#settleMeals → ledger/meal-settlement", scope: "An official of the programme's education department (Finance: all); once per contract and period.", answers: MINISTRY },
  { kind: "action", name: "reviewDisputeAction", file: "app/(app)/school-meals/[id]/actions.ts", useCase: "lib/meals/parent#reviewMealDispute", scope: "An official of the meal's school's education department (Finance: all).", answers: MINISTRY },

  // Investigation (national)
  { kind: "action", name: "openCaseAction", file: "app/(app)/cases/actions.ts", useCase: "lib/cases/manage-case#openCase", scope: NATIONAL_INVESTIGATION, answers: INVESTIGATOR },
  { kind: "action", name: "addCaseNoteAction", file: "app/(app)/cases/[id]/actions.ts", useCase: "lib/cases/manage-case#addCaseNote", scope: NATIONAL_INVESTIGATION, answers: INVESTIGATOR },
  { kind: "action", name: "assignCaseAction", file: "app/(app)/cases/[id]/actions.ts", useCase: "lib/cases/manage-case#assignCase", scope: NATIONAL_INVESTIGATION, answers: INVESTIGATOR },
  { kind: "action", name: "setCaseStatusAction", file: "app/(app)/cases/[id]/actions.ts", useCase: "lib/cases/manage-case#setCaseStatus", scope: NATIONAL_INVESTIGATION, answers: INVESTIGATOR },
  { kind: "action", name: "attachToCaseAction", file: "app/(app)/cases/[id]/actions.ts", useCase: "lib/cases/manage-case#attachToCase", scope: NATIONAL_INVESTIGATION, answers: INVESTIGATOR },
  { kind: "action", name: "detachFromCaseAction", file: "app/(app)/cases/[id]/actions.ts", useCase: "lib/cases/manage-case#detachFromCase", scope: NATIONAL_INVESTIGATION, answers: INVESTIGATOR },
  { kind: "action", name: "freezeAction", file: "app/(app)/cases/[id]/actions.ts", useCase: "lib/cases/set-freeze → ledger/freeze", scope: `${NATIONAL_INVESTIGATION} A company's account only where it holds one.`, answers: INVESTIGATOR },
  { kind: "action", name: "dismissFlagAction", file: "app/(app)/flags/[id]/actions.ts", useCase: "lib/flags/dismiss-flag", scope: NATIONAL_INVESTIGATION, answers: INVESTIGATOR },
  { kind: "action", name: "reopenFlagAction", file: "app/(app)/flags/[id]/actions.ts", useCase: "lib/flags/reopen-flag", scope: NATIONAL_INVESTIGATION, answers: INVESTIGATOR },
  { kind: "action", name: "publishJournalHeadAction", file: "app/(app)/journal/actions.ts", useCase: "lib/journal/publication#publishJournalHead", scope: "National: the whole journal's heads.", answers: INVESTIGATOR },
  { kind: "route", name: "GET", file: "app/(app)/trace/export/route.ts", useCase: "lib/trace/trace#traceMoney", scope: NATIONAL_INVESTIGATION, answers: route({ investigator: "yes" }) },
  { kind: "route", name: "GET", file: "app/(app)/cases/[id]/evidence/route.ts", useCase: "lib/cases/evidence-pack", scope: NATIONAL_INVESTIGATION, answers: route({ investigator: "yes" }) },
  { kind: "route", name: "GET", file: "app/(app)/journal/receipts/[chain]/[seq]/route.ts", useCase: "lib/journal/receipt#journalReceipt", scope: "Investigators any entry; a contractor the payments its company made or received; an official the decisions it made (probed on an invoice rejection by the official in scope).", answers: route({ investigator: "yes", official: "yes" }) },
  { kind: "route", name: "GET", file: "app/api/open/journal/checkpoints/route.ts", useCase: "lib/journal/checkpoint#listCheckpoints", scope: "Public, read-only: signed checkpoints hold hashes, sizes and times, never a person.", answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/journal/checkpoints/[id]/route.ts", useCase: "lib/journal/checkpoint#checkpointById", scope: "Public, read-only: one signed checkpoint.", answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/api/open/journal/public-key/route.ts", useCase: "lib/journal/signing-key#signingKey", scope: "Public, read-only: the key that signs the checkpoints.", answers: EVERYONE },
  { kind: "route", name: "GET", file: "app/(app)/journal/verify/route.ts", useCase: "lib/journal/verify", scope: "National: the whole journal (investigators and administrators).", answers: route({ investigator: "yes", admin: "yes" }) },
];

/** The roles a row lets past `authorize(...)`: those with a caller whose answer is not "no". Null: no sign-in needed. */
export function authorizedRoles(rule: TAccessRule): Role[] | null {
  if (rule.answers.anonymous === "yes") return null;
  const roles = new Set<Role>();
  for (const caller of CALLERS) {
    const role = CALLER_ROLE[caller];
    if (role && rule.answers[caller] !== "no") roles.add(role);
  }
  return [...roles].sort();
}

/** A row's label: the action's name, or the route's method and path. */
export function ruleLabel(rule: TAccessRule): string {
  if (rule.kind === "action") return rule.name;
  const path = rule.file.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/route\.ts$/, "") || "/";
  return `${rule.name} ${path}`;
}

const cell = (answer: TAnswer) => (answer === "yes" ? "✓" : answer === "no" ? "✗" : "404");

/** The markdown table docs/SECURITY.md holds under "## Access rules". */
export function renderAccessTable(): string {
  const header = ["Action or route", ...CALLERS.map((c) => CALLER_HEADINGS[c]), "Scope rule", "Enforced in"];
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const rule of ACCESS_TABLE) {
    const label = rule.kind === "action" ? `\`${rule.name}\` (\`${rule.file}\`)` : `\`${ruleLabel(rule)}\``;
    lines.push(`| ${[label, ...CALLERS.map((c) => cell(rule.answers[c])), rule.scope, rule.useCase].map((s) => s.replace(/\|/g, "\\|")).join(" | ")} |`);
  }
  return lines.join("\n");
}
