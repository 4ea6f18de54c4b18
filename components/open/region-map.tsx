import type { TRegionMapView } from "@/lib/public/region-map-view";

// Tile geometry in SVG units; the picture scales to its container.
const W = 104;
const H = 64;
const GAP = 6;

/**
 * Shading per class (decision 0176): white with a dashed border for "no money", then four steps of the brand teal.
 * Colour is never the only cue: the border style, and the share printed on every tile, say the same thing.
 */
const LEVEL_STYLE = [
  { fill: "#ffffff", stroke: "#64748b", dash: "4 3", text: "#0f172a" },
  { fill: "#d5ecea", stroke: "#0f766e", dash: undefined, text: "#0f172a" },
  { fill: "#7cc4bb", stroke: "#0f766e", dash: undefined, text: "#0f172a" },
  { fill: "#0f766e", stroke: "#134e4a", dash: undefined, text: "#ffffff" },
  { fill: "#134e4a", stroke: "#134e4a", dash: undefined, text: "#ffffff" },
] as const;

/**
 * Kazakhstan's regions as a tile map (no outlines or map tiles fetched: decision 0176). A picture with its own text
 * alternative; the ranked list beside it carries the same figures with links, for every reader and every width.
 */
export function RegionMap({ view, id }: { view: TRegionMapView; id: string }) {
  const width = view.columns * (W + GAP) - GAP;
  const height = view.rows * (H + GAP) - GAP;
  return (
    <figure aria-labelledby={`${id}-caption`} className="card p-4">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-label`} className="h-auto w-full max-w-3xl" data-testid="region-map">
        <title id={`${id}-label`}>{view.label}</title>
        {view.tiles.map((tile) => {
          const s = LEVEL_STYLE[tile.level];
          const x = tile.col * (W + GAP);
          const y = tile.row * (H + GAP);
          return (
            <g key={tile.code} data-region={tile.code} data-level={tile.level}>
              <title>{tile.title}</title>
              <rect x={x + 1} y={y + 1} width={W - 2} height={H - 2} rx={6} fill={s.fill} stroke={s.stroke} strokeWidth={1.5} strokeDasharray={s.dash} />
              <text x={x + W / 2} y={y + 26} textAnchor="middle" fontSize={12} fill={s.text}>
                {tile.short}
              </text>
              <text x={x + W / 2} y={y + 47} textAnchor="middle" fontSize={15} fontWeight={600} fill={s.text}>
                {tile.share}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-caption`} className="mt-3 space-y-2 text-sm text-slate-700">
        <p>{view.note}</p>
        <p className="font-medium">{view.legend}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {view.levels.map((l) => {
            const s = LEVEL_STYLE[l.level];
            return (
              <li key={l.level} className="flex items-center gap-2">
                <svg width="20" height="14" aria-hidden focusable="false">
                  <rect x="1" y="1" width="18" height="12" rx="2" fill={s.fill} stroke={s.stroke} strokeWidth="1.5" strokeDasharray={s.dash} />
                </svg>
                {l.label}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
