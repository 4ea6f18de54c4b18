// `npm run import -- <folder> --profile`: where an import's time goes, per phase — wall time, this process's CPU,
// the database server's CPU (its backends serving this database, read from /proc: a server on this machine only),
// round trips sent (every query of the pg driver, which Prisma's adapter and the ledger's pipeline both use) and
// transactions committed. Printed as a Markdown table for docs/PERFORMANCE.md.
import fs from "node:fs";
import pg from "pg";
import type { TPhaseEvent } from "../../lib/import/import-bundle";

type TSample = { at: number; cpuMs: number; dbCpuMs: number | null; roundTrips: number; commits: number };
type TRow = { phase: string; documents: number; seconds: number; appCpu: number; dbCpu: number | null; roundTrips: number; commits: number };

let roundTrips = 0;
const TICKS = 100; // USER_HZ on Linux

export class ImportProfile {
  private readonly rows: TRow[] = [];
  private readonly backendCpu = new Map<number, number>();
  private start: TSample | null = null;
  private client: pg.Client | null = null;

  static async open(url: string): Promise<ImportProfile> {
    const profile = new ImportProfile();
    // Counting round trips: every query the driver sends (the profile's own excepted below).
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
      roundTrips++;
      return (query as (...b: unknown[]) => unknown).apply(this, a);
    } as typeof query;
    profile.client = new pg.Client({ connectionString: url });
    await profile.client.connect();
    return profile;
  }

  private async sample(): Promise<TSample> {
    const own = roundTrips;
    const { rows } = await this.client!.query<{ pid: number; commits: string }>(
      `SELECT a.pid, (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()) AS commits FROM pg_stat_activity a WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()`,
    );
    roundTrips = own;
    // A backend's CPU so far; one that ended keeps the last figure read (pool connections live for the whole run).
    let readable = rows.length > 0;
    for (const r of rows) {
      try {
        const fields = fs.readFileSync(`/proc/${r.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        this.backendCpu.set(r.pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS);
      } catch {
        readable = false;
      }
    }
    const cpu = process.cpuUsage();
    const commits = Number(rows[0]?.commits ?? 0);
    return { at: Date.now(), cpuMs: (cpu.user + cpu.system) / 1000, dbCpuMs: readable ? [...this.backendCpu.values()].reduce((a, b) => a + b, 0) : null, roundTrips, commits };
  }

  async phase(event: TPhaseEvent) {
    if (event.stage === "start") {
      this.start = await this.sample();
      return;
    }
    const end = await this.sample();
    const s = this.start!;
    this.rows.push({
      phase: event.files.join(" + "),
      documents: event.documents,
      seconds: (end.at - s.at) / 1000,
      appCpu: (end.cpuMs - s.cpuMs) / 1000,
      dbCpu: end.dbCpuMs != null && s.dbCpuMs != null ? (end.dbCpuMs - s.dbCpuMs) / 1000 : null,
      roundTrips: end.roundTrips - s.roundTrips,
      commits: end.commits - s.commits - 1,
    });
  }

  table(): string {
    const f = (n: number, d = 0) => n.toLocaleString("en", { minimumFractionDigits: d, maximumFractionDigits: d });
    const per = (n: number, docs: number) => (docs ? f(n / docs, 1) : "—");
    const out = [
      "| phase | documents | seconds | documents/s | node CPU s | database CPU s | round trips / document | commits / document |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ];
    for (const r of this.rows) {
      if (r.documents === 0) continue;
      out.push(`| ${r.phase} | ${f(r.documents)} | ${f(r.seconds, 1)} | ${r.seconds ? f(r.documents / r.seconds, 0) : "—"} | ${f(r.appCpu, 1)} | ${r.dbCpu == null ? "—" : f(r.dbCpu, 1)} | ${per(r.roundTrips, r.documents)} | ${per(r.commits, r.documents)} |`);
    }
    const sum = (k: "seconds" | "appCpu" | "roundTrips" | "commits") => this.rows.reduce((a, r) => a + r[k], 0);
    const db = this.rows.every((r) => r.dbCpu != null) ? this.rows.reduce((a, r) => a + r.dbCpu!, 0) : null;
    out.push(`| **all** | ${f(this.rows.reduce((a, r) => a + r.documents, 0))} | ${f(sum("seconds"), 1)} | | ${f(sum("appCpu"), 1)} | ${db == null ? "—" : f(db, 1)} | ${f(sum("roundTrips"))} in all | ${f(sum("commits"))} in all |`);
    return out.join("\n");
  }

  async close() {
    await this.client?.end();
  }
}
