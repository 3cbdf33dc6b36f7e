"""Relevance, measured: the relevance set's queries on SQLite, PostgreSQL and Elasticsearch.

Usage: python scripts/bench_relevance.py [--distractors N] [--backends sqlite,postgres,elasticsearch]
       [--show-misses]

Each backend gets a fresh database (and index) with the demo site plus N generated practices as
distractors (default 300). Every query of scripts/relevance_set.json runs through the search
engine in its language; the table gives how many find the wanted page first, in the top 3 and
in the top 10, and the mean reciprocal rank over the top 10 (MRR@10). PostgreSQL uses the
machine's server (127.0.0.1:5432); Elasticsearch is started with scripts/elasticsearch.sh.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import bench_env, psql  # noqa: E402

SET = ROOT / "scripts" / "relevance_set.json"


def measure():
    """In a child process whose environment names the database and backend: print JSON ranks."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.http import QueryDict
    from django.utils import translation

    from wagtail.models import Locale

    from search import engine
    from search.params import parse

    ranks = []
    for case in json.loads(SET.read_text(encoding="utf-8")):
        with translation.override(case["lang"]):
            params = parse(QueryDict(f"q={case['q']}"))
            outcome = engine.run(params, Locale.objects.get(language_code=case["lang"]))
            slugs = [result.page.slug for result in outcome.page]
        rank = slugs.index(case["want"]) + 1 if case["want"] in slugs else None
        ranks.append({**case, "rank": rank, "got": slugs[:3]})
    print(json.dumps(ranks, ensure_ascii=False))


def prepare_and_measure(name, env, distractors):
    steps = [
        ["migrate", "--noinput"],
        ["seed_demo"],
        ["generate_practices", "--count", str(distractors), "--seed", "11"],
        ["update_index"],
    ]
    for args in steps:
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603
    out = subprocess.run(  # noqa: S603
        [sys.executable, __file__, "--measure"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--distractors", type=int, default=300)
    parser.add_argument("--backends", default="sqlite,postgres,elasticsearch")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    if args.measure:
        return measure()
    workdir = Path(tempfile.mkdtemp(prefix="kb-relevance-"))
    base = bench_env()
    db = f"kb_relevance_{os.getpid()}"
    results = {}
    for name in args.backends.split(","):
        env = {**base, "DATABASE_URL": f"sqlite:///{workdir / 'relevance.sqlite3'}"}
        if name == "postgres":
            psql(f"DROP DATABASE IF EXISTS {db}")
            psql(f"CREATE DATABASE {db}")
            env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{db}"
        if name == "elasticsearch":
            subprocess.run([str(ROOT / "scripts" / "elasticsearch.sh"), "start", "1"], check=True, capture_output=True)  # noqa: S603
            env["DATABASE_URL"] = f"sqlite:///{workdir / 'relevance-es.sqlite3'}"
            env["ELASTICSEARCH_URL"] = "http://127.0.0.1:9200"
            env["ELASTICSEARCH_INDEX"] = f"kbrelevance{os.getpid()}"
        print(f"{name}: seeding the demo and {args.distractors} distractors, indexing, searching…", file=sys.stderr)
        try:
            results[name] = prepare_and_measure(name, env, args.distractors)
        finally:
            if name == "postgres":
                psql(f"DROP DATABASE IF EXISTS {db}")
    report(results, args.show_misses)


def report(results, show_misses, label="backend"):
    print(f"| {label} | queries | first | top 3 | top 10 | MRR@10 |")
    print("| --- | --: | --: | --: | --: | --: |")
    for name, ranks in results.items():
        n = len(ranks)
        first = sum(1 for r in ranks if r["rank"] == 1)
        top3 = sum(1 for r in ranks if r["rank"] and r["rank"] <= 3)
        top10 = sum(1 for r in ranks if r["rank"])
        mrr = sum(1 / r["rank"] for r in ranks if r["rank"]) / n
        print(
            f"| {name} | {n} | {first} ({first / n:.0%}) | {top3} ({top3 / n:.0%}) | {top10} ({top10 / n:.0%}) | {mrr:.3f} |"
        )
    if show_misses:
        for name, ranks in results.items():
            for r in ranks:
                if r["rank"] != 1:
                    print(f"{name}: {r['lang']} {r['q']!r} → rank {r['rank']}, got {r['got']}", file=sys.stderr)


if __name__ == "__main__":
    main()
