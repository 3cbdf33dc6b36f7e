"""Words to index terms and query forms, per language, cached."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import english, finnish, swedish

LANGUAGES = ("fi", "sv", "en")
WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_WORD_LENGTH = 60  # longer "words" are noise (hashes, URLs); they are indexed as they are

ANALYSERS = {"fi": finnish, "sv": swedish, "en": english}


@dataclass(frozen=True)
class Analysis:
    """One word: its lowercase surface form, its base forms, and the parts of a compound."""

    surface: str
    bases: tuple[str, ...]
    parts: tuple[str, ...]

    @property
    def forms(self):
        """What the word is searched as: the surface form and every base form."""
        return (self.surface, *(b for b in self.bases if b != self.surface))


def tokens(text):
    """The words of ``text``, lowercased (letters and digits; punctuation and hyphens split)."""
    return [w.lower() for w in WORD.findall(text or "")]


@lru_cache(maxsize=200_000)
def analyse_word(word, language):
    """The ``Analysis`` of one lowercase word in ``language`` (fi, sv or en)."""
    word = word.lower()
    analyser = ANALYSERS.get(language)
    if analyser is None or len(word) > MAX_WORD_LENGTH or word.isdigit():
        return Analysis(word, (), ())
    bases, parts = analyser.analyse(word)
    bases = _words(bases)
    parts = tuple(p for p in _words(parts) if p not in bases and p != word)
    return Analysis(word, bases, parts)


def _words(values):
    """Lowercase single words, in order, once each (a hyphenated base form gives its parts)."""
    seen = []
    for value in values:
        for w in WORD.findall(value.lower()):
            if w not in seen:
                seen.append(w)
    return tuple(seen)


def index_terms(text, language):
    """Index text for ``text`` written in ``language``: each word with its base forms and parts."""
    forms, parts = index_text(text, language)
    return f"{forms} {parts}".strip()


def index_text(text, language):
    """(forms, parts): the words of ``text`` with their base forms, and apart from them the
    parts of its compounds, so a backend can weigh a whole-word match above a part's."""
    forms, parts = [], []
    for word in tokens(text):
        analysis = analyse_word(word, language)
        forms += analysis.forms
        parts += analysis.parts
    return " ".join(forms), " ".join(parts)


def query_words(query, languages):
    """For each word of the query, the forms to look for in any of ``languages`` (a sorted tuple).

    Words are analysed in every language given (a search of all languages understands a
    Swedish word and a Finnish one alike); their forms are joined.
    """
    words = []
    for word in tokens(query):
        forms = {word}
        for language in languages:
            forms.update(analyse_word(word, language).forms)
        words.append(tuple(sorted(forms)))
    return words


def spelling_suggestions(query, language, limit=3):
    """Corrected spellings of the whole query (for "did you mean"), best first; [] if none."""
    analyser = ANALYSERS.get(language)
    if analyser is None or not hasattr(analyser, "suggest"):
        return []
    words = tokens(query)
    if not words:
        return []
    alternatives = []
    changed = False
    for word in words:
        if analyser.is_known(word):
            alternatives.append([word])
        else:
            suggestions = _closest_first(word, [s.lower() for s in analyser.suggest(word)])[:limit]
            alternatives.append(suggestions or [word])
            changed = changed or bool(suggestions)
    if not changed:
        return []
    first = " ".join(a[0] for a in alternatives)
    others = [
        " ".join([*(a[0] for a in alternatives[:i]), s, *(a[0] for a in alternatives[i + 1 :])])
        for i, a in enumerate(alternatives)
        for s in a[1:]
    ]
    return [first, *others][:limit]


def _closest_first(word, suggestions):
    """Suggestions that differ from ``word`` only by ä/ö/å (typed without them) come first."""
    plain = _without_diacritics(word)
    return sorted(suggestions, key=lambda s: _without_diacritics(s) != plain)


def _without_diacritics(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def status():
    """What each language's analysis runs on, for the admin: {language: (ok, description)}."""
    return {language: ANALYSERS[language].status() for language in LANGUAGES}
