"""The statistics of the bank, aggregated in the database along the registry's facet paths.

A practice counts once however many languages it is published in (its translations share one
``translation_key``). A practice run by several municipalities counts in each of their regions,
counties and size classes, as the search's facets do, so those columns may add up to more than
the number of practices. Every value of a vocabulary, region and county is listed, those with no
practice too: the gaps are the point. The figures are cached per language and keyed by a
fingerprint of the published practices (how many, the latest publication, how many adoptions),
so a publish, unpublish, deletion or approved adoption shows at once without any signal.
"""

import dataclasses

from django.core.cache import cache
from django.db.models import Count, Max, Sum
from django.urls import reverse
from django.utils import translation

from practices.models import Municipality, PracticePage, Region
from practices.vocabularies import facets
from search.facets import named_values, range_case

# The facets charted on the statistics page: every way to narrow practices but the very long
# lists (municipalities, tags), the content type and the two scales of the badges.
NOT_CHARTED = {"type", "municipality", "tag", "evidence", "cost"}
CACHE_SECONDS = 24 * 3600


@dataclasses.dataclass
class Row:
    value: str
    label: str
    count: int
    url: str = ""


@dataclasses.dataclass
class Dimension:
    param: str
    label: str
    rows: list

    @property
    def largest(self):
        return max((row.count for row in self.rows), default=0)

    @property
    def empty(self):
        return [row for row in self.rows if not row.count]


@dataclasses.dataclass
class RegionFigure:
    code: str
    name: str
    count: int
    population: int
    url: str

    @property
    def per_10k(self):
        return self.count * 10_000 / self.population if self.population else 0.0


@dataclasses.dataclass
class Figures:
    practices: int
    adoptions: int
    dimensions: list
    regions: list


def published():
    return PracticePage.objects.live().public()


def fingerprint():
    """Changes whenever a practice is published, unpublished or deleted, or an adoption added."""
    state = published().aggregate(n=Count("pk"), latest=Max("last_published_at"), adopted=Count("adopted_in"))
    return f"{state['n']}:{state['latest'] and state['latest'].timestamp()}:{state['adopted']}"


def search_url(param, value):
    return f"{reverse('search')}?type=practice&{param}={value}"


def counts(facet):
    """{value as written in URLs: practices} of ``facet``, one query."""
    path = facet.path_for(PracticePage)
    rows = published()
    if facet.kind == "ranges":
        rows, path = rows.annotate(_value=range_case(facet, path)), "_value"
    rows = rows.values(path).annotate(n=Count("translation_key", distinct=True)).order_by()
    return {str(row[path]): row["n"] for row in rows if row[path] not in (None, "")}


def labelled(facet, found, locale):
    """[(value, label)] of every value ``facet`` can take (numbers: those found)."""
    if facet.kind == "ranges":
        return [(str(value), str(label)) for value, label in facet.choices.choices]
    if facet.kind == "number":
        return sorted((value, value) for value in found)
    return named_values(facet, locale)


def dimension(facet, locale):
    found = counts(facet)
    rows = [
        Row(value, label, found.get(value, 0), search_url(facet.param, value))
        for value, label in labelled(facet, found, locale)
    ]
    return Dimension(facet.param, str(facet.label), rows)


def region_figures(counted, language):
    population = dict(Municipality.objects.values_list("region__code").annotate(n=Sum("population")).order_by())
    return [
        RegionFigure(
            region.code,
            region.localized_name(language),
            counted.get(region.code, 0),
            population.get(region.code, 0),
            search_url("region", region.code),
        )
        for region in Region.objects.order_by("code")
    ]


def compute(locale):
    with translation.override(locale.language_code):
        dimensions = [dimension(f, locale) for f in facets() if f.param not in NOT_CHARTED and f.path_for(PracticePage)]
        region = next(d for d in dimensions if d.param == "region")
        regions = region_figures({row.value: row.count for row in region.rows}, locale.language_code)
    total = published().values("translation_key").distinct().count()
    adoptions = (
        PracticePage.adopted_in.through.objects.filter(practicepage__in=published().values("pk"))
        .values("municipality_id", "practicepage__translation_key")
        .distinct()
        .count()
    )
    return Figures(total, adoptions, dimensions, regions)


def figures(locale):
    """The statistics in ``locale``'s language, cached until the published practices change."""
    key = f"insights:figures:{locale.language_code}:{fingerprint()}"
    cached = cache.get(key)
    if cached is None:
        cached = compute(locale)
        cache.set(key, cached, CACHE_SECONDS)
    return cached
