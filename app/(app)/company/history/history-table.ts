import "server-only";
import type { TActor } from "@/lib/actor";
import { companyPaymentsTable } from "@/lib/exports/audit-and-payments";
import type { TLocale } from "@/lib/i18n";
import { ZHistoryFilters } from "./filters";

/** The payment history's table with the page's own filters, for its CSV and .xlsx routes (decision 0274). */
export function historyTable({ actor, params, locale }: { actor: TActor; params: Record<string, string | undefined>; locale: TLocale }) {
  return companyPaymentsTable({ actor, ...ZHistoryFilters.parse(params), locale });
}
