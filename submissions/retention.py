"""How long what people send about themselves is kept, and its removal.

Declined, duplicate, spam, cancelled, closed and withdrawn submissions keep personal data for
``SUBMISSIONS_DECLINED_RETENTION_DAYS`` after their last change; every other submission for
``SUBMISSIONS_RETENTION_DAYS`` (after the visit, for visit applications). What is removed is
what each model declares private (``practices.privacy``); what remains (the practice described,
the municipality, dates, status) keeps the statistics and the editors' history whole.
Dietary and accessibility needs given for a visit are removed as soon as the visit is over.
Attachments of purged nominations are deleted with their files, and files a form kept for an
attempt that was never sent are deleted after a day.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from practices.privacy import erase_private_values

from .models import Adoption, Nomination, NominationAttachment, SparringOffer, SparringRequest, VisitApplication

ABANDONED_DRAFT_FILES = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Rule:
    model: type
    ended: Q  # rows whose purpose has ended (declined and the like): the shorter period
    ended_since: str  # the date field the shorter period counts from
    kept_since: str  # the date field the longer period counts from


def rules():
    return (
        Rule(
            Nomination,
            Q(status__in=[Nomination.Status.DECLINED, Nomination.Status.DUPLICATE, Nomination.Status.SPAM]),
            "updated_at",
            "created_at",
        ),
        Rule(VisitApplication, Q(status=VisitApplication.Status.CANCELLED), "cancelled_at", "visit__end_date"),
        Rule(
            SparringRequest,
            Q(status__in=[SparringRequest.Status.CLOSED, SparringRequest.Status.SPAM]),
            "created_at",
            "created_at",
        ),
        Rule(
            SparringOffer,
            Q(status__in=[SparringOffer.Status.WITHDRAWN, SparringOffer.Status.SPAM]),
            "created_at",
            "created_at",
        ),
        Rule(
            Adoption,
            Q(status__in=[Adoption.Status.DECLINED, Adoption.Status.SPAM]),
            "created_at",
            "created_at",
        ),
    )


def due(rule, now):
    """The rows of ``rule.model`` whose personal data is due for removal at ``now``."""
    declined_before = now - datetime.timedelta(days=settings.SUBMISSIONS_DECLINED_RETENTION_DAYS)
    kept_before = now - datetime.timedelta(days=settings.SUBMISSIONS_RETENTION_DAYS)
    if rule.kept_since.endswith("_date"):
        kept_before = kept_before.date()
    ended = rule.ended & Q(**{f"{rule.ended_since}__lt": declined_before})
    kept = Q(**{f"{rule.kept_since}__lt": kept_before})
    return rule.model.objects.filter(personal_data_removed_at__isnull=True).filter(ended | kept)


def purge(now=None, dry_run=False, progress=None):
    """Remove the personal data that is due; returns {model's verbose name: rows purged}."""
    now = now or timezone.now()
    summary = {}
    for rule in rules():
        rows = list(due(rule, now))
        if not dry_run:
            with transaction.atomic():
                for n, row in enumerate(rows, start=1):
                    erase_private_values(row)
                    row.personal_data_removed_at = now
                    row.save()
                    if isinstance(row, Nomination):
                        for attachment in row.attachments.all():
                            attachment.delete()
                    if progress:
                        progress(rule.model, n, len(rows))
        summary[str(rule.model._meta.verbose_name_plural)] = len(rows)
    after_visit = VisitApplication.objects.filter(visit__end_date__lt=timezone.localdate(now)).exclude(
        dietary_and_access_needs=""
    )
    summary[str(_("dietary and accessibility needs after the visit"))] = (
        after_visit.count() if dry_run else after_visit.update(dietary_and_access_needs="")
    )
    abandoned = NominationAttachment.objects.filter(nomination__isnull=True, created_at__lt=now - ABANDONED_DRAFT_FILES)
    summary[str(NominationAttachment._meta.verbose_name_plural)] = abandoned.count()
    if not dry_run:
        for attachment in abandoned:
            attachment.delete()
    return summary
