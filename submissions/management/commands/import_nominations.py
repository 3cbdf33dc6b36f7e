"""Import the municipal survey's export (CSV or XLSX) as nominations for editors to review.

Every row is read and validated first; one bad row rejects the whole file, and each error names
its row (as the spreadsheet numbers them) and field. The column mapping is in the README and
``submissions/data/survey-example.csv`` is an example.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Locale

from practices.models import Municipality
from submissions.models import Nomination
from submissions.survey import SurveyReader


class Command(BaseCommand):
    help = "Import nominations from the municipal survey's CSV or XLSX export."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="A .csv (UTF-8 or Excel's Windows-1252; comma, semicolon or tab) or .xlsx file."
        )

    def handle(self, file, **options):
        started = time.monotonic()
        result = SurveyReader().validate_file(file)
        for column in result.ignored_columns:
            self.stdout.write(_("Column not used: %(column)s") % {"column": column})
        if result.errors:
            for error in result.errors[:50]:
                self.stderr.write(error)
            if len(result.errors) > 50:
                self.stderr.write(_("… and %(count)d more errors") % {"count": len(result.errors) - 50})
            raise CommandError(_("%(count)d errors; nothing was imported.") % {"count": len(result.errors)})
        if not result.rows:
            raise CommandError(_("The file has no rows; nothing was imported."))
        self.stdout.write(_("%(count)d rows valid; importing…") % {"count": len(result.rows)})
        created = self.save(result.rows)
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                _("Imported %(count)d nominations in %(seconds).1f s.") % {"count": created, "seconds": seconds}
            )
        )

    @transaction.atomic
    def save(self, rows):
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        municipalities = {m.code: m for m in Municipality.objects.all()}
        nominations = []
        for n, (_number, record, submitter) in enumerate(rows, start=1):
            code = submitter.pop("submitter_municipality")
            nominations.append(
                Nomination(
                    title=record["title"],
                    record={**record, "contacts": []},
                    locale=locales[record["locale"]],
                    submitter_municipality=municipalities.get(code),
                    **submitter,
                )
            )
            if n % 100 == 0 or n == len(rows):
                self.stdout.write(f"\r{n}/{len(rows)}", ending="")
        Nomination.objects.bulk_create(nominations, batch_size=500)
        self.stdout.write("")
        return len(nominations)
