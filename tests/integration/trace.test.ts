import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { exitCircuit } from "../../lib/contractors/exit-circuit";
import { traceMoney, type TTrace } from "../../lib/trace/trace";
import { tracePageView } from "../../lib/trace/trace-view";
import { buildWorld, concreteInvoice, T } from "../support/ledger-fixtures";

const investigator = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator" as const, userId: 4242 };

/** Links as "from → to: tenge" using node labels, for readable expectations. */
function flows(trace: TTrace) {
  const label = (key: string) => trace.nodes.find((n) => n.key === key)!;
  return trace.links.map((l) => `${label(l.from).kind}:${label(l.from).label} → ${label(l.to).kind}:${label(l.to).label} = ${Number(l.amountTiyn) / 100}`).sort();
}

async function paidWorld() {
  const w = await buildWorld();
  const first = await concreteInvoice(w, { quantity: 100, price: 30_000 }); // 3 000 000 ₸
  await approveInvoice({ actor: w.alice, invoiceId: first.id });
  const second = await concreteInvoice(w, { quantity: 50, price: 30_000 }); // 1 500 000 ₸
  await approveInvoice({ actor: w.alice, invoiceId: second.id });
  const sub = await concreteInvoice(w, { sub: true, quantity: 50, price: 30_000 }); // 1 500 000 ₸ down one tier
  await approveInvoice({ actor: w.gcUser, invoiceId: sub.id });
  await exitCircuit({ actor: w.gcUser, colourId: w.colour.id, organizationId: w.general.id, kind: "wages", amountTiyn: T(300_000), idempotencyKey: "wages-1" });
  const transfer = (invoiceId: number) => prisma().transfer.findFirstOrThrow({ where: { documentType: "invoice", documentId: invoiceId } });
  return { w, firstPayment: await transfer(first.id), subPayment: await transfer(sub.id) };
}

describe("tracing coloured money", () => {
  it("forward from a colour: every holder, what passed on, what left the circuit and what is still held", async () => {
    const { w } = await paidWorld();
    const trace = await traceMoney({ actor: investigator, subject: { kind: "colour", id: w.colour.id }, direction: "forward" });
    const line = `${w.line.code} / ${w.line.specifics}`;
    expect(flows(trace)).toEqual(
      [
        `line:${line} → colour:#${w.colour.id} = 1000000000`,
        `colour:#${w.colour.id} → project:${w.project.name} = 1000000000`,
        `project:${w.project.name} → company:Almaty Stroy Invest LLP = 4500000`,
        `company:Almaty Stroy Invest LLP → company:Beton Service KZ LLP = 1500000`,
        `company:Almaty Stroy Invest LLP → exit:wages = 300000`,
        `project:${w.project.name} → held:${w.project.name} = 995500000`,
        `company:Almaty Stroy Invest LLP → held:Almaty Stroy Invest LLP = 2700000`,
        `company:Beton Service KZ LLP → held:Beton Service KZ LLP = 1500000`,
      ].sort(),
    );
    expect(trace.roots).toEqual([`line:${w.line.id}`]);
  });

  it("backward from a subcontractor's payment: the exact chain it came through, to the tiyn", async () => {
    const { w, subPayment } = await paidWorld();
    const trace = await traceMoney({ actor: investigator, subject: { kind: "transfer", id: Number(subPayment.id) }, direction: "backward" });
    expect(flows(trace)).toEqual(
      [
        `line:${w.line.code} / ${w.line.specifics} → colour:#${w.colour.id} = 1500000`,
        `colour:#${w.colour.id} → project:${w.project.name} = 1500000`,
        `project:${w.project.name} → company:Almaty Stroy Invest LLP = 1500000`,
        `company:Almaty Stroy Invest LLP → company:Beton Service KZ LLP = 1500000`,
      ].sort(),
    );
    // The subcontractor was paid out of the first payment's lot (FIFO), not the second.
    expect(trace.transfers.map((t) => [t.kind, t.tracedTiyn])).toEqual([
      ["mint", T(1_500_000)],
      ["payment", T(1_500_000)],
      ["payment", T(1_500_000)],
    ]);
    // The page's view model: the chain as flows from the source, its transfers listed, the search finding the payment.
    const subject = { kind: "transfer" as const, id: Number(subPayment.id) };
    const view = await tracePageView({ actor: investigator, q: `#${subPayment.id}`, subject, direction: "backward", depth: 6, locale: "en" });
    expect(view.found?.map((r) => r.key)).toEqual(["t"]);
    expect(view.found?.[0]).toMatchObject({ subject, name: `Transfer #${subPayment.id}` });
    expect(view.trace?.flows.map((f) => f.from)).toEqual([`${w.line.code} / ${w.line.specifics}`, `Colour #${w.colour.id}`, w.project.name, "Almaty Stroy Invest LLP"]);
    expect(view.trace?.flows.at(-1)?.to.text).toBe("Beton Service KZ LLP");
    expect(view.trace?.transfers.map((x) => x.traced)).toHaveLength(3);
    expect(view.trace).toMatchObject({ subjectKey: `transfer:${subPayment.id}`, hiddenFlows: 0, openCaseHref: `/cases?attach=transfer:${subPayment.id}#open` });
  });

  it("forward from one payment and from a company: followed lot by lot, shares exact", async () => {
    const { w, firstPayment } = await paidWorld();
    const payment = await traceMoney({ actor: investigator, subject: { kind: "transfer", id: Number(firstPayment.id) }, direction: "forward" });
    // 3 000 000 paid first: FIFO sends the 1 500 000 to the subcontractor and the 300 000 of wages out of it.
    expect(flows(payment)).toEqual(
      [
        `project:${w.project.name} → company:Almaty Stroy Invest LLP = 3000000`,
        `company:Almaty Stroy Invest LLP → company:Beton Service KZ LLP = 1500000`,
        `company:Almaty Stroy Invest LLP → exit:wages = 300000`,
        `company:Almaty Stroy Invest LLP → held:Almaty Stroy Invest LLP = 1200000`,
        `company:Beton Service KZ LLP → held:Beton Service KZ LLP = 1500000`,
      ].sort(),
    );
    const company = await traceMoney({ actor: investigator, subject: { kind: "company", id: w.general.id }, direction: "forward" });
    const total = (t: TTrace, to: string) => t.links.filter((l) => l.to === to).reduce((a, l) => a + l.amountTiyn, 0n);
    expect(total(company, `company:${w.general.id}`)).toBe(T(4_500_000));
    expect(total(company, `held:company:${w.general.id}`)).toBe(T(2_700_000));
    const back = await traceMoney({ actor: investigator, subject: { kind: "company", id: w.sub.id }, direction: "backward" });
    expect(total(back, `company:${w.sub.id}`)).toBe(T(1_500_000));
    expect(total(back, `colour:${w.colour.id}`)).toBe(T(1_500_000));
  });

  it("is for investigators, and a missing subject is not found", async () => {
    const { w } = await paidWorld();
    await expect(traceMoney({ actor: w.alice, subject: { kind: "colour", id: w.colour.id }, direction: "forward" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(traceMoney({ actor: investigator, subject: { kind: "transfer", id: 999_999 }, direction: "forward" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(traceMoney({ actor: investigator, subject: { kind: "company", id: 999_999 }, direction: "backward" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
