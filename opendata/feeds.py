"""RSS 2.0 and Atom feeds of new content, per language and per search filter state.

``/fi/syote/rss/?type=practice&region=19&target_group=children-youth`` is "new practices for
children in Lapland": the same parameters as the search page. Pages that list content announce
their feeds with ``<link rel="alternate">`` so feed readers find them.
"""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from wagtail.models import Locale

from practices.licence import LICENCE_NAME, LICENCE_URL, PUBLISHER_NAME

from .selection import describe, selection

ITEMS = 30


class NewContentFeed(Feed):
    feed_type = Rss201rev2Feed
    author_name = PUBLISHER_NAME  # Atom requires an author for the feed or each entry

    def get_object(self, request, *args, **kwargs):
        self.request = request
        locale = Locale.get_active()
        params, pages = selection(request.GET, locale=locale)
        return {"params": params, "pages": pages, "query": request.META.get("QUERY_STRING", "")}

    def title(self, obj):
        site = _("Culture services knowledge bank")
        described = describe(obj["params"])
        return f"{site}: {described}" if described else _("%(site)s: new content") % {"site": site}

    def link(self, obj):
        return reverse("search") + (f"?{obj['query']}" if obj["query"] else "")

    def feed_url(self, obj):
        return self.request.get_full_path()

    def description(self, obj):
        return _("New good practices, webinars, municipality visits and news. Free to reuse under %(licence)s.") % {
            "licence": LICENCE_NAME
        }

    subtitle = description

    def feed_copyright(self, obj):
        return f"{LICENCE_NAME} {LICENCE_URL}"

    def items(self, obj):
        newest = F("first_published_at").desc(nulls_last=True)  # PostgreSQL puts nulls first otherwise
        return obj["pages"].order_by(newest, "-pk").specific()[:ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "summary", "") or item.search_description

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_guid(self, item):
        return item.get_full_url(request=self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at or item.last_published_at or item.latest_revision_created_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item._meta.verbose_name)]

    def __call__(self, request, *args, **kwargs):
        return cache_control(max_age=600, public=True)(super().__call__)(request, *args, **kwargs)


class NewContentAtomFeed(NewContentFeed):
    feed_type = Atom1Feed
