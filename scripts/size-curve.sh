#!/usr/bin/env bash
# The size curve: accuracy against what a page with <text-lens> loads, for builds that leave parts
# of the pipeline out (Cargo.toml's features). For each point it builds the release .wasm
# (scripts/build.sh with TEXTLENS_FEATURES) and the native `evaluate` with the same features, and
# prints one row:
#
#   features      the build: `full` (the default), `lean`, `minimal`, or `minimal,+FEATURE,...`
#   wasm raw/gz   pkg/textlens_bg.wasm, raw and gzipped (node's zlib, level 9, as size.mjs)
#   page gz       the whole page as scripts/size.mjs counts it, bundled: the widget's JS bundled
#                 and minified by esbuild + the .wasm + the model's weights, each gzipped
#   valid F1      CoNLL-2003 valid, micro PER/ORG/LOC, the model (never `test`); in a build
#                 without the `model` feature, the rules (and the page loads no weights)
#   samples F1    our annotated articles (tests/fixtures/dev..dev9 and articles, pooled: one micro
#                 PER/ORG/LOC over all their entities; entity level, canonical name and type)
#
#   scripts/size-curve.sh [POINT...]    (default: the points below; `full` first)
#
# Builds one point at a time (two builds a point, about 3 minutes each on two shared cores). It
# leaves pkg/ as the last point built: `npm run build` makes the default one again. Never reads
# the held-out sets.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
target=${CARGO_TARGET_DIR:-target}
samples=(tests/fixtures/dev tests/fixtures/dev{2..9} tests/fixtures/articles)
points=("$@")
if [ ${#points[@]} -eq 0 ]; then
  points=(full lean minimal
    full,-passes-context full,-passes-news full,-passes-rest full,-aliases full,-world-places full,-rules full,-corpus full,-kwic)
fi

# A point's feature list for cargo: a named build (Cargo.toml's `full`, `lean`, `minimal`, spelt
# out as their parts, which must match Cargo.toml), alone or with +FEATURE / -FEATURE edits.
features() {
  local base=${1%%,*} rest=
  [ "$base" = "$1" ] || rest=${1#*,}
  case "$base" in
    full) set -- model rules passes-context passes-news passes-rest aliases world-places kwic corpus ;;
    lean) set -- model kwic passes-context passes-rest aliases ;;
    minimal) set -- model kwic ;;
    *) echo "size-curve.sh: unknown base $base" >&2; exit 2 ;;
  esac
  local list=" $* "
  for edit in ${rest//,/ }; do
    case "$edit" in
      +*) list="$list${edit#+} " ;;
      -*) list=${list/ ${edit#-} / } ;;
    esac
  done
  echo "$list" | xargs | tr ' ' ','
}

# The features of a point that change its analyses.
scored() {
  local list=",$1,"
  list=${list//,kwic,/,}
  list=${list//,corpus,/,}
  case "$list" in *,model,*) list=${list//,rules,/,} ;; esac
  echo "$list"
}

printf '%-26s %9s %9s %9s %9s %11s\n' features 'wasm raw' 'wasm gz' 'page gz' 'valid F1' 'samples F1'
for point in "${points[@]}"; do
  feats=$(features "$point")
  # The native `evaluate` for the F1: with the same features, but kwic and corpus (the Rust API
  # has them whatever the features) and, beside the model, the rule tagger's own passes (the model
  # never runs them) change no analysis: a point that differs from `full` only in those is scored
  # with the default build.
  if [ "$(scored "$feats")" = "$(scored "$(features full)")" ]; then cargo_args=(); else cargo_args=(--no-default-features --features "$feats"); fi
  log=$(mktemp)
  if [ "$point" = full ]; then
    bash scripts/build.sh > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
  else
    TEXTLENS_FEATURES=$feats bash scripts/build.sh > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
  fi
  cargo build --release --quiet --bin evaluate "${cargo_args[@]}" 2> "$log" || { cat "$log" >&2; exit 1; }
  rm -f "$log"
  # Without the model: the rules score, and the page loads no weights (`init({ model: false })`).
  case ",$feats," in *,model,*) tagger=() weights=1 ;; *) tagger=(--tagger rules) weights=0 ;; esac
  sizes=$(node scripts/size.mjs --json | WEIGHTS=$weights node -e '
    const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const [wasm, model] = r.page.files;
    if (!r.bundled) throw new Error("esbuild is not installed: no bundled figure");
    console.log(wasm.raw, wasm.gzip, ((r.bundled.gzip + wasm.gzip + model.gzip * +process.env.WEIGHTS) / 1000).toFixed(1));')
  read -r raw gz page <<< "$sizes"
  valid=$("$target/release/evaluate" conll valid "${tagger[@]}" | awk '/micro PER/ {print $(NF-2)}')
  f1=$("$target/release/evaluate" samples "${samples[@]}" "${tagger[@]}" | awk '/micro PER/ {f = $(NF-2)} END {print f}')
  [ $weights = 1 ] || point="$point (rules)"
  printf '%-26s %9d %9d %9s %9s %11s\n' "$point" "$raw" "$gz" "$page" "$valid" "$f1"
done
