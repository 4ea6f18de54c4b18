// A gzip stream stitched from pieces compressed once and a few bytes that change per delivery (decision 0262). The
// page cache keeps an answer cut at its nonce; each reader gets it with a fresh nonce. Compressing the whole answer
// again for every reader cost more than everything else a cached answer costs (a millisecond and more for the
// 160 KiB home), so each fixed piece is compressed once as raw deflate ended with a sync flush (which leaves the
// stream on a byte boundary), the nonce goes between them as a stored block, and an empty final block ends it.
// The gzip trailer's CRC-32 of the whole is combined from the pieces' CRCs (zlib's crc32_combine, in GF(2)), so a
// delivery touches only the nonce's bytes. RFC 1951 §3.2.4 (stored blocks), RFC 1952 (the gzip member).
import { constants, crc32, deflateRaw } from "node:zlib";

/** ID1 ID2, deflate, no flags, no time, no extra flags, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const STORED_BLOCK_HEADER = 5;
/** BFINAL=1 with fixed codes and the end-of-block code alone: what zlib writes to finish after a sync flush. */
const TRAILER = 2 + 8;

// CRC-32 (reflected, polynomial 0xEDB88320) arithmetic modulo p(x), as zlib's crc32.c does it for crc32_combine.
const POLY = 0xedb88320;
/** a(x) · b(x) mod p(x), both reflected. */
function multmodp(a, b) {
  if (a === 0) return 0;
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}
/** x^(2^n) mod p(x). */
const X2N = new Array(32);
{
  let p = 1 << 30; // x^1
  X2N[0] = p;
  for (let n = 1; n < 32; n++) X2N[n] = p = multmodp(p, p);
}
/** The operator that shifts a CRC over `bytes` zero bytes: x^(8·bytes) mod p(x). */
export function crc32Shift(bytes) {
  let p = 0x80000000; // x^0
  let k = 3;
  for (let n = bytes; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) p = multmodp(X2N[k & 31], p);
  return p;
}
/** CRC-32 of A‖B from CRC(A), CRC(B) and crc32Shift(|B|). */
export const crc32Combine = (crcA, crcB, shiftB) => (multmodp(shiftB, crcA) ^ crcB) >>> 0;

/** Deflate's window: how far back a match may reach. */
const WINDOW = 32 * 1024;

const deflatePiece = (piece, level, dictionary) =>
  new Promise((resolve, reject) =>
    deflateRaw(piece, { level, finishFlush: constants.Z_SYNC_FLUSH, ...(dictionary ? { dictionary } : {}) }, (error, out) =>
      error ? reject(error) : resolve(out),
    ),
  );

/**
 * What comes before piece `i` in the stream (at most a window), with zero bytes where the nonces will be. Each piece
 * is its own deflate stream, but with this as its dictionary its matches may reach back into the pieces before it, at
 * the distances they will have in the stitched stream (a page cut at 40 nonces compresses as well as in one piece).
 * No match can take a nonce's place for anything else: it would have to match the zero bytes, and a piece that has
 * a zero byte is compressed without dictionaries.
 */
function dictionaryBefore(pieces, i, gap) {
  const parts = [];
  let size = 0;
  for (let j = i - 1; j >= 0 && size < WINDOW; j--) {
    parts.unshift(pieces[j], Buffer.alloc(gap));
    size += gap + pieces[j].length;
  }
  const before = Buffer.concat(parts);
  return before.subarray(Math.max(0, before.length - WINDOW));
}

/**
 * Compresses `pieces` (the parts of an answer between which a `gap`-byte string will go) once, off the main thread.
 * @param {Buffer[]} pieces
 * @param {number} gap the length in bytes of what goes between two pieces (the nonce)
 */
export async function compressPieces(pieces, gap, level = 6) {
  const chained = gap > 0 && pieces.every((p) => !p.includes(0));
  const parts = await Promise.all(pieces.map((p, i) => deflatePiece(p, level, chained && i > 0 ? dictionaryBefore(pieces, i, gap) : null)));
  const plainLength = pieces.reduce((n, p) => n + p.length, 0) + (pieces.length - 1) * gap;
  const length = GZIP_HEADER.length + parts.reduce((n, p) => n + p.length, 0) + (pieces.length - 1) * (STORED_BLOCK_HEADER + gap) + TRAILER;
  return {
    parts,
    crcs: pieces.map((p) => crc32(p)),
    shifts: pieces.map((p) => crc32Shift(p.length)),
    gapShift: crc32Shift(gap),
    gap,
    plainLength,
    /** The compressed answer's length in bytes (the same for every delivery). */
    length,
  };
}

/**
 * One delivery's gzip stream: the compressed pieces with `between` (exactly `gap` bytes, latin1/ASCII) between them.
 * Returns the buffers to write, in order; only one small buffer is made per delivery.
 * @param {Awaited<ReturnType<typeof compressPieces>>} gz
 * @param {string} between
 */
export function gzipStitched(gz, between) {
  const { parts, crcs, shifts, gap } = gz;
  if (between.length !== gap) throw new Error(`gzipStitched: ${between.length} bytes between pieces, ${gap} expected`);
  // [stored block: 0x00 (not final, stored, padding), LEN, NLEN, the bytes] [final empty block, CRC-32, ISIZE]
  const own = Buffer.allocUnsafe(STORED_BLOCK_HEADER + gap + TRAILER);
  own[0] = 0;
  own.writeUInt16LE(gap, 1);
  own.writeUInt16LE(~gap & 0xffff, 3);
  own.latin1Write(between, STORED_BLOCK_HEADER);
  const betweenCrc = crc32(own.subarray(STORED_BLOCK_HEADER, STORED_BLOCK_HEADER + gap));
  let crc = crcs[0];
  for (let i = 1; i < parts.length; i++) crc = crc32Combine(crc32Combine(crc, betweenCrc, gz.gapShift), crcs[i], shifts[i]);
  const end = STORED_BLOCK_HEADER + gap;
  own[end] = 3;
  own[end + 1] = 0;
  own.writeUInt32LE(crc, end + 2);
  own.writeUInt32LE(gz.plainLength % 2 ** 32, end + 6);
  const block = own.subarray(0, end);
  const out = [GZIP_HEADER, parts[0]];
  for (let i = 1; i < parts.length; i++) out.push(block, parts[i]);
  out.push(own.subarray(end));
  return out;
}
