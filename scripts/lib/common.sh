# Sourced by every entry script in scripts/: toolchain, dependencies, Prisma mode.
set -euo pipefail
HF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export HF_ROOT
source "$HF_ROOT/scripts/lib/toolchain.sh"
source "$HF_ROOT/scripts/lib/postgres.sh"
source "$HF_ROOT/scripts/lib/prisma-engines.sh"
cd "$HF_ROOT"

# Background processes started by a script, stopped on exit (see hf_cleanup).
HF_BACKGROUND_PIDS=()
HF_CLEANUP_ACTIONS=()

hf_on_exit() { HF_CLEANUP_ACTIONS+=("$1"); }

hf_cleanup() {
  local pid action
  for pid in "${HF_BACKGROUND_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${HF_BACKGROUND_PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  for action in "${HF_CLEANUP_ACTIONS[@]:-}"; do
    [ -n "$action" ] && eval "$action" || true
  done
}
trap hf_cleanup EXIT
trap 'exit 130' INT TERM

hf_ensure_node_dependencies() {
  local stamp="$HF_ROOT/node_modules/.hyperformant-deps-stamp"
  local wanted
  wanted="$(cat "$HF_ROOT/package.json" "$HF_ROOT/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then return 0; fi
  hf_log "installing npm dependencies (wasp install)"
  local log="${HF_LOG_DIR:-$HF_ROOT/.data/logs}/wasp-install.log"
  mkdir -p "$(dirname "$log")"
  wasp install >"$log" 2>&1 || { tail -n 30 "$log" >&2; hf_die "npm install failed (wasp install; log: $log)"; }
  wanted="$(cat "$HF_ROOT/package.json" "$HF_ROOT/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
  echo "$wanted" > "$stamp"
}

# Waits until URL answers (any HTTP status) or gives up after SECONDS.
hf_wait_for_http() {
  local url="$1" seconds="${2:-60}" waited=0
  until node -e "fetch(process.argv[1]).then(()=>process.exit(0),()=>process.exit(1))" "$url" 2>/dev/null; do
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt $((seconds * 2)) ] || return 1
  done
}

# Prisma CLI against the root schema.prisma and migrations/.
hf_prisma() { node "$HF_ROOT/node_modules/prisma/build/index.js" "$@" --schema "$HF_ROOT/schema.prisma"; }
hf_prisma_cli() { node "$HF_ROOT/node_modules/prisma/build/index.js" "$@"; }
