import dataclasses

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from currency.reminders import send_review_reminders


class Command(BaseCommand):
    help = _(
        "Remind the owners of practices due for review (again after two weeks, then tell the editors). "
        "Safe to run as often as you like, for example daily from cron."
    )

    def handle(self, *args, verbosity=1, **options):
        def progress(done, total):
            if verbosity > 1 or done == total:
                self.stdout.write(_("Due practices checked: %(done)d/%(total)d") % {"done": done, "total": total})

        summary = send_review_reminders(progress=progress)
        self.stdout.write(
            _(
                "First reminders: %(first)d, second reminders: %(second)d, notices to editors: %(editors)d, "
                "rounds closed by a review in the admin: %(closed)d."
            )
            % dataclasses.asdict(summary)
        )
