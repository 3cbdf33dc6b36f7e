"""Search, measured: full search requests on 10,000 and 50,000 practices, database and Elasticsearch.

Usage: python scripts/bench_search.py [--sizes 10000,50000] [--backends database,elasticsearch]
       [--rounds 20] [--reuse]

For each size a PostgreSQL database (kb_bench_search_<size>, on the machine's server) gets the
demo site plus generated practices (``generate_practices``; the 50,000 one starts as a copy of
the 10,000 one), and an Elasticsearch index is built from it with ``update_index`` (time and peak
memory reported). ``--reuse`` keeps databases that already hold the right number of practices. Each request goes through Django's whole middleware stack and renders the search
page: a query, every facet's counts and one page of results, without the answer cache (the
search a reader is first to ask after content changed). The floor is a view that returns
two bytes through the same middleware, in the same process and run, so figures read as ratios.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import bench_env, psql  # noqa: E402

SEED = {10_000: 21, 50_000: 22}

# What a culture officer types and clicks: words, inflected words, filters alone and together.
REQUESTS = [
    "q=kulttuuri",
    "q=kumppanuuspöydillä",
    "q=lukupiiri+ikääntyneille",
    "q=yhdistys&region=19",
    "q=kirjasto&target_group=children&size=small",
    "target_group=older-people&region=01",
    "theme=cooperation&art_form=music&year=2021",
    "q=taide&sort=newest&page=3",
    "sort=adopted",
    "",
]


def manage(env, *args, quiet=True):
    started = time.monotonic()
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=quiet
    )
    return time.monotonic() - started


def database_name(size):
    return f"kb_bench_search_{size}"


def database_url(size):
    return f"postgres://postgres@127.0.0.1:5432/{database_name(size)}"


def practice_count(env):
    out = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from practices.models import PracticePage as P; print(P.objects.count())",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else None


def fill(size, previous, env, reuse):
    """The database of ``size`` generated practices (plus the demo's), made or reused."""
    name = database_name(size)
    exists = psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'") == "1"  # noqa: S608  (our own name)
    if reuse and exists and practice_count(env) is not None and practice_count(env) >= size:
        print(f"{size:,}: reusing {name} (migrated to this checkout)", file=sys.stderr)
        manage(env, "migrate", "--noinput")
        return
    psql(f"DROP DATABASE IF EXISTS {name}")
    if previous:  # grow the smaller bank instead of generating it again
        psql(f"CREATE DATABASE {name} TEMPLATE {database_name(previous)}")
        count = size - previous
    else:
        psql(f"CREATE DATABASE {name}")
        manage(env, "migrate", "--noinput")
        manage(env, "seed_demo")
        count = size
    print(f"{size:,}: generating {count:,} practices into {name}…", file=sys.stderr)
    seconds = manage(env, "generate_practices", "--count", str(count), "--seed", str(SEED.get(size, size)), quiet=False)
    print(f"\n{size:,}: generated in {seconds:.0f} s", file=sys.stderr)


def build_elasticsearch_index(size, env):
    """``update_index`` into the size's own index, always rebuilt: (seconds, peak MB)."""
    print(f"{size:,}: update_index on Elasticsearch…", file=sys.stderr)
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "manage.py", "update_index"], cwd=ROOT, env=env)  # noqa: S603
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"update_index failed ({child.returncode})")
    return time.monotonic() - started, usage.ru_maxrss / 1024  # kB on Linux


def measure(rounds):
    """In a child process: timings and query counts of every request, and of the floor, as JSON."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.http import HttpResponse
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings
    from django.urls import path

    from knowledgebank import urls as site_urls

    urls = type(sys)("bench_search_urls")
    urls.urlpatterns = [path("floor/", lambda request: HttpResponse("ok")), *site_urls.urlpatterns]
    sys.modules["bench_search_urls"] = urls
    client = Client()
    timings = {"floor": []}
    queries = {}
    with override_settings(ROOT_URLCONF="bench_search_urls"):
        for query in ["floor", *REQUESTS]:  # warm caches and connections
            client.get("/floor/" if query == "floor" else f"/fi/haku/?{query}")
        for _round in range(rounds):
            for query in ["floor", *REQUESTS]:
                url = "/floor/" if query == "floor" else f"/fi/haku/?{query}"
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(url)
                    elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    raise SystemExit(f"{url} answered {response.status_code}")
                timings.setdefault(query, []).append(elapsed)
                queries[query] = len(captured)
    print(json.dumps({"timings": timings, "queries": queries}))


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def run_requests(env, rounds):
    out = subprocess.run(  # noqa: S603
        [sys.executable, __file__, "--measure", "--rounds", str(rounds)],
        cwd=ROOT,
        env={**env, "SEARCH_CACHE_SECONDS": "0"},  # every search answered afresh, as the first one is
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--backends", default="database,elasticsearch")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    if args.measure:
        return measure(args.rounds)
    base = bench_env()
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = args.backends.split(",")
    if "elasticsearch" in backends:
        subprocess.run([str(ROOT / "scripts" / "elasticsearch.sh"), "start", "1"], check=True, capture_output=True)  # noqa: S603
    rows, indexing = [], {}
    previous = None
    for size in sizes:
        env = {**base, "DATABASE_URL": database_url(size)}
        fill(size, previous, env, args.reuse)
        previous = size
        for name in backends:
            backend_env = dict(env)
            if name == "elasticsearch":
                backend_env["ELASTICSEARCH_URL"] = "http://127.0.0.1:9200"
                backend_env["ELASTICSEARCH_INDEX"] = f"kbbench{size}"
                indexing[size] = build_elasticsearch_index(size, backend_env)
            print(f"{size:,} on {name}: {args.rounds} rounds of {len(REQUESTS)} searches…", file=sys.stderr)
            rows.append((size, name, run_requests(backend_env, args.rounds)))
    report(rows, indexing)


def report(rows, indexing):
    print(
        "| practices | backend | search p50 ms | search p95 ms | floor p50 ms | p95 ÷ floor p50 | SQL queries per search |"
    )
    print("| --: | --- | --: | --: | --: | --: | --: |")
    p95s = {}
    for size, name, result in rows:
        searches = [t for query, times in result["timings"].items() if query != "floor" for t in times]
        floor = statistics.median(result["timings"]["floor"])
        p50, p95 = percentile(searches, 50), percentile(searches, 95)
        p95s[(size, name)] = p95
        counts = [n for query, n in result["queries"].items() if query != "floor"]
        print(
            f"| {size:,} | {name} | {p50:.0f} | {p95:.0f} | {floor:.2f} | {p95 / floor:,.0f}× | {min(counts)}–{max(counts)} |"
        )
    sizes = sorted({size for size, _name, _result in rows})
    for name in sorted({name for _size, name, _result in rows}):
        if len(sizes) > 1 and (sizes[0], name) in p95s and (sizes[-1], name) in p95s:
            growth = p95s[(sizes[-1], name)] / p95s[(sizes[0], name)]
            print(f"\n{name}: p95 grows {growth:.2f}× from {sizes[0]:,} to {sizes[-1]:,} practices", end="")
    print()
    for size, (seconds, peak) in sorted(indexing.items()):
        print(
            f"\nupdate_index on Elasticsearch, {size:,} practices: {seconds:.0f} s, peak memory {peak:,.0f} MB", end=""
        )
    print()
    print("\nPer request (p50 ms):", file=sys.stderr)
    for size, name, result in rows:
        medians = ", ".join(
            f"{query or '(browse)'} {statistics.median(times):.0f}" for query, times in result["timings"].items()
        )
        print(f"{size:,} {name}: {medians}", file=sys.stderr)


if __name__ == "__main__":
    main()
