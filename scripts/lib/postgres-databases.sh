# Sourced by postgres.sh: databases on the server at HF_PG_ADMIN_URL (the local
# cluster, or DATABASE_URL's server), through pg-admin.mjs and the app's pg driver.
#   hf_pg_create_database NAME  (re)creates NAME empty, prints its URL
#   hf_pg_ensure_database NAME  creates NAME unless it exists, prints its URL
#   hf_pg_drop_database NAME
hf_pg_admin() { node "$HF_ROOT/scripts/lib/pg-admin.mjs" "$@"; }

hf_pg_create_database() {
  hf_pg_admin create-database "$HF_PG_ADMIN_URL" "$1" || hf_die "could not create database $1"
}

hf_pg_ensure_database() {
  hf_pg_admin ensure-database "$HF_PG_ADMIN_URL" "$1" || hf_die "could not create database $1"
}

hf_pg_drop_database() {
  hf_pg_admin drop-database "$HF_PG_ADMIN_URL" "$1"
}
