"""Benchmark: render the main public pages of a seeded bank with N extra practices.

Usage: python scripts/bench_pages.py [N] [REPEATS]   (``make bench-pages BENCH_PAGES_ARGS=50000``)   (DATABASE_URL picks the database; default
a temporary SQLite file). Requests go through Django's test client in-process, so the figures
are server time without the network. A floor (the 404 page, which renders only the base
template) is measured in the same run: timings on shared machines are noisy, ratios less so.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    extra = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    workdir = Path(tempfile.mkdtemp(prefix="kb-bench-pages-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "knowledgebank.settings.dev",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "testserver",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    for args in (["migrate", "--noinput"], ["seed_demo"], ["generate_practices", "--count", str(extra), "--seed", "1"]):
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    import logging

    logging.getLogger("django.request").setLevel(logging.ERROR)  # the floor is a 404 on purpose
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from insights.models import StatisticsPage
    from practices.models import PracticeIndexPage, PracticePage

    index = PracticeIndexPage.objects.get(locale__language_code="fi")
    practice = PracticePage.objects.live().filter(locale__language_code="fi").order_by("pk").first()
    pages = [
        ("floor: 404 page", "/fi/ei-ole/"),
        ("home page", "/fi/"),
        ("practice index, page 1", index.url),
        ("practice index, page 40", index.url + "?page=40"),
        ("practice page", practice.url),
        ("search 'kulttuuri'", "/fi/haku/?q=kulttuuri"),
        ("Swedish practice page", PracticePage.objects.filter(locale__language_code="sv").first().url),
        ("statistics page", StatisticsPage.objects.get(locale__language_code="fi").url),
        ("statistics, figures anew", StatisticsPage.objects.get(locale__language_code="fi").url),
    ]
    client = Client()
    rows = []
    for name, url in pages:
        client.get(url)  # warm caches
        times = []
        for _ in range(repeats):
            if "anew" in name:
                cache.clear()  # the figures cached after a publish: what the first reader waits for
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                status = client.get(url).status_code
            times.append((time.perf_counter() - started) * 1000)
        rows.append((name, status, statistics.median(times), len(queries)))
    floor = rows[0][2]
    print(f"{'page':<26} {'status':>6} {'median ms':>10} {'× floor':>8} {'queries':>8}")
    for name, status, median, count in rows:
        print(f"{name:<26} {status:>6} {median:>10.1f} {median / floor:>8.1f} {count:>8}")
    print(
        f"{PracticePage.objects.count()} practices; database {env['DATABASE_URL'].split(':')[0]}; "
        f"{repeats} requests each; python {sys.version.split()[0]}; cores {os.cpu_count()}"
    )


if __name__ == "__main__":
    main()
