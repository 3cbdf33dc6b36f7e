import pytest

from django.core.management import call_command

from submissions.models import NominationFormPage

pytestmark = pytest.mark.django_db


def test_the_demo_links_a_nomination_form_from_each_home_page(client, django_capture_on_commit_callbacks):
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
    assert forms["sv"].title == "Anmäl en god praxis"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo")  # again: nothing new
    assert NominationFormPage.objects.count() == 3
