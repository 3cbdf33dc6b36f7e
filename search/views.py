"""The search page, its suggestions while typing, and the old address's redirect."""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import F
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from practices import cache_generation

from . import backend, engine, seo
from .analysis import tokens
from .models import SearchTermDay
from .params import SearchParams, clean_query, parse

SUGGESTIONS = 8


@dataclass
class Results:
    """The search's answer as it is shown: the rendered results and filters, and their count."""

    html: str
    total: int
    filters: list  # the selected filters as (facet label, value label)


@require_GET
def search(request):
    params = parse(request.GET)
    try:
        results = answer(request, params)
    except backend.SearchUnavailable:
        response = TemplateResponse(request, "search/unavailable.html", {"search_query": params.query}, status=503)
        response["Retry-After"] = "60"
        return response
    if params.query and params.page == 1 and not params.selected:
        record(params.query, found=bool(results.total))
    context = {
        "search_query": params.query,
        "params": params,
        "results": results,
        "page_query": urlencode(params.query_items()),
    }
    if seo.indexable(params, results.total):
        context["canonical_url"] = seo.canonical_url(request, params)
        context["description"] = seo.description(params, results.total, results.filters)
    return TemplateResponse(request, "search/search.html", context)


def answer(request, params):
    """The rendered results of ``params``, kept until content changes (at most
    ``SEARCH_CACHE_SECONDS``, so a page an index answers late for is found soon after): the same
    search again costs one cache read. What is rendered is the same for every reader."""
    seconds = settings.SEARCH_CACHE_SECONDS
    if not seconds:
        return _render(request, params)
    site = getattr(request, "_wagtail_site", None)
    asked = hashlib.sha256(repr((params.query_items(), params.page)).encode()).hexdigest()[:32]
    parts = ("search", getattr(site, "pk", None), get_language(), backend.backend().__class__.__name__, asked)
    return cache_generation.remember(parts, lambda: _render(request, params), timeout=seconds)


def _render(request, params):
    outcome = engine.run(params)
    context = {
        "search_query": params.query,
        "params": params,
        "outcome": outcome,
        "items": outcome.page,
        "page_query": urlencode(params.query_items()),
        # the filters without the words: what the open data exports can narrow by
        "filter_query": urlencode(SearchParams("", params.all_languages, params.selected).query_items()),
        "removals": [
            (facet.label, value.label, urlencode(params.without(facet.param, value.value).query_items()))
            for facet in outcome.facets
            for value in facet.values
            if value.selected
        ],
    }
    filters = [(str(facet), str(value)) for facet, value, _query in context["removals"]]
    return Results(render_to_string("search/results.html", context, request), outcome.total, filters)


def record(query, found):
    """Count the search for the editors' search report and for their promoted results' query
    chooser: two queries once today's rows exist."""
    SearchTermDay.record(query, get_language(), found=found)
    if found:
        hits = QueryDailyHits.objects.filter(
            query__query_string=normalise_query_string(query), date=timezone.now().date()
        )
        if not hits.update(hits=F("hits") + 1):
            Query.get(query).add_hit()


@require_GET
def suggest(request):
    """Titles that start like what is being typed, in the reader's language (JSON)."""
    query = clean_query(request.GET.get("q", ""))[:100]
    if len(query) < 2 or not tokens(query):
        return JsonResponse({"suggestions": []})
    pages = Page.objects.live().public().filter(locale=Locale.get_active()).filter(depth__gt=3)
    try:
        found = list(backend.backend().autocomplete(" ".join(tokens(query)), pages)[:SUGGESTIONS])
    except backend.BACKEND_ERRORS:
        found = []
    suggestions = [{"title": page.title, "url": page.get_url(request)} for page in found]
    return JsonResponse({"suggestions": suggestions})


def old_search(request):
    """The first address of the search page (/fi/search/) leads to the current one."""
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(reverse("search") + (f"?{query}" if query else ""))
