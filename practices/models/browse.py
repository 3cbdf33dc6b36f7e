"""Landing pages to browse the bank by theme or by region.

One routable page per kind: its own address lists every theme (or region) with how much content
each has, and ``<address>/<value>/`` shows one of them: the intro editors wrote on the term (or
region), its practices, webinars and visits, and a link to the search filtered by it. What a value
names and which pages it applies to come from the facet registry (``practices.vocabularies``).
"""

from django.db import models
from django.db.models import Count
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from ..blocks import RICH_TEXT_FEATURES
from ..vocabularies import facets, search_address
from .base import BasePage
from .places import Region
from .practice import PracticePage
from .taxonomy import Theme, localize_terms
from .visit import MunicipalityVisitPage
from .webinar import WebinarPage

# What a landing page lists, in this order: (context name, model).
LISTED = (("practices", PracticePage), ("webinars", WebinarPage), ("visits", MunicipalityVisitPage))


class BrowsePage(RoutablePageMixin, BasePage):
    class Kind(models.TextChoices):
        THEME = "theme", _("Themes")
        REGION = "region", _("Regions")

    kind = models.CharField(
        _("browse by"),
        max_length=10,
        choices=Kind.choices,
        help_text=_("What the page lists: one landing page for each theme, or for each region."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    template = "pages/browse_page.html"
    entry_template = "pages/browse_entry_page.html"
    parent_page_types = ["practices.HomePage"]
    subpage_types = []
    max_count_per_parent = 2  # one by theme, one by region
    show_in_menus_default = True
    content_panels = BasePage.content_panels + [FieldPanel("kind"), FieldPanel("intro")]

    class Meta:
        verbose_name = _("browse page")
        verbose_name_plural = _("browse pages")

    @property
    def facet(self):
        """The search facet this page browses by (its parameter is the kind's name)."""
        return next(f for f in facets() if f.param == self.kind)

    # --- what the values are -----------------------------------------------------------------

    def values(self):
        """Every theme or region as (value in addresses, the row in the reader's language)."""
        if self.kind == self.Kind.THEME:
            terms = localize_terms(Theme.objects.filter(locale=Locale.get_default()), self.locale)
            return [(term.slug, term) for term in terms]
        return [(region.code, region) for region in Region.objects.all()]

    def value_row(self, value):
        """The theme or region named ``value`` in the reader's language, or None."""
        if self.kind == self.Kind.THEME:
            term = Theme.objects.filter(locale=Locale.get_default(), slug=value).first()
            return localize_terms([term], self.locale)[0] if term else None
        return Region.objects.filter(code=value).first()

    @staticmethod
    def description(row):
        if isinstance(row, Region):
            return row.localized_description()
        return row.description

    # --- what is under them ------------------------------------------------------------------

    def published(self, model, locale=None):
        """Live, public, real (not alias) pages of ``model`` in this page's language (or ``locale``)."""
        if "_private_q" not in self.__dict__:  # view restrictions read once, not once per listing
            self.__dict__["_private_q"] = Page.objects.all().private_q()
        pages = model.objects.live().exclude(self.__dict__["_private_q"])
        return pages.filter(locale=locale or self.locale, alias_of__isnull=True)

    def counts(self):
        """{value: {"practices": n, "webinars": n, "visits": n, "total": n}}, one query per type."""
        counts = {}
        for name, model in LISTED:
            field = self.facet.path_for(model)
            if field is None:
                continue
            rows = self.published(model).values(field).annotate(n=Count("pk", distinct=True)).order_by()
            for row in rows:
                entry = counts.setdefault(str(row[field]), {"total": 0})
                entry[name] = row["n"]
                entry["total"] += row["n"]
        return counts

    def entries(self):
        """The index: every value with its name, address and counts (a few queries in all)."""
        counts = self.counts()
        return [
            {
                "value": value,
                "name": str(row),
                "url": self.entry_url(value),
                "counts": counts.get(value, {"total": 0}),
            }
            for value, row in self.values()
        ]

    def entry_url(self, value):
        return self.url + self.reverse_subpage("entry", args=[value])

    def pages_under(self, value):
        """{"practices": [...], "webinars": [...], "visits": [...]} in the page's language."""
        pages = {}
        for name, model in LISTED:
            condition = self.facet.condition(model, [value])
            if condition is None:
                continue
            found = self.published(model).filter(condition).distinct()
            if model is PracticePage:
                found = found.for_cards().order_by("title")
            elif model is MunicipalityVisitPage:
                found = found.select_related("host_municipality").order_by("-start_date")
            else:
                found = found.order_by("-starts_at")
            pages[name] = list(found)
        return pages

    def untranslated_under(self, value):
        """When reading a translation: how many pages under ``value`` exist only in Finnish, and
        the Finnish landing page that lists them (None when there are none)."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        source = self.get_translation_or_none(default)
        if source is None or not source.live:
            return None
        count = 0
        for _name, model in LISTED:
            condition = self.facet.condition(model, [value])
            if condition is not None:
                translated = self.published(model).values("translation_key")
                count += (
                    self.published(model, default)
                    .filter(condition)
                    .exclude(translation_key__in=translated)
                    .distinct()
                    .count()
                )
        if not count:
            return None
        return {"count": count, "url": source.specific.entry_url(value), "title": source.title}

    def get_sitemap_urls(self, request=None):
        """The index, and the landing page of every value that has something to show."""
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        index = urls[0]
        for entry in self.entries():
            if entry["counts"]["total"]:
                route = self.reverse_subpage("entry", args=[entry["value"]])
                urls.append({**index, "location": index["location"] + route})
        return urls

    # --- routes ------------------------------------------------------------------------------

    @path("", name="index")
    def index_route(self, request):
        return self.render(request, context_overrides={"entries": self.entries()})

    @path("<str:value>/", name="entry")
    def entry_route(self, request, value):
        row = self.value_row(value)
        if row is None:
            raise Http404
        pages = self.pages_under(value)
        context = {
            "value_name": str(row),
            "value_description": self.description(row),
            "listed": pages,
            "total": sum(len(found) for found in pages.values()),
            "search_url": search_address(self.facet.param, value),
            "untranslated": self.untranslated_under(value),
        }
        return self.render(request, template=self.entry_template, context_overrides=context)
