"""What makes cached pages stale: published content changing (see ``practices.cache_generation``)."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from practices import cache_generation

# Besides the practices app's own models (terms, places, settings, contacts): who may see a
# page, which sites and which languages there are.
WATCHED = (PageViewRestriction, Site, Locale)


def content_changed(sender, instance=None, **kwargs):
    cache_generation.changed()
    if instance is not None and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_listings(instance)


def purge_listings(page):
    """A CDN in front: Wagtail's frontend cache purges the page itself; purge what lists it
    too (its index and its home page; search answers are never cached)."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch  # noqa: PLC0415 (only when configured)

    batch = PurgeBatch()
    batch.add_pages(page.get_ancestors().filter(depth__gt=1).specific())
    batch.purge()


def model_changed(sender, signal, **kwargs):
    """Any page saved counts, a draft's too: code may write a live page without publishing it
    (synchronised fields written to every translation), and a spare bump costs only a refill."""
    if sender._meta.app_label == "practices" or issubclass(sender, (*WATCHED, Page)):
        cache_generation.changed()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"cache-generation-{signal!r}")
    for signal in (post_save, post_delete):
        signal.connect(model_changed, dispatch_uid=f"cache-generation-model-{id(signal)}")
