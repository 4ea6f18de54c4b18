// Refusals of malformed input (lib/http/parse-id.ts, lib/text-field.ts): said to the reader, never a 500.
export const inputEn = {
  fields: {
    nul: "This text contains an invisible control character (NUL); remove it and try again.",
    dateRange: "Enter a date between 2000 and 2100.",
  },
  codes: {
    TEXT_NUL: "The text contains an invisible control character (NUL); remove it and try again. Nothing was changed.",
    TEXT_TOO_LONG: "The text is too long: at most {max, plural, one {# character} other {# characters}}. Nothing was changed.",
  },
  refused: "A value is outside what can be stored (a number, date or text out of range). Nothing was changed.",
  fileTooLarge: "The file is too large: at most {maxMb, number} MB.",
  badRequest: "The request was malformed. Nothing was changed.",
};
