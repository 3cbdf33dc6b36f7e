"""Import practices from a JSON Lines file (schema in the README) as published pages.

Every line is parsed and validated before anything is written; one bad line rejects the
whole file and the errors name the line and field. A practice whose address (language and slug)
exists already is refused, so running an import again duplicates nothing.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from practices.builder import IndexingFailed, build_practices
from practices.models import PracticePage
from practices.schema import PracticeSchema, RecordInvalid


class Command(BaseCommand):
    help = "Import good practices from a JSON Lines file (one JSON object per line)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to a .jsonl file; '-' reads standard input.")
        parser.add_argument("--draft", action="store_true", help="Create drafts instead of publishing.")

    def handle(self, file, draft=False, **options):
        started = time.monotonic()
        records = self.read_and_validate(file)
        self.stdout.write(f"{len(records)} records valid; importing…")
        try:
            pages = build_practices(records, publish=not draft, progress=self.progress)
        except IndexingFailed as failed:
            raise CommandError(
                _(
                    "%(count)d practices were imported, but the search index could not be updated (%(error)s). "
                    "Run manage.py update_index when the search is back; importing the file again is refused, "
                    "so nothing is duplicated."
                )
                % {"count": len(failed.pages), "error": str(failed.error).splitlines()[0][:200]}
            ) from None
        except RecordInvalid as invalid:  # e.g. no practice index in a language: the site is not set up
            raise CommandError(
                _("%(problem)s Nothing was imported. Run manage.py seed_demo (or create the section) first.")
                % {"problem": " ".join(str(message) for message in invalid.errors.values())}
            ) from None
        seconds = time.monotonic() - started
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Imported {len(pages)} practices in {seconds:.1f} s."))

    def read_and_validate(self, file):
        try:
            # utf-8-sig: files saved by Notepad or Excel start with a byte order mark
            handle = open(file, encoding="utf-8-sig") if file != "-" else sys.stdin
        except OSError as error:
            raise CommandError(_("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}) from None
        with handle:
            records, errors = PracticeSchema().read_jsonl(handle)
        if errors:
            for error in errors[:50]:
                self.stderr.write(error)
            if len(errors) > 50:
                self.stderr.write(_("… and %(count)d more errors") % {"count": len(errors) - 50})
            raise CommandError(_("%(count)d errors; nothing was imported.") % {"count": len(errors)})
        if not records:
            raise CommandError(_("The file has no records; nothing was imported."))
        self.refuse_existing(records)
        return records

    def refuse_existing(self, records):
        """A practice already in the bank under the same address (language and slug) is not
        imported again: re-running an import, or one interrupted after it wrote its pages,
        duplicates nothing. Give such a record another ``slug`` to import it as a new practice."""
        wanted = {(record["locale"], record["slug"]) for record in records}
        existing = set(
            PracticePage.objects.filter(slug__in={slug for _locale, slug in wanted}).values_list(
                "locale__language_code", "slug"
            )
        )
        clashes = sorted(wanted & existing)
        if clashes:
            for language, slug in clashes[:50]:
                self.stderr.write(
                    _("%(language)s/%(slug)s: a practice with this address exists already.")
                    % {"language": language, "slug": slug}
                )
            raise CommandError(_("%(count)d practices exist already; nothing was imported.") % {"count": len(clashes)})

    def progress(self, done, total):
        if done == total or done % 50 == 0:
            self.stdout.write(f"\r{done}/{total}", ending="")
            self.stdout.flush()
