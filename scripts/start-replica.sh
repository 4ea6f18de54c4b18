#!/usr/bin/env bash
# Starts a real PostgreSQL streaming replica on loopback (issue 16, decision 0170): pg_basebackup of the server at
# PRIMARY_URL into a second cluster that listens on 127.0.0.1:REPLICA_PORT, with the Debian binaries of the
# primary's major version. Prints the replica's base URL (…/postgres) on stdout when it is streaming.
#   PRIMARY_URL   postgresql://postgres@127.0.0.1:5432/postgres (a superuser; the replication role too)
#   REPLICA_PORT  5433
#   REPLICA_DIR   /tmp/aiqyn-replica-$REPLICA_PORT (made anew on every run; owned by the postgres user)
# The primary is not restarted: a missing `host replication` line is appended to its pg_hba.conf and the
# configuration reloaded, nothing else. `scripts/start-replica.sh stop` stops the replica and removes its folder.
set -euo pipefail
PRIMARY_URL=${PRIMARY_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
PORT=${REPLICA_PORT:-5433}
DIR=${REPLICA_DIR:-/tmp/aiqyn-replica-$PORT}
q() { psql "$PRIMARY_URL" -Atqc "$1"; }
# PostgreSQL refuses to run as root: the cluster's commands run as the postgres user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

major=$(q "select current_setting('server_version_num')::int / 10000")
bin=/usr/lib/postgresql/$major/bin
[ -x "$bin/pg_basebackup" ] || { echo "no PostgreSQL $major binaries in $bin" >&2; exit 1; }

if [ "${1:-}" = stop ]; then
  [ -d "$DIR" ] && as_pg "$bin/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
  exit 0
fi

if [ "$(q "select count(*) from pg_hba_file_rules where 'replication' = any(database) and (address is null or address = '127.0.0.1')")" = 0 ]; then
  # The same method as the server's own loopback rule (trust here, a password on a fresh Debian server).
  method=$(q "select coalesce((select auth_method from pg_hba_file_rules where type = 'host' and 'all' = any(database) and address = '127.0.0.1' limit 1), 'scram-sha-256')")
  hba=$(q "show hba_file")
  echo "host replication all 127.0.0.1/32 $method" >>"$hba"
  q "select pg_reload_conf()" >/dev/null
  sleep 1
fi

# A stale replica of an earlier run would hold the port: stop it first.
[ -f "$DIR/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
rm -rf "$DIR"
mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
chmod 700 "$DIR"
user=$(q "select current_user")
# -R writes standby.signal and primary_conninfo (from PRIMARY_URL, with its password if it has one).
as_pg "$bin/pg_basebackup" -d "$PRIMARY_URL" -D "$DIR" -X stream -R -c fast >&2

# A hot standby needs these at least as large as on the primary; the rest is the replica's own.
setting() { q "show $1"; }
cat >"$DIR/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
hot_standby = on
hot_standby_feedback = on
max_standby_streaming_delay = 30s
max_connections = $(setting max_connections)
max_worker_processes = $(setting max_worker_processes)
max_wal_senders = $(setting max_wal_senders)
max_prepared_transactions = $(setting max_prepared_transactions)
max_locks_per_transaction = $(setting max_locks_per_transaction)
shared_buffers = 128MB
CONF
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$DIR/pg_hba.conf"
: >"$DIR/pg_ident.conf"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"/*.conf
as_pg "$bin/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 120 start >&2

replica="postgresql://$user@127.0.0.1:$PORT/postgres"
# The replica's own pg_hba.conf trusts loopback: the same role, no password needed on it.
for _ in $(seq 1 60); do
  [ "$(psql "$replica" -Atqc "select pg_is_in_recovery()" 2>/dev/null)" = t ] && \
  [ "$(q "select count(*) from pg_stat_replication where state = 'streaming'")" != 0 ] && { echo "$replica"; exit 0; }
  sleep 1
done
echo "the replica on port $PORT is not streaming; see $DIR/server.log" >&2
exit 1
