// The demo's names in Russian, Kazakh and English (issue 19, decision 0230), keyed by the name the seed gives a
// record (`name`, which the seed and the e2e specs look records up by). Terms follow the glossary of
// /work/shared/reference/kazakhstan.md (§8: министрлік, жоба, смета позициясы; units §3.2).
import DEMO_NAME_FORMS from "./demo-names.json";

type TForms = { nameRu: string; nameKk: string; nameEn: string };

/** The table, in sections (ministries and agencies, budget programmes, projects, estimate items): data, not code. */
const FORMS: Record<string, TForms> = Object.assign({}, ...Object.values(DEMO_NAME_FORMS));

/** The record's name with its three forms, for a use case's input; a name the table lacks keeps only itself. */
export function withNames<T extends { name: string }>(record: T): T & Partial<TForms> {
  return { ...record, ...FORMS[record.name] };
}

/** Every demo name the table knows (the test that keeps the seed and the table in step). */
export const DEMO_NAMES = Object.keys(FORMS);
