"""What the search keeps in the database besides Wagtail's index.

``FacetToken``: each indexed page's facet values, for counting them on the database backends.
``SearchTermDay``: what readers searched for, a day at a time, for the editors' search report.
Only the normalised query, its language and two counts are kept (never who searched), and only
for ``SEARCH_QUERY_RETENTION_DAYS`` days: ``manage.py purge_search_queries`` deletes older days.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.search.utils import normalise_query_string


class SearchTermDay(models.Model):
    query_string = models.CharField(_("search"), max_length=255)
    language = models.CharField(_("language"), max_length=5)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    without_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "language", "date"], name="kbsearch_term_per_day"),
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return f"{self.query_string} ({self.language}, {self.date})"

    @classmethod
    def record(cls, query, language, found):
        """Count one search (``found``: whether it found anything) for today: one query once
        the day's row exists, as it does after the first search of the day."""
        query_string = normalise_query_string(query)[:255]
        if not query_string:
            return
        today = dict(query_string=query_string, language=language, date=timezone.localdate())
        counts = dict(searches=F("searches") + 1, without_results=F("without_results") + (0 if found else 1))
        if not cls.objects.filter(**today).update(**counts):
            day, _created = cls.objects.get_or_create(**today)
            cls.objects.filter(pk=day.pk).update(**counts)

    @classmethod
    def report(cls, days, language=None, limit=50):
        """(popular, without results) over the last ``days`` days: [(query, searches, without)]."""
        rows = cls.objects.filter(date__gt=timezone.localdate() - datetime.timedelta(days=days))
        if language:
            rows = rows.filter(language=language)
        totals = rows.values("query_string").annotate(total=Sum("searches"), missed=Sum("without_results"))
        popular = list(totals.order_by("-total", "query_string")[:limit])
        unanswered = list(totals.filter(missed__gt=0).order_by("-missed", "query_string")[:limit])
        return popular, unanswered

    @classmethod
    def purge(cls, days=None):
        """Delete the days older than the retention period; returns how many rows went."""
        days = settings.SEARCH_QUERY_RETENTION_DAYS if days is None else days
        deleted, _rows = cls.objects.filter(date__lte=timezone.localdate() - datetime.timedelta(days=days)).delete()
        return deleted


class FacetToken(models.Model):
    """One facet value of an indexed page, "param:value" ("region:19", "theme:cooperation").

    Written with the page's search index entry (``search.database``), so counts follow what is
    indexed; counting every facet over the matches is then one ``GROUP BY`` on this table.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", db_index=False
    )  # the unique (page, token) constraint indexes it
    token = models.CharField(max_length=300)

    class Meta:
        indexes = [models.Index(fields=["token", "page"], name="kbsearch_token_page")]
        constraints = [models.UniqueConstraint(fields=["page", "token"], name="kbsearch_page_token")]

    def __str__(self):
        return self.token
