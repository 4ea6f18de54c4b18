import "server-only";
import { formatDateTime } from "../dates";
import { prisma } from "../db";
import type { TTranslate } from "../i18n";
import type { TMealType } from "../meals/rules";
import type { TEvidence } from "./types";

// The school-meal evidence of a flag (decision 0205): the meals and refused scans it names, with their school, day,
// device and the pupil's number in the portal — never an IIN or its hash. Investigators only (getFlag checks).

/** The meals, refused scans and schools a flag's evidence names, read for its page. */
export async function loadMealEvidence(e: TEvidence) {
  const db = prisma();
  const mealIds = (e.meals ?? []).map(BigInt);
  const scanIds = (e.scans ?? []).map(BigInt);
  const [meals, scans] = await Promise.all([
    mealIds.length ? db.mealRecord.findMany({ where: { id: { in: mealIds } }, orderBy: [{ servedAt: "asc" }, { id: "asc" }] }) : [],
    scanIds.length ? db.refusedScan.findMany({ where: { id: { in: scanIds } }, orderBy: [{ scannedAt: "asc" }, { id: "asc" }] }) : [],
  ]);
  const schoolIds = [...new Set([...(e.schools ?? []), ...meals.map((m) => m.schoolId), ...scans.flatMap((s) => (s.schoolId ? [s.schoolId] : []))])];
  const [schools, disputes, paid] = await Promise.all([
    schoolIds.length ? db.school.findMany({ where: { id: { in: schoolIds } }, orderBy: { id: "asc" }, select: { id: true, name: true, nameRu: true, region: true, departmentId: true } }) : [],
    mealIds.length ? db.mealDispute.findMany({ where: { mealId: { in: mealIds } }, select: { mealId: true, status: true } }) : [],
    mealIds.length ? db.mealSettlementLine.findMany({ where: { mealId: { in: mealIds } }, select: { mealId: true } }) : [],
  ]);
  return { meals, scans, schools, disputes, paid: new Set(paid.map((p) => p.mealId)) };
}

/** The rows the flag page shows, worded. */
export function mealEvidenceView(d: Awaited<ReturnType<typeof loadMealEvidence>>, t: TTranslate, name: (o: { name: string; nameRu?: string | null }) => string) {
  const schoolName = (id: number | null) => {
    const s = d.schools.find((x) => x.id === id);
    return s ? name(s) : id ? `#${id}` : "—";
  };
  // The device is stored as "<operator id>/<device>": the operator is the flag's company, the device is what a canteen calls it.
  const device = (id: string) => id.slice(id.indexOf("/") + 1);
  return {
    schools: d.schools.map((s) => ({ id: s.id, name: name(s), region: s.region })),
    meals: d.meals.map((m) => {
      const dispute = d.disputes.find((x) => x.mealId === m.id);
      return {
        id: m.id.toString(),
        school: schoolName(m.schoolId),
        day: m.day.toISOString().slice(0, 10),
        type: t(`meals.mealTypes.${m.mealType as TMealType}`),
        servedAt: formatDateTime(m.servedAt),
        device: device(m.deviceId),
        pupil: String(m.pupilId),
        dispute: dispute ? t(`meals.disputeStatus.${dispute.status}`) : "—",
        settled: t(d.paid.has(m.id) ? "common.yes" : "common.no"),
      };
    }),
    scans: d.scans.map((s) => ({ id: s.id.toString(), code: s.code, school: schoolName(s.schoolId), device: device(s.deviceId), scannedAt: formatDateTime(s.scannedAt) })),
  };
}
