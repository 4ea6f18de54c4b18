// ZIP archives through fflate (decision 0095): deflate, UTF-8 names, entries in the order given. What the
// evidence pack needs; any unzip tool reads it and `unzip -t` checks every entry's CRC.
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export type TZipEntry = { name: string; data: Buffer | string };

/** An archive of the entries, in their order, each stamped with `now` (the evidence's own times are inside the files). */
export function createZip(entries: TZipEntry[], now = new Date()): Buffer {
  const files: Zippable = {};
  for (const { name, data } of entries) {
    if (Object.hasOwn(files, name)) throw new Error(`Two ZIP entries named ${name}`);
    files[name] = [typeof data === "string" ? strToU8(data) : new Uint8Array(data), { level: 6, mtime: now }];
  }
  // zipSync writes in the object's key order, which is insertion order except for integer-like names.
  if (Object.keys(files).some((name, k) => name !== entries[k]!.name)) throw new Error("ZIP entry names that look like numbers would be reordered");
  return Buffer.from(zipSync(files));
}

/** The entries of an archive by name, in archive order. For tests and tools. */
export function readZip(buf: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(new Uint8Array(buf))).map(([name, data]) => [name, Buffer.from(data)]));
}
