/**
 * The malformed inputs every parser, route and form field must refuse with a message (never a 500, never
 * a write): one list, used by the parsers' unit tests and by e2e/malformed-input.spec.ts. `kind` says
 * where a value is malformed: "id" values are fine as free text, "any" values are malformed everywhere.
 */
export const MALFORMED_VALUES = [
  { name: "hex", value: "0x10", kind: "id" },
  { name: "fraction", value: "1.5", kind: "id" },
  { name: "negative", value: "-1", kind: "id" },
  { name: "zero", value: "0", kind: "id" },
  { name: "leading zero", value: "010", kind: "id" },
  { name: "2^31", value: "2147483648", kind: "id" },
  { name: "2^63", value: "9223372036854775808", kind: "id" },
  { name: "exponent", value: "1e30", kind: "id" },
  { name: "30 digits", value: "123456789012345678901234567890", kind: "id" },
  { name: "spaces", value: " 7 ", kind: "id" },
  { name: "word", value: "abc", kind: "id" },
  { name: "NUL", value: "1\u00002", kind: "id" },
  // Long enough to pass every "at least N characters" check, so that the NUL byte itself is what is judged.
  { name: "NUL text", value: "A reason long enough \u0000 with a NUL byte", kind: "any" },
  { name: "long", value: "x".repeat(100_000), kind: "any" },
] as const;

export type TMalformed = (typeof MALFORMED_VALUES)[number];
