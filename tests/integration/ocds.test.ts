import type { TJson } from "../../lib/ocds/types";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { postReversal } from "../../lib/ledger/reverse-transfer";
import { saveInvoice } from "../../lib/invoices/save-invoice";
import { createContract } from "../../lib/contracts/create-contract";
import { prisma } from "../../lib/db";
import { makeIin } from "../../lib/kz/iin";
import { recordByOcid, recordsPage, releaseById, releasesPage } from "../../lib/ocds/api";
import { releasesInOrder, writeBulkFiles } from "../../lib/ocds/bulk";
import { allReleaseRefs, releaseRefsAfter } from "../../lib/ocds/load";
import { INDIVIDUALS_PARTY_ID } from "../../lib/ocds/parties";
import { buildWorld, concreteInvoice, contractor, Q, T } from "../support/ledger-fixtures";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { seedDemoFlags } from "../../prisma/seed/demo-flags";
import { seedDemoMoney } from "../../prisma/seed/demo-money";
import { seedDemoRegistry } from "../../prisma/seed/demo-registry";
import {
  duplicateIds,
  tiynOfAmount,
  twelveDigitNonBins,
  unresolvedReferences,
  validateRecordPackage,
  validateReleasePackage,
} from "../support/ocds-validation";

const BASE = "http://portal.test";
const ctx = (uri: string) => ({ baseUrl: BASE, uri: `${BASE}${uri}` });
const pageUrl = (kind: string) => (cursor: string) => `${BASE}/api/open/ocds/${kind}?limit=2&cursor=${cursor}`;

/** A world with paid invoices on the general contract and a subcontract, a subcontract to an individual
 * entrepreneur (registered with an IIN) and a refused payment. */
async function paidWorld() {
  const w = await buildWorld();
  const first = await concreteInvoice(w, { quantity: 100, price: 30_000 });
  await approveInvoice({ actor: w.alice, invoiceId: first.id });
  const second = await concreteInvoice(w, { quantity: 50, price: 30_000 });
  await approveInvoice({ actor: w.alice, invoiceId: second.id });
  const sub = await concreteInvoice(w, { sub: true, quantity: 50, price: 30_000 });
  await approveInvoice({ actor: w.gcUser, invoiceId: sub.id });
  const iin = makeIin("850412", 3, 17);
  const person = await prisma().organization.create({ data: { kind: "company", name: "IP Serikbayev Arman", bin: iin } });
  const personal = await createContract({
    actor: w.gcUser,
    input: { colourId: w.colour.id, parentId: w.contract.id, contractorId: person.id, number: "SC-IP-1", valueTiyn: T(2_000_000), signedOn: new Date("2026-03-20"), items: [{ estimateItemId: w.items[1]!.id, quantityMilli: Q(5), ceilingUnitPriceTiyn: T(400_000) }] },
  });
  const personalInvoice = await saveInvoice({
    actor: contractor(person.id, 2003),
    input: { contractId: personal.id, number: "IP-1", kind: "work", issuedOn: new Date("2026-04-02"), lines: [{ estimateItemId: w.items[1]!.id, quantityMilli: Q(1), unitPriceTiyn: T(350_000) }], submissionKey: crypto.randomUUID(), intent: "submit" },
  });
  await approveInvoice({ actor: w.gcUser, invoiceId: personalInvoice.id });
  await prisma().refusedAttempt.create({ data: { colourId: w.colour.id, organizationId: w.general.id, documentType: "invoice", documentId: BigInt(second.id), amountTiyn: T(9_999), codes: ["ADVANCE_LIMIT"], details: [] } });
  return { w, iin, person, personal };
}

async function allReleases(limit = 2): Promise<{ releases: TJson[]; pages: TJson[] }> {
  const pages: TJson[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const page = await releasesPage({ cursor, limit: String(limit), baseUrl: BASE, uri: `${BASE}/api/open/ocds/releases`, pageUrl: pageUrl("releases") });
    pages.push(page);
    if (!page.links?.next) break;
    cursor = new URL(page.links.next).searchParams.get("cursor")!;
  }
  return { releases: pages.flatMap((p) => p.releases), pages };
}

describe("OCDS open data", () => {
  it("release packages validate against OCDS 1.1.5 with both extensions, and pagination walks every release once", async () => {
    const { w } = await paidWorld();
    const { releases, pages } = await allReleases(2);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(validateReleasePackage(page)).toEqual([]);
    const ids = releases.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // One release per contract, per subcontract under a contract, per payment, per refusal.
    const payments = await prisma().transfer.count({ where: { kind: "payment", documentType: "invoice" } });
    expect(releases.length).toBe(3 + 2 + payments + 1);
    expect(releases.filter((r) => r.ocid === `ocds-aiqyn0-${w.contract.id}`).map((r) => r.tag[0])).toEqual(["planning", "awardUpdate", "implementation", "implementation", "awardUpdate", "contractUpdate"]);
    for (const r of releases) {
      expect(unresolvedReferences(r), r.id).toEqual([]);
      expect(duplicateIds(r), r.id).toEqual([]);
    }
  });

  it("the keyset pages of the API walk the releases in the bulk export's order, ties of date across kinds included", async () => {
    await paidWorld();
    // Ties: every contract and subcontract, and the refusal, at the first payment's instant (kind then ref decide).
    const first = await prisma().transfer.findFirstOrThrow({ where: { kind: "payment", documentType: "invoice" }, orderBy: { id: "asc" } });
    await prisma().$executeRaw`UPDATE contract SET created_at = ${first.createdAt}`;
    await prisma().$executeRaw`UPDATE refused_attempt SET created_at = ${first.createdAt}`;
    const key = (r: { kind: string; ref: bigint }) => `${r.kind}-${r.ref}`;
    const expected: string[] = [];
    for await (const page of allReleaseRefs(1_000)) expected.push(...page.map(key));
    expect(expected.length).toBeGreaterThan(6);
    for (const limit of [1, 2, 3]) {
      const walked: string[] = [];
      let cursor: Awaited<ReturnType<typeof releaseRefsAfter>>[number] | null = null;
      for (let i = 0; i < 1000; i++) {
        const page = await releaseRefsAfter(cursor, limit);
        walked.push(...page.map(key));
        if (page.length < limit) break;
        cursor = page[page.length - 1]!;
      }
      expect(walked, `limit ${limit}`).toEqual(expected);
    }
  });

  it("record packages validate; transactions sum to what the ledger posted; subcontracts are linked both ways", async () => {
    const { w } = await paidWorld();
    const page = await recordsPage({ limit: "2", baseUrl: BASE, uri: `${BASE}/api/open/ocds/records`, pageUrl: pageUrl("records") });
    expect(validateRecordPackage(page)).toEqual([]);
    expect(page.links.next).toContain("cursor=");
    const records: TJson[] = [...page.records];
    const rest = await recordsPage({ cursor: new URL(page.links.next).searchParams.get("cursor")!, limit: "2", baseUrl: BASE, uri: `${BASE}/x`, pageUrl: pageUrl("records") });
    expect(validateRecordPackage(rest)).toEqual([]);
    records.push(...rest.records);
    expect(records.map((r) => r.ocid).sort()).toEqual([w.contract.id, w.subcontract.id, w.subcontract.id + 1].map((id) => `ocds-aiqyn0-${id}`).sort());
    for (const record of records) {
      const contractId = Number(record.ocid.split("-").pop());
      const compiled = record.compiledRelease;
      expect(duplicateIds(compiled)).toEqual([]);
      expect(unresolvedReferences(compiled)).toEqual([]);
      const transfers = await prisma().transfer.findMany({ where: { kind: "payment", documentType: "invoice", documentId: { in: (await prisma().invoice.findMany({ where: { contractId } })).map((i) => BigInt(i.id)) } } });
      const posted = transfers.reduce((sum, t) => sum + t.amountTiyn, 0n);
      const published = (compiled.contracts[0].implementation?.transactions ?? []).reduce((sum: bigint, t: TJson) => sum + tiynOfAmount(t.value.amount), 0n);
      expect(published, record.ocid).toBe(posted);
    }
    const prime = records.find((r) => r.ocid === `ocds-aiqyn0-${w.contract.id}`)!.compiledRelease;
    expect(prime.awards[0].subcontracting.subcontracts.map((s: TJson) => s.id)).toEqual([`subcontract-${w.subcontract.id}`, `subcontract-${w.subcontract.id + 1}`]);
    expect(prime.relatedProcesses.map((p: TJson) => [p.relationship[0], p.identifier])).toEqual([
      ["subContract", `ocds-aiqyn0-${w.subcontract.id}`],
      ["subContract", `ocds-aiqyn0-${w.subcontract.id + 1}`],
    ]);
    expect(prime.contracts[0].refusedAttempts).toEqual([expect.objectContaining({ reasons: ["ADVANCE_LIMIT"], value: { amount: 9999, currency: "KZT" } })]);
    expect(prime.planning.budget.amount).toEqual({ amount: 1_000_000_000, currency: "KZT" });
    expect(prime.colour).toMatchObject({ id: String(w.colour.id), allocated: { amount: 1_000_000_000, currency: "KZT" } });
    const sub = records.find((r) => r.ocid === `ocds-aiqyn0-${w.subcontract.id}`)!.compiledRelease;
    expect(sub.relatedProcesses).toEqual([expect.objectContaining({ relationship: ["parent"], scheme: "ocid", identifier: `ocds-aiqyn0-${w.contract.id}` })]);
    // The subcontractor was paid from the general contractor's receipts: lineage points at the prime's transactions.
    const lineage = sub.contracts[0].implementation.transactions[0].lineage;
    expect(lineage.every((l: TJson) => l.source === "transaction" && l.sourceOcid === `ocds-aiqyn0-${w.contract.id}`)).toBe(true);
    expect(prime.contracts[0].implementation.transactions[0].lineage[0].source).toBe("allocation");
  });

  it("never identifies an individual: no IIN, no name; companies carry their BIN under KZ-BIN", async () => {
    const { iin, person, personal, w } = await paidWorld();
    const { releases, pages } = await allReleases(100);
    const text = JSON.stringify(pages);
    expect(text).not.toContain(iin);
    expect(text).not.toContain(person.name);
    expect(twelveDigitNonBins(text)).toEqual([]);
    const personalRelease = releases.find((r) => r.ocid === `ocds-aiqyn0-${personal.id}`)!;
    expect(personalRelease.awards[0].suppliers[0].id).toBe(INDIVIDUALS_PARTY_ID);
    const general = releases[0]!.parties.find((p: TJson) => p.identifier?.id === w.general.bin);
    expect(general).toMatchObject({ id: `KZ-BIN-${w.general.bin}`, identifier: { scheme: "KZ-BIN", id: w.general.bin } });
  });

  it("a release and a record have their own URL; unknown or malformed ids are not found; bad parameters are refused", async () => {
    const { w } = await paidWorld();
    const { releases } = await allReleases(100);
    const one = await releaseById(releases[3]!.id, ctx("/r"));
    expect(one.releases).toEqual([releases[3]]);
    expect(validateReleasePackage(one)).toEqual([]);
    const record = await recordByOcid(`ocds-aiqyn0-${w.contract.id}`, ctx("/rec"));
    expect(validateRecordPackage(record)).toEqual([]);
    for (const bad of ["nope", `ocds-aiqyn0-${w.contract.id}-payment-1`, "ocds-aiqyn0-999999-contract-999999", "ocds-aiqyn0-1-contract-99999999999999999999"]) {
      await expect(releaseById(bad, ctx("/r")), bad).rejects.toThrow(/not.?found/i);
    }
    for (const bad of ["ocds-other-1", "ocds-aiqyn0-0", "ocds-aiqyn0-999999999999"]) await expect(recordByOcid(bad, ctx("/rec")), bad).rejects.toThrow(/not.?found/i);
    for (const limit of ["0", "101", "abc", "1.5"]) {
      await expect(releasesPage({ limit, baseUrl: BASE, uri: BASE, pageUrl: pageUrl("releases") })).rejects.toThrow(/limit/);
    }
    for (const cursor of ["!!", "eyJ4IjoxfQ", Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", "contract", "99999999999999999999"])).toString("base64url")]) {
      await expect(releasesPage({ cursor, baseUrl: BASE, uri: BASE, pageUrl: pageUrl("releases") })).rejects.toThrow(/cursor/);
    }
    await expect(recordsPage({ cursor: "-1", baseUrl: BASE, uri: BASE, pageUrl: pageUrl("records") })).rejects.toThrow(/cursor/);
  });

  it("bulk files: one gzipped release package per month with its size and SHA-256, listed in the index", async () => {
    await paidWorld();
    const dir = await mkdtemp(path.join(os.tmpdir(), "ocds-bulk-"));
    try {
      const index = await writeBulkFiles({ dir, baseUrl: BASE });
      expect(index.files.length).toBeGreaterThan(0);
      const bulk: TJson[] = [];
      for (const file of index.files) {
        const bytes = await readFile(path.join(dir, file.name));
        expect(bytes.length).toBe(file.size);
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(file.sha256);
        const pkg = JSON.parse(gunzipSync(bytes).toString("utf8"));
        expect(validateReleasePackage(pkg)).toEqual([]);
        expect(pkg.releases.length).toBe(file.releases);
        expect(pkg.publishedDate).toBe(file.lastModified);
        bulk.push(...pkg.releases);
      }
      // The same releases in the same order as the API builds them from whole processes (decision 0190): the bulk
      // export builds each from only the parts it names and carries the roles so far from page to page.
      const { releases } = await allReleases(100);
      expect(bulk).toEqual(releases);
      expect(JSON.parse(await readFile(path.join(dir, "index.json"), "utf8"))).toEqual(index);
      // Page by page (one and three releases a page) the roles carried across pages give the same releases.
      for (const size of [1, 3]) {
        const paged: TJson[] = [];
        for await (const page of releasesInOrder(size)) paged.push(...page);
        expect(paged).toEqual(releases);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("the demo dataset publishes valid packages without any director's or founder's IIN or name", { timeout: 120_000 }, async () => {
    await seedDemoAccounts();
    await seedDemoMoney();
    await seedDemoRegistry();
    await seedDemoFlags();
    const { releases, pages } = await allReleases(100);
    expect(releases.length).toBeGreaterThan(10);
    for (const page of pages) expect(validateReleasePackage(page)).toEqual([]);
    for (const r of releases) {
      expect(unresolvedReferences(r), r.id).toEqual([]);
      expect(duplicateIds(r), r.id).toEqual([]);
    }
    const text = JSON.stringify(pages);
    expect(twelveDigitNonBins(text)).toEqual([]);
    for (const person of await prisma().person.findMany()) {
      if (person.iin) expect(text).not.toContain(person.iin);
      expect(text).not.toContain(person.fullName);
    }
  });

  it("a reversed payment is a negative transaction: the contract's transactions sum to the ledger's net", async () => {
    const w = await buildWorld();
    const first = await concreteInvoice(w, { quantity: 100, price: 30_000 });
    await approveInvoice({ actor: w.alice, invoiceId: first.id });
    const second = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    await approveInvoice({ actor: w.alice, invoiceId: second.id });
    const payment = await prisma().transfer.findFirstOrThrow({ where: { documentType: "invoice", documentId: second.id } });
    await postReversal({ actor: w.alice, transferId: payment.id, reason: "Paid twice by mistake" });
    const record = await recordByOcid(`ocds-aiqyn0-${w.contract.id}`, ctx("/rec"));
    expect(validateRecordPackage(record)).toEqual([]);
    const transactions = record.records[0].compiledRelease.contracts[0].implementation.transactions;
    expect(transactions.map((t: TJson) => t.value.amount)).toEqual([3_000_000, 300_000, -300_000]);
    expect(transactions.reduce((sum: bigint, t: TJson) => sum + tiynOfAmount(t.value.amount), 0n)).toBe(T(3_000_000));
  });
});
