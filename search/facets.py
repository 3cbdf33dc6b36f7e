"""Facet filters and live counts, read from the registry (``practices.vocabularies.facets``).

Every indexed page carries its facet values as tokens ("region:19"), read along the registry's
paths (``facet_tokens``): in the ``FacetToken`` table on the database backends, in the document
on Elasticsearch (``search.elasticsearch``). AND across facets, OR within one. Each facet's
counts are taken over the pages that match the query and every *other* active filter, so a
count says how many results choosing that value gives. On the database backends the counts are
taken in memory from each token's pages as a bit set (``search.token_bits``): one query for the
matches' ids, never depending on the number of results, of values or of selections.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Case, CharField, Q, Value, When

from wagtail.models import Locale, Page

from practices.models.taxonomy import localize_terms
from practices.vocabularies import PAGE_TYPES, facets

from .models import FacetToken
from .token_bits import bits_of, token_bits


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


def token_filter(param, values):
    """A Q on Page: "has one of ``values`` of the facet ``param``" (by the pages' facet tokens)."""
    tokens = FacetToken.objects.filter(token__in=[f"{param}:{value}" for value in values])
    return Q(pk__in=tokens.values("page_id"))


def apply_selections(pages, selected, skip=None):
    """``pages`` narrowed by every selected facet but ``skip``: AND across facets, OR within."""
    for param, values in selected.items():
        if param != skip:
            pages = pages.filter(token_filter(param, values))
    return pages


def count_tokens(pages, selected):
    """({facet param: {value: count}}, the pages matching every filter as a bit set) over
    ``pages`` (a Page queryset that matches the query, or their ids), counted in memory on the
    tokens' bit sets (``search.token_bits``).

    Each facet is counted over the pages matching every *other* active filter. At most one
    query: the ids of ``pages``.
    """
    bits = token_bits()
    if not isinstance(pages, list):
        pages = pages.order_by().values_list("pk", flat=True)  # no cursor: it plans for the first rows
    matches = bits_of(pages)
    chosen = {param: bits.any_of(param, values) for param, values in selected.items()}

    def narrowed(skip=None):
        narrowed = matches
        for param, pages_with in chosen.items():
            if param != skip:
                narrowed &= pages_with
        return narrowed

    everything = narrowed()
    within = {param: narrowed(skip=param) for param in selected}
    counts = defaultdict(Counter)
    for param, value, pages_with in bits.tokens:
        count = (pages_with & within.get(param, everything)).bit_count()
        if count:
            counts[param][value] = count
    return counts, everything


def count_facets(counts, selected, locale):
    """[FacetCounts] for every facet of the registry, from {param: {value: count}}."""
    return [facet_counts(facet, counts.get(facet.param, {}), selected, locale) for facet in facets()]


def facet_counts(facet, counts, selected, locale):
    """FacetCounts of ``facet`` from {value: count}: the chosen values and those with results."""
    chosen = set(selected.get(facet.param, ()))
    labels = _labels(facet, set(counts) | chosen, locale)
    values = [
        FacetValue(value, label, counts.get(value, 0), value in chosen)
        for value, label in labels
        if counts.get(value) or value in chosen
    ]
    return FacetCounts(facet, values)


def facet_tokens(model, pks):
    """{pk: {"param:value", ...}}: every facet value of the pages ``pks`` of ``model``, read
    along the same paths as the counts above (for backends that count them themselves)."""
    key = {label: key for key, label in PAGE_TYPES}.get(model._meta.label)
    if key is None or not pks:
        return {}
    tokens = {pk: {f"type:{key}"} for pk in pks}
    for facet in facets():
        path = facet.path_for(model)
        if facet.kind == "type" or path is None:
            continue
        rows = model.objects.filter(pk__in=pks)
        if facet.kind == "ranges":
            rows, path = rows.annotate(_value=range_case(facet, path)), "_value"
        for pk, value in rows.values_list("pk", path).order_by():
            if value not in (None, ""):
                tokens[pk].add(f"{facet.param}:{value}")
    return tokens


def range_case(facet, path):
    whens = []
    for value, low, high in facet.ranges:
        condition = Q(**{f"{path}__gte": low}) & (Q(**{f"{path}__lt": high}) if high else Q())
        whens.append(When(condition, then=Value(str(value))))
    return Case(*whens, output_field=CharField())


def _labels(facet, values, locale):
    """[(value, label)] in the order the facet lists them."""
    if not values:
        return []
    if facet.kind == "type":
        return [(key, apps.get_model(label)._meta.verbose_name_plural) for key, label in PAGE_TYPES if key in values]
    if facet.kind in ("choices", "ranges"):
        return [(value, label) for value, label in facet.choices.choices if value in values]
    if facet.kind == "number":
        return sorted(((v, v) for v in values), reverse=True)
    return [(value, label) for value, label in named_values(facet, locale) if value in values]


LABELS_VERSION = "kbsearch:facet-labels-version"


def named_values(facet, locale):
    """[(value, label)] of every term or row a "terms" or "model" facet can name, in its order;
    cached until one of those rows changes (``forget_labels``)."""
    version = cache.get_or_set(LABELS_VERSION, 1, None)
    key = f"kbsearch:facet-labels:{version}:{facet.param}:{locale.language_code}"
    named = cache.get(key)
    if named is None:
        if facet.kind == "terms":
            default = facet.model.objects.filter(locale=Locale.get_default())
            named = [(term.slug, term.name) for term in localize_terms(default, locale)]
        else:
            rows = facet.model.objects.all()
            named = [(str(getattr(row, facet.value_field)), _name(row, locale.language_code)) for row in rows]
            named.sort(key=lambda pair: pair[1].lower())
        cache.set(key, named, 24 * 3600)
    return named


def forget_labels(**kwargs):
    """A term, place or tag changed: the next search reads the labels again."""
    try:
        cache.incr(LABELS_VERSION)
    except ValueError:  # not set yet
        cache.set(LABELS_VERSION, 1, None)


def labelled_models():
    return {facet.model for facet in facets() if facet.kind in ("terms", "model")}


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
