// Who may take a decision, said where the form would be when the reader may not (decision 0069).
export const accessEn = {
  debarNotYours: "Only the Ministry of Finance, or a ministry whose projects this company works in under a contract, may debar it.",
  liftOnlyFinance: "Only the Ministry of Finance, which keeps the register, may lift a debarment.",
};
