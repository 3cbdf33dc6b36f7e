"""Remove personal data from submissions whose retention period has ended (run it daily from
cron; running it again removes nothing more). The periods are settings; the README and the
privacy notice say what they are."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from submissions.retention import purge


class Command(BaseCommand):
    help = "Remove personal data from old and declined nominations, visit applications and sparring requests."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what is due without removing anything.")

    def handle(self, dry_run=False, **options):
        summary = purge(dry_run=dry_run, progress=self.progress)
        verb = _("due") if dry_run else _("purged")
        for name, count in summary.items():
            self.stdout.write(f"{name}: {count} {verb}")
        self.stdout.write(self.style.SUCCESS(_("%(count)d rows in all.") % {"count": sum(summary.values())}))

    def progress(self, model, done, total):
        if done == total or done % 100 == 0:
            self.stdout.write(f"\r{model._meta.verbose_name_plural}: {done}/{total}", ending="")
            if done == total:
                self.stdout.write("")
