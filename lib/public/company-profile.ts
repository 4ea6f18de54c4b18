import "server-only";
import { readDb } from "../db";
import { cachedAggregate } from "./aggregate-cache";
import { isLegalEntityBin } from "./privacy";

type TMoveRow = { colour_id: number; dir: "in" | "out"; holder_kind: string; holder_key: string; organization_id: number | null; project_id: number | null; amount: bigint };

/** Who a counterparty is, as the public may see it: a legal entity by name, a project, a person (no name), an exit. */
export type TCounterparty =
  | { kind: "company"; name: string; nameRu: string | null; bin: string }
  | { kind: "persons"; count: number }
  | { kind: "project"; projectId: number; name: string }
  | { kind: "exit"; exit: string };

/**
 * A legal entity by BIN as the public sees it (issue 16): every colour it received, from whom, and to whom it paid
 * on, net of reversals. A number that is not a legal entity's (an IIN) is not found, exactly like an unknown one:
 * the portal never confirms that a person exists (decision 0137).
 */
export async function publicCompany({ bin }: { bin: string }) {
  if (!isLegalEntityBin(bin)) return null;
  const db = await readDb();
  const company = await db.organization.findFirst({ where: { bin, kind: "company" }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, region: true, registeredOn: true, isDebarred: true } });
  if (!company) return null;
  // What it received and paid on sums its every transfer: kept per company (one that exists, never a raw URL) and
  // refreshed after postings, like the areas (decisions 0171, 0221).
  const figures = await cachedAggregate(`company:${company.id}`, () => companyFlows(company.id));
  return { company, colours: figures.value, figuresAsOf: { computedAt: figures.computedAt, postingsUpTo: figures.postingsUpTo } };
}

/** Every colour the company received, from whom, and to whom it paid on (net of reversals; persons grouped). */
async function companyFlows(companyId: number) {
  const db = await readDb();
  const rows = await db.$queryRaw<TMoveRow[]>`
    WITH mine AS (SELECT id FROM account WHERE holder_kind = 'company' AND organization_id = ${companyId}),
    mv AS (
      SELECT t.colour_id,
        CASE WHEN (t.to_account_id IN (SELECT id FROM mine)) = (t.kind <> 'reversal') THEN 'in' ELSE 'out' END AS dir,
        CASE WHEN t.to_account_id IN (SELECT id FROM mine) THEN t.from_account_id ELSE t.to_account_id END AS other_id,
        CASE WHEN t.kind = 'reversal' THEN -t.amount_tiyn ELSE t.amount_tiyn END AS amount
      FROM transfer t
      WHERE t.to_account_id IN (SELECT id FROM mine) OR t.from_account_id IN (SELECT id FROM mine)
    )
    SELECT mv.colour_id, mv.dir, o.holder_kind::text, o.holder_key, o.organization_id, o.project_id, sum(mv.amount)::bigint AS amount
    FROM mv JOIN account o ON o.id = mv.other_id
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(mv.amount) <> 0 ORDER BY 1, 2, 7 DESC`;
  const orgIds = [...new Set(rows.map((r) => r.organization_id).filter((id): id is number => id !== null))];
  const colourIds = [...new Set(rows.map((r) => r.colour_id))];
  const [orgs, colours] = await Promise.all([
    db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } }),
    db.colour.findMany({ where: { id: { in: colourIds } }, select: { id: true, project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } }, budgetLine: { select: { code: true, specifics: true, fiscalYear: true } } } }),
  ]);
  const counterparty = (r: TMoveRow): TCounterparty | "person" => {
    if (r.holder_kind === "project") return { kind: "project", projectId: r.project_id!, name: colours.find((c) => c.id === r.colour_id)?.project.name ?? "" };
    if (r.holder_kind === "exit") return { kind: "exit", exit: r.holder_key.slice("exit:".length) };
    const org = orgs.find((o) => o.id === r.organization_id);
    return org && isLegalEntityBin(org.bin) ? { kind: "company", name: org.name, nameRu: org.nameRu, bin: org.bin } : "person";
  };
  return colours.map((c) => {
    const mine = rows.filter((r) => r.colour_id === c.id);
    return {
      colourId: c.id,
      project: c.project,
      budgetLine: c.budgetLine,
      receivedTiyn: mine.filter((r) => r.dir === "in").reduce((a, r) => a + r.amount, 0n),
      paidOnTiyn: mine.filter((r) => r.dir === "out" && r.holder_kind === "company").reduce((a, r) => a + r.amount, 0n),
      exitedTiyn: mine.filter((r) => r.dir === "out" && r.holder_kind === "exit").reduce((a, r) => a + r.amount, 0n),
      from: grouped(mine.filter((r) => r.dir === "in"), counterparty),
      to: grouped(mine.filter((r) => r.dir === "out"), counterparty),
    };
  });
}

export type TPublicCompany = NonNullable<Awaited<ReturnType<typeof publicCompany>>>;

/** Counterparties with their amounts; persons folded into one row that says how many. */
function grouped(rows: TMoveRow[], counterparty: (r: TMoveRow) => TCounterparty | "person") {
  const out: { who: TCounterparty; amountTiyn: bigint }[] = [];
  let persons = 0;
  let personsTiyn = 0n;
  for (const r of rows) {
    const who = counterparty(r);
    if (who === "person") {
      persons += 1;
      personsTiyn += r.amount;
    } else out.push({ who, amountTiyn: r.amount });
  }
  if (persons) out.push({ who: { kind: "persons", count: persons }, amountTiyn: personsTiyn });
  return out;
}
