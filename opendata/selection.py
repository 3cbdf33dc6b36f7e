"""What an export or a feed covers: the search page's filters, read the search page's way.

``search.params.parse`` reads the address (unknown values dropped, never an error), so an
export or feed link copied from any search page works; the pages are then narrowed in the
database along the registry's paths (``practices.vocabularies.filter_pages``).
"""

from django.apps import apps
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from practices.vocabularies import PAGE_TYPES, facets, filter_pages
from search.facets import named_values
from search.params import parse


def published(model=Page, locale=None):
    pages = model.objects.live().public()
    return pages.filter(locale=locale) if locale is not None else pages


def selection(data, model=Page, locale=None):
    """(params, pages): the parsed filters and the live, public pages of ``model`` they give,
    in ``locale`` (all languages when None). ``type`` narrows ``Page`` querysets to those types."""
    params = parse(data)
    pages = published(model, locale)
    if model is Page:
        chosen = params.selected.get("type") or [key for key, _label in PAGE_TYPES]
        pages = pages.type(*[apps.get_model(label) for key, label in PAGE_TYPES if key in chosen])
    return params, filter_pages(pages, params.selected)


def describe(params, locale=None):
    """The filters in words, for a feed's title: "Lappi · Lapset ja nuoret"."""
    locale = locale or Locale.get_active()
    by_param = {facet.param: facet for facet in facets()}
    words = []
    for param, values in params.selected.items():
        facet = by_param[param]
        if facet.kind in ("terms", "model"):
            names = dict(named_values(facet, locale))
            words += [names.get(v, v) for v in values]
        elif facet.kind in ("choices", "ranges"):
            names = dict(facet.choices.choices)
            words += [str(names.get(v, v)) for v in values]
        elif facet.kind == "type":
            labels = dict(PAGE_TYPES)
            words += [str(apps.get_model(labels[v])._meta.verbose_name_plural) for v in values if v in labels]
        else:
            words += [_("started %(year)s") % {"year": v} for v in values]
    return " · ".join(words)
