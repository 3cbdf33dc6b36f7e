from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from .. import cache_generation
from ..blocks import RICH_TEXT_FEATURES
from .base import BasePage, IndexPage, content_moment, locale_codes, pages
from .browse import BrowsePage
from .news import NewsPage
from .practice import PracticePage
from .visit import MunicipalityVisitPage
from .webinar import WebinarPage


class HomePage(BasePage):
    """The front page of one language tree: what is new and what is coming up."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "practices.PracticeIndexPage",
        "practices.WebinarIndexPage",
        "practices.VisitIndexPage",
        "practices.NewsIndexPage",
        "practices.BrowsePage",
        "practices.StandardPage",
        # labels, not imports: practices never imports the apps built on it
        "submissions.NominationFormPage",
        "submissions.SparringPage",
        "insights.StatisticsPage",
    ]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @property
    def meta_description(self):
        """The search description, else the introduction as plain text (the home page has no summary)."""
        return self.search_description or " ".join(strip_tags(self.intro).split())

    @property
    def localized(self):
        """This home page in the reader's language where a live translation exists, else this
        one; Wagtail asks it of the site's root page on every request, so it is read from the
        cache until content changes (Wagtail's asks the database for the active locale)."""
        language = translation.get_language()
        codes = locale_codes()
        if codes.get(self.locale_id) == language:
            return self
        if language not in codes.values():
            return super().localized
        return cache_generation.remember(("home", self.pk, language), lambda: super(HomePage, self).localized)

    def route(self, request, path_components):
        """Find the page by its address: from the cache until content changes, else in one query
        instead of one per level of the tree (Wagtail's walk still answers what this does not
        find: a routable page's own routes)."""
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = cache_generation.remember(
                ("route", url_path), lambda: pages().filter(url_path=url_path).specific().first()
            )
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_practices"] = (
            PracticePage.objects.live().public().descendant_of(self).for_cards().order_by("-first_published_at")[:6]
        )
        context["upcoming_webinars"] = WebinarPage.objects.live().public().descendant_of(self).upcoming()[:3]
        context["upcoming_visits"] = (
            MunicipalityVisitPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("host_municipality")
            .upcoming()[:3]
        )
        context["latest_news"] = NewsPage.objects.live().public().descendant_of(self).order_by("-date")[:3]
        # lazy: when the rendering is cached (``contentcache``), none of this runs
        context["browse"] = SimpleLazyObject(self.browse_sections)
        context["untranslated"] = SimpleLazyObject(self.untranslated_sections)
        context["moment"] = content_moment()
        return context

    def browse_sections(self):
        return [
            (page, [entry for entry in page.entries() if entry["counts"]["total"]])
            for page in BrowsePage.objects.child_of(self).live().public().order_by("path")
        ]

    def untranslated_sections(self):
        """On a Swedish or English home page: for each listing, how many of its Finnish items
        have no translation, with the Finnish section page that lists them.

        {"practices"|"webinars"|"visits"|"news": {"count", "index"}}; empty in Finnish.
        """
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return {}
        source = self.get_translation_or_none(default)
        if source is None:
            return {}
        indexes = {
            page.child_model: page
            for page in Page.objects.child_of(source).live().specific()
            if isinstance(page, IndexPage)
        }
        sections = {
            "practices": PracticePage.objects.all(),
            "webinars": WebinarPage.objects.upcoming(),
            "visits": MunicipalityVisitPage.objects.upcoming(),
            "news": NewsPage.objects.all(),
        }
        found = {}
        for name, section in sections.items():
            index = indexes.get(section.model)
            if index is None:
                continue
            translated = section.model.objects.descendant_of(self).live().values("translation_key")
            count = section.live().public().child_of(index).exclude(translation_key__in=translated).count()
            if count:
                found[name] = {"count": count, "index": index}
        return found
