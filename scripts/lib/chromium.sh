# Debian's Chromium for the e2e tests (Playwright cannot download a browser here).
hf_ensure_chromium() {
  if [ -n "${HF_CHROMIUM_PATH:-}" ] && [ -x "$HF_CHROMIUM_PATH" ]; then return 0; fi
  if ! command -v chromium >/dev/null 2>&1; then
    [ "$(id -u)" = "0" ] || hf_die "Chromium is missing: install Debian's chromium package (sudo apt-get install chromium) or set HF_CHROMIUM_PATH"
    hf_log "installing Debian's chromium for the e2e tests"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || hf_die "apt-get install chromium failed"
  fi
  HF_CHROMIUM_PATH="$(command -v chromium)"
  export HF_CHROMIUM_PATH
}
