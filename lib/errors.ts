// Errors a user can cause are values with a code and parameters; the UI turns them into a sentence in
// the reader's language (lib/i18n). Anything else is unexpected and gets a reference id.
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

/** Logs an unexpected error and returns the reference id to show the user. */
export function logUnexpected(error: unknown, context: string): string {
  const ref = crypto.randomBytes(4).toString("hex").toUpperCase();
  console.error(`[${ref}] ${context}:`, error);
  return ref;
}
