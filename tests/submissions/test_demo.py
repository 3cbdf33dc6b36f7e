"""The demo site in every language: the nomination form and an upcoming visit that takes
applications, each reached from the home page, each linking the privacy notice in its language."""

import re

import pytest

from django.core.management import call_command

from practices.models import MunicipalityVisitPage
from submissions.models import FormSettings, NominationFormPage

pytestmark = pytest.mark.django_db


def test_the_demo_links_its_forms_from_each_home_page(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo")
    forms = {page.locale.language_code: page for page in NominationFormPage.objects.live()}
    assert set(forms) == {"fi", "sv", "en"}
    for code, form in forms.items():
        home = client.get(f"/{code}/").content.decode()
        assert f'href="{form.url}"' in home
        page = client.get(form.url).content.decode()
        notice = form.privacy_notice.get_translation(form.locale)  # the notice in the form's language
        assert 'name="csrfmiddlewaretoken"' in page and f'href="{notice.url}"' in page
    assert forms["sv"].title == "Nominera en god praxis"

    open_visits = [v for v in MunicipalityVisitPage.objects.live() if v.applications_open]
    assert {v.locale.language_code for v in open_visits} == {"fi", "sv", "en"}
    for visit in open_visits:
        code = visit.locale.language_code
        assert f'href="{visit.url}"' in client.get(f"/{code}/").content.decode()
        apply_url = re.search(rf'class="button" href="(/{code}/[^"]+/\d+/)"', client.get(visit.url).content.decode())
        page = client.get(apply_url.group(1)).content.decode()
        notice = FormSettings.load().privacy_notice.get_translation(visit.locale)
        assert 'name="municipality"' in page and f'href="{notice.url}"' in page

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo")  # again: nothing new
    assert NominationFormPage.objects.count() == 3
