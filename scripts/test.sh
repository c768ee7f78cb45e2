#!/usr/bin/env bash
# All tests: native (cargo), WebAssembly in Node, Chrome and Firefox (wasm-pack), the JS API and
# CLI in Node, the widget's page tests in headless Chromium, and the npm package as installed from
# its tarball (plain HTML, esbuild, Vite, Node, TypeScript). `npm test` runs this after
# scripts/tools.sh has installed what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-60}

step() { printf '\n==== %s\n' "$*"; }
cleanup() { rm -rf /tmp/org.chromium.Chromium.scoped_dir.* 2>/dev/null || true; }
trap cleanup EXIT

step "cargo test (unit, integration, doc tests)"
cargo test --quiet

step "cargo fuzz: ${FUZZ_SECONDS:=15} s per target (longer by hand: FUZZ_SECONDS=600 bash scripts/fuzz.sh)"
bash scripts/fuzz.sh

step "wasm-pack test --node"
wasm-pack test --node --test node

step "wasm-pack test --headless --chrome"
wasm-pack test --headless --chrome --test web

step "wasm-pack test --headless --firefox"
wasm-pack test --headless --firefox --test web

step "npm run build (release wasm for the JS tests)"
npm run build --silent
cargo build --release --quiet

step "node --test (JS API, CLI = WASM, page tests)"
node --test --test-concurrency=1 tests/js/ tests/page/

step "node --test (the npm package: packed, installed, bundled, type-checked)"
node --test --test-concurrency=1 tests/package/
