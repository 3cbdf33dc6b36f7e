"""Machine-readable addresses outside the language prefix: the API, the DCAT-AP catalogue and robots.txt."""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter

from .api import DocumentsAPI, ImagesAPI, PagesAPI
from .catalogue import catalogue_view
from .views import robots_txt

api = WagtailAPIRouter("wagtailapi")
api.register_endpoint("pages", PagesAPI)
api.register_endpoint("images", ImagesAPI)
api.register_endpoint("documents", DocumentsAPI)

urlpatterns = [
    path("api/v2/", api.urls),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("catalog.jsonld", catalogue_view, name="dcat_catalogue"),
]
