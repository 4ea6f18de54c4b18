import "server-only";
import { assertInvestigator } from "../scope";
import type { TActor } from "../actor";
import { groupBy } from "../collections";
import { readDb } from "../db";
import { NotFoundError } from "../errors";
import { LinkSet, type TNodeKind, type TTraceLink, type TTraceNode } from "./graph";
import { splitProportionally } from "./split";

import type { TTraceDirection, TTraceSubject } from "./trace-types";

export type { TTraceDirection, TTraceSubject } from "./trace-types";

export type TTracedTransfer = {
  id: bigint;
  colourId: number;
  kind: string;
  from: string;
  to: string;
  amountTiyn: bigint;
  /** The part of this transfer that belongs to the traced money (all of it when tracing a whole colour). */
  tracedTiyn: bigint;
  createdAt: Date;
  documentType: string;
  documentId: bigint | null;
};

export type TTrace = {
  subject: TTraceSubject;
  direction: TTraceDirection;
  /** Node keys the trace starts from (the Sankey's left edge). */
  roots: string[];
  nodes: TTraceNode[];
  links: TTraceLink[];
  /** Transfers followed one by one (payment and company traces); empty when a whole colour is aggregated. */
  transfers: TTracedTransfer[];
  /** More lineage than one trace reads: the figures cover the first EDGE_LIMIT steps. */
  isTruncated: boolean;
};

const EDGE_LIMIT = 50_000;

type TAccountRow = { id: bigint; colour_id: number; holder_kind: string; holder_key: string; organization_id: number | null; project_id: number | null; balance_tiyn: bigint };
type TTransferRow = { id: bigint; colour_id: number; kind: string; amount_tiyn: bigint; created_at: Date; document_type: string; document_id: bigint | null; from_account_id: bigint; to_account_id: bigint };

/** A holder's node key: the issuance account stands for its colour, every company is one node across colours. */
function holderNode(a: Pick<TAccountRow, "colour_id" | "holder_kind" | "holder_key">): string {
  return a.holder_kind === "issuance" ? `colour:${a.colour_id}` : a.holder_key;
}


async function accountsById(ids: bigint[]) {
  if (ids.length === 0) return new Map<bigint, TAccountRow>();
  const rows = await (await readDb()).$queryRaw<TAccountRow[]>`
    SELECT id, colour_id, holder_kind::text AS holder_kind, holder_key, organization_id, project_id, balance_tiyn FROM account WHERE id = ANY(${ids}::bigint[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

async function transfersById(ids: bigint[]) {
  if (ids.length === 0) return [];
  return (await readDb()).$queryRaw<TTransferRow[]>`
    SELECT id, colour_id, kind::text AS kind, amount_tiyn, created_at, document_type, document_id, from_account_id, to_account_id
    FROM transfer WHERE id = ANY(${ids}::bigint[]) ORDER BY id`;
}

/** Names for every node key the links use. */
async function labelNodes(keys: Iterable<string>): Promise<TTraceNode[]> {
  const parsed = [...new Set(keys)].map((key) => {
    const [kind, rest] = key.split(":") as [string, string | undefined];
    return { key, kind, rest: rest ?? "" };
  });
  const ids = (kind: string) => parsed.filter((p) => p.kind === kind).map((p) => Number(p.rest));
  const heldOf = parsed.filter((p) => p.kind === "held").map((p) => p.key.slice("held:".length));
  const companyIds = [...new Set([...ids("company"), ...heldOf.filter((k) => k.startsWith("company:")).map((k) => Number(k.slice(8)))])];
  const projectIds = [...new Set([...ids("project"), ...heldOf.filter((k) => k.startsWith("project:")).map((k) => Number(k.slice(8)))])];
  const db = await readDb();
  const [lines, companies, projects] = await Promise.all([
    db.budgetLine.findMany({ where: { id: { in: ids("line") } }, select: { id: true, code: true, specifics: true } }),
    db.organization.findMany({ where: { id: { in: companyIds } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } }),
    db.project.findMany({ where: { id: { in: projectIds } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } }),
  ]);
  const namesOf = (holder: string) => {
    const [kind, id] = holder.split(":");
    const found = kind === "company" ? companies.find((c) => c.id === Number(id)) : kind === "project" ? projects.find((p) => p.id === Number(id)) : undefined;
    return found ? { name: found.name, nameRu: found.nameRu, nameKk: found.nameKk, nameEn: found.nameEn } : undefined;
  };
  const named = (holder: string) => {
    const names = namesOf(holder);
    return names ? { label: names.name, names } : { label: holder };
  };
  return parsed.map(({ key, kind, rest }): TTraceNode => {
    const id = Number(rest);
    switch (kind) {
      case "line": {
        const l = lines.find((x) => x.id === id);
        return { key, kind: "line", id, label: l ? `${l.code} / ${l.specifics}` : key };
      }
      case "colour":
        return { key, kind: "colour", id, label: `#${id}` };
      case "exit":
        return { key, kind: "exit", id: null, label: rest };
      case "held":
        return { key, kind: "held", id: null, ...named(key.slice("held:".length)) };
      default:
        return { key, kind: kind as TNodeKind, id, ...named(key) };
    }
  });
}

/** Budget line → colour links for the mints of these colours. */
async function mintLinks(colourIds: number[], links: LinkSet, mintedByColour?: Map<number, bigint>) {
  const colours = await (await readDb()).colour.findMany({ where: { id: { in: colourIds } }, select: { id: true, budgetLineId: true, mintedTiyn: true } });
  for (const c of colours) links.add(`line:${c.budgetLineId}`, `colour:${c.id}`, mintedByColour?.get(c.id) ?? c.mintedTiyn);
  return colours;
}

/** Whole colours forward: every transfer of the colours, summed per pair of holders, and what each holder still has. */
async function traceColoursForward(colourIds: number[]) {
  const links = new LinkSet();
  if (colourIds.length === 0) return { links, roots: [] as string[] };
  const colours = await mintLinks(colourIds, links);
  const flows = await (await readDb()).$queryRaw<{ from_account_id: bigint; to_account_id: bigint; amount: bigint; n: bigint }[]>`
    SELECT from_account_id, to_account_id, sum(amount_tiyn)::bigint AS amount, count(*)::bigint AS n
    FROM transfer WHERE colour_id = ANY(${colourIds}::int[]) GROUP BY from_account_id, to_account_id`;
  const accounts = await (await readDb()).$queryRaw<TAccountRow[]>`
    SELECT id, colour_id, holder_kind::text AS holder_kind, holder_key, organization_id, project_id, balance_tiyn FROM account WHERE colour_id = ANY(${colourIds}::int[])`;
  const byId = new Map(accounts.map((a) => [a.id, a]));
  for (const f of flows) links.add(holderNode(byId.get(f.from_account_id)!), holderNode(byId.get(f.to_account_id)!), f.amount, Number(f.n));
  for (const a of accounts) if ((a.holder_kind === "project" || a.holder_kind === "company") && a.balance_tiyn > 0n) links.add(a.holder_key, `held:${a.holder_key}`, a.balance_tiyn, 0);
  return { links, roots: [...new Set(colours.map((c) => `line:${c.budgetLineId}`))] };
}

type TEdge = { origin: bigint; consumer: bigint; amount: bigint };

/**
 * The lineage edges (origin transfer → consuming transfer, amount) reachable from the start, one tier per query:
 * each step is an index lookup on lot(transfer_id) and lot_consumption(lot_id) — or lot_consumption's primary key
 * going backward — for just the current frontier. (A recursive CTE gave the planner no size for its work table and
 * it chose hash joins over the whole lot table.) Stops after EDGE_LIMIT edges.
 */
async function walkLineage(direction: "forward" | "backward", startIds: bigint[]): Promise<TEdge[]> {
  const edges: TEdge[] = [];
  const seen = new Set<bigint>(startIds);
  let frontier = startIds;
  while (frontier.length && edges.length <= EDGE_LIMIT) {
    const step =
      direction === "forward"
        ? await (await readDb()).$queryRaw<TEdge[]>`
            SELECT l.transfer_id AS origin, lc.transfer_id AS consumer, lc.amount_tiyn AS amount
            FROM lot l JOIN lot_consumption lc ON lc.lot_id = l.id WHERE l.transfer_id = ANY(${frontier}::bigint[])`
        : await (await readDb()).$queryRaw<TEdge[]>`
            SELECT l.transfer_id AS origin, lc.transfer_id AS consumer, lc.amount_tiyn AS amount
            FROM lot_consumption lc JOIN lot l ON l.id = lc.lot_id WHERE lc.transfer_id = ANY(${frontier}::bigint[])`;
    const next: bigint[] = [];
    for (const e of step) {
      edges.push(e);
      const reached = direction === "forward" ? e.consumer : e.origin;
      if (!seen.has(reached)) {
        seen.add(reached);
        next.push(reached);
      }
    }
    frontier = next;
  }
  return edges.slice(0, EDGE_LIMIT + 1);
}

/**
 * Follows lots forward from the starting transfers: each transfer's share of the traced money is split over what
 * consumed its lot and what is left of it, exactly to the tiyn. Consumers always come after what they consume, so
 * one pass in id order sees every share before it passes it on.
 */
async function traceLotsForward(start: { id: bigint; amountTiyn: bigint }[]) {
  const startIds = start.map((s) => s.id);
  const edges = await walkLineage("forward", startIds);
  const isTruncated = edges.length > EDGE_LIMIT;
  const ids = [...new Set([...startIds, ...edges.map((e) => e.consumer)])];
  const [transfers, lots] = await Promise.all([
    transfersById(ids),
    (await readDb()).$queryRaw<{ transfer_id: bigint; remaining: bigint }[]>`SELECT transfer_id, remaining_tiyn AS remaining FROM lot WHERE transfer_id = ANY(${ids}::bigint[])`,
  ]);
  const remaining = new Map(lots.map((l) => [l.transfer_id, l.remaining]));
  const children = groupBy(edges.slice(0, EDGE_LIMIT), (e) => e.origin);
  const traced = new Map<bigint, bigint>(start.map((s) => [s.id, s.amountTiyn]));
  const held = new Map<bigint, bigint>();
  for (const t of transfers) {
    const share = traced.get(t.id) ?? 0n;
    if (share === 0n) continue;
    const kids = children.get(t.id) ?? [];
    const rest = remaining.get(t.id) ?? 0n;
    const parts = splitProportionally(share, [...kids.map((k) => k.amount), rest]);
    kids.forEach((k, i) => traced.set(k.consumer, (traced.get(k.consumer) ?? 0n) + parts[i]!));
    held.set(t.id, parts[kids.length]!);
  }
  return { transfers, traced, held, isTruncated };
}

/** Follows lots backward: a transfer's traced share is split over the lots it consumed, down to the mints. */
async function traceLotsBackward(start: { id: bigint; amountTiyn: bigint }[]) {
  const startIds = start.map((s) => s.id);
  const edges = await walkLineage("backward", startIds);
  const isTruncated = edges.length > EDGE_LIMIT;
  const ids = [...new Set([...startIds, ...edges.map((e) => e.origin)])];
  const transfers = await transfersById(ids);
  const parents = groupBy(edges.slice(0, EDGE_LIMIT), (e) => e.consumer);
  const traced = new Map<bigint, bigint>(start.map((s) => [s.id, s.amountTiyn]));
  for (const t of [...transfers].reverse()) {
    const share = traced.get(t.id) ?? 0n;
    const ups = parents.get(t.id) ?? [];
    if (share === 0n || ups.length === 0) continue;
    const parts = splitProportionally(share, ups.map((u) => u.amount));
    ups.forEach((u, i) => traced.set(u.origin, (traced.get(u.origin) ?? 0n) + parts[i]!));
  }
  return { transfers, traced, isTruncated };
}

async function linksFromTransfers(transfers: TTransferRow[], traced: Map<bigint, bigint>, held?: Map<bigint, bigint>) {
  const accounts = await accountsById([...new Set(transfers.flatMap((t) => [t.from_account_id, t.to_account_id]))]);
  const links = new LinkSet();
  const out: TTracedTransfer[] = [];
  const mints = new Map<number, bigint>();
  for (const t of transfers) {
    const share = traced.get(t.id) ?? 0n;
    if (share === 0n) continue;
    const from = holderNode(accounts.get(t.from_account_id)!);
    const to = holderNode(accounts.get(t.to_account_id)!);
    links.add(from, to, share);
    if (t.kind === "mint") mints.set(t.colour_id, (mints.get(t.colour_id) ?? 0n) + share);
    const keep = held?.get(t.id) ?? 0n;
    if (keep > 0n && !to.startsWith("exit:")) links.add(to, `held:${to}`, keep, 0);
    out.push({ id: t.id, colourId: t.colour_id, kind: t.kind, from, to, amountTiyn: t.amount_tiyn, tracedTiyn: share, createdAt: t.created_at, documentType: t.document_type, documentId: t.document_id });
  }
  if (mints.size) await mintLinks([...mints.keys()], links, mints);
  return { links, transfers: out };
}

/**
 * Where money went (forward) or where it came from (backward), from a budget line, a colour, a project, a company
 * or one transfer. Whole colours are summed per pair of holders; a company's or a transfer's money is followed lot
 * by lot. Investigators only; a subject that does not exist is "not found".
 */
export async function traceMoney({ actor, subject, direction }: { actor: TActor; subject: TTraceSubject; direction: TTraceDirection }): Promise<TTrace> {
  assertInvestigator(actor);
  const db = await readDb();
  let links: LinkSet;
  let roots: string[] = [];
  let transfers: TTracedTransfer[] = [];
  let isTruncated = false;

  const lotTrace = async (start: { id: bigint; amountTiyn: bigint }[]) => {
    if (direction === "forward") {
      const r = await traceLotsForward(start);
      isTruncated = r.isTruncated;
      return linksFromTransfers(r.transfers, r.traced, r.held);
    }
    const r = await traceLotsBackward(start);
    isTruncated = r.isTruncated;
    return linksFromTransfers(r.transfers, r.traced);
  };

  switch (subject.kind) {
    case "line":
    case "colour":
    case "project": {
      const where = subject.kind === "line" ? { budgetLineId: subject.id } : subject.kind === "colour" ? { id: subject.id } : { projectId: subject.id };
      const exists =
        subject.kind === "line"
          ? await db.budgetLine.findUnique({ where: { id: subject.id }, select: { id: true } })
          : subject.kind === "colour"
            ? await db.colour.findUnique({ where: { id: subject.id }, select: { id: true } })
            : await db.project.findUnique({ where: { id: subject.id }, select: { id: true } });
      if (!exists) throw new NotFoundError(subject.kind);
      const colourIds = (await db.colour.findMany({ where, select: { id: true } })).map((c) => c.id);
      if (direction === "forward") {
        ({ links, roots } = await traceColoursForward(colourIds));
      } else {
        // Upstream of a whole colour is its allocation: budget line → colour → project.
        links = new LinkSet();
        const colours = await mintLinks(colourIds, links);
        const projects = await db.colour.findMany({ where: { id: { in: colourIds } }, select: { id: true, projectId: true, mintedTiyn: true } });
        for (const p of projects) links.add(`colour:${p.id}`, `project:${p.projectId}`, p.mintedTiyn);
        roots = [...new Set(colours.map((c) => `line:${c.budgetLineId}`))];
      }
      break;
    }
    case "company": {
      const company = await db.organization.findUnique({ where: { id: subject.id }, select: { id: true } });
      if (!company) throw new NotFoundError("company");
      // The company's accounts first, then their receipts through transfer(to_account_id, id): one index range per
      // account rather than a join the planner may turn into a scan of every transfer.
      const accounts = (await db.account.findMany({ where: { organizationId: subject.id, holderKind: "company" }, select: { id: true } })).map((a) => a.id);
      const incoming = await db.$queryRaw<{ id: bigint; amount_tiyn: bigint }[]>`
        SELECT id, amount_tiyn FROM transfer WHERE to_account_id = ANY(${accounts}::bigint[]) ORDER BY id LIMIT ${EDGE_LIMIT}`;
      const r = await lotTrace(incoming.map((t) => ({ id: t.id, amountTiyn: t.amount_tiyn })));
      links = r.links;
      transfers = r.transfers;
      roots = [];
      break;
    }
    case "transfer": {
      const [t] = await transfersById([BigInt(subject.id)]);
      if (!t) throw new NotFoundError("transfer");
      const r = await lotTrace([{ id: t.id, amountTiyn: t.amount_tiyn }]);
      links = r.links;
      transfers = r.transfers;
      break;
    }
  }
  const netted = links.netted();
  const nodes = await labelNodes(netted.flatMap((l) => [l.from, l.to]).concat(roots));
  return { subject, direction, roots, nodes, links: netted, transfers: transfers.sort((a, b) => (a.id < b.id ? -1 : 1)), isTruncated };
}
