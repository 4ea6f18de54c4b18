import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { exportJournal } from "../../lib/ledger/verify-journal";
import { buildWorld, concreteInvoice } from "../support/ledger-fixtures";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

async function cli(script: string, args: string[] = []) {
  try {
    const { stdout } = await run(tsx, ["--conditions=react-server", script, ...args], { env: { ...process.env } });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

async function worldWithPayments() {
  const w = await buildWorld();
  for (let i = 0; i < 3; i++) await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 10 + i })).id });
  return w;
}

describe("ledger and journal commands", () => {
  it("ledger:check passes on a consistent ledger and names a tampered balance", async () => {
    const w = await worldWithPayments();
    const ok = await cli("scripts/ledger-check.ts");
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("Ledger is consistent");
    await prisma().$executeRaw`UPDATE account SET balance_tiyn = balance_tiyn + 1 WHERE holder_key = ${`company:${w.general.id}`}`;
    const bad = await cli("scripts/ledger-check.ts");
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/✖ stored balances equal the replay of all postings\n\s+\d+: stored \d+, replayed \d+/);
    expect(bad.out).toContain("✖ conservation: per colour, all balances sum to zero");
  }, 60_000);

  it("journal:verify --file checks an export offline and names the first broken entry", async () => {
    const w = await worldWithPayments();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aiqyn-journal-")), "journal.jsonl");
    const lines: string[] = [];
    for await (const line of exportJournal(prisma())) lines.push(line);
    fs.writeFileSync(file, lines.join("\n") + "\n");
    const ok = await cli("scripts/journal-verify.ts", ["--file", file]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`${lines.length} entries`);
    expect(ok.out).toContain("all hashes and links intact");

    const tampered = lines.map((l) => JSON.parse(l));
    const victim = tampered.findIndex((e) => e.kind === "transfer" && e.chain === w.colour.id && e.seq !== "2");
    tampered[victim].payload = tampered[victim].payload.replace(/"amount": "(\d+)"/, (_m: string, a: string) => `"amount": "${BigInt(a) + 100n}"`);
    expect(tampered[victim].payload).not.toBe(JSON.parse(lines[victim]!).payload);
    fs.writeFileSync(file, tampered.map((e) => JSON.stringify(e)).join("\n") + "\n");
    const bad = await cli("scripts/journal-verify.ts", ["--file", file]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`BROKEN at chain ${w.colour.id}, entry ${tampered[victim].seq}: its content does not match its hash`);
  }, 60_000);
});
