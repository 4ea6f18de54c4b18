// The keyboard of the picker's combobox (WAI-ARIA combobox pattern with a listbox popup), as a pure function so
// that it is tested by table: which option is active after a key, and whether the key chooses or closes.

export type TPickerKeyResult = { active: number; open: boolean; choose: boolean; handled: boolean };

/**
 * `active` is the highlighted option's index (-1: none, focus stays in the text). ArrowDown/ArrowUp move and wrap
 * (and open the list), Home/End go to the ends while the list is open, Enter chooses the active option (an Enter
 * with none active is the form's: the search results step), Escape closes the list.
 */
export function pickerKey(key: string, state: { active: number; open: boolean; count: number }): TPickerKeyResult {
  const { active, open, count } = state;
  const same = { active, open, choose: false, handled: false };
  switch (key) {
    case "ArrowDown":
      if (count === 0) return same;
      return { active: !open ? 0 : active >= count - 1 ? 0 : active + 1, open: true, choose: false, handled: true };
    case "ArrowUp":
      if (count === 0) return same;
      return { active: !open || active <= 0 ? count - 1 : active - 1, open: true, choose: false, handled: true };
    case "Home":
      return open && count > 0 && active >= 0 ? { active: 0, open, choose: false, handled: true } : same;
    case "End":
      return open && count > 0 && active >= 0 ? { active: count - 1, open, choose: false, handled: true } : same;
    case "Enter":
      return open && active >= 0 && active < count ? { active, open: false, choose: true, handled: true } : same;
    case "Escape":
      return open ? { active: -1, open: false, choose: false, handled: true } : same;
    default:
      return same;
  }
}

/** Where choosing `value` goes: the page, its kept parameters and the choice (the same link the results step has). */
export function choiceHref(action: string, keep: Record<string, string> | undefined, param: string, value: string): string {
  return `${action}?${new URLSearchParams({ ...(keep ?? {}), [param]: value })}`;
}
