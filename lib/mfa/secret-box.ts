import "server-only";
import crypto from "node:crypto";
import { env } from "../env";

// Second-factor secrets are encrypted at rest with AES-256-GCM, so a copy of the database (a backup, a read-only
// insider) does not give anyone the codes. The key is MFA_ENCRYPTION_KEY, or else derived from AUTH_SECRET with
// HKDF under its own label, so the session-signing key itself never touches the data (decision 0067).

const VERSION = "v1";

function key(): Buffer {
  const source = env().MFA_ENCRYPTION_KEY ?? env().AUTH_SECRET;
  return Buffer.from(crypto.hkdfSync("sha256", source, "aiqyn", "second-factor secret v1", 32));
}

export function sealSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function openSecret(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !body) throw new Error("Unreadable second-factor secret");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
