"""Benchmark: export N generated practices as CSV and JSON, with time and peak memory.

Usage: python scripts/bench_export.py [N] [DATABASE_URL]   (``make bench-export``; default 50,000
practices in a temporary SQLite file; a file from an earlier run is reused when given). The export
streams through Django's test client in-process; Python's own allocations are traced
(``tracemalloc``), so the peak says how much the export holds at once, beside the size of what it
wrote. The floor is reading the same primary keys without writing anything.
"""

import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import bench_env  # noqa: E402


def prepare(count, url):
    env = {**bench_env(), "DATABASE_URL": url}
    steps = [["migrate", "--noinput"], ["seed_demo"], ["generate_practices", "--count", str(count), "--seed", "7"]]
    for args in steps:
        started = time.perf_counter()
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603
        print(f"  {args[0]}: {time.perf_counter() - started:.0f} s", flush=True)
    return env


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    url = sys.argv[2] if len(sys.argv) > 2 else ""
    if not url:
        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='kb-bench-export-')) / 'bench.sqlite3'}"
        print(f"Filling {url} with the demo and {count:,} practices…", flush=True)
        env = prepare(count, url)
    else:
        env = {**bench_env(), "DATABASE_URL": url}
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test import Client

    from practices.models import PracticePage

    client = Client()
    rows = []
    started = time.perf_counter()
    tracemalloc.start()
    keys = list(PracticePage.objects.live().filter(locale__language_code="fi").values_list("pk", flat=True))
    floor = (len(keys), time.perf_counter() - started, tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    for fmt in ("csv", "json"):
        tracemalloc.start()
        started = time.perf_counter()
        response = client.get(f"/fi/vienti/kaytannot.{fmt}")
        size = sum(len(chunk) for chunk in response.streaming_content)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append((fmt.upper(), response.status_code, elapsed, size, peak))
    print(f"{'export':<22} {'status':>6} {'seconds':>8} {'written MB':>11} {'peak MB':>8}")
    print(f"{'floor: read the keys':<22} {'':>6} {floor[1]:>8.1f} {'':>11} {floor[2] / 1e6:>8.1f}")
    for name, status, elapsed, size, peak in rows:
        print(f"{name:<22} {status:>6} {elapsed:>8.1f} {size / 1e6:>11.1f} {peak / 1e6:>8.1f}")
    print(
        f"{floor[0]:,} Finnish practices exported; database {url.split(':')[0]}; "
        f"python {sys.version.split()[0]}; cores {os.cpu_count()}"
    )


if __name__ == "__main__":
    main()
