"""Whole pages cached for anonymous readers, always right.

A page is stored only when everything about it is public: a GET without a session cookie (no
signed-in editor, no preview, no password entered for a page), a Wagtail page outside every
private section (``BasePage.serve`` marks it), a 200 that sets no cookie and used no CSRF token
(no form). Keys belong to the content generation (``practices.cache_generation``), so publishing,
unpublishing, moving or deleting any page, a synced translation or changed reference data makes
every cached page stale at once: home pages, indexes and related lists included.

Browsers and CDNs revalidate: ``ETag`` (a hash of the body), ``Last-Modified`` and
``Cache-Control: public, max-age=0, must-revalidate`` with ``s-maxage`` for a shared cache that
Wagtail's frontend-cache invalidation purges (``practices.signals``). Search results are not
cached: every search is recorded for the editors' search report.

Configured by ``PAGE_CACHE_SECONDS`` (0 turns it off) and ``PAGE_CACHE_SHARED_SECONDS``.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, quote_etag

from practices import cache_generation

HEADER = "X-Page-Cache"
MARK = "page_cache_allowed"  # set on the request by a view whose answer anyone may see


def allow(request):
    """Let the page cache keep this request's answer (if the rest of the rules allow)."""
    setattr(request, MARK, True)


def _seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _anonymous(request):
    """No session (editors, entered page passwords, form steps), no pending message, and not
    Wagtail's stand-in request for a preview or a moderator's view (``is_dummy``)."""
    return (
        request.method in ("GET", "HEAD")
        and not getattr(request, "is_dummy", False)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _key(request):
    return cache_generation.key("page", request.get_host(), request.get_full_path())


class PageCacheMiddleware:
    """Place after the authentication and message middleware: what it stores is the answer of
    the view itself, before the language cookie and the like are added to it on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _seconds() or not _anonymous(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if self._storable(request, response):
            self._add_validators(response)
            response[HEADER] = "stored"
            cache.set(key, response, _seconds())
        return response

    @staticmethod
    def _storable(request, response):
        if not getattr(request, MARK, False) or request.method != "GET":
            return False
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_USED"):  # a form: its token is the reader's own
            return False
        control = response.get("Cache-Control", "")
        return not any(word in control for word in ("private", "no-store", "no-cache"))

    @staticmethod
    def _add_validators(response):
        response["ETag"] = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        response["Last-Modified"] = http_date()
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            must_revalidate=True,
            s_maxage=getattr(settings, "PAGE_CACHE_SHARED_SECONDS", 0),
        )
