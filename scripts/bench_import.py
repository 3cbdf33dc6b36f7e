"""Benchmark: import N practices from JSON Lines into a fresh database; prints a table.

Usage: python scripts/bench_import.py [N]   (DATABASE_URL picks the database; default a
temporary SQLite file). Reports import throughput against a floor measured in the same run
(reading and validating the file without writing), since timings on shared machines are noisy.
"""

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import bench_env  # noqa: E402

CODES = ["091", "049", "853", "698", "398", "179", "564", "837", "297", "167", "244", "790", "545", "638"]


def manage(*args, env):
    started = time.monotonic()
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603
    return time.monotonic() - started


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    workdir = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    env = bench_env()
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    rng = random.Random(7)  # noqa: S311
    path = workdir / "practices.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(count):
            record = {
                "title": f"Vertailukäytäntö {i}",
                "summary": f"Kokeilu numero {i} kulttuuripalveluissa.",
                "background": "Tausta ja tarve.\n\nToinen kappale.",
                "municipalities": rng.sample(CODES, rng.choice([1, 1, 2])),
                "themes": ["cooperation"],
                "target_groups": ["older-people"],
                "tags": ["vertailu"],
                "start_year": 2020 + i % 5,
                "locale": "fi",
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    manage("migrate", "--noinput", env=env)
    manage("seed_demo", env=env)
    validate_code = (
        "import json,sys;from practices.schema import PracticeSchema;s=PracticeSchema();"
        f"[s.validate(json.loads(line)) for line in open({str(path)!r}, encoding='utf-8')]"
    )
    floor = manage("shell", "-c", validate_code, env=env)
    seconds = manage("import_practices", str(path), env=env)
    rows = [
        ("validate only (floor)", f"{floor:.1f} s", "—"),
        (f"import {count} practices", f"{seconds:.1f} s", f"{count / seconds:.0f} practices/s"),
        ("ratio import / floor", f"{seconds / floor:.1f}×", ""),
    ]
    print(f"{'step':<28} {'time':>9}  {'rate':>18}")
    for name, spent, rate in rows:
        print(f"{name:<28} {spent:>9}  {rate:>18}")
    print(f"database: {env['DATABASE_URL'].split(':')[0]}, python {sys.version.split()[0]}, cores {os.cpu_count()}")


if __name__ == "__main__":
    main()
