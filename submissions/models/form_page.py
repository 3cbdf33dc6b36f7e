"""The nomination form as a page editors place (one per language), with the submitter's
private status page under it (``status/<token>/``)."""

import secrets

from django.contrib import messages
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from practices.blocks import RICH_TEXT_FEATURES
from practices.models import Municipality

from .. import attachments, spam
from .nomination import Nomination

DRAFT_KEY_LENGTH = 43  # secrets.token_urlsafe(32)


class NominationFormPage(RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    privacy_notice = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice"),
        help_text=_("The page that says what is kept of a nomination, why and for how long."),
    )
    thanks = RichTextField(
        _("thank-you text"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown on the status page right after a nomination is sent."),
    )

    template = "pages/nomination_form_page.html"
    parent_page_types = ["practices.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        PageChooserPanel("privacy_notice"),
        FieldPanel("thanks"),
    ]

    class Meta:
        verbose_name = _("nomination form")
        verbose_name_plural = _("nomination forms")

    # --- the form ------------------------------------------------------------------------

    @path("")
    def form_view(self, request):
        from ..forms import NominationForm

        if request.method != "POST":
            form = NominationForm(
                initial={**spam.initial(), "draft": secrets.token_urlsafe(32)},
                locale=self.locale,
            )
            return self.render_form(request, form)
        reason = spam.spam_reason(request.POST)
        data = spam.posted_data(request)
        draft_key = data.get("draft", "")
        if len(draft_key) != DRAFT_KEY_LENGTH or not draft_key.replace("-", "").replace("_", "").isalnum():
            data["draft"] = draft_key = secrets.token_urlsafe(32)
        form = NominationForm(data, request.FILES, locale=self.locale)
        removed = [value for value in request.POST.getlist("remove_attachment") if value.isdigit()]
        for attachment in attachments.drafts(draft_key).filter(pk__in=removed):
            attachment.delete()
        held = attachments.drafts(draft_key).count()
        _kept, file_errors = attachments.keep(request.FILES.getlist("attachments"), draft_key, held)
        if not form.is_valid() or file_errors:
            for message in file_errors:
                form.add_error("attachments", message)
            return self.render_form(request, form, draft_key=draft_key)
        if not reason and spam.over_rate_limit(request, "nomination"):
            form.add_error(
                None,
                gettext(
                    "Many nominations have been sent from your network in a short time. Nothing you typed "
                    "is lost: wait a moment and send the form again."
                ),
            )
            return self.render_form(request, form, draft_key=draft_key, status=429)
        nomination = self.save_nomination(form, draft_key, reason, request)
        if reason:  # a plain answer, nothing to follow
            return TemplateResponse(request, "submissions/received.html", {"page": self, "self": self})
        messages.success(request, gettext("Thank you! Your nomination has been received."))
        return redirect(self.status_path(nomination))

    def render_form(self, request, form, draft_key="", status=200):
        context = self.get_context(request)
        context["form"] = form
        context["kept_attachments"] = list(attachments.drafts(draft_key or form["draft"].value()))
        return TemplateResponse(request, self.template, context, status=status)

    @transaction.atomic
    def save_nomination(self, form, draft_key, reason, request):
        """Commit the nomination (and its mail task, in the same transaction) before any mail."""
        from ..tasks import send_nomination_mail

        cleaned = form.cleaned_data
        record = {**form.record, "contacts": []}
        code = cleaned.get("submitter_municipality") or ""
        nomination = Nomination.objects.create(
            status=Nomination.Status.SPAM if reason else Nomination.Status.NEW,
            spam_reason=reason,
            title=record["title"],
            record=record,
            locale=self.locale,
            form_page=self,
            submitter_name=cleaned["submitter_name"],
            submitter_role=cleaned["submitter_role"],
            submitter_organisation=cleaned["submitter_organisation"],
            submitter_municipality=Municipality.objects.filter(code=code).first() if code else None,
            submitter_email=cleaned["submitter_email"],
            publish_contact=cleaned["publish_contact"],
        )
        attachments.drafts(draft_key).update(nomination=nomination, draft_key="")
        if not reason:
            send_nomination_mail.enqueue(nomination.pk, request.build_absolute_uri(self.status_path(nomination)))
        return nomination

    def status_path(self, nomination):
        return self.url + self.reverse_subpage("status", args=[nomination.token])

    # --- the submitter's status page -----------------------------------------------------

    @path("status/<str:token>/", name="status")
    def status_view(self, request, token):
        nomination = (
            Nomination.objects.select_related("practice")
            .exclude(status=Nomination.Status.SPAM)
            .filter(token=token, form_page=self)
            .first()
        )
        if nomination is None or len(token) < 40:
            raise Http404
        context = self.get_context(request)
        context["nomination"] = nomination
        response = TemplateResponse(request, "submissions/status.html", context)
        response["Cache-Control"] = "private, no-store"
        response["Referrer-Policy"] = "no-referrer"  # the address is the key: never pass it on
        response["X-Robots-Tag"] = "noindex"
        return response
