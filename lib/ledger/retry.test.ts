import { describe, expect, it } from "vitest";
import { isRetryable, withRetry } from "./retry";

describe("retryable errors", () => {
  it.each([
    [{ code: "P2034" }, true],
    [{ name: "DriverAdapterError", cause: { kind: "TransactionWriteConflict", originalCode: "40001" } }, true],
    [{ cause: { originalCode: "40P01", originalMessage: "deadlock detected" } }, true],
    [{ code: "P2010", meta: { driverAdapterError: { cause: { kind: "TransactionWriteConflict", originalCode: "40001" } } } }, true],
    [{ name: "DatabaseError", code: "40P01", severity: "ERROR", message: "deadlock detected" }, true],
    // Only codes are read, never an error's text.
    [{ message: "could not serialize access due to concurrent update" }, false],
    [{ code: "40001" }, true],
    [{ code: "P2002" }, false],
    [{ name: "DatabaseError", code: "LR011", severity: "ERROR", detail: '{"balance": "1", "attempted": "2"}' }, false],
    [new Error("boom"), false],
    [null, false],
  ])("%j → %s", (error, retryable) => expect(isRetryable(error)).toBe(retryable));

  it("retries until success and gives up on other errors", async () => {
    let calls = 0;
    expect(await withRetry(async () => (++calls < 3 ? Promise.reject({ code: "P2034" }) : "ok"), { baseDelayMs: 0 })).toBe("ok");
    expect(calls).toBe(3);
    await expect(withRetry(async () => Promise.reject(new Error("nope")), { baseDelayMs: 0 })).rejects.toThrow("nope");
  });
});
