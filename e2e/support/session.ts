import type { Page } from "@playwright/test";
import { prisma } from "../../lib/db";
import { openSecret } from "../../lib/mfa/secret-box";
import { codeAt, PERIOD_SECONDS, stepAt, WINDOW_STEPS } from "../../lib/mfa/totp";

/**
 * A code the server will accept now for this user's second factor: the current step's, or — when that step was
 * already used (the same user signing in twice within 30 s) — the next one, which the window allows; waits only if
 * even that is used.
 */
export async function freshCode(email: string): Promise<string> {
  for (;;) {
    const user = await prisma().user.findUniqueOrThrow({ where: { email }, include: { secondFactor: true } });
    if (!user.secondFactor) throw new Error(`${email} has no second factor`);
    const now = stepAt(Date.now());
    const step = Math.max(now, (user.secondFactor.lastUsedStep ?? -1) + 1);
    if (step <= now + WINDOW_STEPS) return codeAt(openSecret(user.secondFactor.secret), step);
    await new Promise((r) => setTimeout(r, (PERIOD_SECONDS * 1000) / 3));
  }
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in to Aiqyn" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  // Sign-in goes to "/" (or first to the code step), which sends each role on to its own home: wait for that.
  await page.waitForURL((url) => url.pathname !== "/" && url.pathname !== "/sign-in");
  if (new URL(page.url()).pathname === "/sign-in/code") {
    const step = page.getByRole("form", { name: "Second step: code" });
    await step.getByLabel("Code").fill(await freshCode(email));
    await step.getByRole("button", { name: "Verify" }).click();
    await page.waitForURL((url) => url.pathname !== "/" && !url.pathname.startsWith("/sign-in"));
    // Land with a full load, as the one-step sign-in effectively does: the client-side hops through the code step
    // leave rounds of link prefetches running, and a spec that signs out at once would race them (a prefetch sent
    // before the sign-out can answer with a refreshed session cookie after it — the session-revocation issue).
    await page.reload();
    await page.waitForLoadState("networkidle");
  }
}
