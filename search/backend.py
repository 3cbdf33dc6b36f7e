"""The configured search backend, and the two things the engine asks of it: the matches of a
text query ranked best first, and the set of all matches to count facets over."""

import logging
from contextlib import contextmanager
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


def ranked_ids(queryset, words, limit, using="default"):
    """Ids of the best ``limit`` matches in ``queryset``, best first (the backend's own ranking)."""
    with answering():
        results = _results(queryset, words, using)[:limit]
        if hasattr(results, "get_queryset"):  # database backends: no need to load the pages
            return list(results.get_queryset().values_list("pk", flat=True))
        return [page.pk for page in results]


def matching(queryset, words, limit=10_000, using="default"):
    """All matches in ``queryset``, as something ``id__in`` takes: a subquery on the database
    backends, a list of ids (at most ``limit``) on Elasticsearch."""
    with answering():
        results = _results(queryset, words, using)
        if hasattr(results, "get_queryset"):
            return results.get_queryset().order_by().values("pk")
        return [page.pk for page in results[:limit]]
