from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    """What municipalities send in: practice nominations (and, later, visit applications and
    sparring). It builds on ``practices``; ``practices`` never imports it."""

    name = "submissions"
    verbose_name = _("Submissions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from practices import cache_generation

        from . import demo  # noqa: F401  (places the forms in the demo site when seed_demo runs)

        def submissions_changed(sender, **kwargs):
            """Public pages show what submissions change (a visit's places left, adoptions)."""
            if sender._meta.app_label == self.label:
                cache_generation.changed()

        for signal in (post_save, post_delete):
            signal.connect(submissions_changed, weak=False, dispatch_uid=f"submissions-cache-generation-{id(signal)}")
