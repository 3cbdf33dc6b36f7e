"""A Redis outage does not take the site down: with the production cache backend and a real
redis-server of the test's own (another port), pages keep answering 200 while it is stopped,
and the cache is used again once it is back."""

import socket
import subprocess
import time

import pytest

from django.core.cache import cache

from knowledgebank import cache as resilient

pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_redis(port):
    server = subprocess.Popen(  # noqa: S603
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],  # noqa: S607
        stdout=subprocess.DEVNULL,
    )
    for _ in range(100):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return server
        time.sleep(0.05)
    server.kill()
    raise RuntimeError("redis-server did not start")


@pytest.fixture
def redis_cache(settings, monkeypatch):
    port = free_port()
    server = start_redis(port)
    settings.CACHES = {
        "default": {
            "BACKEND": "knowledgebank.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    monkeypatch.setattr(resilient, "RETRY_SECONDS", 0)
    yield port, server
    server.kill()
    server.wait()


def test_pages_are_served_while_redis_is_down(client, site_tree, redis_cache):
    port, server = redis_cache
    cache.set("terve", "moi")
    assert cache.get("terve") == "moi"
    assert client.get("/fi/").status_code == 200

    server.terminate()
    server.wait()
    assert cache.get("terve") is None and cache.get("terve", "oletus") == "oletus"
    assert cache.add("uusi", 1) is False and cache.incr("laskuri") == 1
    for url in ("/fi/", site_tree.practices.url, "/fi/haku/?q=kulttuuri", "/sitemap.xml"):
        assert client.get(url).status_code == 200, url

    restarted = start_redis(port)
    try:
        cache.set("terve", "taas")
        assert cache.get("terve") == "taas"
    finally:
        restarted.kill()
        restarted.wait()
