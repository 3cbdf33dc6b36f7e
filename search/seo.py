"""What a search page tells search engines.

A search a person could land on from a search engine is indexable, with its own description and
canonical address: words alone, or one filter alone (every term, tag and place on a page links
to such a search, so these are the bank's landing pages by theme, region or municipality). Every
other state (filters combined, a later page, another order, all languages, no results) is an
endless combination: ``noindex, follow``, so crawlers still reach the pages it lists.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext, ngettext


def indexable(params, total):
    chosen = sum(len(values) for values in params.selected.values())
    if not total or params.page != 1 or params.sort != "relevance" or params.all_languages:
        return False
    return chosen == 0 if params.query else chosen <= 1


def canonical_url(request, params):
    query = urlencode(params.query_items())
    return request.build_absolute_uri(reverse("search")) + (f"?{query}" if query else "")


def description(params, total, filters):
    """One sentence on what the page lists; ``filters`` are the selected (facet, value) labels."""
    if params.query:
        text = ngettext(
            "%(count)s practice, webinar, visit or news item on “%(query)s” in the culture services knowledge bank.",
            "%(count)s practices, webinars, visits and news items on “%(query)s” in the culture services knowledge bank.",
            total,
        )
        return text % {"count": total, "query": params.query}
    if filters:
        facet, value = filters[0]
        text = ngettext(
            "%(count)s practice, webinar, visit or news item in the culture services knowledge bank with %(facet)s: %(value)s.",
            "%(count)s practices, webinars, visits and news items in the culture services knowledge bank with %(facet)s: %(value)s.",
            total,
        )
        return text % {"count": total, "facet": facet, "value": value}
    return gettext(
        "Search the good practices, webinars, municipality visits and news of the culture services "
        "knowledge bank by theme, region, municipality, target group and more."
    )
