import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { verifyJournal } from "@/lib/journal/verify";

/**
 * Re-checks the whole hash chain and streams its progress as JSON lines ({checked}), then the result
 * ({done, checked, chains, firstBroken}). The page shows the progress; a large journal takes a while.
 */
export async function GET() {
  const actor = await getActor();
  if (!actor || (actor.role !== "investigator" && actor.role !== "admin")) {
    await auditRefusal(actor, { what: "route:/journal/verify", reason: "role" });
    return new Response("Not found", { status: 404 });
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) + "\n"));
      try {
        const verifier = await verifyJournal({ actor, onProgress: (checked) => send({ checked }) });
        send({ done: true, checked: verifier.checked, chains: verifier.chains().length, heads: verifier.chains().slice(0, 50), firstBroken: verifier.firstBroken });
      } catch (error) {
        console.error("journal verification failed", error);
        send({ done: true, error: true });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
