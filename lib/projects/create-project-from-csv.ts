import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { DomainError } from "../errors";
import { REGION_CODES } from "../kz/regions";
import { createProject } from "./create-project";
import { parseEstimateCsv } from "./parse-estimate-csv";
import { saneDayOrMalformed, zText } from "../text-field";
import { zId } from "../http/parse-id";
import { zNameForms } from "../i18n/localized-name";

const ZDay = z
  .string()
  .trim()
  .transform((v) => v || null)
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date" }).nullable())
  .refine(saneDayOrMalformed(), { message: "input.fields.dateRange" });

export const ZProjectFields = z
  .object({
    name: zText({ min: 3, max: 300 }),
    ...zNameForms(300),
    region: z.enum(REGION_CODES, { message: "invalidChoice" }),
    address: zText({ max: 300 }).optional(),
    ministryId: zId(),
    startsOn: ZDay,
    endsOn: ZDay,
  })
  .refine((p) => !p.startsOn || !p.endsOn || p.startsOn <= p.endsOn, { message: "dateOrder", path: ["endsOn"] });
export type TProjectFields = z.infer<typeof ZProjectFields>;

/** Creates a project and its whole estimate in one transaction, or nothing: a CSV with any problem is refused. */
export async function createProjectFromCsv({ actor, fields, csv }: { actor: TActor; fields: TProjectFields; csv: string }) {
  const parsed = parseEstimateCsv(csv);
  if (parsed.problems.length) throw new DomainError("ESTIMATE_INVALID", { problems: parsed.problems.length });
  if (parsed.rows.length === 0) throw new DomainError("ESTIMATE_EMPTY");
  return createProject({
    actor,
    input: {
      name: fields.name,
      nameLang: fields.nameLang,
      nameRu: fields.nameRu,
      nameKk: fields.nameKk,
      nameEn: fields.nameEn,
      region: fields.region,
      address: fields.address || null,
      ministryId: fields.ministryId,
      startsOn: fields.startsOn ? new Date(`${fields.startsOn}T00:00:00Z`) : null,
      endsOn: fields.endsOn ? new Date(`${fields.endsOn}T00:00:00Z`) : null,
      items: parsed.rows,
    },
  });
}
