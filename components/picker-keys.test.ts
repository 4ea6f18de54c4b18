import { describe, expect, it } from "vitest";
import { pickerKey } from "./picker-keys";

describe("the picker's keyboard", () => {
  it.each([
    ["ArrowDown", { active: -1, open: false, count: 3 }, { active: 0, open: true, choose: false, handled: true }],
    ["ArrowDown", { active: 1, open: true, count: 3 }, { active: 2, open: true, choose: false, handled: true }],
    ["ArrowDown", { active: 2, open: true, count: 3 }, { active: 0, open: true, choose: false, handled: true }],
    ["ArrowUp", { active: 0, open: true, count: 3 }, { active: 2, open: true, choose: false, handled: true }],
    ["ArrowUp", { active: -1, open: false, count: 3 }, { active: 2, open: true, choose: false, handled: true }],
    ["ArrowDown", { active: -1, open: false, count: 0 }, { active: -1, open: false, choose: false, handled: false }],
    ["Home", { active: 2, open: true, count: 3 }, { active: 0, open: true, choose: false, handled: true }],
    ["End", { active: 0, open: true, count: 3 }, { active: 2, open: true, choose: false, handled: true }],
    // Home/End with no option active move the caret in the text, as in any text field.
    ["Home", { active: -1, open: true, count: 3 }, { active: -1, open: true, choose: false, handled: false }],
    ["Enter", { active: 1, open: true, count: 3 }, { active: 1, open: false, choose: true, handled: true }],
    // Enter with nothing active submits the search form: the results step that also works without JavaScript.
    ["Enter", { active: -1, open: true, count: 3 }, { active: -1, open: true, choose: false, handled: false }],
    ["Enter", { active: 0, open: false, count: 3 }, { active: 0, open: false, choose: false, handled: false }],
    ["Escape", { active: 1, open: true, count: 3 }, { active: -1, open: false, choose: false, handled: true }],
    ["Escape", { active: -1, open: false, count: 3 }, { active: -1, open: false, choose: false, handled: false }],
    ["a", { active: 1, open: true, count: 3 }, { active: 1, open: true, choose: false, handled: false }],
  ] as const)("%s from %o", (key, state, expected) => {
    expect(pickerKey(key, state)).toEqual(expected);
  });
});
