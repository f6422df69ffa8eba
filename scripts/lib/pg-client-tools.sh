# PostgreSQL's client tools: pg_dump and pg_restore for scripts/db-backup.sh and
# db-restore.sh, psql for db-restore.sh and queues.sh. The server binaries
# (from the machine or from npm) do not include them.
#   hf_pg_tool TOOL ARGS...           runs TOOL from HF_PG_BIN when it is there, else from PATH
#   hf_ensure_pg_client_tools URL     makes sure all three can talk to URL's server, installing
#                                     Debian's postgresql-client with apt as root when they are missing

hf_pg_tool() {
  local tool="$1"; shift
  if [ -x "${HF_PG_BIN:-}/$tool" ]; then "$HF_PG_BIN/$tool" "$@"; else "$tool" "$@"; fi
}

# pg_dump refuses a server newer than itself; psql and pg_restore follow it.
hf_pg_client_tools_serve() {
  local server_major="$1" tool major
  for tool in pg_dump pg_restore psql; do
    major="$(hf_pg_tool "$tool" --version 2>/dev/null | awk '{ print $3 }' | cut -d. -f1)" || return 1
    [ -n "$major" ] && [ "$major" -ge "$server_major" ] || return 1
  done
}

hf_ensure_pg_client_tools() {
  local server_major
  server_major="$(node "$HF_ROOT/scripts/lib/pg-admin.mjs" server-major "$1")" || hf_die "could not read the PostgreSQL server's version"
  hf_pg_client_tools_serve "$server_major" && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    hf_log "installing Debian's postgresql-client (pg_dump, pg_restore, psql) for the backup and queue tests"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client; } >/dev/null 2>&1 \
      || hf_log "apt-get install postgresql-client failed"
  fi
  hf_pg_client_tools_serve "$server_major" \
    || hf_die "the backup and queue tests need PostgreSQL's client tools (pg_dump, pg_restore, psql) of version $server_major or newer on PATH: install your system's postgresql-client package (version $server_major or newer), or leave out the operations suite (HF_TEST_SUITES)."
}
