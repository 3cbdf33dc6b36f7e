"""Which practices are due for review, and the rounds of reminders about them.

A practice is due ``review_interval_months`` after it was last reviewed (or first published).
Only the practice in the language it was written in is reminded: its translations share its
review data. ``send_review_reminders`` may run as often as cron likes: each step is a
conditional update of the round's row, so one period gets one first reminder, one second
reminder after ``REVIEW_SECOND_REMINDER_DAYS`` and one notice to editors after
``REVIEW_EDITORS_NOTICE_DAYS`` more, however often it runs.
"""

import calendar
import dataclasses
import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from practices.models import PracticePage

from .models import ReviewRequest
from .tasks import send_review_mail


def add_months(day, months):
    """``day`` plus ``months`` calendar months; the 31st becomes the month's last day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(last_reviewed, first_published_at, interval_months):
    start = last_reviewed or (timezone.localtime(first_published_at).date() if first_published_at else None)
    return add_months(start, interval_months) if start else None


def reviewed_practices(with_owner=True):
    """{pk: due date} of each live practice (with a review owner, unless ``with_owner`` is
    False), in its original language: of a page and its translations, the one created first."""
    practices = PracticePage.objects.live()
    if with_owner:
        practices = practices.exclude(review_owner_email="")
    rows = practices.order_by("translation_key", "pk").values_list(
        "pk", "translation_key", "last_reviewed", "first_published_at", "review_interval_months"
    )
    originals, seen = {}, set()
    for pk, key, last_reviewed, first_published_at, interval in rows.iterator(chunk_size=2000):
        if key not in seen:
            seen.add(key)
            originals[pk] = due_date(last_reviewed, first_published_at, interval)
    return originals


@dataclasses.dataclass
class Summary:
    first: int = 0
    second: int = 0
    editors: int = 0
    closed: int = 0


def _mark(review_id, field, now):
    """Set ``field`` of an open round if nobody has; True when this call did it."""
    return bool(ReviewRequest.objects.open().filter(pk=review_id, **{f"{field}__isnull": True}).update(**{field: now}))


def send_review_reminders(now=None, progress=None):
    """Open the rounds that fell due, remind again or tell editors where nobody answered, and
    close rounds that an editor's review in the admin made moot. Returns a ``Summary``."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    summary = Summary()
    due = reviewed_practices()

    for review in ReviewRequest.objects.open().only("pk", "practice_id", "due_on"):
        if due.get(review.practice_id) != review.due_on:
            summary.closed += (
                ReviewRequest.objects.open()
                .filter(pk=review.pk)
                .update(answered_at=now, answer=ReviewRequest.Answer.SUPERSEDED)
            )

    fell_due = [(pk, on) for pk, on in due.items() if on and on <= today]
    for n, (pk, on) in enumerate(fell_due, start=1):
        try:
            with transaction.atomic():
                review, _created = ReviewRequest.objects.get_or_create(practice_id=pk, due_on=on)
        except IntegrityError:  # another run created it a moment ago
            review = ReviewRequest.objects.get(practice_id=pk, due_on=on)
        summary.first += _remind(review.pk, "first_reminder_at", "first", now)
        if progress:
            progress(n, len(fell_due))

    # (the step before, its wait, this step's field, the mail, the summary's count)
    follow_ups = (
        ("first_reminder_at", settings.REVIEW_SECOND_REMINDER_DAYS, "second_reminder_at", "second"),
        ("second_reminder_at", settings.REVIEW_EDITORS_NOTICE_DAYS, "editors_told_at", "editors"),
    )
    for before, days, field, kind in follow_ups:
        waited = now - datetime.timedelta(days=days)
        due_now = ReviewRequest.objects.open().filter(**{f"{before}__lte": waited, field: None})
        for pk in due_now.values_list("pk", flat=True):
            setattr(summary, kind, getattr(summary, kind) + _remind(pk, field, kind, now))
    return summary


def _remind(review_id, field, kind, now):
    with transaction.atomic():
        if not _mark(review_id, field, now):
            return 0
        send_review_mail.enqueue(review_id, kind)
    return 1
