import type { TJson } from "./types";

// The compiled release of a record: the process's releases merged in order, as OCDS merging does (objects merge
// field by field, an array of objects with ids merges item by item on the id, any other value is replaced).

const isObject = (v: unknown): v is TJson => typeof v === "object" && v !== null && !Array.isArray(v);
const isIdArray = (v: unknown): v is TJson[] => Array.isArray(v) && v.length > 0 && v.every((x) => isObject(x) && "id" in x);

function mergeValue(base: unknown, next: unknown): unknown {
  if (isObject(base) && isObject(next)) return mergeObject(base, next);
  if (isIdArray(base) && isIdArray(next)) {
    const out = base.map((x) => ({ ...x }));
    for (const item of next) {
      const at = out.findIndex((x) => x.id === item.id);
      if (at === -1) out.push(item);
      else out[at] = mergeObject(out[at]!, item);
    }
    return out;
  }
  return next;
}

function mergeObject(base: TJson, next: TJson): TJson {
  const out: TJson = { ...base };
  for (const [key, value] of Object.entries(next)) out[key] = key in out ? mergeValue(out[key], value) : value;
  return out;
}

/** Merges releases (in publication order) into the compiled release; id and tag are the compiled one's. */
export function compileReleases(releases: readonly TJson[]): TJson {
  let compiled: TJson = {};
  for (const release of releases) compiled = mergeObject(compiled, release);
  return { ...compiled, id: `${compiled.ocid}-compiled`, tag: ["compiled"] };
}
