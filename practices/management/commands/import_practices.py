"""Import practices from a JSON Lines file (schema in the README) as published pages.

Every line is parsed and validated before anything is written; one bad line rejects the
whole file and the errors name the line and field.
"""

import json
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from practices.builder import build_practices
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
        pages = build_practices(records, publish=not draft, progress=self.progress)
        seconds = time.monotonic() - started
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Imported {len(pages)} practices in {seconds:.1f} s."))

    def read_and_validate(self, file):
        schema = PracticeSchema()
        records, lines, errors = [], [], []
        try:
            # utf-8-sig: files saved by Notepad or Excel start with a byte order mark
            handle = open(file, encoding="utf-8-sig") if file != "-" else self.stdin_lines()
        except OSError as error:
            raise CommandError(_("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}) from None
        number = 0
        with handle:
            try:
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        data = json.loads(line)
                    except json.JSONDecodeError as error:
                        errors.append(
                            _("line %(line)d: not valid JSON (%(error)s, column %(column)d)")
                            % {"line": number, "error": error.msg, "column": error.colno}
                        )
                        continue
                    except (ValueError, RecursionError):
                        errors.append(
                            _("line %(line)d: not valid JSON (a value is too large or too deeply nested)")
                            % {"line": number}
                        )
                        continue
                    try:
                        records.append(schema.validate(data))
                        lines.append(number)
                    except RecordInvalid as invalid:
                        errors += [
                            _("line %(line)d: %(field)s: %(message)s")
                            % {"line": number, "field": field, "message": message}
                            for field, message in invalid.errors.items()
                        ]
            except UnicodeDecodeError:
                errors.append(_("line %(line)d: the file is not UTF-8 text") % {"line": number + 1})
        for index, message in schema.related_errors(records).items():
            errors.append(
                _("line %(line)d: %(field)s: %(message)s")
                % {"line": lines[index], "field": "related", "message": message}
            )
        if errors:
            for error in errors[:50]:
                self.stderr.write(error)
            if len(errors) > 50:
                self.stderr.write(_("… and %(count)d more errors") % {"count": len(errors) - 50})
            raise CommandError(_("%(count)d errors; nothing was imported.") % {"count": len(errors)})
        if not records:
            raise CommandError(_("The file has no records; nothing was imported."))
        return records

    def stdin_lines(self):
        import sys

        return sys.stdin

    def progress(self, done, total):
        if done == total or done % 50 == 0:
            self.stdout.write(f"\r{done}/{total}", ending="")
            self.stdout.flush()
