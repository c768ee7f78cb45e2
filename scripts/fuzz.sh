#!/usr/bin/env bash
# Runs each cargo-fuzz target for FUZZ_SECONDS (default 15), seeded with fuzz/regressions and the
# sample articles. A crash fails the run; its input is in fuzz/artifacts/TARGET/: fix the bug and
# copy the input into fuzz/regressions/ (tests/regressions.rs replays them on every `cargo test`).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
seconds=${FUZZ_SECONDS:-15}
for target in analyze corpus options; do
  corpus=fuzz/corpus/$target
  mkdir -p "$corpus"
  cp fuzz/regressions/* tests/fixtures/articles/*.txt "$corpus"/ 2>/dev/null || true
  log=$(mktemp)
  if ! (cd fuzz && cargo +"$NIGHTLY" fuzz run "$target" "../$corpus" -- -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048) >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz target $target failed; the input is in fuzz/artifacts/$target/"
    exit 1
  fi
  printf '%-8s %s\n' "$target" "$(grep -E '^Done [0-9]+ runs' "$log" | tail -n 1)"
  rm -f "$log"
done
