#!/bin/sh
# The model's size curve: valid micro F1 (PER/ORG/LOC, CoNLL-2003) against the gzipped size of
# the weight file, for tables of 2^13..2^16 rows and a grid of weight levels and kept fractions
# (see src/bin/train.rs). Prints a table sorted by size; takes a few minutes on two cores.
#
#   scripts/model-curve.sh [BITS...]     (default: 13 14 15 16)
set -eu
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release --quiet --bin train --bin evaluate
for bits in ${@:-13 14 15 16}; do
  target/release/train --bits "$bits" --out "$out/main.bin" --curve "$out" 2>/dev/null
done
rm "$out/main.bin"
printf '%-16s %9s %9s %8s\n' point bytes gzipped 'valid F1'
for f in "$out"/b*.bin; do
  f1=$(target/release/evaluate conll valid --model "$f" | awk '/micro/ {print $(NF-2)}')
  printf '%-16s %9d %9d %8s\n' "$(basename "$f" .bin)" "$(wc -c < "$f")" "$(gzip -9c "$f" | wc -c)" "$f1"
done | sort -k3 -n
