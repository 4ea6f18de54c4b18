import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { almatyDay } from "../dates";
import { DomainError, ForbiddenError } from "../errors";
import { scheduleCompanyFlagRefresh } from "../flags/refresh-flags";
import { ibanProblem, normalizeIban } from "../kz/iban";
import { REGION_CODES } from "../kz/regions";
import { zBin, zOptionalIin, zText } from "../text-field";
import { saneDayOrMalformed } from "../text-field";

/** "YYYY-MM-DD" from a date input, as the UTC midnight Prisma stores in a DATE column; not in the future. */
export const ZPastDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date" })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { message: "date" })
  // Companies registered before 2000 exist (the republic's registry starts in 1991): the floor is lower here.
  .refine(saneDayOrMalformed(1900), { message: "input.fields.dateRange" })
  .refine((d) => d <= almatyDay(new Date()), { message: "contractors.errors.dateFuture" })
  .transform((d) => new Date(`${d}T00:00:00Z`));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `tooLong:${max}` })
    .nullish()
    .transform((v) => v || null);

/** A founder's share typed in per cent ("60", "33,34") → basis points; empty → unknown. */
const ZSharePercent = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const m = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(v);
    const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0")) : NaN;
    if (!m || bp <= 0 || bp > 10000) {
      ctx.addIssue({ code: "custom", message: "contractors.errors.share" });
      return null;
    }
    return bp;
  });

export const ZCompanyPerson = z.object({
  fullName: zText({ min: 5, max: 200 }),
  iin: zOptionalIin(),
  role: z.enum(["director", "founder", "chief_accountant"], { message: "invalidChoice" }),
  share: ZSharePercent,
  /** The day the person took the role, when known (empty: unknown). */
  since: z.union([ZPastDay, z.literal("").transform(() => null)]).nullish().transform((v) => v ?? null),
});
export type TCompanyPerson = z.output<typeof ZCompanyPerson>;

export const ZRegisterCompany = z
  .object({
    bin: zBin(),
    name: zText({ min: 3, max: 300 }),
    nameRu: optionalText(300),
    address: zText({ min: 5, max: 300 }),
    region: z.enum(REGION_CODES, { message: "invalidChoice" }),
    registeredOn: ZPastDay,
    bankAccount: z
      .string()
      .transform(normalizeIban)
      .superRefine((iban, ctx) => {
        const problem = ibanProblem(iban);
        if (problem) ctx.addIssue({ code: "custom", message: `contractors.errors.iban.${problem}` });
      }),
    people: z.array(ZCompanyPerson).max(50, { message: "contractors.errors.tooManyPeople" }),
  })
  .superRefine((c, ctx) => {
    if (!c.people.some((p) => p.role === "director")) ctx.addIssue({ code: "custom", path: ["people"], message: "contractors.errors.directorRequired" });
    const shares = c.people.reduce((sum, p) => sum + (p.role === "founder" ? (p.share ?? 0) : 0), 0);
    if (shares > 10000) ctx.addIssue({ code: "custom", path: ["people"], message: "contractors.errors.sharesTotal" });
    const seen = new Set<string>();
    c.people.forEach((p, i) => {
      const key = `${p.role}:${p.iin ?? p.fullName.toLowerCase()}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["people", i, p.iin ? "iin" : "fullName"], message: "contractors.errors.personRepeated" });
      seen.add(key);
    });
  });
export type TRegisterCompany = z.input<typeof ZRegisterCompany>;

/** Who may write to the registry: officials (and seeds). Reading is open to every official. */
export function assertRegistrar(actor: TActor): void {
  if (!actor.isSystem && actor.role !== "official") throw new ForbiddenError();
}

/**
 * Registers a company with its directors and founders. A person is identified by IIN: one already in the
 * registry is linked again rather than duplicated, so the same person's companies can be found later (the
 * registry keeps the name it first recorded). A person without an IIN cannot be matched and is always new.
 */
export async function registerCompany({ actor, input }: { actor: TActor; input: TRegisterCompany }) {
  assertRegistrar(actor);
  const data = ZRegisterCompany.parse(input);
  const db = prisma();
  if (await db.organization.findUnique({ where: { bin: data.bin }, select: { id: true } })) throw new DomainError("BIN_TAKEN", { bin: data.bin });
  const registered = await db
    .$transaction(async (tx) => {
      const company = await tx.organization.create({
        data: { kind: "company", bin: data.bin, name: data.name, nameRu: data.nameRu, address: data.address, region: data.region, registeredOn: data.registeredOn, bankAccount: data.bankAccount },
      });
      let reused = 0;
      for (const p of data.people) {
        const existing = p.iin ? await tx.person.findUnique({ where: { iin: p.iin } }) : null;
        if (existing) reused++;
        const person = existing ?? (await tx.person.create({ data: { fullName: p.fullName, iin: p.iin } }));
        await tx.companyPerson.create({ data: { organizationId: company.id, personId: person.id, role: p.role, shareBp: p.role === "founder" ? p.share : null, since: p.since } });
      }
      await writeAudit({ actorId: actor.isSystem ? null : actor.userId, action: "company.register", subject: company.bin ?? undefined, details: { companyId: company.id, name: company.name, people: data.people.length } }, tx);
      return { company, people: data.people.length, reused };
    })
    .catch((error: unknown) => {
      // Two officials registering the same BIN (or a new person's IIN) at once: the unique index decides.
      if (error instanceof Error && "code" in error && (error as { code: string }).code === "P2002") {
        // Which unique index refused, as the pg adapter reports it: the table of the violated index.
        const violated = (error as { meta?: { driverAdapterError?: { cause?: { table?: unknown } } } }).meta?.driverAdapterError?.cause;
        if (violated?.table === "person") throw new DomainError("PERSON_RACE");
        throw new DomainError("BIN_TAKEN", { bin: data.bin });
      }
      throw error;
    });
  // Its people, address and bank account are what the round-trip flag compares. The registry only writes them
  // here, when the company holds nothing yet, so this finds no colour today; an edit of the registry would
  // make the same call.
  scheduleCompanyFlagRefresh(registered.company.id);
  return registered;
}
