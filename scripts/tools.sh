#!/usr/bin/env bash
# Installs what a fresh machine lacks (see ../shared/SETUP.md). Each step is guarded, so a
# machine that already has the tools is quick.
#   scripts/tools.sh build   Rust wasm target, wasm-pack, wasm-bindgen CLI, npm dev dependencies
#   scripts/tools.sh test    the above plus Chromium + chromedriver, Firefox ESR + geckodriver
set -euo pipefail
mode=${1:-test}
cd "$(dirname "$0")/.."

# Pinned: the wasm-bindgen crate in Cargo.lock and its CLI must match exactly.
WASM_BINDGEN_VERSION=0.2.130
WASM_PACK_VERSION=0.15.1
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\n== %s\n' "$*"; }

rustup target list --installed | grep -q wasm32-unknown-unknown || {
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}
# The pinned nightly: the release .wasm (scripts/build.sh) and fuzzing.
source scripts/toolchain.sh
# (Asked only of an installed toolchain: `rustup +TOOLCHAIN` may install a missing one whole.)
rustup toolchain list | grep -q "^$NIGHTLY" &&
  rustup +"$NIGHTLY" component list --installed 2>/dev/null | grep -q '^rust-src' &&
  rustup +"$NIGHTLY" target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown || {
  log "rustup toolchain install $NIGHTLY (rust-src, wasm32-unknown-unknown)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
}

need_apt=()
if [ "$mode" = test ]; then
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null || command -v firefox >/dev/null || need_apt+=(firefox-esr)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
fi

if ! wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION"; then
  log "cargo install wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Without --locked: the CLI's own lockfile pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if [ "$mode" = test ]; then
  # Fuzzing needs cargo-fuzz (and the nightly installed above).
  command -v cargo-fuzz >/dev/null || {
    log "cargo install cargo-fuzz"
    cargo install cargo-fuzz --locked
  }
fi
[ "$mode" != test ] || command -v geckodriver >/dev/null || {
  log "cargo install geckodriver"
  cargo install geckodriver --locked
}

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi
