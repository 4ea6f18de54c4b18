import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { almatyDay, formatDate } from "../dates";
import { prisma } from "../db";
import { DomainError, FieldIssuesError, ForbiddenError, type TFieldIssue } from "../errors";
import { parseTenge } from "../money";
import { parseQuantity } from "../projects/parse-estimate-csv";
import { checkContractTerms, type TContractLine } from "./check-contract";
import { loadContractTerms } from "./contract-terms";
import { createContract } from "./create-contract";
import { hasExpired, isDayAfter } from "../rules/as-of";
import { zBin, zText } from "../text-field";
import { zId } from "../http/parse-id";
import { saneDayOrMalformed } from "../text-field";

const ZDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date" })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { message: "date" })
  .refine(saneDayOrMalformed(), { message: "input.fields.dateRange" });

const ZTenge = z.string().transform((v, ctx) => {
  const parsed = parseTenge(v);
  if (parsed.ok && parsed.tiyn > 0n) return parsed.tiyn;
  const reason = parsed.ok ? "negative" : parsed.reason;
  ctx.addIssue({ code: "custom", message: reason === "precision" ? "amountPrecision" : reason === "negative" ? "amountPositive" : "amount" });
  return z.NEVER;
});

/** One row of the form's estimate table; rows not included are ignored, their numbers unread. */
const ZContractRow = z.object({
  include: z.boolean(),
  estimateItemId: zId(),
  quantity: z.string().default(""),
  price: z.string().default(""),
});

/**
 * A general contract as the official's form sends it: strings, parsed here so each field gets its own error.
 * `asOfDay` is the Almaty day the contract is judged at: today on the form, the signing day for imported history.
 */
const zCreateGeneralContract = (asOfDay: string) =>
  z
    .object({
      colourId: zId(),
      contractorBin: zBin(),
      number: zText({ min: 1, max: 64 }),
      value: ZTenge,
      signedOn: ZDay.refine((d) => !isDayAfter(d, asOfDay), { message: "contracts.errors.signedInFuture" }),
      endsOn: ZDay.nullish().or(z.literal("").transform(() => null)),
      items: z
        .array(ZContractRow)
        .max(5000)
        // Parsed here rather than on the whole form, so that its problems show even when other fields have some.
        .transform((rows, ctx) => {
          const lines: TContractLine[] = [];
          rows.forEach((row, i) => {
            if (!row.include) return;
            const quantity = parseQuantity(row.quantity);
            const price = parseTenge(row.price);
            if (!quantity.ok) ctx.addIssue({ code: "custom", path: [i, "quantity"], message: "contracts.errors.quantity" });
            if (!price.ok || price.tiyn <= 0n) ctx.addIssue({ code: "custom", path: [i, "price"], message: price.ok || price.reason !== "precision" ? "amount" : "amountPrecision" });
            if (quantity.ok && price.ok && price.tiyn > 0n) lines.push({ row: i, estimateItemId: row.estimateItemId, quantityMilli: quantity.milli, ceilingUnitPriceTiyn: price.tiyn });
          });
          if (!rows.some((r) => r.include)) ctx.addIssue({ code: "custom", message: "contracts.errors.noItems" });
          return lines;
        }),
    })
    .transform((c, ctx) => {
      if (c.endsOn && c.endsOn < c.signedOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "dateOrder" });
      return {
        colourId: c.colourId,
        contractorBin: c.contractorBin,
        number: c.number,
        valueTiyn: c.value,
        signedOn: new Date(`${c.signedOn}T00:00:00Z`),
        endsOn: c.endsOn ? new Date(`${c.endsOn}T00:00:00Z`) : null,
        lines: c.items,
      };
    });
export type TCreateGeneralContract = z.input<ReturnType<typeof zCreateGeneralContract>>;

/**
 * An official signs a general contract under one colour of their ministry's project with a registered company
 * that is not debarred, over estimate items at most at their estimated quantities and ceilings, for a value
 * those items cover and the colour has not committed elsewhere. Problems come back per field
 * (FieldIssuesError); createContract re-checks the contractor and the estimate inside its transaction.
 *
 * `asOf`: the moment the contract is judged at (the colour not expired, the signing day not after it). A screen
 * leaves it unset (now); the import of history passes the end of the signing day, so a contract of a past year
 * is judged as it was signed, not by the machine's clock (decision 0142).
 */
export async function createGeneralContract({ actor, input, asOf = new Date() }: { actor: TActor; input: TCreateGeneralContract; asOf?: Date }) {
  if (actor.role !== "official" && !actor.isSystem) throw new ForbiddenError();
  const data = zCreateGeneralContract(almatyDay(asOf)).parse(input);
  const terms = await loadContractTerms({ actor, colourId: data.colourId });
  const issues: TFieldIssue[] = [];
  if (terms.colour.isClosed) issues.push({ field: "colourId", key: "contracts.errors.colourClosed" });
  else if (hasExpired(terms.colour.expiresAt, asOf)) issues.push({ field: "colourId", key: "contracts.errors.colourExpired", params: { date: formatDate(terms.colour.expiresAt) } });
  const company = await prisma().organization.findUnique({ where: { bin: data.contractorBin } });
  if (!company || company.kind !== "company") issues.push({ field: "contractorBin", key: "contracts.errors.companyNotFound", params: { bin: data.contractorBin } });
  else if (company.isDebarred) issues.push(debarredIssue(company));
  issues.push(
    ...checkContractTerms({
      lines: data.lines,
      valueTiyn: data.valueTiyn,
      estimate: terms.estimate,
      allowedItemCodes: terms.allowedItemCodes,
      availableTiyn: terms.availableTiyn,
    }),
  );
  if (issues.length > 0 || !company) throw new FieldIssuesError(issues);
  try {
    return await createContract({
      actor,
      input: {
        colourId: data.colourId,
        contractorId: company.id,
        number: data.number,
        valueTiyn: data.valueTiyn,
        signedOn: data.signedOn,
        endsOn: data.endsOn,
        items: data.lines.map((l) => ({ estimateItemId: l.estimateItemId, quantityMilli: l.quantityMilli, ceilingUnitPriceTiyn: l.ceilingUnitPriceTiyn })),
      },
    });
  } catch (error) {
    // Debarred between our check and the contract's transaction, or the same number signed twice at once.
    if (error instanceof DomainError && error.code === "PAYEE_DEBARRED") {
      const now = await prisma().organization.findUniqueOrThrow({ where: { id: company.id } });
      throw new FieldIssuesError([debarredIssue(now)]);
    }
    if (error instanceof Error && "code" in error && (error as { code: string }).code === "P2002") {
      throw new FieldIssuesError([{ field: "number", key: "contracts.errors.numberTaken", params: { number: data.number } }]);
    }
    throw error;
  }
}

function debarredIssue(company: { name: string; bin: string | null; debarredOn: Date | null; debarredReason: string | null }): TFieldIssue {
  return { field: "contractorBin", key: "contracts.errors.companyDebarred", params: { name: company.name, bin: company.bin ?? "", date: formatDate(company.debarredOn), reason: company.debarredReason ?? "—" } };
}
