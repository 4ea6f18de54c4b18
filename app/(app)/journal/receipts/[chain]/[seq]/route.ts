import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { journalReceipt } from "@/lib/journal/receipt";

const NUMBER = /^(0|[1-9][0-9]{0,17})$/;
const notFound = () => new Response("Not found", { status: 404 });

/**
 * One journal entry's receipt (JSON: the entry, its inclusion proof and the signed checkpoint it leads to), checked
 * offline with `npm run journal:verify-receipt`. Investigators any; a contractor the payments its company made or
 * received; an official the decisions it made; anything else reads as not found (decision 0133).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ chain: string; seq: string }> }) {
  const actor = await getActor();
  const { chain, seq } = await params;
  if (!actor || !["investigator", "official", "contractor"].includes(actor.role)) {
    await auditRefusal(actor, { what: "route:/journal/receipts", reason: "role" });
    return notFound();
  }
  if (!NUMBER.test(chain) || !NUMBER.test(seq) || Number(chain) > 2_147_483_647) return notFound();
  const receipt = await journalReceipt({ actor, chain: Number(chain), seq: BigInt(seq) });
  if (!receipt) {
    await auditRefusal(actor, { what: `journal:${chain}:${seq}`, reason: "not_found" });
    return notFound();
  }
  return new Response(JSON.stringify(receipt, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="receipt-${chain}-${seq}.json"`, "cache-control": "no-store" },
  });
}
