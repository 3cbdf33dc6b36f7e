"""The search app's hooks into the content model and the admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from practices.models.base import SEARCH_ANALYSIS_HOOK

from . import admin_views
from .analysis import index_text


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
