// Names of things in three languages (issue 19, decision 0230): the form fields and the fallback tag.
export const namesEn = {
  languages: { ru: "Russian", kk: "Kazakh", en: "English" },
  /** The tag beside a name shown in another language than the reader's. */
  fallback: "No English name given yet: shown in {language}",
  fields: {
    first: "{label} ({language})",
    firstHint: "Required. Add the other languages below if you have them.",
    other: "In {language} (optional)",
    otherHint: "Readers in {language} see this; without it they see another language's name, marked as such.",
    legend: "Name in three languages",
  },
};
