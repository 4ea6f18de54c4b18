import { describe, expect, it } from "vitest";
import { takeBatch } from "./take-batch";

const q = (...ids: number[]) => ids.map((invoiceId, n) => ({ invoiceId, n }));

describe("takeBatch", () => {
  it.each([
    { name: "takes from the front, up to the size", queue: q(1, 2, 3, 4), size: 3, taken: [0, 1, 2], left: [3] },
    { name: "takes everything when the size allows", queue: q(5, 6), size: 16, taken: [0, 1], left: [] },
    { name: "leaves a second request for a taken invoice queued, in its place", queue: q(7, 7, 8, 7, 9), size: 4, taken: [0, 2, 4], left: [1, 3] },
    { name: "fills the batch past the repeats", queue: q(1, 1, 1, 2, 3), size: 2, taken: [0, 3], left: [1, 2, 4] },
    { name: "an empty queue gives an empty batch", queue: q(), size: 4, taken: [], left: [] },
  ])("$name", ({ queue, size, taken, left }) => {
    expect(takeBatch(queue, size).map((r) => r.n)).toEqual(taken);
    expect(queue.map((r) => r.n)).toEqual(left);
  });
});
