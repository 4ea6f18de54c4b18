import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { settleFlagRefreshes } from "../../lib/flags/refresh-flags";
import { importBundle } from "../../lib/import/import-bundle";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";

const EXAMPLE = path.resolve("docs/import-example");
const readFolder = (folder: string) => Object.fromEntries(fs.readdirSync(folder).filter((f) => f.endsWith(".csv")).map((f) => [f, fs.readFileSync(path.join(folder, f), "utf8")]));

describe("importing the example bundle", () => {
  it("applies every document but the one deliberately wrong invoice, and posts the payments through the ledger", async () => {
    const report = await importBundle({ files: readFolder(EXAMPLE) });
    await settleFlagRefreshes();
    console.log(JSON.stringify(report, null, 1));
    const balances = await prisma().$queryRaw<{ holder_key: string; balance_tiyn: bigint }[]>`SELECT holder_key, balance_tiyn FROM account ORDER BY holder_key`;
    console.log(balances);
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  });
});
