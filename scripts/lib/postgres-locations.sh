# Sourced by postgres.sh: where a local cluster's data lives, and binaries its
# owner can run. Normally a cluster NAME lives in the clone's git-ignored
# .data/NAME. As root in a folder the postgres user cannot enter (a clone under
# /root, mode 700), it lives in $HF_PG_DATA_HOME/<clone>-<hash of its path>/NAME
# instead, with .data/NAME a link to it, and the npm package's binaries are
# copied to $HF_PG_DATA_HOME/postgresql-<version>-<platform>/ once.
HF_PG_DATA_HOME="${HF_PG_DATA_HOME:-/var/lib/hyperformant}"

# hf-fresh-3f9a1c2d4e5b for /root/src/hf-fresh: one folder per clone, short
# enough for the server's socket path (at most 107 bytes).
hf_pg_clone_key() {
  printf '%s-%s' "$(basename "$HF_ROOT" | cut -c1-24)" "$(printf '%s' "$HF_ROOT" | sha256sum | cut -c1-12)"
}

# Prints the real folder of cluster NAME, making the link in .data when it lives elsewhere.
hf_pg_data_dir() {
  local name="$1" in_clone="$HF_ROOT/.data/$1" elsewhere
  mkdir -p "$HF_ROOT/.data"
  if hf_pg_owner_can_enter "$HF_ROOT/.data"; then
    if [ -L "$in_clone" ]; then readlink -f "$in_clone"; else echo "$in_clone"; fi
    return 0
  fi
  elsewhere="$HF_PG_DATA_HOME/$(hf_pg_clone_key)/$name"
  install -d -m 755 "$HF_PG_DATA_HOME" "$(dirname "$elsewhere")"
  # A real folder left there by an earlier run stays untouched (and unused).
  if [ -L "$in_clone" ] || [ ! -e "$in_clone" ]; then ln -sfn "$elsewhere" "$in_clone"; fi
  echo "$elsewhere"
}

# Points HF_PG_BIN at binaries the owner may run: the npm package inside an
# unreachable clone is copied out (its tree is relocatable); anything else unreachable is an error.
hf_pg_make_binaries_reachable() {
  hf_pg_ensure_os_user
  hf_pg_owner_can_enter "$HF_PG_BIN/initdb" && return 0
  case "$HF_PG_BIN" in
    "$HF_ROOT/scripts/local-postgres/node_modules/"*) ;;
    *) hf_die "user $HF_PG_OS_USER cannot run $HF_PG_BIN/initdb (a folder on its way is closed to it): use binaries outside that folder (HF_PG_BIN), set HF_POSTGRES=embedded, or set DATABASE_URL." ;;
  esac
  local version copy staging
  version="$("$HF_PG_BIN/postgres" --version | awk '{ print $3 }')"
  copy="$HF_PG_DATA_HOME/postgresql-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
  if [ ! -x "$copy/bin/initdb" ]; then
    install -d -m 755 "$HF_PG_DATA_HOME"
    staging="$(mktemp -d "$HF_PG_DATA_HOME/.copying-XXXXXX")"
    # Another clone may finish the same copy first: then ours is dropped.
    if cp -a "$(dirname "$HF_PG_BIN")/." "$staging/" && chmod -R a+rX "$staging"; then
      mv -T "$staging" "$copy" 2>/dev/null || rm -rf "$staging"
    else
      rm -rf "$staging"
    fi
  fi
  HF_PG_BIN="$copy/bin"
  hf_pg_owner_can_enter "$HF_PG_BIN/initdb" \
    || hf_die "could not copy PostgreSQL's binaries to $copy for user $HF_PG_OS_USER: check that $HF_PG_DATA_HOME is writable by root and readable by all, or set DATABASE_URL."
}
