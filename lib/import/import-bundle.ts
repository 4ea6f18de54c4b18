import "server-only";
import { actorOf } from "../users/load-actor";
import crypto from "node:crypto";
import { SYSTEM_ACTOR, type TActor } from "../actor";
import { allocateColour } from "../allocations/allocate-colour";
import { normalizeBudgetCode } from "../budget/budget-code";
import { createBudgetLine } from "../budget/create-budget-line";
import { registerSubcontract } from "../company/register-subcontract";
import { saveInvoice, withdrawInvoice } from "../company/save-invoice";
import { registerCompany } from "../contractors/register-company";
import { createContract } from "../contracts/create-contract";
import { createGeneralContract } from "../contracts/create-general-contract";
import { endOfAlmatyDay } from "../dates";
import { prisma } from "../db";
import { approveInvoice } from "../invoices/approve-invoice";
import { rejectInvoice } from "../invoices/reject-invoice";
import { RuleRefusal } from "../ledger/refusal";
import { writeQuantity } from "./cells";
import { createOrganization } from "../organizations/create-organization";
import { createProject } from "../projects/create-project";
import { ZProjectFields } from "../projects/create-project-from-csv";
import { canonicalUnit } from "../projects/units";
import { createUser } from "../users/create-user";
import { amount, CellProblem, choice, day, flag, instant, percentBp, quantity, text, type TRow } from "./cells";
import { CsvSyntaxError, readCsv, type TCsvRecord } from "./csv";
import { describeRefusal, RowRefusal } from "./describe-refusal";
import { BUNDLE_FILES, ITEM_SEPARATOR, type TBundleFile } from "./format";
import { projectCodes, recordProjectCode } from "./project-codes";

export type TRefusal = { file: string; line: number; reason: string };
export type TFileReport = { file: string; applied: number; refused: number };
export type TImportReport = { files: TFileReport[]; refusals: TRefusal[] };

type TPlace = { file: TBundleFile; line: number };
type TDocument = { head: TPlace; row: TRow; children: (TPlace & { row: TRow })[] };

const day0 = (d: string) => new Date(`${d}T00:00:00Z`);

/**
 * Replays a bundle (file name → CSV text) through the same lib use cases the UI calls, in the bundle's fixed
 * order; within a file, rows in file order. One document (a company with its people, a project with its
 * estimate, a contract with its items, an invoice with its lines, one decision) is one lib call: applied
 * whole or refused whole, with the file, line and reason of the refusal. Nothing is copied into the ledger:
 * payments are posted by approving invoices. `onFile` hears each file's counts as it finishes.
 */
export async function importBundle({ files, onFile }: { files: Readonly<Record<string, string>>; onFile?: (report: TFileReport) => void }): Promise<TImportReport> {
  const db = prisma();
  const refusals: TRefusal[] = [];
  const counts = new Map<TBundleFile, TFileReport>(BUNDLE_FILES.map((f) => [f.file, { file: f.file, applied: 0, refused: 0 }]));
  const tables = new Map<TBundleFile, TCsvRecord[]>();

  for (const spec of BUNDLE_FILES) {
    const body = files[spec.file];
    if (body === undefined) {
      tables.set(spec.file, []);
      continue;
    }
    try {
      const table = readCsv(body);
      const missing = spec.columns.filter((c) => !table.header.includes(c));
      if (missing.length) throw new CsvSyntaxError(1, `the header lacks the column(s) ${missing.join(", ")}`);
      tables.set(spec.file, table.records);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      // A file that cannot be read is refused whole: none of its rows are applied.
      const lines = body.split(/\r?\n/).filter((l) => l.trim()).length - 1;
      refusals.push({ file: spec.file, line: error.line, reason: `The file cannot be read: ${error.message}. None of its rows were applied.` });
      counts.get(spec.file)!.refused += Math.max(lines, 0);
      tables.set(spec.file, []);
    }
  }
  const rows = (file: TBundleFile) => tables.get(file)!.map((r) => ({ file, line: r.line, row: r.values }));

  /** Groups a child file's rows under their parent's key; rows of parents not in the bundle are refused. */
  function documents(parentFile: TBundleFile, parentKey: (r: TRow) => string, childFile: TBundleFile | null, childKey: (r: TRow) => string, what: (key: string) => string): TDocument[] {
    const docs: TDocument[] = [];
    const byKey = new Map<string, TDocument>();
    for (const { file, line, row } of rows(parentFile)) {
      const doc: TDocument = { head: { file, line }, row, children: [] };
      docs.push(doc);
      const key = parentKey(row);
      if (byKey.has(key)) {
        const first = byKey.get(key)!.head;
        (doc as TDocument & { duplicateOf?: TPlace }).duplicateOf = first;
      } else byKey.set(key, doc);
    }
    if (childFile) {
      for (const child of rows(childFile)) {
        const doc = byKey.get(childKey(child.row));
        if (doc) doc.children.push(child);
        else refuse({ file: child.file, line: child.line }, `No ${what(childKey(child.row))} in ${parentFile}: the row belongs to nothing.`);
      }
    }
    return docs;
  }

  function refuse(place: TPlace, reason: string, others: readonly TPlace[] = []) {
    refusals.push({ file: place.file, line: place.line, reason });
    counts.get(place.file)!.refused++;
    for (const o of others) counts.get(o.file)!.refused++;
  }

  /** Runs one document; a refusal is reported at the row it concerns (a child row when known), the whole document counted refused. */
  async function apply(doc: TDocument, run: () => Promise<unknown>, lineRows?: readonly TPlace[]) {
    const all: TPlace[] = [doc.head, ...doc.children];
    const duplicateOf = (doc as TDocument & { duplicateOf?: TPlace }).duplicateOf;
    try {
      if (duplicateOf) throw new RowRefusal(doc.head.file, doc.head.line, `The same record is already on line ${duplicateOf.line} of ${duplicateOf.file}.`);
      await run();
      for (const p of all) counts.get(p.file)!.applied++;
    } catch (error) {
      let at: TPlace = doc.head;
      if (error instanceof RowRefusal) at = { file: error.file as TBundleFile, line: error.line };
      else if (error instanceof RuleRefusal && lineRows) {
        const index = error.violations.find((v) => v.line !== undefined)?.line;
        if (index !== undefined && lineRows[index]) at = lineRows[index]!;
      }
      let reason = describeRefusal(error, `import ${doc.head.file}:${doc.head.line}`);
      if (all.length > 1) reason += ` (nothing of this record was applied: ${describeParts(all)})`;
      refuse(at, reason, all.filter((p) => p !== at && !(p.file === at.file && p.line === at.line)));
    }
  }

  /** Reads a child row, reporting a bad cell at the child's own line. */
  function cell<T>(place: TPlace, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof CellProblem) throw new RowRefusal(place.file, place.line, error.message);
      throw error;
    }
  }

  // ── Lookups by natural key ──
  const actors = new Map<string, TActor>();
  async function actorByEmail(place: TPlace, email: string): Promise<TActor> {
    const key = email.toLowerCase();
    const known = actors.get(key);
    if (known) return known;
    const user = await db.user.findUnique({ where: { email: key }, include: { organization: true } });
    if (!user) throw new RowRefusal(place.file, place.line, `No user with the e-mail ${email}: add them to users.csv.`);
    const actor = actorOf(user);
    actors.set(key, actor);
    return actor;
  }
  const optionalActor = (place: TPlace, email: string) => (email ? actorByEmail(place, email) : Promise.resolve(SYSTEM_ACTOR));

  async function organizationByBin(place: TPlace, column: string, bin: string, kind: "ministry" | "company") {
    const org = await db.organization.findUnique({ where: { bin } });
    if (!org || (kind === "company" ? org.kind !== "company" : org.kind === "company")) {
      throw new RowRefusal(place.file, place.line, `Column ${column}: no ${kind === "company" ? "company" : "ministry"} with BIN ${bin} is registered.`);
    }
    return org;
  }

  const codes = new Map([...(await projectCodes())].map(([id, code]) => [code, id]));
  function projectByCode(place: TPlace, code: string): number {
    const id = codes.get(code);
    if (!id) throw new RowRefusal(place.file, place.line, `Column project_code: no project with the code ${code}.`);
    return id;
  }

  async function colourByRef(place: TPlace, ref: string) {
    const colour = await db.colour.findUnique({ where: { requestKey: ref } });
    if (!colour) throw new RowRefusal(place.file, place.line, `Column allocation_ref: no allocation with the reference ${ref}.`);
    return colour;
  }

  async function estimateItem(place: TPlace, projectId: number, code: string) {
    const item = await db.estimateItem.findUnique({ where: { projectId_code: { projectId, code } } });
    if (!item) throw new RowRefusal(place.file, place.line, `Column item_code: the project's estimate has no item ${code}.`);
    return item;
  }

  async function contractByNumber(place: TPlace, binColumn: string, bin: string, numberColumn: string, number: string, colourId?: number) {
    const found = await db.contract.findMany({ where: { number, contractor: { bin }, ...(colourId ? { colourId } : {}) } });
    if (found.length === 0) throw new RowRefusal(place.file, place.line, `Columns ${binColumn}, ${numberColumn}: no contract ${number} of the company with BIN ${bin}.`);
    if (found.length > 1) throw new RowRefusal(place.file, place.line, `Columns ${binColumn}, ${numberColumn}: the company with BIN ${bin} has ${found.length} contracts numbered ${number}.`);
    return found[0]!;
  }

  async function invoiceByNumber(place: TPlace, bin: string, number: string) {
    const invoice = await db.invoice.findFirst({ where: { number, contract: { contractor: { bin } } } });
    if (!invoice) throw new RowRefusal(place.file, place.line, `Columns issuer_bin, invoice_number: no invoice ${number} of the company with BIN ${bin}.`);
    return invoice;
  }

  const finish = (...files: TBundleFile[]) => {
    for (const f of files) onFile?.(counts.get(f)!);
  };

  // ── organizations.csv: ministries, the treasury, the agency ──
  for (const doc of documents("organizations.csv", (r) => text(r, "bin", { required: false }), null, () => "", () => "")) {
    await apply(doc, () =>
      createOrganization({
        actor: SYSTEM_ACTOR,
        input: { kind: choice(doc.row, "kind", ["ministry", "treasury", "agency"] as const), bin: text(doc.row, "bin"), name: text(doc.row, "name"), nameRu: text(doc.row, "name_ru", { required: false }) || undefined, isFinance: flag(doc.row, "is_finance") },
      }),
    );
  }
  finish("organizations.csv");

  // ── companies.csv with company-people.csv ──
  for (const doc of documents("companies.csv", (r) => (r.bin ?? "").trim(), "company-people.csv", (r) => (r.company_bin ?? "").trim(), (k) => `company with BIN ${k}`)) {
    await apply(doc, () =>
      registerCompany({
        actor: SYSTEM_ACTOR,
        input: {
          bin: text(doc.row, "bin"),
          name: text(doc.row, "name"),
          nameRu: text(doc.row, "name_ru", { required: false }),
          address: text(doc.row, "address"),
          region: text(doc.row, "region") as never,
          registeredOn: text(doc.row, "registered_on"),
          bankAccount: text(doc.row, "bank_account"),
          people: doc.children.map((c) => ({ fullName: text(c.row, "full_name", { required: false }), iin: text(c.row, "iin", { required: false }), role: text(c.row, "role", { required: false }) as never, share: text(c.row, "share_percent", { required: false }) })),
        },
      }),
    );
  }
  finish("companies.csv", "company-people.csv");

  // ── users.csv: officials and company staff who signed, submitted or decided something ──
  for (const doc of documents("users.csv", (r) => (r.email ?? "").trim().toLowerCase(), null, () => "", () => "")) {
    await apply(doc, async () => {
      const role = choice(doc.row, "role", ["official", "contractor", "investigator"] as const);
      const bin = text(doc.row, "organization_bin");
      const org = await db.organization.findUnique({ where: { bin } });
      if (!org) throw new RowRefusal(doc.head.file, doc.head.line, `Column organization_bin: no organisation with BIN ${bin} is registered.`);
      // Migrated accounts get a password nobody knows: an administrator hands out access later.
      await createUser({ actor: SYSTEM_ACTOR, input: { name: text(doc.row, "name"), email: text(doc.row, "email"), role, organizationId: org.id, companyBin: null, password: crypto.randomBytes(24).toString("base64url") } });
    });
  }
  finish("users.csv");

  // ── budget-lines.csv ──
  for (const doc of documents("budget-lines.csv", (r) => `${normalizeBudgetCode(r.code ?? "") ?? r.code}|${r.specifics}|${r.fiscal_year}`, null, () => "", () => "")) {
    await apply(doc, async () => {
      const ministry = await organizationByBin(doc.head, "ministry_bin", text(doc.row, "ministry_bin"), "ministry");
      await createBudgetLine({
        actor: SYSTEM_ACTOR,
        input: { code: text(doc.row, "code"), specifics: text(doc.row, "specifics"), fiscalYear: text(doc.row, "fiscal_year"), name: text(doc.row, "name"), ministryId: ministry.id, region: (text(doc.row, "region", { required: false }) || null) as never, appropriatedTiyn: amount(doc.row, "appropriated") },
      });
    });
  }
  finish("budget-lines.csv");

  // ── projects.csv with estimate-items.csv ──
  for (const doc of documents("projects.csv", (r) => (r.project_code ?? "").trim(), "estimate-items.csv", (r) => (r.project_code ?? "").trim(), (k) => `project with the code ${k}`)) {
    await apply(doc, async () => {
      const code = text(doc.row, "project_code");
      if (codes.has(code)) throw new RowRefusal(doc.head.file, doc.head.line, `Column project_code: a project with the code ${code} already exists.`);
      const ministry = await organizationByBin(doc.head, "ministry_bin", text(doc.row, "ministry_bin"), "ministry");
      const fields = ZProjectFields.parse({ name: doc.row.name ?? "", region: text(doc.row, "region"), address: (doc.row.address ?? "").trim(), ministryId: ministry.id, startsOn: day(doc.row, "starts_on", { required: false }) ?? "", endsOn: day(doc.row, "ends_on", { required: false }) ?? "" });
      const seen = new Map<string, number>();
      const items = doc.children.map((c) =>
        cell(c, () => {
          const itemCode = text(c.row, "item_code");
          if (seen.has(itemCode)) throw new CellProblem("item_code", `item ${itemCode} is already on line ${seen.get(itemCode)}.`);
          seen.set(itemCode, c.line);
          const unit = canonicalUnit(text(c.row, "unit"));
          if (!unit) throw new CellProblem("unit", `"${c.row.unit}" is not a unit we know (м3, м2, м, т, кг, шт, комплект, …).`);
          return { code: itemCode, name: text(c.row, "name"), category: text(c.row, "category"), unit, quantityMilli: quantity(c.row, "quantity"), ceilingUnitPriceTiyn: amount(c.row, "ceiling_unit_price") };
        }),
      );
      if (items.length === 0) throw new RowRefusal(doc.head.file, doc.head.line, `The project ${code} has no rows in estimate-items.csv.`);
      const project = await createProject({
        actor: SYSTEM_ACTOR,
        input: { ...fields, address: fields.address || null, startsOn: fields.startsOn ? day0(fields.startsOn) : null, endsOn: fields.endsOn ? day0(fields.endsOn) : null, items },
      });
      await recordProjectCode(project.id, code);
      codes.set(code, project.id);
    });
  }
  finish("projects.csv", "estimate-items.csv");

  // ── allocations.csv: one colour each, with its purpose rules ──
  for (const doc of documents("allocations.csv", (r) => (r.allocation_ref ?? "").trim(), null, () => "", () => "")) {
    await apply(doc, async () => {
      const r = doc.row;
      const ref = text(r, "allocation_ref");
      if (await db.colour.findUnique({ where: { requestKey: ref } })) throw new RowRefusal(doc.head.file, doc.head.line, `Column allocation_ref: an allocation with the reference ${ref} already exists.`);
      const code = normalizeBudgetCode(text(r, "budget_code"));
      const year = Number(text(r, "fiscal_year"));
      const line = code ? await db.budgetLine.findUnique({ where: { code_specifics_fiscalYear: { code, specifics: text(r, "specifics"), fiscalYear: year } } }) : null;
      if (!line) throw new RowRefusal(doc.head.file, doc.head.line, `Columns budget_code, specifics, fiscal_year: no budget line ${r.budget_code} / ${r.specifics} for ${r.fiscal_year}.`);
      const projectId = projectByCode(doc.head, text(r, "project_code"));
      const allowed = text(r, "allowed_items");
      const wages = percentBp(r, "wages_share_percent");
      const taxes = percentBp(r, "taxes_share_percent");
      const actor = await optionalActor(doc.head, text(r, "allocated_by", { required: false }));
      await allocateColour({
        actor,
        input: {
          budgetLineId: line.id,
          projectId,
          amountTiyn: amount(r, "amount"),
          expiresAt: endOfAlmatyDay(day(r, "expires_on")!),
          reason: text(r, "reason"),
          requestKey: ref,
          rules: {
            allowedItemCodes: allowed === "all" ? "all" : [...new Set(allowed.split(ITEM_SEPARATOR).map((s) => s.trim()).filter(Boolean))].sort(),
            advanceLimitBp: percentBp(r, "advance_limit_percent") ?? 0,
            approvalThresholdTiyn: amount(r, "approval_threshold", { allowZero: true }),
            exits: { wages: { allowed: wages !== null, maxShareBp: wages ?? 0 }, taxes: { allowed: taxes !== null, maxShareBp: taxes ?? 0 } },
          },
        },
      });
    });
  }
  finish("allocations.csv");

  // ── contracts.csv with contract-items.csv: general contracts and subcontracts ──
  const contractKey = (bin: string | undefined, number: string | undefined) => `${(bin ?? "").trim()}|${(number ?? "").trim()}`;
  for (const doc of documents("contracts.csv", (r) => contractKey(r.contractor_bin, r.contract_number), "contract-items.csv", (r) => contractKey(r.contractor_bin, r.contract_number), (k) => `contract ${k.replace("|", " of BIN ")}`)) {
    await apply(doc, async () => {
      const r = doc.row;
      const colour = await colourByRef(doc.head, text(r, "allocation_ref"));
      const number = text(r, "contract_number");
      const contractorBin = text(r, "contractor_bin");
      const signer = text(r, "signed_by", { required: false });
      const parentBin = text(r, "parent_contractor_bin", { required: false });
      const items = [];
      for (const c of doc.children) {
        const item = await cell(c, () => estimateItem(c, colour.projectId, text(c.row, "item_code")));
        items.push({ place: c, item, row: c.row });
      }
      if (!parentBin) {
        // A general contract: the official's form, with the quantities and prices as typed.
        await createGeneralContract({
          actor: await optionalActor(doc.head, signer),
          input: {
            colourId: colour.id,
            contractorBin,
            number,
            value: text(r, "value"),
            signedOn: day(r, "signed_on")!,
            endsOn: day(r, "ends_on", { required: false }) ?? "",
            items: items.map((i) => ({ include: true, estimateItemId: i.item.id, quantity: cell(i.place, () => writeQuantity(quantity(i.row, "quantity"))), price: cell(i.place, () => text(i.row, "ceiling_unit_price")) })),
          },
        });
        return;
      }
      const parent = await contractByNumber(doc.head, "parent_contractor_bin", parentBin, "parent_contract_number", text(r, "parent_contract_number"), colour.id);
      const input = {
        number,
        valueTiyn: amount(r, "value"),
        signedOn: day0(day(r, "signed_on")!),
        endsOn: day(r, "ends_on", { required: false }) ? day0(day(r, "ends_on")!) : null,
        isFinalSupplier: flag(r, "is_final_supplier"),
        items: items.map((i) => cell(i.place, () => ({ estimateItemId: i.item.id, quantityMilli: quantity(i.row, "quantity"), ceilingUnitPriceTiyn: amount(i.row, "ceiling_unit_price") }))),
      };
      if (signer) {
        await registerSubcontract({ actor: await actorByEmail(doc.head, signer), input: { ...input, parentId: parent.id, bin: contractorBin } });
      } else {
        const company = await organizationByBin(doc.head, "contractor_bin", contractorBin, "company");
        await createContract({ actor: SYSTEM_ACTOR, input: { ...input, colourId: colour.id, contractorId: company.id, parentId: parent.id } });
      }
    });
  }
  finish("contracts.csv", "contract-items.csv");

  // ── invoices.csv with invoice-lines.csv: submitted at their own moment (or kept as drafts) ──
  const invoiceKey = (bin: string | undefined, number: string | undefined) => `${(bin ?? "").trim()}|${(number ?? "").trim()}`;
  for (const doc of documents("invoices.csv", (r) => invoiceKey(r.issuer_bin, r.invoice_number), "invoice-lines.csv", (r) => invoiceKey(r.issuer_bin, r.invoice_number), (k) => `invoice ${k.replace("|", " of BIN ")}`)) {
    await apply(
      doc,
      async () => {
        const r = doc.row;
        const bin = text(r, "issuer_bin");
        const number = text(r, "invoice_number");
        const contract = await contractByNumber(doc.head, "issuer_bin", bin, "contract_number", text(r, "contract_number"));
        const actor = await actorByEmail(doc.head, text(r, "submitted_by"));
        const submittedAt = instant(r, "submitted_at", { required: false });
        const lines = [];
        for (const c of doc.children) {
          const item = await cell(c, () => estimateItem(c, contract.projectId, text(c.row, "item_code")));
          lines.push(cell(c, () => ({ estimateItemId: item.id, quantityMilli: quantity(c.row, "quantity"), unitPriceTiyn: amount(c.row, "unit_price") })));
        }
        await saveInvoice({
          actor,
          now: submittedAt ?? new Date(),
          input: { contractId: contract.id, number, kind: choice(r, "kind", ["work", "advance"] as const), issuedOn: day0(day(r, "issued_on")!), lines, submissionKey: `import:${bin}:${number}`, intent: submittedAt ? "submit" : "draft" },
        });
      },
      doc.children,
    );
  }
  finish("invoices.csv", "invoice-lines.csv");

  // ── approvals.csv: every decision in order; the approval that completes an invoice's approvals pays it ──
  for (const { file, line, row } of rows("approvals.csv")) {
    const doc: TDocument = { head: { file, line }, row, children: [] };
    await apply(doc, async () => {
      const invoice = await invoiceByNumber(doc.head, text(row, "issuer_bin"), text(row, "invoice_number"));
      const actor = await actorByEmail(doc.head, text(row, "decided_by"));
      const decision = choice(row, "decision", ["approve", "reject", "withdraw"] as const);
      const at = instant(row, "decided_at");
      if (decision === "approve") await approveInvoice({ actor, invoiceId: invoice.id, now: at ?? new Date() });
      else if (decision === "reject") await rejectInvoice({ actor, invoiceId: invoice.id, reason: text(row, "reason"), now: at ?? new Date() });
      else await withdrawInvoice({ actor, invoiceId: invoice.id });
    });
  }
  finish("approvals.csv");

  return { files: [...counts.values()], refusals };
}

function describeParts(places: readonly TPlace[]): string {
  const byFile = new Map<string, number>();
  for (const p of places) byFile.set(p.file, (byFile.get(p.file) ?? 0) + 1);
  return [...byFile].map(([file, n]) => `${n} row${n === 1 ? "" : "s"} of ${file}`).join(", ");
}
