import Link from "next/link";
import { TextLink } from "@/components/text-link";
import { PageHeader } from "@/components/page-header";
import { listContractColours, loadContractTerms } from "@/lib/contracts/contract-terms";
import { almatyDay, formatDate } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/server";
import { formatTiyn, tiynToDecimalString } from "@/lib/money";
import { formatQuantityMilli } from "@/lib/rules/amounts";
import { formatQuantityMilli as formatQuantity } from "@/lib/quantity";
import { NewContractForm } from "./new-contract-form";
import { CompanyChoice } from "@/components/company-choice";
import { contractorPreview, searchContractorChoices } from "@/lib/pickers/contractor-picker";
import { PICK_QUERY_MAX } from "../../picker-route";
import { parseId } from "@/lib/http/parse-id";
import { orNotFound, pageRequest } from "../../route-helpers";

export const generateMetadata = pageTitle("contracts.newTitle");

/** Two steps: choose the colour (a plain GET form), then the contract's terms over that project's estimate. */
export default async function NewContractPage({ searchParams }: { searchParams: Promise<{ colour?: string; bin?: string; find?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const bin = /^\d{12}$/.test(sp.bin ?? "") ? sp.bin! : "";
  const colourId = parseId(sp.colour);
  const back = <TextLink href="/contracts" className="mb-4 inline-block text-sm">← {t("contracts.backToList")}</TextLink>;

  if (colourId === null) {
    const colours = await listContractColours({ actor });
    return (
      <>
        {back}
        <PageHeader title={t("contracts.newTitle")} intro={t("contracts.newIntro")} />
        {colours.length === 0 ? (
          <p className="card p-5 text-sm text-slate-600">{t("contracts.noColours")}</p>
        ) : (
          <form method="get" className="card flex flex-wrap items-end gap-3 p-5" aria-label={t("contracts.colour")}>
            <div className="min-w-72 flex-1">
              <label htmlFor="colour" className="mb-1 block text-sm font-medium text-slate-700">
                {t("contracts.colour")}
              </label>
              <select id="colour" name="colour" className="input" aria-describedby="colour-hint">
                {colours.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t("contracts.colourOption", { project: c.project.name, colour: c.id, code: `${c.budgetLine.code} / ${c.budgetLine.specifics}`, date: formatDate(c.expiresAt) })}
                  </option>
                ))}
              </select>
              <p id="colour-hint" className="mt-1 text-xs text-slate-500">
                {t("contracts.colourHint")}
              </p>
            </div>
            {bin ? <input type="hidden" name="bin" value={bin} /> : null}
            <button type="submit" className="btn-primary">
              {t("contracts.chooseColour")}
            </button>
          </form>
        )}
      </>
    );
  }

  const terms = await orNotFound(loadContractTerms({ actor, colourId }));
  // Inputs are prefilled the way the reader writes numbers: a decimal comma in Russian and Kazakh.
  const decimal = (s: string) => (locale === "en" ? s : s.replace(".", ","));
  const rows = terms.estimate.map((e) => ({
    id: e.id,
    code: e.code,
    name: e.name,
    unit: e.unit,
    quantity: decimal(formatQuantityMilli(e.quantityMilli)),
    price: decimal(tiynToDecimalString(e.ceilingUnitPriceTiyn)),
    estimateQuantity: formatQuantity(e.quantityMilli, locale, e.unit),
    estimateCeiling: formatTiyn(e.ceilingUnitPriceTiyn),
  }));
  // The contractor is chosen, not typed (decision 0228): a search (type-ahead, or the results step below without
  // JavaScript), then the preview of the chosen company; the contract's terms come once one is chosen.
  const preview = bin ? await contractorPreview({ actor, bin, locale }) : null;
  const find = (sp.find ?? "").trim().slice(0, PICK_QUERY_MAX);
  const found = !preview && find ? await searchContractorChoices({ actor, q: find, locale }) : null;
  const keep = { colour: String(terms.colour.id) };
  return (
    <>
      {back}
      <PageHeader title={t("contracts.newTitle")} intro={t("contracts.newIntro")} />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700">
        <p>
          {t("contracts.colourSummary", {
            colour: terms.colour.id,
            project: terms.colour.project.name,
            minted: formatTiyn(terms.colour.mintedTiyn),
            committed: formatTiyn(terms.committedTiyn),
            available: formatTiyn(terms.availableTiyn),
          })}
        </p>
        <Link href={bin ? `/contracts/new?bin=${bin}` : "/contracts/new"} className="text-brand-700 hover:underline">
          {t("contracts.changeColour")}
        </Link>
      </div>
      <CompanyChoice
        kind="contractor"
        preview={preview}
        bin={bin}
        find={find}
        found={found}
        action="/contracts/new"
        keep={keep}
        changeHref={`/contracts/new?colour=${terms.colour.id}`}
        t={t}
      />
      {preview ? <NewContractForm colourId={terms.colour.id} rows={rows} contractorBin={preview.bin} today={almatyDay(new Date())} /> : null}
    </>
  );
}
