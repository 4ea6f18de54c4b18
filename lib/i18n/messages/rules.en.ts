// Purpose-rule refusals, one sentence per rule code: a violation of code X reads `rules.X` (lib/i18n/rule-present.ts).
// A new code needs only an entry here (or in a section spread into `rules`). Params arrive formatted for the
// reader (money, quantities with their unit, dates); counts ({required}, {have}) are ICU plurals.
export const rulesEn = {
  COLOUR_EXPIRED: "Colour {colour} expired at {expiredAt}; the payment was attempted at {attemptedAt}.",
  COLOUR_FROZEN: "Colour {colour} is frozen by an investigator: its money cannot move.",
  COLOUR_CLOSED: "Colour {colour} is closed: none of its money can move any more.",
  ACCOUNT_FROZEN: "The payer's account in colour {colour} is frozen: its money cannot move.",
  INSUFFICIENT_BALANCE: "Insufficient balance in colour {colour}: balance {balance}, attempted {attempted}.",
  PAYEE_NOT_REGISTERED: "Payee «{payee}» is not a registered contractor.",
  PAYEE_DEBARRED: "Payee «{payee}» is debarred and may not receive public money.",
  PAYEE_OUTSIDE_CHAIN: "Payee «{payee}» has no contract in the chain of colour {colour}.",
  ITEM_NOT_IN_ESTIMATE: "Item {item} is not in the estimate.",
  ITEM_NOT_ALLOWED: "Item {item} «{itemName}» may not be paid for with colour {colour} (rules version {version}).",
  UNIT_MISMATCH: "Item {item} «{itemName}»: the estimate counts it in {unit}, the invoice in {attempted}.",
  QUANTITY_ABOVE_ESTIMATE:
    "Item {item} «{itemName}»: estimate {estimate}, already billed {billed}, this invoice {attempted}; only {remaining} remain.",
  PRICE_ABOVE_CEILING: "Item {item} «{itemName}»: unit price {attempted} is above the estimate ceiling {ceiling} per {unit}.",
  UNIT_PRICE_ABOVE_CONTRACT: "Item {item} «{itemName}»: unit price {attempted} is above your contract's ceiling {ceiling} per {unit}.",
  ADVANCE_LIMIT:
    "Invoice {invoice}: advances may reach {limit} ({limitBp} of the contract value {contractValue}); already paid {alreadyPaid}, this invoice {attempted}.",
  SECOND_APPROVAL_MISSING:
    "Invoice {invoice} for {amount} (approval threshold {threshold}) needs {required, plural, one {# approval} other {# approvals}} by officials other than its creator; it has {have}.",
  SELF_APPROVAL: "Invoice {invoice} was approved by its own creator; that approval does not count.",
  EXIT_NOT_ALLOWED: "Colour {colour} may not leave the circuit as {exit}; attempted {attempted}.",
  EXIT_SHARE_EXCEEDED:
    "Colour {colour}: {exit} may reach {limit} ({limitBp} of {received} received); already paid {alreadyExited}, this payment {attempted}.",
  DUPLICATE_INVOICE: "Invoice {invoice} from this payee was already paid.",
  EMPTY_INVOICE: "Invoice {invoice} has no lines: there is nothing to pay for.",
  NON_POSITIVE_AMOUNT: "{subject}: quantities and amounts must be greater than zero.",
};
