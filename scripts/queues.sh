#!/usr/bin/env bash
# Prints the state of the pg-boss queues: waiting, active, failed, completed per job.
#   ./scripts/queues.sh            (DATABASE_URL, or the local dev database)
#   ./scripts/queues.sh --json     (one JSON object per job, for scripts)
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$HF_ROOT/scripts/lib/database-url.sh"
hf_resolve_database_url

if ! hf_pg_tool psql "$DATABASE_URL" -tAc "SELECT 1 FROM information_schema.tables WHERE table_schema = 'pgboss' AND table_name = 'job'" | grep -q 1; then
  echo "pg-boss has not created its tables in this database yet (start the server once)." >&2
  exit 1
fi

query="
SELECT name AS job,
       count(*) FILTER (WHERE state IN ('created', 'retry')) AS waiting,
       count(*) FILTER (WHERE state = 'active') AS active,
       count(*) FILTER (WHERE state = 'failed') AS failed,
       count(*) FILTER (WHERE state = 'completed') AS completed,
       max(createdon) AS last_created
  FROM (SELECT name, state::text, createdon FROM pgboss.job
        UNION ALL SELECT name, state::text, createdon FROM pgboss.archive) AS jobs
 WHERE name NOT LIKE '\_\_pgboss%'
 GROUP BY name
 UNION ALL
SELECT name, 0, 0, 0, 0, NULL FROM pgboss.schedule
 WHERE name NOT IN (SELECT name FROM pgboss.job UNION SELECT name FROM pgboss.archive)
 ORDER BY 1"

if [ "${1:-}" = "--json" ]; then
  hf_pg_tool psql "$DATABASE_URL" -tAc "SELECT coalesce(json_agg(q), '[]') FROM ($query) AS q"
else
  hf_pg_tool psql "$DATABASE_URL" -P pager=off -c "$query"
fi
