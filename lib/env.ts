import { z } from "zod";

// The only reader of process.env. Parsed on first use, not at import, so `next build` needs no database.
const ZEnv = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL (npm scripts set it for the embedded database)" }),
  AUTH_SECRET: z.string().min(16, { message: "AUTH_SECRET must be at least 16 characters" }),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * A PostgreSQL streaming replica of DATABASE_URL: public pages, dashboards and investigators' reads go there while
   * it lags at most REPLICA_MAX_LAG_SECONDS (lib/db.ts readDb, decision 0170). Unset: every read on the primary.
   */
  DATABASE_REPLICA_URL: z.string().url({ message: "DATABASE_REPLICA_URL must be a postgresql:// URL" }).optional(),
  /** Beyond this lag (seconds behind the primary) reads fall back to the primary until the replica catches up. */
  REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(0).max(3_600).default(30),
  /**
   * A streaming replica with at most this much received WAL left to replay counts as current: WAL without commits
   * (vacuum, checkpoints) must not make an idle primary's replica look 30 s behind (lib/replica-lag.ts).
   */
  REPLICA_CURRENT_BYTES: z.coerce.number().int().min(0).default(16 * 2 ** 20),
  /** How long one measurement of the replica's lag is reused. */
  REPLICA_LAG_CHECK_MS: z.coerce.number().int().min(0).max(600_000).default(3_000),
  /** How long the public aggregates (home, region and ministry figures) are reused at most, postings or not. */
  PUBLIC_CACHE_MAX_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Failed sign-ins of one account from one address that wait for nothing; each further one doubles the wait. */
  SIGN_IN_FREE_FAILURES: z.coerce.number().int().min(0).max(20).default(3),
  /** The longest wait between two sign-in attempts of one account from one address. */
  SIGN_IN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /** Failed sign-ins from one address, over every account, before that address is locked for the window. */
  SIGN_IN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(50),
  /** The address lock's window; an account+address pair's failures are forgotten after this long without one. */
  /**
   * Key that encrypts second-factor secrets at rest (lib/mfa/secret-box.ts). Unset: derived from AUTH_SECRET, so
   * rotating AUTH_SECRET then also needs every second factor enrolled again (decision 0067).
   */
  MFA_ENCRYPTION_KEY: z.string().min(32, { message: "MFA_ENCRYPTION_KEY must be at least 32 characters" }).optional(),
  /** Signs the school-meal QR tokens and keys pupils' IIN hashes (lib/meals/keys.ts). Unset: derived from AUTH_SECRET (decision 0156). */
  MEAL_TOKEN_KEY: z.string().min(32, { message: "MEAL_TOKEN_KEY must be at least 32 characters" }).optional(),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** A session ends after this long without a request (the session cookie's lifetime, renewed by use). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(8 * 60),
  /** A session ends this long after sign-in, however active (decision 0064). */
  SESSION_ABSOLUTE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(12 * 60),
  /** Quiet period before the flags of colours that just moved money are refreshed (lib/flags/refresh-flags.ts). */
  FLAG_REFRESH_DELAY_MS: z.coerce.number().int().min(0).default(2_000),
  /** How long a colour's refresh reuses item-code price quartiles and first receipts it read (lib/flags/facts.ts). */
  FLAG_FACTS_CACHE_MS: z.coerce.number().int().min(0).default(60_000),
  /** Colours a full flag recompute works on at once: the database does most of the work, on two cores here. */
  FLAG_RECOMPUTE_WORKERS: z.coerce.number().int().min(1).max(32).default(3),
  /** Projects whose decisions and exits `npm run import` replays at once (lib/import/import-run.ts applyInParts); 1 = one document at a time. */
  IMPORT_WORKERS: z.coerce.number().int().min(1).max(16).default(6),
  /** Invoice approvals run in at most this many transactions at once; the ones waiting share them (lib/ledger/invoice-approval.ts). */
  APPROVAL_TRANSACTIONS: z.coerce.number().int().min(1).max(64).default(2),
  /** Lanes the canteen scans are judged in, by school, each one group at a time on its own connection (lib/meals/record-meal.ts, decision 0242). */
  MEAL_SCAN_LANES: z.coerce.number().int().min(1).max(32).default(4),
  /** The most approvals one shared transaction takes. */
  APPROVAL_BATCH_MAX: z.coerce.number().int().min(1).max(200).default(16),
  /** How long a finished journal re-check answers the next requests instead of a new one (lib/journal/verify.ts). */
  JOURNAL_VERIFY_REUSE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Where the journal's Ed25519 signing key lives: outside the database, made at first start (decision 0131). */
  AIQYN_KEY_DIR: z.string().min(1).default(".data/keys"),
  /** How often the server extends the journal's tree and signs a checkpoint if the journal grew; 0 = never (tests). */
  JOURNAL_CHECKPOINT_MINUTES: z.coerce.number().min(0).max(24 * 60).default(5),
  /** SMTP server for notification e-mails (smtp:// or smtps://user:pass@host:port); unset = no e-mail (decision 0227). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: "SMTP_URL must be an smtp:// or smtps:// URL" })
    .optional(),
  /** The sender of notification e-mails. */
  MAIL_FROM: z.string().min(3).default("Aiqyn <no-reply@aiqyn.kz>"),
  /** The portal's address as users reach it (https://aiqyn.example.kz): e-mails link to it; unset = paths only. */
  PORTAL_URL: z.string().url({ message: "PORTAL_URL must be an http(s):// URL" }).optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (!cached) {
    const parsed = ZEnv.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid configuration: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
