import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { localizedName, organizationNameOf, type TLocale, type TTranslate } from "../i18n";

export type TShellIdentity = { role: string; organization: string };

/**
 * What the header and the home say a user is: their role and organisation — or, for a school user (who belongs
 * to schools, not to an organisation), their position and school: "Director · School No. 12" (issue 19, item 6).
 */
export async function shellIdentity(actor: TActor, t: TTranslate, locale: TLocale): Promise<TShellIdentity> {
  const organization = organizationNameOf(locale, actor) ?? t("shell.noOrganization");
  if (actor.role !== "school" || actor.isSystem) return { role: t(`roles.${actor.role}`), organization };
  const staff = await prisma().schoolStaff.findMany({ where: { userId: actor.userId }, orderBy: { schoolId: "asc" } });
  if (staff.length === 0) return { role: t(`roles.${actor.role}`), organization };
  const schools = await prisma().school.findMany({ where: { id: { in: staff.map((s) => s.schoolId) } }, orderBy: { name: "asc" }, select: { id: true, name: true, nameRu: true } });
  // One position for all their schools is the common case; a director somewhere is named as a director.
  const position = staff.some((s) => s.position === "director") ? "director" : "staff";
  return { role: t(`mealsOffice.positions.${position}`), organization: schools.map((s) => localizedName(locale, s.name, s.nameRu)).join(", ") };
}
