"""The site search: one box over practices, webinars, visits, news and plain pages.

A plain full-text search in the reader's language; filters and facets come later.
"""

from django.template.response import TemplateResponse

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from practices.models.base import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = paginate(request, pages.search(query), 10)
        Query.get(query).add_hit()
    return TemplateResponse(request, "search/search.html", {"search_query": query, "results": results})
