import { describe, expect, it } from "vitest";
import { translator } from "../i18n";
import { auditActionLabel } from "./action-label";

describe("audit actions in words", () => {
  it.each([
    ["en", "user.create", "User created"],
    ["ru", "user.create", "Пользователь создан"],
    ["kk", "user.create", "Пайдаланушы құрылды"],
    ["en", "sign_in.second_factor", "Signed in with a one-time code"],
    ["en", "sign_in.second_factor.throttled", "One-time code attempts throttled"],
    ["ru", "company.related_parties.read", "Просмотрены связанные лица"],
  ] as const)("%s: %s → %s", (locale, code, text) => {
    expect(auditActionLabel(translator(locale), code)).toBe(text);
  });

  it("an unknown code shows as itself", () => {
    expect(auditActionLabel(translator("en"), "something.new")).toBe("something.new");
    expect(auditActionLabel(translator("ru"), "toString")).toBe("toString");
  });
});
