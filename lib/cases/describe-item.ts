import { isFlagKind } from "../flags/kinds";
import type { TTranslate } from "../i18n";
import type { TResolvedItem } from "./case-items";

/** One resolved case item in words: "Flag #12 · Round-trip · Beton Service KZ LLP", "Company Beton Service KZ LLP", "Transfer #40". */
export function describeCaseItem(a: TResolvedItem, t: TTranslate): string {
  return [`${t(`cases.itemTypes.${a.type}` as never)} ${a.label}`, ...(a.flagKind && isFlagKind(a.flagKind) ? [t(`flags.kinds.${a.flagKind}.name` as never)] : []), ...(a.type === "flag" && a.detail ? [a.detail] : [])].join(" · ");
}
