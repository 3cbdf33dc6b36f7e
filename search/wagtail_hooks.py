"""The search app's hooks into the content model and the admin."""

from wagtail import hooks

from practices.models.base import SEARCH_ANALYSIS_HOOK

from .analysis import index_text


@hooks.register(SEARCH_ANALYSIS_HOOK)
def analyse_page_text(text, language):
    """Pages index their text as analysed terms (see ``search.analysis``)."""
    return index_text(text, language)
