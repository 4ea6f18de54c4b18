import { parseBigId, parseId } from "../http/parse-id";
import { TRACE_SUBJECTS, type TTraceDirection, type TTraceSubject } from "./trace-types";

/** "colour:12" → { kind: "colour", id: 12 }, or null for anything else. */
export function parseTraceSubject(raw: string | undefined | null): TTraceSubject | null {
  const m = /^([a-z]+):(\d{1,16})$/.exec(raw ?? "");
  if (!m || !(TRACE_SUBJECTS as readonly string[]).includes(m[1]!)) return null;
  // Transfers are int8 (kept within what a JavaScript number holds exactly); everything else is int4.
  const big = m[1] === "transfer" ? parseBigId(m[2]) : null;
  const id = m[1] === "transfer" ? (big !== null && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : null) : parseId(m[2]);
  return id === null ? null : { kind: m[1] as TTraceSubject["kind"], id };
}

export const parseDirection = (raw: string | undefined | null): TTraceDirection => (raw === "backward" ? "backward" : "forward");

export function parseDepth(raw: string | undefined | null): number {
  const n = parseId(raw);
  return n !== null && n <= 12 ? n : 6;
}

export function traceHref(subject: TTraceSubject, direction: TTraceDirection, depth?: number) {
  const q = new URLSearchParams({ subject: `${subject.kind}:${subject.id}`, direction });
  if (depth) q.set("depth", String(depth));
  return `/trace?${q}`;
}

/** The subject a node of the graph stands for, if one can trace from it ("held:company:5" → the company). */
export function subjectOfNode(key: string): TTraceSubject | null {
  const holder = key.startsWith("held:") ? key.slice("held:".length) : key;
  return parseTraceSubject(holder);
}
