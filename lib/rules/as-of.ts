// Rules about time take the moment they judge at ("as of") as a parameter: a screen judges now, the import of
// history judges each document at its own date (issue 15; decision 0142).

/** Whether a colour that may be spent until `expiresAt` has expired at the moment `asOf`. */
export function hasExpired(expiresAt: Date, asOf: Date): boolean {
  return expiresAt.getTime() < asOf.getTime();
}

/** Whether a document's day (yyyy-mm-dd) lies after the day it is judged at (yyyy-mm-dd): a day "in the future". */
export function isDayAfter(day: string, asOfDay: string): boolean {
  return day > asOfDay;
}
