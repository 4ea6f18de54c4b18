import { checkpointById, signedOf } from "@/lib/journal/checkpoint";
import { parseId } from "@/lib/http/parse-id";

/** One signed checkpoint as a file to keep: `npm run journal:verify -- --heads FILE` checks the journal against it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const checkpoint = id === null ? null : await checkpointById(id);
  if (!checkpoint) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(signedOf(checkpoint), null, 2) + "\n", {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="journal-checkpoint-${checkpoint.id}.json"` },
  });
}
