#!/usr/bin/env bash
# Creates and deploys the companion n8n app on Fly.io from n8n/fly.toml, wires it to the app's
# server and imports n8n/workflows/*.json. Safe to re-run: it creates only what is missing and
# never replaces the encryption key, the database or the shared secret unless asked to.
#
#   scripts/fly/deploy-n8n.sh --region iad [--n8n-app NAME] [--server-app NAME] [--postgres-app NAME] [--dry-run]
#
# Flags (or env): --n8n-app (HF_N8N_FLY_APP, default hyperformant-n8n), --server-app
# (HF_SERVER_FLY_APP, default hyperformant-server: Wasp's <basename>-server), --postgres-app
# (HF_POSTGRES_FLY_APP, default hyperformant-db: Wasp's <basename>-db), --region (HF_FLY_REGION,
# required; use the server's), --org (HF_FLY_ORG, for `fly apps create`), --server-url
# (HYPERFORMANT_API_URL, default https://<server-app>.fly.dev), --dry-run (print every fly command
# that would change something instead of running it; secret values masked; read-only queries still run).
#
# Database: n8n gets its OWN database "n8n" and user "n8n" on the app's Fly Postgres cluster through
# `fly postgres attach --database-name n8n --database-user n8n --variable-name N8N_DATABASE_URL`
# (the app's own database is untouched); the printed connection string is split into the
# DB_POSTGRESDB_* secrets n8n reads. Set N8N_DB_URL=postgres://user:password@host:port/db to use
# another database instead.
#
# Secrets from the environment, each optional: N8N_ENCRYPTION_KEY (else generated once and kept),
# HYPERFORMANT_N8N_SECRET (the shared secret; else generated once; passing it sets or rotates it on
# both apps), N8N_API_KEY (for the workflow import: create it in n8n under Settings → n8n API),
# NEWSAPI_KEY (market research's news search: the import creates the "NewsAPI key" credential),
# HYPERFORMANT_CHAT_WEBHOOK_URL (report delivery's Slack-compatible incoming webhook; its URL is
# its secret, so it is an n8n secret, never in a file).
# N8N_API_URL overrides the n8n URL the import talks to.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

n8n_app="${HF_N8N_FLY_APP:-hyperformant-n8n}"
server_app="${HF_SERVER_FLY_APP:-hyperformant-server}"
postgres_app="${HF_POSTGRES_FLY_APP:-hyperformant-db}"
region="${HF_FLY_REGION:-}"
org="${HF_FLY_ORG:-}"
server_url="${HYPERFORMANT_API_URL:-}"
dry_run=0

say() { printf '==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo pipefail/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --n8n-app) n8n_app="${2:?--n8n-app needs a value}"; shift 2 ;;
    --server-app) server_app="${2:?--server-app needs a value}"; shift 2 ;;
    --postgres-app) postgres_app="${2:?--postgres-app needs a value}"; shift 2 ;;
    --region) region="${2:?--region needs a value}"; shift 2 ;;
    --org) org="${2:?--org needs a value}"; shift 2 ;;
    --server-url) server_url="${2:?--server-url needs a value}"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[ -n "$region" ] || die "--region is required (the server's region: see 'fly status --app $server_app')"
command -v node >/dev/null 2>&1 || die "node is required (source scripts/lib/toolchain.sh, or install Node 24)"
cd "$repo_root"

fly_bin="$(command -v fly || command -v flyctl || true)"
if [ -z "$fly_bin" ]; then
  install_hint="flyctl is not installed: see https://fly.io/docs/flyctl/install/, then 'fly auth login'"
  [ "$dry_run" = 1 ] || die "$install_hint"
  warn "$install_hint (dry run: assuming nothing exists yet)"
fi

n8n_host="$n8n_app.fly.dev"
n8n_url="https://$n8n_host"
server_url="${server_url:-https://$server_app.fly.dev}"
server_url="${server_url%/}"
secret_names=" DB_POSTGRESDB_PASSWORD N8N_ENCRYPTION_KEY HYPERFORMANT_N8N_SECRET N8N_WEBHOOK_SECRET HYPERFORMANT_CHAT_WEBHOOK_URL "

# --- running fly -----------------------------------------------------------------------------
show() { # prints a command as it would be typed
  local out="+" arg
  for arg in "$@"; do
    case "$arg" in *[[:space:]]*|'') out="$out '$arg'" ;; *) out="$out $arg" ;; esac
  done
  printf '%s\n' "$out"
}

# Read-only: runs even in a dry run. Empty output when fly is missing.
fly_query() {
  [ -n "$fly_bin" ] || return 0
  "$fly_bin" "$@"
}

# Changes something: printed, then run unless dry run.
fly_change() {
  show fly "$@"
  [ "$dry_run" = 1 ] || "$fly_bin" "$@"
}

# fly_import_secrets APP [--stage] NAME=VALUE...: values go through stdin, never argv.
fly_import_secrets() {
  local app="$1"; shift
  local stage=()
  if [ "${1:-}" = "--stage" ]; then stage=(--stage); shift; fi
  [ $# -gt 0 ] || return 0
  local shown="" pair name
  for pair in "$@"; do
    name="${pair%%=*}"
    case "$secret_names" in *" $name "*) shown="$shown $name=***" ;; *) shown="$shown $pair" ;; esac
  done
  printf '%s <<<%s\n' "$(show fly secrets import --app "$app" "${stage[@]}")" "$shown"
  [ "$dry_run" = 1 ] || printf '%s\n' "$@" | "$fly_bin" secrets import --app "$app" "${stage[@]}"
}

# Names in a fly --json listing (apps, volumes, secrets), one a line, whatever the key's case.
json_names() {
  node -e '
    let text = ""; process.stdin.on("data", (c) => (text += c)).on("end", () => {
      if (text.trim() === "") return;
      let list; try { list = JSON.parse(text); } catch { console.error("fly printed something that is not JSON"); process.exit(1); }
      for (const item of Array.isArray(list) ? list : []) { const name = item?.Name ?? item?.name; if (name) console.log(name); }
    });'
}

has_line() { printf '%s\n' "$1" | grep -qxF -- "$2"; }

random_secret() {
  if command -v openssl >/dev/null 2>&1; then openssl rand -hex 32
  else node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("hex") + "\n")'; fi
}

# --- what exists ------------------------------------------------------------------------------
[ "$dry_run" = 1 ] && say "dry run: commands that change something are printed, not run"
apps="$(fly_query apps list --json | json_names)" || die "'fly apps list' failed: are you logged in? (fly auth login)"
if ! has_line "$apps" "$server_app"; then
  message="the server app $server_app does not exist: deploy the app first (wasp deploy fly launch), or pass --server-app"
  if [ "$dry_run" = 1 ]; then warn "$message"; else die "$message"; fi
fi

# --- 1. the n8n app and its volume -----------------------------------------------------------
if has_line "$apps" "$n8n_app"; then
  say "app $n8n_app exists"
else
  say "creating app $n8n_app"
  fly_change apps create "$n8n_app" ${org:+--org "$org"}
fi

volumes=""
has_line "$apps" "$n8n_app" && volumes="$(fly_query volumes list --app "$n8n_app" --json | json_names)"
if has_line "$volumes" n8n_data; then
  say "volume n8n_data exists"
else
  say "creating volume n8n_data in $region"
  fly_change volumes create n8n_data --app "$n8n_app" --region "$region" --size 1 --yes
fi

n8n_secret_names=""
has_line "$apps" "$n8n_app" && n8n_secret_names="$(fly_query secrets list --app "$n8n_app" --json | json_names)"
server_secret_names=""
has_line "$apps" "$server_app" && server_secret_names="$(fly_query secrets list --app "$server_app" --json | json_names)"

# --- 2. n8n's own database ------------------------------------------------------------------
n8n_secrets=("N8N_HOST=$n8n_host" "N8N_WEBHOOK_URL=$n8n_url/" "HYPERFORMANT_API_URL=$server_url")
db_url=""
if [ -n "${N8N_DB_URL:-}" ]; then
  say "database: using N8N_DB_URL"
  db_url="$N8N_DB_URL"
elif has_line "$n8n_secret_names" DB_POSTGRESDB_PASSWORD; then
  say "database: already configured (DB_POSTGRESDB_* are set on $n8n_app)"
elif has_line "$n8n_secret_names" N8N_DATABASE_URL; then
  die "$n8n_app was attached to Postgres before, but its DB_POSTGRESDB_* secrets were never set and the connection string cannot be read back. Either pass it as N8N_DB_URL (fly ssh console --app $n8n_app -C 'printenv N8N_DATABASE_URL' once a machine runs), or undo the attach (fly postgres detach $postgres_app --app $n8n_app) and re-run."
else
  has_line "$apps" "$postgres_app" || [ "$dry_run" = 1 ] \
    || die "the Postgres app $postgres_app does not exist: pass --postgres-app (Wasp names it <basename>-db) or N8N_DB_URL"
  say "database: attaching $postgres_app with its own database n8n and user n8n"
  show fly postgres attach "$postgres_app" --app "$n8n_app" --database-name n8n --database-user n8n --variable-name N8N_DATABASE_URL --yes
  if [ "$dry_run" = 1 ]; then
    db_url="postgres://n8n:dry-run-password@$postgres_app.flycast:5432/n8n"
  else
    attach_output="$("$fly_bin" postgres attach "$postgres_app" --app "$n8n_app" --database-name n8n \
      --database-user n8n --variable-name N8N_DATABASE_URL --yes 2>&1)" \
      || { printf '%s\n' "$attach_output" | sed -E 's#(://[^:/@]+:)[^@]*@#\1***@#g' >&2; die "fly postgres attach failed"; }
    db_url="$(printf '%s\n' "$attach_output" | sed -n 's/^[[:space:]]*N8N_DATABASE_URL=//p' | head -n 1)"
    [ -n "$db_url" ] || die "fly postgres attach printed no N8N_DATABASE_URL=...: run it by hand and pass the URL as N8N_DB_URL"
  fi
fi
if [ -n "$db_url" ]; then
  # shellcheck disable=SC2016 # JavaScript, not shell
  db_parts="$(DB_URL="$db_url" node -e '
    let url; try { url = new URL(process.env.DB_URL); } catch { console.error("the database URL is not a URL"); process.exit(1); }
    const parts = { HOST: url.hostname, PORT: url.port || "5432", DATABASE: decodeURIComponent(url.pathname.slice(1)),
      USER: decodeURIComponent(url.username), PASSWORD: decodeURIComponent(url.password) };
    for (const [key, value] of Object.entries(parts)) {
      if (!value) { console.error(`the database URL has no ${key.toLowerCase()}`); process.exit(1); }
      console.log(`DB_POSTGRESDB_${key}=${value}`);
    }')" || die "cannot use the database URL"
  while IFS= read -r pair; do n8n_secrets+=("$pair"); done <<<"$db_parts"
fi

# --- 3. secrets ---------------------------------------------------------------------------------
if [ -n "${N8N_ENCRYPTION_KEY:-}" ]; then
  has_line "$n8n_secret_names" N8N_ENCRYPTION_KEY && warn "replacing N8N_ENCRYPTION_KEY: credentials saved with the old key become unreadable"
  n8n_secrets+=("N8N_ENCRYPTION_KEY=$N8N_ENCRYPTION_KEY")
elif has_line "$n8n_secret_names" N8N_ENCRYPTION_KEY; then
  say "N8N_ENCRYPTION_KEY: kept"
else
  say "N8N_ENCRYPTION_KEY: generated"
  n8n_secrets+=("N8N_ENCRYPTION_KEY=$(random_secret)")
fi

shared_secret=""
server_secrets=("N8N_URL=$n8n_url")
if [ -n "${HYPERFORMANT_N8N_SECRET:-}" ]; then
  say "shared secret: set from HYPERFORMANT_N8N_SECRET on both apps"
  shared_secret="$HYPERFORMANT_N8N_SECRET"
  shared_secret_is_new=1
elif ! has_line "$n8n_secret_names" HYPERFORMANT_N8N_SECRET; then
  say "shared secret: generated for both apps"
  shared_secret="$(random_secret)"
  shared_secret_is_new=1
elif ! has_line "$server_secret_names" N8N_WEBHOOK_SECRET; then
  die "$n8n_app has a shared secret but $server_app has no N8N_WEBHOOK_SECRET, and secrets cannot be read back: re-run with HYPERFORMANT_N8N_SECRET=\$(openssl rand -hex 32) to set a new one on both"
else
  say "shared secret: kept on both apps"
  shared_secret_is_new=0
fi
if [ -n "$shared_secret" ]; then
  n8n_secrets+=("HYPERFORMANT_N8N_SECRET=$shared_secret")
  server_secrets+=("N8N_WEBHOOK_SECRET=$shared_secret")
fi

if [ -n "${HYPERFORMANT_CHAT_WEBHOOK_URL:-}" ]; then
  say "report delivery: chat webhook set from HYPERFORMANT_CHAT_WEBHOOK_URL"
  n8n_secrets+=("HYPERFORMANT_CHAT_WEBHOOK_URL=$HYPERFORMANT_CHAT_WEBHOOK_URL")
fi

say "staging the secrets of $n8n_app"
fly_import_secrets "$n8n_app" --stage "${n8n_secrets[@]}"

# --- 4. deploy ----------------------------------------------------------------------------------
say "deploying $n8n_app (n8n/fly.toml, one machine: n8n runs a single main process)"
fly_change deploy --config n8n/fly.toml --app "$n8n_app" --region "$region" --ha=false --yes

say "pointing $server_app at n8n"
fly_import_secrets "$server_app" "${server_secrets[@]}"

# --- 5. workflows -------------------------------------------------------------------------------
import_url="${N8N_API_URL:-$n8n_url}"
import_command=(node scripts/n8n/import-workflows.mjs --url "$import_url")
[ "${shared_secret_is_new:-0}" = 1 ] && import_command+=(--replace-credentials)

if [ "$dry_run" = 1 ]; then
  say "then: wait for $import_url/healthz and import the workflows (needs N8N_API_KEY)"
  show "${import_command[@]}"
  exit 0
fi

say "waiting for n8n at $import_url/healthz"
# shellcheck disable=SC2016 # JavaScript, not shell
N8N_READY_URL="$import_url/healthz" N8N_READY_TIMEOUT_S="${HF_N8N_READY_TIMEOUT_S:-300}" node -e '
  const deadline = Date.now() + Number(process.env.N8N_READY_TIMEOUT_S) * 1000;
  (async () => {
    while (Date.now() < deadline) {
      try { if ((await fetch(process.env.N8N_READY_URL, { signal: AbortSignal.timeout(5000) })).ok) return; } catch {}
      await new Promise((r) => setTimeout(r, 2000));
    }
    console.error(`n8n did not answer ${process.env.N8N_READY_URL} in time: see fly logs`); process.exit(1);
  })();' || die "n8n is not up"

if [ -z "${N8N_API_KEY:-}" ] && [ -t 0 ]; then
  cat <<EOF
n8n is up. The workflow import needs an API key, which only n8n's UI can create:
  1. open $n8n_url and create the owner account (first visit only);
  2. Settings → n8n API → Create an API key.
EOF
  read -r -s -p "Paste the API key (hidden; Enter to skip): " N8N_API_KEY || true
  echo
fi
if [ -z "${N8N_API_KEY:-}" ]; then
  cat <<EOF
Workflows not imported: N8N_API_KEY is not set.
  1. open $n8n_url and create the owner account (first visit only);
  2. Settings → n8n API → Create an API key;
  3. re-run this script with N8N_API_KEY=<the key> in the environment (nothing else is redone).
EOF
  exit 0
fi

if [ -z "$shared_secret" ]; then
  # The trigger's credential needs the secret if n8n lacks it; the running machine has it.
  shared_secret="$("$fly_bin" ssh console --app "$n8n_app" --command 'printenv HYPERFORMANT_N8N_SECRET' 2>/dev/null | tr -d '\r\n')" \
    || { shared_secret=""; warn "could not read the shared secret back from $n8n_app: the import will say if a credential is missing"; }
fi
say "importing the workflows"
show "${import_command[@]}"
N8N_API_KEY="$N8N_API_KEY" HYPERFORMANT_N8N_SECRET="$shared_secret" "${import_command[@]}"
