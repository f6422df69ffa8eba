# The production build the tests run against: what ships is what is tested.
# hf_build_production SERVER_URL  -> .wasp/out/server/bundle/server.js and .wasp/out/web-app/build/
hf_build_production() {
  local server_url="$1"
  hf_log "wasp build"
  wasp build >"$HF_LOG_DIR/wasp-build.log" 2>&1 || { tail -n 40 "$HF_LOG_DIR/wasp-build.log" >&2; hf_die "wasp build failed (log: $HF_LOG_DIR/wasp-build.log)"; }
  hf_log "bundling the server"
  (cd .wasp/out/server && npm run bundle) >"$HF_LOG_DIR/server-bundle.log" 2>&1 \
    || { tail -n 40 "$HF_LOG_DIR/server-bundle.log" >&2; hf_die "server bundle failed"; }
  hf_log "building the static client against $server_url"
  HF_CLIENT_API_URL="$server_url"
  REACT_APP_API_URL="$server_url" npx vite build >"$HF_LOG_DIR/client-build.log" 2>&1 \
    || { tail -n 40 "$HF_LOG_DIR/client-build.log" >&2; hf_die "client build failed"; }
}

# hf_start_production_server PORT CLIENT_URL  (env: DATABASE_URL, SMTP_*, extra vars already exported)
# Sets HF_SERVER_PID; the server's exit status lands in $HF_LOG_DIR/server.exit.
hf_start_production_server() {
  local port="$1" client_url="$2"
  local pid_file="$HF_LOG_DIR/server.pid"
  HF_SERVER_LOG="$HF_LOG_DIR/server.log"
  HF_SERVER_EXIT_FILE="$HF_LOG_DIR/server.exit"
  rm -f "$pid_file" "$HF_SERVER_EXIT_FILE"
  (
    cd .wasp/out/server
    NODE_ENV=production PORT="$port" WASP_SERVER_URL="http://localhost:$port" WASP_WEB_CLIENT_URL="$client_url" \
      node --enable-source-maps bundle/server.js >"$HF_SERVER_LOG" 2>&1 &
    echo $! > "$pid_file"
    wait $!
    echo $? > "$HF_SERVER_EXIT_FILE"
  ) &
  HF_BACKGROUND_PIDS+=("$!")
  until [ -s "$pid_file" ]; do sleep 0.1; done
  HF_SERVER_PID="$(cat "$pid_file")"
  HF_BACKGROUND_PIDS+=("$HF_SERVER_PID")
  hf_wait_for_http "http://127.0.0.1:$port/" 60 || { tail -n 40 "$HF_SERVER_LOG" >&2; hf_die "the built server did not start"; }
}

# hf_start_static_client PORT [API_URL]  (API_URL defaults to the one hf_build_production built against;
# it goes into the client's CSP, as on the production static host)
hf_start_static_client() {
  local port="$1" api_url="${2:-${HF_CLIENT_API_URL:?hf_start_static_client needs the API URL the client was built against}}"
  node scripts/serve-static-client.mjs .wasp/out/web-app/build "$port" "$api_url" >"$HF_LOG_DIR/static-client.log" 2>&1 &
  HF_BACKGROUND_PIDS+=("$!")
  hf_wait_for_http "http://127.0.0.1:$port/" 30 || hf_die "the static client server did not start"
}

# hf_start_mail_catcher SMTP_PORT WEB_PORT
hf_start_mail_catcher() {
  local smtp_port="$1" web_port="$2"
  node_modules/.bin/maildev --smtp "$smtp_port" --web "$web_port" --ip 127.0.0.1 --silent \
    >"$HF_LOG_DIR/maildev.log" 2>&1 &
  HF_BACKGROUND_PIDS+=("$!")
  hf_wait_for_http "http://127.0.0.1:$web_port/email" 30 || hf_die "the mail catcher did not start"
}
