"""What the benchmark scripts share: the environment of their child processes and psql."""

import os
import subprocess


def bench_env():
    """The environment for a benchmark's Django processes: production-like, no Elasticsearch
    unless the script sets it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "knowledgebank.settings.dev",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "testserver",
    }
    env.pop("ELASTICSEARCH_URL", None)
    return env


def psql(sql):
    """Run SQL on the machine's PostgreSQL server; returns its unaligned output."""
    return subprocess.run(  # noqa: S603
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAqc", sql],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
