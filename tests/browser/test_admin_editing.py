"""An editor in the Finnish admin, in a real browser: finds Puumala by typing "Puu" in the main
municipality's chooser and in the municipality list's filter box, and reads the translation
editor's heading in Finnish."""

from django.test import Client
from django.urls import reverse

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from practices.demo.site import ensure_site_structure
from practices.models import PracticeIndexPage
from practices.translation import translate_page
from tests.practices import factories


def signed_in(browser, live_server, user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fi"
    profile.save()
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    return context.new_page()


def test_editor_finds_puumala_and_reads_the_translation_editor_in_finnish(
    browser, live_server, transactional_db, django_user_model
):
    factories.reference_data()
    ensure_site_structure()
    index = PracticeIndexPage.objects.get(locale__language_code="fi")
    practice = factories.PracticePageFactory(parent=index, title="Lukupiiri")
    swedish = translate_page(practice, Locale.objects.get(language_code="sv"), {"title": "Läsecirkel"})
    editor = django_user_model.objects.create_superuser("toimittaja", "toimittaja@example.fi", "salasana")
    page = signed_in(browser, live_server, editor)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(live_server.url + reverse("wagtailadmin_pages:add", args=["practices", "practicepage", index.pk]))
    page.get_by_role("tab", name="Luokittelu").click()
    page.get_by_role("button", name="Valitse kunta").click()
    modal = page.locator(".modal-dialog")
    modal.locator("input[name=q]").fill("Puu")
    modal.get_by_role("link", name="Puumala").click()
    page.locator(".modal-dialog").wait_for(state="detached")
    assert page.locator("#id_main_municipality-chooser [data-chooser-title]").inner_text().strip() == "Puumala"

    page.locator("#id_municipalities-filter").fill("puu")
    options = page.locator("#id_municipalities [data-kb-filterable-option]")
    assert options.filter(has_text="Puumala").is_visible()
    assert not options.filter(has_text="Helsinki").is_visible()
    options.filter(has_text="Puumala").get_by_role("checkbox").check()
    assert "Puumala" in page.locator("[data-kb-filterable-names]").first.inner_text()

    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[swedish.pk]))
    heading = page.locator(".js-translation-editor section h3").first
    heading.wait_for()
    page.wait_for_function(
        "!/ translation$/.test(document.querySelector('.js-translation-editor section h3').textContent)"
    )
    assert heading.inner_text().strip() == "Käännös: Suomi → Svenska"
    assert errors == []
