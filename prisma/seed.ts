// npm run seed [-- --scale demo]: loads the demo dataset through the same lib functions the app uses.
import { closeDb } from "../lib/db";
import { settleFlagRefreshes } from "../lib/flags/refresh-flags";
import { seedDemoAccounts } from "./seed/demo-accounts";
import { seedDemoFlags } from "./seed/demo-flags";
import { seedDemoMoney } from "./seed/demo-money";
import { seedDemoRegistry } from "./seed/demo-registry";
import { printLogins } from "./seed/demo-logins";

async function main() {
  const args = process.argv.slice(2);
  const scaleAt = args.indexOf("--scale");
  const scale = scaleAt === -1 ? "demo" : args[scaleAt + 1];
  if (scale !== "demo") {
    console.error(`Unknown scale "${scale}". Available: demo.`);
    process.exit(2);
  }
  const started = Date.now();
  const created = await seedDemoAccounts();
  const money = await seedDemoMoney();
  const flagged = await seedDemoFlags();
  console.log(
    `Seeded demo: ${created.organizations} organisation(s), ${created.users} user(s), ${money.budgetLines} budget line(s), ${money.payments} payment(s) created (${Date.now() - started} ms).`,
  );
  const registry = await seedDemoRegistry();
  console.log(`Seeded registry: ${registry.companies} compan(ies) with their directors and founders.`);
  if (flagged.payments) console.log(`Red-flag scenarios: ${flagged.payments} payment(s), ${flagged.flags} open flag(s).`);
  if (args.includes("--print-logins")) printLogins();
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  // Payments and debarments refresh flags in the background: let them finish before the pool closes.
  .finally(async () => {
    await settleFlagRefreshes();
    await closeDb();
  });
