import { describe, expect, it } from "vitest";
import { replicaLagSeconds, replicaUsable, type TReplicaState } from "./replica-lag";

const base: TReplicaState = { inRecovery: true, streaming: true, unreplayedBytes: 0, replayAgeSeconds: 3_600 };
const MIB = 2 ** 20;

describe("replica lag (decision 0170)", () => {
  // [case, state, bytes of unreplayed WAL that still count as current, lag, usable at 30 s]
  it.each<[string, Partial<TReplicaState>, number, number | null, boolean]>([
    ["streaming and caught up: current however idle the primary", {}, 0, 0, true],
    ["streaming, replay behind by 5 s", { unreplayedBytes: 100, replayAgeSeconds: 5 }, 0, 5, true],
    ["streaming, replay behind by exactly 30 s", { unreplayedBytes: 100, replayAgeSeconds: 30 }, 0, 30, true],
    ["streaming, replay behind by 31 s", { unreplayedBytes: 100, replayAgeSeconds: 31 }, 0, 31, false],
    ["streaming, 1 MiB unreplayed after an hour without commits, 16 MiB allowed: current", { unreplayedBytes: MIB }, 16 * MIB, 0, true],
    ["streaming, 1 MiB unreplayed after an hour without commits, none allowed", { unreplayedBytes: MIB }, 0, 3_600, false],
    ["streaming, 20 MiB unreplayed, 16 MiB allowed, last commit 40 s ago", { unreplayedBytes: 20 * MIB, replayAgeSeconds: 40 }, 16 * MIB, 40, false],
    ["receiver disconnected, last commit 10 s ago", { streaming: false, replayAgeSeconds: 10 }, 16 * MIB, 10, true],
    ["receiver disconnected, last commit an hour ago", { streaming: false }, 16 * MIB, 3_600, false],
    ["nothing received or replayed since start", { unreplayedBytes: null, replayAgeSeconds: null }, 16 * MIB, null, false],
    ["not in recovery (promoted): not a replica", { inRecovery: false }, 16 * MIB, null, false],
    ["clock skew gives a negative age: 0", { streaming: false, replayAgeSeconds: -2 }, 0, 0, true],
  ])("%s", (_name, change, currentBytes, lag, usable) => {
    const s = { ...base, ...change };
    expect(replicaLagSeconds(s, currentBytes)).toBe(lag);
    expect(replicaUsable(s, 30, currentBytes)).toBe(usable);
  });
});
