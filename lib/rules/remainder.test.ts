import { describe, expect, it } from "vitest";
import { canReturnRemainder, checkRemainderReturn } from "./remainder";

const expiresAt = new Date("2026-06-30T18:59:59.000Z");
const at = (ms: number) => new Date(expiresAt.getTime() + ms);

describe("checkRemainderReturn", () => {
  it.each([
    { case: "open, before expiry", isClosed: false, now: at(-1), code: "COLOUR_NOT_EXPIRED" },
    { case: "open, exactly at expiry", isClosed: false, now: at(0), code: null },
    { case: "open, after expiry", isClosed: false, now: at(86_400_000), code: null },
    { case: "closed, after expiry", isClosed: true, now: at(1), code: "COLOUR_CLOSED" },
    { case: "closed, before expiry", isClosed: true, now: at(-1), code: "COLOUR_CLOSED" },
  ])("$case → $code", ({ isClosed, now, code }) => {
    const refusal = checkRemainderReturn({ id: 7, isClosed, expiresAt }, now);
    expect(refusal?.code ?? null).toBe(code);
    expect(canReturnRemainder({ isClosed, expiresAt }, now)).toBe(code === null);
    if (refusal) expect(refusal.params.colour).toBe("7");
  });

  it("names the expiry when it has not come", () => {
    expect(checkRemainderReturn({ id: 7, isClosed: false, expiresAt }, at(-1))?.params.expiresAt).toBe("2026-06-30T18:59:59.000Z");
  });
});
