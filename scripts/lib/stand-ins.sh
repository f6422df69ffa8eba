# Local stand-ins for third-party services (tests/stand-ins/), on 127.0.0.1 only.

# hf_start_apollo_stand_in PORT -> exports APOLLO_API_URL pointing at it
hf_start_apollo_stand_in() {
  local port="$1"
  node "$HF_ROOT/tests/stand-ins/apollo/main.ts" --port "$port" >"${HF_LOG_DIR:-$HF_ROOT/.data/logs}/apollo-stand-in.log" 2>&1 &
  HF_BACKGROUND_PIDS+=("$!")
  hf_wait_for_http "http://127.0.0.1:$port/api/v1/auth/health" 30 || hf_die "the Apollo stand-in did not start"
  export APOLLO_API_URL="http://127.0.0.1:$port/api/v1"
}

# hf_start_openai_stand_in PORT [SLOW_DELAY_MS] -> exports OPENAI_BASE_URL pointing at it (any OPENAI_API_KEY but sk-invalid)
hf_start_openai_stand_in() {
  local port="$1" slow_delay_ms="${2:-200}"
  node "$HF_ROOT/tests/stand-ins/openai/main.ts" --port "$port" --slow-delay-ms "$slow_delay_ms" >"${HF_LOG_DIR:-$HF_ROOT/.data/logs}/openai-stand-in.log" 2>&1 &
  HF_BACKGROUND_PIDS+=("$!")
  hf_wait_for_http "http://127.0.0.1:$port/__stand-in/stats" 30 || hf_die "the OpenAI stand-in did not start"
  export OPENAI_BASE_URL="http://127.0.0.1:$port/v1"
}

# hf_start_stripe_stand_in PORT WEBHOOK_URL WEBHOOK_SECRET -> exports STRIPE_API_HOST/PORT/PROTOCOL pointing at it
# (any STRIPE_API_KEY but sk_test_invalid); paying on its hosted checkout POSTs signed events to WEBHOOK_URL.
hf_start_stripe_stand_in() {
  local port="$1" webhook_url="$2" webhook_secret="$3"
  node "$HF_ROOT/tests/stand-ins/stripe/main.ts" --port "$port" --webhook-url "$webhook_url" --webhook-secret "$webhook_secret" >"${HF_LOG_DIR:-$HF_ROOT/.data/logs}/stripe-stand-in.log" 2>&1 &
  HF_BACKGROUND_PIDS+=("$!")
  hf_wait_for_http "http://127.0.0.1:$port/__stand-in/requests" 30 || hf_die "the Stripe stand-in did not start"
  export STRIPE_API_HOST=127.0.0.1 STRIPE_API_PORT="$port" STRIPE_API_PROTOCOL=http
}

# The stand-in's price catalogue as the app's STRIPE_PRICE_* settings (unless already set).
hf_stripe_stand_in_prices() {
  export STRIPE_PRICE_PRO_MONTH="${STRIPE_PRICE_PRO_MONTH:-price_pro_monthly}" STRIPE_PRICE_PRO_YEAR="${STRIPE_PRICE_PRO_YEAR:-price_pro_yearly}"
  export STRIPE_PRICE_TEAM_MONTH="${STRIPE_PRICE_TEAM_MONTH:-price_team_monthly}" STRIPE_PRICE_TEAM_YEAR="${STRIPE_PRICE_TEAM_YEAR:-price_team_yearly}"
  export STRIPE_PRICE_CREDITS_25="${STRIPE_PRICE_CREDITS_25:-price_credits_25}" STRIPE_PRICE_CREDITS_100="${STRIPE_PRICE_CREDITS_100:-price_credits_100}"
}

# hf_start_n8n_stand_in PORT SECRET -> exports N8N_URL pointing at it (the repo's workflows' webhooks, checking the
# secret and the signature, calling back signed); the app must share N8N_WEBHOOK_SECRET=SECRET.
hf_start_n8n_stand_in() {
  local port="$1" secret="$2"
  node "$HF_ROOT/tests/stand-ins/n8n/main.ts" --port "$port" --secret "$secret" >"${HF_LOG_DIR:-$HF_ROOT/.data/logs}/n8n-stand-in.log" 2>&1 &
  HF_BACKGROUND_PIDS+=("$!")
  hf_wait_for_http "http://127.0.0.1:$port/healthz" 30 || hf_die "the n8n stand-in did not start"
  export N8N_URL="http://127.0.0.1:$port"
}

# hf_start_workflow_sources_stand_in PORT NEWS_API_KEY CHAT_WEBHOOK_PATH -> exports NEWSAPI_BASE_URL, HN_SEARCH_BASE_URL and
# HYPERFORMANT_CHAT_WEBHOOK_URL pointing at it: the external sources of the repo's n8n workflows (NewsAPI.org, Hacker News
# search, a Slack-style incoming webhook), for the real n8n to call.
hf_start_workflow_sources_stand_in() {
  local port="$1" news_api_key="$2" chat_webhook_path="$3"
  node "$HF_ROOT/tests/stand-ins/workflow-sources/main.ts" --port "$port" --news-api-key "$news_api_key" --chat-webhook-path "$chat_webhook_path" \
    >"${HF_LOG_DIR:-$HF_ROOT/.data/logs}/workflow-sources-stand-in.log" 2>&1 &
  HF_BACKGROUND_PIDS+=("$!")
  hf_wait_for_http "http://127.0.0.1:$port/__stand-in/health" 30 || hf_die "the workflow sources stand-in did not start"
  export NEWSAPI_BASE_URL="http://127.0.0.1:$port" HN_SEARCH_BASE_URL="http://127.0.0.1:$port"
  export HYPERFORMANT_CHAT_WEBHOOK_URL="http://127.0.0.1:$port$chat_webhook_path"
}
