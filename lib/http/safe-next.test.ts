import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/admin/users?page=2", "/admin/users?page=2"],
    ["/home", "/home"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["/sign-in", "/"],
    ["/api/auth/signout", "/"],
    [null, "/"],
    [42, "/"],
  ])("%j → %s", (input, out) => expect(safeNextPath(input)).toBe(out));
});
