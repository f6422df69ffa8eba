# Resolves the database a maintenance script works on: DATABASE_URL, or the
# local development cluster that scripts/dev.sh runs (started if needed).
source "$HF_ROOT/scripts/lib/pg-client-tools.sh"

hf_resolve_database_url() {
  if [ -n "${DATABASE_URL:-}" ]; then return 0; fi
  hf_ensure_node_dependencies
  hf_pg_start postgres
  # Left running if dev.sh runs it; stopped at the end if this script started it.
  if [ "$HF_PG_STARTED_HERE" = "1" ]; then hf_on_exit "hf_pg_stop postgres"; fi
  export DATABASE_URL="$(hf_pg_ensure_database hyperformant)"
}
