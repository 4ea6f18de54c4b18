import "server-only";
import { inPages } from "../collections";
import { almatyDay } from "../dates";
import { prisma } from "../db";
import { writeAmount, writeDay, writeFlag, writeInstant, writePercent, writeQuantity } from "./cells";
import { writeCsv } from "./csv";
import { BUNDLE_FILES, ITEM_SEPARATOR, type TBundleFile } from "./format";
import { approvalRows, compareRows, exitRows, exportDebarments, exportPersonRelations, warnUnexportedTransfers } from "./export-history";
import { projectCodes } from "./project-codes";
import { ZStoredRules } from "../rules/stored-rules";

/** A name's forms in Russian, Kazakh and English: the name_ru, name_kk and name_en cells (decision 0230). */
const nameForms = (r: { nameRu: string | null; nameKk: string | null; nameEn: string | null }) => [r.nameRu ?? "", r.nameKk ?? "", r.nameEn ?? ""];

export type TExport = { files: Record<TBundleFile, string>; rows: Record<TBundleFile, number>; warnings: string[] };

// Every table with an included relation is read in pages (lib/collections.ts inPages): one read of a 100,000-invoice
// history passed the database's limit of parameters a statement.
/**
 * Writes the database back in the import format (docs/import-format.md), so that importing the result into an
 * empty database gives the same balances per colour and holder and the same open flags. What the format cannot
 * carry (releases, returns, reversals, top-ups, later rule versions, freezes, lifted debarments) is named in `warnings`.
 */
export async function exportBundle(): Promise<TExport> {
  const db = prisma();
  const warnings: string[] = [];
  const out = new Map<TBundleFile, string[][]>(BUNDLE_FILES.map((f) => [f.file, []]));
  const add = (file: TBundleFile, row: string[]) => out.get(file)!.push(row);

  // Users by e-mail, companies by BIN, contracts by colour and then id: the import registers accounts, companies and
  // the contracts of different projects side by side (decision 0249), so ids interleave differently from one import
  // to the next; in these orders export → import → export still gives identical files, and a subcontract still
  // follows its parent (same colour, written after it).
  const users = (await inPages((after, take) => db.user.findMany({ where: { id: { gt: after } }, take, orderBy: { id: "asc" }, include: { organization: true, person: true } }))).sort((x, y) => (x.email < y.email ? -1 : x.email > y.email ? 1 : 0));
  const emails = new Map(users.map((u) => [u.id, u.email]));
  const missing = new Set<number>();
  const email = (id: number | null) => {
    if (id == null) return "";
    const e = emails.get(id);
    if (!e) missing.add(id);
    return e ?? `unknown-user-${id}@invalid`;
  };

  const orgs = await inPages((after, take) => db.organization.findMany({ where: { id: { gt: after } }, take, orderBy: { id: "asc" }, include: { people: { include: { person: true }, orderBy: [{ personId: "asc" }, { role: "asc" }] } } }));
  const bins = new Map(orgs.map((o) => [o.id, o.bin ?? ""]));
  const byBin = (a: (typeof orgs)[number], b: (typeof orgs)[number]) => ((a.bin ?? "") < (b.bin ?? "") ? -1 : (a.bin ?? "") > (b.bin ?? "") ? 1 : a.id - b.id);
  for (const o of [...orgs.filter((x) => x.kind !== "company"), ...orgs.filter((x) => x.kind === "company").sort(byBin)]) {
    if (!o.bin) {
      warnings.push(`Organisation "${o.name}" has no BIN: it and everything that refers to it cannot be exported.`);
      continue;
    }
    if (o.kind !== "company") {
      add("organizations.csv", [o.bin, o.kind, o.name, o.nameRu ?? "", writeFlag(o.isFinance), o.nameKk ?? "", o.nameEn ?? ""]);
      continue;
    }
    add("companies.csv", [o.bin, o.name, o.nameRu ?? "", o.address ?? "", o.region ?? "", writeDay(o.registeredOn), o.bankAccount ?? ""]);
    for (const p of o.people) add("company-people.csv", [o.bin, p.person.iin ?? "", p.person.fullName, p.role, p.shareBp == null ? "" : writePercent(p.shareBp), writeDay(p.since)]);
  }

  for (const u of users) {
    if (u.role === "admin") continue;
    add("users.csv", [u.email, u.name, u.role, u.organization?.bin ?? "", u.person?.iin ?? ""]);
  }
  await exportPersonRelations(db, add, warnings);

  const lines = await db.budgetLine.findMany({ orderBy: { id: "asc" } });
  for (const l of lines) add("budget-lines.csv", [l.code, l.specifics, String(l.fiscalYear), l.name, bins.get(l.ministryId) ?? "", l.region ?? "", writeAmount(l.appropriatedTiyn), ...nameForms(l)]);

  const codes = await projectCodes();
  const projects = await inPages((after, take) => db.project.findMany({ where: { id: { gt: after } }, take, orderBy: { id: "asc" }, include: { estimateItems: { orderBy: { id: "asc" } } } }));
  for (const p of projects) {
    const code = codes.get(p.id)!;
    add("projects.csv", [code, p.name, p.region, p.address ?? "", bins.get(p.ministryId) ?? "", writeDay(p.startsOn), writeDay(p.endsOn), ...nameForms(p)]);
    for (const i of p.estimateItems) add("estimate-items.csv", [code, i.code, i.name, i.category, i.unit, writeQuantity(i.quantityMilli), writeAmount(i.ceilingUnitPriceTiyn), ...nameForms(i)]);
    if (p.estimateVersion > 1) warnings.push(`Project ${code}: the estimate is exported as it is now (version ${p.estimateVersion}); its history of changes is not.`);
  }

  const colours = await inPages((after, take) => db.colour.findMany({ where: { id: { gt: after } }, take, orderBy: { id: "asc" }, include: { budgetLine: true, rules: { orderBy: { version: "asc" } } } }));
  const refs = new Map(colours.map((c) => [c.id, c.requestKey ?? `A-${c.id}`]));
  const mintedAt = await firstMints(db);
  for (const c of colours) {
    const first = c.rules[0];
    if (!first) continue;
    const r = ZStoredRules.parse(first.rules);
    add("allocations.csv", [
      refs.get(c.id)!,
      c.budgetLine.code,
      c.budgetLine.specifics,
      String(c.budgetLine.fiscalYear),
      codes.get(c.projectId)!,
      writeAmount(c.mintedTiyn),
      almatyDay(c.expiresAt),
      r.allowedItemCodes === "all" ? "all" : r.allowedItemCodes.join(ITEM_SEPARATOR),
      writePercent(r.advanceLimitBp),
      writeAmount(BigInt(r.approvalThresholdTiyn)),
      r.exits.wages.allowed ? writePercent(r.exits.wages.maxShareBp) : "",
      r.exits.taxes.allowed ? writePercent(r.exits.taxes.maxShareBp) : "",
      first.reason,
      email(c.createdById), writeInstant(mintedAt.get(c.id)), // allocated_by, allocated_at
    ]);
    if (c.rules.length > 1) warnings.push(`Allocation ${refs.get(c.id)}: only its first rules are exported (it has ${c.rules.length} versions).`);
    if (c.isFrozen || c.isClosed) warnings.push(`Allocation ${refs.get(c.id)} is ${c.isClosed ? "closed" : "frozen"}: the format does not carry that.`);
  }

  const contracts = (await inPages((after, take) => db.contract.findMany({ where: { id: { gt: after } }, take, orderBy: { id: "asc" }, include: { items: { include: { estimateItem: true }, orderBy: { estimateItemId: "asc" } }, parent: true } }))).sort((a, b) => a.colourId - b.colourId || a.id - b.id);
  for (const k of contracts) {
    const bin = bins.get(k.contractorId) ?? "";
    add("contracts.csv", [bin, k.number, refs.get(k.colourId)!, k.parent ? (bins.get(k.parent.contractorId) ?? "") : "", k.parent?.number ?? "", writeAmount(k.valueTiyn), writeDay(k.signedOn), writeDay(k.endsOn), writeFlag(k.isFinalSupplier), email(k.createdById)]);
    for (const i of k.items) add("contract-items.csv", [bin, k.number, i.estimateItem.code, writeQuantity(i.quantityMilli), writeAmount(i.ceilingUnitPriceTiyn)]);
  }
  const contractNumbers = new Map(contracts.map((k) => [k.id, k.number]));

  const invoices = await inPages((after, take) => db.invoice.findMany({ where: { id: { gt: after } }, take, orderBy: { id: "asc" }, include: { lines: { orderBy: { id: "asc" }, include: { estimateItem: true } }, decisions: { orderBy: { id: "asc" } } } }));
  // In the order they were submitted (drafts last), those submitted at the same moment by issuer and number — not by
  // id: the import replays a few projects at once (decision 0215), so ids interleave projects differently from one
  // import to the next, and export → import → export must give the same files. Within a project this is the order
  // the rules judged them in (each submission against what was billed before it).
  const sortKey = (i: (typeof invoices)[number]) => ({ at: i.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY, row: [bins.get(i.issuerId) ?? "", i.number] });
  invoices.sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x.at - y.at || compareRows(x.row, y.row) || a.id - b.id;
  });
  for (const i of invoices) {
    const bin = bins.get(i.issuerId) ?? "";
    add("invoices.csv", [bin, i.number, contractNumbers.get(i.contractId)!, i.kind, writeDay(i.issuedOn), writeInstant(i.submittedAt), email(i.createdById)]);
    for (const l of i.lines) add("invoice-lines.csv", [bin, i.number, l.estimateItem.code, writeQuantity(l.quantityMilli), writeAmount(l.unitPriceTiyn)]);
  }

  approvalRows(invoices, add, bins, email, warnings);

  await exitRows(db, add, refs, bins, email);
  await exportDebarments(db, add);
  await warnUnexportedTransfers(db, warnings);
  if (missing.size) warnings.push(`${missing.size} user id(s) acted without a user record (${[...missing].slice(0, 5).join(", ")}): exported as unknown-user-<id>@invalid, which the import refuses.`);

  const files = {} as Record<TBundleFile, string>;
  const rows = {} as Record<TBundleFile, number>;
  for (const spec of BUNDLE_FILES) {
    files[spec.file] = writeCsv(spec.columns, out.get(spec.file)!);
    rows[spec.file] = out.get(spec.file)!.length;
  }
  return { files, rows, warnings };
}

/** Each colour's first mint (the money's arrival): the allocation's moment, as the import dates it (decision 0146). */
async function firstMints(db: ReturnType<typeof prisma>): Promise<Map<number, Date | null>> {
  const mints = await db.transfer.groupBy({ by: ["colourId"], where: { kind: "mint" }, _min: { createdAt: true } });
  return new Map(mints.map((m) => [m.colourId, m._min.createdAt]));
}
