import { listCheckpoints, signedOf } from "@/lib/journal/checkpoint";
import { parseId } from "@/lib/http/parse-id";

/**
 * The public feed of the journal's signed checkpoints, newest first, 100 a page (`?before=<id>` for older ones).
 * Anonymous and read-only: a checkpoint holds hashes, sizes and times, never a person (decision 0134).
 */
export async function GET(request: Request) {
  const before = new URL(request.url).searchParams.get("before");
  const beforeId = before === null ? undefined : parseId(before);
  if (beforeId === null) return new Response("Not found", { status: 404 });
  const rows = await listCheckpoints({ beforeId });
  const checkpoints = rows.map((c) => ({ id: c.id, treeSize: c.treeSize.toString(), root: c.root, signedAt: c.signedAt.toISOString(), url: `/api/open/journal/checkpoints/${c.id}`, ...signedOf(c) }));
  return Response.json({ publicKey: "/api/open/journal/public-key", checkpoints, next: rows.length === 100 ? `/api/open/journal/checkpoints?before=${rows.at(-1)!.id}` : null }, { headers: { "cache-control": "no-store" } });
}
