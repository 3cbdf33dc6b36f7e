"""The editor's dashboard: pages with changes nobody has published yet, by anyone, newest first.

Wagtail's own panels list only the signed-in editor's edits and the pages in moderation; a
draft another editor left, or a translation saved but not published, would wait unseen. The
currency app adds the "needs attention" panel (reviews, nominations, searches without results).
"""

from django.urls import reverse

from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

SHOWN = 8


def drafts_waiting(user):
    """(total, [(page, its latest revision)]) of pages ``user`` may edit whose latest changes
    are unpublished: three queries whatever the number of pages."""
    pages = (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .filter(has_unpublished_changes=True, depth__gt=1)
        .select_related("locale", "latest_revision__user")
        .order_by("-latest_revision_created_at", "-pk")
    )
    shown = [(page, page.latest_revision) for page in pages[:SHOWN]]
    total = len(shown) if len(shown) < SHOWN else pages.count()
    return total, shown


class DraftsPanel(Component):
    name = "drafts_waiting"
    order = 55  # above Wagtail's own panels, beside the "needs attention" panel
    template_name = "practices/admin/drafts_panel.html"

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        total, drafts = drafts_waiting(request.user)
        return {
            "total": total,
            "drafts": [
                {
                    "page": page,
                    "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "revision": revision,
                    "live": page.live,
                }
                for page, revision in drafts
            ],
        }
