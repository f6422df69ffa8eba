# The real n8n from npm (pinned in scripts/n8n/runtime/package.json, the version of the Docker
# image and Fly), installed once into the git-ignored .tools/n8n/ and reused, started on loopback
# with its own database, the repo's credentials and workflows imported and published.
#   hf_ensure_real_n8n                            install it unless the cache matches the pin
#   hf_start_real_n8n FOLDER DATABASE_URL PORT    start it (stopped on exit); exports HF_N8N_URL
# The workflows' settings come from the caller's environment: HYPERFORMANT_N8N_SECRET and
# NEWSAPI_KEY (imported as credentials), NEWSAPI_BASE_URL, HN_SEARCH_BASE_URL and
# HYPERFORMANT_CHAT_WEBHOOK_URL (read by the workflows as $env.*).

HF_N8N_DIR="$HF_TOOLS_DIR/n8n"
HF_N8N_MANIFEST="$HF_ROOT/scripts/n8n/runtime/package.json"

hf_real_n8n_version() { node -p "require('$HF_N8N_MANIFEST').dependencies.n8n"; }

hf_ensure_real_n8n() {
  local stamp="$HF_N8N_DIR/.installed-manifest"
  if [ -f "$HF_N8N_DIR/node_modules/n8n/bin/n8n" ] && cmp -s "$HF_N8N_MANIFEST" "$stamp"; then return 0; fi
  local log="${HF_LOG_DIR:-$HF_ROOT/.data/logs}/n8n-install.log" started_at
  started_at=$(date +%s)
  hf_log "installing n8n $(hf_real_n8n_version) from npm into .tools/n8n/ (once: a few minutes, ~3 GB)"
  mkdir -p "$HF_N8N_DIR" "$(dirname "$log")"
  rm -f "$stamp"
  cp "$HF_N8N_MANIFEST" "$HF_N8N_DIR/package.json"
  # --ignore-scripts: the Kafka node's native module would download a binary, fail, and roll the install back.
  # With PostgreSQL nothing native is needed.
  (cd "$HF_N8N_DIR" && timeout 1800 npm install --no-audit --no-fund --ignore-scripts --loglevel=error) >"$log" 2>&1 \
    || { tail -n 30 "$log" >&2; hf_die "could not install n8n from the npm registry (log: $log)"; }
  cp "$HF_N8N_MANIFEST" "$stamp"
  hf_log "n8n $(hf_real_n8n_version) installed in $(( $(date +%s) - started_at )) s"
}

# The environment of the instance hf_start_real_n8n configured, exported into the calling (sub)shell.
hf_real_n8n_environment() {
  local key value
  while IFS='=' read -r key value; do export "$key=$value"; done < <(node "$HF_ROOT/scripts/n8n/runtime/database-env.mjs" "$HF_N8N_DATABASE_URL")
  export N8N_USER_FOLDER="$HF_N8N_USER_FOLDER" N8N_LISTEN_ADDRESS=127.0.0.1 N8N_PORT="$HF_N8N_PORT" N8N_HOST=127.0.0.1 \
    N8N_PROTOCOL=http N8N_WEBHOOK_URL="http://127.0.0.1:$HF_N8N_PORT/" N8N_SECURE_COOKIE=false \
    N8N_RUNNERS_BROKER_PORT="$HF_N8N_RUNNERS_PORT" \
    N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false N8N_TEMPLATES_ENABLED=false \
    N8N_PERSONALIZATION_ENABLED=false N8N_DISABLED_MODULES=mcp-registry \
    N8N_BLOCK_ENV_ACCESS_IN_NODE=false GENERIC_TIMEZONE=UTC
}

# hf_n8n ARGS...: the n8n CLI on that instance.
hf_n8n() { (hf_real_n8n_environment && exec node "$HF_N8N_DIR/node_modules/n8n/bin/n8n" "$@"); }

hf_start_real_n8n() {
  HF_N8N_USER_FOLDER="$1" HF_N8N_DATABASE_URL="$2" HF_N8N_PORT="$3"
  [ -n "$HF_N8N_DATABASE_URL" ] || hf_die "hf_start_real_n8n needs n8n's database URL (n8n would fall back to SQLite)"
  HF_N8N_RUNNERS_PORT="$(hf_free_port)"
  local log_dir="${HF_LOG_DIR:-$HF_ROOT/.data/logs}" workflows="$HF_ROOT/n8n/workflows" started_at id
  started_at=$(date +%s)
  hf_ensure_real_n8n
  mkdir -p "$HF_N8N_USER_FOLDER"
  HF_N8N_LOG="$log_dir/n8n.log"
  : >"$HF_N8N_LOG"
  # The secrets reach n8n through a file only it and we can read, gone once imported (n8n encrypts them).
  local credentials="$HF_N8N_USER_FOLDER/credentials-import.json"
  node "$HF_ROOT/scripts/n8n/runtime/credentials.mjs" "$workflows" "$credentials" || hf_die "the n8n credentials could not be prepared"
  hf_n8n import:credentials --input="$credentials" >>"$HF_N8N_LOG" 2>&1 \
    || { rm -f "$credentials"; tail -n 30 "$HF_N8N_LOG" >&2; hf_die "n8n import:credentials failed (log: $HF_N8N_LOG)"; }
  rm -f "$credentials"
  hf_n8n import:workflow --separate --input="$workflows" >>"$HF_N8N_LOG" 2>&1 \
    || { tail -n 30 "$HF_N8N_LOG" >&2; hf_die "n8n import:workflow failed (log: $HF_N8N_LOG)"; }
  # One publish per workflow (2.x has no --all). Side by side they were slower on 2 cores: one after the other.
  for id in $(node -e 'for (const f of require("fs").readdirSync(process.argv[1]).filter((f) => f.endsWith(".json"))) console.log(require(require("path").join(process.argv[1], f)).id)' "$workflows"); do
    hf_n8n publish:workflow --id="$id" >>"$HF_N8N_LOG" 2>&1 \
      || { tail -n 30 "$HF_N8N_LOG" >&2; hf_die "n8n publish:workflow --id=$id failed (log: $HF_N8N_LOG)"; }
  done
  # exec: the background job is n8n itself, so stopping it on exit stops n8n (and n8n its task runner).
  (hf_real_n8n_environment && exec node "$HF_N8N_DIR/node_modules/n8n/bin/n8n" start) >>"$HF_N8N_LOG" 2>&1 &
  HF_N8N_PID=$!
  HF_BACKGROUND_PIDS+=("$HF_N8N_PID")
  local waited=0
  until node -e "fetch(process.argv[1]).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))" "http://127.0.0.1:$HF_N8N_PORT/healthz/readiness" 2>/dev/null; do
    kill -0 "$HF_N8N_PID" 2>/dev/null || { tail -n 30 "$HF_N8N_LOG" >&2; hf_die "n8n stopped while starting (log: $HF_N8N_LOG)"; }
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt 240 ] || { tail -n 30 "$HF_N8N_LOG" >&2; hf_die "n8n was not ready after 120 s (log: $HF_N8N_LOG)"; }
  done
  export HF_N8N_URL="http://127.0.0.1:$HF_N8N_PORT"
  hf_log "n8n $(hf_real_n8n_version) ready on $HF_N8N_URL in $(( $(date +%s) - started_at )) s (log: $HF_N8N_LOG)"
}
