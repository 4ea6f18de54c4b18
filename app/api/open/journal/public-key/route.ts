import { signingKey } from "@/lib/journal/signing-key";

/** The portal's Ed25519 public key (PEM) that signs the journal's checkpoints. */
export async function GET() {
  return new Response(signingKey().publicPem, { headers: { "content-type": "application/x-pem-file; charset=utf-8", "content-disposition": 'inline; filename="aiqyn-journal-ed25519.pub.pem"' } });
}
