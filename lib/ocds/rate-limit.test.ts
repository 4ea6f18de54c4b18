import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./rate-limit";

describe("open-data token bucket", () => {
  it("lets a burst through, then refuses with the seconds until the next token, then refills", () => {
    const buckets = new TokenBuckets({ burst: 3, perMinute: 6 });
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(buckets.take("1.2.3.4", t0)).toEqual({ ok: true });
    expect(buckets.take("1.2.3.4", t0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(buckets.take("5.6.7.8", t0)).toEqual({ ok: true });
    expect(buckets.take("1.2.3.4", t0 + 4_000)).toEqual({ ok: false, retryAfterSeconds: 6 });
    expect(buckets.take("1.2.3.4", t0 + 10_000)).toEqual({ ok: true });
  });

  it("keeps a bounded number of addresses", () => {
    const buckets = new TokenBuckets({ burst: 1, perMinute: 1, maxAddresses: 2 });
    expect(buckets.take("a", 0).ok).toBe(true);
    expect(buckets.take("a", 0).ok).toBe(false);
    buckets.take("b", 0);
    buckets.take("c", 0);
    // "a" was forgotten (the oldest): it starts again with a full bucket.
    expect(buckets.take("a", 0).ok).toBe(true);
  });
});
