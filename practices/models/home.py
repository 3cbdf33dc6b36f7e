from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from ..blocks import RICH_TEXT_FEATURES
from .base import BasePage, pages
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

    def route(self, request, path_components):
        """Find the page by its address in one query instead of one per level of the tree
        (Wagtail's walk still answers what this does not find: a routable page's own routes)."""
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = pages().filter(url_path=url_path).first()
            if page is not None:
                return page.specific.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_practices"] = (
            PracticePage.objects.live()
            .public()
            .descendant_of(self)
            .prefetch_municipalities()
            .order_by("-first_published_at")[:6]
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
        return context
