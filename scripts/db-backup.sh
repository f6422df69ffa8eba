#!/usr/bin/env bash
# Dumps the whole database to a file: ./scripts/db-backup.sh [FILE]
# Default FILE: backups/hyperformant-<UTC timestamp>.dump (pg_dump custom format,
# compressed; restore it with ./scripts/db-restore.sh). Uses DATABASE_URL, or the
# local dev database. On Fly: `fly proxy 5432 -a <db app>` first, then set DATABASE_URL.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$HF_ROOT/scripts/lib/database-url.sh"
hf_resolve_database_url

file="${1:-$HF_ROOT/backups/hyperformant-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$file")"
hf_pg_tool pg_dump --format=custom --no-owner --no-privileges --file="$file" "$DATABASE_URL" \
  || hf_die "pg_dump failed"
hf_log "backup written to $file ($(du -h "$file" | cut -f1))"
