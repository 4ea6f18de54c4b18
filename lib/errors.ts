// Errors a user can cause are values with a code and parameters; the UI turns them into a sentence in
// the reader's language (lib/actions/action-errors.ts, the one error registry). Anything else is unexpected and
// gets a reference id.
import crypto from "node:crypto";

export type TErrorParams = Record<string, string | number | bigint>;

export class DomainError extends Error {
  constructor(
    public readonly code: string,
    public readonly params: TErrorParams = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = "DomainError";
  }
}

export class NotFoundError extends DomainError {
  constructor(what = "record") {
    super("NOT_FOUND", { what });
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super("FORBIDDEN");
    this.name = "ForbiddenError";
  }
}

/** A problem with one form field: a catalogue key and its parameters. */
export type TFieldIssue = { field: string; key: string; params?: TErrorParams };

/**
 * Problems only the database can find (a BIN nobody registered, a quantity above the estimate), reported
 * per field like zod's. The form shows each next to its field.
 */
export class FieldIssuesError extends DomainError {
  constructor(public readonly issues: TFieldIssue[]) {
    super("INVALID_FIELDS", { fields: issues.map((i) => i.field).join(",") });
    this.name = "FieldIssuesError";
  }
}

/** Logs an unexpected error and returns the reference id to show the user. */
export function logUnexpected(error: unknown, context: string): string {
  const ref = crypto.randomBytes(4).toString("hex").toUpperCase();
  // An Error's stack, not the object: pg attaches the whole client to a connection error, and printing it buried
  // the lines that mattered under hundreds of lines of socket state.
  console.error(`[${ref}] ${context}:`, error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : error);
  return ref;
}
