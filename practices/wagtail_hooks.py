"""Admin registration: vocabularies and places as snippets, and the language guard."""

from axes.models import AccessAttempt

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_panels import DraftsPanel
from .document_access import may_have
from .document_ranges import ranged_response
from .models import Municipality, Region, WellbeingCounty
from .models.base import locale_codes
from .place_choosers import MunicipalityChooserViewSet
from .vocabularies import VOCABULARIES


@hooks.register("before_serve_page")
def serve_only_in_own_language(page, request, serve_args, serve_kwargs):
    """Never serve one language's page under another's prefix (Wagtail #12775)."""
    if locale_codes().get(page.locale_id) != translation.get_language():
        raise Http404


def vocabulary_viewset(vocabulary):
    return type(
        f"{vocabulary.model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": vocabulary.model,
            "icon": "tag",
            "list_display": ["name", "slug", "locale"],
            "list_filter": ["locale"],
            "search_fields": ["name", "slug"],
            "search_backend_name": None,
            "ordering": ["sort_order", "name"],
        },
    )


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "tag"
    menu_name = "vocabularies"
    items = [vocabulary_viewset(v) for v in VOCABULARIES]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name_fi", "name_sv", "code", "region", "population"]
    list_filter = ["region", "language"]
    search_fields = ["name_fi", "name_sv", "code"]
    search_backend_name = None
    ordering = ["name_fi"]
    list_per_page = 50
    chooser_viewset_class = MunicipalityChooserViewSet  # finds "Puu" -> Puumala
    chooser_per_page = 20


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name_fi", "name_sv", "name_en", "code"]
    search_fields = ["name_fi", "name_sv"]
    search_backend_name = None


class WellbeingCountyViewSet(SnippetViewSet):
    model = WellbeingCounty
    icon = "site"
    list_display = ["name_fi", "name_sv", "name_en"]
    search_fields = ["name_fi", "name_sv"]
    search_backend_name = None


class PlacesGroup(SnippetViewSetGroup):
    menu_label = _("Municipalities and regions")
    menu_icon = "site"
    menu_name = "places"
    items = [MunicipalityViewSet, RegionViewSet, WellbeingCountyViewSet]


register_snippet(VocabularyGroup)
register_snippet(PlacesGroup)


@hooks.register("construct_homepage_panels")
def add_drafts_panel(request, panels):
    panels.append(DraftsPanel())


@hooks.register("insert_global_admin_js")
def translation_editor_in_the_admin_language():
    """wagtail-localize's translation editor has two texts without gettext; this translates them."""
    return format_html('<script src="{}" defer></script>', static("js/admin-translation-editor.js"))


@hooks.register("register_log_actions")
def register_update_actions(actions):
    """The history entries of ``practices.updates``: changes made from outside the admin."""
    actions.register_action(
        "practices.review_confirmed", _("Confirm current"), _("The owner confirmed that the practice is current")
    )
    actions.register_action(
        "practices.adoption_added", _("Add adoption"), _("A municipality that adopted the practice was added")
    )


class LockoutViewSet(ModelViewSet):
    """Sign-in lockouts (django-axes): who was locked out, from where, and a way to lift it
    (deleting the record) before the 15 minutes are up."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Sign-in lockouts")
    add_to_settings_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    search_backend_name = None
    form_fields = ["username"]
    ordering = ["-attempt_time"]


@hooks.register("register_admin_viewset")
def register_lockouts():
    return LockoutViewSet("sign_in_lockouts")


@hooks.register("before_serve_document")
def serve_only_to_readers_of_its_pages(document, request):
    """A document shown only on pages behind a password or login is served only to those who may
    read one of those pages (``practices.document_access``)."""
    allowed, restriction = may_have(document, request)
    if allowed:
        return None
    if restriction.restriction_type != PageViewRestriction.PASSWORD:
        return redirect_to_login(request.get_full_path())
    context = {"protected_page": restriction.page.specific}  # not "page": base.html would describe it
    return TemplateResponse(request, "document_restricted.html", context, status=403)


@hooks.register("before_serve_document", order=100)  # after every privacy check
def serve_byte_ranges(document, request):
    if settings.DOCUMENTS_ACCEL_REDIRECT:  # nginx sends the file and its ranges
        return None
    header = request.headers.get("Range")
    return ranged_response(document, header) if header else None
