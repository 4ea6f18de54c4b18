// The open-data API's JSON error, in one place for both that answer it: the API's routes (lib/ocds/http.ts) and the
// production server's page cache (scripts/lib/page-cache.mjs), which refuses a kept answer over the rate limit itself
// (decision 0244). Plain JavaScript, so that the server script imports it without a build.

/** The refusal over the rate limit (decision 0149); Retry-After says when to try again. */
export const TOO_MANY_REQUESTS = "Too many requests: slow down and retry after the number of seconds in Retry-After.";

/** Headers of every open-data API answer: JSON, readable from any origin. */
export const API_HEADERS = Object.freeze({ "content-type": "application/json; charset=utf-8", "access-control-allow-origin": "*" });

/**
 * The body of an error answer.
 * @param {number} status
 * @param {string} message
 * @returns {string}
 */
export function apiErrorBody(status, message) {
  return JSON.stringify({ error: { status, message } });
}
