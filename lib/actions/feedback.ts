// What an action that continues on another page says when it gets there (decision 0179): redirectTo(path, key)
// adds `done=<key>` to the address, and the shell's Flash (components/flash.tsx) shows notifications.feedback.<key>
// in a status region, then takes the parameter out of the address (a reload does not say it again).
// Pure: read by the client component too.

// A key with a dot belongs to an area's own catalogue section: "mealsOffice.listApproved" is worded by
// mealsOffice.feedback.listApproved; the others by notifications.feedback.<key>.
export const FEEDBACK_KEYS = [
  "projectCreated",
  "subcontractRegistered",
  "estimateChanged",
  "invoiceSaved",
  "caseOpened",
  "mealsOffice.contractAdded",
  "mealsOffice.calendarMarked",
  "mealsOffice.settled",
  "mealsOffice.settledAgain",
  "mealsOffice.disputeReviewed",
  "mealsOffice.listBuilt",
  "mealsOffice.listApproved",
] as const;
export type TFeedbackKey = (typeof FEEDBACK_KEYS)[number];

/** The catalogue key that words a feedback key. */
export const feedbackMessageKey = (key: TFeedbackKey): string => {
  const dot = key.indexOf(".");
  return dot === -1 ? `notifications.feedback.${key}` : `${key.slice(0, dot)}.feedback.${key.slice(dot + 1)}`;
};
export const FEEDBACK_PARAM = "done";

export const isFeedbackKey = (v: unknown): v is TFeedbackKey => typeof v === "string" && (FEEDBACK_KEYS as readonly string[]).includes(v);

/** The path with `done=<key>` added (after any query it has, before any #fragment). */
export function withFeedback(path: string, key: TFeedbackKey): string {
  const hash = path.indexOf("#");
  const [base, fragment] = hash === -1 ? [path, ""] : [path.slice(0, hash), path.slice(hash)];
  return `${base}${base.includes("?") ? "&" : "?"}${FEEDBACK_PARAM}=${key}${fragment}`;
}
