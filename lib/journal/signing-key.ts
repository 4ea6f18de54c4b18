import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

// The portal's journal signing key (decision 0131): Ed25519, made at first use and kept in a file outside the
// database (AIQYN_KEY_DIR, git-ignored under .data), so that someone with only database rights cannot sign a
// checkpoint over a rewritten journal. The public key is published; whoever saved a checkpoint checks it with it.
const PRIVATE_FILE = "journal-ed25519.key.pem";
const PUBLIC_FILE = "journal-ed25519.pub.pem";

export type TSigningKey = { privateKey: crypto.KeyObject; publicKey: crypto.KeyObject; publicPem: string };

let cached: { dir: string; key: TSigningKey } | undefined;

export function signingKey(dir = env().AIQYN_KEY_DIR): TSigningKey {
  if (cached?.dir === dir) return cached.key;
  const privatePath = path.join(dir, PRIVATE_FILE);
  if (!fs.existsSync(privatePath)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const made = crypto.generateKeyPairSync("ed25519");
    try {
      // "wx": of two processes starting at once, one writes and the other reads what it wrote.
      fs.writeFileSync(privatePath, made.privateKey.export({ type: "pkcs8", format: "pem" }), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const privateKey = crypto.createPrivateKey(fs.readFileSync(privatePath, "utf8"));
  const publicKey = crypto.createPublicKey(privateKey);
  const publicPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const publicPath = path.join(dir, PUBLIC_FILE);
  if (!fs.existsSync(publicPath) || fs.readFileSync(publicPath, "utf8") !== publicPem) fs.writeFileSync(publicPath, publicPem);
  cached = { dir, key: { privateKey, publicKey, publicPem } };
  return cached.key;
}

/** Where the public key file is, for the CLI's default `--key`. */
export const publicKeyPath = (dir = env().AIQYN_KEY_DIR) => path.join(dir, PUBLIC_FILE);
