import { describe, expect, it } from "vitest";
import { translate } from ".";
import { RULE_MESSAGES, isRuleCode, placeholdersOf, renderRuleMessage, ruleMessageKey } from "./rule-messages";
import { checkExit, checkInvoicePayment, checkUnitsMatch } from "../rules/purpose-rules";
import {
  CONCRETE,
  CREATOR,
  NOW,
  REBAR,
  applyEdits,
  baseExitAttempt,
  baseInvoiceAttempt,
  withApprovers,
  withColour,
  withContract,
  withExit,
  withInvoice,
  withLines,
  withPayee,
  withPayer,
  withRules,
} from "../rules/test-fixtures";
import type { TRuleCode, TRuleViolation } from "../rules/types";

const CODES = Object.keys(RULE_MESSAGES) as TRuleCode[];

/**
 * At least one violation of every code, produced by the real rules from attempts that break them, and
 * from every path that produces a code (invoice and exit), so a template cannot rely on a param that only
 * one path sets.
 */
function violatingExamples(): TRuleViolation[] {
  const invoice = applyEdits(baseInvoiceAttempt(), [
    withColour({ isClosed: true, isFrozen: true }),
    withRules({ expiresAt: new Date(NOW.getTime() - 1), allowedItemCodes: [REBAR], approvalThresholdTiyn: 1n }),
    withPayer({ isFrozen: true, balanceTiyn: 0n }),
    withInvoice({ isAlreadyPaid: true, kind: "advance" }),
    withPayee({ isRegistered: false, isDebarred: true, isInContractChain: false }),
    withLines(
      { itemCode: CONCRETE, quantityMilli: 250_000n, unitPriceTiyn: 3_550_000n },
      { itemCode: "999999.999.999999", quantityMilli: 0n, unitPriceTiyn: 100n },
    ),
    withContract({ advancesPaidTiyn: 1_500_000_000n }),
    withApprovers(CREATOR),
  ]);
  const empty = applyEdits(baseInvoiceAttempt(), [withLines()]);
  const exit = applyEdits(baseExitAttempt(), [
    withColour({ isClosed: true, isFrozen: true }),
    withRules({ expiresAt: new Date(NOW.getTime() - 1) }),
    withExit({ amountTiyn: 0n, payer: { isFrozen: true, balanceTiyn: -1n } }),
  ]);
  return [
    ...checkInvoicePayment(invoice),
    ...checkInvoicePayment(empty),
    // Under a subcontract the ceiling is the contract's.
    ...checkInvoicePayment(applyEdits(invoice, [withContract({ ceilingTier: "contract" })])),
    ...checkExit(exit),
    ...checkExit(applyEdits(baseExitAttempt(), [withExit({ kind: "taxes" })])),
    ...checkExit(applyEdits(baseExitAttempt(), [withExit({ amountTiyn: 1_000_000n })])),
    ...checkUnitsMatch([{ itemCode: CONCRETE, unit: "т" }], invoice.estimate),
  ];
}

const examples = violatingExamples();

describe("rule messages in the catalogues", () => {
  it("the examples cover every rule code", () => {
    expect(new Set(examples.map((v) => v.code))).toEqual(new Set(CODES));
  });

  it.each(examples.map((v) => [v.code, v] as const))("%s: every placeholder is a param the rule sets", (code, violation) => {
    const keys = Object.keys(violation.params);
    for (const locale of ["en", "ru", "kk"] as const) {
      for (const name of placeholdersOf(translate(locale, ruleMessageKey(code)), locale)) expect(keys, `${locale} {${name}}`).toContain(name);
    }
  });

  it.each(CODES)("%s: English, Russian and Kazakh use the same placeholders", (code) => {
    const en = new Set(placeholdersOf(translate("en", ruleMessageKey(code))));
    expect(new Set(placeholdersOf(translate("ru", ruleMessageKey(code)), "ru"))).toEqual(en);
    expect(new Set(placeholdersOf(translate("kk", ruleMessageKey(code)), "kk"))).toEqual(en);
  });

  it("a code is a rule code when the catalogue has its sentence", () => {
    expect(isRuleCode("PRICE_ABOVE_CEILING")).toBe(true);
    expect(isRuleCode("NO_SUCH_RULE")).toBe(false);
    expect(isRuleCode("constructor")).toBe(false);
  });

  it("Kazakh readers get Kazakh refusals, not the Russian ones", () => {
    for (const code of CODES) expect(translate("kk", ruleMessageKey(code)), code).not.toBe(translate("ru", ruleMessageKey(code)));
  });

  it("renders a violation with its params", () => {
    const violation = examples.find((v) => v.code === "PRICE_ABOVE_CEILING");
    expect(violation).toBeDefined();
    expect(renderRuleMessage("PRICE_ABOVE_CEILING", "ru", violation?.params ?? {})).toBe(
      `Позиция ${CONCRETE} «Ready-mixed concrete B25»: цена за единицу 3550000 выше сметного предела 3200000 за м3.`,
    );
  });

  it("leaves a placeholder without a param visible", () => {
    expect(renderRuleMessage("COLOUR_FROZEN", "en", {})).toBe("Colour {colour} is frozen by an investigator: its money cannot move.");
    expect(renderRuleMessage("COLOUR_FROZEN", "en", { colour: "7" })).toBe("Colour 7 is frozen by an investigator: its money cannot move.");
  });
});
