import { describe, expect, it } from "vitest";
import { REGION_CODES } from "../kz/regions";
import { MAP_COLUMNS, MAP_ROWS, mapLevel, regionMapTiles, TILE_PLACES } from "./region-map";

describe("mapLevel", () => {
  it.each([
    [0n, 100n, 0],
    [-5n, 100n, 0],
    [5n, 0n, 0],
    [1n, 100n, 1],
    [25n, 100n, 1],
    [26n, 100n, 2],
    [50n, 100n, 2],
    [51n, 100n, 3],
    [75n, 100n, 3],
    [76n, 100n, 4],
    [100n, 100n, 4],
    [1n, 10_000_000_000_000_000n, 1],
  ])("%s of a largest %s is class %s", (amount, max, level) => {
    expect(mapLevel(amount, max)).toBe(level);
  });
});

describe("the tile map's places", () => {
  it("places all 20 regions, each on its own tile inside the grid", () => {
    const places = REGION_CODES.map((c) => TILE_PLACES[c]);
    expect(places).toHaveLength(20);
    expect(new Set(places.map((p) => `${p.col},${p.row}`)).size).toBe(20);
    for (const p of places) {
      expect(p.col).toBeGreaterThanOrEqual(0);
      expect(p.col).toBeLessThan(MAP_COLUMNS);
      expect(p.row).toBeGreaterThanOrEqual(0);
      expect(p.row).toBeLessThan(MAP_ROWS);
    }
  });
});

describe("regionMapTiles", () => {
  it("shades every region against the largest, those without money at level 0, unknown codes left out", () => {
    const tiles = regionMapTiles([
      { region: "astana", allocated: 400n },
      { region: "turkistan", allocated: 100n },
      { region: "atlantis", allocated: 10_000n },
      { region: "turkistan", allocated: 100n },
    ]);
    expect(tiles).toHaveLength(20);
    const by = Object.fromEntries(tiles.map((t) => [t.code, t]));
    expect(by.astana).toMatchObject({ allocated: 400n, level: 4, permille: 1000 });
    expect(by.turkistan).toMatchObject({ allocated: 200n, level: 2, permille: 500 });
    expect(by.pavlodar).toMatchObject({ allocated: 0n, level: 0, permille: 0 });
    // Read in rows, north to south, west to east: the order a screen reader would meet them in the picture.
    expect(tiles[0]!.code).toBe("west-kazakhstan");
    expect(tiles.at(-1)!.code).toBe("almaty-city");
  });

  it("with no money anywhere every tile is level 0", () => {
    expect(regionMapTiles([]).every((t) => t.level === 0 && t.permille === 0)).toBe(true);
  });
});
