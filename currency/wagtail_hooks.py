"""The currency app in the admin: the dashboard's "needs attention" panel."""

from wagtail import hooks

from .dashboard import AttentionPanel


@hooks.register("construct_homepage_panels")
def add_attention_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(AttentionPanel())
