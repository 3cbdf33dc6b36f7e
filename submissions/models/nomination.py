"""A practice nomination: what a municipality sent in, kept apart from the page it may become.

``record`` holds the practice as ``practices.schema.PracticeSchema`` cleaned it (the same
record an import carries, without contacts); the submitter is kept in fields of their own so the
retention command can remove them and the privacy rule can name them.
"""

import secrets
import uuid
from pathlib import PurePath

from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page


def new_token():
    """The private status link's key: 256 random bits, unguessable."""
    return secrets.token_urlsafe(32)


def private_storage():
    """Attachments are never served publicly: they live in the ``private`` storage."""
    return storages["private"]


def attachment_path(instance, filename):
    """A random name that keeps only a safe suffix of what the uploader called it."""
    suffix = PurePath(filename).suffix.lower()
    suffix = suffix if suffix[1:].isalnum() and len(suffix) <= 6 else ""
    return f"nominations/{uuid.uuid4().hex}{suffix}"


class Nomination(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        DUPLICATE = "duplicate", _("Duplicate")
        SPAM = "spam", _("Suspected spam")

    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True)
    spam_reason = models.CharField(
        _("why it looks like spam"),
        max_length=40,
        blank=True,
        help_text=_("Set when the form's spam guard held the nomination back; no mail was sent for it."),
    )
    title = models.CharField(_("practice name"), max_length=255)
    record = models.JSONField(_("practice record"), default=dict)
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+", verbose_name=_("language"))
    form_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("form")
    )
    submitter_name = models.CharField(_("submitter's name"), max_length=120)
    submitter_role = models.CharField(_("submitter's role"), max_length=150, blank=True)
    submitter_organisation = models.CharField(_("submitter's organisation"), max_length=150, blank=True)
    submitter_municipality = models.ForeignKey(
        "practices.Municipality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("submitter's municipality"),
    )
    submitter_email = models.EmailField(_("submitter's email"), blank=True)
    publish_contact = models.BooleanField(
        _("the submitter may be shown as the practice's contact"),
        default=False,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    practice = models.ForeignKey(
        "practices.PracticePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nominations",
        verbose_name=_("practice page"),
    )
    editor_notes = models.TextField(_("editors' notes"), blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    editors_notified_at = models.DateTimeField(_("editors notified"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True, editable=False, db_index=True
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # The one privacy rule (practices.privacy): none of this reaches a public page, nor the status
    # page; the nomination declares no consent field, so nothing of it is ever public. It is not
    # in the search index either (the admin listing searches the database directly).
    private_fields = (
        "submitter_name",
        "submitter_role",
        "submitter_organisation",
        "submitter_email",
        "token",
        "editor_notes",
    )

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def public_status(self):
        """What the submitter's status page says: (key, label), without anyone's personal data."""
        if self.status in (self.Status.NEW, self.Status.SPAM):
            return "received", _("Received")
        if self.status == self.Status.IN_REVIEW:
            return "in_review", _("In review")
        if self.status == self.Status.ACCEPTED:
            if self.practice_id and self.practice.live:
                return "published", _("Published")
            return "in_review", _("Accepted, being prepared for publishing")
        if self.status == self.Status.DUPLICATE:
            return "declined", _("Already in the knowledge bank")
        return "declined", _("Declined")


class NominationAttachment(models.Model):
    """A file sent with a nomination. Until the nomination is saved it belongs to the form
    session that uploaded it (``draft_key``), so a validation error never loses it."""

    nomination = models.ForeignKey(
        Nomination, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    draft_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    file = models.FileField(_("file"), storage=private_storage, upload_to=attachment_path, max_length=200)
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = models.DateTimeField(auto_now_add=True)

    private_fields = ("name",)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.name

    def delete(self, *args, **kwargs):
        storage, name = self.file.storage, self.file.name
        result = super().delete(*args, **kwargs)
        if name:
            storage.delete(name)
        return result
