"""The public statistics page: the bank in numbers, charts and a map, in every language."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from practices.blocks import RICH_TEXT_FEATURES
from practices.models.base import BasePage

from .charts import bar_chart, region_map
from .figures import figures


class StatisticsPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    template = "pages/statistics_page.html"
    parent_page_types = ["practices.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("statistics page")
        verbose_name_plural = _("statistics pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        numbers = figures(self.locale)
        context["figures"] = numbers
        context["map"] = region_map(numbers.regions)
        context["charts"] = [(dimension, bar_chart(dimension)) for dimension in numbers.dimensions]
        context["gaps"] = [
            dimension for dimension in numbers.dimensions if dimension.empty and dimension.param != "year"
        ]
        return context
