// Rule violations in words: the sentence for code X is the catalogue's `rules.X` (lib/i18n/messages/*.json),
// in the reader's language with the usual fallbacks. Placeholders are the violation's params, which arrive raw
// (tiyn, thousandths of a unit, ISO dates): lib/i18n/rule-present.ts formats them for the reader first. Every
// placeholder is a key the rule really sets — messages.test.ts holds the two to each other.
import { hasMessage, translate, type TLocale, type TParams } from ".";
import en from "./messages/en.json";

/** The catalogue key of a rule code's sentence. */
export const ruleMessageKey = (code: string) => `rules.${code}`;

/** Whether a code has a rule sentence (a new code needs only its catalogue entries). */
export const isRuleCode = (code: string): boolean => hasMessage(ruleMessageKey(code));

/** The English rule sentences by code; membership (`Object.hasOwn(RULE_MESSAGES, code)`) tells a rule code. */
export const RULE_MESSAGES: Readonly<Record<string, string>> = en.rules;

/** A rule's sentence with its params; a placeholder without a param stays visible rather than vanishing. */
export function renderRuleMessage(code: string, locale: TLocale, params: TParams): string {
  return translate(locale, ruleMessageKey(code), params);
}

export { placeholdersOf } from ".";
