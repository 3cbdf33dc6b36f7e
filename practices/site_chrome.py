"""What the base template shows around every page: the main navigation, the footer pages and
the language links, read once per site and language and kept in the cache until content
changes (``practices.cache_generation``), so a page runs no queries for them.

Only plain values (addresses, titles, language codes) are cached, never pages.
"""

from django.conf import settings
from django.utils import translation

from wagtail.models import Page, Site

from practices import cache_generation
from practices.models import StandardPage
from practices.models.base import live_pages, pages


def _link(page, request, **extra):
    return {"url": page.get_url(request), "title": page.title, **extra}


def chrome(request):
    """Navigation, footer and home pages for the request's site in the active language."""
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "items": [], "footer": [], "homes": {}}
    language = translation.get_language()
    return cache_generation.remember(("chrome", site.pk, language), lambda: _build(request, site, language))


def _build(request, site, language):
    homes = {
        home.locale.language_code: home
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }
    home = homes.get(language)
    chrome = {"home": None, "items": [], "footer": [], "homes": {code: h.get_url(request) for code, h in homes.items()}}
    if home is None:
        return chrome
    chrome["home"] = _link(home, request)
    chrome["items"] = [
        _link(item, request, path=item.path)
        for item in pages().child_of(home).live().public().in_menu().specific(defer=True)
    ]
    source_home = homes.get(settings.LANGUAGE_CODE)
    if source_home is not None:
        ids = StandardPage.objects.child_of(source_home).live().public().order_by("path").values_list("pk", flat=True)
        chrome["footer"] = [
            _link(page, request, fallback_language=getattr(page, "fallback_language", None))
            for page in live_pages(list(ids), home.locale)
        ]
    return chrome


def translations(request, page):
    """The addresses of the live translations of ``page`` (itself included), by language code."""
    site = Site.find_for_request(request)

    def build():
        pages = page.get_translations(inclusive=True).live().filter(alias_of__isnull=True).select_related("locale")
        return {tr.locale.language_code: tr.get_url(request) for tr in pages}

    return cache_generation.remember(("translations", site.pk if site else 0, page.translation_key), build)


def language_links(request, page=None, suffix=""):
    """One link per content language: the live translation of ``page`` (``suffix`` added: a
    routable page's route), else that language's home."""
    found = translations(request, page) if isinstance(page, Page) and page.pk else {}
    homes = chrome(request)["homes"]
    current = translation.get_language()
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        url = found[code] + suffix if code in found else homes.get(code)
        if url is None:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "is_translation": code in found,
                "current": code == current,
            }
        )
    return links
