"""One number that changes whenever published content does.

Everything cached from pages (the site's navigation, footer and language links, and whole
pages for anonymous readers) is keyed by it, so one bump makes all of it stale at once: an edit
is visible at once on every page that shows or lists it, without tracking which pages those
are. Bumped by the signals in ``practices.signals``: publish, unpublish, move, delete, a
translation synced (wagtail-localize publishes it), and saved reference data (terms, places,
sites, locales). Editors publish a few times a day; readers read all day.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

KEY = "content-generation"


def current():
    """The current generation (a cache miss, Redis down included, starts a new one)."""
    generation = cache.get(KEY)
    if generation is None:
        generation = bump()
    return generation


def bump():
    generation = uuid.uuid4().hex[:12]
    cache.set(KEY, generation, timeout=None)
    return generation


def changed():
    """Content changed: a new generation now and again once the change is committed, since a
    reader between the two would keep what it read (the old content) under the new generation."""
    bump()
    transaction.on_commit(bump)


def key(*parts):
    """A cache key that belongs to the current generation."""
    return ":".join(["content", current(), *map(str, parts)])


DAY = 24 * 3600


def remember(parts, build, timeout=DAY):
    """What ``build()`` returns, kept under ``key(*parts)`` until content changes (None is not
    kept: it is built again next time)."""
    name = key(*parts)
    value = cache.get(name)
    if value is None:
        value = build()
        if value is not None:
            cache.set(name, value, timeout)
    return value
