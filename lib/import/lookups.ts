// Finding what a bundle row refers to by its natural key (an e-mail, a BIN, a project code, an allocation
// reference, a contract or invoice number); a reference to nothing is a RowRefusal at the row's place. What was
// found is remembered for the rest of the run (a bundle names the same company, allocation, contract, estimate
// item thousands of times): only what the import never changes is kept — ids and natural keys — and a reference
// to nothing is asked again, since a later document may create it.
import "server-only";
import { SYSTEM_ACTOR, type TActor } from "../actor";
import { prisma } from "../db";
import { actorOf } from "../users/load-actor";
import { RowRefusal } from "./describe-refusal";
import { type TPlace } from "./import-run";
import { projectCodes } from "./project-codes";

type TDb = ReturnType<typeof prisma>;

type TOrganization = NonNullable<Awaited<ReturnType<TDb["organization"]["findUnique"]>>>;
type TColour = NonNullable<Awaited<ReturnType<TDb["colour"]["findUnique"]>>>;
type TEstimateItem = NonNullable<Awaited<ReturnType<TDb["estimateItem"]["findUnique"]>>>;
type TContract = NonNullable<Awaited<ReturnType<TDb["contract"]["findFirst"]>>>;
type TInvoice = { id: number };

export class BundleLookups {
  private readonly actors = new Map<string, TActor>();
  private readonly organizations = new Map<string, TOrganization>();
  private readonly colours = new Map<string, TColour>();
  /** A project's estimate items by code, read whole at the first mention of the project. */
  private readonly estimates = new Map<number, Map<string, TEstimateItem>>();
  private readonly contracts = new Map<string, TContract>();
  private readonly invoices = new Map<string, TInvoice>();

  private constructor(
    readonly db: TDb,
    private readonly codes: Map<string, number>,
  ) {}

  /** Loads the codes of the projects already in the database (an import may add to an earlier one). */
  static async load(db: TDb) {
    return new BundleLookups(db, new Map([...(await projectCodes())].map(([id, code]) => [code, id])));
  }

  async actorByEmail(place: TPlace, email: string): Promise<TActor> {
    const key = email.toLowerCase();
    const known = this.actors.get(key);
    if (known) return known;
    const user = await this.db.user.findUnique({ where: { email: key }, include: { organization: true } });
    if (!user) throw new RowRefusal(place.file, place.line, `No user with the e-mail ${email}: add them to users.csv.`);
    const actor = actorOf(user);
    this.actors.set(key, actor);
    return actor;
  }

  /** The user of the e-mail, or the system when the column is empty. */
  optionalActor(place: TPlace, email: string): Promise<TActor> {
    return email ? this.actorByEmail(place, email) : Promise.resolve(SYSTEM_ACTOR);
  }

  async organizationByBin(place: TPlace, column: string, bin: string, kind: "ministry" | "company") {
    const org = this.organizations.get(bin) ?? (await this.db.organization.findUnique({ where: { bin } }));
    if (org) this.organizations.set(bin, org);
    if (!org || (kind === "company" ? org.kind !== "company" : org.kind === "company")) {
      throw new RowRefusal(place.file, place.line, `Column ${column}: no ${kind === "company" ? "company" : "ministry"} with BIN ${bin} is registered.`);
    }
    return org;
  }

  hasProjectCode(code: string): boolean {
    return this.codes.has(code);
  }

  /** Remembers a project imported in this run, for the rows after it. */
  rememberProjectCode(code: string, projectId: number) {
    this.codes.set(code, projectId);
  }

  projectByCode(place: TPlace, code: string): number {
    const id = this.codes.get(code);
    if (!id) throw new RowRefusal(place.file, place.line, `Column project_code: no project with the code ${code}.`);
    return id;
  }

  async colourByRef(place: TPlace, ref: string) {
    const colour = this.colours.get(ref) ?? (await this.db.colour.findUnique({ where: { requestKey: ref } }));
    if (!colour) throw new RowRefusal(place.file, place.line, `Column allocation_ref: no allocation with the reference ${ref}.`);
    this.colours.set(ref, colour);
    return colour;
  }

  /** An item of the project's estimate (the estimate is never changed by an import once its project is in). */
  async estimateItem(place: TPlace, projectId: number, code: string) {
    let estimate = this.estimates.get(projectId);
    if (!estimate) {
      estimate = new Map((await this.db.estimateItem.findMany({ where: { projectId } })).map((i) => [i.code, i]));
      this.estimates.set(projectId, estimate);
    }
    const item = estimate.get(code);
    if (!item) throw new RowRefusal(place.file, place.line, `Column item_code: the project's estimate has no item ${code}.`);
    return item;
  }

  /**
   * The company's contract of that number (under that colour, when given). Only a contract found alone is kept:
   * a number that is missing or ambiguous is asked again, as the documents after may add contracts.
   */
  async contractByNumber(place: TPlace, binColumn: string, bin: string, numberColumn: string, number: string, colourId?: number) {
    const key = `${bin}|${number}|${colourId ?? ""}`;
    const known = this.contracts.get(key);
    if (known) return known;
    const found = await this.db.contract.findMany({ where: { number, contractor: { bin }, ...(colourId ? { colourId } : {}) } });
    if (found.length === 0) throw new RowRefusal(place.file, place.line, `Columns ${binColumn}, ${numberColumn}: no contract ${number} of the company with BIN ${bin}.`);
    if (found.length > 1) throw new RowRefusal(place.file, place.line, `Columns ${binColumn}, ${numberColumn}: the company with BIN ${bin} has ${found.length} contracts numbered ${number}.`);
    // Without a colour, kept only once no phase adds contracts any more (invoices and after): see lib/import/phases.
    if (colourId || this.contractsComplete) this.contracts.set(key, found[0]!);
    return found[0]!;
  }

  /** Set once the contracts phase is over: a contract found by number alone stays the only one of its number. */
  contractsComplete = false;

  /**
   * Reads every invoice's id by its company's BIN and number in one query (the decisions phase names each invoice at
   * least once: one query instead of one per invoice, decision 0246). A number found twice is left to invoiceByNumber.
   */
  async rememberInvoices() {
    const rows = await this.db.$queryRaw<{ id: number; number: string; bin: string | null }[]>`
      SELECT i.id, i.number, o.bin FROM invoice i JOIN contract c ON c.id = i.contract_id JOIN organization o ON o.id = c.contractor_id`;
    const seen = new Map<string, number>();
    for (const r of rows) {
      if (r.bin == null) continue;
      const key = `${r.bin}|${r.number}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      this.invoices.set(key, { id: r.id });
    }
    for (const [key, n] of seen) if (n > 1) this.invoices.delete(key);
  }

  async invoiceByNumber(place: TPlace, bin: string, number: string) {
    const key = `${bin}|${number}`;
    const invoice = this.invoices.get(key) ?? (await this.db.invoice.findFirst({ where: { number, contract: { contractor: { bin } } }, select: { id: true } }));
    if (!invoice) throw new RowRefusal(place.file, place.line, `Columns issuer_bin, invoice_number: no invoice ${number} of the company with BIN ${bin}.`);
    this.invoices.set(key, invoice);
    return invoice;
  }
}
