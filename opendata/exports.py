"""All published practices as CSV or JSON, one row per practice, streamed.

The columns follow the API's declaration (``practices.api.APIFields``), so the privacy rule and
the editors' bookkeeping are kept out the same way; vocabularies are named in the language of the
address (``/fi/…`` Finnish), places by code and name. The rows are those of the search page's
filters (``opendata.selection``), read a batch at a time with their relations prefetched, so
50,000 practices stream in bounded memory (``make bench-export``).
"""

import csv
import datetime
import io
import json

from django.apps import apps
from django.db.models import ForeignKey
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from taggit.managers import TaggableManager
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale

from practices.api import TERM_MODELS, APIFields
from practices.licence import LICENCE_NAME, LICENCE_URL
from practices.models import Municipality, PracticePage
from practices.updates import rich_text_to_text

from .selection import selection

BATCH = 500
LIST_SEPARATOR = "; "


class Column:
    def __init__(self, name, read):
        self.name = name
        self.read = read  # (page, lookups) -> value: text, number, date or a list


def _municipalities(name):
    def read(page, lookups):
        rows = page.listing_municipalities() if name == "municipalities" else getattr(page, name).all()
        return [(m.code, m.localized_name(lookups["language"])) for m in rows]

    return read


def _terms(name):
    def read(page, lookups):
        return [lookups["terms"].get(t.translation_key, t.name) for t in getattr(page, name).all()]

    return read


def columns():
    """The export's columns, from the API's view of ``PracticePage``."""
    declared = [
        Column("id", lambda page, lookups: page.pk),
        Column("url", lambda page, lookups: page.get_full_url(lookups["request"])),
        Column("language", lambda page, lookups: page.locale.language_code),
        Column("title", lambda page, lookups: page.title),
    ]
    for field in APIFields(PracticePage).own_fields():
        name = field.name
        target = getattr(field, "related_model", None)
        if isinstance(field, TaggableManager):
            declared.append(Column(name, lambda page, lookups, n=name: sorted(t.name for t in getattr(page, n).all())))
        elif target is Municipality and isinstance(field, ForeignKey):
            declared.append(Column(f"{name}_code", lambda page, lookups, n=name: getattr(getattr(page, n), "code", "")))
        elif target is Municipality:
            read = _municipalities(name)
            declared.append(
                Column(f"{name}_codes", lambda page, lookups, r=read: [code for code, _n in r(page, lookups)])
            )
            declared.append(Column(name, lambda page, lookups, r=read: [label for _c, label in r(page, lookups)]))
        elif target is not None and target._meta.label in TERM_MODELS:
            declared.append(Column(name, _terms(name)))
        elif isinstance(field, StreamField):
            if name == "links":
                declared.append(Column(name, lambda page, lookups: [block.value["url"] for block in page.links]))
        elif isinstance(field, RichTextField):
            declared.append(Column(name, lambda page, lookups, n=name: rich_text_to_text(getattr(page, n))))
        elif target is None:
            declared.append(Column(name, lambda page, lookups, n=name: getattr(page, n)))
    declared += [
        Column(
            "regions",
            lambda page, lookups: sorted(
                {m.region.localized_name(lookups["language"]) for m in page.municipalities.all()}
            ),
        ),
        Column("checked_on", lambda page, lookups: page.checked_on),
        Column("first_published_at", lambda page, lookups: page.first_published_at),
        Column("last_published_at", lambda page, lookups: page.last_published_at),
    ]
    return declared


def batches(pages):
    """The pages a batch at a time, each batch with everything the columns read."""
    fields = APIFields(PracticePage)
    pks = list(pages.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH):
        chunk = fields.prefetch(PracticePage.objects.filter(pk__in=pks[start : start + BATCH]).order_by("pk"))
        yield from chunk


def lookups(request):
    language = get_language()
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    terms = {}
    for label in TERM_MODELS:
        model = apps.get_model(label)
        terms.update(model.objects.filter(locale=locale).values_list("translation_key", "name"))
    return {"request": request, "language": language, "terms": terms}


def rows(request, pages):
    known = lookups(request)
    declared = columns()
    for page in batches(pages):
        yield {column.name: column.read(page, known) for column in declared}


def as_text(value):
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value)


def as_json(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def csv_lines(request, pages):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = [column.name for column in columns()]
    writer.writerow(header)
    yield "\ufeff" + buffer.getvalue()  # the byte order mark tells spreadsheets it is UTF-8
    for row in rows(request, pages):
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([as_text(row[name]) for name in header])
        yield buffer.getvalue()


def json_chunks(request, pages):
    head = {"license": {"name": LICENCE_NAME, "url": LICENCE_URL}, "generated_at": timezone.now().isoformat()}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "items": ['
    for n, row in enumerate(rows(request, pages)):
        yield ("," if n else "") + json.dumps({k: as_json(v) for k, v in row.items()}, ensure_ascii=False)
    yield "]}"


FORMATS = {
    "csv": ("text/csv; charset=utf-8", csv_lines),
    "json": ("application/json", json_chunks),
}


def export(request, fmt):
    """``/fi/vienti/kaytannot.csv?region=19``: the search page's filters, in the reader's language
    unless ``lang=all``."""
    params, pages = selection(request.GET, PracticePage)
    if not params.all_languages:
        pages = pages.filter(locale=Locale.get_active())
    content_type, generate = FORMATS[fmt]
    response = StreamingHttpResponse(generate(request, pages), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="practices-{get_language()}.{fmt}"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    return response
