"use server";

import { defineAction, redirectTo, type TFormAction } from "@/lib/actions/action";
import { fieldErrorsOf, zodFieldIssues } from "@/lib/actions/action-errors";
import type { TFormState } from "@/lib/actions/action-state";
import { translate } from "@/lib/i18n";
import { formatTiyn } from "@/lib/money";
import { createProjectFromCsv, ZProjectFields } from "@/lib/projects/create-project-from-csv";
import { parseEstimateCsv } from "@/lib/projects/parse-estimate-csv";
import { lineAmountTiyn } from "@/lib/rules/amounts";
import { formatQuantityMilli } from "@/lib/quantity";
import { unitLabel } from "@/lib/unit-label";

export type TProjectFormState = TFormState & {
  preview?: { count: number; total: string; rows: { line: number; code: string; name: string; unit: string; quantity: string; price: string; amount: string }[] };
  problems?: string[];
};

const ESTIMATE_CHECK_CODES = { BAD_ITEM_CODE: 1, BAD_CATEGORY: 1, UNIT_SPELLING: 1 };
const FIELDS = ["name", "nameLang", "nameRu", "nameKk", "nameEn", "region", "address", "ministryId", "startsOn", "endsOn", "csv"] as const;

/** Checks the estimate (and the project's fields); creates the project only when asked and when all is right. */
export const projectFormAction: TFormAction<TProjectFormState> = defineAction({
  name: "projectFormAction",
  roles: ["official"],
  values: FIELDS,
  run: async ({ actor, form, values, t, locale }) => {
    const fields = ZProjectFields.safeParse(values);
    const parsed = parseEstimateCsv(values.csv ?? "");
    const problems = parsed.problems.map((p) => {
      const [value, first] = (p.value ?? "").split("@");
      const column = p.column ? translate(locale, `estimateCheck.columns.${p.column}`) : "—";
      const section = p.code in ESTIMATE_CHECK_CODES ? "estimateCheck.problems" : "projects.problems";
      return t("projects.problem", { line: p.line, column, message: translate(locale, `${section}.${p.code}`, { value: value ?? "", first: first ?? "", spelling: first ?? "" }) });
    });
    if (parsed.rows.length === 0 && problems.length === 0) problems.push(t("errors.codes.ESTIMATE_EMPTY"));
    const total = parsed.rows.reduce((a, r) => a + lineAmountTiyn(r.quantityMilli, r.ceilingUnitPriceTiyn), 0n);
    const preview = {
      count: parsed.rows.length,
      total: formatTiyn(total),
      rows: parsed.rows.slice(0, 200).map((r, i) => ({
        line: i + 2,
        code: r.code,
        name: r.name,
        unit: unitLabel(r.unit, locale),
        quantity: formatQuantityMilli(r.quantityMilli, locale),
        price: formatTiyn(r.ceilingUnitPriceTiyn),
        amount: formatTiyn(lineAmountTiyn(r.quantityMilli, r.ceilingUnitPriceTiyn)),
      })),
    };
    // The preview answers with every problem at once, the fields' and the estimate's: not as a refusal.
    const fieldErrors = fields.success ? undefined : fieldErrorsOf(zodFieldIssues(fields.error), locale);
    if (problems.length || !fields.success || form.get("intent") !== "create") {
      const message = problems.length
        ? t("projects.previewProblems", { count: problems.length })
        : !fields.success
          ? t("errors.fixFields")
          : t("projects.previewOk", { count: preview.count, total: preview.total });
      return { ok: problems.length === 0 && fields.success, message, fieldErrors, values, preview, problems };
    }
    // The estimate is parsed again on the server at creation: the preview is never trusted.
    const project = await createProjectFromCsv({ actor, fields: fields.data, csv: values.csv ?? "" });
    return redirectTo(`/projects/${project.id}`, "projectCreated");
  },
});
