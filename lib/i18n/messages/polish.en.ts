// Issue 19's small things a daily user trips over (decisions 0113–0114): the approve button held back while the
// rules refuse the invoice, dates typed as dd.mm.yyyy in every browser, the account menu named by its user.
export const polishEn = {
  approveRefused: "The rules refuse this invoice as it stands (see above): approving it would only record a refused attempt. Reject it with the reason, or wait for a corrected invoice.",
  date: {
    placeholder: "dd.mm.yyyy",
    format: "A date as dd.mm.yyyy, for example 31.12.2026.",
  },
  accountMenu: "Account menu of {name}",
};
