# Runs each suite, keeps going after a failure, and prints one table of counts
# at the end; the script fails if any suite failed or ran no test.
HF_SUITE_NAMES=()
HF_SUITE_STATUSES=()

# HF_TEST_SUITES="integration e2e" runs only those suites (a developer's shortcut; CI runs all).
hf_suite_selected() {
  [ -z "${HF_TEST_SUITES:-}" ] || [[ " $HF_TEST_SUITES " == *" $1 "* ]]
}

# hf_run_suite NAME KIND COMMAND...   (KIND: vitest | node-test | playwright)
hf_run_suite() {
  local name="$1" kind="$2"; shift 2
  if ! hf_suite_selected "$name"; then
    hf_log "skipping $name (HF_TEST_SUITES=$HF_TEST_SUITES)"
    return 0
  fi
  local report="$HF_ROOT/test-results/$name.json"
  local status=0
  case "$kind" in
    vitest)
      if [[ " $* " != *" --outputFile="* ]]; then
        set -- "$@" --reporter=default --reporter=json --outputFile="$report"
      fi ;;
    playwright) export PLAYWRIGHT_JSON_OUTPUT_NAME="$report" ;;
  esac
  "$@" || status=$?
  HF_SUITE_NAMES+=("$name:$kind")
  HF_SUITE_STATUSES+=("$status")
}

hf_print_summary() {
  local elapsed_seconds="$1" i
  local args=()
  for i in "${!HF_SUITE_NAMES[@]}"; do
    args+=("${HF_SUITE_NAMES[$i]}:${HF_SUITE_STATUSES[$i]}")
  done
  node "$HF_ROOT/scripts/lib/summarize-test-results.mjs" "$HF_ROOT/test-results" "$elapsed_seconds" "${args[@]}"
}
