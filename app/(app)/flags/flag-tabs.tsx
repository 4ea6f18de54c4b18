import { TabLinks } from "@/components/tab-links";
import type { TTranslate } from "@/lib/i18n";

/** Queue, risk ranking and the catalogue of kinds: the investigator's three views of flags. */
export function FlagTabs({ t }: { t: TTranslate }) {
  return (
    <TabLinks
      label={t("flags.tabs.label")}
      items={[
        { href: "/flags", label: t("flags.tabs.queue") },
        { href: "/flags/risk", label: t("flags.tabs.risk") },
        { href: "/flags/kinds", label: t("flags.tabs.kinds") },
      ]}
    />
  );
}

const SEVERITY_STYLE = { high: "bg-red-100 text-red-800", medium: "bg-amber-100 text-amber-800", low: "bg-slate-100 text-slate-700" } as const;

export function SeverityBadge({ severity, label }: { severity: keyof typeof SEVERITY_STYLE; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${SEVERITY_STYLE[severity]}`}>{label}</span>;
}
