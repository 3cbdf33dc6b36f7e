"""Keep the index true to what was published.

Wagtail indexes a page from ``post_save``, which runs before a clustered page writes its
many-to-many relations and child rows (themes, municipalities, tags): the index would hold the
previous terms and facet values until the next save. Once publishing has written everything,
``page_published`` indexes the page again.

Facet labels are cached; a change to a term, a place or a tag forgets them. Search answers are
cached by content generation (``search.views.answer``); editors' promoted results are part of
them, so changing one starts a new generation.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search import index
from wagtail.signals import page_published

from practices import cache_generation

from .facets import forget_labels, labelled_models, page_models


def reindex_published_page(sender, instance, indexed=False, **kwargs):
    """``indexed``: a batch load (``practices.builder``) has indexed the page in bulk already."""
    if not indexed:
        index.insert_or_update_object(instance)


def promotions_changed(sender, **kwargs):
    cache_generation.changed()


def connect():
    for signal in (post_save, post_delete):
        signal.connect(promotions_changed, sender=SearchPromotion, dispatch_uid=f"kbsearch-promotions-{id(signal)}")
    for model in labelled_models():  # facet labels are cached (``facets.named_values``)
        for signal in (post_save, post_delete):
            signal.connect(forget_labels, sender=model, dispatch_uid=f"kbsearch-labels-{model._meta.label}")
    for model in page_models():
        page_published.connect(
            reindex_published_page, sender=model, dispatch_uid=f"kbsearch-reindex-{model._meta.label}"
        )
