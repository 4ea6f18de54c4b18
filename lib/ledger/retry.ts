// Serialization failures (40001) and deadlocks (40P01) are normal under concurrent writers: the whole
// transaction is retried. They reach us as Prisma's P2034, as a DriverAdapterError whose cause says
// TransactionWriteConflict (or carries the SQLSTATE as originalCode), or as the pg driver's error with the SQLSTATE
// as its code. The error's text is never read.
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01"]);

export function isRetryable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (!e || typeof e !== "object" || seen.has(e)) return false;
    seen.add(e);
    const o = e as Record<string, unknown>;
    if (o.code === "P2034") return true;
    if (o.kind === "TransactionWriteConflict") return true;
    if (typeof o.originalCode === "string" && RETRYABLE_SQLSTATES.has(o.originalCode)) return true;
    if (typeof o.code === "string" && RETRYABLE_SQLSTATES.has(o.code)) return true;
    const meta = o.meta as Record<string, unknown> | undefined;
    return visit(o.cause) || visit(meta?.driverAdapterError) || visit(meta);
  };
  return visit(error);
}

export type TRetryOptions = { attempts?: number; baseDelayMs?: number; onRetry?: (error: unknown, attempt: number) => void };

export async function withRetry<T>(fn: () => Promise<T>, { attempts = 10, baseDelayMs = 5, onRetry }: TRetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      onRetry?.(error, attempt);
      const delay = baseDelayMs * 2 ** Math.min(attempt, 6) * (0.5 + Math.random());
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
