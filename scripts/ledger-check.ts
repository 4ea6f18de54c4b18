// npm run ledger:check — checks every ledger invariant and the journal's hash chains on the configured
// database; exits 1 naming each violation.
import { withDatabase } from "./lib/with-database";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const failed = await withDatabase(async () => {
    const { prisma } = await import("../lib/db");
    const { checkLedgerInvariants } = await import("../lib/ledger/check-invariants");
    const { verifyDatabaseJournal } = await import("../lib/ledger/verify-journal");
    const started = Date.now();
    const { checked, violations } = await checkLedgerInvariants(prisma());
    for (const invariant of checked) {
      const mine = violations.filter((v) => v.invariant === invariant);
      console.log(`${mine.length ? "✖" : "✔"} ${invariant}`);
      for (const v of mine) console.log(`    ${v.detail}`);
    }
    const journal = await verifyDatabaseJournal(prisma());
    if (journal.firstBroken) {
      const b = journal.firstBroken;
      console.log(`✖ journal hash chains: chain ${b.chain}, entry ${b.seq}: ${b.reason}`);
    } else {
      console.log(`✔ journal hash chains: ${journal.checked} entries in ${journal.chains().length} chains`);
    }
    const broken = violations.length > 0 || !!journal.firstBroken;
    console.log(broken ? `\nLedger check FAILED (${Date.now() - started} ms).` : `\nLedger is consistent (${Date.now() - started} ms).`);
    return broken;
  });
  process.exit(failed ? 1 : 0);
}

void main();
