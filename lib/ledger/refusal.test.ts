import { describe, expect, it } from "vitest";
import { databaseErrorOf, ledgerRefusalFrom } from "./refusal";

// The shapes a refusal of ledger_post() reaches TypeScript in (seen on PostgreSQL 15 and PGlite).
const pgError = { name: "DatabaseError", code: "LR011", severity: "ERROR", message: "INSUFFICIENT_BALANCE", detail: '{"balance": "100", "attempted": "250"}' };
const prismaError = {
  name: "PrismaClientKnownRequestError",
  code: "P2010",
  message: "Raw query failed. Code: `LR004`. Message: `COLOUR_FROZEN`",
  meta: {
    driverAdapterError: {
      name: "DriverAdapterError",
      cause: { originalCode: "LR004", originalMessage: "COLOUR_FROZEN", kind: "postgres", code: "LR004", severity: "ERROR", message: "COLOUR_FROZEN", detail: '{"colour": 7}' },
    },
  },
};

describe("a refusal from the ledger's SQL is read from its SQLSTATE and DETAIL", () => {
  it("from the pg driver's error", () => {
    const refusal = ledgerRefusalFrom(pgError);
    expect(refusal).toMatchObject({ code: "INSUFFICIENT_BALANCE", params: { balance: "100", attempted: "250" } });
  });

  it("from Prisma's error over the pg adapter", () => {
    expect(ledgerRefusalFrom(prismaError)).toMatchObject({ code: "COLOUR_FROZEN", params: { colour: "7" } });
    expect(databaseErrorOf(prismaError)).toEqual({ sqlstate: "LR004", detail: '{"colour": 7}' });
  });

  it("without facts, the code alone", () => {
    expect(ledgerRefusalFrom({ ...pgError, code: "LR012", detail: undefined })).toMatchObject({ code: "INVOICE_NOT_PAYABLE", params: {} });
  });

  it.each([
    ["another SQLSTATE", { ...pgError, code: "23505" }],
    ["history that may not be rewritten (not a refusal of a movement)", { ...pgError, code: "LH001" }],
    ["the old text form, which nothing reads any more", new Error('LEDGER_REFUSED {"code":"INSUFFICIENT_BALANCE"}')],
    ["a Prisma code that looks like a SQLSTATE", { code: "P2010" }],
    ["nothing", null],
  ])("is not a ledger refusal: %s", (_, error) => expect(ledgerRefusalFrom(error)).toBeNull());
});
