from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import BodyBlock
from .base import BasePage


class StandardPage(BasePage):
    """Plain pages: about, accessibility statement, privacy notice."""

    summary = models.TextField(
        _("summary"), blank=True, max_length=500, help_text=_("One or two sentences for listings and search.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    template = "pages/standard_page.html"
    parent_page_types = ["practices.HomePage", "practices.StandardPage"]
    subpage_types = ["practices.StandardPage"]
    summary_field = "summary"

    search_text_fields = ("title", "summary", "body")
    search_fields = BasePage.search_fields + [index.SearchField("summary", boost=1.5), index.SearchField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
