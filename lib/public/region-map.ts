import { REGION_CODES, type TRegionCode } from "../kz/regions";

// The home page's map of regions (issue 16, decision 0176): a tile map, one equal tile per region placed roughly
// where the region lies (north at the top, west on the left), so that no outline data or map tiles are needed at
// runtime. Small regions (the three cities) are as visible as the largest oblasts, which a choropleth of real
// outlines would hide. Pure: plain figures in, tiles out; the page words and formats them.

/** Column and row of each region's tile (6 × 4). */
export const TILE_PLACES: Record<TRegionCode, { col: number; row: number }> = {
  "west-kazakhstan": { col: 0, row: 0 },
  kostanay: { col: 2, row: 0 },
  "north-kazakhstan": { col: 3, row: 0 },
  pavlodar: { col: 4, row: 0 },
  "east-kazakhstan": { col: 5, row: 0 },
  atyrau: { col: 0, row: 1 },
  aktobe: { col: 1, row: 1 },
  akmola: { col: 3, row: 1 },
  astana: { col: 4, row: 1 },
  abai: { col: 5, row: 1 },
  mangystau: { col: 0, row: 2 },
  kyzylorda: { col: 1, row: 2 },
  ulytau: { col: 2, row: 2 },
  karaganda: { col: 3, row: 2 },
  zhetysu: { col: 5, row: 2 },
  turkistan: { col: 1, row: 3 },
  shymkent: { col: 2, row: 3 },
  zhambyl: { col: 3, row: 3 },
  almaty: { col: 4, row: 3 },
  "almaty-city": { col: 5, row: 3 },
};

export const MAP_COLUMNS = 6;
export const MAP_ROWS = 4;
/** Shading classes: 0 no money, then quarters of the largest region's amount. */
export const MAP_LEVELS = [0, 1, 2, 3, 4] as const;
export type TMapLevel = (typeof MAP_LEVELS)[number];

export type TMapTile = { code: TRegionCode; col: number; row: number; allocated: bigint; level: TMapLevel; permille: number };

/** The class of an amount: 0 for none, else the quarter of the largest amount it falls in (exactly ¼ is class 1). */
export function mapLevel(amount: bigint, max: bigint): TMapLevel {
  if (amount <= 0n || max <= 0n) return 0;
  const quarters = (amount * 4n + max - 1n) / max; // ceil(4 · amount / max), in integers
  return Number(quarters > 4n ? 4n : quarters) as TMapLevel;
}

/** Every region's tile, those without money included (level 0); amounts of unknown region codes are left out. */
export function regionMapTiles(byRegion: readonly { region: string; allocated: bigint }[]): TMapTile[] {
  const amounts = new Map<string, bigint>();
  for (const r of byRegion) amounts.set(r.region, (amounts.get(r.region) ?? 0n) + r.allocated);
  const max = REGION_CODES.reduce((m, code) => ((amounts.get(code) ?? 0n) > m ? amounts.get(code)! : m), 0n);
  return REGION_CODES.map((code) => {
    const allocated = amounts.get(code) ?? 0n;
    return { code, ...TILE_PLACES[code], allocated, level: mapLevel(allocated, max), permille: max > 0n ? Number((allocated * 1000n) / max) : 0 };
  }).sort((a, b) => a.row - b.row || a.col - b.col);
}
