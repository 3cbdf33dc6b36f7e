"""The read-only API, Wagtail's API v2 at ``/api/v2/``: pages, images and documents.

Pages are the live, public ones (Wagtail's own rule), with the fields each page type declares
(``practices.api``), filterable by every facet of the registry besides Wagtail's own ``type``,
``locale`` and ``search``. Documents in a collection with a view restriction are never listed.
Every response names the licence.
"""

from rest_framework.filters import BaseFilterBackend

from django.db.models import Q

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, Page

from practices.api import APIFields
from practices.licence import LICENCE_NAME, LICENCE_URL
from practices.vocabularies import PAGE_TYPE_KEYS, facets, filter_pages

MAX_VALUES = 50


def api_facets():
    """The facets the API filters by: all but ``type``, which Wagtail's own parameter covers."""
    return [facet for facet in facets() if facet.kind != "type"]


def selected_facets(data):
    """{param: [values]} from the query string; a parameter may repeat or list values with commas."""
    selected = {}
    for facet in api_facets():
        values = [v.strip() for raw in data.getlist(facet.param) for v in raw.split(",") if v.strip()][:MAX_VALUES]
        if not values:
            continue
        if facet.kind == "number" and not all(v.isdigit() for v in values):
            raise BadRequestError(f"{facet.param} must be a year, such as 2024")
        selected[facet.param] = values
    return selected


class FacetFilter(BaseFilterBackend):
    """AND across facets, OR within one, along the registry's paths (``filter_pages``)."""

    def filter_queryset(self, request, queryset, view):
        selected = selected_facets(request.GET)
        return filter_pages(queryset, selected) if selected else queryset


class LicenceMixin:
    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(getattr(response, "data", None), dict) and isinstance(response.data.get("meta"), dict):
            response.data["meta"]["license"] = {"name": LICENCE_NAME, "url": LICENCE_URL}
        response["Link"] = f'<{LICENCE_URL}>; rel="license"'
        return response


class PagesAPI(LicenceMixin, PagesAPIViewSet):
    filter_backends = [*PagesAPIViewSet.filter_backends[:-1], FacetFilter, PagesAPIViewSet.filter_backends[-1]]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(f.param for f in api_facets())

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model._meta.label in PAGE_TYPE_KEYS:
            queryset = APIFields(queryset.model).prefetch(queryset)
        return queryset

    def paginate_queryset(self, queryset):
        """One page of results, each told its translations (one query for the whole page)."""
        page = super().paginate_queryset(queryset)
        if page is not None and page and queryset.model is not Page:
            keys = {item.translation_key for item in page}
            translations = {}
            others = Page.objects.live().public().filter(translation_key__in=keys).select_related("locale")
            for other in others.only("pk", "title", "translation_key", "locale"):
                translations.setdefault(other.translation_key, []).append(other)
            for item in page:
                item.api_translations = [p for p in translations.get(item.translation_key, []) if p.pk != item.pk]
        return page


class DocumentsAPI(LicenceMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        """Documents outside every restricted collection (and the collections below one)."""
        hidden = Q(pk__in=[])
        for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
            hidden |= Q(collection__path__startswith=path)
        return super().get_queryset().exclude(hidden)


class ImagesAPI(LicenceMixin, ImagesAPIViewSet):
    pass
