"""The infusion, sync and chart figures for bench/run_all.py's one table.

Each function runs one benchmark (small sizes when ``quick``) and returns table rows
``(measurement, this app, baseline in the same run, ratio)``. A benchmark that crashes raises;
run_all.py reports it and exits non-zero. A figure that misses its target is only printed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

Row = tuple[str, str, str, str]


def _child(script: str, *args: str, timeout: float) -> str:
    """Run ``bench/<script>`` with this Python; its stdout (raises when it fails)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done.stdout


def infusion_rows(quick: bool) -> list[Row]:
    """Tap-to-count: the robust estimate's error vs the naive (taps − 1) ÷ span, same taps."""
    from bench.tap_estimator import measure

    results = measure(500 if quick else 5000)
    rows: list[Row] = []
    for missed in (False, True):
        chosen = [r for r in results if r["missed"] == missed]
        robust = max(r["robust_median"] for r in chosen)
        naive = max(r["naive_median"] for r in chosen)
        target = "target ≤ 0.5×" if missed else "target ≤ 1 gtt/min"
        rows.append(
            (
                "Tap-to-count rate, worst median error of 60/70/80 gtt/min"
                + (", one tap missed" if missed else ""),
                f"{robust:.2f} gtt/min",
                f"naive estimate {naive:.2f} gtt/min",
                f"{robust / naive:.2f}× ({target})",
            )
        )
    return rows


def many_rows(quick: bool) -> list[Row]:
    """bench/sync_many.py: laptops of one site syncing at once, against one laptop alone."""
    counts = "1,5" if quick else "1,10,50"
    args = ("--laptops", counts, "--rounds", "2" if quick else "3", "--events", "100", "--json")
    results = json.loads(_child("sync_many.py", *args, timeout=1800).splitlines()[-1])
    alone = results[0]
    rows: list[Row] = []
    for r in results[1:]:
        if not (r["same_set"] and r["none_twice"]):
            raise RuntimeError(f"{r['laptops']} laptops did not end with the same events, once")
        rows.append(
            (
                f"{r['laptops']} laptops of one site syncing at once ({r['events']:,} events)",
                f"{r['events_per_s']:,.0f} events/s, p95 sync {r['p95_s'] * 1000:,.0f} ms",
                f"one laptop {alone['events_per_s']:,.0f} events/s, "
                f"p95 {alone['p95_s'] * 1000:,.0f} ms",
                f"{r['events_per_s'] / alone['events_per_s']:.2f}× the events/s; "
                "all end with the same events, none twice",
            )
        )
    return rows


def sync_rows(quick: bool) -> list[Row]:
    """Push vs COPY of the same rows (interleaved rounds), the UI stall while syncing, and many
    laptops at once."""
    from bench.sync_bench import measure

    push = measure(5000 if quick else 100_000, rounds=2 if quick else 5)
    events = 2000 if quick else 10_000
    stall = json.loads(
        _child("sync_ui_stall.py", "--events", str(events), "--json", timeout=600).splitlines()[-1]
    )
    if not stall["ok"]:
        raise RuntimeError(f"the background sync of {events} events did not succeed")
    return [
        (
            f"Sync push, {push['events']:,.0f} events (batches of {push['batch']:,.0f})",
            f"{push['events'] / push['push_s']:,.0f} events/s",
            f"raw COPY {push['events'] / push['copy_s']:,.0f} events/s",
            f"{push['ratio']:.2f} of COPY (rounds {push['round_min']:.2f}–"
            f"{push['round_max']:.2f}; target ≥ 0.33)",
        ),
        (
            f"Longest UI event-loop stall while syncing {events:,} events",
            f"{stall['stall_ms']:.1f} ms",
            f"no sync {stall['baseline_ms']:.1f} ms",
            "target ≤ 50 ms",
        ),
        *many_rows(quick),
    ]


_LOAD = re.compile(r"load \(setData \+ repaint\): hour ([\d.]+) ms, day ([\d.]+) ms")
_FRAME = re.compile(r"^\s*(frame[^\n]*?)\s+median\s+([\d.]+) ms\s+p95\s+([\d.]+) ms", re.M)


def chart_rows(quick: bool) -> list[Row]:
    """bench/chart_day.py (when present): a day of one-per-second vitals vs an hour."""
    if not (ROOT / "bench" / "chart_day.py").exists():
        return []
    out = _child("chart_day.py", "--frames", "12" if quick else "120", timeout=1800)
    load = _LOAD.search(out)
    frames = {label: (float(m), float(p)) for label, m, p in _FRAME.findall(out)}
    hour = frames.get("frame, one hour in view (baseline)")
    day = frames.get("frame, one day in view")
    if not load or not hour or not day:
        raise RuntimeError(f"bench/chart_day.py printed no figures this table knows:\n{out}")
    hour_load, day_load = float(load.group(1)), float(load.group(2))
    return [
        (
            "Vitals chart, a day of 1 Hz data: setData + repaint",
            f"{day_load:.1f} ms",
            f"an hour {hour_load:.1f} ms",
            f"{day_load / hour_load:.2f}×",
        ),
        (
            "Vitals chart, a day of 1 Hz data: frame (append, pan, repaint), median",
            f"{day[0]:.1f} ms",
            f"an hour {hour[0]:.1f} ms",
            f"{day[0] / hour[0]:.2f}× (target ≤ 2×); p95 {day[1] / hour[1]:.2f}×",
        ),
        *(
            [
                (
                    "The same frame with downsampling and clipping off, median",
                    f"{slow[0]:.1f} ms",
                    f"an hour {hour[0]:.1f} ms",
                    f"{slow[0] / hour[0]:.2f}× (what they save)",
                )
            ]
            if (slow := frames.get("frame, one day, no downsampling/clipping"))
            else []
        ),
    ]
