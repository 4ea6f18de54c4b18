// A write that lost a race with another one at the same moment and could not be retried in time (lib/ledger/retry).
export const concurrencyEn = {
  busy: "Someone else was changing the same record at that moment. Nothing was saved: try again.",
};
