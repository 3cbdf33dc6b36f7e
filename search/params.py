"""What the reader asked for, read from the address: the query, the filters, sort and page.

Anything unknown or malformed is dropped, never an error: a shared or hand-edited address
always gives a normal page.
"""

import re
from dataclasses import dataclass, field

from django.apps import apps

from practices.vocabularies import PAGE_TYPES, facets

MAX_QUERY_LENGTH = 200
MAX_VALUES = 20  # per facet
MAX_PAGE = 10_000
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
SORTS = ("relevance", "newest", "adopted")


def clean_query(raw):
    """Plain text: no control characters, bounded length, single spaces."""
    query = CONTROL_CHARACTERS.sub(" ", raw or "")[:MAX_QUERY_LENGTH]
    return " ".join(query.split())


@dataclass
class SearchParams:
    query: str = ""
    all_languages: bool = False
    selected: dict = field(default_factory=dict)  # {facet param: (value, ...)}
    sort: str = "relevance"
    page: int = 1

    def without(self, param, value=None):
        """The same search with one value (or the whole facet) removed: for "remove filter" links."""
        selected = {p: vs for p, vs in self.selected.items() if p != param}
        if value is not None:
            rest = tuple(v for v in self.selected.get(param, ()) if v != value)
            if rest:
                selected[param] = rest
        return SearchParams(self.query, self.all_languages, selected, self.sort, 1)

    def query_items(self):
        """The search as (name, value) pairs for an address (page 1)."""
        items = [("q", self.query)] if self.query else []
        for param, values in self.selected.items():
            items += [(param, v) for v in values]
        if self.all_languages:
            items.append(("lang", "all"))
        if self.sort != "relevance":
            items.append(("sort", self.sort))
        return items


def parse(data):
    """``SearchParams`` from a QueryDict (request.GET)."""
    selected = {}
    for facet in facets():
        values = []
        for raw in data.getlist(facet.param)[:MAX_VALUES]:
            value = CONTROL_CHARACTERS.sub("", raw).strip()[:100]
            if value and value not in values:
                values.append(value)
        values = _known(facet, values)
        if values:
            selected[facet.param] = tuple(values)
    query = clean_query(data.get("q", ""))
    sort = data.get("sort", "")
    if sort not in SORTS:
        sort = "relevance"  # without a query, the best match is the newest
    try:
        page = min(max(int(data.get("page", 1)), 1), MAX_PAGE)
    except ValueError:
        page = 1
    return SearchParams(query, data.get("lang") == "all", selected, sort, page)


def _known(facet, values):
    """The values that name something real (one query for the facets that name rows)."""
    if not values:
        return []
    if facet.kind == "type":
        return [v for v in values if v in dict(PAGE_TYPES)]
    if facet.kind in ("choices", "ranges"):
        return [v for v in values if v in facet.choices.values]
    if facet.kind == "number":
        return [v for v in values if v.isdigit() and 1900 <= int(v) <= 2100]
    model = facet.model if facet.kind == "terms" else apps.get_model(facet.model_label)
    field_name = "slug" if facet.kind == "terms" else facet.value_field
    if field_name == "pk":
        values = [v for v in values if v.isdigit()]
    known = {str(v) for v in model.objects.filter(**{f"{field_name}__in": values}).values_list(field_name, flat=True)}
    return [v for v in values if v in known]
