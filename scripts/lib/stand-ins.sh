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
