"""The editors' search report: what readers search for and what finds nothing."""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _

from .models import SearchTermDay

PERIODS = (7, 30, 90)


def search_report(request):
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    days = days if days in PERIODS else 30
    language = request.GET.get("language", "")
    languages = dict(settings.LANGUAGES)
    popular, unanswered = SearchTermDay.report(days, language if language in languages else None)
    return render(
        request,
        "search/admin/search_report.html",
        {
            "page_title": _("Search report"),
            "popular": popular,
            "unanswered": unanswered,
            "days": days,
            "periods": PERIODS,
            "language": language,
            "languages": settings.LANGUAGES,
            "retention_days": settings.SEARCH_QUERY_RETENTION_DAYS,
        },
    )
