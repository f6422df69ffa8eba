# Sourced in the air-gapped mode (scripts/lib/prisma-engines.sh): points the
# Prisma CLI at the schema-engine stand-in and at a placeholder query-engine
# library (the server itself queries through the WASM engine), and installs the
# stand-in's pinned dependencies on first use.
HF_ROOT="${HF_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"

hf_install_airgap_schema_engine() {
  local dir="$HF_ROOT/scripts/prisma-airgap"
  local stamp="$dir/node_modules/.hyperformant-lock-stamp"
  local wanted
  wanted="$(sha256sum "$dir/package.json" "$dir/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then return 0; fi
  # Missing or stale (package.json or package-lock.json changed since the last install).
  local install=ci
  [ -f "$dir/package-lock.json" ] || install=install
  (cd "$dir" && npm "$install" --no-audit --no-fund --loglevel=error >/dev/null) \
    || { echo "[hyperformant] could not install scripts/prisma-airgap dependencies" >&2; return 1; }
  echo "$wanted" > "$stamp"
}

hf_install_airgap_schema_engine
mkdir -p "$HF_ROOT/.tools/prisma-placeholder"
# Never loaded: `prisma generate` only needs a file to exist here.
touch "$HF_ROOT/.tools/prisma-placeholder/libquery_engine-placeholder.so.node"
export PRISMA_QUERY_ENGINE_LIBRARY="$HF_ROOT/.tools/prisma-placeholder/libquery_engine-placeholder.so.node"
export PRISMA_SCHEMA_ENGINE_BINARY="$HF_ROOT/scripts/prisma-airgap/schema-engine.mjs"
export PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING=1
