"""Every UI string is translated: no untranslated or fuzzy entry in any catalogue."""

from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.utils import translation

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/*.po"))


def test_there_is_a_catalogue_for_every_language():
    assert {path.parts[-3] for path in CATALOGUES} == {"fi", "sv", "en"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_complete(path):
    po = polib.pofile(str(path))
    missing = [e.msgid for e in po.untranslated_entries() + po.fuzzy_entries()]
    assert not missing, f"{len(missing)} untranslated or fuzzy: {missing[:5]}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_translations_keep_their_placeholders(path):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|\{\{ *\w+ *\}\}")
    for entry in polib.pofile(str(path)).translated_entries():
        pairs = (
            [(entry.msgid, entry.msgstr)]
            if not entry.msgid_plural
            else [(entry.msgid if n == 0 else entry.msgid_plural, text) for n, text in entry.msgstr_plural.items()]
        )
        for source, text in pairs:
            assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(text)), entry.msgid


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fi", "hyvät käytännöt"), ("sv", "goda praxis"), ("en", "good practices")],
)
def test_admin_labels_are_translated(language, expected):
    from practices.models import PracticePage

    with translation.override(language):
        assert str(PracticePage._meta.verbose_name_plural).lower() == expected.lower()
