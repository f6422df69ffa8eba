#!/usr/bin/env bash
# The whole test suite, from a clean clone: ./scripts/test.sh
#   1. unit tests (vitest, pure modules)
#   2. air-gapped Prisma tests (schema-engine stand-in against real PostgreSQL)
#   3. component tests (wasp test client)
#   4. integration tests (HTTP against the built server and a fresh database)
#   5. end-to-end tests (Playwright in Debian's Chromium against the production build)
#   6. operations tests (secrets, request logs, jobs, queues, readiness, backup, shutdown)
#   7. n8n tests (the repo's workflows in the real n8n from npm, end to end against the server)
# Set DATABASE_URL to use an existing PostgreSQL server (a fresh database is
# created and dropped there); otherwise a throwaway local cluster is started.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$HF_ROOT/scripts/lib/chromium.sh"
source "$HF_ROOT/scripts/lib/production-build.sh"
source "$HF_ROOT/scripts/lib/test-results.sh"
source "$HF_ROOT/scripts/lib/stand-ins.sh"
source "$HF_ROOT/scripts/lib/pg-client-tools.sh"
source "$HF_ROOT/scripts/lib/real-n8n.sh"

HF_LOG_DIR="$HF_ROOT/test-results/logs"
rm -rf "$HF_ROOT/test-results"
mkdir -p "$HF_LOG_DIR"
suite_started_at=$(date +%s)

hf_ensure_node_dependencies
hf_select_prisma_engine

# --- database -----------------------------------------------------------------
if [ -n "${DATABASE_URL:-}" ]; then
  HF_PG_ADMIN_URL="$DATABASE_URL"
  test_database="hyperformant_test_$(date +%s)_$$"
  export DATABASE_URL="$(hf_pg_create_database "$test_database")"
  hf_on_exit "hf_pg_drop_database '$test_database' >/dev/null 2>&1"
else
  hf_pg_discard test-postgres
  HF_PG_FSYNC=off hf_pg_start test-postgres
  hf_log "PostgreSQL $(hf_pg_binaries_major) on 127.0.0.1:$HF_PG_PORT: $HF_PG_BINARIES, data in $HF_PG_DATA_DIR"
  # A throwaway: its log is kept with the others, its data goes.
  hf_on_exit "cp '$HF_PG_DATA_DIR/server.log' '$HF_LOG_DIR/postgres.log' 2>/dev/null; hf_pg_discard test-postgres"
  # The operations tests stop and restart this cluster to check /ready.
  export HF_TEST_PG_DATA_DIR="$HF_PG_DATA_DIR" HF_TEST_PG_PORT="$HF_PG_PORT" HF_PG_BIN
  export DATABASE_URL="$(hf_pg_create_database hyperformant_test)"
fi
export HF_TEST_PG_ADMIN_URL="$HF_PG_ADMIN_URL"
# The backup and queue tests need pg_dump, pg_restore and psql: found (or installed) now rather than after the other suites.
if hf_suite_selected operations; then hf_ensure_pg_client_tools "$DATABASE_URL"; fi
hf_log "applying migrations to the test database"
hf_prisma migrate deploy >"$HF_LOG_DIR/migrate-deploy.log" 2>&1 \
  || { cat "$HF_LOG_DIR/migrate-deploy.log" >&2; hf_die "prisma migrate deploy failed"; }

# --- 1. unit ------------------------------------------------------------------
hf_log "unit tests"
hf_run_suite unit vitest npx vitest run --config vitest.unit.config.ts

# --- 2. air-gapped Prisma -------------------------------------------------------
hf_log "air-gapped Prisma tests"
source "$HF_ROOT/scripts/lib/airgap-prisma-env.sh"
hf_run_suite prisma-airgap node-test node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=spec --test-reporter-destination="$HF_ROOT/test-results/prisma-airgap.txt" \
  'scripts/prisma-airgap/test/*.test.mjs'

# --- scripts: deploy tooling and the local PostgreSQL ----------------------------
hf_log "scripts tests (Fly config, n8n import, GitHub workflows, local PostgreSQL)"
source "$HF_ROOT/scripts/lib/subpackage.sh"
hf_ensure_subpackage_dependencies "$HF_ROOT/scripts/ci-config"
hf_ensure_subpackage_dependencies "$HF_ROOT/scripts/local-postgres"
hf_run_suite scripts node-test node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=spec --test-reporter-destination="$HF_ROOT/test-results/scripts.txt" \
  'scripts/fly/test/*.test.mjs' 'scripts/n8n/test/*.test.mjs' 'scripts/ci-config/test/*.test.mjs' \
  'scripts/local-postgres/test/*.test.mjs'

# --- 3. components --------------------------------------------------------------
hf_log "component tests (wasp test client)"
hf_run_suite components vitest wasp test client run --reporter=default --reporter=json \
  --outputFile="$HF_ROOT/test-results/components.json"

# --- 4 and 5 run against the production build ----------------------------------
server_port="$(hf_free_port)"
client_port="$(hf_free_port)"
smtp_port="$(hf_free_port)"
mail_web_port="$(hf_free_port)"
apollo_port="$(hf_free_port)"
openai_port="$(hf_free_port)"
stripe_port="$(hf_free_port)"
server_url="http://localhost:$server_port"
client_url="http://localhost:$client_port"

hf_build_production "$server_url"
hf_start_mail_catcher "$smtp_port" "$mail_web_port"
hf_start_apollo_stand_in "$apollo_port"
# Its "slow" scenario answers after 3.5 s: long enough for the e2e test to watch a report progress.
hf_start_openai_stand_in "$openai_port" 3500
# Billing against the Stripe stand-in: the real stripe SDK, and its hosted checkout posts signed events to the server.
export STRIPE_WEBHOOK_SECRET="whsec_test$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')"
export STRIPE_API_KEY="sk_test_standin$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')"
hf_stripe_stand_in_prices
hf_start_stripe_stand_in "$stripe_port" "$server_url/payments-webhook" "$STRIPE_WEBHOOK_SECRET"
# Workflows against the n8n stand-in: triggers signed with the shared secret, callbacks signed back. Two tries, 1 s apart, keep the n8n-down test quick.
export N8N_WEBHOOK_SECRET="n8n-test-$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')"
export N8N_TRIGGER_ATTEMPTS=2 N8N_TRIGGER_RETRY_DELAY_SECONDS=1
hf_start_n8n_stand_in "$(hf_free_port)" "$N8N_WEBHOOK_SECRET"

export JWT_SECRET="test-only-jwt-secret-$(date +%s)-$RANDOM$RANDOM"
export SMTP_HOST=127.0.0.1 SMTP_PORT="$smtp_port" SMTP_USERNAME=catcher SMTP_PASSWORD="maildev-takes-any-password"
export HYPERFORMANT_ENCRYPTION_KEY="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')"
export ADMIN_EMAILS="integration-admin@example.test,operations-admin@example.test,stats-admin@example.test,users-admin@example.test,e2e-admin@example.test,e2e-users-admin@example.test,messages-admin@example.test,workflows-admin@example.test,settings-admin@example.test,e2e-workflows-admin@example.test"
export AUTH_RATE_LIMIT_PER_IP=10000 AUTH_RATE_LIMIT_PER_EMAIL=8
# The suites sign in from 127.0.0.1 and some fail on purpose; the login-limit tests use their own IPs.
export AUTH_RATE_LIMIT_FAILURES_PER_IP=10000 AUTH_RATE_LIMIT_FAILURES_PER_IP_AND_EMAIL=5
# The browser suites report every page they open from 127.0.0.1; the burst test sends past this from an IP of its own.
export PAGE_VIEWS_PER_MINUTE_PER_IP=600
# The stand-in's slow domains answer after 1.5 s: past this timeout. Two attempts keep retries quick.
export APOLLO_TIMEOUT_MS=1000 APOLLO_MAX_ATTEMPTS=2
# The real openai SDK against the stand-in; its "hang" scenario never answers: a 4 s timeout, one retry.
export OPENAI_API_KEY="sk-test-standin-$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')"
export OPENAI_MODEL=gpt-4o-mini OPENAI_TIMEOUT_MS=4000 OPENAI_MAX_RETRIES=1 OPENAI_MAX_CONCURRENCY=4
hf_start_production_server "$server_port" "$client_url"
hf_start_static_client "$client_port"

export HF_TEST_SERVER_URL="$server_url" HF_TEST_CLIENT_URL="$client_url"
export HF_TEST_SERVER_PID="$HF_SERVER_PID" HF_TEST_SERVER_LOG="$HF_SERVER_LOG" HF_TEST_SERVER_EXIT_FILE="$HF_SERVER_EXIT_FILE"
export HF_TEST_MAIL_CATCHER_URL="http://127.0.0.1:$mail_web_port"
export HF_TEST_APOLLO_URL="$APOLLO_API_URL" HF_TEST_OPENAI_URL="$OPENAI_BASE_URL"
export HF_TEST_STRIPE_URL="http://127.0.0.1:$stripe_port" HF_TEST_STRIPE_WEBHOOK_SECRET="$STRIPE_WEBHOOK_SECRET"
export HF_TEST_N8N_URL="$N8N_URL"
export HF_TEST_ADMIN_EMAIL="integration-admin@example.test"
export HF_TEST_OPERATIONS_ADMIN_EMAIL="operations-admin@example.test"
export HF_TEST_STATS_ADMIN_EMAIL="stats-admin@example.test" HF_TEST_USERS_ADMIN_EMAIL="users-admin@example.test" HF_TEST_MESSAGES_ADMIN_EMAIL="messages-admin@example.test" HF_TEST_E2E_ADMIN_EMAIL="e2e-admin@example.test" HF_TEST_E2E_USERS_ADMIN_EMAIL="e2e-users-admin@example.test"
export HF_TEST_WORKFLOWS_ADMIN_EMAIL="workflows-admin@example.test" HF_TEST_SETTINGS_ADMIN_EMAIL="settings-admin@example.test" HF_TEST_E2E_WORKFLOWS_ADMIN_EMAIL="e2e-workflows-admin@example.test"

hf_log "integration tests against $server_url"
# HF_TEST_FILES narrows the vitest suites to matching files while working on one feature: HF_TEST_FILES="apollo operations".
# shellcheck disable=SC2086
hf_run_suite integration vitest npx vitest run --config vitest.integration.config.ts ${HF_TEST_FILES:-}

hf_ensure_chromium
hf_log "end-to-end tests in $HF_CHROMIUM_PATH against $client_url"
hf_run_suite e2e playwright npx playwright test --config e2e-tests/playwright.config.ts

# Last: these stop PostgreSQL for a while and finally the server itself.
hf_log "operations tests"
# shellcheck disable=SC2086
hf_run_suite operations vitest npx vitest run --config vitest.ops.config.ts ${HF_TEST_FILES:-}

# --- 7. the repo's n8n workflows in the real n8n (after operations, which stops the server) ------------
if hf_suite_selected n8n; then
  hf_log "n8n tests: the repo's workflows in the real n8n $(hf_real_n8n_version) from npm"
  # Without the operations suite the server still runs, against the n8n stand-in: stopped, then started on the real one.
  if kill -0 "$HF_SERVER_PID" 2>/dev/null; then
    kill "$HF_SERVER_PID"
    until [ -s "$HF_SERVER_EXIT_FILE" ]; do sleep 0.1; done
  fi
  # The sources' keys and webhook token are made up per run, on both sides.
  export NEWSAPI_KEY="newsapi-test-$(node -e 'console.log(require("crypto").randomBytes(16).toString("hex"))')"
  hf_start_workflow_sources_stand_in "$(hf_free_port)" "$NEWSAPI_KEY" "/services/T0TEST/B0TEST/$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')"
  export HYPERFORMANT_N8N_SECRET="$N8N_WEBHOOK_SECRET"
  n8n_database="hyperformant_n8n_test_$$"
  hf_on_exit "hf_pg_drop_database '$n8n_database' >/dev/null 2>&1"
  n8n_database_url="$(hf_pg_create_database "$n8n_database")"
  hf_start_real_n8n "$HF_ROOT/test-results/n8n-home" "$n8n_database_url" "$(hf_free_port)"
  export N8N_URL="$HF_N8N_URL" HF_TEST_REAL_N8N_URL="$HF_N8N_URL" HF_TEST_WORKFLOW_SOURCES_URL="$NEWSAPI_BASE_URL"
  hf_start_production_server "$server_port" "$client_url"
  export HF_TEST_SERVER_PID="$HF_SERVER_PID" HF_TEST_SERVER_LOG="$HF_SERVER_LOG" HF_TEST_SERVER_EXIT_FILE="$HF_SERVER_EXIT_FILE"
fi
# shellcheck disable=SC2086
hf_run_suite n8n vitest npx vitest run --config vitest.n8n.config.ts ${HF_TEST_FILES:-}

hf_print_summary "$(( $(date +%s) - suite_started_at ))"
