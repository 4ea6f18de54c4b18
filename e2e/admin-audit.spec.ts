import { expect, test } from "@playwright/test";
import { makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

// Issue 13, finding 10: administrators search the audit log by user, action, object and days and download what
// they found; nobody else can see that the page exists.

test("an administrator finds a contractor's sign-in and CSV export by user and action, and downloads them as CSV", async ({ page, browser }) => {
  const contractor = await makeUser("contractor");
  const contractorPage = await (await browser.newContext()).newPage();
  await signIn(contractorPage, contractor.email, PASSWORD);
  expect((await contractorPage.request.get("/company/history/csv")).status()).toBe(200);
  // A page that is not theirs: "not found" for them, a refused request in the log.
  await contractorPage.goto("/admin/audit");
  await expect(contractorPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await contractorPage.request.get("/admin/audit/csv")).status()).toBe(404);

  const admin = await makeUser("admin");
  await signIn(page, admin.email, PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();

  const search = page.getByRole("search", { name: "Search the audit log" });
  await search.getByLabel("User").fill(contractor.email);
  await search.getByLabel("Action").fill("sign_in");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/action=sign_in/);
  const rows = page.getByRole("row").filter({ hasText: contractor.email });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("sign_in");

  await search.getByLabel("Action").fill("company.history.export");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row").filter({ hasText: "company.history.export" })).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  // ";"-separated like every list's CSV since decision 0274, same columns; its .xlsx twin carries the page's filters.
  expect(lines[0]).toBe("id;at;user;action;object;details");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`;${contractor.email};company.history.export;`);
  const excel = await page.getByRole("link", { name: "Download Excel (.xlsx)" }).getAttribute("href");
  expect(excel).toMatch(/^\/admin\/audit\/xlsx\?.*action=company\.history\.export/);
  const workbook = await page.request.get(excel!);
  expect([workbook.status(), workbook.headers()["content-type"]]).toEqual([200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);

  // The contractor's refused requests are there too, and so is this download.
  await search.getByLabel("Action").fill("access.refused");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row").filter({ hasText: "access.refused" })).toHaveCount(2);
  await search.getByLabel("User").fill(admin.email);
  await search.getByLabel("Action").fill("audit.export");
  await search.getByRole("button", { name: "Search" }).click();
  // Both downloads are recorded: the CSV and its .xlsx twin.
  await expect(page.getByRole("row").filter({ hasText: "audit.export" })).toHaveCount(2);
});

test("a non-administrator gets not found for the audit log and its download", async ({ page }) => {
  for (const role of ["official", "investigator"] as const) {
    const user = await makeUser(role);
    await page.context().clearCookies();
    await signIn(page, user.email, PASSWORD);
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    expect((await page.request.get("/admin/audit/csv")).status()).toBe(404);
    expect((await page.request.get("/admin/audit/xlsx")).status()).toBe(404);
  }
});
