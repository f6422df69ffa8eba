# Sourced by scripts after `wasp install`: chooses how Prisma runs here.
#   native: Prisma's own engines (downloaded by the prisma CLI when reachable)
#   wasm:   the air-gapped mode (README, "Air-gapped installs"): queries through
#           Prisma's WebAssembly engine over pg, migrations through the
#           schema-engine stand-in in scripts/prisma-airgap/.
# HYPERFORMANT_PRISMA_ENGINE=native|wasm forces a mode; unset means "detect".

hf_native_prisma_engines_present() {
  local engines_dir="$HF_ROOT/node_modules/@prisma/engines"
  compgen -G "$engines_dir/libquery_engine-*.so.node" >/dev/null \
    && compgen -G "$engines_dir/schema-engine-*" >/dev/null
}

hf_try_fetching_native_prisma_engines() {
  # `prisma version` downloads missing engines; offline it fails within seconds.
  (cd "$HF_ROOT" && env -u PRISMA_QUERY_ENGINE_LIBRARY -u PRISMA_SCHEMA_ENGINE_BINARY \
    timeout 90 node node_modules/prisma/build/index.js version >/dev/null 2>&1) || true
}

hf_select_prisma_engine() {
  case "${HYPERFORMANT_PRISMA_ENGINE:-}" in
    native|wasm) ;;
    "")
      if hf_native_prisma_engines_present; then
        HYPERFORMANT_PRISMA_ENGINE=native
      else
        hf_try_fetching_native_prisma_engines
        if hf_native_prisma_engines_present; then
          HYPERFORMANT_PRISMA_ENGINE=native
        else
          HYPERFORMANT_PRISMA_ENGINE=wasm
        fi
      fi ;;
    *) hf_die "HYPERFORMANT_PRISMA_ENGINE must be native or wasm, got '$HYPERFORMANT_PRISMA_ENGINE'" ;;
  esac
  export HYPERFORMANT_PRISMA_ENGINE
  if [ "$HYPERFORMANT_PRISMA_ENGINE" = "wasm" ]; then
    hf_log "Prisma: air-gapped mode (WebAssembly query engine + schema-engine stand-in)"
    # shellcheck source=airgap-prisma-env.sh
    source "$HF_ROOT/scripts/lib/airgap-prisma-env.sh"
  else
    hf_log "Prisma: native engines"
  fi
}
