"""The configured search backend, and what the engine asks of it: the matches of a text query
ranked best first (and the best of them ranked again on everything, where the first ranking
took a shortcut), and the set of all matches to count facets over."""

import logging
from contextlib import contextmanager, nullcontext
from functools import cache

from django.db import DatabaseError

from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

logger = logging.getLogger(__name__)

try:  # only installed with the Elasticsearch backend's client
    from elasticsearch import ApiError, TransportError

    BACKEND_ERRORS = (DatabaseError, TransportError, ApiError)
except ImportError:  # pragma: no cover
    BACKEND_ERRORS = (DatabaseError,)


class SearchUnavailable(Exception):
    """The search backend did not answer (database or Elasticsearch down)."""


@cache
def backend(using="default"):
    """One backend (and one Elasticsearch client) per process, not one per search."""
    return get_search_backend(using)


def text_query(words):
    """AND across the query's words, OR across each word's forms (``search.analysis.query_words``)."""
    parts = [Or([PlainText(f) for f in forms]) if len(forms) > 1 else PlainText(forms[0]) for forms in words]
    return parts[0] if len(parts) == 1 else And(parts)


def _results(queryset, words, using):
    return backend(using).search(text_query(words), queryset)


@contextmanager
def answering():
    """Turns the backend's own errors (database or Elasticsearch down) into ``SearchUnavailable``."""
    try:
        yield
    except BACKEND_ERRORS as error:
        logger.error("search backend failed: %s", error)
        raise SearchUnavailable from error


def _postgres(using):
    """``search.postgres`` when the backend is the database one on PostgreSQL, else None (only
    imported then: it needs the PostgreSQL driver)."""
    if not getattr(backend(using), "on_postgres", False):
        return None
    from . import postgres

    return postgres


def index_first(using="default"):
    """Where the matches of a text query are read within: on PostgreSQL, through the text index
    (``search.postgres.index_scans``)."""
    postgres = _postgres(using)
    return postgres.index_scans(using) if postgres else nullcontext()


def ranked_ids(queryset, words, limit, using="default"):
    """Ids of the best ``limit`` matches in ``queryset``, best first (the backend's own ranking;
    on PostgreSQL on title and the body's lead only: ``best_first`` finishes it)."""
    postgres = _postgres(using)
    with answering(), index_first(using):
        if postgres:
            return postgres.ranked_ids(_results(queryset, words, using), queryset)[:limit]
        results = _results(queryset, words, using)[:limit]
        if hasattr(results, "get_queryset"):  # database backends: no need to load the pages
            return list(results.get_queryset().values_list("pk", flat=True))
        return [page.pk for page in results]


def best_first(queryset, ids, words, using="default"):
    """``ids`` (the best of ``ranked_ids``) ordered on everything the backend ranks on."""
    postgres = _postgres(using)
    if postgres is None or len(ids) < 2:
        return ids
    with answering():
        return postgres.rank_fully(_results(queryset, words, using), ids)


def matching(queryset, words, limit=10_000, using="default"):
    """All matches in ``queryset``, as something ``id__in`` takes: a subquery on the database
    backends, a list of ids (at most ``limit``) on Elasticsearch. On PostgreSQL, run the query
    that takes it within ``index_first``."""
    with answering():
        results = _results(queryset, words, using)
        postgres = _postgres(using)
        if postgres:
            return postgres.matching(results, queryset)
        if hasattr(results, "get_queryset"):
            return results.get_queryset().order_by().values("pk")
        return [page.pk for page in results[:limit]]
