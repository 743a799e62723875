#!/usr/bin/env python3
"""Judges the A/A runs of a noise_calibration.json (written by calibrate, e.g. through aa-noise.sh) by three
statistics over rounds, on the same measurements: the median of each side, the 20 % trimmed mean of each side,
and the paired median the runner reports (the median of the per-round with-agent/baseline ratios). Prints, per
statistic, how many runs exceed the 1.05 gate and the largest open_close and connect_loopback p95 ratios.

usage: runner-agent/bench/compare-estimators.py OUT_DIR/noise_calibration.json
"""
import json
import math
import statistics
import sys

GATE = 1.05


def trimmed_mean(values, fraction=0.2):
    ordered = sorted(values)
    trim = max(1, math.floor(len(ordered) * fraction)) if len(ordered) >= 3 else 0
    return statistics.fmean(ordered[trim:len(ordered) - trim])


STATISTICS = {
    "median of each side": lambda b, a: statistics.median(a) / statistics.median(b),
    "20 % trimmed mean of each side": lambda b, a: trimmed_mean(a) / trimmed_mean(b),
    "paired median": lambda b, a: statistics.median(x / y for x, y in zip(a, b)),
}

runs = json.load(open(sys.argv[1]))["runs_rounds_p95_us"]
print(f"{len(runs)} A/A runs")
for name, ratio in STATISTICS.items():
    worst = {}
    failed = 0
    for run in runs:
        ratios = {w: ratio(run[w]["baseline"], run[w]["with_agent"]) for w in ("open_close", "connect_loopback")}
        failed += any(r > GATE for r in ratios.values())
        for w, r in ratios.items():
            worst[w] = max(worst.get(w, 0), r)
    print(f"{name}: {failed} run(s) over {GATE}; largest open_close {worst['open_close']:.3f}, "
          f"connect_loopback {worst['connect_loopback']:.3f}")
