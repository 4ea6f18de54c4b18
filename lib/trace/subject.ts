import { TRACE_SUBJECTS, type TTraceDirection, type TTraceSubject } from "./trace-types";

/** "colour:12" → { kind: "colour", id: 12 }, or null for anything else. */
export function parseTraceSubject(raw: string | undefined | null): TTraceSubject | null {
  const m = /^([a-z]+):(\d{1,15})$/.exec(raw ?? "");
  if (!m || !(TRACE_SUBJECTS as readonly string[]).includes(m[1]!)) return null;
  const id = Number(m[2]);
  return Number.isSafeInteger(id) && id > 0 ? { kind: m[1] as TTraceSubject["kind"], id } : null;
}

export const parseDirection = (raw: string | undefined | null): TTraceDirection => (raw === "backward" ? "backward" : "forward");

export function parseDepth(raw: string | undefined | null): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : 6;
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
