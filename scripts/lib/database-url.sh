# Resolves the database a maintenance script works on: DATABASE_URL, or the
# local development cluster that scripts/dev.sh runs (started if needed).
hf_resolve_database_url() {
  if [ -n "${DATABASE_URL:-}" ]; then return 0; fi
  hf_pg_start "$HF_ROOT/.data/postgres"
  export DATABASE_URL="$(hf_pg_ensure_database hyperformant)"
}

hf_pg_tool() {
  local tool="$1"; shift
  if [ -x "$HF_PG_BIN/$tool" ]; then "$HF_PG_BIN/$tool" "$@"; else "$tool" "$@"; fi
}
