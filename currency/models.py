"""A practice's review round: the reminders its owner was sent and what they answered."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(answered_at__isnull=True)


class ReviewRequest(models.Model):
    """One due period of one practice (the practice in the language it was written in).

    A round is created once per due date, so running the reminders again sends nothing new;
    confirming moves the review date, and the next due date makes the next round. The owner's
    address is never stored here: mail goes to the page's current review owner.
    """

    class Answer(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed current")
        PROPOSED = "proposed", _("Proposed changes")
        SUPERSEDED = "superseded", _("Reviewed in the admin")

    practice = models.ForeignKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="review_requests", verbose_name=_("practice")
    )
    due_on = models.DateField(_("due on"))
    first_reminder_at = models.DateTimeField(_("first reminder"), null=True, blank=True)
    second_reminder_at = models.DateTimeField(_("second reminder"), null=True, blank=True)
    editors_told_at = models.DateTimeField(_("editors told"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, db_index=True)
    answer = models.CharField(_("answer"), max_length=12, choices=Answer.choices, blank=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("proposed revision"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ReviewRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("review round")
        verbose_name_plural = _("review rounds")
        ordering = ["due_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["practice", "due_on"], name="one_review_round_per_due_date")]

    def __str__(self):
        return f"{self.practice} ({self.due_on:%Y-%m-%d})"
