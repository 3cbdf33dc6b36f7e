"""The one schema of a practice record: validation shared by imports, generators and forms.

A record is a plain mapping (one JSON Lines object). ``PracticeSchema.validate`` returns a
cleaned mapping or raises ``RecordInvalid`` with translated messages keyed by field name, so
the importer and the nomination form report the same errors.
"""

import datetime
import json
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, MaxValueValidator, MinValueValidator, URLValidator
from django.utils.text import slugify
from django.utils.translation import gettext as _

from taggit.models import Tag

from .blocks import LinkBlock
from .models import Municipality, PracticeContact, PracticeIndexPage, PracticePage
from .vocabularies import VOCABULARIES

SECTION_FIELDS = tuple(name for name, _heading in PracticePage.SECTIONS)
MAX_TEXT = 20_000
MAX_LIST = 200
MAX_REACH = 10_000_000


def max_length(model, name):
    """A field's length limit, read from the model so the schema and the admin agree."""
    return model._meta.get_field(name).max_length


def bounds(model, name):
    """(lowest, highest) allowed by a numeric field's validators."""
    validators = model._meta.get_field(name).validators
    low = next(v.limit_value for v in validators if isinstance(v, MinValueValidator))
    high = next(v.limit_value for v in validators if isinstance(v, MaxValueValidator))
    return low, high


YEARS = bounds(PracticePage, "start_year")
REVIEW_INTERVAL = bounds(PracticePage, "review_interval_months")
CONTACT_LENGTHS = {name: max_length(PracticeContact, name) for name in ("name", "title", "organisation", "phone")}
LINK_LENGTHS = {name: LinkBlock.base_blocks[name].field.max_length for name in ("url", "title")}
SURROGATES = re.compile("[\ud800-\udfff]")
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # keeps tab and newlines


class RecordInvalid(Exception):
    def __init__(self, errors):
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = errors


class PracticeSchema:
    """Validates records against the reference data, loaded once per schema instance."""

    def read_jsonl(self, lines):
        """Parse and validate JSON Lines: (records, errors), errors as translated text naming the line.

        Blank lines are skipped; every line is read, so all errors of a file are reported at once.
        """
        records, numbers, errors = [], [], []
        number = 0
        try:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line, object_pairs_hook=_unique_keys)
                except DuplicateKey as duplicate:
                    errors.append(
                        _("line %(line)d: the key “%(key)s” is given twice")
                        % {"line": number, "key": shown_name(duplicate.key)}
                    )
                    continue
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
                    records.append(self.validate(data))
                    numbers.append(number)
                except RecordInvalid as invalid:
                    errors += [_line_error(number, field, message) for field, message in invalid.errors.items()]
        except UnicodeDecodeError:
            errors.append(_("line %(line)d: the file is not UTF-8 text") % {"line": number + 1})
        for index, message in self.related_errors(records).items():
            errors.append(_line_error(numbers[index], "related", message))
        return records, errors

    fields = (
        "title",
        "slug",
        "summary",
        *SECTION_FIELDS,
        "municipalities",
        "adopted_in",
        "scope",
        *(v.key for v in VOCABULARIES),
        "tags",
        "start_year",
        "end_year",
        "status",
        "reach",
        "evidence_level",
        "cost_level",
        "contacts",
        "links",
        "review",
        "related",
        "locale",
    )

    def __init__(self):
        self.municipality_codes = set(Municipality.objects.values_list("code", flat=True))
        self.term_slugs = {v.key: set(v.source_terms().values_list("slug", flat=True)) for v in VOCABULARIES}
        self.locales = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}

    def validate(self, record):
        if not isinstance(record, dict):
            raise RecordInvalid({"record": _("Each line must be a JSON object.")})
        errors, clean = {}, {}

        def check(field, fn):
            try:
                value = fn(record.get(field))
            except ValidationError as error:
                errors[field] = " ".join(error.messages)
            else:
                clean[field] = value

        for field in sorted(set(record) - set(self.fields)):
            errors[field] = _("Unknown field.")
        check("title", lambda v: _text(v, required=True, max_length=max_length(PracticePage, "title")))
        check("slug", lambda v: _slug(v))
        check("summary", lambda v: _text(v, required=True, max_length=max_length(PracticePage, "summary")))
        for name in SECTION_FIELDS:
            check(name, lambda v: _text(v, max_length=MAX_TEXT))
        check("municipalities", lambda v: self._codes(v, required=True))
        check("adopted_in", lambda v: self._codes(v))
        check("scope", lambda v: _choice(v, PracticePage.Scope, default=None))
        for vocabulary in VOCABULARIES:
            check(vocabulary.key, lambda v, key=vocabulary.key: self._slugs(v, key))
        check("tags", _tags)
        check("start_year", lambda v: _integer(v, *YEARS))
        check("end_year", lambda v: _integer(v, *YEARS))
        check("status", lambda v: _choice(v, PracticePage.Status, default=PracticePage.Status.ACTIVE))
        check("reach", lambda v: _integer(v, 0, MAX_REACH))
        check(
            "evidence_level",
            lambda v: _choice(v, PracticePage.EvidenceLevel, default=PracticePage.EvidenceLevel.DESCRIBED),
        )
        check("cost_level", lambda v: _choice(v, PracticePage.CostLevel, default=""))
        check("contacts", _contacts)
        check("links", _links)
        check("review", _review)
        check("related", lambda v: [_slug(s) for s in _list(v)])
        check("locale", lambda v: _choice(v or settings.LANGUAGE_CODE, self.locales))
        if "start_year" in clean and "end_year" in clean:
            errors |= PracticePage.year_errors(clean["start_year"], clean["end_year"])
        if errors:
            raise RecordInvalid(errors)
        if not clean["slug"]:
            clean["slug"] = slugify(clean["title"])[:80] or "kaytanto"
        if clean["scope"] is None:
            many = len(clean["municipalities"]) > 1
            clean["scope"] = PracticePage.Scope.JOINT if many else PracticePage.Scope.LOCAL
        return clean

    def related_errors(self, records):
        """Errors of the ``related`` links of a batch: {record index: message}.

        A link may point at another record of the batch or at a practice already in the bank
        (same language); never at the record itself.
        """
        existing = {}
        errors = {}
        batch = {}
        for record in records:
            batch.setdefault(record["locale"], set()).add(record["slug"])
        for n, record in enumerate(records):
            language = record["locale"]
            if record["related"] and language not in existing:
                index = PracticeIndexPage.objects.filter(locale__language_code=language).first()
                existing[language] = set(index.get_children().values_list("slug", flat=True)) if index else set()
            if record["slug"] in record["related"]:
                errors[n] = _("A practice cannot be related to itself.")
                continue
            missing = [s for s in record["related"] if s not in batch[language] and s not in existing[language]]
            if missing:
                errors[n] = _("Unknown practice: %(slug)s.") % {"slug": ", ".join(missing)}
        return errors

    def _codes(self, value, required=False):
        codes = []
        for item in _list(value):
            code = str(item).strip().zfill(3) if isinstance(item, (str, int)) and not isinstance(item, bool) else None
            if code not in self.municipality_codes:
                raise ValidationError(_("Unknown municipality code: %(code)s.") % {"code": str(item)[:20]})
            if code not in codes:
                codes.append(code)
        if required and not codes:
            raise ValidationError(_("Give at least one municipality code."))
        return codes

    def _slugs(self, value, key):
        slugs = []
        for item in _list(value):
            if not isinstance(item, str) or item not in self.term_slugs[key]:
                raise ValidationError(_("Unknown term: %(slug)s.") % {"slug": str(item)[:60]})
            if item not in slugs:
                slugs.append(item)
        return slugs


# The fields that are the practice's own content, what a nomination or its owner writes; editors
# set the rest (address, scope, adoptions, contacts, links, review, related content, language).
CONTENT_FIELDS = tuple(
    name
    for name in PracticeSchema.fields
    if name not in {"slug", "adopted_in", "scope", "contacts", "links", "review", "related", "locale"}
)


def _line_error(number, field, message):
    return _("line %(line)d: %(field)s: %(message)s") % {"line": number, "field": shown_name(field), "message": message}


def shown_name(name, limit=40):
    """A field name as an error message may show it: a hostile 10 MB key is cut short."""
    name = CONTROL_CHARACTERS.sub("", str(name))
    return name if len(name) <= limit else name[:limit] + "…"


class DuplicateKey(ValueError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def _unique_keys(pairs):
    """``object_pairs_hook`` for ``json.loads``: a key given twice in one object is an error
    (``json`` would silently keep the last one, ``review.owner_email`` included)."""
    found = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKey(key)
        found[key] = value
    return found


def _list(value):
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(_("Must be a list."))
    if len(value) > MAX_LIST:
        raise ValidationError(_("Too many items (at most %(max)d).") % {"max": MAX_LIST})
    return value


def _text(value, required=False, max_length=None):
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(_("Must be text."))
    if SURROGATES.search(value):
        raise ValidationError(_("Contains characters that are not valid Unicode text."))
    value = CONTROL_CHARACTERS.sub("", value).strip()
    if required and not value:
        raise ValidationError(_("This field is required."))
    if max_length and len(value) > max_length:
        raise ValidationError(_("Too long: at most %(max)d characters.") % {"max": max_length})
    return value


def _slug(value):
    value = _text(value, max_length=80)
    if value and slugify(value) != value:
        raise ValidationError(_("Use only lowercase letters, numbers and hyphens."))
    return value


def _choice(value, choices, default=None):
    if value in (None, ""):
        return default
    allowed = choices.values if hasattr(choices, "values") else choices
    if not isinstance(value, str) or value not in allowed:
        raise ValidationError(_("Choose one of: %(choices)s.") % {"choices": ", ".join(sorted(allowed))})
    return value


def _integer(value, low, high):
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_("Must be a whole number."))
    if not low <= value <= high:
        raise ValidationError(_("Must be between %(low)d and %(high)d.") % {"low": low, "high": high})
    return value


def _tags(value):
    tags = []
    for item in _list(value):
        tag = _text(item, max_length=max_length(Tag, "name"))
        if tag and not any(ch.isalnum() for ch in tag):
            raise ValidationError(_("A tag must contain a letter or a digit."))
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def _email(value):
    value = _text(value, max_length=max_length(PracticeContact, "email"))
    if value:
        EmailValidator(message=_("Enter a valid email address."))(value)
    return value


CONTACT_KEYS = {"name", "title", "organisation", "email", "phone", "publish_consent"}


def _known_keys(item, known):
    unknown = sorted(set(item) - known)
    if unknown:
        raise ValidationError(_("Unknown field: %(fields)s.") % {"fields": ", ".join(shown_name(k) for k in unknown)})


def _contacts(value):
    contacts = []
    for item in _list(value):
        if not isinstance(item, dict):
            raise ValidationError(_("Each contact must be an object."))
        _known_keys(item, CONTACT_KEYS)
        consent = item.get("publish_consent", False)
        if not isinstance(consent, bool):
            raise ValidationError(_("publish_consent must be true or false."))
        contacts.append(
            {
                "name": _text(item.get("name"), required=True, max_length=CONTACT_LENGTHS["name"]),
                "title": _text(item.get("title"), max_length=CONTACT_LENGTHS["title"]),
                "organisation": _text(item.get("organisation"), max_length=CONTACT_LENGTHS["organisation"]),
                "email": _email(item.get("email")),
                "phone": _text(item.get("phone"), max_length=CONTACT_LENGTHS["phone"]),
                "publish_consent": consent,
            }
        )
    return contacts


def _links(value):
    links = []
    for item in _list(value):
        if not isinstance(item, dict):
            raise ValidationError(_("Each link must be an object."))
        _known_keys(item, {"url", "title"})
        url = _text(item.get("url"), required=True, max_length=LINK_LENGTHS["url"])
        URLValidator(schemes=["http", "https"], message=_("Enter a valid web address."))(url)
        links.append({"url": url, "title": _text(item.get("title"), max_length=LINK_LENGTHS["title"]) or url})
    return links


def _review(value):
    if value in (None, {}):
        return {}
    if not isinstance(value, dict):
        raise ValidationError(_("Must be an object."))
    _known_keys(value, {"last_reviewed", "interval_months", "owner_email"})
    review = {"owner_email": _email(value.get("owner_email"))}
    interval = _integer(value.get("interval_months"), *REVIEW_INTERVAL)
    if interval:
        review["interval_months"] = interval
    if value.get("last_reviewed"):
        try:
            review["last_reviewed"] = datetime.date.fromisoformat(str(value["last_reviewed"]))
        except ValueError:
            raise ValidationError(_("Write the date as YYYY-MM-DD.")) from None
    return review
