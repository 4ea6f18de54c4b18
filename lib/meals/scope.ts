import "server-only";
import type { TActor } from "../actor";
import type { Tx } from "../db";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";

// Who may do what with school meals (decision 0154). District officials are officials of the education department
// (a Ministry of Finance official, and the system, for every department); school staff and directors sign in with the
// `school` role and act through a school_staff row (decision 0200); a canteen operator is a contractor of the operator
// company. Out of scope reads as "not found".

type TDb = Tx | ReturnType<typeof prisma>;

export function isDistrictOfficial(actor: TActor, departmentId: number): boolean {
  if (actor.isSystem) return true;
  return actor.role === "official" && (actor.isFinance || actor.organizationId === departmentId);
}

/** The department's officials only; anyone else is told the record does not exist. */
export function assertDistrictOfficial(actor: TActor, departmentId: number, what = "record"): void {
  if (!isDistrictOfficial(actor, departmentId)) throw new NotFoundError(what);
}

/** The school's staff (a director counts as staff); with `director`, only its director. */
export async function assertSchoolStaff(db: TDb, actor: TActor, schoolId: number, position: "staff" | "director" = "staff"): Promise<void> {
  if (actor.isSystem) return;
  // A school_staff row counts only for a school user: an official or a company's user never acts as a school.
  if (actor.role !== "school") throw new NotFoundError("school");
  const row = await db.schoolStaff.findUnique({ where: { userId_schoolId: { userId: actor.userId, schoolId } } });
  if (!row) throw new NotFoundError("school");
  if (position === "director" && row.position !== "director") throw new ForbiddenError();
}

/** The operator company a contractor acts for: the canteen's scans and lists are scoped by it. */
export function operatorOf(actor: TActor): number {
  if (actor.role !== "contractor" || actor.organizationId == null) throw new ForbiddenError();
  return actor.organizationId;
}

/**
 * Whether the actor's company holds a canteen contract (any, past or future): only such a company has the canteen's
 * day for a home (decision 0255) and sees the "Canteen" section (decision 0275); a general contractor is told the
 * canteen pages do not exist.
 */
export async function isCanteenOperator(actor: TActor): Promise<boolean> {
  if (actor.role !== "contractor" || actor.organizationId == null) return false;
  return (await prisma().canteenContract.count({ where: { operatorId: actor.organizationId } })) > 0;
}

/** The canteen pages' gate: a company without a canteen contract reads them as "not found". */
export async function assertCanteenOperator(actor: TActor): Promise<void> {
  if (!(await isCanteenOperator(actor))) throw new NotFoundError("page");
}
