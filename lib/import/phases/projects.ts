import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { createProject } from "../../projects/create-project";
import { ZProjectFields } from "../../projects/create-project-from-csv";
import { checkUnit, isCategory, isItemCode } from "../../projects/estimate-check";
import { amount, CellProblem, day, nameCells, quantity, text } from "../cells";
import { RowRefusal } from "../describe-refusal";
import { type ImportRun, type TDocument } from "../import-run";
import { recordProjectCode } from "../project-codes";
import { day0, type TImportPhase, type TPhaseContext } from "./phase";

/** projects.csv with estimate-items.csv: each project created with its estimate, its code kept for the rows after. */
export const projectsPhase: TImportPhase = {
  files: ["projects.csv", "estimate-items.csv"],
  async apply(context) {
    for (const doc of context.run.documents("projects.csv", (r) => (r.project_code ?? "").trim(), "estimate-items.csv", (r) => (r.project_code ?? "").trim(), (k) => `project with the code ${k}`)) {
      await context.run.apply(doc, () => importProject(context, doc));
    }
  },
};

async function importProject({ run, find }: TPhaseContext, doc: TDocument) {
  const code = text(doc.row, "project_code");
  if (find.hasProjectCode(code)) throw new RowRefusal(doc.head.file, doc.head.line, `Column project_code: a project with the code ${code} already exists.`);
  const ministry = await find.organizationByBin(doc.head, "ministry_bin", text(doc.row, "ministry_bin"), "ministry");
  const fields = ZProjectFields.parse({ name: doc.row.name ?? "", region: text(doc.row, "region"), address: (doc.row.address ?? "").trim(), ministryId: ministry.id, startsOn: day(doc.row, "starts_on", { required: false }) ?? "", endsOn: day(doc.row, "ends_on", { required: false }) ?? "" });
  const items = estimateItems(run, doc);
  if (items.length === 0) throw new RowRefusal(doc.head.file, doc.head.line, `The project ${code} has no rows in estimate-items.csv.`);
  const project = await createProject({
    actor: SYSTEM_ACTOR,
    input: { ...fields, ...nameCells(doc.row), address: fields.address || null, startsOn: fields.startsOn ? day0(fields.startsOn) : null, endsOn: fields.endsOn ? day0(fields.endsOn) : null, items },
  });
  await recordProjectCode(project.id, code);
  find.rememberProjectCode(code, project.id);
}

/** The estimate's items, a bad cell or a repeated item code refused at its own line. */
function estimateItems(run: ImportRun, doc: TDocument) {
  const seen = new Map<string, number>();
  return doc.children.map((c) =>
    run.cell(c, () => {
      const itemCode = text(c.row, "item_code");
      if (seen.has(itemCode)) throw new CellProblem("item_code", `item ${itemCode} is already on line ${seen.get(itemCode)}.`);
      seen.set(itemCode, c.line);
      if (!isItemCode(itemCode)) throw new CellProblem("item_code", `"${itemCode}" is not an item code: an ЕНС ТРУ code (236310.100.000003) or a line code starting with a letter (A-1).`);
      if (!isCategory(text(c.row, "category"))) throw new CellProblem("category", `"${c.row.category}" is not a КПВЭД class (e.g. 23.63).`);
      const unitCheck = checkUnit(text(c.row, "unit"));
      if (!unitCheck.ok && unitCheck.code === "UNIT_SPELLING") throw new CellProblem("unit", `"${c.row.unit}" is written "${unitCheck.spelling}" in an estimate.`);
      if (!unitCheck.ok) throw new CellProblem("unit", `"${c.row.unit}" is not a unit we know (м3, м2, м, т, кг, шт, комплект, …).`);
      const unit = unitCheck.unit;
      return { code: itemCode, name: text(c.row, "name"), ...nameCells(c.row), category: text(c.row, "category"), unit, quantityMilli: quantity(c.row, "quantity"), ceilingUnitPriceTiyn: amount(c.row, "ceiling_unit_price") };
    }),
  );
}
