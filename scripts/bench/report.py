"""Markdown table of one bench-pages run: RUN/plan.tsv names each wrk run (RUN/wrk-N.txt) by site,
kind and path; RUN/queries.tsv holds site, path, HTTP status and SQL queries."""

import csv
import re
import sys
from pathlib import Path

run = Path(sys.argv[1])
MS = {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}


def parse_wrk(text):
    def percentile(p):
        value, unit = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M).groups()
        return float(value) * MS[unit]

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
    errors += sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", text))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    return rps, percentile(50), percentile(99), errors


def num(x):
    return f"{x:.0f}" if x >= 100 else f"{x:.1f}" if x >= 1 else f"{x:.2f}"


rows = []
for n, site, kind, path in csv.reader(open(run / "plan.tsv"), delimiter="\t"):
    rows.append((site, kind, path, *parse_wrk((run / f"wrk-{n}.txt").read_text())))
queries = {(s, p): (st, q) for s, p, st, q in csv.reader(open(run / "queries.tsv"), delimiter="\t")}
floors = [r[3] for r in rows if r[0] == "floor"]
floor = sum(floors) / len(floors)
anchor = {r[1]: r[3] for r in rows if r[0] == "bakerydemo"}
order = {"floor": 0, "bakerydemo": 1}
rows.sort(key=lambda r: order.get(r[0], 2))  # stable: each site's URLs stay in measured order

print("| site | kind | URL | SQL queries | req/s | p50 ms | p99 ms | % of floor | × bakerydemo | errors |")
print("|---|---|---|--:|--:|--:|--:|--:|--:|--:|")
for site, kind, path, rps, p50, p99, errors in rows:
    status, count = queries.get((site, path), ("", "?"))
    count += "" if status in ("", "200") else f" (HTTP {status})"
    peer = f"{rps / anchor[kind]:.2f}×" if site not in order and kind in anchor else ""
    print(
        f"| {site} | {kind} | `{path}` | {count} | {num(rps)} | {num(p50)} | {num(p99)} "
        f"| {100 * rps / floor:.3g} % | {peer} | {errors} |"
    )
print(
    f"\nFloor: {' and '.join(num(f) for f in floors)} req/s (first and last run); "
    f"ratios use their mean, {num(floor)} req/s."
)
