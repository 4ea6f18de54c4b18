// A server action called from the browser (a `Next-Action` header) carries its arguments as React encodes
// them (encodeReply): a JSON array as text, or multipart form data whose part "0" is that array and whose other
// parts are the chunks and files it refers to. Next decodes the body only inside its action handler, and a body
// that does not decode ended there as a 500: not JSON, a cut or made-up multipart, or JSON whose `$…` references
// point at chunks the body does not carry (React rejects them with "Connection closed" once the body ends). proxy.ts
// checks the envelope and every reference first and answers 400 (decisions 0074, 0078).

/** Tags React's reply decoder reads without another chunk: escaped "$", undefined, ±Infinity, -0, NaN, dates, FormData, temporary and hole. */
const SELF_CONTAINED = new Set(["$", "u", "I", "-", "N", "D", "K", "T", "H"]);
/** Tags that resolve another string chunk by its hex id (promise, Map, Set, iterator). */
const OUTLINED = new Set(["@", "Q", "W", "i"]);
/** Tags backed by a file part: Blob and the typed arrays. */
const BLOB_BACKED = new Set(["B", "A", "O", "o", "U", "S", "s", "L", "l", "G", "g", "M", "m", "V"]);
// Server references ($h) and streams ($R $r $X $x) are refused outright: no action of ours takes them, and an
// unknown server reference or an unclosed stream ends in the decoder's error.

const MAX_DEPTH = 64;

type TChunks = { strings: Map<string, string>; blobs: Set<string> };

/** Whether a fetch action's body has the shape React's encodeReply gives it, with every reference resolvable. */
export async function isWellFormedActionBody(contentType: string | null, body: Uint8Array): Promise<boolean> {
  const type = (contentType ?? "").toLowerCase();
  let chunks: TChunks;
  if (type.startsWith("text/plain")) {
    const text = decodeUtf8(body);
    if (text === null) return false;
    chunks = { strings: new Map([["0", text]]), blobs: new Set() };
  } else if (type.startsWith("multipart/form-data")) {
    const parsed = await multipartChunks(contentType ?? "", body);
    if (parsed === null) return false;
    chunks = parsed;
  } else {
    // Any other type is not an action call Next will run (it answers URL-encoded ones "not found" itself).
    return true;
  }
  const root = parseJson(chunks.strings.get("0"));
  // decodeReply's root is chunk "0"; without it (or not an array of arguments) the decoder fails once the body ends.
  if (!Array.isArray(root)) return false;
  for (const [key, text] of chunks.strings) {
    if (!/^\d+$/.test(key)) continue;
    const value = key === "0" ? root : parseJson(text);
    if (value === undefined) return false;
    if (!referencesResolve(value, chunks, 0)) return false;
  }
  return true;
}

function decodeUtf8(body: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function multipartChunks(contentType: string, body: Uint8Array): Promise<TChunks | null> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return null;
  // The closing delimiter ends every complete multipart body; a cut or made-up one lacks it.
  const tail = new TextDecoder().decode(body.subarray(Math.max(0, body.length - mark.length - 8)));
  if (!tail.trimEnd().endsWith(`--${mark}--`)) return null;
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
  const chunks: TChunks = { strings: new Map(), blobs: new Set() };
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") chunks.strings.set(key, value);
    else chunks.blobs.add(key);
  }
  return chunks;
}

/** Every `$…` string in a decoded chunk names something the body carries. */
function referencesResolve(value: unknown, chunks: TChunks, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return value.startsWith("$") ? referenceResolves(value, chunks) : true;
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, chunks, depth + 1));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => referencesResolve(item, chunks, depth + 1));
  return true;
}

function referenceResolves(reference: string, chunks: TChunks): boolean {
  const tag = reference[1];
  if (tag === undefined) return false;
  if (tag === "n") return /^\$n-?\d{1,300}$/.test(reference);
  if (SELF_CONTAINED.has(tag)) return true;
  if (OUTLINED.has(tag)) return outlinedResolves(reference.slice(2), chunks);
  if (BLOB_BACKED.has(tag)) return chunks.blobs.has(String(hexId(reference.slice(2))));
  if (/[0-9a-f]/.test(tag)) return outlinedResolves(reference.slice(1), chunks);
  return false;
}

const hexId = (text: string) => (/^[0-9a-f]+$/.test(text) ? parseInt(text, 16) : Number.NaN);

/** `<hex id>` or `<hex id>:key:key…`: the chunk exists and, for a path, the raw JSON has every step of it. */
function outlinedResolves(target: string, chunks: TChunks): boolean {
  const [id, ...path] = target.split(":");
  let node = parseJson(chunks.strings.get(String(hexId(id ?? ""))));
  if (node === undefined) return false;
  for (let step = 0; step < path.length; step++) {
    const key = path[step] as string;
    if (typeof node === "string" && node.startsWith("$") && /^[0-9a-f]/.test(node.slice(1))) {
      // The path goes on inside another outlined chunk.
      return outlinedResolves([node.slice(1), ...path.slice(step)].join(":"), chunks);
    }
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}
