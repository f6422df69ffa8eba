# Sourced by the other helpers: one way to report progress and to stop with a message.
hf_log() { printf '\033[36m[hyperformant]\033[0m %s\n' "$*" >&2; }
hf_die() { printf '\033[31m[hyperformant] %s\033[0m\n' "$*" >&2; exit 1; }
