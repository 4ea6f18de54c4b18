// A form posted without JavaScript names its server action in its fields: `$ACTION_ID_<id>`, or `$ACTION_REF_<n>`
// with the descriptor `{"id":"<id>",…}` in `$ACTION_<n>:0`. Next checks these ids itself but logs each unknown one
// with a stack trace (console.warn) before answering 400; proxy.ts answers such posts first, as Next would, without
// the log (decision 0078). This mirrors Next's areAllActionIdsValid (next/dist/server/app-render/action-handler.js).

export type TFormActionIds = "none" | "known" | "unknown";

/** Whether a no-JS form post names server actions, and whether every one it names is known to this build. */
export function formActionIds(form: FormData, isKnown: (id: string) => boolean): TFormActionIds {
  let refs = 0;
  let named = false;
  for (const key of form.keys()) {
    if (!key.startsWith("$ACTION_")) continue;
    if (key.startsWith("$ACTION_ID_")) {
      if (!isKnown(key.slice("$ACTION_ID_".length))) return "unknown";
      named = true;
    } else if (key.startsWith("$ACTION_REF_")) {
      if (++refs > 2) return "unknown";
      const descriptors = form.getAll(`$ACTION_${key.slice("$ACTION_REF_".length)}:0`);
      const descriptor = descriptors.length === 1 ? descriptors[0] : undefined;
      const id = typeof descriptor === "string" ? /^\{"id":"([^"]*)"/.exec(descriptor)?.[1] : undefined;
      if (id === undefined || !isKnown(id)) return "unknown";
      named = true;
    }
  }
  return named ? "known" : "none";
}

/** Reads a body up to `max` bytes; null when it is longer (a chunked body has no Content-Length to refuse it by). */
export async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (body === null) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Not awaited: cancelling one branch of a cloned (tee'd) body settles only when the other branch is cancelled too.
      reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.byteLength;
  }
  return whole;
}
