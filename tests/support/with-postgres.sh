#!/usr/bin/env bash
# Runs one command against a throw-away PostgreSQL cluster of its own: Debian's initdb and pg_ctl
# in a temporary folder, on a free port of 127.0.0.1, stopped and removed however the command ends.
#
#   tests/support/with-postgres.sh COMMAND [ARGS...]
#
# The command sees SISTERCITIES_TEST_BACKEND=postgresql and SISTERCITIES_TEST_PG, a connection
# URI of the cluster's administrator (who creates one database per test, owned by the ordinary
# role sc_owner that the application connects as: the application never needs a superuser).
# PostgreSQL refuses to run as root, so as root (CI) the server runs as the user nobody.
set -euo pipefail

pg_bin=${SISTERCITIES_PG_BIN:-}
if [ -z "$pg_bin" ]; then
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ ! -x "$pg_bin/initdb" ]; then
    echo "with-postgres.sh: no PostgreSQL server found (install Debian's postgresql)" >&2
    exit 1
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/sc-pg.XXXXXX")
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    chown nobody:nogroup "$folder"
    as_server=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
chmod 700 "$folder"

stop() {
    "${as_server[@]}" "$pg_bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM

# A free port: the kernel picks one, which is released for the server a moment later.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

(cd "$folder" && "${as_server[@]}" "$pg_bin/initdb" -D "$folder/data" -U sc_admin \
    --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1) || {
    cat "$folder/initdb.log" >&2
    exit 1
}
# fsync off: a test cluster need not survive a power cut, and it makes CREATE DATABASE cheap.
(cd "$folder" && "${as_server[@]}" "$pg_bin/pg_ctl" -D "$folder/data" -w -t 60 \
    -l "$folder/server.log" \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='$folder' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null) || {
    cat "$folder/server.log" >&2
    exit 1
}

"$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U sc_admin -d postgres \
    -c "CREATE ROLE sc_owner LOGIN CREATEROLE" >/dev/null

export SISTERCITIES_TEST_BACKEND=postgresql
export SISTERCITIES_TEST_PG="postgresql://sc_admin@127.0.0.1:$port/postgres"
export SISTERCITIES_TEST_PG_BIN="$pg_bin"
status=0
"$@" || status=$?
exit "$status"
