"""The reader's language: Django's locale middleware, minus one redirect, and a remembered choice.

Remember the reader's language: the language of the last page read is stored in the cookie.

With ``i18n_patterns`` the language comes from the URL prefix; the cookie makes ``/`` (and
any unprefixed link) lead back to the language the reader chose in the switcher.
"""

from django.conf import settings
from django.http.request import split_domain_port
from django.middleware import locale
from django.urls import is_valid_path
from django.utils import translation
from django.utils.cache import patch_vary_headers

from wagtail.models import Site

from practices import cache_generation


class RememberLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        response = self.get_response(request)
        language = translation.get_language_from_path(request.path_info)
        if language in self.codes and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE or 365 * 24 * 3600,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
            )
        return response


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that an address outside the language trees whose own view answered 404
    (the API's ``/api/v2/pages/<id>/`` of a draft, say) stays a 404: Django would redirect it to
    ``/fi/api/…``, which the page tree's catch-all makes look valid."""

    def process_response(self, request, response):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        if (
            response.status_code == 404
            and not translation.get_language_from_path(request.path_info)
            and is_valid_path(request.path_info, urlconf)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class CachedSiteMiddleware:
    """The Wagtail site of the request (with its root page) from the cache until content
    changes, instead of a query on every request: Wagtail reads it from ``request._wagtail_site``
    (``Site.find_for_request``). Place after CommonMiddleware, which refuses unknown hosts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host, port = split_domain_port(request._get_raw_host())[0], request.get_port()
        request._wagtail_site = cache_generation.remember(("site", host, port), lambda: _find_site(request))
        return self.get_response(request)


def _find_site(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific  # fetched now, so it is cached with the site
    return site
