import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { listCsvFile } from "../../lib/exports/list-table";
import { ForbiddenError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { approvalQueueTable } from "../../lib/exports/more-list-csv";
import { listApprovalQueue, queueProjects } from "../../lib/invoices/list-approval-queue";
import { parseQueueFilters, queueFilterParams, type TQueueFilters } from "../../lib/invoices/queue-filters";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { createOrganization } from "../../lib/organizations/create-organization";
import { buildWorld, concreteInvoice, contractor, official, T } from "../support/ledger-fixtures";

// The official's invoice queue's filters (issue 19, decision 0153): status, project, contractor by name or BIN,
// amount and submission-day ranges, "needs my approval"; one URL is one filter state; the CSV holds exactly the
// filtered rows; an official sees only their ministry's invoices whatever the filters say.
describe("the invoice queue's filters", () => {
  it("filters by status, project, contractor, amount, day and 'needs my approval', and the CSV holds the same rows", async () => {
    const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
    const march = new Date("2026-03-10T06:00:00Z");
    const april = new Date("2026-04-15T06:00:00Z");
    const small = await concreteInvoice(w, { quantity: 10, price: 30_000, now: march }); // 300 000 ₸
    const middle = await concreteInvoice(w, { quantity: 50, price: 31_000, now: april }); // 1 550 000 ₸
    const big = await concreteInvoice(w, { quantity: 100, price: 30_000, now: april }); // 3 000 000 ₸: two approvals
    const gone = await concreteInvoice(w, { quantity: 1, price: 30_000, now: march });
    expect(await approveInvoice({ actor: w.alice, invoiceId: small.id })).toMatchObject({ status: "paid" });
    expect(await approveInvoice({ actor: w.alice, invoiceId: big.id })).toEqual({ status: "awaiting_second_approval" });
    await rejectInvoice({ actor: w.bob, invoiceId: gone.id, reason: "Act of completed works missing" });

    const numbers = async (url: string, actor = w.alice) => {
      const { filters } = parseQueueFilters(new URLSearchParams(url));
      return (await listApprovalQueue({ actor, filters, page: 1 })).rows.map((r) => r.number);
    };
    // By default what is pending; then each status, and all (never a draft).
    expect(await numbers("")).toEqual([middle.number, big.number]);
    expect(await numbers("status=paid")).toEqual([small.number]);
    expect(await numbers("status=rejected")).toEqual([gone.number]);
    expect(await numbers("status=approved")).toEqual([big.number]);
    expect((await numbers("status=all")).sort()).toEqual([small.number, middle.number, big.number, gone.number].sort());
    // Paid and rejected invoices have no standing for the official: nothing waits for them.
    const paid = await listApprovalQueue({ actor: w.alice, filters: { status: "paid" }, page: 1 });
    expect(paid.rows[0]).toMatchObject({ standing: null, status: "paid" });
    // "Needs my approval" is pending and not approved by me, whatever the status filter says.
    expect(await numbers("show=waiting")).toEqual([middle.number]);
    expect(await numbers("show=waiting&status=all")).toEqual([middle.number]);
    expect(await numbers("show=waiting&status=paid")).toEqual([]);
    expect(await numbers("show=waiting", w.bob)).toEqual([middle.number, big.number]);
    expect(await numbers("show=approved&status=all")).toEqual([small.number, big.number]);

    // Amounts in tenge as typed, both ends included; days of submission in Almaty, both included.
    expect(await numbers("status=all&min=1 550 000&max=3000000,00")).toEqual([middle.number, big.number]);
    expect(await numbers("status=all&max=300000")).toEqual([small.number, gone.number]);
    expect(await numbers("status=all&from=2026-04-15")).toEqual([middle.number, big.number]);
    expect(await numbers("status=all&to=2026-03-10")).toEqual([small.number, gone.number]);
    expect(await numbers("status=all&from=2026-03-11&to=2026-04-14")).toEqual([]);

    // Contractor by name in part (either case) or by BIN in part; project by id.
    const bin = (await prisma().organization.findUniqueOrThrow({ where: { id: w.general.id } })).bin!;
    expect(await numbers("contractor=stroy invest")).toEqual([middle.number, big.number]);
    expect(await numbers(`contractor=${bin.slice(0, 8)}`)).toEqual([middle.number, big.number]);
    expect(await numbers("contractor=Nobody LLP")).toEqual([]);
    expect(await numbers(`project=${w.project.id}`)).toEqual([middle.number, big.number]);
    expect(await numbers(`project=${w.project.id + 100000}`)).toEqual([]);
    expect((await queueProjects(w.alice)).map((p) => p.id)).toEqual([w.project.id]);

    // The CSV: exactly the filtered rows, every page, with the amount as a number and the status in words.
    const filters: Partial<TQueueFilters> = { status: "all", minTiyn: T(1_000_000) };
    const csv = listCsvFile(await approvalQueueTable({ actor: w.alice, filters, header: ["n", "c", "co", "bin", "p", "s", "a", "st"], statusLabel: (s) => `[${s}]` })).body;
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(middle.number);
    expect(lines[1]).toContain("1550000.00");
    expect(lines[1]).toContain("[submitted]");
    expect(lines[2]).toContain(big.number);
    expect(lines[2]).toContain("[approved]");
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: "invoices.queue.export" }, orderBy: { id: "desc" } });
    expect(audit.details).toMatchObject({ filters: { status: "all", min: "1000000.00" }, rows: 2 });
  });

  it("keeps other ministries' invoices out whatever the filters, refuses non-officials, and names unreadable filters", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Other ministry" } });
    const outsider = official(other.id, 9101);
    for (const filters of [{ status: "all" as const }, { projectId: w.project.id, status: "all" as const }, { contractor: "Almaty", q: invoice.number }]) {
      expect((await listApprovalQueue({ actor: outsider, filters, page: 1 })).total).toBe(0);
      expect(listCsvFile(await approvalQueueTable({ actor: outsider, filters, header: ["h"], statusLabel: String })).body.trim()).toBe("h");
    }
    expect(await queueProjects(outsider)).toEqual([]);
    await expect(listApprovalQueue({ actor: contractor(w.general.id, 9102), filters: {}, page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approvalQueueTable({ actor: contractor(w.general.id, 9102), filters: {}, header: [], statusLabel: String })).rejects.toBeInstanceOf(ForbiddenError);

    // Unreadable filters do not apply and are named; a reversed range drops its upper end.
    const { filters, ignored } = parseQueueFilters(new URLSearchParams("project=abc&min=12,345&max=-5&from=2026-02-30&to=yesterday&status=nonsense&show=everything"));
    expect(ignored).toEqual(["project", "min", "max", "from", "to"]);
    expect(filters).toEqual({ q: undefined, status: "pending", view: "all", projectId: undefined, contractor: undefined, minTiyn: undefined, maxTiyn: undefined, from: undefined, to: undefined });
    expect(parseQueueFilters({ min: "500", max: "100", from: "2026-05-01", to: "2026-04-01" })).toMatchObject({ filters: { minTiyn: T(500), maxTiyn: undefined, from: "2026-05-01", to: undefined }, ignored: ["max", "to"] });
    // One URL is one filter state: the parameters read back to the same filters.
    const full = parseQueueFilters({ q: "INV", status: "paid", show: "approved", project: "7", contractor: "Beton", min: "1 000", max: "2000,5", from: "2026-01-01", to: "2026-12-31" }).filters;
    expect(queueFilterParams(full)).toEqual({ q: "INV", status: "paid", show: "approved", project: "7", contractor: "Beton", min: "1000.00", max: "2000.50", from: "2026-01-01", to: "2026-12-31" });
    expect(parseQueueFilters(queueFilterParams(full)).filters).toEqual(full);
  });
});
