from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import pgettext_lazy

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from practices import throttling
from practices.sitemap import AllLanguagesSitemap
from search import views as search_views

from . import views

urlpatterns = [
    # Wagtail's view, throttled; under Wagtail's name, so reverse() finds this one first
    path("admin/password_reset/", throttling.password_reset, name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("opendata.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(pgettext_lazy("address", "search/"), search_views.search, name="search"),
    path("search/", search_views.old_search),
    path("suggest/", search_views.suggest, name="search_suggest"),
    path("", include("submissions.urls")),
    path("", include("currency.urls")),
    path("", include("opendata.localized_urls")),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttling.authenticate_with_password,  # Wagtail's view, throttled
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
