"""Wagtail's database search backend (SQLite FTS5 or PostgreSQL, as the connection is), whose
index also keeps each page's facet tokens (``FacetToken``) for counting facets in one query, and
on PostgreSQL matches text through an index the planner uses (``search.postgres``)."""

from collections import defaultdict
from functools import cache

from modelsearch.backends import database

from . import token_bits
from .facets import facet_tokens
from .models import FacetToken


def SearchBackend(params):  # noqa: N802  (Wagtail looks the backend up by this name)
    return _with_facet_tokens(type(database.SearchBackend(params)))(params)


@cache
def _with_facet_tokens(backend_class):
    base = backend_class.index_class

    class Index(base):
        def add_items(self, model, objs):
            super().add_items(model, objs)
            store_tokens(model, [obj.pk for obj in objs])

        def delete_item(self, item):
            super().delete_item(item)
            FacetToken.objects.filter(page_id=item.pk).delete()
            token_bits.changed()

    Index.__name__ = Index.__qualname__ = f"{base.__name__}WithFacetTokens"
    attributes = {"index_class": Index}
    if backend_class.__name__ == "PostgresSearchBackend":
        from .postgres import QueryCompiler

        attributes.update(query_compiler_class=QueryCompiler, on_postgres=True)
    return type(f"{backend_class.__name__}WithFacetTokens", (backend_class,), attributes)


def store_tokens(model, pks):
    """Write the facet tokens of the pages ``pks`` of ``model``, of those whose tokens changed
    (saving a draft indexes the page again without changing them)."""
    tokens = facet_tokens(model, pks)
    stored = defaultdict(set)
    for pk, token in FacetToken.objects.filter(page_id__in=list(tokens)).values_list("page_id", "token"):
        stored[pk].add(token)
    changed = [pk for pk, values in tokens.items() if stored[pk] != values]
    if not changed:
        return
    FacetToken.objects.filter(page_id__in=changed).delete()
    rows = [FacetToken(page_id=pk, token=token) for pk in changed for token in sorted(tokens[pk])]
    FacetToken.objects.bulk_create(rows, batch_size=2000)
    token_bits.changed()
