// The home page's "what to do" list, pure: counts in, items out (each a catalogue key under home.todo, its count,
// where it leads and how urgent it is). Tested by table in attention.test.ts; the loaders (lib/home/*-home.ts) read
// the counts, each within the actor's reach.

export type TTone = "action" | "warning" | "info";

export type TTodoKey =
  | "invoicesWaiting"
  | "refusals"
  | "expiring7"
  | "expiring30"
  | "incomingWaiting"
  | "issuedWaiting"
  | "drafts"
  | "highFlags"
  | "openCases"
  | "lockedSignIns"
  | "mustChangePassword";

export type TTodo = { key: TTodoKey; count: number; href: string; tone: TTone };

const DAY = 86_400_000;

/** Whole days from `now` until `at`, rounded up (an allocation ending in 3 hours has 1 day left; past: 0). */
export function daysLeft(at: Date, now: Date): number {
  const ms = at.getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / DAY);
}

/** Which expiry notice a colour is in: its last 7 days, its last 30, or none yet (or already expired). */
export function expiryBucket(at: Date, now: Date): 7 | 30 | null {
  const d = daysLeft(at, now);
  if (d === 0) return null;
  return d <= 7 ? 7 : d <= 30 ? 30 : null;
}

/** Only what has something in it, the most urgent first (actions, then warnings, then information). */
export function todoList(items: readonly TTodo[]): TTodo[] {
  const rank: Record<TTone, number> = { action: 0, warning: 1, info: 2 };
  return items.filter((i) => i.count > 0).sort((a, b) => rank[a.tone] - rank[b.tone]);
}

export function officialTodos(c: { waiting: number; refusals: number; expiring7: number; expiring30: number }): TTodo[] {
  return todoList([
    { key: "invoicesWaiting", count: c.waiting, href: "/invoices?show=waiting", tone: "action" },
    { key: "expiring7", count: c.expiring7, href: "#expiring", tone: "warning" },
    { key: "refusals", count: c.refusals, href: "#refusals", tone: "warning" },
    { key: "expiring30", count: c.expiring30, href: "#expiring", tone: "info" },
  ]);
}

export function contractorTodos(c: { incoming: number; issued: number; drafts: number; expiring7: number; expiring30: number }): TTodo[] {
  return todoList([
    { key: "incomingWaiting", count: c.incoming, href: "/company/invoices?box=incoming&status=submitted", tone: "action" },
    { key: "drafts", count: c.drafts, href: "/company/invoices?box=issued&status=draft", tone: "action" },
    { key: "expiring7", count: c.expiring7, href: "#expiring", tone: "warning" },
    { key: "issuedWaiting", count: c.issued, href: "/company/invoices?box=issued&status=submitted", tone: "info" },
    { key: "expiring30", count: c.expiring30, href: "#expiring", tone: "info" },
  ]);
}

export function investigatorTodos(c: { highFlags: number; openCases: number }): TTodo[] {
  return todoList([
    { key: "highFlags", count: c.highFlags, href: "/flags?severity=high&status=open", tone: "action" },
    { key: "openCases", count: c.openCases, href: "/cases?status=open", tone: "info" },
  ]);
}

export function adminTodos(c: { lockedSignIns: number; mustChangePassword: number }): TTodo[] {
  return todoList([
    { key: "lockedSignIns", count: c.lockedSignIns, href: "#locked", tone: "warning" },
    { key: "mustChangePassword", count: c.mustChangePassword, href: "/admin/users", tone: "info" },
  ]);
}

/** Budget execution as shares of the appropriation, in whole per cent (0 when nothing was appropriated). */
export function executionShares(e: { appropriated: bigint; allocated: bigint; paid: bigint }): { allocated: number; paid: number } {
  if (e.appropriated <= 0n) return { allocated: 0, paid: 0 };
  const pct = (part: bigint) => Number((part * 100n) / e.appropriated);
  return { allocated: pct(e.allocated), paid: pct(e.paid) };
}
