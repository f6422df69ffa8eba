#!/usr/bin/env bash
# Benchmarks, each against a fresh local PostgreSQL and the production build:
#   ./bench/run.sh                 every benchmark
#   ./bench/run.sh company-list    one of: company-list, csv-import, report-pipeline, report-queue, payments-webhook, apollo-sync, admin-analytics, workflow-callbacks
# Figures print, land in bench/results/<name>.json and in docs/benchmarks.md.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
source "$HF_ROOT/scripts/lib/production-build.sh"
source "$HF_ROOT/scripts/lib/stand-ins.sh"

HF_LOG_DIR="$HF_ROOT/.data/bench-logs"
rm -rf "$HF_LOG_DIR"
mkdir -p "$HF_LOG_DIR"
benchmarks=("$@")
[ "${#benchmarks[@]}" -gt 0 ] || benchmarks=(company-list csv-import report-pipeline report-queue payments-webhook apollo-sync admin-analytics workflow-callbacks)
for name in "${benchmarks[@]}"; do
  [ -f "$HF_ROOT/bench/$name.bench.mjs" ] || hf_die "no benchmark named $name (bench/*.bench.mjs)"
done

hf_ensure_node_dependencies
hf_select_prisma_engine

hf_pg_discard bench-postgres
# pg_stat_statements (where the binaries have it) lets a benchmark read PostgreSQL's own time per statement.
HF_PG_FSYNC=off HF_PG_PRELOAD=pg_stat_statements hf_pg_start bench-postgres
hf_on_exit "hf_pg_stop bench-postgres"
export DATABASE_URL="$(hf_pg_create_database hyperformant_bench)"
hf_prisma migrate deploy >"$HF_LOG_DIR/migrate-deploy.log" 2>&1 || { cat "$HF_LOG_DIR/migrate-deploy.log" >&2; hf_die "migrations failed"; }

server_port="$(hf_free_port)"
hf_build_production "http://localhost:$server_port"
export JWT_SECRET="bench-only-jwt-secret-$RANDOM$RANDOM$RANDOM$RANDOM"
export HYPERFORMANT_ENCRYPTION_KEY="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')"
# Nothing here sends mail; the server only needs the settings to exist.
export SMTP_HOST=127.0.0.1 SMTP_PORT=2525 SMTP_USERNAME=bench SMTP_PASSWORD=bench
# A capped V8 heap makes "memory bounded" falsifiable: work that held whole
# files, or kept something per import, would run out of heap and fail. The
# webhook benchmark measures throughput instead, on the heap of a 1 GB machine:
# at 128 MiB the collector alone took 1.5 ms of every delivery.
heap_cap_mib_for() { case "$1" in payments-webhook | admin-analytics | workflow-callbacks) echo 512 ;; *) echo 128 ;; esac; }
# Reports write their narrative through the real openai SDK against the local stand-in; its
# "slow" subjects (the queue benchmark's) answer after BENCH_LLM_DELAY_MS, so runs overlap.
export BENCH_LLM_DELAY_MS=250
hf_start_openai_stand_in "$(hf_free_port)" "$BENCH_LLM_DELAY_MS"
export OPENAI_API_KEY="sk-bench-standin-$RANDOM$RANDOM$RANDOM$RANDOM" OPENAI_MAX_CONCURRENCY=4 REPORT_JOB_CONCURRENCY=4
# Billing on, so the webhook benchmark's signed events are verified and applied (no Stripe call is made).
export STRIPE_API_KEY="sk_test_bench$RANDOM$RANDOM$RANDOM" STRIPE_WEBHOOK_SECRET="whsec_bench$RANDOM$RANDOM$RANDOM$RANDOM$RANDOM"
hf_stripe_stand_in_prices
# n8n's callbacks are verified with this secret (the callback benchmark signs with it; nothing triggers n8n).
export N8N_WEBHOOK_SECRET="bench-n8n-$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')"
# Apollo list syncs and enrolments go to the local Apollo stand-in (it generates the 50,000-contact list).
hf_start_apollo_stand_in "$(hf_free_port)"
export BENCH_APOLLO_URL="$APOLLO_API_URL"
# The sync and the re-sync right after it send 501 requests each: a budget of 1,200 a minute lets both
# through without our own limiter stretching the second (at the default 600 it would wait out the minute).
export APOLLO_REQUESTS_PER_MINUTE=1200
running_heap_mib=""
start_bench_server() {
  if [ -n "$running_heap_mib" ]; then kill "$HF_SERVER_PID" 2>/dev/null; while kill -0 "$HF_SERVER_PID" 2>/dev/null; do sleep 0.2; done; fi
  export BENCH_SERVER_HEAP_CAP_MIB="$1"
  NODE_OPTIONS="--max-old-space-size=$BENCH_SERVER_HEAP_CAP_MIB" hf_start_production_server "$server_port" "http://localhost:3000"
  running_heap_mib="$1"
}

for name in "${benchmarks[@]}"; do
  [ "$(heap_cap_mib_for "$name")" = "$running_heap_mib" ] || start_bench_server "$(heap_cap_mib_for "$name")"
  hf_log "benchmark: $name"
  BENCH_SERVER_URL="http://127.0.0.1:$server_port" BENCH_SERVER_PID="$HF_SERVER_PID" BENCH_SERVER_LOG="$HF_SERVER_LOG" \
    node "$HF_ROOT/bench/$name.bench.mjs"
done
node "$HF_ROOT/bench/lib/writeBenchmarksDoc.mjs"
hf_log "figures in bench/results/ and docs/benchmarks.md"
