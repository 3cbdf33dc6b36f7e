"""Facet filters and live counts, read from the registry (``practices.vocabularies.facets``).

AND across facets, OR within one. Each facet's counts are taken over the pages that match the
query and every *other* active filter, so a count says how many results choosing that value
gives. One SQL query per page type a facet applies to, plus one for its labels: the number
of queries does not depend on the number of results or of values.
"""

from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, CharField, Count, Q, Value, When

from wagtail.models import Locale, Page

from practices.models.taxonomy import localize_terms
from practices.vocabularies import PAGE_TYPES, facets


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetCounts:
    facet: object
    values: list  # [FacetValue], the selected ones and those with results

    @property
    def param(self):
        return self.facet.param

    @property
    def label(self):
        return self.facet.label

    @property
    def has_selection(self):
        return any(v.selected for v in self.values)


def page_models(types=None):
    """The searchable page models, limited to the given type keys."""
    return [apps.get_model(label) for key, label in PAGE_TYPES if not types or key in types]


def selection_filter(facet, values):
    """A Q on Page for "has one of ``values`` of ``facet``" (pages of types the facet applies to)."""
    if facet.kind == "type":
        return Q(content_type__in=[_content_type(m) for m in page_models(values)])
    q = Q(pk__in=[])
    for model in page_models():
        path = facet.path_for(model)
        if path is None:
            continue
        if facet.kind == "ranges":
            condition = Q()
            ranges = {value: (low, high) for value, low, high in facet.ranges}
            for value in values:
                low, high = ranges[value]
                condition |= Q(**{f"{path}__gte": low}) & (Q(**{f"{path}__lt": high}) if high else Q())
            pks = model.objects.filter(condition).values("pk")
        else:
            pks = model.objects.filter(**{f"{path}__in": values}).values("pk")
        q |= Q(pk__in=pks)
    return q


def apply_selections(pages, selected, skip=None):
    for facet in facets():
        if facet.param in selected and facet.param != skip:
            pages = pages.filter(selection_filter(facet, selected[facet.param]))
    return pages


def count_facets(pages, selected, locale):
    """[FacetCounts] for every facet over ``pages`` (a Page queryset matching the query)."""
    return [_count(facet, apply_selections(pages, selected, skip=facet.param), selected, locale) for facet in facets()]


def _count(facet, pages, selected, locale):
    counts = Counter()
    matching = pages.order_by().values("pk")
    if facet.kind == "type":
        by_type = dict(pages.order_by().values_list("content_type").annotate(n=Count("pk")))
        for key, label in PAGE_TYPES:
            counts[key] = by_type.get(_content_type(apps.get_model(label)), 0)
    else:
        for model in page_models():
            path = facet.path_for(model)
            if path is None:
                continue
            rows = model.objects.filter(pk__in=matching)
            if facet.kind == "ranges":
                rows = rows.annotate(_value=_range_case(facet, path))
                path = "_value"
            for value, n in rows.values_list(path).annotate(n=Count("pk", distinct=True)).order_by():
                if value not in (None, ""):
                    counts[str(value)] += n
    chosen = set(selected.get(facet.param, ()))
    labels = _labels(facet, set(counts) | chosen, locale)
    values = [
        FacetValue(value, label, counts.get(value, 0), value in chosen)
        for value, label in labels
        if counts.get(value) or value in chosen
    ]
    return FacetCounts(facet, values)


def _range_case(facet, path):
    whens = []
    for value, low, high in facet.ranges:
        condition = Q(**{f"{path}__gte": low}) & (Q(**{f"{path}__lt": high}) if high else Q())
        whens.append(When(condition, then=Value(str(value))))
    return Case(*whens, output_field=CharField())


def _labels(facet, values, locale):
    """[(value, label)] in the order the facet lists them."""
    if not values:
        return []
    language = locale.language_code
    if facet.kind == "type":
        return [(key, apps.get_model(label)._meta.verbose_name_plural) for key, label in PAGE_TYPES if key in values]
    if facet.kind in ("choices", "ranges"):
        return [(value, label) for value, label in facet.choices.choices if value in values]
    if facet.kind == "number":
        return sorted(((v, v) for v in values), reverse=True)
    if facet.kind == "terms":
        default = facet.model.objects.filter(slug__in=values, locale=Locale.get_default())
        return [(term.slug, term.name) for term in localize_terms(default, locale)]
    rows = facet.model.objects.filter(**{f"{facet.value_field}__in": values})
    named = [(str(getattr(row, facet.value_field)), _name(row, language)) for row in rows]
    return sorted(named, key=lambda pair: pair[1].lower())


def _name(row, language):
    return row.localized_name(language) if hasattr(row, "localized_name") else str(row)


def _content_type(model):
    return ContentType.objects.get_for_model(model)  # cached after the first call


def base_pages(locales, types=None):
    """The live, public pages of the searchable types in ``locales``."""
    return (
        Page.objects.live()
        .public()
        .filter(locale__in=locales)
        .filter(content_type__in=[_content_type(m) for m in page_models(types)])
    )
