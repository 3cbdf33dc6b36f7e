"""The site search: one box over practices, webinars, visits, news and plain pages.

A plain full-text search in the reader's language; filters and facets come later.
"""

import logging

from django.db import DatabaseError
from django.template.response import TemplateResponse

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from practices.models.base import paginate

from .query import clean_query

logger = logging.getLogger(__name__)


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        try:
            results = paginate(request, pages.search(query), 10)
        except DatabaseError:
            # a query the backend's own syntax rejects finds nothing rather than failing
            logger.warning("search backend rejected the query %r", query)
            results = paginate(request, Page.objects.none(), 10)
        if results.paginator.count:
            # only queries that found something go to the search report
            Query.get(query).add_hit()
    return TemplateResponse(request, "search/search.html", {"search_query": query, "results": results})
