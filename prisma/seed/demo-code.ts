// npm run -s demo:code -- <e-mail>: the current second-factor code of a DEMO account, computed from its published
// secret (prisma/seed/demo-logins.ts). Any other account is refused: their secrets exist only, encrypted, in the database.
import { codeAt, PERIOD_SECONDS, stepAt } from "../../lib/mfa/totp";
import { DEMO_USERS } from "./demo-logins";

const email = (process.argv[2] ?? "").trim().toLowerCase();
const user = DEMO_USERS.find((u) => u.email === email);
if (!user?.totpSecret) {
  console.error(email ? `${email} is not a demo account with a second factor. Demo accounts with one:` : "usage: npm run -s demo:code -- <e-mail>. Demo accounts with a second factor:");
  for (const u of DEMO_USERS) if (u.totpSecret) console.error(`  ${u.email}`);
  process.exit(1);
}
const now = Date.now();
const left = PERIOD_SECONDS - Math.floor(now / 1000) % PERIOD_SECONDS;
console.log(codeAt(user.totpSecret, stepAt(now)));
// To stderr, so `$(npm run -s demo:code -- …)` captures the code alone. A code is accepted once.
console.error(`(valid for ${left} s more, and once; the next one comes every ${PERIOD_SECONDS} s)`);
