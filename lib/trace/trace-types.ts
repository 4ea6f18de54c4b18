export const TRACE_SUBJECTS = ["line", "colour", "project", "company", "transfer"] as const;
export type TTraceSubjectKind = (typeof TRACE_SUBJECTS)[number];
export type TTraceSubject = { kind: TTraceSubjectKind; id: number };
export type TTraceDirection = "forward" | "backward";
