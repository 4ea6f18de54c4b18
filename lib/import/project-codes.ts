import "server-only";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { PROJECT_CODE_AUDIT } from "./format";

/** Remembers the external code a project was imported with. */
export async function recordProjectCode(projectId: number, code: string): Promise<void> {
  await writeAudit({ actorId: null, action: PROJECT_CODE_AUDIT, subject: code, details: { projectId } });
}

/** Every project's external code: the one it was imported with, else "P-<id>". */
export async function projectCodes(): Promise<Map<number, string>> {
  const db = prisma();
  const [projects, recorded] = await Promise.all([
    db.project.findMany({ select: { id: true } }),
    db.auditEvent.findMany({ where: { action: PROJECT_CODE_AUDIT }, orderBy: { id: "asc" }, select: { subject: true, details: true } }),
  ]);
  const codes = new Map(projects.map((p) => [p.id, `P-${p.id}`]));
  for (const r of recorded) {
    const id = (r.details as { projectId?: number } | null)?.projectId;
    if (id && r.subject && codes.has(id)) codes.set(id, r.subject);
  }
  return codes;
}

/** The project with this external code, or null. */
export async function projectIdByCode(code: string): Promise<number | null> {
  for (const [id, c] of await projectCodes()) if (c === code) return id;
  return null;
}
