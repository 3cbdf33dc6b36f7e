"""Nominations in the admin: a listing with status filters and search, the one-step draft
action, a link from a drafted practice back to its nomination, and a count of new ones on the
dashboard."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from practices.models.practice import PRACTICE_CONTEXT_HOOK
from practices.models.visit import VISIT_CONTEXT_HOOK

from . import views
from .admin_views import (
    AdoptionEditView,
    DraftPracticeView,
    NominationEditView,
    SparringRequestEditView,
    VisitApplicationIndexView,
)
from .models import Adoption, Nomination, SparringOffer, SparringRequest, VisitApplication


class NominationViewSet(ModelViewSet):
    model = Nomination
    name = "nominations"
    icon = "form"
    menu_label = _("Nominations")
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["title", "status", "submitter_municipality", "locale", "created_at"]
    list_filter = ["status", "locale", "created_at"]
    search_fields = ["title", "submitter_organisation", "submitter_name"]
    search_backend_name = None  # the database: nominations are never in the search index
    ordering = ["-created_at"]
    edit_view_class = NominationEditView
    inspect_view_fields = [
        "title",
        "status",
        "record",
        "submitter_name",
        "submitter_role",
        "submitter_organisation",
        "submitter_municipality",
        "submitter_email",
        "publish_contact",
        "practice",
        "created_at",
        "confirmation_sent_at",
        "editors_notified_at",
    ]
    panels = [
        FieldPanel("status"),
        FieldPanel("editor_notes"),
        FieldPanel("practice"),
        MultiFieldPanel(
            [
                FieldPanel("title", read_only=True),
                FieldRowPanel(
                    [FieldPanel("submitter_name", read_only=True), FieldPanel("submitter_role", read_only=True)]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("submitter_organisation", read_only=True),
                        FieldPanel("submitter_municipality", read_only=True),
                    ]
                ),
                FieldPanel("submitter_email", read_only=True),
                FieldPanel("publish_contact", read_only=True),
                FieldPanel("spam_reason", read_only=True),
            ],
            heading=_("As sent"),
        ),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("draft/<int:pk>/", DraftPracticeView.as_view(), name="draft")]


class VisitApplicationViewSet(ModelViewSet):
    """Who applied to which visit, with places and the waiting list; exported as CSV or XLSX
    for the host (name tags, catering, travel support)."""

    model = VisitApplication
    name = "visit_applications"
    icon = "group"
    menu_label = _("Visit applications")
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["name", "municipality", "visit", "status", "travel_support_requested", "created_at"]
    list_filter = ["visit", "status", "travel_support_requested"]
    search_fields = ["name", "email", "municipality__name_fi", "municipality__name_sv"]
    search_backend_name = None
    ordering = ["visit", "created_at"]
    list_export = [
        "visit",
        "status",
        "created_at",
        "municipality",
        "name",
        "job_title",
        "email",
        "phone",
        "dietary_and_access_needs",
        "travel_support_requested",
        "travel_cost_estimate",
        "travel_plan",
    ]
    export_filename = "visit-applications"
    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("visit", read_only=True),
                FieldPanel("municipality", read_only=True),
                FieldRowPanel([FieldPanel("name", read_only=True), FieldPanel("job_title", read_only=True)]),
                FieldRowPanel([FieldPanel("email", read_only=True), FieldPanel("phone", read_only=True)]),
                FieldPanel("dietary_and_access_needs", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("travel_support_requested", read_only=True),
                        FieldPanel("travel_cost_estimate", read_only=True),
                    ]
                ),
                FieldPanel("travel_plan", read_only=True),
            ],
            heading=_("As sent"),
        ),
    ]
    index_view_class = VisitApplicationIndexView


class SparringOfferViewSet(ModelViewSet):
    """Experts who offered help: editors approve them for the public directory (only those who
    consented appear there) or withdraw them."""

    model = SparringOffer
    name = "sparringoffers"
    icon = "user"
    menu_label = _("Sparring offers")
    add_view_enabled = False
    copy_view_enabled = False
    list_display = ["name", "organisation", "municipality", "status", "publish_consent", "created_at"]
    list_filter = ["status", "publish_consent", "themes"]
    search_fields = ["name", "organisation", "description"]
    search_backend_name = None
    panels = [
        FieldPanel("status"),
        FieldPanel("editor_notes"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name", read_only=True), FieldPanel("job_title", read_only=True)]),
                FieldRowPanel([FieldPanel("organisation", read_only=True), FieldPanel("municipality", read_only=True)]),
                FieldPanel("email", read_only=True),
                FieldPanel("themes", read_only=True),
                FieldPanel("description", read_only=True),
                FieldRowPanel([FieldPanel("remote", read_only=True), FieldPanel("on_site", read_only=True)]),
                FieldPanel("publish_consent", read_only=True),
                FieldPanel("spam_reason", read_only=True),
            ],
            heading=_("As sent"),
        ),
    ]


class SparringRequestViewSet(ModelViewSet):
    """Municipalities asking for help: editors choose an approved expert, and both are told."""

    model = SparringRequest
    name = "sparringrequests"
    icon = "help"
    menu_label = _("Sparring requests")
    add_view_enabled = False
    copy_view_enabled = False
    edit_view_class = SparringRequestEditView
    list_display = ["municipality", "status", "matched_offer", "created_at"]
    list_filter = ["status", "themes", "mode"]
    search_fields = ["description", "name", "municipality__name_fi"]
    search_backend_name = None
    panels = [
        FieldPanel("status"),
        FieldPanel("matched_offer"),
        FieldPanel("match_message"),
        FieldPanel("editor_notes"),
        MultiFieldPanel(
            [
                FieldPanel("municipality", read_only=True),
                FieldPanel("themes", read_only=True),
                FieldPanel("description", read_only=True),
                FieldPanel("mode", read_only=True),
                FieldRowPanel([FieldPanel("name", read_only=True), FieldPanel("job_title", read_only=True)]),
                FieldPanel("email", read_only=True),
                FieldPanel("spam_reason", read_only=True),
            ],
            heading=_("As sent"),
        ),
    ]


class AdoptionViewSet(ModelViewSet):
    """Municipalities that report taking a practice up: approving one shows the municipality
    under "also in use in" on the practice."""

    model = Adoption
    name = "adoptions"
    icon = "tick"
    menu_label = _("Adoptions")
    add_view_enabled = False
    copy_view_enabled = False
    edit_view_class = AdoptionEditView
    list_display = ["municipality", "practice", "status", "since_year", "created_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["municipality__name_fi", "municipality__name_sv", "practice__title", "what_changed"]
    search_backend_name = None
    ordering = ["-created_at"]
    panels = [
        FieldPanel("status"),
        FieldPanel("editor_notes"),
        MultiFieldPanel(
            [
                FieldPanel("practice", read_only=True),
                FieldRowPanel([FieldPanel("municipality", read_only=True), FieldPanel("since_year", read_only=True)]),
                FieldPanel("what_changed", read_only=True),
                FieldRowPanel(
                    [FieldPanel("contact_name", read_only=True), FieldPanel("contact_email", read_only=True)]
                ),
                FieldPanel("spam_reason", read_only=True),
            ],
            heading=_("As sent"),
        ),
    ]


class SubmissionsViewSetGroup(ViewSetGroup):
    menu_label = _("Submissions")
    menu_icon = "form"
    menu_order = 250
    items = (NominationViewSet, AdoptionViewSet, VisitApplicationViewSet, SparringRequestViewSet, SparringOfferViewSet)


@hooks.register("register_admin_viewset")
def register_submission_viewsets():
    return SubmissionsViewSetGroup()


@hooks.register("register_page_header_buttons")
def nomination_of_practice(page, user, view_name, next_url=None):
    """A practice drafted from a nomination links back to it in the page's header menu."""
    if page.specific_class is None or page.specific_class._meta.label != "practices.PracticePage":
        return
    if not user.has_perm("submissions.change_nomination"):
        return
    for pk in Nomination.objects.filter(practice_id=page.pk).values_list("pk", flat=True)[:1]:
        yield Button(_("Nomination"), url=reverse("nominations:edit", args=[pk]), icon_name="form", priority=90)


@hooks.register("register_page_header_buttons")
def applications_of_visit(page, user, view_name, next_url=None):
    """A visit's header menu leads to its applications (kept on the Finnish visit)."""
    if page.specific_class is None or page.specific_class._meta.label != "practices.MunicipalityVisitPage":
        return
    if not user.has_perm("submissions.view_visitapplication"):
        return
    visit = views.canonical_visit(page.specific)
    url = reverse("visit_applications:index") + f"?visit={visit.pk}"
    yield Button(_("Applicants"), url=url, icon_name="group", priority=90)


class NewNominationsSummaryItem(SummaryItem):
    """The dashboard's count of nominations nobody has picked up yet."""

    order = 150
    template_name = "submissions/admin/summary_item.html"

    def get_context_data(self, parent_context):
        count = Nomination.objects.filter(status=Nomination.Status.NEW).count()
        return {
            "count": count,
            "label": ngettext("new nomination", "new nominations", count),
            "url": reverse("nominations:index") + "?status=new",
        }

    def is_shown(self):
        return self.request.user.has_perm("submissions.change_nomination")


@hooks.register("construct_homepage_summary_items")
def add_new_nominations(request, items):
    items.append(NewNominationsSummaryItem(request))


@hooks.register(VISIT_CONTEXT_HOOK)
def how_to_apply(page, request, context):
    """An upcoming visit's page links its application form and says how many places are left."""
    context["application"] = views.visit_context(page)


hooks.register(PRACTICE_CONTEXT_HOOK, views.practice_context)
