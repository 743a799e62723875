#!/usr/bin/env python3
"""Judges runs by several statistics over their rounds, on the same measurements: the median of each side, the
20 % trimmed mean of each side, the paired median the runner reports (the median of the per-round with-agent/baseline
p95 ratios), and other estimators of that paired centre (trimmed means and the Hodges-Lehmann estimator of the
ratios, the mean of their logarithms). Prints, per statistic, how many runs exceed the 1.05 gate, the largest
open_close and connect_loopback p95 ratios, and the median and standard deviation of each across the runs.

The runs are either the A/A runs of a noise_calibration.json (written by calibrate, e.g. through aa-noise.sh) or the
output directories of `run` (e.g. kept by detection.sh with KEEP_DIR), one per run.

usage: runner-agent/bench/compare-estimators.py OUT_DIR/noise_calibration.json
       runner-agent/bench/compare-estimators.py RUN_DIR...
"""
import json
import math
import os
import statistics
import sys

GATE = 1.05
WORKLOADS = {"open_close": "open", "connect_loopback": "connect"}


def trimmed_mean(values, fraction=0.2):
    ordered = sorted(values)
    trim = max(1, math.floor(len(ordered) * fraction)) if len(ordered) >= 3 else 0
    return statistics.fmean(ordered[trim:len(ordered) - trim])


def hodges_lehmann(values):
    return statistics.median((a + b) / 2 for i, a in enumerate(values) for b in values[i:])


def ratios(b, a):
    return [x / y for x, y in zip(a, b)]


STATISTICS = {
    "median of each side": lambda b, a: statistics.median(a) / statistics.median(b),
    "20 % trimmed mean of each side": lambda b, a: trimmed_mean(a) / trimmed_mean(b),
    "paired median (the runner's)": lambda b, a: statistics.median(ratios(b, a)),
    "20 % trimmed mean of the paired ratios": lambda b, a: trimmed_mean(ratios(b, a), 0.2),
    "30 % trimmed mean of the paired ratios": lambda b, a: trimmed_mean(ratios(b, a), 0.3),
    "Hodges-Lehmann of the paired ratios": lambda b, a: hodges_lehmann(ratios(b, a)),
    "mean of the paired log ratios": lambda b, a: math.exp(statistics.fmean(math.log(r) for r in ratios(b, a))),
}


def run_directory(path):
    """One run's per-round p95s, as noise_calibration.json keeps them."""
    def rounds(name):
        with open(os.path.join(path, name)) as profile:
            return [r["p95_us"] for r in json.load(profile)["rounds"]]
    return {w: {"baseline": rounds(f"{prefix}_baseline.json"), "with_agent": rounds(f"{prefix}_with_agent.json")}
            for w, prefix in WORKLOADS.items()}


if len(sys.argv) < 2:
    sys.exit(__doc__)
if os.path.isdir(sys.argv[1]):
    runs = [run_directory(path) for path in sys.argv[1:]]
else:
    with open(sys.argv[1]) as calibration:
        runs = json.load(calibration)["runs_rounds_p95_us"]
print(f"{len(runs)} runs")
for name, ratio in STATISTICS.items():
    values = {w: [] for w in WORKLOADS}
    failed = 0
    for run in runs:
        judged = {w: ratio(run[w]["baseline"], run[w]["with_agent"]) for w in WORKLOADS}
        failed += any(r > GATE for r in judged.values())
        for w, r in judged.items():
            values[w].append(r)
    spread = ", ".join(f"{w} largest {max(v):.3f}, median {statistics.median(v):.4f}"
                       + (f", sd {statistics.stdev(v):.4f}" if len(v) > 1 else "") for w, v in values.items())
    print(f"{name}: {failed} run(s) over {GATE}; {spread}")
