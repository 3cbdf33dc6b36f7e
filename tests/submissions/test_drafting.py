"""An editor turns a nomination into a draft practice in one step: every field carried over, the
two linked both ways, the draft in the moderation workflow, nothing published."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.models import PageLogEntry, WorkflowState

from practices.models import PracticePage
from submissions.models import Nomination
from tests.submissions.factories import NominationFactory, NominationFormPageFactory, nomination_data

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def nomination(site_tree, settings):
    """A nomination as the public form saves it, with an attachment."""
    settings.SUBMISSIONS_NOTIFY_EMAILS = ["toimitus@example.fi"]
    form_page = NominationFormPageFactory(parent=site_tree.home)
    data = nomination_data(title="Kulttuurikahvila <b>kirjastossa</b>", what_did_not_work="Iltaryhmä hiljeni.")
    response = Client().post(form_page.url, {**data, "attachments": SimpleUploadedFile("raportti.pdf", PDF)})
    assert response.status_code == 302
    return Nomination.objects.get()


@pytest.fixture
def editor(client):
    """A member of the Editors group: may add and edit pages, may not publish."""
    user = get_user_model().objects.create_user("toimittaja", "toimittaja@example.fi", "salasana")
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(*Permission.objects.filter(codename__in=["change_nomination", "view_nomination"]))
    client.force_login(user)
    return user


def test_the_nomination_becomes_a_draft_with_every_field_in_moderation(client, editor, nomination):
    edit = client.get(reverse("nominations:edit", args=[nomination.pk])).content.decode()
    draft_url = reverse("nominations:draft", args=[nomination.pk])
    assert draft_url in edit  # the action is offered on the nomination

    assert client.get(draft_url).status_code == 200  # asks to confirm first
    assert not PracticePage.objects.exists()
    response = client.post(draft_url)

    page = PracticePage.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    draft = page.get_latest_revision_as_object()
    assert not page.live and page.title == "Kulttuurikahvila <b>kirjastossa</b>"
    assert draft.summary == nomination.record["summary"]
    assert "<p>Yksinäisyys lisääntyi.</p><p>Kirjasto halusi auttaa.</p>" == draft.background
    assert "Iltaryhmä hiljeni." in draft.what_did_not_work
    assert {m.code for m in draft.municipalities.all()} == {"091", "049"} and draft.main_municipality.code == "091"
    assert [t.slug for t in draft.themes.all()] == ["cooperation"]
    assert [t.slug for t in draft.target_groups.all()] == ["older-people"]
    assert sorted(t.name for t in draft.tags.all()) == ["kahvila", "lukupiiri"]
    assert (draft.start_year, draft.reach, draft.cost_level, draft.status) == (2021, 300, "small", "active")
    [contact] = draft.contacts.all()
    assert (contact.name, contact.email, contact.publish_consent) == ("Maija Meikäläinen", "maija@example.fi", True)
    assert draft.review_owner_email == "maija@example.fi"
    [block] = draft.attachments
    document = block.value["document"]
    assert document.file.read() == PDF and document.collection.get_view_restrictions().exists()

    nomination.refresh_from_db()
    assert nomination.practice_id == page.pk and nomination.status == Nomination.Status.ACCEPTED
    header = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert reverse("nominations:edit", args=[nomination.pk]) in header  # and back again

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == editor
    assert state.current_task_state.task.name == "Moderaattorien hyväksyntä"
    actions = set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))
    assert {"wagtail.create", "wagtail.edit", "wagtail.workflow.start"} <= actions
    assert "wagtail.publish" not in actions


def test_a_moderator_approves_the_draft_and_the_submitter_sees_it_published(client, editor, nomination):
    client.post(reverse("nominations:draft", args=[nomination.pk]))
    page = PracticePage.objects.get()
    moderator = get_user_model().objects.create_superuser("moderaattori", "mod@example.fi", "salasana")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
    nomination.refresh_from_db()
    assert nomination.public_status[0] == "published"


def test_a_second_press_does_not_make_a_second_page(client, editor, nomination):
    draft_url = reverse("nominations:draft", args=[nomination.pk])
    client.post(draft_url)
    response = client.post(draft_url)
    assert PracticePage.objects.count() == 1
    assert response.status_code == 302  # straight to the page that exists


def test_a_nomination_that_no_longer_validates_says_why_and_makes_nothing(client, editor, site_tree):
    nomination = NominationFactory(
        record={"title": "Vanha", "summary": "Vanha ilmoitus.", "municipalities": ["091"], "themes": ["poistettu"]}
    )
    response = client.post(reverse("nominations:draft", args=[nomination.pk]), follow=True)
    assert not PracticePage.objects.exists()
    assert "poistettu" in response.content.decode()


def test_spam_cannot_be_drafted(client, editor, site_tree):
    nomination = NominationFactory(
        status=Nomination.Status.SPAM, record={"title": "x", "summary": "x", "municipalities": ["091"]}
    )
    response = client.post(reverse("nominations:draft", args=[nomination.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")  # permission denied
    assert not PracticePage.objects.exists()
