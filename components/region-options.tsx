import { REGIONS } from "@/lib/kz/regions";
import type { TLocale } from "@/lib/i18n";

/** The 20 regions as <option>s, named in the reader's language. */
export function RegionOptions({ locale }: { locale: TLocale }) {
  return REGIONS.map((r) => (
    <option key={r.code} value={r.code}>
      {r[locale]}
    </option>
  ));
}
