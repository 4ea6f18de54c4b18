// usage: node shoot.mjs email lang out.png url [url...]  (run from /work/main so playwright resolves)
import { chromium } from "playwright-core";
const [email, lang, prefix, ...urls] = process.argv.slice(2);
const base = process.env.BASE ?? "http://localhost:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
const page = await ctx.newPage();
await page.goto(`${base}/sign-in`);
await page.getByLabel(/e-mail/i).fill(email);
await page.getByLabel(/password|пароль/i).fill("Aiqyn-demo-2026");
await page.getByRole("button", { name: /sign in|войти/i }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/sign-in") && u.pathname !== "/");
if (lang === "ru") {
  await ctx.addCookies([{ name: "aiqyn-locale", value: "ru", url: base }]);
}
let i = 0;
for (const u of urls) {
  const r = await page.goto(base + u);
  await page.screenshot({ path: `${prefix}-${i++}.png`, fullPage: true });
  console.log(u, r?.status());
}
await browser.close();
