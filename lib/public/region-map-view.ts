import { translator, type TLocale } from "../i18n";
import { regionName } from "../kz/regions";
import { formatTiyn } from "../money";
import { MAP_COLUMNS, MAP_LEVELS, MAP_ROWS, regionMapTiles } from "./region-map";

/** Share of the largest region, whole per cent in the reader's language ("25 %" / "25%"). */
function shareOfLargest(permille: number, locale: TLocale) {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-KZ`, { style: "percent", maximumFractionDigits: 0 }).format(permille / 1000);
}

/** The home page's tile map of regions, worded and formatted (decision 0176): every tile carries its number too. */
export function regionMapView(byRegion: readonly { region: string; allocated: bigint }[], locale: TLocale) {
  const t = translator(locale);
  const tiles = regionMapTiles(byRegion).map((tile) => {
    const name = regionName(tile.code, locale);
    const share = tile.level === 0 ? "—" : shareOfLargest(tile.permille, locale);
    return {
      code: tile.code,
      col: tile.col,
      row: tile.row,
      level: tile.level,
      short: t(`a11y.map.short.${tile.code}` as never),
      share,
      title: t("a11y.map.tile", { region: name, amount: formatTiyn(tile.allocated), share: tile.level === 0 ? shareOfLargest(0, locale) : share }),
    };
  });
  return {
    columns: MAP_COLUMNS,
    rows: MAP_ROWS,
    title: t("a11y.map.title"),
    label: t("a11y.map.label"),
    note: t("a11y.map.note"),
    legend: t("a11y.map.legend"),
    levels: MAP_LEVELS.map((level) => ({ level, label: t(`a11y.map.levels.${level}` as never) })),
    tiles,
  };
}

export type TRegionMapView = ReturnType<typeof regionMapView>;
