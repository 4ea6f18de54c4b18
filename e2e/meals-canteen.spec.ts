import { expect, test, type Browser, type Page } from "@playwright/test";
import { almatyDate, monthOf } from "../lib/meals/rules";
import { mealWorld } from "../tests/support/meal-fixtures";
import { makeContractorWorld, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

// School meals, redemption (issue 18, decisions 0195–0197): the parent opens the voucher link and shows the QR; the
// canteen records the meal from its token, and the same token again is refused with its reason; a scan made offline
// waits on the phone and is sent once the connection returns; the parent marks a meal absent; the operator's day
// lists what happened. The district is made here, through the lib (a calendar and serving hours that cover any
// moment, so the spec passes whenever it runs).

async function district() {
  const w = await makeContractorWorld();
  const m = await mealWorld({ world: w, month: monthOf(almatyDate(new Date())), isAnyTime: true, operator: { companyId: w.general.id, userId: w.users.general.id } });
  return { w, m };
}

async function parentPage(browser: Browser, secret: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  await page.goto(`/meals#${secret}`);
  await expect(page.getByRole("img", { name: "Meal code for the canteen" })).toBeVisible();
  return page;
}

async function scan(canteen: Page, token: string) {
  const form = canteen.getByRole("form", { name: "Record the meal" });
  await form.getByLabel("Code from the parent's screen").fill(token);
  await form.getByRole("button", { name: "Record the meal" }).click();
}

test("a parent shows the voucher's QR, the canteen records the meal once and refuses the same code again", async ({ browser }) => {
  // Three browsers, a sign-in and a dozen round trips: more than the default guard on a loaded 2-core machine.
  test.setTimeout(300_000);
  const { w, m } = await district();
  const canteen = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(canteen, w.users.general.email, PASSWORD);
  await canteen.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Canteen", exact: true }).click();
  await expect(canteen.getByRole("heading", { name: "Canteen: record meals" })).toBeVisible();
  await canteen.getByRole("combobox", { name: "School" }).selectOption({ label: "School No. 12" });
  await canteen.getByRole("combobox", { name: "Meal" }).selectOption({ label: "Lunch" });

  // The parent's page, on a 320-px phone: the QR, the code as text, a countdown, nothing wider than the screen.
  const parent = await parentPage(browser, m.vouchers[0]!.secret);
  await expect(parent.getByTestId("meal-countdown")).toHaveText(/^New code in \d+ seconds?$/);
  await expect(parent.getByText("No meal has been recorded on this voucher yet.")).toBeVisible();
  expect(await parent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const token = (await parent.getByTestId("meal-token").textContent())!.trim();
  expect(token).toMatch(/^m1\./);

  await scan(canteen, token);
  const outcome = canteen.getByTestId("scan-outcome");
  await expect(outcome).toContainText("Served");
  await expect(outcome).toContainText("Meal recorded: Lunch");

  await scan(canteen, token);
  await expect(outcome).toContainText("Refused");
  await expect(outcome).toContainText("This code was already used for a meal");

  // A forged code, and a pupil not on this month's list: each refused with its own reason.
  await scan(canteen, token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA"));
  await expect(outcome).toContainText("The code's signature does not match");
  const notListed = await parentPage(browser, m.vouchers[2]!.secret);
  await scan(canteen, (await notListed.getByTestId("meal-token").textContent())!.trim());
  await expect(outcome).toContainText("The pupil is not on the approved list of school School No. 12");

  // The parent sees the meal (with school and canteen) at the next refresh and marks the child absent.
  await parent.reload();
  const meal = parent.getByTestId("voucher-meal");
  await expect(meal).toHaveCount(1);
  await expect(meal).toContainText(`Lunch on`);
  await expect(meal).toContainText(`School No. 12 · canteen: ${w.general.name}`);
  await meal.getByRole("button", { name: /^My child was absent: Lunch on / }).click();
  await expect(parent.getByRole("status")).toContainText("Marked as absent");
  await expect(meal).toContainText("Under review");

  // The operator's day: one meal, three refused scans.
  await canteen.getByRole("link", { name: "Today's meals and refused scans" }).click();
  await expect(canteen.getByTestId("canteen-meal")).toHaveCount(1);
  await canteen.getByRole("link", { name: "Refused scans" }).click();
  await expect(canteen.getByTestId("canteen-refusal")).toHaveCount(3);
  await expect(canteen.getByRole("table", { name: "Refused scans" })).toContainText("This code was already used for a meal");
});

test("a scan made without a connection waits on the phone and is counted once when sent", async ({ browser }) => {
  test.setTimeout(300_000);
  const { w, m } = await district();
  const context = await browser.newContext();
  const canteen = await context.newPage();
  await signIn(canteen, w.users.general.email, PASSWORD);
  await canteen.goto("/canteen");
  await canteen.getByRole("combobox", { name: "Meal" }).selectOption({ label: "Breakfast" });
  const parent = await parentPage(browser, m.vouchers[1]!.secret);
  const token = (await parent.getByTestId("meal-token").textContent())!.trim();

  await context.setOffline(true);
  await scan(canteen, token);
  await expect(canteen.getByTestId("scan-outcome")).toContainText("No connection: the scan was kept on this phone");
  await expect(canteen.getByTestId("scans-waiting")).toHaveText("1 scan waiting to be sent");

  await context.setOffline(false);
  // Sent on reconnecting (the online event), or by hand: either way once.
  await canteen.getByRole("button", { name: "Send now" }).click({ timeout: 2_000 }).catch(() => undefined);
  await expect(canteen.getByTestId("scans-waiting")).toHaveText("0 scans waiting to be sent");
  await expect(canteen.getByText(/1 stored scan sent: 1 served, 0 refused\./)).toBeVisible();

  await parent.reload();
  await expect(parent.getByTestId("voucher-meal")).toHaveCount(1);
  await expect(parent.getByTestId("voucher-meal")).toContainText("Breakfast on");
});

test("an unknown voucher code reads as not found, never an error page", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/meals");
  await page.getByLabel("Voucher code").fill("x".repeat(32));
  await page.getByRole("button", { name: "Open the voucher" }).click();
  // By its words: getByRole("alert") would also find Next's route announcer.
  await expect(page.getByText("No voucher has this code. Check the code on the letter from the school.")).toBeVisible();
  await expect(page.getByLabel("Voucher code")).toBeVisible();
});
