import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { crc32, gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressPieces, crc32Combine, crc32Shift, gzipStitched } from "./gzip-pieces.mjs";

const joined = (pieces: Buffer[], between: string) => Buffer.concat(pieces.flatMap((p, i) => (i > 0 ? [Buffer.from(between, "latin1"), p] : [p])));

describe("a gzip stream stitched from pieces compressed once (decision 0262)", () => {
  it("combines CRC-32s as zlib does", () => {
    for (const [a, b] of [
      [randomBytes(1), randomBytes(1)],
      [randomBytes(1000), randomBytes(70_000)],
      [Buffer.alloc(0), randomBytes(10)],
      [randomBytes(10), Buffer.alloc(0)],
    ] as const) {
      expect(crc32Combine(crc32(a), crc32(b), crc32Shift(b.length))).toBe(crc32(Buffer.concat([a, b])));
    }
  });

  it.each([
    ["a page with its nonce in three places", [Buffer.from("<html><script nonce=\""), Buffer.from(`">x</script>${"<p>row</p>".repeat(5_000)}<script nonce="`), Buffer.from("\">y</script></html>")]],
    ["a nonce at the very start and end, and two together", [Buffer.alloc(0), Buffer.from("a".repeat(3000)), Buffer.alloc(0), Buffer.alloc(0)]],
    ["an answer without a nonce", [Buffer.from(JSON.stringify({ rows: Array.from({ length: 2000 }, (_, i) => ({ i })) }))]],
    ["incompressible bytes over several deflate blocks", [randomBytes(200_000), randomBytes(70_000)]],
    ["pieces with zero bytes (compressed without each other)", [Buffer.from("a\0b".repeat(900)), Buffer.from("a\0b".repeat(900))]],
    ["pieces that repeat what stood around the nonce", Array.from({ length: 40 }, () => Buffer.from('"></script><script nonce="'))],
  ])("%s: gunzips to the plain answer, with a different nonce each time", async (_what, pieces) => {
    const gz = await compressPieces(pieces, 24);
    for (let i = 0; i < 3; i++) {
      const nonce = randomBytes(16).toString("base64");
      const stream = Buffer.concat(gzipStitched(gz, nonce));
      expect(stream.length).toBe(gz.length);
      expect(gunzipSync(stream).equals(joined(pieces, nonce))).toBe(true);
    }
  });

  it("compresses a page cut at forty nonces as well as the whole page but for the nonces themselves (each piece reaches back into the others)", async () => {
    const nonce = randomBytes(16).toString("base64");
    const pieces = Array.from({ length: 40 }, (_, i) => Buffer.from(`<script nonce="">self.__next_f.push([1,"row ${i} of the table, amount 1 000 000,00 ₸"])</script><tr><td>${i}</td></tr>`));
    const gz = await compressPieces(pieces, 24);
    // Each nonce costs what it is (24 random bytes in a stored block of 5), the flush before it (5) and a new block (~6).
    expect(gz.length).toBeLessThan(gzipSync(joined(pieces, nonce)).length + 40 * (24 + 5 + 5 + 6) + 100);
  });

  it("is a stream the gzip program reads and tests (CRC and length)", async () => {
    const pieces = [Buffer.from("<!doctype html>".repeat(100)), Buffer.from("é—ü".repeat(500))];
    const gz = await compressPieces(pieces, 24);
    const nonce = randomBytes(16).toString("base64");
    const stream = Buffer.concat(gzipStitched(gz, nonce));
    expect(execFileSync("gzip", ["-dc"], { input: stream }).equals(joined(pieces, nonce))).toBe(true);
    execFileSync("gzip", ["-t"], { input: stream });
  });

  it("refuses a nonce of another length (the stored length would lie)", async () => {
    const gz = await compressPieces([Buffer.from("a"), Buffer.from("b")], 24);
    expect(() => gzipStitched(gz, "short")).toThrow(/24 expected/);
  });
});
