import { describe, expect, it } from "vitest";
import { looksLikeRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes";
import { pendingSetupOf } from "./account-setup";
import { codeAt, enrolmentUri, matchingStep, newTotpSecret, stepAt } from "./totp";

// RFC 6238 appendix B: the SHA-1 key "12345678901234567890" (base32 below), 8-digit codes; ours are their last 6.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const RFC_VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(RFC_VECTORS)("at %i s the code is the RFC's %s (last 6 digits)", (seconds, code) => {
    expect(codeAt(RFC_SECRET, stepAt(seconds * 1000))).toBe(code.slice(2));
  });

  it("accepts the codes of the step before and after, not two steps away, and names the step", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = stepAt(now);
    expect(matchingStep(secret, codeAt(secret, step), now)).toBe(step);
    expect(matchingStep(secret, codeAt(secret, step - 1), now)).toBe(step - 1);
    expect(matchingStep(secret, codeAt(secret, step + 1), now)).toBe(step + 1);
    expect(matchingStep(secret, codeAt(secret, step - 2), now)).toBeNull();
    expect(matchingStep(secret, "12345", now)).toBeNull();
    expect(matchingStep(secret, "abcdef", now)).toBeNull();
  });

  it("makes 160-bit secrets and an otpauth URI an authenticator app reads", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolmentUri(secret, "a@b.kz")).toBe(`otpauth://totp/Aiqyn:a%40b.kz?issuer=Aiqyn&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes, recognised however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(normalizeRecoveryCode(codes[0]!.toUpperCase().replace("-", " "))).toBe(normalizeRecoveryCode(codes[0]!));
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});

describe("pending account setup", () => {
  it.each([
    ["official", false, false, "second_factor"],
    ["investigator", false, false, "second_factor"],
    ["admin", false, false, "second_factor"],
    ["contractor", false, false, null],
    ["official", false, true, null],
    ["contractor", true, false, "password"],
    ["admin", true, true, "password"],
  ] as const)("%s, must change password %s, second factor %s: %s", (role, mustChangePassword, hasSecondFactor, expected) => {
    expect(pendingSetupOf({ role, mustChangePassword, hasSecondFactor })).toBe(expected);
  });
});
