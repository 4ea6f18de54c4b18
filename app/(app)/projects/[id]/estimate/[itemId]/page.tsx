import Link from "next/link";
import { requireRole } from "@/lib/auth";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatTiyn, tiynToDecimalString } from "@/lib/money";
import { getEstimateItemForEdit } from "@/lib/projects/change-estimate";
import { UNITS } from "@/lib/projects/units";
import { filedLanguage } from "@/lib/i18n/localized-name";
import { formatQuantityMilli as formatQuantity } from "@/lib/quantity";
import { formatQuantityMilli } from "@/lib/rules/amounts";
import { orNotFound, routeId } from "../../../../route-helpers";
import { EditItemForm, RemoveItemForm } from "../item-forms";

export const generateMetadata = pageTitle("project.estimate.editTitle");

export default async function EditEstimateItemPage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const p = await params;
  const projectId = routeId(p.id);
  const itemId = routeId(p.itemId);
  const e = await orNotFound(getEstimateItemForEdit({ actor, projectId, itemId }));
  const { item } = e;
  const hints = {
    quantity: e.minQuantityMilli > 0n ? t("project.estimate.minQuantity", { quantity: formatQuantity(e.minQuantityMilli, locale, item.unit) }) : undefined,
    ceiling: e.minCeilingTiyn !== null ? t("project.estimate.minCeiling", { ceiling: formatTiyn(e.minCeilingTiyn) }) : undefined,
    unit: e.canChangeUnit ? undefined : t("project.estimate.unitLocked"),
  };
  return (
    <div className="space-y-6">
      <Link href={`/projects/${projectId}/estimate`} className="inline-block text-sm text-brand-700 hover:underline">
        ← {t("project.tabs.estimate")}
      </Link>
      <section className="card p-5" aria-labelledby="edit-title">
        <h2 id="edit-title" className="text-lg font-semibold text-slate-900">
          {t("project.estimate.editItem", { code: item.code })}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t(e.hasAllocation ? "project.estimate.reasonNeeded" : "project.estimate.addIntro")}</p>
        <EditItemForm
          projectId={projectId}
          itemId={item.id}
          expectedVersion={e.estimateVersion}
          units={Object.keys(UNITS)}
          unitLocked={!e.canChangeUnit}
          reasonRequired={e.hasAllocation}
          hints={hints}
          initial={{
            name: item.name,
            nameLang: filedLanguage(item),
            nameRu: item.nameRu ?? "",
            nameKk: item.nameKk ?? "",
            nameEn: item.nameEn ?? "",
            category: item.category,
            unit: item.unit,
            quantity: formatQuantityMilli(item.quantityMilli).replace(/\s/g, ""),
            ceiling: tiynToDecimalString(item.ceilingUnitPriceTiyn).replace(".", ","),
          }}
        />
      </section>
      <section className="card p-5" aria-labelledby="remove-title">
        <h2 id="remove-title" className="text-lg font-semibold text-slate-900">
          {t("project.estimate.removeTitle")}
        </h2>
        {e.canRemove ? (
          <>
            <p className="mb-4 text-sm text-slate-600">{t("project.estimate.removeIntro")}</p>
            <RemoveItemForm projectId={projectId} itemId={item.id} expectedVersion={e.estimateVersion} reasonRequired={e.hasAllocation} />
          </>
        ) : (
          <p className="text-sm text-slate-600">{t("project.estimate.cannotRemove")}</p>
        )}
      </section>
    </div>
  );
}
