// Thresholds and measured values in the reader's words: the units follow from the name (…Bp a share,
// …Tiyn money, …Days days), so a new threshold needs no new formatting code.
import { formatDate, formatDateTime } from "../dates";
import type { TLocale, TTranslate } from "../i18n";
import { formatTiyn } from "../money";
import { FLAG_CONFIG, type TFlagConfig } from "./config";
import { KIND_OCP, KIND_THRESHOLDS, type TFlagKind } from "./kinds";

// One digit convention for every language, as money (decision 0251).
const numberLocale = (_locale: TLocale) => "ru-RU";

export function formatThreshold(key: string, value: unknown, t: TTranslate, locale: TLocale): string {
  if (typeof value === "boolean") return t(value ? "common.yes" : "common.no");
  const n = Number(value);
  if (key.endsWith("Bp")) return `${(n / 100).toLocaleString(numberLocale(locale))} %`;
  if (key.endsWith("Pct")) return (n / 100).toLocaleString(numberLocale(locale));
  if (key.endsWith("Days")) return t("flags.units.days", { n });
  if (key.endsWith("Minutes")) return t("flags.units.minutes", { n });
  if (key.endsWith("Hour")) return `${String(n).padStart(2, "0")}:00`;
  return n.toLocaleString(numberLocale(locale));
}

/** The kind's thresholds as [key, formatted] pairs, in config order (none, with a null section, for a kind without thresholds). */
export function thresholdsOf(kind: TFlagKind, t: TTranslate, locale: TLocale, config: TFlagConfig = FLAG_CONFIG): { section: keyof TFlagConfig | null; rows: [string, string][] } {
  const section = KIND_THRESHOLDS[kind];
  if (!section) return { section, rows: [] };
  return { section, rows: Object.entries(config[section]).map(([k, v]) => [k, formatThreshold(k, v, t, locale)]) };
}

/** The definition of a kind with its thresholds filled in, and the Open Contracting red flags it adapts (decision 0161). */
export function definitionOf(kind: TFlagKind, t: TTranslate, locale: TLocale, config: TFlagConfig = FLAG_CONFIG): string {
  const ocp = KIND_OCP[kind].length ? t("flagDefs.ocp", { ids: KIND_OCP[kind].join(", ") }) : t("flagDefs.ocpNone");
  return `${t(`flags.kinds.${kind}.definition`, Object.fromEntries(thresholdsOf(kind, t, locale, config).rows))} ${ocp}`;
}

const HIDDEN_FACTS = new Set(["thresholds", "relations"]);

/** Measured values stored with a flag, formatted; thresholds and relations are shown on their own. */
export function factsOf(facts: Record<string, unknown>, t: TTranslate, locale: TLocale): [string, string][] {
  return Object.entries(facts)
    .filter(([k]) => !HIDDEN_FACTS.has(k))
    .map(([k, v]): [string, string] => {
      if (k.endsWith("Tiyn")) return [k, formatTiyn(BigInt(String(v)))];
      if (k.endsWith("Bp")) return [k, formatThreshold(k, v, t, locale)];
      if (k === "ageDays") return [k, t("flags.units.days", { n: Number(v) })];
      if (k === "seconds") return [k, t("flags.units.seconds", { n: Number(v) })];
      if (k.endsWith("Milli")) return [k, (Number(v) / 1000).toLocaleString(numberLocale(locale))];
      if (k === "registeredOn" || k === "debarredFrom") return [k, v ? formatDate(new Date(String(v))) : "—"];
      if (k === "firstReceiptAt" || k === "expiresAt") return [k, formatDateTime(new Date(String(v)))];
      if (k === "times" && Array.isArray(v)) return [k, v.map((x) => formatDateTime(new Date(String(x)))).join(", ")];
      return [k, typeof v === "number" ? v.toLocaleString(numberLocale(locale)) : String(v)];
    });
}
