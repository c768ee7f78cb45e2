# Sourced by tools.sh, build.sh and fuzz.sh: the one nightly toolchain the project uses, pinned so
# that a build months from now makes the same .wasm. The release .wasm is built with it (the
# standard library rebuilt for size: see build.sh) and cargo-fuzz runs on it. Tests and the CLI
# use the stable toolchain.
NIGHTLY=nightly-2026-10-30
