"""The owner's link: signed, expiring, for this one purpose, and good for one answer."""

import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from .models import ReviewRequest

SALT = "currency.owner-update"  # a token signed for anything else never opens this form


class LinkProblem(Exception):
    """Why a link cannot be used: ``kind`` is "invalid", "expired" or "used"."""

    def __init__(self, kind, review=None):
        super().__init__(kind)
        self.kind = kind
        self.review = review


def token_for(review):
    return signing.TimestampSigner(salt=SALT).sign_object({"review": review.pk, "due": review.due_on.isoformat()})


def review_for(token):
    """The open review round behind ``token``, or ``LinkProblem``."""
    max_age = datetime.timedelta(days=settings.REVIEW_LINK_DAYS)
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(token, max_age=max_age)
    except signing.SignatureExpired:
        raise LinkProblem("expired") from None
    except (signing.BadSignature, ValueError):
        raise LinkProblem("invalid") from None
    if not isinstance(data, dict):
        raise LinkProblem("invalid")
    review = (
        ReviewRequest.objects.select_related("practice__locale")
        .filter(pk=data.get("review"), practice__live=True)
        .first()
    )
    if review is None or review.due_on.isoformat() != data.get("due"):
        raise LinkProblem("invalid")
    if review.answered_at is not None:
        raise LinkProblem("used", review)
    return review


def owner_update_url(review):
    """The absolute address of the owner's form, in the practice's language."""
    page = review.practice
    with translation.override(page.locale.language_code):
        path = reverse("owner_update", args=[token_for(review)])
    site = page.get_site()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path
