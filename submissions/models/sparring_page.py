"""The sparring page editors place (one per language): the public directory of experts by
theme, and under it the forms to ask for help (``request/``) and to offer it (``offer/``)."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from practices.blocks import RICH_TEXT_FEATURES
from practices.models.taxonomy import localize_terms

from .. import spam
from .settings import FormSettings
from .sparring import THEMES, SparringOffer


class SparringPage(RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    request_intro = RichTextField(_("introduction to asking for help"), blank=True, features=RICH_TEXT_FEATURES)
    offer_intro = RichTextField(_("introduction to offering help"), blank=True, features=RICH_TEXT_FEATURES)

    template = "pages/sparring_page.html"
    parent_page_types = ["practices.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("request_intro"), FieldPanel("offer_intro")]

    class Meta:
        verbose_name = _("sparring page")
        verbose_name_plural = _("sparring pages")

    # --- the directory -------------------------------------------------------------------

    @path("")
    def directory(self, request):
        context = self.get_context(request)
        offers = list(
            SparringOffer.objects.in_directory()
            .select_related("municipality")
            .prefetch_related("themes")
            .order_by("name")
        )
        themes = localize_terms(THEMES.source_terms().order_by("pk"), self.locale)
        by_theme = {theme.translation_key: (theme, []) for theme in themes}
        for offer in offers:
            for term in offer.themes.all():
                if term.translation_key in by_theme:
                    by_theme[term.translation_key][1].append(offer)
        chosen = request.GET.get("theme", "")
        sections = [(theme, people) for theme, people in by_theme.values() if people]
        if chosen:
            sections = [(theme, people) for theme, people in sections if theme.slug == chosen]
        context.update(
            {"sections": sections, "chosen_theme": chosen, "theme_choices": [t for t, p in by_theme.values() if p]}
        )
        return TemplateResponse(request, self.template, context)

    # --- the forms -----------------------------------------------------------------------

    @path("request/", name="request")
    def request_view(self, request):
        from ..forms import SparringRequestForm

        return self.form_view(request, SparringRequestForm, "request")

    @path("offer/", name="offer")
    def offer_view(self, request):
        from ..forms import SparringOfferForm

        return self.form_view(request, SparringOfferForm, "offer")

    def form_view(self, request, form_class, kind):
        if request.method != "POST":
            form = form_class(locale=self.locale, initial=spam.initial())
            return self.render_form(request, form, kind)
        data = spam.posted_data(request)
        form = form_class(data, locale=self.locale)
        if not form.is_valid():
            return self.render_form(request, form, kind)
        reason = spam.spam_reason(request.POST)
        if not reason and spam.over_rate_limit(request, "sparring"):
            form.add_error(
                None,
                gettext(
                    "Many messages have been sent from your network in a short time. Nothing you typed is lost: "
                    "wait a moment and send the form again."
                ),
            )
            return self.render_form(request, form, kind, status=429)
        self.save_submission(form, reason)
        if reason:  # a plain answer, nothing to follow
            return TemplateResponse(request, "submissions/received.html", {"page": self, "self": self})
        if kind == "request":
            messages.success(request, gettext("Thank you! The editors will look for an expert and contact you."))
        else:
            messages.success(request, gettext("Thank you for offering your expertise! The editors will contact you."))
        return redirect(self.url + self.reverse_subpage("thanks"))

    @transaction.atomic
    def save_submission(self, form, reason):
        """Commit the request or offer and its mail task together, before any mail is sent."""
        from ..tasks import send_sparring_mail

        submission = form.save(commit=False)
        if reason:
            submission.status = type(submission).Status.SPAM
            submission.spam_reason = reason
        submission.save()
        submission.themes.set(form.cleaned_data["themes"])
        if not reason:
            send_sparring_mail.enqueue(submission._meta.model_name, submission.pk)
        return submission

    def render_form(self, request, form, kind, status=200):
        context = self.get_context(request)
        context.update(
            {
                "form": form,
                "kind": kind,
                "privacy_notice": FormSettings.privacy_notice_for(self.locale),
            }
        )
        return TemplateResponse(request, "submissions/sparring_form.html", context, status=status)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        context = self.get_context(request)
        return TemplateResponse(request, "submissions/sparring_thanks.html", context)
