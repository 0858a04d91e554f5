#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 with a database and user for the ledger tests,
# installing Debian's `postgresql` package when it is missing. Prints the JDBC URL on its last line, so a caller
# can do:  export CROSSCHECK_TEST_PG_URL="$(bash .ci/postgres.sh | tail -n 1)"
# Idempotent: a second run finds the server up and the role and database present.
set -euo pipefail

DB=${CROSSCHECK_PG_DB:-crosscheck_test}
USER_NAME=${CROSSCHECK_PG_USER:-crosscheck}
PASSWORD=${CROSSCHECK_PG_PASSWORD:-crosscheck}
PORT=5432

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  log "installing the postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$VERSION main$"; then
  log "creating cluster $VERSION/main"
  pg_createcluster "$VERSION" main --port "$PORT" >&2
fi

if ! pg_isready -h 127.0.0.1 -p "$PORT" -q; then
  log "starting cluster $VERSION/main"
  # Only loopback: tests never talk to anything else.
  pg_ctlcluster "$VERSION" main start -o "-c listen_addresses=127.0.0.1" >&2 || true
  for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p "$PORT" -q && break
    sleep 1
  done
fi
pg_isready -h 127.0.0.1 -p "$PORT" >&2

as_postgres() { su postgres -c "$1"; }
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$USER_NAME'\"" | grep -q 1; then
  as_postgres "psql -q -c \"CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'\"" >&2
fi
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1; then
  as_postgres "createdb -O $USER_NAME $DB" >&2
fi

echo "jdbc:postgresql://127.0.0.1:$PORT/$DB?user=$USER_NAME&password=$PASSWORD"
