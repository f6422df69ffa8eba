# Sourced by every script: puts Node >= 24.14.1 and Wasp 0.25.0 on PATH.
# A machine that already has both keeps them; otherwise they are installed from
# the npm registry into the git-ignored .tools/ folder (pinned in
# scripts/toolchain/package.json) and reused on later runs.

HF_ROOT="${HF_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
HF_TOOLS_DIR="$HF_ROOT/.tools"
HF_NODE_MIN_VERSION="24.14.1"
HF_WASP_VERSION="0.25.0"
export WASP_TELEMETRY_DISABLE=1

source "$HF_ROOT/scripts/lib/log.sh"

# version_at_least 24.21.0 24.14.1 -> true
hf_version_at_least() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

hf_has_usable_toolchain() {
  command -v node >/dev/null 2>&1 || return 1
  command -v wasp >/dev/null 2>&1 || return 1
  local node_version wasp_version
  node_version="$(node --version 2>/dev/null | sed 's/^v//')"
  hf_version_at_least "$node_version" "$HF_NODE_MIN_VERSION" || return 1
  wasp_version="$(wasp version 2>/dev/null | head -n1 | tr -d '[:space:]')"
  [ "$wasp_version" = "$HF_WASP_VERSION" ]
}

hf_install_local_toolchain() {
  local manifest="$HF_ROOT/scripts/toolchain/package.json"
  local stamp="$HF_TOOLS_DIR/.installed-manifest"
  if [ -x "$HF_TOOLS_DIR/node_modules/.bin/node" ] && [ -x "$HF_TOOLS_DIR/node_modules/.bin/wasp" ] \
     && cmp -s "$manifest" "$stamp"; then
    return 0
  fi
  hf_log "installing Node $(sed -n 's/.*"node": "\(.*\)".*/\1/p' "$manifest") and Wasp $HF_WASP_VERSION into .tools/"
  mkdir -p "$HF_TOOLS_DIR"
  cp "$manifest" "$HF_TOOLS_DIR/package.json"
  # Node 24 first: the Wasp CLI's platform binary is an optional dependency
  # that npm skips while the running Node fails its engine check.
  (cd "$HF_TOOLS_DIR" && npm install --no-audit --no-fund --no-save --loglevel=error node@"$(node -p "require('./package.json').dependencies.node")") \
    || hf_die "could not install Node 24 from the npm registry"
  (cd "$HF_TOOLS_DIR" && PATH="$HF_TOOLS_DIR/node_modules/.bin:$PATH" npm install --no-audit --no-fund --loglevel=error) \
    || hf_die "could not install the Wasp CLI from the npm registry"
  cp "$manifest" "$stamp"
}

if [ "${HF_FORCE_LOCAL_TOOLCHAIN:-0}" != "1" ] && hf_has_usable_toolchain; then
  :
else
  hf_install_local_toolchain
  export PATH="$HF_TOOLS_DIR/node_modules/.bin:$PATH"
  hf_has_usable_toolchain || hf_die "Node >= $HF_NODE_MIN_VERSION and Wasp $HF_WASP_VERSION are still not usable after installing them into .tools/"
fi
