"""Sparring: a municipality asks for help on a theme, a culture professional offers expertise,
and editors match a request to an offer (both sides are told by email).

Offers whose authors agreed to be shown, and that editors approved, make up the public
directory of experts by theme; nothing of a request is ever public.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from practices.vocabularies import BY_KEY, source_locale_filter

THEMES = BY_KEY["themes"]


class SparringOfferQuerySet(models.QuerySet):
    def in_directory(self):
        """Offers the public directory shows: approved by editors, with the author's consent."""
        return self.filter(status=SparringOffer.Status.APPROVED, publish_consent=True)


class SparringOffer(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        APPROVED = "approved", _("Approved")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        SPAM = "spam", _("Suspected spam")

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    spam_reason = models.CharField(_("why it looks like spam"), max_length=40, blank=True)
    name = models.CharField(_("name"), max_length=120)
    job_title = models.CharField(_("job title"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    municipality = models.ForeignKey(
        "practices.Municipality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("municipality"),
    )
    email = models.EmailField(_("email"))
    themes = models.ManyToManyField(
        THEMES.model_label, related_name="+", verbose_name=_("themes"), limit_choices_to=source_locale_filter
    )
    description = models.TextField(
        _("what you can help with"),
        max_length=3000,
        help_text=_("Your experience and what kind of help you can give, in a few sentences."),
    )
    remote = models.BooleanField(_("can help remotely"), default=True)
    on_site = models.BooleanField(_("can come on site"), default=False)
    publish_consent = models.BooleanField(
        _("may be shown in the public directory of experts"),
        default=False,
        help_text=_("Name, job title, organisation, municipality, themes, description and email."),
    )
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+", verbose_name=_("language"))
    editor_notes = models.TextField(_("editors' notes"), blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    editors_notified_at = models.DateTimeField(_("editors notified"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True, editable=False, db_index=True
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    # The one privacy rule (practices.privacy): public only with consent (and, for the
    # directory, an editor's approval).
    private_fields = ("name", "job_title", "organisation", "email", "description", "editor_notes")
    consent_field = "publish_consent"

    objects = SparringOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("sparring offer")
        verbose_name_plural = _("sparring offers")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name}, {self.organisation or self.job_title}"


class SparringRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        MATCHED = "matched", _("Matched")
        CLOSED = "closed", _("Closed")
        SPAM = "spam", _("Suspected spam")

    class Mode(models.TextChoices):
        REMOTE = "remote", _("Remotely")
        ON_SITE = "on_site", _("On site")
        EITHER = "either", _("Either")

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    spam_reason = models.CharField(_("why it looks like spam"), max_length=40, blank=True)
    municipality = models.ForeignKey(
        "practices.Municipality", on_delete=models.PROTECT, related_name="+", verbose_name=_("municipality")
    )
    themes = models.ManyToManyField(
        THEMES.model_label, related_name="+", verbose_name=_("themes"), limit_choices_to=source_locale_filter
    )
    description = models.TextField(
        _("what you need help with"),
        max_length=3000,
        help_text=_("The situation, what you have tried and what kind of help would move you forward."),
    )
    mode = models.CharField(_("how"), max_length=10, choices=Mode.choices, default=Mode.EITHER)
    name = models.CharField(_("name"), max_length=120)
    job_title = models.CharField(_("job title"), max_length=150)
    email = models.EmailField(_("email"))
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+", verbose_name=_("language"))
    matched_offer = models.ForeignKey(
        SparringOffer,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="matches",
        verbose_name=_("matched expert"),
        limit_choices_to={"status": "approved"},
        help_text=_("Choose an approved expert and save: both are told by email and put in touch."),
    )
    match_message = models.TextField(
        _("message to both"),
        blank=True,
        help_text=_("A few words from the editors, included in both emails."),
    )
    matched_at = models.DateTimeField(_("matched"), null=True, blank=True)
    match_mail_sent_at = models.DateTimeField(_("both told by email"), null=True, blank=True)
    editor_notes = models.TextField(_("editors' notes"), blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    editors_notified_at = models.DateTimeField(_("editors notified"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True, editable=False, db_index=True
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    # The one privacy rule (practices.privacy): a request is never public.
    private_fields = ("name", "job_title", "email", "description", "match_message", "editor_notes")

    class Meta:
        verbose_name = _("sparring request")
        verbose_name_plural = _("sparring requests")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.municipality}: {self.description[:60]}"


# The mail task names a sparring submission by its model's name.
SUBMISSION_MODELS = {model._meta.model_name: model for model in (SparringRequest, SparringOffer)}
