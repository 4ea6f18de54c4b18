import "server-only";
import type { TActor } from "../actor";
import { verifyReceipt } from "./checkpoint-format";
import { journalReceipt } from "./receipt";
import { signingKey } from "./signing-key";

/** The readable receipt page's content (decision 0133): the entry, where the proof leads, and whether it holds. */
export async function receiptPageView({ actor, chain, seq }: { actor: TActor; chain: string; seq: string }) {
  const NUMBER = /^(0|[1-9][0-9]{0,17})$/;
  if (!NUMBER.test(chain) || !NUMBER.test(seq) || Number(chain) > 2_147_483_647) return null;
  const receipt = await journalReceipt({ actor, chain: Number(chain), seq: BigInt(seq) });
  if (!receipt) return null;
  const checked = verifyReceipt(receipt, signingKey().publicKey);
  const checkpoint = JSON.parse(receipt.checkpoint.body) as { treeSize: string; root: string; at: string };
  return {
    entry: receipt.entry,
    leafIndex: receipt.leafIndex,
    proofLength: receipt.proof.length,
    checkpoint: { treeSize: checkpoint.treeSize, root: checkpoint.root, signedAt: new Date(checkpoint.at), keyId: receipt.checkpoint.keyId },
    holds: checked.ok,
    jsonUrl: `/journal/receipts/${chain}/${seq}`,
  };
}
