"""Public views of visit applications: apply to an upcoming visit, then see where the
application stands and cancel it through a private link."""

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from wagtail.models import Locale

from practices.models import MunicipalityVisitPage, PracticePage

from . import spam
from .forms import AdoptionForm, VisitApplicationForm
from .forms.visit_application import already_applied_message
from .models import Adoption, FormSettings, VisitApplication
from .models.visit_application import cancel, seat
from .tasks import send_adoption_mail, send_visit_application_mail


def canonical_visit(visit):
    """The visit whose applications count: the one in the site's main language. Its Swedish and
    English translations are the same visit with the same places, so they share one list."""
    if visit.locale.language_code == settings.LANGUAGE_CODE:
        return visit
    return (
        MunicipalityVisitPage.objects.filter(
            translation_key=visit.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        or visit
    )


def places(visit):
    """(places taken, people waiting) of ``visit``, in one query."""
    counts = visit.applications.aggregate(
        taken=Count("pk", filter=Q(status=VisitApplication.Status.ACCEPTED)),
        waiting=Count("pk", filter=Q(status=VisitApplication.Status.WAITLISTED)),
    )
    return counts["taken"], counts["waiting"]


def visit_context(visit):
    """What the visit page shows about applying: the form's address and the places left."""
    source = canonical_visit(visit)
    taken, waiting = places(source)
    left = None if source.capacity is None else max(source.capacity - taken, 0)
    return {"url": reverse("visit_apply", args=[visit.pk]), "places_left": left, "waiting": waiting}


def render_form(request, visit, form, status=200):
    context = {
        "visit": visit,
        "form": form,
        "application": visit_context(visit),
        "privacy_notice": FormSettings.privacy_notice_for(visit.locale),
    }
    return TemplateResponse(request, "submissions/visit_application_form.html", context, status=status)


@never_cache
def apply(request, visit_id):
    visit = get_object_or_404(MunicipalityVisitPage.objects.live().public(), pk=visit_id)
    if not visit.applications_open:
        return TemplateResponse(request, "submissions/visit_applications_closed.html", {"visit": visit}, status=410)
    source = canonical_visit(visit)
    if request.method != "POST":
        form = VisitApplicationForm(visit=source, locale=visit.locale, initial=spam.initial())
        return render_form(request, visit, form)
    data = spam.posted_data(request)
    form = VisitApplicationForm(data, visit=source, locale=visit.locale)
    if not form.is_valid():
        return render_form(request, visit, form)
    if spam.spam_reason(request.POST):  # a plain answer for a bot, nothing saved or sent
        return TemplateResponse(request, "submissions/received.html", {"page": visit})
    if spam.over_rate_limit(request, "visit"):
        form.add_error(
            None,
            _(
                "Many applications have been sent from your network in a short time. Nothing you typed is lost: "
                "wait a moment and send the form again."
            ),
        )
        return render_form(request, visit, form, status=429)
    application = form.save(commit=False)
    application.locale = Locale.get_active()
    try:
        with transaction.atomic():
            seat(application, form.visit.capacity)
            manage_url = request.build_absolute_uri(reverse("visit_application", args=[application.token]))
            send_visit_application_mail.enqueue(application.pk, "confirmation", manage_url)
    except IntegrityError:  # another application from the municipality arrived a moment earlier
        form.add_error("municipality", already_applied_message(form.cleaned_data["municipality"]))
        return render_form(request, visit, form)
    if application.status == VisitApplication.Status.ACCEPTED:
        messages.success(request, _("Thank you! Your place on the visit is confirmed."))
    else:
        messages.success(request, _("Thank you! The visit is full, so you are on the waiting list."))
    return redirect("visit_application", application.token)


@never_cache
def application_status(request, token):
    application = (
        VisitApplication.objects.select_related("visit", "municipality").filter(token=token).first()
        if len(token) >= 40
        else None
    )
    if application is None:
        raise Http404
    if request.method == "POST" and request.POST.get("cancel"):
        promoted = cancel(application)
        if promoted is not None:
            manage_url = request.build_absolute_uri(reverse("visit_application", args=[promoted.token]))
            send_visit_application_mail.enqueue(promoted.pk, "promoted", manage_url)
        messages.success(request, _("Your application has been cancelled."))
        return redirect("visit_application", token)
    application.refresh_from_db()
    response = TemplateResponse(
        request,
        "submissions/visit_application_status.html",
        {"application": application, "visit": application.visit_in_language},
    )
    # The address is the key: never pass it to another site. "same-origin", not "no-referrer":
    # with no-referrer the browser sends "Origin: null" with the cancel form and CSRF refuses it.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


def render_adoption_form(request, practice, form, status=200):
    context = {"practice": practice, "form": form, "privacy_notice": FormSettings.privacy_notice_for(practice.locale)}
    return TemplateResponse(request, "submissions/adoption_form.html", context, status=status)


@never_cache
def adopt(request, practice_id):
    """A municipality tells that it has taken the practice up; editors approve it first."""
    practice = get_object_or_404(PracticePage.objects.live().public().select_related("locale"), pk=practice_id)
    if request.method != "POST":
        return render_adoption_form(
            request, practice, AdoptionForm(practice=practice, locale=practice.locale, initial=spam.initial())
        )
    form = AdoptionForm(spam.posted_data(request), practice=practice, locale=practice.locale)
    if not form.is_valid():
        return render_adoption_form(request, practice, form)
    reason = spam.spam_reason(request.POST)
    if not reason and spam.over_rate_limit(request, "adoption"):
        form.add_error(
            None,
            _(
                "Many reports have been sent from your network in a short time. Nothing you typed is lost: "
                "wait a moment and send the form again."
            ),
        )
        return render_adoption_form(request, practice, form, status=429)
    adoption = form.save(commit=False)
    adoption.practice, adoption.locale = practice, practice.locale
    if reason:
        adoption.status, adoption.spam_reason = Adoption.Status.SPAM, reason
    with transaction.atomic():
        adoption.save()
        if not reason:
            send_adoption_mail.enqueue(adoption.pk)
    return TemplateResponse(request, "submissions/adoption_thanks.html", {"practice": practice})


def practice_context(page, request, context):
    """A practice page links the form where a municipality reports that it adopted it."""
    context["adoption_url"] = reverse("practice_adopt", args=[page.pk])
