// npm run seed [-- --scale demo|region|national] [--seed N]: loads the demo dataset through the same lib functions
// the app uses; region and national then generate a large deterministic dataset on top of it
// (prisma/seed/scale) and recompute every flag.
import "../lib/startup";
import { closeDb, prisma } from "../lib/db";
import { recomputeAllFlags, settleFlagRefreshes } from "../lib/flags/refresh-flags";
import { generateScale, SCALES, type TScale } from "./seed/scale/generate-scale";
import { seedDemoAccounts } from "./seed/demo-accounts";
import { seedDemoFlags } from "./seed/demo-flags";
import { seedDemoMeals } from "./seed/demo-meals";
import { seedDemoMoney } from "./seed/demo-money";
import { seedDemoRegistry } from "./seed/demo-registry";
import { printLogins } from "./seed/demo-logins";

async function main() {
  const args = process.argv.slice(2);
  const scaleAt = args.indexOf("--scale");
  const scale = scaleAt === -1 ? "demo" : args[scaleAt + 1];
  if (scale !== "demo" && !(scale! in SCALES)) {
    console.error(`Unknown scale "${scale}". Available: demo, ${Object.keys(SCALES).join(", ")}.`);
    process.exit(2);
  }
  const seedAt = args.indexOf("--seed");
  const seed = seedAt === -1 ? 1 : Number(args[seedAt + 1]);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    console.error(`--seed takes a whole number, not "${args[seedAt + 1]}".`);
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
  const meals = await seedDemoMeals();
  if (meals.meals) console.log(`School meals: ${meals.meals} meal(s) and ${meals.refused} refused scan(s) in November 2026, ${meals.flags} open flag(s) in the programme's colour.`);
  if (scale !== "demo") await generate(scale as TScale, seed);
  if (args.includes("--print-logins")) printLogins();
}

async function generate(scale: TScale, seed: number) {
  await settleFlagRefreshes();
  console.log(`Generating the ${scale} dataset (seed ${seed})…`);
  const result = await generateScale({ scale, seed, url: process.env.DATABASE_URL!, log: (line) => console.log(line) });
  const n = (v: number) => v.toLocaleString("en");
  console.log(`Generated ${scale} (seed ${seed}) in ${result.seconds} s: ${n(result.projects)} projects, ${n(result.transfers)} transfers, ${n(result.invoices.total)} invoices (${n(result.invoices.paid)} paid, ${n(result.invoices.awaiting)} awaiting a decision, ${n(result.invoices.rejected)} rejected, ${n(result.invoices.refused)} refused by the rules).`);
  console.log(`Rows written: ${Object.entries(result.rows).map(([t, c]) => `${t} ${n(c)}`).join(", ")}.`);
  console.log(`Planted schemes: ${Object.entries(result.plants).map(([k, c]) => `${k} ${c}`).join(", ")}.`);
  console.log("Recomputing every colour's flags…");
  const started = Date.now();
  let last = 0;
  const flags = await recomputeAllFlags({
    onProgress: (done, total) => {
      if (Date.now() - last > 3000 || done === total) {
        last = Date.now();
        console.log(`  ${n(done)}/${n(total)} colours`);
      }
    },
  });
  console.log(`Flags: ${n(flags.open)} open over ${n(flags.colours)} colours (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  // The planted schemes and their look-alikes are scored against the flags by npm run bench:flags (decision 0167).
  const found = await prisma().$queryRaw<{ kind: string; n: bigint }[]>`
    SELECT kind, count(*) AS n FROM flag WHERE status = 'open' AND colour_id >= ${result.firstColourId} GROUP BY kind`;
  const of = (kind: string) => Number(found.find((f) => f.kind === kind)?.n ?? 0);
  console.log(`Open flags by kind / schemes planted: ${Object.entries(result.plants).map(([k, c]) => `${k} ${of(k)}/${c}`).join(", ")}.`);
  console.log("Recall and precision against the planted truth: npm run bench:flags -- --database-url <this database>.");
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
