"""A municipality reports that it has taken a practice up. Once an editor approves the report,
the practice shows the municipality under "also in use in" (``practices.updates.add_adoption``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from practices.models.practice import YEAR_VALIDATORS


class Adoption(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        SPAM = "spam", _("Suspected spam")

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    spam_reason = models.CharField(_("why it looks like spam"), max_length=40, blank=True)
    practice = models.ForeignKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="adoption_reports", verbose_name=_("practice")
    )
    municipality = models.ForeignKey(
        "practices.Municipality", on_delete=models.PROTECT, related_name="+", verbose_name=_("municipality")
    )
    since_year = models.PositiveSmallIntegerField(_("in use since"), null=True, blank=True, validators=YEAR_VALIDATORS)
    what_changed = models.TextField(
        _("what it changed"),
        max_length=3000,
        blank=True,
        help_text=_("What you adapted, and what the practice has changed in your municipality."),
    )
    contact_name = models.CharField(_("your name"), max_length=120)
    contact_email = models.EmailField(_("your email"))
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+", verbose_name=_("language"))
    editor_notes = models.TextField(_("editors' notes"), blank=True)
    applied_at = models.DateTimeField(_("shown on the practice"), null=True, blank=True, editable=False)
    editors_notified_at = models.DateTimeField(_("editors notified"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True, editable=False, db_index=True
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    # The one privacy rule (practices.privacy): never public; the practice shows only the
    # municipality, and only after an editor's approval.
    private_fields = ("contact_name", "contact_email", "what_changed", "editor_notes")

    class Meta:
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.municipality}: {self.practice}"
