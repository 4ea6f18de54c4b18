// npm run journal:verify-receipt -- FILE [--key public.pem] — checks a journal receipt offline: the entry's content
// gives its hash, the inclusion proof leads from it to the checkpoint's root, and the portal's key signed that
// checkpoint. No database; exits 1 saying what does not hold.
import crypto from "node:crypto";
import fs from "node:fs";
import { verifyReceipt, type TReceipt } from "../lib/journal/checkpoint-format";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
// The default is where the portal keeps it (AIQYN_KEY_DIR's default); an outsider passes the published key.
const keyFile = arg("--key") ?? ".data/keys/journal-ed25519.pub.pem";
const file = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--key");
if (!file || !fs.existsSync(file) || !fs.existsSync(keyFile)) {
  console.error(`usage: npm run journal:verify-receipt -- RECEIPT.json [--key public.pem]  (${!file ? "no receipt given" : !fs.existsSync(file) ? `no such file: ${file}` : `no public key at ${keyFile}`})`);
  process.exit(2);
}
let receipt: TReceipt;
try {
  receipt = JSON.parse(fs.readFileSync(file, "utf8")) as TReceipt;
} catch {
  console.log(`✖ ${file}: not JSON`);
  process.exit(1);
}
const result = verifyReceipt(receipt, crypto.createPublicKey(fs.readFileSync(keyFile, "utf8")));
if (!result.ok) {
  console.log(`✖ ${file}: ${result.reason}`);
  process.exit(1);
}
const { entry, checkpoint } = result.value;
console.log(`✔ ${file}: chain ${entry.chain}, entry ${entry.seq} (${entry.kind}) is leaf ${receipt.leafIndex} of the journal the portal signed at ${checkpoint.at} (${checkpoint.treeSize} entries, root ${checkpoint.root}).`);
