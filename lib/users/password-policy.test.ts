import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

const person = { email: "aigerim.bekova@minfin.gov.kz", name: "Aigerim Bekova" };

describe("password policy", () => {
  it.each([
    ["short-pass1", "PASSWORD_TOO_SHORT"],
    ["x".repeat(129), "PASSWORD_TOO_LONG"],
    ["qwerty123456", "PASSWORD_COMMON"],
    ["1qaz2wsx3edc", "PASSWORD_COMMON"],
    ["Password12345!", "PASSWORD_COMMON"],
    ["iloveyou2026!!", "PASSWORD_COMMON"],
    ["aaaaaaaaaaaaaa", "PASSWORD_COMMON"],
    ["aigerim.bekova@minfin.gov.kz", "PASSWORD_PERSONAL"],
    ["Aigerim Bekova 2026", "PASSWORD_PERSONAL"],
    ["aigerim.bekova123", "PASSWORD_PERSONAL"],
    ["2026aigerim.bekova", "PASSWORD_PERSONAL"],
    ["Aiqyn-2026-2027", "PASSWORD_CONTEXT"],
    ["2026 Qazaqstan!!", "PASSWORD_CONTEXT"],
    ["министерство2026", "PASSWORD_CONTEXT"],
    ["Астана-2026-05-01", "PASSWORD_CONTEXT"],
  ])("refuses %s (%s)", (password, problem) => {
    expect(passwordProblem(password, person)).toBe(problem);
  });

  it.each(["e2e-password-123", "steppe wind over the river", "Қазақстан жолы 2026", "steppe-".repeat(16)])("accepts %s", (password) => {
    expect(passwordProblem(password, person)).toBeNull();
  });

  it("counts characters, not UTF-16 units: eleven Kazakh letters are too short", () => {
    expect(passwordProblem("ңғүұқөһәіңғ", person)).toBe("PASSWORD_TOO_SHORT");
  });
});
