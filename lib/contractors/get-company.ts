import "server-only";
import { auditRead } from "../audit";
import type { TActor } from "../actor";
import { contractScope } from "../contracts/contract-scope";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { pageWindow, toPage } from "../pagination";
import { assertRegistryReader } from "./list-companies";

/**
 * A company of the registry with its people and, for each person, the other companies they direct or
 * founded: the relations that round-trip and related-party flags are built on; and a page of its contracts within
 * the official's scope.
 */
export async function getCompany({ actor, companyId, contractsPage = 1 }: { actor: TActor; companyId: number; contractsPage?: number }) {
  assertRegistryReader(actor);
  const db = prisma();
  const company = await db.organization.findFirst({ where: { id: companyId, kind: "company" } });
  if (!company) throw new NotFoundError("company");
  const links = await db.companyPerson.findMany({
    where: { organizationId: company.id },
    include: { person: { select: { id: true, fullName: true, iin: true } } },
    orderBy: [{ role: "asc" }, { person: { fullName: "asc" } }],
  });
  // The page shows the people's IINs (personal data): who looked at whose is recorded.
  if (links.some((l) => l.person.iin)) await auditRead(actor, "company.people.read", company.bin ? `bin:${company.bin}` : `organization:${company.id}`, { organization: company.id, people: links.length });
  const personIds = [...new Set(links.map((l) => l.personId))];
  const elsewhere = personIds.length
    ? await db.companyPerson.findMany({
        where: { personId: { in: personIds }, organizationId: { not: company.id } },
        include: { organization: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, isDebarred: true } } },
        orderBy: [{ organizationId: "asc" }],
        take: 500,
      })
    : [];
  const where = { contractorId: company.id, ...contractScope(actor) };
  const [contracts, contractCount] = await Promise.all([
    db.contract.findMany({
      where,
      include: { project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } }, parent: { select: { id: true, number: true } } },
      orderBy: [{ signedOn: "desc" }, { id: "desc" }],
      ...pageWindow(contractsPage),
    }),
    db.contract.count({ where }),
  ]);
  return {
    company,
    people: links.map((l) => ({
      ...l,
      otherCompanies: elsewhere.filter((e) => e.personId === l.personId).map((e) => ({ role: e.role, shareBp: e.shareBp, ...e.organization })),
    })),
    contracts: toPage(contracts, contractCount, contractsPage),
  };
}
