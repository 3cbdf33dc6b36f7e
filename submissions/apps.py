from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    """What municipalities send in: practice nominations (and, later, visit applications and
    sparring). It builds on ``practices``; ``practices`` never imports it."""

    name = "submissions"
    verbose_name = _("Submissions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import demo  # noqa: F401  (places the forms in the demo site when seed_demo runs)
