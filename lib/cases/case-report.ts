import "server-only";
import type { TActor } from "../actor";
import { auditRead } from "../audit";
import { formatDateTime } from "../dates";
import { prisma } from "../db";
import { translator, type TLocale } from "../i18n";
import { latestPublication } from "../journal/publication";
import { ChainVerifier } from "../ledger/journal-chain";
import { exportJournal } from "../ledger/verify-journal";
import { casePageView } from "./case-view";
import { getCase } from "./list-cases";

type THead = { chain: number; seq: string; hash: string };
type TParsed = { chain: number; seq: string; kind: string; payload: string; prevHash: string; hash: string };

/**
 * Re-checks one colour's journal chain from its first entry (the same verifier as `journal:verify`) and compares it
 * with the latest published head of that chain: the published entry must still be there with the same hash.
 */
async function verifyChain(chain: number, published: THead | undefined) {
  const verifier = new ChainVerifier();
  let publishedHash: string | null = null;
  for await (const line of exportJournal(prisma(), { chain })) {
    const e = JSON.parse(line) as TParsed;
    if (published && e.seq === published.seq) publishedHash = e.hash;
    if (verifier.add({ chain: e.chain, seq: BigInt(e.seq), kind: e.kind, payload: e.payload, prevHash: e.prevHash, hash: e.hash })) break;
  }
  const head = verifier.chains()[0] ?? null;
  const publishedState: "none" | "matches" | "differs" = !published ? "none" : publishedHash === published.hash ? "matches" : "differs";
  return { chain, entries: verifier.checked, head: head ? { seq: head.seq.toString(), hash: head.hash } : null, broken: verifier.firstBroken, published: published ?? null, publishedState };
}

/**
 * The print-ready case report (issue 19): the case as its page shows it (evidence, flags among them, history), and
 * the verification of the journal segment that proves it: every chain of the colours its evidence touches, re-checked
 * entry by entry now, each head compared with the latest publication. Investigators only (getCase checks); audited.
 */
export async function caseReportView({ actor, caseId, locale, now = new Date() }: { actor: TActor; caseId: number; locale: TLocale; now?: Date }) {
  const c = await getCase({ actor, caseId });
  const view = await casePageView({ actor, caseId, locale });
  const t = translator(locale);
  const colourIds = [...new Set(c.items.flatMap((i) => i.colourIds))].sort((a, b) => a - b);
  const { publication } = await latestPublication({ actor });
  const heads = ((publication?.heads ?? []) as THead[]).reduce((m, h) => m.set(h.chain, h), new Map<number, THead>());
  const chains = [];
  for (const chain of colourIds) chains.push(await verifyChain(chain, heads.get(chain)));
  await auditRead(actor, "case.report", `case:${caseId}`, { chains: colourIds, entries: chains.reduce((a, ch) => a + ch.entries, 0) });
  return {
    case: view,
    statusLabel: t(`cases.status.${view.status}`),
    flags: view.items.filter((i) => i.type === "flag"),
    evidence: view.items.filter((i) => i.type !== "flag"),
    generatedAt: formatDateTime(now),
    generatedBy: actor.name,
    publication: publication ? { id: publication.id, at: formatDateTime(publication.publishedAt), digest: publication.digest } : null,
    chains: chains.map((ch) => ({
      chain: ch.chain,
      entries: ch.entries,
      head: ch.head,
      isIntact: ch.broken === null,
      verdict: ch.broken
        ? t("investigate.report.broken", { chain: ch.chain, seq: ch.broken.seq.toString(), reason: ch.broken.reason })
        : t("investigate.report.intact", { chain: ch.chain, count: ch.entries, seq: ch.head?.seq ?? "0" }),
      published:
        ch.publishedState === "none"
          ? t("investigate.report.notPublished")
          : ch.publishedState === "matches"
            ? t("investigate.report.publishedMatches", { seq: ch.published!.seq })
            : t("investigate.report.publishedDiffers", { seq: ch.published!.seq }),
      isPublishedIntact: ch.publishedState !== "differs",
    })),
  };
}

export type TCaseReportView = Awaited<ReturnType<typeof caseReportView>>;
