import { describe, expect, it } from "vitest";
import { replicaLagSeconds, replicaUsable, type TReplicaState } from "./replica-lag";

const base: TReplicaState = { inRecovery: true, streaming: true, caughtUp: true, replayAgeSeconds: 3_600 };

describe("replica lag (decision 0170)", () => {
  it.each<[string, Partial<TReplicaState>, number | null, boolean]>([
    ["streaming and caught up: current however idle the primary", {}, 0, true],
    ["streaming, replay behind by 5 s", { caughtUp: false, replayAgeSeconds: 5 }, 5, true],
    ["streaming, replay behind by exactly 30 s", { caughtUp: false, replayAgeSeconds: 30 }, 30, true],
    ["streaming, replay behind by 31 s", { caughtUp: false, replayAgeSeconds: 31 }, 31, false],
    ["receiver disconnected, last commit 10 s ago", { streaming: false, replayAgeSeconds: 10 }, 10, true],
    ["receiver disconnected, last commit an hour ago", { streaming: false }, 3_600, false],
    ["nothing replayed since start and not caught up", { caughtUp: false, replayAgeSeconds: null }, null, false],
    ["not in recovery (promoted): not a replica", { inRecovery: false }, null, false],
    ["clock skew gives a negative age: 0", { streaming: false, replayAgeSeconds: -2 }, 0, true],
  ])("%s", (_name, change, lag, usable) => {
    const s = { ...base, ...change };
    expect(replicaLagSeconds(s)).toBe(lag);
    expect(replicaUsable(s, 30)).toBe(usable);
  });
});
