"""The cache in production: Django's Redis cache, degrading instead of failing.

Wagtail keeps the site's root paths in the cache, and so do the search labels, statistics and
rate limits: with a plain Redis cache, a Redis outage turns every page into a 500. Here a read
that cannot reach Redis misses and a write is dropped, so pages are served uncached; after a
failure Redis is left alone for ``RETRY_SECONDS`` (each attempt would wait for a timeout), and
the outage is logged once per retry period.
"""

import logging
import time

from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)
RETRY_SECONDS = 5


class ResilientRedisCache(RedisCache):
    _down_until = 0.0

    def _guarded(self, name, default, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return default() if callable(default) else default
        try:
            return getattr(super(), name)(*args, **kwargs)
        except (RedisError, OSError) as error:
            self._down_until = time.monotonic() + RETRY_SECONDS
            logger.warning("The cache is unreachable (%s); serving without it for %d s", error, RETRY_SECONDS)
            return default() if callable(default) else default

    def get(self, key, default=None, version=None):
        return self._guarded("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._guarded("get_many", dict, keys, version)

    def has_key(self, key, version=None):
        return self._guarded("has_key", False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("set", None, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("add", False, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("set_many", list, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._guarded("delete_many", None, keys, version)

    def incr(self, key, delta=1, version=None):
        return self._guarded("incr", delta, key, delta, version)

    def clear(self):
        return self._guarded("clear", None)
