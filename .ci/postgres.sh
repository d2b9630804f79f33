#!/usr/bin/env bash
# Makes sure a PostgreSQL server runs on localhost with the test role and database, installing it from
# Debian packages when missing, then prints the JDBC URL the tests read from EXAMROOM_TEST_POSTGRES_URL.
# Run as root (CI containers are); prints nothing and fails when PostgreSQL cannot be had.
set -euo pipefail

ROLE=examroom_test
DB=examroom_test
PASSWORD=examroom_test

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian packages…" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "pg_lsclusters missing: postgresql-common is not installed" >&2
    exit 1
fi

read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${VERSION:-}" ]; then
    VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$VERSION" main >&2
    read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [ "$STATUS" != "online" ]; then
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
for _ in $(seq 1 30); do
    psql_admin "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
done
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
    psql_admin "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
    psql_admin "CREATE DATABASE $DB OWNER $ROLE" >&2
fi

echo "jdbc:postgresql://localhost:$PORT/$DB?user=$ROLE&password=$PASSWORD"
