#!/usr/bin/env bash
# The release .wasm and its JS glue in pkg/ (`npm run build`), with the model's weights beside it.
#
# Built with the pinned nightly (scripts/toolchain.sh), which rebuilds the standard library for the
# .wasm (-Zbuild-std) with:
#   -Cpanic=immediate-abort   a panic traps at once: no formatting machinery, messages or locations
#                             (the stable build's panics trap too, with no message reaching JS);
#   -Zlocation-detail=none    no source file names in the binary;
#   -Zfmt-debug=none          `{:?}` writes nothing, so no Debug code: messages quote with JSON;
#   optimize_for_size         the standard library's smaller variants of its own algorithms;
#   --cfg textlens_size       our cold functions (loading the word lists and the weights, reading
#                             options, the corpus's totals, kwic's arguments; the rules that
#                             rarely fire: "X and Y's" pairs, slogans, a dateline's replacement)
#                             marked `#[optimize(size)]`: 1.05 + 0.76 KB less gzipped (README,
#                             "Size", sessions 11 and 13).
# Same output, same speed, 22 KB less gzipped than the stable build (README, "Size").
#
# TEXTLENS_FEATURES=lean (or minimal, or a comma-separated list of Cargo.toml's features) builds
# without the default features, with those: a smaller .wasm that leaves parts of the pipeline out
# (scripts/size-curve.sh measures each).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
RUSTUP_TOOLCHAIN=$NIGHTLY \
RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg textlens_size" \
  wasm-pack build --release --target web --out-dir pkg --out-name textlens --no-pack . \
  -- -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size \
  ${TEXTLENS_FEATURES:+--no-default-features --features "$TEXTLENS_FEATURES"}
cp src/data/model.bin pkg/textlens_model.bin
