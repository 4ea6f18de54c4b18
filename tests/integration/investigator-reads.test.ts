import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { projectForOfficial, projectForReader } from "../../lib/allocations/allocation-options";
import { attachToCase, openCase } from "../../lib/cases/manage-case";
import { companyPageView } from "../../lib/contractors/company-view";
import { getCompany } from "../../lib/contractors/get-company";
import { listCompanies } from "../../lib/contractors/list-companies";
import { getCompanyContract } from "../../lib/contracts/company-contracts";
import { getContract } from "../../lib/contracts/get-contract";
import { contractPageView } from "../../lib/contracts/contract-view";
import { listContracts } from "../../lib/contracts/list-contracts";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { caseReportView } from "../../lib/cases/case-report";
import { entityLinks } from "../../lib/investigate/entity-links";
import { publishJournalHead } from "../../lib/journal/publication";
import { paymentOrderView } from "../../lib/investigate/payment-order";
import { searchEverything } from "../../lib/investigate/search-everything";
import { createOrganization } from "../../lib/organizations/create-organization";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { getCompanyInvoice } from "../../lib/invoices/company-invoices";
import { listInvoiceActs } from "../../lib/invoices/invoice-acts";
import { reviewInvoice } from "../../lib/invoices/review-invoice";
import { listProjectDocuments } from "../../lib/projects/project-documents";
import { getProjectOverview, listEstimateProgress, listEstimateRevisions, listProjectTimeline } from "../../lib/projects/project-overview";
import { formatTiyn } from "../../lib/money";
import { listProjects } from "../../lib/projects/list-projects";
import { actorWithRole } from "../support/actors";
import { buildWorld, company, concreteInvoice, contractor, official, paymentOf, T } from "../support/ledger-fixtures";

const investigator = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator" as const, userId: 4243, name: "Dana", isFinance: false, organizationId: null };
const sort = { column: "name", direction: "asc" } as const;

describe("investigators read every record (issue 19)", () => {
  it("opens every ministry's projects, contracts, invoices and the registry, without deciding anything", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w, { quantity: 10, price: 30_000 });

    const project = await projectForReader(investigator, w.project.id);
    expect(project.id).toBe(w.project.id);
    expect((await getProjectOverview({ actor: investigator, projectId: w.project.id })).contracts.total).toBe(2);
    expect((await listEstimateProgress({ actor: investigator, projectId: w.project.id, page: 1 })).total).toBe(3);
    expect((await listEstimateRevisions({ actor: investigator, projectId: w.project.id })).length).toBeGreaterThan(0);
    expect((await listProjectTimeline({ actor: investigator, projectId: w.project.id, page: 1 })).total).toBeGreaterThan(0);
    expect((await listProjectDocuments({ actor: investigator, projectId: w.project.id, page: 1 })).total).toBe(1);
    expect((await listProjects({ actor: investigator, page: 1, sort: { column: "name", direction: "asc" } })).rows.map((p) => p.id)).toContain(w.project.id);

    expect((await getContract({ actor: investigator, contractId: w.contract.id })).contract.id).toBe(w.contract.id);
    expect((await getContract({ actor: investigator, contractId: w.subcontract.id })).contract.id).toBe(w.subcontract.id);
    expect((await contractPageView({ actor: investigator, contractId: w.contract.id, locale: "en" })).number).toBe("GC-1");
    expect((await listContracts({ actor: investigator, kind: "sub", page: 1, sort: { column: "signed", direction: "desc" } })).total).toBe(1);

    expect((await getCompany({ actor: investigator, companyId: w.general.id })).contracts.total).toBe(1);
    expect((await companyPageView({ actor: investigator, companyId: w.general.id, locale: "en" })).name).toBe("Almaty Stroy Invest LLP");
    expect((await listCompanies({ actor: investigator, q: w.general.bin!, page: 1, sort })).rows.map((c) => c.id)).toEqual([w.general.id]);

    // The invoice reads as it stands: the investigator's reading counts as no approval, and they cannot approve.
    const review = await reviewInvoice({ actor: investigator, invoiceId: invoice.id });
    expect(review.alreadyApprovedByMe).toBe(false);
    expect(review.approvals).toEqual([]);
    expect(await listInvoiceActs({ actor: investigator, invoiceId: invoice.id })).toEqual([]);
    await expect(approveInvoice({ actor: investigator, invoiceId: invoice.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("submitted");
    // Writing paths stay the officials': the allocation's project lookup is "not found" to an investigator.
    await expect(projectForOfficial(investigator, w.project.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a contractor of another company gets not found; the officials' pages stay closed to contractors and admins", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    const stranger = await company("Stranger Trade LLP");
    const other = contractor(stranger.id, 7001);
    await expect(getCompanyContract({ actor: other, contractId: w.contract.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCompanyInvoice({ actor: other, invoiceId: invoice.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewInvoice({ actor: other, invoiceId: invoice.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listInvoiceActs({ actor: other, invoiceId: invoice.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(projectForReader(other, w.project.id)).rejects.toBeInstanceOf(NotFoundError);
    for (const actor of [other, actorWithRole("admin")]) {
      await expect(getContract({ actor, contractId: w.contract.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listProjects({ actor, page: 1, sort: { column: "name", direction: "asc" } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listCompanies({ actor, page: 1, sort })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("links an investigator from each record to its trace, flags and the cases that hold it; others get none", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    const opened = await openCase({ actor: investigator, input: { title: "Concrete prices" }, attach: { type: "project", id: String(w.project.id) } });
    await attachToCase({ actor: investigator, caseId: opened.id, item: { type: "company", id: String(w.general.id) } });

    const project = await entityLinks({ actor: investigator, ref: { kind: "project", id: w.project.id }, locale: "en" });
    expect(project!.links.map((l) => l.href)).toEqual([
      `/trace?subject=project%3A${w.project.id}&direction=forward`,
      `/trace?subject=project%3A${w.project.id}&direction=backward`,
      `/flags?project=${w.project.id}`,
      `/cases?attach=project:${w.project.id}#open`,
    ]);
    expect(project!.cases).toEqual([{ href: `/cases/${opened.id}`, label: `Case №${opened.id}: Concrete prices (Open)` }]);

    const contract = await entityLinks({ actor: investigator, ref: { kind: "contract", id: w.contract.id }, locale: "en" });
    expect(contract!.links.map((l) => l.href)).toContain(`/flags?company=${w.general.id}`);
    expect(contract!.cases.map((c) => c.href)).toEqual([`/cases/${opened.id}`]);
    const onInvoice = await entityLinks({ actor: investigator, ref: { kind: "invoice", id: invoice.id }, locale: "ru" });
    expect(onInvoice!.links.at(-1)).toEqual({ href: `/cases?attach=invoice:${invoice.id}#open`, label: "Открыть дело с этой записью" });
    expect(onInvoice!.cases).toEqual([]);

    expect(await entityLinks({ actor: w.alice, ref: { kind: "project", id: w.project.id }, locale: "en" })).toBeNull();
  });
});

/** A world with one paid invoice (10 m³ of concrete at 30 000 ₸, approved by alice) and its payment transfer. */
async function paidInvoiceWorld() {
  const w = await buildWorld();
  const invoice = await concreteInvoice(w, { quantity: 10, price: 30_000 });
  await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
  return { w, invoice, payment: await paymentOf(invoice.id) };
}

describe("one search across every record (issue 19)", () => {
  it("finds companies by name or BIN, projects, invoices by number and payments by transfer number, within the caller's scope", async () => {
    const { w, invoice, payment } = await paidInvoiceWorld();

    const byName = await searchEverything({ actor: investigator, q: "Almaty Stroy", locale: "en" });
    expect(byName.map((g) => g.kind)).toEqual(["companies", "projects", "invoices", "payments"]);
    expect(byName[0]!.rows.map((r) => r.href)).toEqual([`/contractors/${w.general.id}`]);
    const byBin = await searchEverything({ actor: investigator, q: w.sub.bin!, kind: "companies", locale: "en" });
    expect(byBin).toHaveLength(1);
    expect(byBin[0]!.rows.map((r) => r.title)).toEqual(["Beton Service KZ LLP"]);
    const byProject = await searchEverything({ actor: investigator, q: w.project.name, kind: "projects", locale: "en" });
    expect(byProject[0]!.rows.map((r) => r.href)).toEqual([`/projects/${w.project.id}`]);
    const byInvoice = await searchEverything({ actor: investigator, q: invoice.number, kind: "invoices", locale: "en" });
    expect(byInvoice[0]!.rows.map((r) => [r.href, r.amount])).toEqual([[`/invoices/${invoice.id}`, formatTiyn(T(300_000))]]);
    const byTransfer = await searchEverything({ actor: investigator, q: `#${payment.id}`, kind: "payments", locale: "en" });
    expect(byTransfer[0]!.rows.map((r) => [r.title, r.href])).toEqual([[`Transfer #${payment.id}`, `/trace?subject=transfer%3A${payment.id}&direction=backward`]]);
    expect(byTransfer[0]!.rows[0]!.detail).toContain(`${w.project.name} → Almaty Stroy Invest LLP`);

    // An official of the ministry finds the payment in the project's payments; another ministry's official does not.
    const own = await searchEverything({ actor: w.alice, q: String(payment.id), kind: "payments", locale: "en" });
    expect(own[0]!.rows.map((r) => r.href)).toEqual([`/projects/${w.project.id}/payments?q=${payment.id}`]);
    const health = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    const outsider = official(health.id, 901);
    const theirs = await searchEverything({ actor: outsider, q: invoice.number, locale: "en" });
    expect(theirs.find((g) => g.kind === "invoices")!.total).toBe(0);
    expect((await searchEverything({ actor: outsider, q: String(payment.id), kind: "payments", locale: "en" }))[0]!.total).toBe(0);
    expect((await searchEverything({ actor: outsider, q: "Almaty Stroy", kind: "companies", locale: "en" }))[0]!.total).toBe(1);

    expect(await searchEverything({ actor: investigator, q: "   ", locale: "en" })).toEqual([]);
    await expect(searchEverything({ actor: contractor(w.general.id, 7002), q: "Almaty", locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the print-ready case report (issue 19)", () => {
  it("holds the case, its flags and evidence, and re-checks the journal chains of the colours it touches", async () => {
    const { w, invoice, payment } = await paidInvoiceWorld();
    const opened = await openCase({ actor: investigator, input: { title: "Paid concrete", summary: "Prices at the ceiling" }, attach: { type: "transfer", id: String(payment.id) } });
    await attachToCase({ actor: investigator, caseId: opened.id, item: { type: "invoice", id: String(invoice.id) }, note: "The invoice paid" });

    const before = await publishJournalHead({ actor: SYSTEM_ACTOR });
    const report = await caseReportView({ actor: investigator, caseId: opened.id, locale: "en" });
    expect(report.case.title).toBe("Paid concrete");
    expect(report.flags).toEqual([]);
    expect(report.evidence.map((e) => e.key)).toEqual([`transfer:${payment.id}`, `invoice:${invoice.id}`]);
    expect(report.publication?.id).toBe(before.id);
    expect(report.chains).toHaveLength(1);
    const [chain] = report.chains;
    const entries = await prisma().journalEntry.count({ where: { chain: w.colour.id } });
    expect(chain).toMatchObject({ chain: w.colour.id, entries, isIntact: true, isPublishedIntact: true });
    expect(chain!.verdict).toBe(`Colour ${w.colour.id}: ${entries} entries intact up to entry ${entries}.`);
    expect(chain!.published).toBe(`Entry ${entries} matches the published head`);
    expect(await prisma().auditEvent.count({ where: { action: "case.report", subject: `case:${opened.id}` } })).toBe(1);

    await expect(caseReportView({ actor: w.alice, caseId: opened.id, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(caseReportView({ actor: investigator, caseId: opened.id + 1000, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the printable payment order (issue 19)", () => {
  it("names payer, payee, amount, colour, basis and the transfer's journal entry; other ministries read it as not found", async () => {
    const { w, invoice, payment } = await paidInvoiceWorld();
    const order = await paymentOrderView({ actor: w.alice, transferId: payment.id, locale: "en" });
    expect(order).toMatchObject({ id: String(payment.id), amount: formatTiyn(T(300_000)), kind: "Payment", basis: `Invoice ${invoice.number} under contract GC-1`, project: { text: w.project.name } });
    expect(order.payer.name.text).toBe(`Project account: ${w.project.name}`);
    expect(order.payee).toMatchObject({ name: { text: "Almaty Stroy Invest LLP" }, bin: w.general.bin });
    // Accounts as a reader knows them: the company's IBAN where it has one, never the ledger's key (issue 19).
    expect(`${order.payer.account} ${order.payee.account}`).not.toMatch(/project:|company:/);
    const entries = await prisma().journalEntry.findMany({ where: { chain: w.colour.id, kind: "transfer" } });
    const entry = entries.find((e) => String((JSON.parse(e.payload) as { transfer?: unknown }).transfer) === String(payment.id))!;
    expect(entry).toBeDefined();
    expect(order.journal).toEqual({ chain: w.colour.id, seq: entry.seq.toString(), hash: entry.hash, href: null });
    expect((await paymentOrderView({ actor: investigator, transferId: payment.id, locale: "en" })).journal?.href).toBe(`/journal/receipts/${w.colour.id}/${entry.seq}/view`);

    const health = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    await expect(paymentOrderView({ actor: official(health.id, 903), transferId: payment.id, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(paymentOrderView({ actor: contractor(w.general.id, 7004), transferId: payment.id, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(paymentOrderView({ actor: investigator, transferId: 987_654_321n, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
