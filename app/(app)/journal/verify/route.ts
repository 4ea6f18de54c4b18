import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { verifyJournal } from "@/lib/journal/verify";

/**
 * Re-checks the whole hash chain — or joins the check already running, or reuses the one just made (decision 0061)
 * — and streams its progress as JSON lines ({checked}), then the result ({done, verifiedAt, checked, chains,
 * firstBroken}). The page shows the progress and the moment of the result.
 */
export async function GET() {
  const actor = await getActor();
  if (!actor || (actor.role !== "investigator" && actor.role !== "admin")) {
    await auditRefusal(actor, { what: "route:/journal/verify", reason: "role" });
    return new Response("Not found", { status: 404 });
  }
  const encoder = new TextEncoder();
  // A reader that leaves (closes the page) ends its stream; the check it may share with others goes on.
  let isOpen = true;
  const stream = new ReadableStream({
    async start(controller) {
      const send = (value: unknown) => {
        if (isOpen) controller.enqueue(encoder.encode(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) + "\n"));
      };
      try {
        const result = await verifyJournal({ actor, onProgress: (checked) => send({ checked }) });
        send({ done: true, ...result });
      } catch (error) {
        console.error("journal verification failed", error);
        send({ done: true, error: true });
      }
      if (isOpen) controller.close();
    },
    cancel() {
      isOpen = false;
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
