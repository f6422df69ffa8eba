# Tool folders with their own pinned package.json (scripts/prisma-airgap,
# scripts/ci-config): installed on first use and again when their lock changes.
hf_ensure_subpackage_dependencies() {
  local dir="$1"
  local stamp="$dir/node_modules/.hyperformant-lock-stamp"
  local wanted
  wanted="$(sha256sum "$dir/package.json" "$dir/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then return 0; fi
  local install=ci
  [ -f "$dir/package-lock.json" ] || install=install
  (cd "$dir" && npm "$install" --no-audit --no-fund --loglevel=error >/dev/null) \
    || { echo "[hyperformant] could not install the dependencies of $dir" >&2; return 1; }
  echo "$wanted" > "$stamp"
}
