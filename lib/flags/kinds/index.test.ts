import { describe, expect, it } from "vitest";
import en from "../../i18n/messages/en.json";
import kk from "../../i18n/messages/kk.json";
import ru from "../../i18n/messages/ru.json";
import { FLAG_CONFIG } from "../config";
import { KIND_DEFS } from "./index";

// A kind is words as well as code: its name, its definition with a {placeholder} for every threshold, a label
// for every threshold and for every measured value it stores — in each language.
const catalogues = { en: en.flags, ru: ru.flags, kk: kk.flags } as const;

describe("the flag kinds registry", () => {
  it("lists each kind once, and the catalogues know no other kind", () => {
    const ids = KIND_DEFS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const messages of Object.values(catalogues)) expect(Object.keys(messages.kinds).sort()).toEqual([...ids].sort());
  });

  describe.each(Object.entries(catalogues))("%s catalogue", (_locale, messages) => {
    it.each(KIND_DEFS.map((k) => [k.id, k] as const))("%s: name, definition, thresholds and facts are worded", (id, kind) => {
      const words = (messages.kinds as Record<string, { name: string; definition: string }>)[id]!;
      expect(words.name).not.toBe("");
      const thresholds = kind.thresholds ? Object.keys(FLAG_CONFIG[kind.thresholds]) : [];
      const labels = kind.thresholds ? (messages.thresholds as Record<string, Record<string, string>>)[kind.thresholds] ?? {} : {};
      for (const key of thresholds) {
        expect(words.definition, `{${key}} in the definition`).toContain(`{${key}}`);
        expect(labels[key], `flags.thresholds.${kind.thresholds}.${key}`).toBeTruthy();
      }
      for (const fact of kind.facts.filter((f) => f !== "relations")) expect((messages.facts as Record<string, string>)[fact], `flags.facts.${fact}`).toBeTruthy();
    });
  });
});
