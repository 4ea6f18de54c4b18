// When a read may go to the streaming replica (decision 0170): pure, so that the rule is tested with a table.

/** What the replica says about itself (REPLICA_STATE_SQL, run on the replica). */
export type TReplicaState = {
  /** pg_is_in_recovery(): false for a promoted or mis-configured "replica", which then is not one. */
  inRecovery: boolean;
  /** The WAL receiver is connected and streaming from the primary. */
  streaming: boolean;
  /** WAL received but not yet replayed, in bytes (null: nothing received since start). */
  unreplayedBytes: number | null;
  /** Seconds since the last replayed transaction committed on the primary (null: none replayed since start). */
  replayAgeSeconds: number | null;
};

export const REPLICA_STATE_SQL = `SELECT pg_is_in_recovery() AS in_recovery,
  coalesce((SELECT status = 'streaming' FROM pg_stat_wal_receiver), false) AS streaming,
  pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::float8 AS unreplayed_bytes,
  extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS replay_age_seconds`;

/**
 * How far behind the primary the replica's data may be, in seconds, or null when it cannot be said (not a replica).
 * A streaming replica with at most `currentBytes` of received WAL left to replay is current (0), however long ago
 * the primary last committed: an idle primary makes pg_last_xact_replay_timestamp() old without the replica being
 * behind, and WAL without commits (vacuum, checkpoints) leaves a little unreplayed for a moment without any data
 * being missing (measured: with 0 the reads flapped between replica and primary every few seconds under load).
 * Otherwise (receiver disconnected, or replay behind) the age of the last replayed commit is an upper bound.
 */
export function replicaLagSeconds(s: TReplicaState, currentBytes = 0): number | null {
  if (!s.inRecovery) return null;
  if (s.streaming && s.unreplayedBytes !== null && s.unreplayedBytes <= currentBytes) return 0;
  return s.replayAgeSeconds === null ? null : Math.max(0, s.replayAgeSeconds);
}

/** Reads go to the replica only when its lag is known and at most `maxLagSeconds`. */
export function replicaUsable(s: TReplicaState, maxLagSeconds: number, currentBytes = 0): boolean {
  const lag = replicaLagSeconds(s, currentBytes);
  return lag !== null && lag <= maxLagSeconds;
}
