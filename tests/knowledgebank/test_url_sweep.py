"""One sweep of every address the project answers, as an anonymous reader.

The addresses are not listed here: every URL pattern the project registers (Django's, Wagtail's,
the admin's, the API's, each app's, in every language) and every route of every routable page is
walked, its parameters filled from the ids, tokens and file names of a seeded demo bank that also
holds what must stay hidden: a draft, a practice's unpublished changes, pages behind a password
and behind a login, their documents, a document in a private collection, and a submission of
every kind. A new URL joins the sweep by itself; a parameter the sweep cannot fill fails it.
"""

import itertools
import re

import pytest

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.urls import Resolver404, URLResolver, get_resolver, resolve
from django.utils import translation
from django.utils.regex_helper import normalize

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Revision

from practices.models import HomePage, PracticeIndexPage, PracticePage, VisitIndexPage
from tests.practices.factories import PracticePageFactory
from tests.submissions.factories import private_values_of_every_submission, submit_one_of_each

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")
# What anonymous readers may open under /admin/: signing in and resetting a forgotten password.
PUBLIC_ADMIN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    # Static assets of the sign-in page: the icon sprite and the JavaScript translation catalogue.
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
# An anonymous reader at any other admin address is sent to sign in or refused.
REFUSED = {302, 400, 401, 403, 404, 405}


def hidden(title, **fields):
    return {"title": title, "summary": f"{title}: tämä ei saa näkyä kenellekään.", **fields}


@pytest.fixture(scope="module")
def bank(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo bank seeded once for the module, with everything that must stay hidden."""
    from django.conf import settings
    from django.test import Client

    media_root, settings.MEDIA_ROOT = settings.MEDIA_ROOT, str(tmp_path_factory.mktemp("media"))
    min_fill, settings.SUBMISSIONS_MIN_FILL_SECONDS = settings.SUBMISSIONS_MIN_FILL_SECONDS, 0
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        cache.clear()
        yield build_hidden_world(Client())
        transaction.set_rollback(True)
    settings.MEDIA_ROOT, settings.SUBMISSIONS_MIN_FILL_SECONDS = media_root, min_fill
    cache.clear()


def build_hidden_world(client):
    home = HomePage.objects.get(locale__language_code="fi")
    practices = PracticeIndexPage.objects.get(locale__language_code="fi")
    visits = VisitIndexPage.objects.get(locale__language_code="fi")
    submit_one_of_each(client, home, visits)

    Document = get_document_model()

    def document(title, collection=None):
        found = Document(title=title, collection=collection or Collection.get_first_root_node())
        found.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(b"%PDF-1.4 " + title.encode()))
        found.save()
        return found

    def protected(title, restriction_type, attachment):
        page = PracticePageFactory(parent=practices, **hidden(title))
        page.attachments = [("document", {"document": attachment, "title": attachment.title})]
        page.save_revision().publish()
        return page, PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password="p4ss")

    behind_password, password_restriction = protected("Salasanasivu Xanadu", "password", document("Salasanaliite"))
    behind_login, _ = protected("Kirjautumissivu Yggdrasil", "login", document("Kirjautumisliite"))
    private_collection = Collection.get_first_root_node().add_child(name="Yksityiset")
    CollectionViewRestriction.objects.create(collection=private_collection, restriction_type="login")
    document("Yksityisliite", private_collection)
    draft = PracticePageFactory(parent=practices, live=False, **hidden("Luonnossivu Zephyros"))
    draft.save_revision()
    changed = PracticePage.objects.live().filter(locale__language_code="fi").first()
    changed.summary = "Julkaisematon muutos Quetzal: tämä ei saa näkyä kenellekään."
    changed.save_revision()

    never_shown = private_values_of_every_submission() | {
        "Salasanasivu Xanadu: tämä",
        "Kirjautumissivu Yggdrasil",
        "Luonnossivu Zephyros",
        "Julkaisematon muutos Quetzal",
        "%PDF-1.4 Salasanaliite",
        "%PDF-1.4 Kirjautumisliite",
        "%PDF-1.4 Yksityisliite",
    }
    ids = {str(pk) for pk in (behind_password.pk, behind_login.pk, draft.pk, changed.pk)}
    ids |= {str(pk) for pk in Revision.objects.filter(object_id__in=ids).values_list("pk", flat=True)}
    ids |= {str(pk) for pk in Document.objects.values_list("pk", flat=True)}
    ids |= {str(password_restriction.pk), str(private_collection.pk), "1"}
    filenames = {doc.filename for doc in Document.objects.all()}
    return {
        "never_shown": never_shown,
        "values": sorted(ids) + sorted(filenames) + ["x", "0", ""],
        "pages": [page.specific for page in Page.objects.filter(depth__gt=1)],
        "hidden_pages": [behind_password, behind_login, draft],
    }


def leaf_patterns():
    """(language, pattern, its whole regex, its parameters' regexes) of every URL the project
    registers, in every language."""
    seen = {}
    for language in LANGUAGES:
        with translation.override(language):
            for pattern, regex, groups in _walk(get_resolver().url_patterns):
                seen.setdefault((id(pattern), regex), (language, pattern, regex, groups))
    return list(seen.values())


def _walk(patterns, prefix="", groups=()):
    for pattern in patterns:
        regex = pattern.pattern.regex.pattern.removeprefix("^")
        found = groups + tuple(_groups(regex))
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + regex, found)
        else:
            yield pattern, prefix + regex, dict(found)


def _groups(regex):
    """(name, regex) of each capturing group, unnamed ones named as Django's ``normalize`` does."""
    found, unnamed, i = [], 0, 0
    while i < len(regex):
        if regex[i] == "\\":
            i += 2
            continue
        if regex[i] != "(" or regex.startswith("(?", i) and not regex.startswith("(?P<", i):
            i += 1
            continue
        if regex.startswith("(?P<", i):
            end = regex.index(">", i)
            name, start = regex[i + 4 : end], end + 1
        else:
            name, start, unnamed = f"_{unnamed}", i + 1, unnamed + 1
        depth, j = 1, start
        while depth:
            if regex[j] == "\\":
                j += 1
            elif regex[j] == "(":
                depth += 1
            elif regex[j] == ")":
                depth -= 1
            j += 1
        found.append((name, regex[start : j - 1]))
        i = j
    return found


def addresses(language, pattern, regex, groups, values):
    """Every address of ``pattern`` its parameters can take from ``values`` (at most 40). A
    pattern that an earlier one of the same address overrides is reached through that one."""
    template, names = normalize(regex)[0]
    choices = [[v for v in values if re.fullmatch(groups.get(name, "[^/]+"), v)] for name in names]
    for combination in itertools.islice(itertools.product(*choices), 40):
        url = "/" + template % dict(zip(names, combination, strict=True))
        with translation.override(language):
            try:
                chain = resolve(url).tried[-1]
            except Resolver404:
                continue
            if chain[-1] is pattern or "".join(p.pattern.regex.pattern.removeprefix("^") for p in chain) == regex:
                yield url


def routes_of_pages(pages, values):
    """Every route of every routable page, its parameters filled the same way."""
    for page in pages:
        if not isinstance(page, RoutablePageMixin) or not page.url:
            continue
        for route in page.get_subpage_urls():
            regex = route.pattern.regex.pattern.removeprefix("^")
            if not regex.removesuffix("$").removesuffix("\\Z"):
                continue  # the page itself
            template, names = normalize(regex)[0]
            groups = dict(_groups(regex))
            choices = [[v for v in values if re.fullmatch(groups.get(name, "[^/]+"), v)] for name in names]
            for combination in itertools.islice(itertools.product(*choices), 10):
                yield page.url + template % dict(zip(names, combination, strict=True))


def body_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def test_the_sweep_reaches_every_registered_pattern(bank):
    """A pattern whose parameters no value of the bank fills would be skipped silently: it fails."""
    unfilled = [leaf[2] for leaf in leaf_patterns() if not any(addresses(*leaf, bank["values"]))]
    assert unfilled == [], "\n".join(["give the sweep a value for the parameters of:", *unfilled])


def test_no_admin_address_opens_to_an_anonymous_reader(client, bank):
    opened = []
    for language, pattern, regex, groups in leaf_patterns():
        if not regex.startswith("admin/"):
            continue
        for url in addresses(language, pattern, regex, groups, bank["values"]):
            for method in (client.get, client.post):
                cache.clear()  # throttled views count anonymous attempts
                response = method(url)
                body = body_of(response)
                if pattern.name in PUBLIC_ADMIN_VIEWS:
                    assert response.status_code in REFUSED | {200}, url
                elif response.status_code not in REFUSED or response.status_code == 302 and "/admin/login/" not in response["Location"]:  # fmt: skip
                    opened.append((method.__name__, url, response.status_code))
                assert not [value for value in bank["never_shown"] if value in body], url
    assert opened == [], opened


def test_no_public_address_shows_anything_hidden(client, bank):
    """Every public pattern in every language, every page (hidden ones too) and every route of a
    routable page, read and posted to: no error, and nothing hidden or private in any answer."""
    urls = set()
    for leaf in leaf_patterns():
        if not leaf[2].startswith("admin/"):
            urls |= set(addresses(*leaf, bank["values"]))
    urls |= {page.url for page in bank["pages"] if page.url}
    urls |= set(routes_of_pages(bank["pages"], bank["values"]))
    assert len(urls) > 200
    for url in sorted(urls):
        for method in (client.get, client.post):
            cache.clear()
            response = method(url)
            assert response.status_code < 500, (method.__name__, url)
            leaked = [value for value in bank["never_shown"] if value in body_of(response)]
            assert leaked == [], (method.__name__, url)


def test_hidden_pages_and_their_documents_stay_shut(client, bank):
    behind_password, behind_login, draft = bank["hidden_pages"]
    assert client.get(draft.url).status_code == 404
    response = client.get(behind_password.url)
    assert response.status_code == 200 and 'type="password"' in body_of(response)
    assert client.get(behind_login.url).status_code == 302
    for document in get_document_model().objects.filter(title__in=["Salasanaliite", "Kirjautumisliite", "Yksityisliite"]):  # fmt: skip
        assert client.get(document.url).status_code in {302, 403}, document.title
    for page in (behind_password, behind_login, draft):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        assert client.get(f"/admin/pages/{page.pk}/edit/preview/").status_code == 302
