import fs from "node:fs";

// CPU time of the PostgreSQL server's processes that work for a benchmark (clock ticks of /proc/<pid>/stat, 10 ms):
// the backends connected to its database, its autovacuum workers, and the server's shared writers (WAL writer,
// checkpointer, background writer). Other databases on the same server — someone bulk-loading one — are left out.
// With the app's own CPU it gives what one operation costs, a figure that other load on the machine barely moves
// (unlike operations per second). Not measured for the embedded database, which runs inside the app.

/** The processes to count, as `SELECT pid FROM …` over pg_stat_activity (run on the benchmark's database). */
export const SERVER_PIDS_SQL = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() OR backend_type IN ('walwriter', 'checkpointer', 'background writer')`;

/**
 * The same processes, each marked `own` (a backend or autovacuum worker of the benchmark's database) or not (the
 * server's shared writers, which also write for every other database on the server: on a machine shared with other
 * work their CPU is not the benchmark's alone, decision 0294).
 */
export const SERVER_PIDS_OWN_SQL = `SELECT pid, datname IS NOT DISTINCT FROM current_database() AS own FROM pg_stat_activity WHERE datname = current_database() OR backend_type IN ('walwriter', 'checkpointer', 'background writer')`;

export function processTicks(pids: readonly number[]): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      if (!stat.slice(stat.indexOf("(") + 1, close).startsWith("postgres")) continue;
      const fields = stat.slice(close + 2).split(" ");
      ticks.set(pid, Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
    } catch {
      // the process ended meanwhile, or is not ours to read (another machine's server)
    }
  }
  return ticks;
}
