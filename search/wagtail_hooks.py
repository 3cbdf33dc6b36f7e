"""The search app's hooks into the content model and the admin."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from practices.models.base import SEARCH_ANALYSIS_HOOK

from . import admin_views
from .analysis import index_text
from .analysis import status as analysis_status


@hooks.register(SEARCH_ANALYSIS_HOOK)
def analyse_page_text(text, language):
    """Pages index their text as analysed terms (see ``search.analysis``)."""
    return index_text(text, language)


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/search/", admin_views.search_report, name="kbsearch_report")]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return MenuItem(
        _("Search report"), reverse("kbsearch_report"), name="search-report", icon_name="search", order=1290
    )


class SearchAnalysisPanel(Component):
    """A warning on the admin dashboard when a language's search analysis is degraded."""

    name = "search_analysis"
    order = 50
    template_name = "search/admin/analysis_panel.html"

    def get_context_data(self, parent_context=None):
        languages = dict(settings.LANGUAGES)
        problems = [(languages[code], text) for code, (ok, text) in analysis_status().items() if not ok]
        return {"problems": problems}


@hooks.register("construct_homepage_panels")
def add_search_analysis_panel(request, panels):
    panels.append(SearchAnalysisPanel())
