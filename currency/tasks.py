"""Review mail, sent by the background worker like all mail (``db_worker --backend mail``)."""

from django_tasks import task

from submissions.tasks import deliver

from . import mail
from .models import ReviewRequest


@task(backend="mail")
def send_review_mail(review_id, kind, attempt=1):
    """``kind``: "first" or "second" (to the owner) or "editors" (nobody answered)."""
    review = ReviewRequest.objects.filter(pk=review_id).select_related("practice__locale").first()
    if review is None or review.answered_at is not None:
        return "nothing to send"
    message = mail.editors_notice(review) if kind == "editors" else mail.owner_reminder(review, kind)

    def send():
        if message.to:
            message.send()

    return deliver(send_review_mail, (review_id, kind), attempt, send)
