import { expect, test, type Browser } from "@playwright/test";
import { SYSTEM_ACTOR } from "../lib/actor";
import { makeIin } from "../lib/kz/iin";
import { approveEligibilityList, buildEligibilityList, issueVoucher, registerPupil } from "../lib/meals/eligibility";
import { mealTokenKey } from "../lib/meals/keys";
import { disputeMeal } from "../lib/meals/parent";
import { addSchoolStaff, createCanteenContract, createMealProgramme, createSchool, setSchoolCalendar } from "../lib/meals/programme";
import { recordMealsBatch } from "../lib/meals/record-meal";
import { mealToken } from "../lib/meals/token";
import { contractor } from "../tests/support/ledger-fixtures";
import { makeContractorWorld, makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

// School meals, the school's and the district's journeys (decisions 0200–0204), on data of their own made through the
// same lib functions as the demo: a staff member adds a pupil and builds the month's list, the director approves it
// (never their own), a voucher's link is shown once; the district official adds a canteen contract by BIN, marks a
// holiday, settles a month (once) and sees the sheet's digest in the journal, and decides a parent's dispute.

const serial = Date.now() % 100_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const almaty = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+05:00`);

async function mealsWorld() {
  const w = await makeContractorWorld();
  const programme = await createMealProgramme({
    actor: SYSTEM_ACTOR,
    input: { colourId: w.colour.id, departmentId: w.ministry.id, schoolYear: 2026, startsOn: day("2026-09-01"), endsOn: day("2027-05-31"), settlementPeriod: "monthly", ceilings: { breakfast: 60_000n, lunch: 90_000n } },
  });
  const school = await createSchool({ actor: SYSTEM_ACTOR, input: { name: `School No. ${serial}`, region: "Almaty", departmentId: w.ministry.id } });
  const [staff, director] = [await makeUser("school", { name: `Aigerim ${serial}` }), await makeUser("school", { name: `Bolat ${serial}` })];
  await addSchoolStaff({ actor: SYSTEM_ACTOR, schoolId: school.id, userId: staff.id, position: "staff" });
  await addSchoolStaff({ actor: SYSTEM_ACTOR, schoolId: school.id, userId: director.id, position: "director" });
  const canteen = await makeOrganization("company", `Dastarkhan ${serial} LLP`);
  return { w, programme, school, staff, director, canteen };
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, PASSWORD);
  return { context, page };
}

test("school staff add a pupil by IIN and build the month's list; the director approves it, never a list they built", async ({ browser }) => {
  const m = await mealsWorld();
  const { page } = await signedIn(browser, m.staff.email);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My school" }).click();
  await expect(page).toHaveURL(new RegExp(`/school/${m.school.id}$`));

  const form = page.getByRole("form", { name: "Add a pupil" });
  await form.getByLabel("IIN").fill("123456789012");
  await form.getByLabel("Class").fill("3A");
  await form.getByRole("button", { name: "Add pupil" }).click();
  await expect(form.getByText(/check digit|not a valid/i)).toBeVisible();
  // A fresh form for the valid IIN (the refused one stays in the form it was typed into; typing over it raced the re-render).
  await page.reload();
  const iin = makeIin("160405", 5, serial);
  await form.getByLabel("IIN").fill(iin);
  await form.getByLabel("Class").fill("3A");
  await form.getByLabel("Category").selectOption({ label: "Primary grades (1–4)" });
  await form.getByRole("button", { name: "Add pupil" }).click();
  await expect(form.getByRole("status")).toContainText(`••••••••${iin.slice(-4)}`);
  await expect(page.getByText(iin)).toHaveCount(0);
  await expect(page.getByTestId("pupil-row")).toHaveCount(1);
  // Found again by the whole IIN (through its keyed hash), not by a part of it.
  await page.getByRole("searchbox").fill(iin);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("pupil-row")).toHaveCount(1);

  await page.getByRole("link", { name: /^Eligibility list for/ }).first().click();
  await page.getByRole("button", { name: "Tick every pupil" }).click();
  await page.getByRole("button", { name: "Save the list" }).click();
  await expect(page.getByTestId("flash")).toContainText("The list is saved");
  await expect(page.getByTestId("list-status")).toContainText(`Built by Aigerim ${serial}: 1 pupil`);
  await expect(page.getByRole("button", { name: "Approve the list" })).toHaveCount(0);

  const director = await signedIn(browser, m.director.email);
  await director.page.goto(`/school/${m.school.id}/list`);
  await director.page.getByRole("button", { name: "Save the list again" }).click();
  await expect(director.page.getByText("You built this list: another person")).toBeVisible();
  await director.page.getByRole("button", { name: "Approve the list" }).click();
  await expect(director.page.getByRole("alert").filter({ hasText: "another person, the school's director, must approve it" })).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "Save the list again" }).click();
  await director.page.reload();
  await director.page.getByRole("button", { name: "Approve the list" }).click();
  await expect(director.page.getByTestId("flash")).toContainText("The list is approved");
  await expect(director.page.getByTestId("list-status")).toContainText(`Approved by Bolat ${serial}`);
  await expect(director.page.getByRole("button", { name: "Save the list again" })).toHaveCount(0);
});

test("a voucher's link is shown once to hand to the parent; another school's page is not found", async ({ browser }) => {
  const m = await mealsWorld();
  await registerPupil({ actor: SYSTEM_ACTOR, schoolId: m.school.id, iin: makeIin("160406", 6, serial), className: "2B", category: "primary" });
  const { page } = await signedIn(browser, m.staff.email);
  await page.goto(`/school/${m.school.id}`);
  await page.getByRole("button", { name: "Issue voucher" }).click();
  const shown = page.getByTestId("voucher-secret");
  await expect(shown).toContainText("it is shown only once");
  await expect(shown).toContainText("/meals#");
  await page.reload();
  await expect(page.getByTestId("voucher-secret")).toHaveCount(0);
  await expect(page.getByTestId("pupil-row").first()).toContainText("Active");

  const other = await mealsWorld();
  expect((await page.goto(`/school/${other.school.id}`))?.status()).toBe(404);
  expect((await page.goto(`/school-meals/${m.programme.id}`))?.status()).toBe(404);
});

test("the district official adds a canteen contract by BIN, marks a holiday, settles a month once and decides a dispute", async ({ browser }) => {
  const m = await mealsWorld();
  await setSchoolCalendar({ actor: SYSTEM_ACTOR, schoolId: m.school.id, days: [{ day: day("2026-11-16"), isSchoolDay: true }, { day: day("2026-11-17"), isSchoolDay: true }] });
  const contract = await createCanteenContract({
    actor: SYSTEM_ACTOR,
    input: { programmeId: m.programme.id, operatorId: m.canteen.id, number: `CC-A-${serial}`, startsOn: day("2026-09-01"), endsOn: day("2027-05-31"), schoolIds: [m.school.id], meals: [{ mealType: "lunch", tariffTiyn: 80_000n, servesFromMin: 720, servesToMin: 840 }] },
  });
  const pupils = [];
  for (let i = 0; i < 2; i++) pupils.push(await registerPupil({ actor: SYSTEM_ACTOR, schoolId: m.school.id, iin: makeIin("160407", 5, serial + i * 11), className: "4A", category: "primary" }));
  const list = await buildEligibilityList({ actor: { ...SYSTEM_ACTOR, isSystem: false, role: "school", userId: m.staff.id }, schoolId: m.school.id, month: day("2026-11-01"), pupilIds: pupils.map((p) => p.id) });
  await approveEligibilityList({ actor: { ...SYSTEM_ACTOR, isSystem: false, role: "school", userId: m.director.id }, listId: list.id });
  const vouchers = [];
  for (const p of pupils) vouchers.push(await issueVoucher({ actor: SYSTEM_ACTOR, programmeId: m.programme.id, pupilId: p.id }));
  const at = almaty("2026-11-16", "12:30");
  const served = await recordMealsBatch({
    actor: contractor(m.canteen.id, m.w.users.general.id),
    device: `e2e-${serial}`,
    scans: vouchers.map((v, i) => ({ schoolId: m.school.id, mealType: "lunch", scanToken: mealToken(mealTokenKey(), v.voucherId, at), scannedAt: at, clientScanId: `e2e-${i}` })),
    now: almaty("2026-11-16", "18:00"),
  });
  await disputeMeal({ secret: vouchers[1]!.secret, mealId: (served[1] as { mealId: bigint }).mealId });

  const { page } = await signedIn(browser, m.w.users.official.email);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "School meals" }).click();
  await page.getByRole("link", { name: m.w.project.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("School meals 2026/2027");

  const add = page.getByRole("form", { name: "Add a canteen contract" });
  await add.getByLabel("Operator's BIN").fill(m.canteen.bin!);
  await add.getByLabel("Contract number").fill(`CC-B-${serial}`);
  await add.getByLabel("From", { exact: true }).fill("01.09.2026");
  await add.getByLabel("To", { exact: true }).fill("31.05.2027");
  await add.getByLabel(`School No. ${serial}`).check();
  await add.getByLabel("Breakfast: Tariff per meal, ₸").fill("650");
  await add.getByLabel("Serving from (HH:MM)").first().fill("08:00");
  await add.getByLabel("Serving until (HH:MM)").first().fill("09:30");
  await add.getByLabel("Lunch: Tariff per meal, ₸").fill("800");
  await add.getByLabel("Serving from (HH:MM)").last().fill("12:00");
  await add.getByLabel("Serving until (HH:MM)").last().fill("14:00");
  await add.getByRole("button", { name: "Add contract" }).click();
  await expect(add.getByRole("alert")).toContainText("above the programme's ceiling");
  await add.getByLabel("Breakfast: Tariff per meal, ₸").fill("550");
  // The refused form comes back with its school still ticked.
  await expect(add.getByLabel(`School No. ${serial}`)).toBeChecked();
  await add.getByRole("button", { name: "Add contract" }).click();
  await expect(page.getByTestId("flash")).toContainText("Canteen contract added");
  await expect(page.getByTestId("contract-row")).toHaveCount(2);

  await page.getByRole("link", { name: "Calendar" }).first().click();
  const mark = page.getByRole("form", { name: "Mark days" });
  await mark.getByLabel("From").fill("16.12.2026");
  await mark.getByLabel("To").fill("17.12.2026");
  await mark.getByLabel("Mark as").selectOption({ label: "Holiday" });
  await mark.getByLabel(/^Note/).fill("Independence Day");
  await mark.getByRole("button", { name: "Mark" }).click();
  await expect(page.getByTestId("flash")).toContainText("The calendar is marked");
  await expect(page.getByTestId("calendar-day").filter({ hasText: "Independence Day" })).toHaveCount(2);

  await page.goto(`/school-meals/${m.programme.id}`);
  const row = page.getByTestId("contract-row").filter({ hasText: `CC-A-${serial}` });
  await row.getByLabel("A day of the period").fill("20.11.2026");
  await row.getByRole("button", { name: "Settle" }).click();
  await expect(page.getByTestId("flash")).toContainText("Settled: one coloured payment");
  await expect(page.getByTestId("sheet-meal")).toHaveCount(1);
  await expect(page.getByText("800,00 ₸").first()).toBeVisible();
  const digest = (await page.getByText(/^[0-9a-f]{64}$/).first().textContent())!;
  await expect(page.getByText(digest, { exact: true })).toHaveCount(2);

  await page.goto(`/school-meals/${m.programme.id}`);
  const again = page.getByTestId("contract-row").filter({ hasText: `CC-A-${serial}` });
  await again.getByLabel("A day of the period").fill("05.11.2026");
  await again.getByRole("button", { name: "Settle" }).click();
  await expect(page.getByTestId("flash")).toContainText("already settled: nothing was paid twice");

  await page.goto(`/school-meals/${m.programme.id}#disputes`);
  const dispute = page.getByTestId("dispute-row");
  await expect(dispute).toHaveCount(1);
  await dispute.getByLabel("Reason for the decision").fill("Attendance register shows the pupil absent");
  await dispute.getByRole("button", { name: "Uphold: absent, not paid" }).click();
  await expect(page.getByTestId("flash")).toContainText("Dispute decided");
  await expect(page.getByTestId("dispute-row")).toHaveCount(0);
  expect(contract.id).toBeGreaterThan(0);
});
