"""Admin views of the nominations viewset beyond Wagtail's generic ones: the one-step
"create a draft practice" action, and an edit view whose header offers it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button

from practices.models import PracticeIndexPage
from practices.updates import add_adoption

from .drafting import CannotDraft, draft_from_nomination
from .models import Adoption, Nomination, SparringRequest


def can_draft(user, nomination):
    """Whether ``user`` may turn ``nomination`` into a page under its language's practice index."""
    if nomination.practice_id or nomination.status == Nomination.Status.SPAM:
        return False
    if not user.has_perm("submissions.change_nomination"):
        return False
    index = PracticeIndexPage.objects.filter(locale_id=nomination.locale_id).first()
    return bool(index and index.permissions_for_user(user).can_add_subpage())


def nomination_buttons(user, nomination):
    """The header's buttons: to the draft practice when there is one, else the action."""
    if nomination.practice_id:
        url = reverse("wagtailadmin_pages:edit", args=[nomination.practice_id])
        return [Button(_("Open the practice page"), url=url, icon_name="doc-full", priority=5)]
    if can_draft(user, nomination):
        url = reverse("nominations:draft", args=[nomination.pk])
        return [Button(_("Create a draft practice"), url=url, icon_name="doc-full-inverse", priority=5)]
    return []


class NominationEditView(EditView):
    @property
    def header_more_buttons(self):
        return nomination_buttons(self.request.user, self.object) + super().header_more_buttons


class DraftPracticeView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks to confirm; POST creates the draft, submits it to moderation and opens it."""

    template_name = "submissions/admin/confirm_draft.html"
    page_title = gettext_lazy("Create a draft practice")
    header_icon = "doc-full-inverse"

    def dispatch(self, request, pk):
        self.nomination = get_object_or_404(Nomination.objects.select_related("locale"), pk=pk)
        if not can_draft(request.user, self.nomination):
            if self.nomination.practice_id:
                return redirect("wagtailadmin_pages:edit", self.nomination.practice_id)
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.nomination)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["nomination"] = self.nomination
        context["edit_url"] = reverse("nominations:edit", args=[self.nomination.pk])
        return context

    def post(self, request, pk):
        try:
            page = draft_from_nomination(self.nomination, request.user)
        except CannotDraft as error:
            messages.error(request, str(error))
            return redirect("nominations:edit", self.nomination.pk)
        messages.success(
            request,
            _("Draft practice '%(title)s' created and submitted to moderation.") % {"title": page.title},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)


class VisitApplicationIndexView(IndexView):
    def get_base_queryset(self):
        """Each row shows its visit and municipality: fetched with the rows, not one by one."""
        return super().get_base_queryset().select_related("visit", "municipality")


class SparringRequestEditView(EditView):
    """Saving a request with a newly chosen expert marks it matched and tells both by email."""

    def save_instance(self):
        from .tasks import send_sparring_match_mail

        previous = SparringRequest.objects.filter(pk=self.object.pk).values_list("matched_offer_id", flat=True).first()
        instance = super().save_instance()
        if instance.matched_offer_id and instance.matched_offer_id != previous:
            instance.status = SparringRequest.Status.MATCHED
            instance.matched_at = timezone.now()
            instance.match_mail_sent_at = None
            instance.save(update_fields=["status", "matched_at", "match_mail_sent_at"])
            send_sparring_match_mail.enqueue(instance.pk)
            messages.success(self.request, _("Both the municipality and the expert will be told by email."))
        return instance


class AdoptionEditView(EditView):
    """Approving an adoption shows the municipality on the practice, once."""

    def save_instance(self):
        adoption = super().save_instance()
        if adoption.status == Adoption.Status.APPROVED and adoption.applied_at is None:
            add_adoption(adoption.practice, adoption.municipality)
            adoption.applied_at = timezone.now()
            Adoption.objects.filter(pk=adoption.pk).update(applied_at=adoption.applied_at)
        return adoption
