# Sourced by scripts: a project-local PostgreSQL cluster when DATABASE_URL is unset.
# hf_pg_start DATA_DIR  -> starts (initialising if needed) and exports HF_PG_PORT, HF_PG_ADMIN_URL
# hf_pg_stop DATA_DIR   -> fast, clean shutdown
# hf_pg_create_database NAME -> (re)creates NAME, prints its URL

HF_PG_BIN="${HF_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}"

hf_pg_as_owner() {
  # initdb and pg_ctl refuse root: run them as Debian's postgres user then.
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

hf_free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

hf_pg_start() {
  local data_dir
  data_dir="$(mkdir -p "$1" && cd "$1" && pwd)"
  [ -x "$HF_PG_BIN/initdb" ] || hf_die "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin); install the postgresql package or set DATABASE_URL"
  mkdir -p "$data_dir"
  if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$data_dir"; chmod 700 "$data_dir"; fi
  if [ ! -f "$data_dir/PG_VERSION" ]; then
    hf_pg_as_owner "$HF_PG_BIN/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
      || hf_die "initdb failed for $data_dir"
  fi
  if hf_pg_as_owner "$HF_PG_BIN/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
    HF_PG_PORT="$(sed -n '4p' "$data_dir/postmaster.pid")"
  else
    HF_PG_PORT="$(hf_free_port)"
    hf_pg_as_owner "$HF_PG_BIN/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$HF_PG_PORT -c unix_socket_directories='$data_dir' -c fsync=${HF_PG_FSYNC:-on}" >/dev/null \
      || { tail -n 20 "$data_dir/server.log" >&2; hf_die "PostgreSQL did not start"; }
  fi
  export HF_PG_PORT
  export HF_PG_ADMIN_URL="postgresql://postgres@127.0.0.1:$HF_PG_PORT/postgres"
}

hf_pg_stop() {
  local data_dir="$1"
  [ -f "$data_dir/postmaster.pid" ] || return 0
  hf_pg_as_owner "$HF_PG_BIN/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null 2>&1 || true
}

hf_pg_create_database() {
  local name="$1"
  PGOPTIONS="-c client_min_messages=warning" psql "$HF_PG_ADMIN_URL" -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\"" >/dev/null \
    || hf_die "could not create database $name"
  echo "postgresql://postgres@127.0.0.1:$HF_PG_PORT/$name"
}

hf_pg_ensure_database() {
  local name="$1"
  if ! psql "$HF_PG_ADMIN_URL" -tAc "SELECT 1 FROM pg_database WHERE datname='$name'" | grep -q 1; then
    psql "$HF_PG_ADMIN_URL" -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE \"$name\"" >/dev/null || hf_die "could not create database $name"
  fi
  echo "postgresql://postgres@127.0.0.1:$HF_PG_PORT/$name"
}
