"""Managed translations in code, through wagtail-localize (for demo content and tests).

A page translated here is the same kind of translation an editor makes with "Translate this
page": the editor shows its segments, and "Sync translated pages" keeps its synchronised fields
(municipalities, vocabularies, tags, contacts) in step with the source.
"""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate_page(page, locale, fields, publish=True):
    """Translate ``page`` into ``locale`` with ``fields`` ({field name: plain text}); returns the translation.

    Texts split by blank lines are matched to the source's paragraph segments in order; a
    segment without a translation keeps the source text (as wagtail-localize does).
    """
    source, _created = TranslationSource.update_or_create_from_instance(page)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"))
    by_field = {}  # top-level field -> its segments in order (a StreamField's blocks included)
    for segment in segments:
        by_field.setdefault(segment.context.path.split(".")[0], []).append(segment)
    for path, field_segments in by_field.items():
        text = fields.get(path)
        if not text:
            continue
        for segment, translated in zip(field_segments, _paragraphs(text, len(field_segments)), strict=False):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translated},
            )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    # save_target(publish=True) would publish in transaction.on_commit, from a copy of the page that
    # does not know of children added later in the same transaction (its numchild would be reset to
    # 0 and the children would answer 404): publish here and now instead.
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    if publish:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


def _paragraphs(text, count):
    """Split ``text`` into at most ``count`` paragraphs; any surplus joins the last one."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) > count:
        paragraphs = [*paragraphs[: count - 1], " ".join(paragraphs[count - 1 :])]
    return paragraphs
