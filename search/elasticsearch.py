"""Elasticsearch 8 with facets as aggregations.

``SearchBackend`` is Wagtail's ``elasticsearch8`` backend whose documents also carry the page's
facet values, one keyword field per facet (``facets.region: ["19"]``; from ``facets.facet_tokens``,
the same values the database backend counts). ``search`` then answers a whole search page in one request: the total,
the ids of the best or newest matches, and every facet's counts, each counted over the matches
and every *other* active filter (a filter aggregation per facet), AND across facets, OR within.
"""

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)

from django.db.models import Count

from wagtail.search.query import MATCH_ALL

from practices.models import PracticePage
from practices.vocabularies import facets

from .facets import facet_tokens

FACETS = "facets"  # {facet param: [values]}, one keyword field per facet
ADOPTIONS = "adoptions"
PAGE_ID = "page_id"
NEWEST = [{"first_published_at_filter": {"order": "desc", "missing": "_last"}}, {PAGE_ID: "desc"}]
# Equal scores are ordered by page id, so that the pages of one search never overlap
SORTS = {"relevance": ["_score", {PAGE_ID: "desc"}], "newest": NEWEST, "adopted": [{ADOPTIONS: "desc"}, *NEWEST]}
MAX_WINDOW = 10_000  # Elasticsearch's index.max_result_window: results beyond it are not paged to
MAX_VALUES = 1_000  # values counted per facet (municipalities are the most, 308)


class Mapping(Elasticsearch8Mapping):
    """Adds the facet tokens, the number of adoptions and the page id (for sorting)."""

    def get_mapping(self):
        mapping = super().get_mapping()
        values = {"type": "keyword", "eager_global_ordinals": True}  # counted on every search
        mapping["properties"].update(
            {
                FACETS: {"properties": {facet.param: values for facet in facets()}},
                ADOPTIONS: {"type": "integer"},
                PAGE_ID: {"type": "integer"},
            }
        )
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        by_facet = defaultdict(list)
        for token in sorted(getattr(obj, "_facet_tokens", ())):
            param, value = token.split(":", 1)
            by_facet[param].append(value)
        document[FACETS] = dict(by_facet)
        document[ADOPTIONS] = getattr(obj, "_adoptions", 0)
        document[PAGE_ID] = obj.pk
        return document


class Index(Elasticsearch8Index):
    """Reads the facet tokens and adoptions of a batch of pages in a few queries, then writes it."""

    def add_item(self, item):
        self._attach(type(item), [item])
        super().add_item(item)

    def add_items(self, model, items):
        self._attach(model, items)
        super().add_items(model, items)

    @staticmethod
    def _attach(model, items):
        pks = [item.pk for item in items]
        tokens = facet_tokens(model, pks)
        adoptions = adoption_counts(model, pks)
        for item in items:
            item._facet_tokens = tokens.get(item.pk, ())
            item._adoptions = adoptions.get(item.pk, 0)


class QueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = Mapping


class SearchBackend(Elasticsearch8SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = QueryCompiler


@dataclass
class Found:
    total: int
    ids: list  # page ids of the window asked for, in order
    counts: dict  # facet param -> Counter(value -> count)


def search(backend, queryset, query, selected, *, offset=0, limit=10, sort="relevance"):
    """One request: matches of ``query`` (a Wagtail query, or None for all) in ``queryset``,
    narrowed by ``selected`` ({facet param: [values]}), ids from ``offset`` to ``offset + limit``
    by ``sort`` (relevance, newest or adopted), and facet counts."""
    if query is None and sort == "relevance":
        sort = "newest"
    compiler = backend.query_compiler_class(queryset, query or MATCH_ALL, order_by_relevance=False)
    filters = {param: {"terms": {f"{FACETS}.{param}": list(values)}} for param, values in selected.items()}
    aggregations = {}
    for facet in facets():
        others = [f for param, f in filters.items() if param != facet.param]
        aggregations[facet.param] = {
            "filter": {"bool": {"filter": others}},
            "aggs": {"values": {"terms": {"field": f"{FACETS}.{facet.param}", "size": MAX_VALUES}}},
        }
    offset = min(offset, MAX_WINDOW - limit)
    body = {
        "query": compiler.get_query(),
        "post_filter": {"bool": {"filter": list(filters.values())}},
        "aggs": aggregations,
        "from": offset,
        "size": limit,
        "track_total_hits": True,
        "_source": False,
        "stored_fields": ["pk"],
    }
    body["sort"] = SORTS[sort]
    # The same search goes to the same copies of the shards, so that its scores (which count the
    # terms of each copy) stay the same from one page to the next
    body["preference"] = hashlib.blake2b(json.dumps(body["query"], sort_keys=True).encode(), digest_size=8).hexdigest()
    response = backend.es.search(index=backend.get_index_for_model(queryset.model).name, **body)
    counts = {}
    for param, aggregation in response["aggregations"].items():
        counts[param] = Counter({b["key"]: b["doc_count"] for b in aggregation["values"]["buckets"]})
    ids = [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
    return Found(response["hits"]["total"]["value"], ids, counts)


def adoption_counts(model, pks):
    """{pk: how many municipalities have adopted the practice} (practices only)."""
    if model is not PracticePage or not pks:
        return {}
    through = PracticePage.adopted_in.through.objects.filter(practicepage_id__in=pks)
    return dict(through.values_list("practicepage_id").annotate(n=Count("*")).order_by())
