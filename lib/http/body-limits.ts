// The most a request body may carry (next.config.mjs serverActions.bodySizeLimit, decision 0073). Next's own
// refusal of a larger action body ended in a 500; proxy.ts answers 413 from the Content-Length first.
export const ACTION_BODY_MAX_BYTES = 12 * 1024 * 1024;
