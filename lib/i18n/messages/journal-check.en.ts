// The journal re-check's moment and how checks are shared (lib/journal/verify.ts, decision 0061).
export const journalCheckEn = {
  checkedAt: "Checked at {time}.",
  shared: "One check runs at a time for everyone: a request made while one runs waits for it, and for {seconds} s after it ends its result is shown instead of a new check.",
};
