"""A sitemap of every language tree (Wagtail's own lists only the default site root's tree)."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    def items(self):
        in_any_tree = Q(pk__in=[])
        for root in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            in_any_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
