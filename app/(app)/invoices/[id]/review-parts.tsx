import type { TTranslate } from "@/lib/i18n";
import type { listInvoiceActs } from "@/lib/invoices/invoice-acts";
import { kilobytes } from "@/lib/quantity";

/** The invoice's acts of work done, as download links with their size and the start of their SHA-256. */
export function InvoiceActs({ acts, invoiceId, t }: { acts: Awaited<ReturnType<typeof listInvoiceActs>>; invoiceId: number; t: TTranslate }) {
  return (
    <section className="mb-6 text-sm" aria-labelledby="acts-title">
      <h2 id="acts-title" className="mb-1 font-semibold text-slate-900">
        {t("invoices.acts")}
      </h2>
      {acts.length === 0 ? (
        <p className="text-slate-600">{t("invoices.noActs")}</p>
      ) : (
        <ul className="space-y-1">
          {acts.map((a) => (
            <li key={a.id}>
              <a className="text-brand-700 hover:underline" href={`/invoices/${invoiceId}/acts/${a.id}`} download>
                {a.fileName}
              </a>{" "}
              <span className="text-slate-500">
                ({t("project.documentList.size", { size: kilobytes(a.sizeBytes) })} · SHA-256 <span className="font-mono text-xs">{a.sha256.slice(0, 16)}…</span>)
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
