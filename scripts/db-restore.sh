#!/usr/bin/env bash
# Restores a dump made by ./scripts/db-backup.sh into an EMPTY database:
#   ./scripts/db-restore.sh FILE TARGET_DATABASE_URL
# It refuses a target that already has tables, so it can never overwrite data.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$HF_ROOT/scripts/lib/database-url.sh"
file="${1:?usage: scripts/db-restore.sh FILE TARGET_DATABASE_URL}"
target="${2:?usage: scripts/db-restore.sh FILE TARGET_DATABASE_URL}"
[ -f "$file" ] || hf_die "no such backup file: $file"

tables="$(hf_pg_tool psql "$target" -tAc "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")" \
  || hf_die "cannot connect to the target database"
[ "$tables" = "0" ] || hf_die "the target database is not empty ($tables tables): restore only into an empty database"

hf_pg_tool pg_restore --no-owner --no-privileges --exit-on-error --dbname="$target" "$file" \
  || hf_die "pg_restore failed"
hf_log "restored $file"
