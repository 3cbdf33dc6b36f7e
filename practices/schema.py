"""The one schema of a practice record: validation shared by imports, generators and forms.

A record is a plain mapping (one JSON Lines object). ``PracticeSchema.validate`` returns a
cleaned mapping or raises ``RecordInvalid`` with translated messages keyed by field name, so
the importer and the nomination form report the same errors.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import Municipality, PracticePage
from .vocabularies import VOCABULARIES

SECTION_FIELDS = tuple(name for name, _heading in PracticePage.SECTIONS)
MAX_TEXT = 20_000
MAX_LIST = 200
SURROGATES = re.compile("[\ud800-\udfff]")
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # keeps tab and newlines


class RecordInvalid(Exception):
    def __init__(self, errors):
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = errors


class PracticeSchema:
    """Validates records against the reference data, loaded once per schema instance."""

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
        self.term_slugs = {
            v.key: set(
                v.model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list("slug", flat=True)
            )
            for v in VOCABULARIES
        }
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
        check("title", lambda v: _text(v, required=True, max_length=255))
        check("slug", lambda v: _slug(v))
        check("summary", lambda v: _text(v, required=True, max_length=500))
        for name in SECTION_FIELDS:
            check(name, lambda v: _text(v, max_length=MAX_TEXT))
        check("municipalities", lambda v: self._codes(v, required=True))
        check("adopted_in", lambda v: self._codes(v))
        check("scope", lambda v: _choice(v, PracticePage.Scope, default=None))
        for vocabulary in VOCABULARIES:
            check(vocabulary.key, lambda v, key=vocabulary.key: self._slugs(v, key))
        check("tags", _tags)
        check("start_year", lambda v: _integer(v, 1950, 2100))
        check("end_year", lambda v: _integer(v, 1950, 2100))
        check("status", lambda v: _choice(v, PracticePage.Status, default=PracticePage.Status.ACTIVE))
        check("reach", lambda v: _integer(v, 0, 10_000_000))
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
        if not errors.get("start_year") and not errors.get("end_year"):
            if clean.get("start_year") and clean.get("end_year") and clean["end_year"] < clean["start_year"]:
                errors["end_year"] = _("The end year cannot be before the start year.")
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
        from .models import PracticeIndexPage

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
        tag = _text(item, max_length=100)
        if tag and not any(ch.isalnum() for ch in tag):
            raise ValidationError(_("A tag must contain a letter or a digit."))
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def _email(value):
    value = _text(value, max_length=254)
    if value:
        EmailValidator(message=_("Enter a valid email address."))(value)
    return value


CONTACT_KEYS = {"name", "title", "organisation", "email", "phone", "publish_consent"}


def _known_keys(item, known):
    unknown = sorted(set(item) - known)
    if unknown:
        raise ValidationError(_("Unknown field: %(fields)s.") % {"fields": ", ".join(str(k)[:40] for k in unknown)})


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
                "name": _text(item.get("name"), required=True, max_length=120),
                "title": _text(item.get("title"), max_length=150),
                "organisation": _text(item.get("organisation"), max_length=150),
                "email": _email(item.get("email")),
                "phone": _text(item.get("phone"), max_length=40),
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
        url = _text(item.get("url"), required=True, max_length=500)
        URLValidator(schemes=["http", "https"], message=_("Enter a valid web address."))(url)
        links.append({"url": url, "title": _text(item.get("title"), max_length=200) or url})
    return links


def _review(value):
    if value in (None, {}):
        return {}
    if not isinstance(value, dict):
        raise ValidationError(_("Must be an object."))
    _known_keys(value, {"last_reviewed", "interval_months", "owner_email"})
    review = {"owner_email": _email(value.get("owner_email"))}
    interval = _integer(value.get("interval_months"), 1, 60)
    if interval:
        review["interval_months"] = interval
    if value.get("last_reviewed"):
        try:
            review["last_reviewed"] = datetime.date.fromisoformat(str(value["last_reviewed"]))
        except ValueError:
            raise ValidationError(_("Write the date as YYYY-MM-DD.")) from None
    return review
