// The open-data API's rate limit: a token bucket per client address, in this process's memory (decision 0149).
// A burst of `burst` requests, then `perMinute` a minute; a refused request learns when its next token comes.

export type TBucketOptions = { burst: number; perMinute: number; maxAddresses?: number };
export type TTake = { ok: true } | { ok: false; retryAfterSeconds: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: TBucketOptions) {}

  take(address: string, now = Date.now()): TTake {
    const { burst, perMinute } = this.options;
    const perMs = perMinute / 60_000;
    const known = this.buckets.get(address);
    const tokens = known ? Math.min(burst, known.tokens + (now - known.at) * perMs) : burst;
    if (tokens >= 1) {
      this.remember(address, { tokens: tokens - 1, at: now });
      return { ok: true };
    }
    this.remember(address, { tokens, at: now });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  }

  /** Keeps at most maxAddresses buckets: the oldest go first (a full bucket is what a new address gets anyway). */
  private remember(address: string, bucket: { tokens: number; at: number }) {
    this.buckets.delete(address);
    this.buckets.set(address, bucket);
    const max = this.options.maxAddresses ?? 100_000;
    while (this.buckets.size > max) this.buckets.delete(this.buckets.keys().next().value!);
  }
}
