import type { TLocale } from "@/lib/i18n";
import { figuresAsOfText } from "@/lib/public/aggregate-cache";

/** The line under a public page's title that says as of when its kept figures are (decision 0171). */
export function FiguresAsOf({ asOf, locale }: { asOf: Parameters<typeof figuresAsOfText>[0]; locale: TLocale }) {
  return (
    <p className="mb-4 text-sm text-slate-600" data-testid="figures-as-of">
      {figuresAsOfText(asOf, locale)}
    </p>
  );
}
