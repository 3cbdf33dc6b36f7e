"""Site-wide template tags: language links, navigation, the footer pages and page metadata."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from practices import cache_generation, site_chrome
from practices.embeds import external_player, safe_link
from practices.vocabularies import search_address_for

register = template.Library()


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
    return site_chrome.language_links(request, page, suffix=route_suffix(request, page))


@register.simple_tag(takes_context=True)
def main_navigation(context, page=None):
    """The home page and the sections in the menu; ``current`` marks the section ``page`` is in."""
    chrome = site_chrome.chrome(context["request"])
    path = getattr(page, "path", "")
    items = [{**item, "current": bool(path) and path.startswith(item["path"])} for item in chrome["items"]]
    return {"home": chrome["home"], "items": items}


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The plain pages under the home page (about, accessibility statement, privacy notice),
    in the reader's language where translated, else in Finnish (marked with its language)."""
    return site_chrome.chrome(context["request"])["footer"]


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
    from practices.models.base import content_moment

    if not getattr(page, "pk", None):
        return ""
    request = context.get("request")

    def render():
        data = build(page, request, context)
        if not data:
            return ""
        text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
        return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 (escaped above)

    if request is None or getattr(request, "is_preview", False):
        return render()
    # The same for every reader of the page at this address until content changes (an event's
    # data also follows the clock: upcoming until it has ended)
    parts = ("json-ld", page.pk, request.scheme, request.get_host(), content_moment())
    return mark_safe(cache_generation.remember(parts, render))  # noqa: S308 (built by format_html)


@register.simple_tag
def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


@register.inclusion_tag("components/external_video.html")
def external_video(url, title):
    """A recording on YouTube or Vimeo: a privacy-friendly player and always a plain link beside it
    (practices.embeds); any other http(s) address gets just the link, anything else nothing."""
    return {"player": external_player(url), "link": safe_link(url), "title": title}


@register.filter
def search_url(obj):
    """The search filtered by a term, tag or place: ``<a href="{{ term|search_url }}">``."""
    return search_address_for(obj)


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, page, parts):
        self.nodelist, self.page, self.parts = nodelist, page, parts

    def render(self, context):
        page = self.page.resolve(context)
        request = context.get("request")
        if not getattr(page, "pk", None) or getattr(request, "is_preview", False):
            return self.nodelist.render(context)  # a preview shows the unsaved form
        parts = [part.resolve(context) for part in self.parts]
        return cache_generation.remember(
            ("fragment", page.pk, translation.get_language(), *parts), lambda: self.nodelist.render(context)
        )


@register.tag
def contentcache(parser, token):
    """``{% contentcache page [extra ...] %}…{% endcontentcache %}``: the enclosed part of a page,
    rendered once per page, language and extra values until content changes. Only for what is the
    same for every reader (no form, nothing of the request or the user); never in a preview."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("contentcache needs the page")
    nodelist = parser.parse(("endcontentcache",))
    parser.delete_first_token()
    return ContentCacheNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]])
