"""Editors can create every page type in the admin, in the place the tree allows."""

import pytest

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practices import models
from tests.practices import factories

pytestmark = pytest.mark.django_db


def add_url(model, parent):
    return f"/admin/pages/add/practices/{model._meta.model_name}/{parent.pk}/"


@pytest.mark.parametrize(
    ("model", "parent_attr"),
    [
        (models.PracticePage, "practices"),
        (models.WebinarPage, "webinars"),
        (models.MunicipalityVisitPage, "visits"),
        (models.NewsPage, "news"),
        (models.StandardPage, "home"),
    ],
)
def test_editor_sees_the_add_form_in_tabs(admin_client, site_tree, model, parent_attr):
    response = admin_client.get(add_url(model, getattr(site_tree, parent_attr)))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="tablist"' in html


def test_admin_help_texts_are_in_finnish(admin_client, site_tree):
    html = admin_client.get(
        add_url(models.PracticePage, site_tree.practices), HTTP_ACCEPT_LANGUAGE="fi"
    ).content.decode()
    assert "Yksi tai kaksi selkeää virkettä" in html
    assert "Luokittelu" in html  # the Classification tab


def test_municipality_choices_are_grouped_by_region(admin_client, site_tree):
    for model, parent in ((models.PracticePage, site_tree.practices), (models.MunicipalityVisitPage, site_tree.visits)):
        html = admin_client.get(add_url(model, parent)).content.decode()
        assert '<optgroup label="Uusimaa">' in html and '<optgroup label="Lappi">' in html


def post_page(admin_client, model, parent, fields, multi=None):
    """Create a page through the admin's add view, publishing it; returns the response."""
    data = nested_form_data({**fields, "action-publish": "publish"})
    data |= multi or {}
    return admin_client.post(add_url(model, parent), data)


def assert_created(response, model, slug):
    if response.status_code != 302:
        raise AssertionError(dict(response.context["form"].errors.items()))
    page = model.objects.get(slug=slug)
    assert page.live
    return page


def test_editor_creates_a_webinar(admin_client, site_tree):
    response = post_page(
        admin_client,
        models.WebinarPage,
        site_tree.webinars,
        {
            "title": "Kulttuurihyvinvointi hyvinvointialueella",
            "slug": "kulttuurihyvinvointi-webinaari",
            "summary": "Miten kunta ja hyvinvointialue tekevät yhteistyötä?",
            "starts_at": "2026-12-10 13:00",
            "duration_minutes": 90,
            "description": rich_text("Webinaari on maksuton."),
            "speakers": streamfield([("speaker", {"name": "Puhuja", "title": "", "organisation": ""})]),
            "registration_url": "https://www.example.fi/ilmoittaudu",
            "video_url": "",
            "captions_language": "fi",
            "transcript": rich_text(""),
            "chapters": streamfield([("chapter", {"start": "05:30", "title": "Avaus"})]),
            "materials": streamfield([]),
            "tags": "",
            "related_practice_links": inline_formset([]),
        },
    )
    page = assert_created(response, models.WebinarPage, "kulttuurihyvinvointi-webinaari")
    assert page.chapters[0].value["start"] == "05:30"


def test_editor_creates_a_municipality_visit(admin_client, site_tree):
    response = post_page(
        admin_client,
        models.MunicipalityVisitPage,
        site_tree.visits,
        {
            "title": "Kuntavierailu Sastamalaan",
            "slug": "kuntavierailu-sastamala",
            "summary": "Yhdistysyhteistyötä kylätaloilla.",
            "host_municipality": factories.municipality("790").pk,
            "start_date": "2027-03-10",
            "end_date": "2027-03-11",
            "place": "Sastamalan kaupungintalo",
            "body": rich_text(""),
            "key_learnings": rich_text(""),
            "workshop_outputs": rich_text(""),
            "photos": streamfield([]),
            "programme": streamfield(
                [("item", {"day": 1, "time": "09:00", "title": "Aloitus", "description": "", "kind": "other"})]
            ),
            "facilitator": "",
            "practice_links": inline_formset([]),
            "capacity": 16,
            "application_deadline": "2027-02-10",
        },
    )
    page = assert_created(response, models.MunicipalityVisitPage, "kuntavierailu-sastamala")
    assert page.host_municipality.name_fi == "Sastamala" and page.capacity == 16


def test_editor_creates_news_and_a_standard_page(admin_client, site_tree):
    response = post_page(
        admin_client,
        models.NewsPage,
        site_tree.news,
        {
            "title": "Lomake avattiin",
            "slug": "lomake-avattiin",
            "date": "2026-11-20",
            "intro": "Kunnat voivat nyt ehdottaa käytäntöjä.",
            "body": streamfield([]),
            "tags": "lomake",
        },
    )
    assert_created(response, models.NewsPage, "lomake-avattiin")
    response = post_page(
        admin_client,
        models.StandardPage,
        site_tree.home,
        {
            "title": "Saavutettavuusseloste",
            "slug": "saavutettavuusseloste",
            "intro": "",
            "body": streamfield([]),
        },
    )
    assert_created(response, models.StandardPage, "saavutettavuusseloste")


def test_editor_can_open_the_translate_view(admin_client, site_tree):
    practice = factories.PracticePageFactory(parent=site_tree.practices)
    response = admin_client.get(f"/admin/localize/submit/page/{practice.pk}/")
    assert response.status_code == 200


def test_editor_cannot_add_a_practice_under_the_home_page(admin_client, site_tree):
    response = admin_client.get(add_url(models.PracticePage, site_tree.home))
    assert response.status_code in (302, 403)


def practice_fields(**overrides):
    """A complete practice form as the admin posts it; ``overrides`` replace single fields."""
    return {
        "title": "Nuorten kulttuuriraati",
        "slug": "nuorten-kulttuuriraati",
        "summary": "Nuoret päättävät osasta kulttuuribudjettia.",
        **{name: rich_text("") for name, _h in models.PracticePage.SECTIONS},
        "body": streamfield([]),
        "scope": "local",
        "tags": "",
        "status": "active",
        "evidence_level": "described",
        "cost_level": "none",
        "review_interval_months": 12,
        "contacts": inline_formset([]),
        "links": streamfield([]),
        "attachments": streamfield([]),
        "related_links": inline_formset([]),
        **overrides,
    }


def test_editor_creates_and_publishes_a_practice(admin_client, site_tree):
    theme = factories.term(models.Theme, "participation")
    contact = {"name": "Testi Henkilö", "title": "", "organisation": "", "email": "t@example.fi", "phone": ""}
    fields = practice_fields(
        background=rich_text("Nuoret puuttuivat kulttuurisuunnittelusta."),
        tags="nuoret, osallisuus",
        contacts=inline_formset([{**contact, "publish_consent": True}]),
    )
    # multi-value fields go in as lists, outside nested_form_data's flattening
    multi = {"municipalities": [factories.municipality("179").pk], "themes": [theme.pk]}
    response = post_page(admin_client, models.PracticePage, site_tree.practices, fields, multi)
    page = assert_created(response, models.PracticePage, "nuorten-kulttuuriraati")
    assert list(page.themes.all()) == [theme]
    assert page.municipalities.get().name_fi == "Jyväskylä"
    assert page.contacts.get().name == "Testi Henkilö"
    assert sorted(page.tags.names()) == ["nuoret", "osallisuus"]


def test_editor_gets_errors_and_keeps_input_on_bad_data(admin_client, site_tree):
    fields = practice_fields(
        title="Keskeneräinen käytäntö", slug="keskenerainen", summary="", start_year=2024, end_year=2020
    )
    response = post_page(admin_client, models.PracticePage, site_tree.practices, fields)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"summary", "municipalities", "end_year"} <= set(errors)
    assert "Keskeneräinen käytäntö" in response.content.decode()
    assert not models.PracticePage.objects.filter(slug="keskenerainen").exists()


def test_vocabularies_and_municipalities_are_listed_in_the_admin(admin_client, site_tree):
    assert admin_client.get("/admin/snippets/practices/theme/").status_code == 200
    response = admin_client.get("/admin/snippets/practices/municipality/", {"q": "Kempele"})
    assert response.status_code == 200 and "Kempele" in response.content.decode()
