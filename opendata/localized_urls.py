"""Addresses of the open data inside the language prefix (``/fi/…``): feeds and exports."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from .exports import export
from .feeds import NewContentAtomFeed, NewContentFeed

urlpatterns = [
    path(pgettext_lazy("address", "feed/rss/"), NewContentFeed(), name="feed_rss"),
    path(pgettext_lazy("address", "feed/atom/"), NewContentAtomFeed(), name="feed_atom"),
    path(pgettext_lazy("address", "export/practices.csv"), export, {"fmt": "csv"}, name="export_csv"),
    path(pgettext_lazy("address", "export/practices.json"), export, {"fmt": "json"}, name="export_json"),
]
