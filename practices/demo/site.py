"""The site skeleton: a home page per language and the section index pages under each.

Idempotent: existing pages (found by type and locale) are kept as they are. The Swedish and
English pages are managed translations (wagtail-localize), like the rest of the demo.
"""

from wagtail.models import Locale, Page, Site

from practices.builder import text_to_rich_text
from practices.models import (
    BrowsePage,
    HomePage,
    NewsIndexPage,
    PracticeIndexPage,
    VisitIndexPage,
    WebinarIndexPage,
)
from practices.translation import translate_page

HOME_TITLES = {"fi": "Kulttuuria yhteistuumin", "sv": "Kultur tillsammans", "en": "Culture together"}
HOME_INTROS = {
    "fi": "Kuntien kulttuuripalveluiden hyvien käytäntöjen tietopankki: käytännöt, webinaaritallenteet ja kuntavierailut yhdessä paikassa.",
    "sv": "Kunskapsbanken för god praxis inom kommunernas kulturtjänster: praxis, webbinarieinspelningar och kommunbesök på ett ställe.",
    "en": "The knowledge bank of good practices for municipal culture services: practices, webinar recordings and municipality visits in one place.",
}
# (model, {language: (title, slug)})
SECTIONS = [
    (
        PracticeIndexPage,
        {"fi": ("Hyvät käytännöt", "kaytannot"), "sv": ("God praxis", "praxis"), "en": ("Good practices", "practices")},
    ),
    (
        WebinarIndexPage,
        {"fi": ("Webinaarit", "webinaarit"), "sv": ("Webbinarier", "webbinarier"), "en": ("Webinars", "webinars")},
    ),
    (
        VisitIndexPage,
        {
            "fi": ("Kuntavierailut", "kuntavierailut"),
            "sv": ("Kommunbesök", "kommunbesok"),
            "en": ("Municipality visits", "visits"),
        },
    ),
    (NewsIndexPage, {"fi": ("Ajankohtaista", "ajankohtaista"), "sv": ("Aktuellt", "aktuellt"), "en": ("News", "news")}),
]

# The landing pages to browse by: (kind, {language: (title, slug, intro)})
BROWSE_PAGES = [
    (
        BrowsePage.Kind.THEME,
        {
            "fi": ("Teemat", "teemat", "Selaa hyviä käytäntöjä, webinaareja ja kuntavierailuja teemoittain."),
            "sv": ("Teman", "teman", "Bläddra bland god praxis, webbinarier och kommunbesök efter tema."),
            "en": ("Themes", "themes", "Browse good practices, webinars and municipality visits by theme."),
        },
    ),
    (
        BrowsePage.Kind.REGION,
        {
            "fi": ("Maakunnat", "maakunnat", "Selaa hyviä käytäntöjä ja kuntavierailuja maakunnittain."),
            "sv": ("Landskap", "landskap", "Bläddra bland god praxis och kommunbesök efter landskap."),
            "en": ("Regions", "regions", "Browse good practices and municipality visits by region."),
        },
    ),
]


def ensure_site_structure(stdout=None):
    """Create what is missing; returns {language: HomePage}."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    fi = locales["fi"]
    home = HomePage.objects.filter(locale=fi).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title=HOME_TITLES["fi"], slug="etusivu", intro=text_to_rich_text(HOME_INTROS["fi"]), locale=fi
            )
        )
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        old_root = site.root_page if site.pk else None
        site.root_page = home
        site.site_name = HOME_TITLES["fi"]
        site.save()
        if old_root and old_root.pk != home.pk and not old_root.specific_class == HomePage:
            old_root.delete()
    homes = {"fi": home}
    for code in ("sv", "en"):
        homes[code] = HomePage.objects.filter(translation_key=home.translation_key, locale=locales[code]).first()
        if homes[code] is None:
            homes[code] = translate_page(
                home, locales[code], {"title": HOME_TITLES[code], "slug": f"etusivu-{code}", "intro": HOME_INTROS[code]}
            )
    for model, names in SECTIONS:
        source = model.objects.child_of(home).first()
        if source is None:
            title, slug = names["fi"]
            source = home.add_child(instance=model(title=title, slug=slug, locale=fi, show_in_menus=True))
            source.save_revision().publish()
        for code in ("sv", "en"):
            if not model.objects.filter(translation_key=source.translation_key, locale=locales[code]).exists():
                title, slug = names[code]
                translate_page(source, locales[code], {"title": title, "slug": slug})
    for kind, names in BROWSE_PAGES:
        source = BrowsePage.objects.child_of(home).filter(kind=kind).first()
        if source is None:
            title, slug, intro = names["fi"]
            page = BrowsePage(
                title=title, slug=slug, kind=kind, intro=text_to_rich_text(intro), locale=fi, show_in_menus=True
            )
            source = home.add_child(instance=page)
            source.save_revision().publish()
        for code in ("sv", "en"):
            if not BrowsePage.objects.filter(translation_key=source.translation_key, locale=locales[code]).exists():
                title, slug, intro = names[code]
                translate_page(source, locales[code], {"title": title, "slug": slug, "intro": intro})
    return homes


def place_page(loader, homes, model, texts, **fields):
    """The Finnish ``model`` page under the home page, in its menu (made and published if
    missing), and its Swedish and English translations from ``texts``; returns the Finnish page.
    Other apps' parts of the demo place their pages with it."""
    home = homes["fi"]
    source = model.objects.child_of(home).first()
    if source is None:
        fi = texts["fi"]
        source = model(title=fi["title"], slug=fi["slug"], show_in_menus=True, **fields)
        for name in ("intro", "thanks"):
            if name in fi:
                setattr(source, name, text_to_rich_text(fi[name]))
        home.add_child(instance=source)
        source.save_revision(log_action=False).publish(log_action=False, skip_permission_checks=True)
        kind = str(model._meta.verbose_name_plural)
        loader.created[kind] = loader.created.get(kind, 0) + 1
    for code in ("sv", "en"):
        if not source.has_translation(homes[code].locale):
            translate_page(source, homes[code].locale, texts[code])
            loader.created[f"translations ({code})"] = loader.created.get(f"translations ({code})", 0) + 1
    return source
