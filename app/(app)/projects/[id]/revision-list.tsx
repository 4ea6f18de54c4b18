import { formatDateTime } from "@/lib/dates";
import { translate, type TLocale } from "@/lib/i18n";
import { formatTiyn } from "@/lib/money";
import { formatQuantityMilli } from "@/lib/quantity";

type TSnapshot = { code: string; name: string; unit: string; quantityMilli: string; ceilingUnitPriceTiyn: string };
type TChange = { op: "create"; count: number } | { op: "add" | "change" | "remove"; code: string; before?: TSnapshot; after?: TSnapshot };
type TRevision = { id: number; version: number; reason: string; changes: unknown; createdAt: Date; authorName: string | null };

const itemText = (locale: TLocale, s: TSnapshot) => `${formatQuantityMilli(BigInt(s.quantityMilli), locale, s.unit)} × ${formatTiyn(BigInt(s.ceilingUnitPriceTiyn))}`;

function describe(locale: TLocale, c: TChange): string {
  if (c.op === "create") return translate(locale, "project.revisions.created", { count: c.count });
  if (c.op === "add" && c.after) return translate(locale, "project.revisions.added", { code: c.code, name: c.after.name, item: itemText(locale, c.after) });
  if (c.op === "remove" && c.before) return translate(locale, "project.revisions.removed", { code: c.code, name: c.before.name });
  if (c.op === "change" && c.before && c.after) return translate(locale, "project.revisions.changed", { code: c.code, before: itemText(locale, c.before), after: itemText(locale, c.after) });
  return c.op;
}

/** The estimate's versions, newest first: what changed, why, who and when. */
export function RevisionList({ locale, revisions }: { locale: TLocale; revisions: TRevision[] }) {
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title" className="mb-3 text-lg font-semibold text-slate-900">
        {translate(locale, "project.revisions.title")}
      </h2>
      {revisions.length === 0 ? (
        <p className="text-sm text-slate-500">{translate(locale, "project.revisions.empty")}</p>
      ) : (
        <ol className="card divide-y divide-slate-100">
          {revisions.map((r) => (
            <li key={r.id} className="px-4 py-3 text-sm">
              <div className="flex flex-wrap justify-between gap-2">
                <span className="font-medium">{translate(locale, "project.revisions.version", { version: r.version })}</span>
                <span className="text-slate-500 tabular-nums">
                  {formatDateTime(r.createdAt)}
                  {r.authorName ? ` · ${r.authorName}` : ""}
                </span>
              </div>
              <ul className="mt-1 text-slate-700">
                {(r.changes as TChange[]).map((c, i) => (
                  <li key={i}>{describe(locale, c)}</li>
                ))}
              </ul>
              {r.reason ? <p className="mt-1 text-slate-600">{translate(locale, "project.revisions.reason", { reason: r.reason })}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
