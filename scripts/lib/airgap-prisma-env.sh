# Sourced in the air-gapped mode (scripts/lib/prisma-engines.sh): points the
# Prisma CLI at the schema-engine stand-in and at a placeholder query-engine
# library (the server itself queries through the WASM engine), and installs the
# stand-in's pinned dependencies on first use.
HF_ROOT="${HF_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"

source "$HF_ROOT/scripts/lib/subpackage.sh"
hf_ensure_subpackage_dependencies "$HF_ROOT/scripts/prisma-airgap"
mkdir -p "$HF_ROOT/.tools/prisma-placeholder"
# Never loaded: `prisma generate` only needs a file to exist here.
touch "$HF_ROOT/.tools/prisma-placeholder/libquery_engine-placeholder.so.node"
export PRISMA_QUERY_ENGINE_LIBRARY="$HF_ROOT/.tools/prisma-placeholder/libquery_engine-placeholder.so.node"
export PRISMA_SCHEMA_ENGINE_BINARY="$HF_ROOT/scripts/prisma-airgap/schema-engine.mjs"
export PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING=1
