import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { createOrganization } from "../../lib/organizations/create-organization";
import { colourStatement } from "../../lib/projects/colour-statement";
import { actorWithRole } from "../support/actors";
import { balanceOf, buildWorld, concreteInvoice, contractor, official, T } from "../support/ledger-fixtures";

const investigator = { ...actorWithRole("investigator"), userId: 4246 };

describe("the statement per colour (issue 19, decision 0192)", () => {
  it("lists every movement of the project account with a running balance that closes on the ledger's balance", async () => {
    const w = await buildWorld();
    for (const quantity of [100, 40]) {
      const invoice = await concreteInvoice(w, { quantity, price: 30_000 });
      await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
    }
    const { colour, statement: s } = await colourStatement({ actor: w.alice, colourId: w.colour.id });
    expect(colour.id).toBe(w.colour.id);
    const ledger = await balanceOf(w.colour.id, `project:${w.project.id}`);
    expect(ledger).toBe(T(1_000_000_000 - 3_000_000 - 1_200_000));
    expect(s.closingTiyn).toBe(ledger);
    expect(s.isBalanced).toBe(true);
    expect(s.movements.at(-1)!.balanceTiyn).toBe(ledger);
    expect(s.movements.map((m) => [m.kind, m.inTiyn, m.outTiyn])).toEqual([
      ["mint", T(1_000_000_000), 0n],
      ["payment", 0n, T(3_000_000)],
      ["payment", 0n, T(1_200_000)],
    ]);
    expect(s.movements[1]!.counterparty.name).toBe("Almaty Stroy Invest LLP");
    expect({ opening: s.openingTiyn, minted: s.mintedTiyn, incoming: s.incomingTiyn, outgoing: s.outgoingTiyn, count: s.movementCount, truncated: s.isTruncated }).toEqual({
      opening: 0n,
      minted: T(1_000_000_000),
      incoming: T(1_000_000_000),
      outgoing: T(4_200_000),
      count: 3,
      truncated: false,
    });
    const head = await prisma().journalHead.findUniqueOrThrow({ where: { chain: w.colour.id } });
    expect(s.head).toMatchObject({ chain: w.colour.id, seq: head.seq.toString(), hash: head.hash });
    expect(await prisma().auditEvent.count({ where: { action: "colour.statement.read", subject: `colour:${w.colour.id}` } })).toBe(1);
  });

  it("reads as not found outside the caller's scope; investigators and Finance read it", async () => {
    const w = await buildWorld();
    const health = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    for (const actor of [official(health.id, 904), contractor(w.general.id, 7006), actorWithRole("admin")]) {
      await expect(colourStatement({ actor, colourId: w.colour.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(colourStatement({ actor: w.alice, colourId: 2_147_483_000 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await colourStatement({ actor: investigator, colourId: w.colour.id })).statement.closingTiyn).toBe(T(1_000_000_000));
  });
});
