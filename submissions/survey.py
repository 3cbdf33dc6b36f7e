"""Reading the municipal survey's export (CSV or XLSX) into nominations.

Columns are found by their headers, case and spacing ignored. A practice column is named by its
record key (``title``, ``themes``…) or by the field's Finnish, Swedish or English name as the
content model and the one vocabulary registry give it ("Otsikko", "Teemat", "Kohderyhmät"…), so
this module lists none of them; the submitter's columns are the few below. Values of a
vocabulary, a choice or a municipality may be written as slugs or codes or as names in any of
the three languages; lists are separated by semicolons (or commas). Each row becomes a practice
record validated by the one practice schema, so a row's errors read as the import's do.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils import translation
from django.utils.translation import gettext as _

from practices.models import Municipality, PracticePage
from practices.schema import SECTION_FIELDS, PracticeSchema, RecordInvalid
from practices.vocabularies import VOCABULARIES

from .models import Nomination

LIST_FIELDS = ("municipalities", *(v.key for v in VOCABULARIES), "tags")
TEXT_FIELDS = ("title", "summary", *SECTION_FIELDS)
CHOICE_FIELDS = {
    "status": PracticePage.Status,
    "evidence_level": PracticePage.EvidenceLevel,
    "cost_level": PracticePage.CostLevel,
}
NUMBER_FIELDS = ("start_year", "end_year", "reach")

# The submitter's columns (not fields of a practice): key -> the headers the survey may use.
SUBMITTER_COLUMNS = {
    "submitter_name": ("submitter_name", "ilmoittajan nimi", "nimi", "anmälarens namn", "name"),
    "submitter_role": ("submitter_role", "tehtävänimike", "titteli", "befattning", "job title", "role"),
    "submitter_organisation": ("submitter_organisation", "organisaatio", "organisation"),
    "submitter_municipality": ("submitter_municipality", "ilmoittajan kunta", "anmälarens kommun"),
    "submitter_email": ("submitter_email", "sähköposti", "sähköpostiosoite", "e-post", "email"),
    "publish_contact": ("publish_contact", "yhteystiedot saa julkaista", "kontaktuppgifterna får publiceras"),
    "language": ("language", "kieli", "språk"),
}
YES = {"kyllä", "k", "joo", "ja", "yes", "y", "true", "1", "x"}
MAX_ROWS = 5000


def normalise(text):
    return " ".join(str(text or "").split()).casefold()


def practice_headers():
    """{normalised header: record key} for the practice's columns, from the model and registry."""
    headers = {}
    names = {key: key for key in (*TEXT_FIELDS, *LIST_FIELDS, *CHOICE_FIELDS, *NUMBER_FIELDS)}
    for language in ("en", "sv", "fi"):
        with translation.override(language):
            for key in names:
                vocabulary = next((v for v in VOCABULARIES if v.key == key), None)
                label = vocabulary.label if vocabulary else PracticePage._meta.get_field(key).verbose_name
                headers[normalise(label)] = key
    headers.update({normalise(key): key for key in names})
    return headers


@dataclass
class SurveyResult:
    rows: list = field(default_factory=list)  # (row number, record, submitter fields)
    errors: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)


class SurveyReader:
    """Reads and validates every row of a survey export before anything is saved."""

    def __init__(self):
        self.schema = PracticeSchema()
        self.municipalities = {}
        for municipality in Municipality.objects.all():
            for name in (municipality.code, municipality.name_fi, municipality.name_sv):
                if name:
                    self.municipalities[normalise(name)] = municipality.code
        self.terms = {}
        for vocabulary in VOCABULARIES:
            lookup = {}
            for term in vocabulary.model.objects.select_related("locale"):
                source = term.slug  # every translation shares its source term's slug
                lookup[normalise(term.slug)] = source
                lookup[normalise(term.name)] = source
            self.terms[vocabulary.key] = lookup
        self.choices = {}
        for key, choices in CHOICE_FIELDS.items():
            lookup = {}
            for language in ("en", "sv", "fi"):
                with translation.override(language):
                    lookup |= {normalise(label): value for value, label in choices.choices}
            self.choices[key] = lookup | {normalise(v): v for v in choices.values}
        self.columns = practice_headers() | {
            normalise(header): key for key, headers in SUBMITTER_COLUMNS.items() for header in headers
        }
        self.languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}

    # --- reading files -------------------------------------------------------------------

    def read(self, path):
        """(header, [(row number, {header: value})]) of a .csv or .xlsx file."""
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            return self.read_xlsx(path)
        return self.read_csv(path.read_bytes())

    @staticmethod
    def read_csv(data):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")  # Excel's "CSV" on a Finnish Windows
        sample = text[:4096]
        try:
            dialect = csv.Sniffer().sniff(sample.splitlines()[0] if sample else ",", delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
        if not rows:
            return [], []
        return rows[0], [(n, row) for n, row in enumerate(rows[1:], start=2)]

    @staticmethod
    def read_xlsx(path):
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = [["" if cell is None else cell for cell in row] for row in sheet.iter_rows(values_only=True)]
        workbook.close()
        if not rows:
            return [], []
        return [str(h) for h in rows[0]], [(n, row) for n, row in enumerate(rows[1:], start=2)]

    # --- validating rows -----------------------------------------------------------------

    def validate_file(self, path):
        result = SurveyResult()
        try:
            header, rows = self.read(path)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, InvalidFileException) as error:
            result.errors.append(_("The file cannot be read as CSV or XLSX: %(error)s") % {"error": str(error)[:200]})
            return result
        keys = [self.columns.get(normalise(h)) for h in header]
        result.ignored_columns = [
            str(h)[:80] for h, key in zip(header, keys, strict=True) if key is None and str(h).strip()
        ]
        if "title" not in keys:
            result.errors.append(_("The file has no column for the practice's name (for example “Otsikko”)."))
            return result
        if len(rows) > MAX_ROWS:
            result.errors.append(_("The file has more than %(max)d rows.") % {"max": MAX_ROWS})
            return result
        for number, values in rows:
            cells = {key: str(value).strip() for key, value in zip(keys, values, strict=False) if key}
            if not any(cells.values()):
                continue  # an empty row
            try:
                result.rows.append((number, *self.validate_row(cells)))
            except RecordInvalid as invalid:
                for name, message in invalid.errors.items():
                    result.errors.append(
                        _("row %(row)d: %(field)s: %(message)s") % {"row": number, "field": name, "message": message}
                    )
        return result

    def validate_row(self, cells):
        """(cleaned practice record, submitter fields) of one row, or ``RecordInvalid``."""
        errors, record = {}, {}
        for key in TEXT_FIELDS:
            if cells.get(key):
                record[key] = cells[key]
        for key in LIST_FIELDS:
            items = [item.strip() for item in cells.get(key, "").replace(",", ";").split(";") if item.strip()]
            if key == "tags":
                record[key] = items
            elif key == "municipalities":
                record[key] = [self.municipalities.get(normalise(item), item[:40]) for item in items]
            else:
                record[key] = [self.terms[key].get(normalise(item), item[:60]) for item in items]
        for key in CHOICE_FIELDS:
            if cells.get(key):
                record[key] = self.choices[key].get(normalise(cells[key]), cells[key][:40])
        for key in NUMBER_FIELDS:
            if cells.get(key):
                try:
                    record[key] = int(float(cells[key].replace(" ", "").replace(",", ".")))
                except ValueError:
                    errors[key] = _("Must be a whole number.")
        language = normalise(cells.get("language")) or settings.LANGUAGE_CODE
        record["locale"] = language if language in self.languages else language[:10]
        try:
            clean = self.schema.validate(record)
        except RecordInvalid as invalid:
            errors = invalid.errors | errors
        submitter = self.submitter(cells, errors)
        if errors:
            raise RecordInvalid(errors)
        return clean, submitter

    def submitter(self, cells, errors):
        email = cells.get("submitter_email", "")
        if email and len(email) <= 254:
            try:
                EmailValidator(message=_("Enter a valid email address."))(email)
            except ValidationError as error:
                errors["submitter_email"] = " ".join(error.messages)
        if not cells.get("submitter_name"):
            errors["submitter_name"] = _("This field is required.")
        code = self.municipalities.get(normalise(cells.get("submitter_municipality")))
        if cells.get("submitter_municipality") and code is None:
            errors["submitter_municipality"] = _("Unknown municipality: %(name)s.") % {
                "name": cells["submitter_municipality"][:40]
            }
        fields = {}
        for name in ("submitter_name", "submitter_role", "submitter_organisation", "submitter_email"):
            value = cells.get(name, "")
            limit = Nomination._meta.get_field(name).max_length
            if len(value) > limit:
                errors[name] = _("Too long: at most %(max)d characters.") % {"max": limit}
            fields[name] = value
        return fields | {
            "submitter_municipality": code,
            "publish_contact": normalise(cells.get("publish_contact")) in YES,
        }
