"""The search page, its suggestions while typing, and the old address's redirect."""

from urllib.parse import urlencode

from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from . import backend, engine
from .analysis import tokens
from .models import SearchTermDay
from .params import SearchParams, clean_query, parse

SUGGESTIONS = 8


@require_GET
def search(request):
    params = parse(request.GET)
    try:
        outcome = engine.run(params)
    except backend.SearchUnavailable:
        response = TemplateResponse(request, "search/unavailable.html", {"search_query": params.query}, status=503)
        response["Retry-After"] = "60"
        return response
    if params.query and params.page == 1 and not params.selected:
        SearchTermDay.record(params.query, Locale.get_active().language_code, found=bool(outcome.total))
        if outcome.total:
            Query.get(params.query).add_hit()  # for editors' promoted results (their query chooser)
    context = {
        "search_query": params.query,
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
    return TemplateResponse(request, "search/search.html", context)


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
