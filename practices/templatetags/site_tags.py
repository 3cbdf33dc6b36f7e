"""Site-wide template tags: language links, navigation, the footer pages and page metadata."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

from practices.models import StandardPage
from practices.models.base import live_pages
from practices.vocabularies import search_address_for

register = template.Library()


def _home_for(request):
    """The current language's home page, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if root.locale.language_code == translation.get_language():
        return root
    return root.get_translation_or_none(Locale.get_active())


def route_suffix(request, page):
    """The part of the address past a routable page's own ("cultural-wellbeing/" on a theme's
    landing page), the same in every language; "" elsewhere."""
    if not isinstance(page, RoutablePageMixin) or not getattr(page, "pk", None):
        return ""
    own = page.get_url(request)
    return request.path[len(own) :] if own and request.path.startswith(own) else ""


@register.simple_tag(takes_context=True)
def canonical_address(context, page):
    """The page's full address, a routable page's route included."""
    request = context["request"]
    return request.build_absolute_uri(page.get_url(request) + route_suffix(request, page))


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per content language: the live translation of ``page`` (at the same route of a
    routable page), else that language's home page."""
    request = context["request"]
    suffix = route_suffix(request, page)
    site = Site.find_for_request(request)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for tr in page.get_translations(inclusive=True).live().filter(alias_of__isnull=True).select_related("locale"):
            translations[tr.locale.language_code] = tr
    homes = {}
    if site is not None and len(translations) < len(locales):
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale"):
            homes[home.locale.language_code] = home
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        url = target.get_url(request) + (suffix if code in translations else "")
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "is_translation": code in translations,
                "current": code == translation.get_language(),
            }
        )
    return links


@register.simple_tag(takes_context=True)
def main_navigation(context, page=None):
    """The home page and the sections in the menu; ``current`` marks the section ``page`` is in."""
    home = _home_for(context["request"])
    if home is None:
        return {"home": None, "items": []}
    items = list(home.get_children().live().public().in_menu().specific(defer=True))
    path = getattr(page, "path", "")
    for item in items:
        item.current = bool(path) and path.startswith(item.path)
    return {"home": home, "items": items}


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The plain pages under the home page (about, accessibility statement, privacy notice),
    in the reader's language where translated, else in Finnish (marked with its language)."""
    home = _home_for(context["request"])
    if home is None:
        return []
    default = Locale.get_default()
    source_home = home if home.locale_id == default.pk else home.get_translation_or_none(default)
    if source_home is None:
        return []
    pages = StandardPage.objects.child_of(source_home).live().public().order_by("path")
    return live_pages(list(pages.values_list("pk", flat=True)), home.locale)


@register.filter
def page_type_label(page):
    return page.specific_class._meta.verbose_name if isinstance(page, Page) else ""


# What must not appear raw inside a <script> element (as Django's json_script escapes it).
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
OPEN_GRAPH_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """The page's schema.org JSON-LD in a script element ("" for page types without any)."""
    from practices.metadata import structured_data as build

    data = build(page, context.get("request"), context) if getattr(page, "pk", None) else None
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 (escaped above)


@register.simple_tag
def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


@register.filter
def search_url(obj):
    """The search filtered by a term, tag or place: ``<a href="{{ term|search_url }}">``."""
    return search_address_for(obj)
