// Errors a user can cause are values with a code and parameters; the UI turns them into a sentence in
// the reader's language (lib/actions/action-errors.ts, the one error registry). Anything else is unexpected and
// gets a reference id.

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
  // Web Crypto, not node:crypto: client forms import this file's error classes (through lib/text-field), and a bundled
  // node:crypto polyfill brought eval into the pages' scripts, which the content security policy refuses.
  const ref = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
  // An Error's stack, not the object: pg attaches the whole client to a connection error, and printing it buried
  // the lines that mattered under hundreds of lines of socket state.
  console.error(`[${ref}] ${context}:`, error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : error);
  return ref;
}
