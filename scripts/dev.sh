#!/usr/bin/env bash
# Runs Hyperformant locally from a clean clone: ./scripts/dev.sh
# Installs the toolchain and dependencies, starts PostgreSQL (unless DATABASE_URL
# is set) and a mail catcher, applies migrations, seeds the demo workspace and
# runs `wasp start`: the app on http://localhost:3000, mails on http://localhost:1080.
#   --n8n  also runs the real n8n from npm (installed once into .tools/n8n/, a few minutes) on
#          http://127.0.0.1:5678 with its own database on the same PostgreSQL, the repo's workflows
#          imported and published, N8N_URL and the shared secret set on both sides; the workflows'
#          sources are local stand-ins unless NEWSAPI_KEY / HYPERFORMANT_CHAT_WEBHOOK_URL are set.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
with_n8n=0
for arg in "$@"; do
  case "$arg" in
    --n8n) with_n8n=1 ;;
    -h|--help) sed -n '2,/^source/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) hf_die "unknown argument: $arg (./scripts/dev.sh [--n8n])" ;;
  esac
done
HF_LOG_DIR="$HF_ROOT/.data/logs"
mkdir -p "$HF_LOG_DIR"
source "$HF_ROOT/scripts/lib/production-build.sh"
source "$HF_ROOT/scripts/lib/stand-ins.sh"

# A setting from the environment or .env.server wins over the scripts' defaults.
hf_configured() { [ -n "${!1:-}" ] || grep -qsE "^$1=.+" "$HF_ROOT/.env.server"; }

hf_ensure_node_dependencies
hf_select_prisma_engine

if [ -z "${DATABASE_URL:-}" ]; then
  hf_pg_start postgres
  hf_on_exit "hf_pg_stop postgres"
  export DATABASE_URL="$(hf_pg_ensure_database hyperformant)"
  hf_log "PostgreSQL $(hf_pg_binaries_major) on 127.0.0.1:$HF_PG_PORT: $HF_PG_BINARIES, data in $HF_PG_DATA_DIR"
fi

smtp_port="${HF_DEV_SMTP_PORT:-1025}"
mail_web_port="${HF_DEV_MAIL_WEB_PORT:-1080}"
if [ "${EMAIL_SENDER:-SMTP}" != "Dummy" ]; then
  hf_start_mail_catcher "$smtp_port" "$mail_web_port"
  export SMTP_HOST=127.0.0.1 SMTP_PORT="$smtp_port" SMTP_USERNAME="${SMTP_USERNAME:-dev}" SMTP_PASSWORD="${SMTP_PASSWORD:-dev}"
  hf_log "mail catcher: every email the app sends appears on http://localhost:$mail_web_port"
fi

if ! hf_configured HYPERFORMANT_ENCRYPTION_KEY; then
  key_file="$HF_ROOT/.data/dev-encryption-key"
  [ -s "$key_file" ] || node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))' > "$key_file"
  export HYPERFORMANT_ENCRYPTION_KEY="$(cat "$key_file")"
fi
# Offline by default: Apollo calls go to the local stand-in (any key works but
# apollo-invalid-key). Set APOLLO_API_URL=https://api.apollo.io/api/v1 for the real one.
if ! hf_configured APOLLO_API_URL; then
  hf_start_apollo_stand_in "${HF_DEV_APOLLO_PORT:-4010}"
  hf_log "Apollo stand-in: $APOLLO_API_URL (save any key on the Apollo page to enrich companies)"
fi

# AI writing offline by default: report narratives come from the local OpenAI stand-in (it quotes
# the report's own sources). Set OPENAI_API_KEY (and OPENAI_BASE_URL/OPENAI_MODEL) for a real model,
# or HF_DEV_LLM=none to see reports without AI writing.
if ! hf_configured OPENAI_API_KEY && [ "${HF_DEV_LLM:-stand-in}" != "none" ]; then
  hf_start_openai_stand_in "${HF_DEV_OPENAI_PORT:-4011}" 1500
  export OPENAI_API_KEY="sk-dev-standin-key-not-a-secret"
  hf_log "OpenAI stand-in: $OPENAI_BASE_URL (report narratives are written by the stand-in; set OPENAI_API_KEY for a real model)"
fi

# Billing offline by default: checkout and the customer portal are the local Stripe stand-in's pages, and
# paying there sends signed webhooks to the app. Set STRIPE_API_KEY (and the rest, see README) for real Stripe.
if ! hf_configured STRIPE_API_KEY; then
  export STRIPE_WEBHOOK_SECRET="whsec_devstandinnotasecret0000"
  export STRIPE_API_KEY="sk_test_devstandinnotasecret"
  hf_stripe_stand_in_prices
  hf_start_stripe_stand_in "${HF_DEV_STRIPE_PORT:-4012}" "http://localhost:3001/payments-webhook" "$STRIPE_WEBHOOK_SECRET"
  hf_log "Stripe stand-in: http://127.0.0.1:${HF_DEV_STRIPE_PORT:-4012} (Billing's checkout and portal are its pages; payments send signed webhooks)"
fi

# The real n8n, on request: its own database beside the app's, the secret shared with the app.
if [ "$with_n8n" = 1 ]; then
  source "$HF_ROOT/scripts/lib/real-n8n.sh"
  if [ -z "${N8N_WEBHOOK_SECRET:-}" ]; then
    N8N_WEBHOOK_SECRET="$( { sed -n 's/^N8N_WEBHOOK_SECRET=//p' "$HF_ROOT/.env.server" 2>/dev/null || true; } | head -n 1)"
  fi
  if [ -z "$N8N_WEBHOOK_SECRET" ]; then
    secret_file="$HF_ROOT/.data/dev-n8n-secret"
    [ -s "$secret_file" ] || (umask 077 && node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))' > "$secret_file")
    N8N_WEBHOOK_SECRET="$(cat "$secret_file")"
  fi
  export N8N_WEBHOOK_SECRET HYPERFORMANT_N8N_SECRET="$N8N_WEBHOOK_SECRET"
  # Offline by default: the news and Hacker News searches and the chat webhook are the local stand-in's
  # (its GET /__stand-in/chat-messages shows what report delivery posted). NEWSAPI_KEY or
  # HYPERFORMANT_CHAT_WEBHOOK_URL in the environment takes the real one instead.
  real_news_key="${NEWSAPI_KEY:-}" real_chat_url="${HYPERFORMANT_CHAT_WEBHOOK_URL:-}"
  if [ -z "$real_news_key" ] || [ -z "$real_chat_url" ]; then
    hf_start_workflow_sources_stand_in "${HF_DEV_WORKFLOW_SOURCES_PORT:-4013}" "dev-newsapi-key-not-a-secret" "/services/TDEV/BDEV/dev-chat-token"
    hf_log "workflow sources stand-in: http://127.0.0.1:${HF_DEV_WORKFLOW_SOURCES_PORT:-4013}"
    if [ -n "$real_news_key" ]; then unset NEWSAPI_BASE_URL HN_SEARCH_BASE_URL; else export NEWSAPI_KEY="dev-newsapi-key-not-a-secret"; fi
    [ -z "$real_chat_url" ] || export HYPERFORMANT_CHAT_WEBHOOK_URL="$real_chat_url"
  fi
  HF_PG_ADMIN_URL="${HF_PG_ADMIN_URL:-$DATABASE_URL}"
  n8n_database_url="$(hf_pg_ensure_database hyperformant_n8n)"
  hf_start_real_n8n "$HF_ROOT/.data/n8n" "$n8n_database_url" "${HF_DEV_N8N_PORT:-5678}"
  export N8N_URL="$HF_N8N_URL"
  hf_log "n8n: $N8N_URL (the company page's market research and sentiment collection run there)"
elif ! hf_configured N8N_URL; then
  # Workflows offline by default: the n8n stand-in answers as the repo's workflows do, with made-up findings and
  # mentions, so the company page's market research and sentiment collection run without n8n (--n8n runs the real one).
  export N8N_WEBHOOK_SECRET="dev-n8n-stand-in-$(node -e 'console.log(require("crypto").randomBytes(16).toString("hex"))')"
  hf_start_n8n_stand_in "${HF_DEV_N8N_STAND_IN_PORT:-4014}" "$N8N_WEBHOOK_SECRET"
  hf_log "n8n stand-in: $N8N_URL (company workflows call back with sample results; ./scripts/dev.sh --n8n runs the real n8n)"
fi

hf_log "applying migrations"
hf_prisma migrate deploy >"$HF_LOG_DIR/migrate-deploy.log" 2>&1 \
  || { cat "$HF_LOG_DIR/migrate-deploy.log" >&2; hf_die "prisma migrate deploy failed"; }

hf_log "seeding the demo workspace"
wasp db seed >"$HF_LOG_DIR/seed.log" 2>&1 || { tail -n 30 "$HF_LOG_DIR/seed.log" >&2; hf_die "wasp db seed failed"; }
grep -E "Seeded|already exists" "$HF_LOG_DIR/seed.log" >&2 || true

hf_log "starting the app: http://localhost:3000 (demo login: demo@hyperformant.app / hyperformant-demo)"
wasp start
