"""Applications to an upcoming municipality visit: one culture employee per municipality per
visit, places given in the order applications arrive, then a waiting list that moves up when
someone cancels.

Seats are decided under a lock on the visit's row (``seat``), so simultaneous applications never
overfill a visit; the database's partial unique constraint, not only the form, keeps a
municipality to one live application per visit.
"""

from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from .nomination import new_token


class VisitApplicationQuerySet(models.QuerySet):
    def live(self):
        """Applications that hold a place or a place in the queue (not cancelled)."""
        return self.exclude(status=VisitApplication.Status.CANCELLED)

    def accepted(self):
        return self.filter(status=VisitApplication.Status.ACCEPTED)

    def waitlisted(self):
        return self.filter(status=VisitApplication.Status.WAITLISTED).order_by("created_at", "pk")


class VisitApplication(models.Model):
    class Status(models.TextChoices):
        ACCEPTED = "accepted", _("Place confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    visit = models.ForeignKey(
        "practices.MunicipalityVisitPage",
        on_delete=models.CASCADE,
        related_name="applications",
        verbose_name=_("visit"),
    )
    municipality = models.ForeignKey(
        "practices.Municipality", on_delete=models.PROTECT, related_name="+", verbose_name=_("municipality")
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, db_index=True)
    name = models.CharField(_("name"), max_length=120)
    job_title = models.CharField(_("job title"), max_length=150)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    dietary_and_access_needs = models.TextField(_("dietary and accessibility needs"), max_length=1000, blank=True)
    travel_support_requested = models.BooleanField(_("requests travel and accommodation support"), default=False)
    travel_cost_estimate = models.DecimalField(
        _("estimated travel and accommodation costs (€)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    travel_plan = models.TextField(_("travel plan"), max_length=1000, blank=True)
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+", verbose_name=_("language"))
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True, editable=False, db_index=True
    )
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    promotion_sent_at = models.DateTimeField(_("place offered by email"), null=True, blank=True)

    # The one privacy rule (practices.privacy): the applicant is never public.
    private_fields = (
        "name",
        "job_title",
        "email",
        "phone",
        "dietary_and_access_needs",
        "travel_plan",
        "travel_cost_estimate",
        "token",
    )

    objects = VisitApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("visit application")
        verbose_name_plural = _("visit applications")
        ordering = ["visit", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["visit", "municipality"],
                condition=~Q(status="cancelled"),
                name="one_live_application_per_municipality_per_visit",
                violation_error_message=_("This municipality has already applied to this visit."),
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.municipality})"

    @property
    def visit_in_language(self):
        """The visit page in the language the applicant used (the list is kept on the main one)."""
        return self.visit.get_translation_or_none(self.locale) or self.visit

    @property
    def queue_position(self):
        """1 for the first on the waiting list; ``None`` when not waiting."""
        if self.status != self.Status.WAITLISTED:
            return None
        earlier = VisitApplication.objects.waitlisted().filter(
            Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk), visit_id=self.visit_id
        )
        return earlier.count() + 1


def lock_visit(visit_id):
    """Hold the visit's page row until the transaction ends: seats are counted one at a time."""
    return Page.objects.select_for_update().filter(pk=visit_id).values_list("pk", flat=True).first()


def seat(application, capacity):
    """Save a new ``application`` as accepted while places remain, else waitlisted.

    Must run inside a transaction; raises ``IntegrityError`` when the municipality already has
    a live application to the visit.
    """
    lock_visit(application.visit_id)
    taken = VisitApplication.objects.filter(visit_id=application.visit_id).accepted().count()
    full = capacity is not None and taken >= capacity
    application.status = VisitApplication.Status.WAITLISTED if full else VisitApplication.Status.ACCEPTED
    application.created_at = timezone.now()
    application.save()
    return application


@transaction.atomic
def cancel(application):
    """Cancel ``application``; if it held a place, the first on the waiting list moves up.

    Returns the application that moved up, or ``None``.
    """
    lock_visit(application.visit_id)
    application = VisitApplication.objects.get(pk=application.pk)
    if application.status == VisitApplication.Status.CANCELLED:
        return None
    held_place = application.status == VisitApplication.Status.ACCEPTED
    application.status = VisitApplication.Status.CANCELLED
    application.cancelled_at = timezone.now()
    application.save(update_fields=["status", "cancelled_at"])
    if not held_place:
        return None
    capacity = application.visit.capacity
    taken = VisitApplication.objects.filter(visit_id=application.visit_id).accepted().count()
    if capacity is not None and taken >= capacity:
        return None
    following = VisitApplication.objects.filter(visit_id=application.visit_id).waitlisted().first()
    if following is None:
        return None
    following.status = VisitApplication.Status.ACCEPTED
    following.promoted_at = timezone.now()
    following.save(update_fields=["status", "promoted_at"])
    return following
