"""The admin speaks the editor's language: no Wagtail or wagtail-localize string left in English
on the page editor, the translation editor or the dashboard, in Finnish and in Swedish.

Wagtail's own catalogues miss strings; the project's ``locale/`` supplies them (it takes
precedence over the apps' catalogues). The test reads every source string of Wagtail and
wagtail-localize (their English catalogues), keeps those still untranslated in the language,
and looks for them in what the editor sees: text, labels, titles and button values.
"""

import html
import html.parser
import json
import re
from functools import cache
from pathlib import Path

import polib
import pytest

from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

import wagtail
import wagtail_localize
from wagtail.models import Locale, Workflow
from wagtail.test.utils.form_data import nested_form_data
from wagtail.users.models import UserProfile

from practices.demo.site import ensure_site_structure
from practices.models import PracticeIndexPage
from practices.translation import translate_page
from tests.practices import factories
from tests.practices.test_admin import practice_fields

pytestmark = pytest.mark.django_db

PACKAGES = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
SEEN_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "data-w-progress-active-value", "label"}
# Not sentences an editor reads as English (names, units, symbols).
NOT_ENGLISH = {"Wagtail", "OK", "URL", "ID", "Email", "HTML", "PO", "ms"}
# The same word in the language (Swedish "status", "filter").
SAME_WORD = {"fi": set(), "sv": {"Status", "status", "Filter"}}
# What the JavaScript writes into these pages (it is not in the HTML the server sends).
JAVASCRIPT_STRINGS = [
    "Publish in ",
    "Stop Synced translation",
    "Stopping Synced translation",
    "Translate",
    "Saving...",
    "Autosave in progress…",
    "Changes have been autosaved.",
    "A network error occurred.",
]
# What the views say in messages and in the autosave's answer.
VIEW_MESSAGES = [
    "There are validation errors, click save to highlight them.",
    "The page could not be created due to validation errors.",
    "The page could not be saved due to validation errors.",
    "Publish in %(locale)s",
    "Translation of %(instance)s into %(locale)s",
]


@cache
def source_strings(domain):
    """{msgid: plural msgid or ""} of Wagtail's and wagtail-localize's catalogues in ``domain``."""
    found = {}
    for package in PACKAGES:
        for path in package.glob(f"**/locale/en/LC_MESSAGES/{domain}.po"):
            found |= {e.msgid: e.msgid_plural for e in polib.pofile(str(path)) if not e.obsolete and not e.msgctxt}
    return {m: p for m, p in found.items() if m not in NOT_ENGLISH}


def untranslated(language, domain="django"):
    if domain == "django":
        catalogue = translation
        with translation.override(language):
            return {m for m, p in source_strings(domain).items() if _same(catalogue, m, p)}
    catalogue = DjangoTranslation(language, domain=domain)  # as the JavaScript catalogue views read it
    return {m for m, p in source_strings(domain).items() if _same(catalogue, m, p)}


def _same(catalogue, msgid, plural):
    if plural:
        return catalogue.ngettext(msgid, plural, 1) == msgid
    return catalogue.gettext(msgid) == msgid


class SeenText(html.parser.HTMLParser):
    """What an editor reads: text outside scripts and styles, and the attributes they are shown."""

    def __init__(self):
        super().__init__()
        self.texts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        attrs = dict(attrs)
        self.texts += [value for name, value in attrs.items() if name in SEEN_ATTRIBUTES and value]
        if tag == "button" or attrs.get("type") == "submit":
            self.texts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip:
            self.texts.append(data)


def pattern(msgid):
    """A msgid as a regular expression: its placeholders match any text."""
    parts = re.split(r"%\(\w+\)[sd]|%[sd]|\{\w+\}", " ".join(msgid.split()))
    return re.compile(r"(?:^|\W)" + r".+?".join(re.escape(p) for p in parts) + r"(?:$|\W)")


def words(msgid):
    return re.sub(r"%\(\w+\)[sd]|%[sd]|\{\w+\}", "", msgid)


def english_in(content, language):
    parser = SeenText()
    parser.feed(content.decode() if isinstance(content, bytes) else content)
    text = "\n".join(" ".join(t.split()) for t in parser.texts if t.strip())
    candidates = [m for m in untranslated(language) - SAME_WORD[language] if re.search("[a-z]{3}", words(m))]
    return sorted(m for m in candidates if pattern(m).search(text))


@pytest.fixture
def editor(client, django_user_model, settings):
    user = django_user_model.objects.create_superuser("toimittaja", "toimittaja@example.fi", "salasana")
    client.force_login(user)

    def speaking(language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return client

    return speaking


@pytest.fixture
def pages(db, django_capture_on_commit_callbacks):
    homes = ensure_site_structure()
    fi, sv = (Locale.objects.get(language_code=c) for c in ("fi", "sv"))
    index = PracticeIndexPage.objects.get(locale=fi)
    practice = factories.PracticePageFactory(parent=index, title="Lukupiiri")
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(practice, sv, {"title": "Läsecirkel"})
    return {"homes": homes, "index": index, "practice": practice, "sv": sv}


def admin_views(pages):
    practice = pages["practice"]
    swedish = practice.get_translation(pages["sv"])
    return {
        "page editor": reverse("wagtailadmin_pages:edit", args=[practice.pk]),
        "new page": reverse("wagtailadmin_pages:add", args=["practices", "practicepage", pages["index"].pk]),
        "translation editor": reverse("wagtailadmin_pages:edit", args=[swedish.pk]),
        "translate": reverse("wagtail_localize:submit_page_translation", args=[practice.pk]),
        "dashboard": reverse("wagtailadmin_home"),
    }


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_on_the_editors_pages(editor, pages, language):
    client = editor(language)
    english = {}
    for name, url in admin_views(pages).items():
        response = client.get(url)
        assert response.status_code == 200, name
        if found := english_in(response.content, language):
            english[name] = found
    assert not english, f"English in the {language} admin: {english}"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_after_a_failed_save(editor, pages, language):
    url = admin_views(pages)["new page"]
    data = nested_form_data({**practice_fields(summary=""), "action-publish": "publish"})
    response = editor(language).post(url, data)
    assert response.status_code == 200
    assert english_in(response.content, language) == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_what_the_javascript_writes_is_translated(language):
    missing = untranslated(language, "djangojs")
    assert sorted(set(JAVASCRIPT_STRINGS) & missing) == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_messages_of_the_editor_views_are_translated(language):
    with translation.override(language):
        assert [m for m in VIEW_MESSAGES if translation.gettext(m) == m] == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_languages_menu_and_the_workflow_read_well(editor, pages, language):
    client = editor(language)
    with translation.override(language):
        assert translation.gettext("Locales") in {"fi": ["Kielet"], "sv": ["Språk"]}[language]
    workflow = Workflow.objects.get(active=True, workflow_pages__page__depth=1)
    assert workflow.name == "Moderaattorien hyväksyntä"
    response = client.get(admin_views(pages)["page editor"])
    assert b"Moderators approval" not in response.content


def test_the_slug_is_translated_on_the_content_tab(editor, pages):
    """A translator sees the slug beside the title, not behind the Promote tab."""
    swedish = pages["practice"].get_translation(pages["sv"])
    response = editor("sv").get(reverse("wagtailadmin_pages:edit", args=[swedish.pk]))
    props = json.loads(re.search(r'data-props="([^"]*)"', response.content.decode()).group(1).replace("&quot;", '"'))
    tabs = {segment["location"]["field"]: segment["location"]["tab"] for segment in props["segments"]}
    assert tabs["Slugg"] == tabs["Titel"] == props["tabs"][0]["slug"]


def test_the_slug_is_under_the_title_in_the_page_editor(editor, pages):
    response = editor("fi").get(admin_views(pages)["page editor"])
    content = response.content.decode()
    content_tab = content[content.index('id="tab-sisalto"') : content.index('id="tab-luokittelu"')]
    assert 'name="slug"' in content_tab


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_translation_editors_heading_is_translated(editor, pages, language):
    """wagtail-localize writes "Suomi to Svenska translation" without gettext: the project's script
    rewrites it from the project's JavaScript catalogue."""
    swedish = pages["practice"].get_translation(pages["sv"])
    response = editor(language).get(reverse("wagtailadmin_pages:edit", args=[swedish.pk]))
    assert b"js/admin-translation-editor.js" in response.content
    catalogue = DjangoTranslation(language, domain="djangojs")
    for msgid in ("%(source)s to %(target)s translation", "More actions"):
        assert catalogue.gettext(msgid) != msgid


def test_languages_are_called_languages_not_region_settings():
    """Wagtail's Finnish calls a locale "maa-asetusto" (a country setting); the project says "kieli"."""
    with translation.override("fi"):
        wrong = [m for m, p in source_strings("django").items() if "aa-asetusto" in _translated(m, p)]
    with translation.override("sv"):
        wrong += [m for m in ("Locale", "locale") if "plats" in translation.gettext(m).lower()]
    assert wrong == []


def _translated(msgid, plural):
    return translation.ngettext(msgid, plural, 1) if plural else translation.gettext(msgid)


def test_a_translation_takes_its_slug_from_its_translated_title(pages):
    swedish = pages["practice"].get_translation(pages["sv"])
    assert swedish.slug == "lasecirkel"
    assert pages["practice"].slug != swedish.slug


def test_a_published_translation_keeps_its_address(pages, django_capture_on_commit_callbacks):
    swedish = pages["practice"].get_translation(pages["sv"])
    swedish.slug = pages["practice"].slug  # as the translator chose, and published
    swedish.save()
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(pages["practice"], pages["sv"], {"title": "Läsecirklar"})
    swedish.refresh_from_db()
    assert swedish.slug == pages["practice"].slug
