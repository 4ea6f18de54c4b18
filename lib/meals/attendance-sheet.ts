import crypto from "node:crypto";

// The attendance sheet a settlement pays (decision 0157): one canonical line per meal, hashed as the leaves of a
// sha256 Merkle tree whose root goes into the payment's journal entry. Anyone holding the sheet can recompute the
// root; anyone holding one meal line and its proof can show that meal was part of what was paid.

export type TSheetMeal = { mealId: bigint; day: Date; mealType: string; pupilId: number; schoolId: number; tariffTiyn: bigint };

export const sheetLine = (m: TSheetMeal): string =>
  [`meal:${m.mealId}`, m.day.toISOString().slice(0, 10), m.mealType, `pupil:${m.pupilId}`, `school:${m.schoolId}`, `tariff:${m.tariffTiyn}`].join("|");

const sha = (...parts: Buffer[]) => crypto.createHash("sha256").update(Buffer.concat(parts)).digest();
const leafHash = (line: string) => sha(Buffer.from([0]), Buffer.from(line, "utf8"));
const nodeHash = (l: Buffer, r: Buffer) => sha(Buffer.from([1]), l, r);

/** Lines in meal-id order, so one set of meals has one sheet. */
export const sheetLines = (meals: readonly TSheetMeal[]): string[] =>
  [...meals].sort((a, b) => (a.mealId < b.mealId ? -1 : a.mealId > b.mealId ? 1 : 0)).map(sheetLine);

function levels(lines: readonly string[]): Buffer[][] {
  const out: Buffer[][] = [lines.map(leafHash)];
  while (out.at(-1)!.length > 1) {
    const level = out.at(-1)!;
    const next: Buffer[] = [];
    // An odd node is carried up unchanged (no duplication, so no second-preimage trick with a repeated last leaf).
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? nodeHash(level[i]!, level[i + 1]!) : level[i]!);
    out.push(next);
  }
  return out;
}

/** The Merkle root of the sheet (hex); the empty sheet has sha256 of nothing. */
export function sheetDigest(lines: readonly string[]): string {
  if (lines.length === 0) return crypto.createHash("sha256").digest("hex");
  return levels(lines).at(-1)![0]!.toString("hex");
}

export type TProofStep = { side: "left" | "right"; hash: string };

/** The inclusion proof of the line at `index`. */
export function sheetProof(lines: readonly string[], index: number): TProofStep[] {
  const proof: TProofStep[] = [];
  let i = index;
  for (const level of levels(lines).slice(0, -1)) {
    const sibling = i % 2 === 0 ? i + 1 : i - 1;
    if (sibling < level.length) proof.push({ side: i % 2 === 0 ? "right" : "left", hash: level[sibling]!.toString("hex") });
    i = Math.floor(i / 2);
  }
  return proof;
}

export function verifySheetProof(line: string, proof: readonly TProofStep[], root: string): boolean {
  let h = leafHash(line);
  for (const step of proof) h = step.side === "right" ? nodeHash(h, Buffer.from(step.hash, "hex")) : nodeHash(Buffer.from(step.hash, "hex"), h);
  return h.toString("hex") === root;
}
