import "server-only";
import { ZodError } from "zod";
import { DomainError, FieldIssuesError, ForbiddenError, logUnexpected, NotFoundError, type TFieldIssue } from "../errors";
import { describeDomainError, zodFieldIssues } from "../actions/action-errors";
import { translate } from "../i18n";
import { RuleRefusal } from "../ledger/refusal";
import { describeViolation } from "../i18n/rule-present";
import { CellProblem } from "./cells";

/** A problem the import itself finds in a row (an unknown reference, a duplicate in the bundle), with its place. */
export class RowRefusal extends Error {
  constructor(
    public readonly file: string,
    public readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "RowRefusal";
  }
}

const fields = (issues: readonly TFieldIssue[]) => issues.map((i) => `${i.field}: ${translate("en", i.key, i.params)}`).join(" ");

/**
 * Why a document was refused, in the English words the UI shows for the same failure: purpose rules with
 * their item, limit and attempted value; form fields with their message; domain codes from the catalogue.
 */
export function describeRefusal(error: unknown, context: string): string {
  if (error instanceof CellProblem || error instanceof RowRefusal) return error.message;
  if (error instanceof ZodError) return fields(zodFieldIssues(error));
  if (error instanceof FieldIssuesError) return fields(error.issues);
  if (error instanceof RuleRefusal) return error.violations.map((v) => describeViolation(v, "en")).join(" ");
  if (error instanceof NotFoundError) return `Not found: ${String(error.params.what ?? "record")}.`;
  if (error instanceof ForbiddenError) return translate("en", "errors.codes.FORBIDDEN");
  if (error instanceof DomainError) return describeDomainError(error, "en", ["contractors", "company", "personRelations"]);
  return translate("en", "errors.generic", { ref: logUnexpected(error, context) });
}
