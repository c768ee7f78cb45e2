#!/usr/bin/env python3
"""The retraining study of issue #5 (session 22): can a retrained model tagger beat the bundled
weights (`src/data/model.bin`, CoNLL-2003 train only, seed 1)?

  scripts/seeds-study.py [--seeds 15] [--weights 3,10,20] [--ensemble 5] [--groups 4]
                         [--work /tmp/seeds-study] [--bin target/release]

Build first: `cargo build --release --bins`. Prints three markdown tables:

1. seed spread: CoNLL-only retrains, S odd seeds 1, 3, .. 2S-1 (`train` shuffles alike with
   seeds 2n and 2n+1), and means of K seeds' weights (`train --ensemble K`, G groups of disjoint
   odd seeds 1..2K-1, 2K+1..4K-1, ...): CoNLL valid and
   entity-level micro PER/ORG/LOC F1 (`evaluate samples`), the mean over our development sets;
2. two-fold cross-validation over our sets: fold A = articles, dev .. dev6, fold B = dev7 ..
   dev13; CoNLL train + one fold (each article W times per epoch) scored on the other, paired
   with the CoNLL-only table of the same seed(s);
3. tables trained on CoNLL + all 14 sets (ensembles of K, each W), with CoNLL valid and the tests of
   tests/model.rs that fail with them (`TEXTLENS_MODEL`; `cargo test` builds them if needed).
The bundled weights stand beside each on the same measures.

Held-out sets (`tests/fixtures/heldout*`) are neither trained on nor scored. Trained tables are
kept in --work and reused when present (delete the folder to start again). Single runs per seed.
"""
import argparse
import os
import statistics as st
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = ["articles", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13"]
FOLD = {"A": SETS[:7], "B": SETS[7:]}
OTHER = {"A": "B", "B": "A"}

args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
args.add_argument("--seeds", type=int, default=15, help="single odd seeds 1, 3, .., 2N-1")
args.add_argument("--weights", default="3,10,20", help="times each article is seen per epoch")
args.add_argument("--ensemble", type=int, default=5, help="seeds per averaged table (K)")
args.add_argument("--groups", type=int, default=4, help="averaged tables per setting (G)")
args.add_argument("--work", default="/tmp/seeds-study")
args.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release"))
opt = args.parse_args()
os.makedirs(opt.work, exist_ok=True)
WEIGHTS = [int(w) for w in opt.weights.split(",") if w]


def train(name, seed, fold=None, weight=None, runs=1):
    """Trains (unless the file is there) and returns the table's path."""
    path = os.path.join(opt.work, name + ".bin")
    if not os.path.exists(path):
        cmd = [f"{opt.bin}/train", "--out", path + ".part", "--seed", str(seed)]
        if runs > 1:
            cmd += ["--ensemble", str(runs)]
        if fold:
            cmd += ["--samples", ",".join(FOLD[fold]), "--sample-weight", str(weight)]
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL, cwd=ROOT)
        os.replace(path + ".part", path)
    return path


SCORES = {}


def micro(out, after=None):
    """The micro PER/ORG/LOC F1 of an `evaluate` report (after the line holding `after`)."""
    lines = out.splitlines()
    if after:
        lines = lines[next(i for i, l in enumerate(lines) if after in l):]
    return float(next(l for l in lines if "micro PER/ORG/LOC" in l).split()[-3])


def score(model):
    """valid and every development set's F1 for a table (None: the bundled weights)."""
    if model in SCORES:
        return SCORES[model]
    how = ["--model", model] if model else ["--tagger", "model"]
    run = lambda *a: subprocess.run([f"{opt.bin}/evaluate", *a, *how], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    s = {"valid": micro(run("conll", "valid"))}
    for name in SETS:
        s[name] = micro(run("samples", f"tests/fixtures/{name}"), after="entity level")
    SCORES[model] = s
    return s


def mean_of(s, sets):
    return st.mean(s[x] for x in sets)


def ms(xs):
    """mean ± standard deviation"""
    return f"{st.mean(xs):.4f} ± {st.stdev(xs):.4f}" if len(xs) > 1 else f"{xs[0]:.4f}"


def paired(xs):
    """mean ± standard error of paired differences"""
    if len(xs) < 2:
        return f"{xs[0]:+.4f}"
    return f"{st.mean(xs):+.4f} ± {st.stdev(xs) / len(xs) ** 0.5:.4f}"


seeds = list(range(1, 2 * opt.seeds, 2))
K = opt.ensemble
groups = [1 + 2 * g * K for g in range(opt.groups)]
bundled = score(None)
b_all = mean_of(bundled, SETS)
print(f"# bins {opt.bin}; seeds 1..{2 * opt.seeds - 1} (odd); ensembles of {K} seeds from " + ", ".join(map(str, groups)), file=sys.stderr)

# 1. Seed spread, CoNLL only.
conll = {s: score(train(f"c-s{s}", s)) for s in seeds}
conll_e = {g: score(train(f"c-e{K}-s{g}", g, runs=K)) for g in groups}
print("## 1. Seed spread: CoNLL-only retrains (single runs per seed)\n")
print("| seed | valid | mean of 14 sets | fold A sets | fold B sets |")
print("|---|---|---|---|---|")
row = lambda name, s: print(f"| {name} | {s['valid']:.4f} | {mean_of(s, SETS):.4f} | {mean_of(s, FOLD['A']):.4f} | {mean_of(s, FOLD['B']):.4f} |")
row("bundled", bundled)
for s in seeds:
    row(str(s), conll[s])
for g in groups:
    row(f"mean of seeds {g}..{g + 2 * K - 2} (odd)", conll_e[g])
for label, d in [(f"{len(seeds)} single seeds", conll), (f"{len(groups)} ensembles of {K}", conll_e)]:
    v = [x["valid"] for x in d.values()]
    m = [mean_of(x, SETS) for x in d.values()]
    print(f"| {label}: mean ± sd | {ms(v)} | {ms(m)} | {ms([mean_of(x, FOLD['A']) for x in d.values()])} | {ms([mean_of(x, FOLD['B']) for x in d.values()])} |")
m = sorted((mean_of(x, SETS) for x in conll.values()), reverse=True)
v = sorted((x["valid"] for x in conll.values()), reverse=True)
print(f"\nBundled (= seed 1): rank {m.index(b_all) + 1} of {len(m)} on the 14-set mean "
      f"({(b_all - st.mean(m)) / st.stdev(m):+.1f} sd), rank {v.index(bundled['valid']) + 1} on valid "
      f"({(bundled['valid'] - st.mean(v)) / st.stdev(v):+.1f} sd).\n")

# 2. Two-fold cross-validation.
print("## 2. Two-fold cross-validation (train CoNLL + one fold ×W, score the other fold)\n")
print("| setting | runs | B (trained on A) | A (trained on B) | CV mean | valid (mean of both) | paired vs CoNLL only, CV mean | paired, valid | runs above bundled CV mean |")
print("|---|---|---|---|---|---|---|---|---|")
b_cv = (mean_of(bundled, FOLD["B"]) + mean_of(bundled, FOLD["A"])) / 2
print(f"| bundled | 1 | {mean_of(bundled, FOLD['B']):.4f} | {mean_of(bundled, FOLD['A']):.4f} | {b_cv:.4f} | {bundled['valid']:.4f} | | | |")


def cv_row(label, base, trained, pair=True):
    """base[s]: the CoNLL-only scores; trained[s][fold]: the scores of the table trained on fold."""
    bs, as_, cv, val, d_cv, d_val = [], [], [], [], [], []
    for s in trained:
        b = mean_of(trained[s]["A"], FOLD["B"])
        a = mean_of(trained[s]["B"], FOLD["A"])
        bs.append(b)
        as_.append(a)
        cv.append((a + b) / 2)
        val.append((trained[s]["A"]["valid"] + trained[s]["B"]["valid"]) / 2)
        c = base[s]
        d_cv.append(cv[-1] - (mean_of(c, FOLD["B"]) + mean_of(c, FOLD["A"])) / 2)
        d_val.append(val[-1] - c["valid"])
    above = sum(x > b_cv for x in cv)
    print(f"| {label} | {len(cv)} | {st.mean(bs):.4f} | {st.mean(as_):.4f} | {ms(cv)} | {st.mean(val):.4f} | "
          + (f"{paired(d_cv)} | {paired(d_val)} |" if pair else " | |")
          + f" {above}/{len(cv)} |")
    return cv


conll_cv = {s: {"A": conll[s], "B": conll[s]} for s in seeds}
conll_e_cv = {g: {"A": conll_e[g], "B": conll_e[g]} for g in groups}
cv_row("CoNLL only", conll, conll_cv, pair=False)
best = None
for w in WEIGHTS:
    t = {s: {f: score(train(f"{f}{w}-s{s}", s, f, w)) for f in "AB"} for s in seeds}
    cv = cv_row(f"×{w}", conll, t)
    if best is None or st.mean(cv) > best[1]:
        best = (w, st.mean(cv))
cv_row(f"CoNLL only, ensembles of {K}", conll_e, conll_e_cv, pair=False)
for w in WEIGHTS:
    t = {g: {f: score(train(f"{f}{w}-e{K}-s{g}", g, f, w, runs=K)) for f in "AB"} for g in groups}
    cv_row(f"×{w}, ensembles of {K}", conll_e, t)
print(f"\nBest single-seed weight on the CV mean: ×{best[0]} ({best[1]:.4f}; bundled {b_cv:.4f}).")


# 3. Tables trained on all our sets, and the invented-sentence tests of tests/model.rs.
def gate(model):
    """The tests of tests/model.rs that fail with a table (TEXTLENS_MODEL), by name."""
    env = dict(os.environ, TEXTLENS_MODEL=model)
    out = subprocess.run(["cargo", "test", "--release", "--quiet", "--test", "model"], env=env, capture_output=True, text=True, cwd=ROOT).stdout
    part = out.split("failures:")[-1] if "failures:" in out else ""
    return [l.strip() for l in part.splitlines() if l.startswith("    ") and l.strip().isidentifier()]


ALL = ",".join(SETS)
print("\n## 3. Trained on CoNLL + all 14 sets; tests/model.rs (56 invented-sentence tests)\n")
print("| table | valid | tests failing | which |")
print("|---|---|---|---|")
fails = [len(gate(train(f"c-s{s}", s))) for s in seeds]
print(f"| bundled | {bundled['valid']:.4f} | {len(gate(os.path.join(ROOT, 'src/data/model.bin')))} | |")
print(f"| CoNLL only, {len(seeds)} single seeds | {st.mean(x['valid'] for x in conll.values()):.4f} | mean {st.mean(fails):.1f}, fewest {min(fails)} | |")
g = gate(train(f"c-e{K}-s1", 1, runs=K))
print(f"| CoNLL only, ensemble of seeds 1..{2 * K - 1} | {conll_e[1]['valid']:.4f} | {len(g)} | {', '.join(g)} |")
for w in WEIGHTS:
    path = os.path.join(opt.work, f"all{w}-e{K}-s1.bin")
    if not os.path.exists(path):
        subprocess.run([f"{opt.bin}/train", "--out", path + ".part", "--seed", "1", "--ensemble", str(K), "--samples", ALL, "--sample-weight", str(w)],
                       check=True, stderr=subprocess.DEVNULL, cwd=ROOT)
        os.replace(path + ".part", path)
    g = gate(path)
    print(f"| ×{w}, ensemble of seeds 1..{2 * K - 1}: `train --samples {ALL} --sample-weight {w} --ensemble {K}` | {score(path)['valid']:.4f} | {len(g)} | {', '.join(g)} |")
