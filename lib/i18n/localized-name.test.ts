import { describe, expect, it } from "vitest";
import { localizedName, localText, nameColumns, nameIn, nameLanguageOf, organizationNameOf, projectNamesOf, zNameForms } from "./localized-name";
import { translator } from "./index";
import { z } from "zod";

const school = { name: "School for 600 pupils", nameRu: "Школа на 600 мест", nameKk: "600 орындық мектеп", nameEn: "School for 600 pupils" };

describe("nameIn", () => {
  it.each([
    ["en", school, { text: "School for 600 pupils", lang: "en", isFallback: false }],
    ["ru", school, { text: "Школа на 600 мест", lang: "ru", isFallback: false }],
    ["kk", school, { text: "600 орындық мектеп", lang: "kk", isFallback: false }],
    // A missing form falls back, and says so: Kazakh readers get Russian, Russian readers English, English Russian.
    ["kk", { ...school, nameKk: null }, { text: "Школа на 600 мест", lang: "ru", isFallback: true }],
    ["ru", { ...school, nameRu: "" }, { text: "School for 600 pupils", lang: "en", isFallback: true }],
    ["en", { name: "Школа", nameRu: "Школа" }, { text: "Школа", lang: "ru", isFallback: true }],
    ["ru", { name: "Мектеп", nameKk: "Мектеп" }, { text: "Мектеп", lang: "kk", isFallback: true }],
    // An organisation registered with `name` and its Russian name only: `name` is its English form, not a fallback.
    ["en", { name: "Steppe Asphalt LLP", nameRu: "ТОО «Дала Асфальт»", nameKk: null, nameEn: null }, { text: "Steppe Asphalt LLP", lang: "en", isFallback: false }],
    ["kk", { name: "Steppe Asphalt LLP", nameRu: "ТОО «Дала Асфальт»", nameKk: null, nameEn: null }, { text: "ТОО «Дала Асфальт»", lang: "ru", isFallback: true }],
    // No form at all: the name as entered, language unknown (no tag can be honest).
    ["kk", { name: "X-1" }, { text: "X-1", lang: null, isFallback: false }],
  ] as const)("%s reader of %j", (locale, names, expected) => {
    expect(nameIn(locale, names)).toEqual(expected);
  });

  it("keeps the older pair form for organisations (English name, Russian name)", () => {
    expect(localizedName("kk", "Beton LLP", "ТОО «Бетон»")).toBe("ТОО «Бетон»");
    expect(localizedName("en", "Beton LLP", "ТОО «Бетон»")).toBe("Beton LLP");
    expect(localizedName("kk", school)).toBe("600 орындық мектеп");
  });
});

describe("nameLanguageOf and nameColumns", () => {
  it.each([
    ["Министерство просвещения", "ru"],
    ["Оқу-ағарту министрлігі", "kk"],
    ["Ministry of Enlightenment", "en"],
    ["B25 (M350)", "en"],
  ] as const)("%s is %s", (text, lang) => expect(nameLanguageOf(text)).toBe(lang));

  it("files the first field under its language and keeps the given forms", () => {
    expect(nameColumns({ name: "Мектеп", nameLang: "kk", nameEn: "School" })).toEqual({ name: "Мектеп", nameRu: null, nameKk: "Мектеп", nameEn: "School" });
    expect(nameColumns({ name: "Школа" })).toEqual({ name: "Школа", nameRu: "Школа", nameKk: null, nameEn: null });
    expect(nameColumns({ name: "School", nameLang: "en", nameEn: "Given" })).toEqual({ name: "School", nameRu: null, nameKk: null, nameEn: "Given" });
  });

  it("reads empty optional fields as not given, and refuses a language it does not know", () => {
    const schema = z.object(zNameForms(100));
    expect(schema.parse({ nameRu: "  ", nameKk: "Мектеп" })).toEqual({ nameRu: undefined, nameKk: "Мектеп", nameEn: undefined });
    expect(schema.safeParse({ nameLang: "de" }).success).toBe(false);
    expect(schema.safeParse({ nameEn: "x\u0000y" }).success).toBe(false);
  });
});

describe("localText, organizationNameOf, projectNamesOf", () => {
  it("carries the fallback tag's sentence for a view model laid out later", () => {
    expect(localText("kk", translator("kk"), school)).toEqual({ text: "600 орындық мектеп", lang: "kk", fallback: null });
    const onlyRu = { name: "Школа", nameRu: "Школа", nameKk: null, nameEn: null };
    const tagged = localText("en", translator("en"), onlyRu);
    expect(tagged).toMatchObject({ text: "Школа", lang: "ru" });
    expect(tagged.fallback).toMatch(/Russian/);
  });
  it("names the signed-in user's ministry in Kazakh when it has a Kazakh form", () => {
    const actor = { organizationName: "Министерство здравоохранения", organizationNameRu: "Министерство здравоохранения", organizationNameKk: "Денсаулық сақтау министрлігі", organizationNameEn: "Ministry of Health" };
    expect(organizationNameOf("kk", actor)).toBe("Денсаулық сақтау министрлігі");
    expect(organizationNameOf("en", actor)).toBe("Ministry of Health");
    expect(organizationNameOf("kk", { organizationName: null })).toBeNull();
  });
  it("reads a raw row's project name and forms", () => {
    expect(nameIn("kk", projectNamesOf({ projectName: "School", projectRu: "Школа", projectKk: "Мектеп", projectEn: "School" })).text).toBe("Мектеп");
  });
});
