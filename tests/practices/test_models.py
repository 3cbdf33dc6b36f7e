import datetime

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import Page

from practices import models
from tests.practices import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (models.PracticeIndexPage, models.HomePage),
        (models.WebinarIndexPage, models.HomePage),
        (models.VisitIndexPage, models.HomePage),
        (models.NewsIndexPage, models.HomePage),
        (models.StandardPage, models.HomePage),
        (models.StandardPage, models.StandardPage),
    ],
)
def test_sections_belong_under_the_home_page(child, parent):
    assert child in parent.allowed_subpage_models()
    assert parent in child.allowed_parent_page_models()


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (models.PracticePage, models.PracticeIndexPage),
        (models.WebinarPage, models.WebinarIndexPage),
        (models.MunicipalityVisitPage, models.VisitIndexPage),
        (models.NewsPage, models.NewsIndexPage),
    ],
)
def test_content_pages_only_go_under_their_own_index(child, parent):
    assert child.allowed_parent_page_models() == [parent]
    assert child.allowed_subpage_models() == []


@pytest.mark.parametrize(
    ("child", "wrong_parent"),
    [
        (models.PracticePage, models.HomePage),
        (models.PracticePage, models.WebinarIndexPage),
        (models.WebinarPage, models.PracticeIndexPage),
        (models.NewsPage, models.HomePage),
        (models.HomePage, models.HomePage),
    ],
)
def test_pages_cannot_be_placed_where_they_make_no_sense(child, wrong_parent):
    assert child not in wrong_parent.allowed_subpage_models()


def test_only_one_index_of_each_kind_per_home_page(site_tree):
    assert not models.PracticeIndexPage.can_create_at(site_tree.home)
    assert models.StandardPage.can_create_at(site_tree.home)


def test_home_page_can_be_created_at_the_root(site_tree):
    assert models.HomePage.can_create_at(Page.get_first_root_node())


def test_practice_derives_regions_and_counties_from_its_municipalities(site_tree):
    practice = factories.PracticePageFactory(
        parent=site_tree.practices,
        municipalities=[factories.municipality("049"), factories.municipality("091"), factories.municipality("092")],
    )
    places = practice.places()
    assert [m.name_fi for m in places["municipalities"]] == ["Espoo", "Helsinki", "Vantaa"]
    assert [r.name_fi for r in places["regions"]] == ["Uusimaa"]
    assert {c.name_fi for c in places["counties"]} == {
        "Länsi-Uudenmaan hyvinvointialue",
        "Helsingin kaupunki",
        "Vantaan ja Keravan hyvinvointialue",
    }


def test_end_year_before_start_year_is_rejected(site_tree):
    practice = factories.PracticePageFactory(parent=site_tree.practices)
    practice.start_year, practice.end_year = 2024, 2020
    with pytest.raises(ValidationError) as error:
        practice.full_clean()
    assert "end_year" in error.value.message_dict


def test_visit_cannot_end_before_it_starts(site_tree):
    visit = factories.MunicipalityVisitPageFactory(parent=site_tree.visits)
    visit.end_date = visit.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        visit.full_clean()
    assert "end_date" in error.value.message_dict


def test_sections_skip_empty_texts_and_keep_reading_order(site_tree):
    practice = factories.PracticePageFactory(parent=site_tree.practices, lessons_learned="<p>Aloita pienesti.</p>")
    assert [name for name, _heading, _html in practice.sections()] == ["background", "how_it_works", "lessons_learned"]


def test_webinar_becomes_an_archive_entry_after_it_ends(site_tree):
    from django.utils import timezone

    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, starts_at=timezone.now() + datetime.timedelta(days=3)
    )
    assert webinar.is_upcoming
    webinar.starts_at = timezone.now() - datetime.timedelta(hours=2)
    webinar.duration_minutes = 60
    assert not webinar.is_upcoming


def test_visit_applications_close_after_the_deadline(site_tree):
    from django.utils import timezone

    today = timezone.localdate()
    visit = factories.MunicipalityVisitPageFactory(
        parent=site_tree.visits,
        start_date=today + datetime.timedelta(days=30),
        end_date=today + datetime.timedelta(days=31),
        application_deadline=today + datetime.timedelta(days=10),
    )
    assert visit.applications_open
    visit.application_deadline = today - datetime.timedelta(days=1)
    assert visit.is_upcoming and not visit.applications_open
