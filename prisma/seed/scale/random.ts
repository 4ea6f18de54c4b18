// A small seeded generator (mulberry32): the same seed gives the same dataset on every machine and Node
// version, which Math.random() cannot promise.
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let at = this.next() * total;
    for (const [value, w] of items) if ((at -= w) < 0) return value;
    return items[items.length - 1]![0];
  }

  /** A fresh generator for one part of the dataset, so that adding to one part does not shift the others. */
  fork(salt: number): Random {
    return new Random(Math.imul(this.state ^ salt, 0x85ebca6b) ^ (salt * 0x27d4eb2f));
  }
}
