// A server action called from the browser (a `Next-Action` header) carries its arguments as React encodes
// them: a JSON array as text, or multipart form data. Next decodes the body only inside its action handler,
// and a body that does not decode (not JSON, a cut or made-up multipart) ended there as a 500. proxy.ts checks
// the envelope first and answers 400; what the JSON says is still React's to decode.

/** Whether a fetch action's body has the shape React's encodeReply gives it. */
export function isWellFormedActionBody(contentType: string | null, body: Uint8Array): boolean {
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("text/plain")) {
    try {
      return Array.isArray(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)));
    } catch {
      return false;
    }
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
    const mark = boundary?.[1] ?? boundary?.[2];
    if (!mark) return false;
    // The closing delimiter ends every complete multipart body; a cut or made-up one lacks it.
    const tail = new TextDecoder().decode(body.subarray(Math.max(0, body.length - mark.length - 8)));
    return tail.trimEnd().endsWith(`--${mark}--`);
  }
  // Any other type is not an action call Next will run (it answers URL-encoded ones "not found" itself).
  return true;
}
