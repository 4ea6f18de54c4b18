import { describe, expect, it } from "vitest";
import { translate } from "../i18n";
import { notificationParams, notificationView, NOTIFICATION_KINDS } from "./notification-view";

const row = (over: Partial<Parameters<typeof notificationView>[0]> = {}) => ({
  id: 7n,
  kind: "invoice_paid",
  params: { number: "INV-1", amount: "123456789", paidAt: "2026-12-01T10:00:00.000Z" },
  link: "/company/invoices/3",
  createdAt: new Date("2026-12-01T10:00:00Z"),
  readAt: null,
  ...over,
});

describe("a notification's words", () => {
  it("formats amounts in tenge and days in Almaty", () => {
    const v = notificationView(row());
    expect(v).toMatchObject({ id: "7", kind: "invoice_paid", link: "/company/invoices/3", isRead: false });
    expect(translate("en", `notifications.kinds.${v.kind}`, v.params)).toBe("Invoice INV-1 for 1\u00A0234\u00A0567,89\u00A0₸ was approved and paid on 01.12.2026.");
  });
  it.each([
    ["no params at all", null],
    ["params of the wrong type", "text"],
    ["an amount that is not digits", { amount: "12e3" }],
    ["a date that is no date", { expiresAt: "tomorrow" }],
  ])("%s: empty texts, never 'undefined'", (_name, params) => {
    const p = notificationParams(params);
    expect(Object.values(p).every((v) => v !== undefined && !String(v).includes("undefined"))).toBe(true);
    expect(p.amount).toBe("");
  });
  it.each([
    ["an unknown kind", { kind: "something_new" }, { kind: "unknown" }],
    ["a link off the portal", { link: "https://evil.example/x" }, { link: "/notifications" }],
    ["a protocol-relative link", { link: "//evil.example/x" }, { link: "/notifications" }],
    ["a backslash link", { link: "/\\evil.example/x" }, { link: "/notifications" }],
    ["a read one", { readAt: new Date() }, { isRead: true }],
  ] as const)("%s", (_name, over, expected) => {
    expect(notificationView(row(over as never))).toMatchObject(expected);
  });
  it.each(NOTIFICATION_KINDS.flatMap((kind) => (["en", "ru", "kk"] as const).map((locale) => [kind, locale] as const)))("%s reads in %s with every value", (kind, locale) => {
    const p = notificationParams({ number: "N-1", amount: "100", issuer: "Beton LLP", project: "School", reason: "Overpriced", company: "Beton LLP", colour: 4, expiresAt: "2026-12-20T18:59:59Z", paidAt: "2026-12-01T10:00:00Z", days: 5 });
    const text = translate(locale, `notifications.kinds.${kind}`, p);
    expect(text).not.toMatch(/\{|undefined/);
  });
  it("names the project and the companies in the reader's language when the notification stored their forms (decision 0230)", () => {
    const stored = { project: "Школа №5", issuer: "ТОО Бетон", names: { project: { ru: "Школа №5", kk: "№5 мектеп", en: null }, issuer: { ru: "ТОО Бетон", kk: null, en: "Beton LLP" } } };
    expect(notificationParams(stored, "kk")).toMatchObject({ project: "№5 мектеп", issuer: "ТОО Бетон" });
    expect(notificationParams(stored, "en")).toMatchObject({ project: "Школа №5", issuer: "Beton LLP" });
    // Written before the forms: the name as it was stored.
    expect(notificationParams({ project: "Школа №5" }, "kk")).toMatchObject({ project: "Школа №5" });
  });
});
