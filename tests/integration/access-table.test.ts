import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { allocateColour, topUpColour } from "../../lib/allocations/allocate-colour";
import { previewAllocation } from "../../lib/allocations/allocation-options";
import { createBudgetLine } from "../../lib/budget/create-budget-line";
import { addCaseNote, assignCase, attachToCase, detachFromCase, openCase, setCaseStatus } from "../../lib/cases/manage-case";
import { attachAct } from "../../lib/invoices/act-documents";
import { payExit } from "../../lib/contractors/company-exits";
import { approveIncomingInvoice, rejectIncomingInvoice } from "../../lib/invoices/decide-incoming-invoice";
import { registerSubcontract } from "../../lib/contracts/register-subcontract";
import { saveInvoice, submitDraftInvoice, withdrawInvoice } from "../../lib/invoices/save-invoice";
import { debarCompany, liftDebarment } from "../../lib/contractors/debar-company";
import { registerCompany } from "../../lib/contractors/register-company";
import { createGeneralContract } from "../../lib/contracts/create-general-contract";
import { setEmailNotifications } from "../../lib/users/mail-preferences";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { dismissFlag } from "../../lib/flags/dismiss-flag";
import { settleFlagRefreshes } from "../../lib/flags/refresh-flags";
import { reopenFlag } from "../../lib/flags/reopen-flag";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { publishJournalHead } from "../../lib/journal/publication";
import { makeBin } from "../../lib/kz/bin";
import { makeIban } from "../../lib/kz/iban";
import { makeIin } from "../../lib/kz/iin";
import { setFreeze } from "../../lib/cases/set-freeze";
import { returnRemainder } from "../../lib/allocations/return-remainder";
import { createOrganization } from "../../lib/organizations/create-organization";
import { createProjectFromCsv } from "../../lib/projects/create-project-from-csv";
import { changeEstimate } from "../../lib/projects/change-estimate";
import { ACCESS_TABLE, authorizedRoles, CALLER_ROLE, CALLERS, type TAnswer, type TCaller } from "../../lib/security/access-table";
import { confirmEnrolment, regenerateRecoveryCodes } from "../../lib/mfa/enrol-second-factor";
import { disableSecondFactor } from "../../lib/mfa/disable-second-factor";
import { changePassword } from "../../lib/users/change-password";
import { createUser } from "../../lib/users/create-user";
import { endSession } from "../../lib/users/end-session";
import { endUserSessions, resetSecondFactor } from "../../lib/users/admin-recovery";
import { resetPassword } from "../../lib/users/reset-password";
import { endAllSessions, setUserActive } from "../../lib/users/set-user-active";
import { updateUserAccess } from "../../lib/users/update-user-access";
import { markAllNotificationsRead, markNotificationRead } from "../../lib/notifications/notifications";
import { approveEligibilityList, buildEligibilityList, issueVoucher, registerPupil } from "../../lib/meals/eligibility";
import { addCanteenContract, markSchoolDays } from "../../lib/meals/office-writes";
import { reviewMealDispute } from "../../lib/meals/parent";
import { addSchoolStaff, createCanteenContract, createMealProgramme, createSchool } from "../../lib/meals/programme";
import { settleMeals } from "../../lib/meals/settle-meals";
import { actorWithRole, adminActor, financeOfficial } from "../support/actors";
import { buildWorld, company, concreteInvoice, contractor, official, Q, T } from "../support/ledger-fixtures";

// Every server action's row of the access table (lib/security/access-table.ts, decision 0070), checked where the
// scope lives: the lib use case the action calls, as each caller, on one world. A "no" row for a caller of a role
// the action's authorize() refuses may read as not found in lib too (the static test proves authorize answers
// first); every other answer must be exactly the table's. A refusal must write nothing.

async function setup() {
  const w = await buildWorld();
  const [otherMinistry, finance, agency] = await Promise.all([
    createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: `Ministry of Transport ${w.ministry.id}` } }),
    createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: `Ministry of Finance ${w.ministry.id}`, isFinance: true } }),
    createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "agency", name: `Agency ${w.ministry.id}` } }),
  ]);
  const otherCompany = await company(`Unrelated Build ${w.ministry.id} LLP`);
  const generalInvoice = await concreteInvoice(w);
  const subInvoice = await concreteInvoice(w, { quantity: 10, sub: true });
  const target = await createUser({ actor: SYSTEM_ACTOR, input: { name: "Target User", email: `target-${w.ministry.id}@test.kz`, role: "official", organizationId: w.ministry.id, companyBin: null, password: "target-password-123" } });
  const actors: Record<Exclude<TCaller, "anonymous">, TActor> = {
    admin: adminActor,
    investigator: { ...actorWithRole("investigator", agency.id), userId: 3000 },
    official: w.alice,
    officialOther: official(otherMinistry.id, 3001),
    officialFinance: financeOfficial(finance.id, 3002),
    contractor: w.gcUser,
    contractorOther: contractor(otherCompany.id, 3003),
    school: { ...actorWithRole("school"), userId: 3004 },
    schoolOther: { ...actorWithRole("school"), userId: 3005 },
  };
  const meals = await mealSetup(w, actors.school, actors.schoolOther);
  return { w, otherCompany, generalInvoice, subInvoice, target, actors, meals };
}
type TSetup = Awaited<ReturnType<typeof setup>>;

/** A school-meal programme on the world's colour: a school whose director is the "school" caller, another school's staff. */
async function mealSetup(w: Awaited<ReturnType<typeof buildWorld>>, director: TActor, otherStaff: TActor) {
  const programme = await createMealProgramme({
    actor: SYSTEM_ACTOR,
    input: { colourId: w.colour.id, departmentId: w.ministry.id, schoolYear: 2025, startsOn: new Date("2025-09-01"), endsOn: new Date("2026-05-31"), settlementPeriod: "monthly", ceilings: { lunch: T(900) } },
  });
  const school = await createSchool({ actor: SYSTEM_ACTOR, input: { name: `School ${w.ministry.id}`, region: "Almaty", departmentId: w.ministry.id } });
  const other = await createSchool({ actor: SYSTEM_ACTOR, input: { name: `Other school ${w.ministry.id}`, region: "Almaty", departmentId: w.ministry.id } });
  await addSchoolStaff({ actor: SYSTEM_ACTOR, schoolId: school.id, userId: director.userId, position: "director" });
  await addSchoolStaff({ actor: SYSTEM_ACTOR, schoolId: other.id, userId: otherStaff.userId, position: "director" });
  return { programme, school };
}

const mealPupil = async (s: TSetup) => registerPupil({ actor: SYSTEM_ACTOR, schoolId: s.meals.school.id, iin: makeIin("150301", 5, next() * 3), className: "2A", category: "primary" });
const lunch = [{ mealType: "lunch" as const, tariffTiyn: T(800), servesFromMin: 12 * 60, servesToMin: 14 * 60 }];
const mealContract = (s: TSetup) =>
  createCanteenContract({ actor: SYSTEM_ACTOR, input: { programmeId: s.meals.programme.id, operatorId: s.otherCompany.id, number: `CC-${next()}`, startsOn: new Date("2025-09-01"), endsOn: new Date("2026-05-31"), schoolIds: [s.meals.school.id], meals: lunch } });

type TProbe = {
  /** Whatever the probe needs beyond the world, made as the system. */
  before?: (s: TSetup) => Promise<Record<string, number>>;
  /** Calls the action's use case(s) with the inputs the action would pass. */
  run: (actor: TActor, caller: TCaller, s: TSetup, made: Record<string, number>) => Promise<unknown>;
};

let serial = 1;
const next = () => serial++;
const today = () => new Date().toISOString().slice(0, 10);
const CSV = "code;name;category;unit;quantity;ceiling unit price\nA;Concrete B25;23.63;м3;1 000;34 000\n";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
const rules = { allowedItemCodes: "all" as const, advanceLimitBp: 0, approvalThresholdTiyn: T(1_000_000), exits: { wages: { allowed: false, maxShareBp: 0 }, taxes: { allowed: false, maxShareBp: 0 } } };

async function openedCase(s: TSetup) {
  const opened = await openCase({ actor: s.actors.investigator, input: { title: "Probe case: kickbacks" } });
  await attachToCase({ actor: s.actors.investigator, caseId: opened.id, item: { type: "company", id: String(s.w.general.id) } });
  return { caseId: opened.id };
}

async function openFlag(s: TSetup, status: "open" | "dismissed") {
  const flag = await prisma().flag.create({
    data: { key: `probe:${next()}`, kind: "debarred_party", subjectType: "company", subjectId: String(s.w.general.id), colourId: s.w.colour.id, projectId: s.w.project.id, companyId: s.w.general.id, severity: "high", score: 80, evidence: {}, facts: {}, status },
  });
  return { flagId: flag.id };
}

/** The actor as a stored user (the account's own actions read their own row). */
async function asUser(actor: TActor): Promise<TActor> {
  await prisma().user.upsert({ where: { id: actor.userId }, create: { id: actor.userId, email: `u${actor.userId}@test.kz`, name: actor.name, passwordHash: "-", role: actor.role }, update: {} });
  return actor;
}

/** One probe per server action with a use case; the actions open to anyone have none to call (their row says so). */
const PROBES: Record<string, TProbe | "open to anyone"> = {
  setLocaleAction: "open to anyone",
  signInAction: "open to anyone",
  signOutAction: "open to anyone",
  signOutEverywhereAction: {
    run: async (actor) => {
      await prisma().user.upsert({ where: { id: actor.userId }, create: { id: actor.userId, email: `u${actor.userId}@test.kz`, name: actor.name, passwordHash: "-", role: actor.role }, update: {} });
      return endAllSessions({ actor });
    },
  },
  signInCodeAction: "open to anyone",
  // The account's own actions: each caller acts on their own account (a user row made for the actor); a wrong
  // password or code is the use case's refusal, past every access check.
  changePasswordAction: { run: async (actor) => changePassword({ actor: await asUser(actor), currentPassword: "not-the-password", newPassword: "a-long-enough-new-passphrase" }) },
  confirmEnrolmentAction: { run: async (actor) => confirmEnrolment({ actor: await asUser(actor), code: "000000" }) },
  regenerateRecoveryCodesAction: { run: async (actor) => regenerateRecoveryCodes({ actor: await asUser(actor), code: "000000" }) },
  disableSecondFactorAction: { run: async (actor) => disableSecondFactor({ actor: await asUser(actor), code: "000000" }) },
  setEmailNotificationsAction: { run: async (actor) => setEmailNotifications({ actor: await asUser(actor), isOn: false, locale: "en" }) },
  // Another user's session id reads as not found in lib; the action answers that like an ended session.
  // Every signed-in user reads and marks only their own notifications (another user's reads as not found).
  markNotificationReadAction: {
    run: async (actor) => {
      const own = await prisma().notification.create({ data: { userId: actor.userId, kind: "invoice_paid", key: `probe:${next()}`, params: {}, link: "/home" } });
      return markNotificationRead(actor, own.id);
    },
  },
  markAllNotificationsReadAction: { run: (actor) => markAllNotificationsRead(actor) },
  endSessionsAction: {
    run: async (actor) =>
      endSession({ actor: await asUser(actor), sessionId: `own-${actor.userId}` }).catch((error: unknown) => {
      if (!(error instanceof NotFoundError)) throw error;
    }),
  },
  resetPasswordAction: { run: (actor, _c, s) => resetPassword({ actor, userId: s.target.id }) },
  resetSecondFactorAction: { run: (actor, _c, s) => resetSecondFactor({ actor, userId: s.target.id }) },
  endUserSessionsAction: { run: (actor, _c, s) => endUserSessions({ actor, userId: s.target.id }) },
  createUserAction: { run: (actor, caller, s) => createUser({ actor, input: { name: "Probe User", email: `probe-${caller}-${next()}@test.kz`, role: "official", organizationId: s.w.ministry.id, companyBin: null, password: "probe-password-123" } }) },
  setUserActiveAction: { run: (actor, _c, s) => setUserActive({ actor, userId: s.target.id, isActive: true }) },
  updateUserAccessAction: { run: (actor, _c, s) => updateUserAccess({ actor, input: { userId: s.target.id, role: "official", organizationId: s.w.ministry.id, companyBin: null } }) },
  createBudgetLineAction: {
    run: (actor, _c, s) => createBudgetLine({ actor, input: { code: `04 9 467 ${String(900 + next()).slice(-3)} 001`, specifics: "431", fiscalYear: 2030, name: "Probe line", ministryId: s.w.ministry.id, appropriatedTiyn: T(1) } }),
  },
  projectFormAction: { run: (actor, _c, s) => createProjectFromCsv({ actor, fields: { name: "Probe project", region: "turkistan", ministryId: s.w.ministry.id, startsOn: null, endsOn: null }, csv: CSV }) },
  // A stale version: the change is refused after the access check, so each caller sees the same estimate.
  addEstimateItemAction: {
    run: (actor, _c, s) => changeEstimate({ actor, projectId: s.w.project.id, expectedVersion: 999, reason: "Probe reason", change: { op: "add", item: { code: "P-1", name: "Probe item", category: "23.63", unit: "м3", quantityMilli: Q(1), ceilingUnitPriceTiyn: T(1) } } }),
  },
  changeEstimateItemAction: {
    run: (actor, _c, s) =>
      changeEstimate({ actor, projectId: s.w.project.id, expectedVersion: 999, reason: "Probe reason", change: { op: "change", itemId: s.w.items[2]!.id, item: { name: "Probe item", category: "23.32", unit: "1000 шт", quantityMilli: Q(800), ceilingUnitPriceTiyn: T(90_000) } } }),
  },
  removeEstimateItemAction: { run: (actor, _c, s) => changeEstimate({ actor, projectId: s.w.project.id, expectedVersion: 999, reason: "Probe reason", change: { op: "remove", itemId: s.w.items[2]!.id } }) },
  allocateColourAction: {
    run: async (actor, _c, s) => {
      await previewAllocation({ actor, projectId: s.w.project.id, budgetLineId: s.w.line.id, amountTiyn: T(1), rules });
      return allocateColour({ actor, input: { budgetLineId: s.w.line.id, projectId: s.w.project.id, amountTiyn: T(1), expiresAt: new Date("2027-12-31T18:59:59Z"), reason: "Probe allocation", rules, requestKey: null } });
    },
  },
  topUpColourAction: { run: (actor, _c, s) => topUpColour({ actor, colourId: s.w.colour.id, amountTiyn: T(1), idempotencyKey: `top-up:${crypto.randomUUID()}` }) },
  returnRemainderAction: { run: (actor, _c, s) => returnRemainder({ actor, colourId: s.w.colour.id }) },
  createContractAction: {
    run: (actor, caller, s) =>
      createGeneralContract({
        actor,
        input: { colourId: String(s.w.colour.id), contractorBin: s.otherCompany.bin!, number: `P-${caller}`, value: "1 000", signedOn: "2026-03-01", endsOn: "", items: [{ include: true, estimateItemId: String(s.w.items[1]!.id), quantity: "1", price: "1 000" }] },
      }),
  },
  // Officials decide on the general contractor's invoice, contractors on the subcontractor's (the payer's side).
  approveInvoiceAction: { run: (actor, caller, s) => approveInvoice({ actor, invoiceId: CALLER_ROLE[caller] === "contractor" ? s.subInvoice.id : s.generalInvoice.id }) },
  rejectInvoiceAction: { run: (actor, caller, s) => rejectInvoice({ actor, invoiceId: CALLER_ROLE[caller] === "contractor" ? s.subInvoice.id : s.generalInvoice.id, reason: "Probe rejection" }) },
  registerCompanyAction: {
    run: (actor) => {
      const n = next();
      return registerCompany({
        actor,
        input: { bin: makeBin(19, 7, 500 + n), name: `Probe Build ${n} LLP`, address: "Astana, Yesil district 11", region: "astana", registeredOn: "2019-06-14", bankAccount: makeIban("601", `P${String(n).padStart(12, "0")}`), people: [{ fullName: "Serik Bolatuly Probe", iin: makeIin("780412", 3, 200 + n), role: "director" }] },
      });
    },
  },
  debarCompanyAction: { run: (actor, _c, s) => debarCompany({ actor, input: { companyId: s.w.general.id, reason: "Probe: court ruling 2-1/2026", debarredOn: today() } }) },
  liftDebarmentAction: {
    before: async (s) => {
      await debarCompany({ actor: SYSTEM_ACTOR, input: { companyId: s.w.general.id, reason: "Probe: court ruling 2-1/2026", debarredOn: today() } });
      return {};
    },
    run: (actor, _c, s) => liftDebarment({ actor, input: { companyId: s.w.general.id, reason: "Probe: appeal granted" } }),
  },
  saveInvoiceAction: {
    run: (actor, caller, s) =>
      saveInvoice({ actor, input: { contractId: s.w.contract.id, number: `P-${caller}`, kind: "work", issuedOn: new Date("2026-04-02"), lines: [{ estimateItemId: s.w.items[0]!.id, quantityMilli: Q(1), unitPriceTiyn: T(1_000) }], submissionKey: crypto.randomUUID(), intent: "draft" } }),
  },
  submitDraftAction: { run: (actor, _c, s) => submitDraftInvoice({ actor, invoiceId: s.generalInvoice.id }) },
  withdrawInvoiceAction: { run: (actor, _c, s) => withdrawInvoice({ actor, invoiceId: s.generalInvoice.id }) },
  uploadActAction: { run: (actor, _c, s) => attachAct({ actor, invoiceId: s.generalInvoice.id, fileName: "act.pdf", bytes: PDF }) },
  approveIncomingAction: { run: (actor, _c, s) => approveIncomingInvoice({ actor, invoiceId: s.subInvoice.id }) },
  rejectIncomingAction: { run: (actor, _c, s) => rejectIncomingInvoice({ actor, invoiceId: s.subInvoice.id, reason: "Probe rejection" }) },
  payExitAction: {
    // The general contractor holds money in the colour once its invoice is paid.
    before: async (s) => {
      await approveInvoice({ actor: s.w.alice, invoiceId: s.generalInvoice.id });
      return {};
    },
    run: (actor, _c, s) => payExit({ actor, colourId: s.w.colour.id, kind: "wages", amountTiyn: T(1), idempotencyKey: crypto.randomUUID() }),
  },
  registerSubcontractAction: {
    run: (actor, caller, s) =>
      registerSubcontract({
        actor,
        input: { parentId: s.w.contract.id, bin: s.otherCompany.bin!, number: `S-${caller}`, valueTiyn: T(1_000), signedOn: new Date("2026-03-20"), isFinalSupplier: false, items: [{ estimateItemId: s.w.items[1]!.id, quantityMilli: Q(1), ceilingUnitPriceTiyn: T(1_000) }] },
      }),
  },
  openCaseAction: { run: (actor) => openCase({ actor, input: { title: "Probe case: a new lead" } }) },
  addCaseNoteAction: { before: openedCase, run: (actor, _c, _s, m) => addCaseNote({ actor, caseId: m.caseId!, text: "Probe note" }) },
  assignCaseAction: { before: openedCase, run: (actor, _c, s, m) => assignCase({ actor, caseId: m.caseId!, assigneeId: s.actors.investigator.userId }) },
  setCaseStatusAction: { before: openedCase, run: (actor, _c, _s, m) => setCaseStatus({ actor, caseId: m.caseId!, status: "under_review", reason: "Probe reason" }) },
  attachToCaseAction: { before: openedCase, run: (actor, _c, s, m) => attachToCase({ actor, caseId: m.caseId!, item: { type: "colour", id: String(s.w.colour.id) } }) },
  detachFromCaseAction: { before: openedCase, run: (actor, _c, s, m) => detachFromCase({ actor, caseId: m.caseId!, item: { type: "company", id: String(s.w.general.id) } }) },
  freezeAction: { before: openedCase, run: (actor, _c, s, m) => setFreeze({ actor, input: { colourId: s.w.colour.id, organizationId: null, isFrozen: true, reason: "Probe freeze", caseId: m.caseId! } }) },
  dismissFlagAction: { before: (s) => openFlag(s, "open"), run: (actor, _c, _s, m) => dismissFlag({ actor, flagId: m.flagId!, reason: "Probe: looked, nothing" }) },
  reopenFlagAction: { before: (s) => openFlag(s, "dismissed"), run: (actor, _c, _s, m) => reopenFlag({ actor, flagId: m.flagId! }) },
  publishJournalHeadAction: { run: (actor) => publishJournalHead({ actor }) },
  // School meals: the school's own actions (its director is the "school" caller), and the district's.
  addPupilAction: { run: (actor, _c, s) => registerPupil({ actor, schoolId: s.meals.school.id, iin: makeIin("150302", 5, next() * 3), className: "1A", category: "primary" }) },
  issueVoucherAction: { before: async (s) => ({ pupilId: (await mealPupil(s)).id }), run: (actor, _c, s, m) => issueVoucher({ actor, programmeId: s.meals.programme.id, pupilId: m.pupilId! }) },
  buildListAction: { before: async (s) => ({ pupilId: (await mealPupil(s)).id }), run: (actor, _c, s, m) => buildEligibilityList({ actor, schoolId: s.meals.school.id, month: new Date("2025-10-01"), pupilIds: [m.pupilId!] }) },
  approveListAction: {
    // Built by another person (the system), so the director's approval is past every check.
    before: async (s) => ({ listId: (await buildEligibilityList({ actor: SYSTEM_ACTOR, schoolId: s.meals.school.id, month: new Date("2025-10-01"), pupilIds: [(await mealPupil(s)).id] })).id }),
    run: (actor, _c, _s, m) => approveEligibilityList({ actor, listId: m.listId! }),
  },
  addCanteenContractAction: {
    run: (actor, caller, s) =>
      addCanteenContract({ actor, input: { programmeId: s.meals.programme.id, bin: s.otherCompany.bin!, number: `CC-${caller}`, startsOn: "2025-09-01", endsOn: "2026-05-31", schoolIds: [s.meals.school.id], meals: lunch } }),
  },
  markCalendarAction: { run: (actor, _c, s) => markSchoolDays({ actor, input: { programmeId: s.meals.programme.id, schoolId: s.meals.school.id, from: "2025-12-16", to: "2025-12-17", mark: "holiday", note: "Independence Day" } }) },
  // No meals in October: "nothing to settle" is the use case's own answer, past every access check.
  settleMealsAction: { before: async (s) => ({ contractId: (await mealContract(s)).id }), run: (actor, _c, _s, m) => settleMeals({ actor, contractId: m.contractId!, day: new Date("2025-10-15") }) },
  reviewDisputeAction: {
    before: async (s) => {
      const pupil = await mealPupil(s);
      const contract = await mealContract(s);
      const voucher = await issueVoucher({ actor: SYSTEM_ACTOR, programmeId: s.meals.programme.id, pupilId: pupil.id });
      const meal = await prisma().mealRecord.create({
        data: { voucherId: voucher.voucherId, pupilId: pupil.id, schoolId: s.meals.school.id, contractId: contract.id, mealType: "lunch", day: new Date("2025-10-15"), servedAt: new Date("2025-10-15T07:30:00Z"), tokenSlice: 1n, deviceId: `probe/${next()}`, clientScanId: "1", tariffTiyn: T(800) },
      });
      return { disputeId: (await prisma().mealDispute.create({ data: { mealId: meal.id } })).id };
    },
    run: (actor, _c, _s, m) => reviewMealDispute({ actor, disputeId: m.disputeId!, decision: "dismissed", note: "Probe: the meal was served" }),
  },
};

/** What a call got: an access refusal as the table words it, or "yes" (done, or refused by the use case's own rules). */
async function answerOf(call: () => Promise<unknown>): Promise<TAnswer> {
  try {
    await call();
    return "yes";
  } catch (error) {
    if (error instanceof NotFoundError) return "not found";
    if (error instanceof ForbiddenError) return "no";
    return "yes";
  }
}

/** Everything a write could leave behind: a refusal must change none of it. */
async function footprint() {
  await settleFlagRefreshes();
  const db = prisma();
  const [journal, audit, transfers, invoices, debarred, colours, projects, lines, contracts, documents, cases, events, users, estimate, decisions, flags, meals] = await Promise.all([
    db.journalEntry.count(),
    db.auditEvent.count(),
    db.transfer.count(),
    db.invoice.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.organization.count({ where: { isDebarred: true } }),
    db.colour.findMany({ select: { id: true, isFrozen: true, mintedTiyn: true }, orderBy: { id: "asc" } }),
    db.project.count(),
    db.budgetLine.count(),
    db.contract.count(),
    db.invoiceDocument.count(),
    db.investigationCase.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.caseEvent.count(),
    db.user.findMany({ select: { id: true, role: true, isActive: true, sessionVersion: true, organizationId: true }, orderBy: { id: "asc" } }),
    db.estimateItem.count(),
    db.invoiceDecision.count(),
    db.flag.findMany({ where: { key: { startsWith: "probe:" } }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
    Promise.all([db.pupil.count(), db.mealVoucher.count(), db.eligibilityList.findMany({ select: { id: true, builtById: true, approvedById: true } }), db.eligibilityEntry.count(), db.canteenContract.count(), db.schoolCalendarDay.count(), db.mealSettlement.count(), db.mealDispute.findMany({ select: { id: true, status: true } })]),
  ]);
  return { journal, audit, transfers, invoices, debarred, colours, projects, lines, contracts, documents, cases, events, users, estimate, decisions, flags, meals };
}

describe("every server action answers each caller as the access table says", () => {
  it("has a probe for every action row", () => {
    const missing = ACCESS_TABLE.filter((r) => r.kind === "action" && !(r.name in PROBES)).map((r) => `${r.name} (${r.file})`);
    expect(missing, `add a probe to tests/integration/access-table.test.ts for:\n${missing.join("\n")}`).toEqual([]);
  });

  for (const rule of ACCESS_TABLE.filter((r) => r.kind === "action")) {
    const probe = PROBES[rule.name];
    if (probe === "open to anyone") {
      it(`${rule.name}: open to anyone, as its row says`, () => expect(authorizedRoles(rule)).toBeNull());
      continue;
    }
    if (!probe) continue;
    it(`${rule.name}: ${CALLERS.filter((c) => c !== "anonymous").map((c) => `${c} ${rule.answers[c]}`).join(", ")}`, async () => {
      const s = await setup();
      const made = (await probe.before?.(s)) ?? {};
      const allowed = authorizedRoles(rule) ?? [];
      // Refusals first, each against an untouched world; then the callers the table lets through.
      const callers = CALLERS.filter((c) => c !== "anonymous").sort((a, b) => Number(rule.answers[a] === "yes") - Number(rule.answers[b] === "yes"));
      const got: Partial<Record<TCaller, TAnswer>> = {};
      for (const caller of callers as Exclude<TCaller, "anonymous">[]) {
        const expected = rule.answers[caller];
        const before = expected === "yes" ? null : await footprint();
        const answer = await answerOf(() => probe.run(s.actors[caller], caller, s, made));
        // A role authorize() refuses may read as not found in lib as well: both are refusals.
        got[caller] = expected === "no" && answer === "not found" && !allowed.includes(CALLER_ROLE[caller]!) ? "no" : answer;
        if (before) expect(await footprint(), `${rule.name} refused to ${caller} but wrote`).toEqual(before);
      }
      const want = Object.fromEntries(callers.map((c) => [c, rule.answers[c]]));
      expect(got).toEqual(want);
    });
  }
});
