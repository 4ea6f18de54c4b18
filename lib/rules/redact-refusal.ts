type TViolation = { code: string; params: Record<string, string> };

/**
 * Refusals a company reads may have been judged on its payer's account (an approval refused for the payer's
 * balance): the payer's balance is not the company's to see, so it is masked.
 */
export function redactForCompany(details: unknown): TViolation[] {
  const list = (Array.isArray(details) ? details : []) as TViolation[];
  return list.map((v) => (Object.hasOwn(v.params ?? {}, "balance") ? { ...v, params: { ...v.params, balance: "•••" } } : v));
}
