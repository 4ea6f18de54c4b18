import { chromium } from "playwright";
import { execSync } from "node:child_process";
const BASE = "http://localhost:3000";
const PASS = "Aiqyn-demo-2026";
const out = "/tmp/shots";
const [, , who, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-GB" });
const page = await ctx.newPage();
if (who !== "anon") {
  await page.goto(`${BASE}/sign-in`);
  const form = page.getByRole("form", { name: "Sign in to Aiqyn" });
  await form.getByLabel("E-mail").fill(who);
  await form.getByLabel("Password").fill(PASS);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => u.pathname !== "/sign-in", { timeout: 60000 });
  if (await page.getByRole("textbox", { name: "Code" }).count()) {
    const code = execSync(`npm run -s demo:code -- ${who}`, { encoding: "utf8" }).trim().split(/\s+/)[0];
    await page.getByRole("textbox", { name: "Code" }).fill(code);
    await page.getByRole("button", { name: "Verify" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"), { timeout: 60000 });
  }
  console.log(who, "landed on", page.url()); await page.screenshot({ path: `${out}/after-signin.png` });
}
for (let p of paths) {
  if (p.startsWith("first:")) {
    const [, list, pattern] = p.split(":");
    await page.goto(`${BASE}${list}`);
    const hrefs = await page.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    p = hrefs.find((h) => h && new RegExp(pattern).test(h));
    console.log("first link", p);
  }
  await page.goto(`${BASE}${p}`);
  await page.waitForLoadState("networkidle");
  const name = `${who.split("@")[0]}-${p.replace(/[^a-z0-9]+/gi, "_")}`.slice(0, 90);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  console.log(p, "->", page.url(), name);
}
await browser.close();
