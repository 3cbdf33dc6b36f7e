"""A sitemap of every language tree (Wagtail's own lists only the default site root's tree),
each page with its translations as ``hreflang`` alternates (and the Finnish one as x-default)."""

from django.conf import settings
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
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        urls, language_versions = [], {}
        for item in pages:
            for info in item.get_sitemap_urls(self.request):
                info["lang_code"] = item.locale.language_code
                info["translation_key"] = item.translation_key
                urls.append(info)
                language_versions.setdefault(item.translation_key, []).append(info)
        for info in urls:
            versions = language_versions[info["translation_key"]]
            if len(versions) > 1:
                info["alternates"] = [{"lang_code": v["lang_code"], "location": v["location"]} for v in versions]
                default = next((v for v in versions if v["lang_code"] == settings.LANGUAGE_CODE), None)
                if default:
                    info["alternates"].append({"lang_code": "x-default", "location": default["location"]})
        last_mods = {info.get("lastmod") for info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
