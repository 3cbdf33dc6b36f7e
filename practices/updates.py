"""Changing a published practice from outside the admin, as Wagtail itself would.

The owner's proposed changes become a new revision in the page's moderation workflow (never
published directly); the owner's "still current" moves the review date; an approved adoption
adds a municipality to "also in use in". Review dates and adoptions are synchronised fields,
so they are written to every translation and to each one's latest revision, which keeps an
editor's pending draft from bringing the old value back when it is published.
"""

import datetime
import html
import re

from django.db import transaction
from django.utils.html import strip_tags

from wagtail.log_actions import log
from wagtail.models import Revision
from wagtail.search import index

from .builder import PracticeBuilder
from .models import PracticePage
from .schema import CONTENT_FIELDS, SECTION_FIELDS, PracticeSchema, RecordInvalid
from .vocabularies import VOCABULARIES

BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|ul|ol)>|<br\s*/?>", re.IGNORECASE)


def rich_text_to_text(value):
    """Rich-text HTML as plain text, paragraphs apart by a blank line (the builder's inverse)."""
    text = BLOCK_END.sub(lambda m: "\n" if m.group(0).lower().startswith("<br") else "\n\n", str(value or ""))
    text = html.unescape(strip_tags(text))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip()


def record_from_page(page):
    """The content of ``page`` (a page or a revision of one) as a record of the one practice
    schema: what a form shows to the person who updates it."""
    record = {
        "title": page.title,
        "summary": page.summary,
        **{name: rich_text_to_text(getattr(page, name)) for name in SECTION_FIELDS},
        "municipalities": [m.code for m in page.listing_municipalities()],
        **{v.key: sorted(term.slug for term in getattr(page, v.key).all()) for v in VOCABULARIES},
        "tags": sorted(tag.name for tag in page.tags.all()),
        "start_year": page.start_year,
        "end_year": page.end_year,
        "status": page.status,
        "reach": page.reach,
        "evidence_level": page.evidence_level,
        "cost_level": page.cost_level,
        "locale": page.locale.language_code,
    }
    try:
        return PracticeSchema().validate(record)
    except RecordInvalid:  # content older than today's rules: shown as it is
        return record


def changed_fields(before, after):
    """The content fields whose value differs between two records (lists of terms and tags
    compared as sets; the order of municipalities matters, the first one leads)."""

    def comparable(name, value):
        if name in {v.key for v in VOCABULARIES}:
            return sorted(value or [])
        if name == "tags":
            return sorted(tag.lower() for tag in value or [])
        return value if value not in (None, "") else None

    return [name for name in CONTENT_FIELDS if comparable(name, before.get(name)) != comparable(name, after.get(name))]


@transaction.atomic
def propose_changes(page, record, names):
    """Apply the fields ``names`` of the cleaned ``record`` to the newest version of ``page``
    and save it as a revision by nobody (the owner has no account), submitted to the page's
    moderation workflow unless one is already running. Returns the revision; the live page is
    unchanged until a moderator publishes it."""
    draft = page.get_latest_revision_as_object()
    PracticeBuilder().assign(draft, record, names)
    revision = draft.save_revision(user=None, log_action=True)
    if not draft.workflow_in_progress:
        workflow = draft.get_workflow()
        if workflow is not None:
            workflow.start(draft, None)
    return revision


def _every_translation(page, **changes):
    """Write ``changes`` to the rows and the latest revisions of ``page`` and its translations."""
    pages = PracticePage.objects.filter(translation_key=page.translation_key)
    pages.update(**changes)
    _update_latest_revisions(pages, lambda content: content.update({n: _serialised(v) for n, v in changes.items()}))
    return list(pages)


def _update_latest_revisions(pages, change):
    """Apply ``change(content)`` to the latest revision of each of ``pages``, so a pending draft
    keeps what was written to the live rows."""
    for revision in Revision.objects.filter(pk__in=pages.values("latest_revision_id")):
        change(revision.content)
        revision.save(update_fields=["content"])


def _serialised(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


@transaction.atomic
def confirm_current(page, on):
    """The owner says the practice is still current: its review date becomes ``on``."""
    _every_translation(page, last_reviewed=on)
    log(instance=page, action="practices.review_confirmed", data={"on": on.isoformat()})


@transaction.atomic
def add_adoption(page, municipality):
    """``municipality`` has taken the practice up: shown under "also in use in" in every
    language, counted in statistics and the "most adopted" order of search."""
    pages = list(PracticePage.objects.filter(translation_key=page.translation_key))
    through = PracticePage.adopted_in.through
    for each in pages:
        through.objects.get_or_create(practicepage_id=each.pk, municipality_id=municipality.pk)

    def adopt(content):
        adopted = content.get("adopted_in") or []
        if municipality.pk not in adopted:
            content["adopted_in"] = [*adopted, municipality.pk]

    _update_latest_revisions(PracticePage.objects.filter(translation_key=page.translation_key), adopt)
    log(instance=page, action="practices.adoption_added", data={"municipality": municipality.code})
    transaction.on_commit(lambda: [index.insert_or_update_object(each) for each in pages])
