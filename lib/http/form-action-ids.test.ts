import { describe, expect, it } from "vitest";
import { formActionIds, readCapped } from "./form-action-ids";

const KNOWN = "a".repeat(42);
const isKnown = (id: string) => id === KNOWN;
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("formActionIds", () => {
  it.each<[string, [string, string][], string]>([
    ["no action fields", [["q", "x"]], "none"],
    ["a known id", [[`$ACTION_ID_${KNOWN}`, ""], ["q", "x"]], "known"],
    ["an unknown id", [[`$ACTION_ID_${"b".repeat(42)}`, ""]], "unknown"],
    ["a made-up id", [["$ACTION_ID_x", ""]], "unknown"],
    ["a bound known id", [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${KNOWN}","bound":"$@1"}`]], "known"],
    ["a bound unknown id", [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${"c".repeat(42)}","bound":null}`]], "unknown"],
    ["a ref without descriptor", [["$ACTION_REF_1", ""]], "unknown"],
    ["a descriptor that is not one", [["$ACTION_REF_1", ""], ["$ACTION_1:0", "nonsense"]], "unknown"],
    ["three refs", [["$ACTION_REF_1", ""], ["$ACTION_REF_2", ""], ["$ACTION_REF_3", ""], ["$ACTION_1:0", `{"id":"${KNOWN}"}`], ["$ACTION_2:0", `{"id":"${KNOWN}"}`], ["$ACTION_3:0", `{"id":"${KNOWN}"}`]], "unknown"],
  ])("%s → %s", (_name, entries, expected) => {
    expect(formActionIds(form(entries), isKnown)).toBe(expected);
  });
});

describe("readCapped", () => {
  const stream = (sizes: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const size of sizes) controller.enqueue(new Uint8Array(size).fill(7));
        controller.close();
      },
    });
  it("reads a body within the cap whole", async () => {
    expect((await readCapped(stream([3, 4]), 7))?.length).toBe(7);
  });
  it("stops at the first byte over the cap", async () => {
    expect(await readCapped(stream([3, 4, 1]), 7)).toBeNull();
  });
  it("reads no body as empty", async () => {
    expect((await readCapped(null, 1))?.length).toBe(0);
  });
});
