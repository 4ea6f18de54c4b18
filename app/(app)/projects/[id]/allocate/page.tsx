import { randomUUID } from "node:crypto";
import { defaultSpendBy } from "@/lib/allocations/allocation-form";
import { allocationOptions } from "@/lib/allocations/allocation-options";
import { requireRole } from "@/lib/auth";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { formatQuantityMilli } from "@/lib/quantity";
import { orNotFound, routeId } from "../../../route-helpers";
import { AllocationForm } from "./allocation-form";

export const generateMetadata = pageTitle("allocations.title");

export default async function AllocatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const { project, items, lines } = await orNotFound(allocationOptions({ actor, projectId: id }));
  return (
    <section aria-labelledby="allocate-title" className="space-y-4">
      <div>
        <h2 id="allocate-title" className="text-lg font-semibold text-slate-900">
          {t("allocations.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("allocations.intro")}</p>
      </div>
      {lines.length === 0 || items.length === 0 ? (
        <p className="card p-6 text-sm text-slate-600">{t(lines.length === 0 ? "allocations.noLines" : "allocations.noItems")}</p>
      ) : (
        <AllocationForm
          projectId={id}
          requestKey={randomUUID()}
          defaultExpiresOn={defaultSpendBy(project.endsOn)}
          lines={lines.map((l) => ({
            id: l.id,
            label: t("allocations.lineOption", { code: `${l.code} / ${l.specifics}`, year: l.fiscalYear, name: l.name, remaining: formatTiyn(l.remainingTiyn) }),
            isExhausted: l.remainingTiyn <= 0n,
          }))}
          items={items.map((i) => ({ code: i.code, label: `${i.code} — ${i.name} (${formatQuantityMilli(i.quantityMilli, locale, i.unit)}, ${formatTiyn(i.ceilingUnitPriceTiyn)})` }))}
        />
      )}
    </section>
  );
}
