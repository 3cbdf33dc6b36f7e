"""The owner's page behind the reminder's link: confirm the practice is current, or propose
changes that reach the editors as a revision in moderation. No account is needed; the signed
link is the key, so the page is never cached, indexed or referred onwards."""

from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from practices.updates import changed_fields, confirm_current, propose_changes, record_from_page
from submissions.forms.practice_fields import PracticeFieldsForm, initial_from_record

from .links import LinkProblem, review_for
from .models import ReviewRequest

PROBLEM_STATUS = {"invalid": 400, "expired": 410, "used": 410}


def private(response):
    response["Referrer-Policy"] = "same-origin"  # the address is the key; CSRF needs the origin
    response["X-Robots-Tag"] = "noindex"
    return response


def answer(review, kind, revision=None):
    """Record the round's one answer; False when another request answered it first."""
    return bool(
        ReviewRequest.objects.open()
        .filter(pk=review.pk)
        .update(answered_at=timezone.now(), answer=kind, revision=revision)
    )


@never_cache
def owner_update(request, token):
    try:
        review = review_for(token)
    except LinkProblem as problem:
        context = {"problem": problem.kind, "review": problem.review}
        return private(
            TemplateResponse(request, "currency/link_problem.html", context, status=PROBLEM_STATUS[problem.kind])
        )
    page = review.practice
    current = record_from_page(page)
    if request.method == "POST":
        form = PracticeFieldsForm(request.POST, locale=page.locale)
        action = request.POST.get("action")
        if action == "confirm":
            with transaction.atomic():
                if not answer(review, ReviewRequest.Answer.CONFIRMED):
                    return owner_update(request, token)  # answered meanwhile: the "used" page
                confirm_current(page, timezone.localdate())
            return private(TemplateResponse(request, "currency/thanks.html", {"page": page, "confirmed": True}))
        if form.is_valid():
            names = changed_fields(current, form.record)
            if not names:
                form.add_error(
                    None,
                    _("You did not change anything. If the description is still current, confirm it instead."),
                )
            else:
                with transaction.atomic():
                    revision = propose_changes(page, form.record, names)
                    if not answer(review, ReviewRequest.Answer.PROPOSED, revision):
                        transaction.set_rollback(True)
                        return owner_update(request, token)
                return private(TemplateResponse(request, "currency/thanks.html", {"page": page, "confirmed": False}))
    else:
        form = PracticeFieldsForm(initial=initial_from_record(current), locale=page.locale)
    context = {"page": page, "review": review, "form": form}
    return private(TemplateResponse(request, "currency/owner_update.html", context))
