"""The retention command removes what people sent about themselves once its period ends, and
nothing else: not too early, not what editors still need, not twice."""

import datetime

import pytest

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from practices.privacy import private_values
from submissions.models import Nomination, NominationAttachment, SparringOffer, SparringRequest, VisitApplication
from submissions.retention import purge
from tests.practices.factories import MunicipalityVisitPageFactory, municipality
from tests.submissions.factories import NominationFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def days_ago(days):
    return NOW - datetime.timedelta(days=days)


def aged(obj, **fields):
    """Backdate ``fields`` (auto_now fields included) of a saved row."""
    type(obj).objects.filter(pk=obj.pk).update(**fields)
    obj.refresh_from_db()
    return obj


@pytest.fixture
def periods(settings):
    settings.SUBMISSIONS_RETENTION_DAYS = 730
    settings.SUBMISSIONS_DECLINED_RETENTION_DAYS = 90


def nomination(status, received_days_ago, changed_days_ago, **fields):
    row = NominationFactory(status=status, submitter_role="Tuottaja", submitter_organisation="Kirjasto", **fields)
    return aged(row, created_at=days_ago(received_days_ago), updated_at=days_ago(changed_days_ago))


def test_declined_and_old_nominations_lose_their_personal_data_and_files(site_tree, periods):
    declined = nomination(Nomination.Status.DECLINED, 200, 100, editor_notes="Soitettu.")
    recent_declined = nomination(Nomination.Status.DECLINED, 200, 30)
    old_accepted = nomination(Nomination.Status.ACCEPTED, 800, 800)
    current = nomination(Nomination.Status.IN_REVIEW, 400, 10)
    attachment = NominationAttachment(nomination=declined, name="raportti.pdf", content_type="application/pdf", size=3)
    attachment.file.save("raportti.pdf", ContentFile(b"pdf"))
    stored = attachment.file.name
    old_token = declined.token

    summary = purge(now=NOW)

    for row in (declined, old_accepted):
        row.refresh_from_db()
        assert row.personal_data_removed_at == NOW
        assert (row.submitter_name, row.submitter_email, row.submitter_role, row.submitter_organisation) == (
            "",
            "",
            "",
            "",
        )
        assert private_values(row) == {row.token}  # only the new random key is left
        assert row.title == "Kulttuurikahvila kirjastossa" and row.record["summary"]  # the practice stays
    assert declined.token != old_token and declined.editor_notes == ""
    assert not NominationAttachment.objects.exists() and not attachment.file.storage.exists(stored)
    for row in (recent_declined, current):
        row.refresh_from_db()
        assert row.personal_data_removed_at is None and row.submitter_email == "maija@example.fi"
    assert summary[str(Nomination._meta.verbose_name_plural)] == 2

    assert sum(purge(now=NOW).values()) == 0  # running again removes nothing more


def test_visit_applications_are_kept_until_long_after_the_visit_cancelled_ones_less(site_tree, periods):
    past = MunicipalityVisitPageFactory(
        parent=site_tree.visits,
        start_date=(NOW - datetime.timedelta(days=800)).date(),
        end_date=(NOW - datetime.timedelta(days=799)).date(),
    )
    soon = MunicipalityVisitPageFactory(
        parent=site_tree.visits,
        start_date=(NOW + datetime.timedelta(days=10)).date(),
        end_date=(NOW + datetime.timedelta(days=11)).date(),
    )
    common = {"job_title": "Kulttuurisihteeri", "locale": site_tree.home.locale, "phone": "040 123"}
    old = VisitApplication.objects.create(
        visit=past,
        municipality=municipality("091"),
        status="accepted",
        name="Vanha Hakija",
        email="vanha@example.fi",
        travel_cost_estimate=120,
        **common,
    )
    cancelled = VisitApplication.objects.create(
        visit=soon,
        municipality=municipality("049"),
        status="cancelled",
        name="Peruja",
        email="peruja@example.fi",
        cancelled_at=days_ago(100),
        **common,
    )
    coming = VisitApplication.objects.create(
        visit=soon,
        municipality=municipality("092"),
        status="accepted",
        name="Tuleva",
        email="tuleva@example.fi",
        **common,
    )

    purge(now=NOW)

    old.refresh_from_db(), cancelled.refresh_from_db(), coming.refresh_from_db()
    assert (old.name, old.email, old.phone, old.travel_cost_estimate) == ("", "", "", None)
    assert old.municipality.code == "091" and old.status == "accepted"  # the visit's statistics stay
    assert cancelled.name == "" and cancelled.personal_data_removed_at == NOW
    assert coming.name == "Tuleva" and coming.personal_data_removed_at is None


def test_dietary_needs_are_removed_as_soon_as_the_visit_is_over(site_tree, periods):
    yesterday = (NOW - datetime.timedelta(days=1)).date()
    over = MunicipalityVisitPageFactory(parent=site_tree.visits, start_date=yesterday, end_date=yesterday)
    application = VisitApplication.objects.create(
        visit=over,
        municipality=municipality("091"),
        status="accepted",
        name="Hakija",
        job_title="x",
        email="h@example.fi",
        dietary_and_access_needs="Keliakia",
        locale=site_tree.home.locale,
    )
    purge(now=NOW)
    application.refresh_from_db()
    assert application.dietary_and_access_needs == "" and application.name == "Hakija"


def test_sparring_requests_and_withdrawn_offers_are_purged_approved_experts_stay(site_tree, periods):
    locale = site_tree.home.locale
    closed = aged(
        SparringRequest.objects.create(
            status="closed",
            municipality=municipality("091"),
            description="Apua",
            name="Pyytäjä",
            job_title="x",
            email="p@example.fi",
            locale=locale,
        ),
        created_at=days_ago(100),
    )
    withdrawn = aged(
        SparringOffer.objects.create(
            status="withdrawn",
            name="Poistunut",
            job_title="x",
            email="w@example.fi",
            description="Osaan",
            locale=locale,
        ),
        created_at=days_ago(100),
    )
    approved = aged(
        SparringOffer.objects.create(
            status="approved",
            publish_consent=True,
            name="Asiantuntija",
            job_title="x",
            email="a@example.fi",
            description="Osaan",
            locale=locale,
        ),
        created_at=days_ago(100),
    )
    call_command("purge_personal_data")
    closed.refresh_from_db(), withdrawn.refresh_from_db(), approved.refresh_from_db()
    assert (closed.name, closed.email, closed.description) == ("", "", "")
    assert (withdrawn.name, withdrawn.email) == ("", "")
    assert approved.name == "Asiantuntija" and approved.personal_data_removed_at is None


def test_a_dry_run_counts_and_removes_nothing(site_tree, periods, capsys):
    declined = nomination(Nomination.Status.SPAM, 200, 100)
    call_command("purge_personal_data", "--dry-run")
    declined.refresh_from_db()
    assert declined.submitter_email == "maija@example.fi"
    assert "1" in capsys.readouterr().out


def test_files_of_a_form_never_sent_are_deleted_after_a_day(site_tree):
    left = NominationAttachment(draft_key="k" * 43, name="luonnos.pdf", content_type="application/pdf", size=3)
    left.file.save("luonnos.pdf", ContentFile(b"pdf"), save=False)
    left.save()
    fresh = NominationAttachment(draft_key="f" * 43, name="uusi.pdf", content_type="application/pdf", size=3)
    fresh.file.save("uusi.pdf", ContentFile(b"pdf"), save=False)
    fresh.save()
    aged(left, created_at=days_ago(2))
    purge(now=NOW)
    assert list(NominationAttachment.objects.values_list("name", flat=True)) == ["uusi.pdf"]
