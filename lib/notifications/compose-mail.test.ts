import { describe, expect, it } from "vitest";
import { absoluteLink, composeMail, mailLocale } from "./compose-mail";

const row = (kind: string, params: Record<string, unknown>, link: string) => ({ id: 7n, kind, params, link, createdAt: new Date("2026-12-01T10:00:00Z"), readAt: null });

describe("composeMail", () => {
  it.each([
    ["en", "Hello, Aigerim.", "Invoice INV-7 from Beton LLP"],
    ["ru", "Здравствуйте, Aigerim.", "INV-7"],
    ["kk", "Сәлеметсіз бе, Aigerim.", "INV-7"],
  ] as const)("writes in the user's language (%s)", (locale, greeting, sentence) => {
    const mail = composeMail({ row: row("invoice_waiting", { number: "INV-7", amount: "123400", issuer: "Beton LLP", project: "School 5" }, "/invoices/7"), locale, portalUrl: "https://aiqyn.kz/", userName: "Aigerim" });
    expect(mail.subject.startsWith("[Aiqyn] ")).toBe(true);
    expect(mail.subject).toContain("INV-7");
    expect(mail.text.split("\n")[0]).toBe(greeting);
    expect(mail.text).toContain(sentence);
    expect(mail.text).toContain("https://aiqyn.kz/invoices/7");
    expect(mail.text).toContain("https://aiqyn.kz/account/security");
  });

  it("keeps the subject to one line of readable length; the body has the whole reason", () => {
    const reason = "Quantities exceed the act of works.\nSee the attached act. ".repeat(10);
    const mail = composeMail({ row: row("invoice_rejected", { number: "INV-8", amount: "100", reason }, "/company/invoices/8"), locale: "en", portalUrl: null, userName: "A" });
    expect(mail.subject).not.toMatch(/\n/);
    expect(mail.subject.length).toBeLessThanOrEqual(128);
    expect(mail.text).toContain("See the attached act.");
    expect(mail.text).toContain("Open it in the portal: /company/invoices/8");
  });

  it("never links outside the portal", () => {
    const mail = composeMail({ row: row("invoice_paid", { number: "X" }, "https://evil.example/"), locale: "en", portalUrl: "https://aiqyn.kz", userName: "A" });
    expect(mail.text).toContain("https://aiqyn.kz/notifications");
    expect(mail.text).not.toContain("evil.example");
  });

  it.each([
    [null, "ru"],
    ["kk", "kk"],
    ["de", "ru"],
  ] as const)("the stored language %s is written as %s", (stored, locale) => {
    expect(mailLocale(stored)).toBe(locale);
  });

  it("joins the portal's address and a path", () => {
    expect(absoluteLink("https://a.kz///", "/x")).toBe("https://a.kz/x");
    expect(absoluteLink(null, "/x")).toBe("/x");
  });
});
