"""Relevance on every backend alike, and the matched words highlighted.

The backend finds the candidates (every query word in some form) and orders them by its own
score; the best candidates are then ordered here, the same way on every backend: a query word
found in the title counts more than in the summary or the page's tags and terms, which count
more than the body; a whole word (in any inflection) counts more than the part of a compound.
"""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import analyse_word, tokens

FIELD_WEIGHTS = {"title": 8.0, "summary": 3.0, "related": 2.0}
BODY_WEIGHT = 1.0  # a word the backend matched somewhere else on the page
WHOLE_WORD = 1.0
COMPOUND_PART = 0.4
EXACT_BONUS = 0.1  # the very form typed
TITLE_COVERAGE = 2.0
ALSO_ELSEWHERE = 0.3  # a word found in the title and again in the summary counts a little more


def score(words, texts, language):
    """The score of a page for the query ``words`` (``query_words``): ``texts`` are its
    {"title", "summary", "related"} texts, analysed in the page's ``language``."""
    fields = {name: _field_terms(text, language) for name, text in texts.items()}
    total = 0.0
    for forms in words:
        forms = set(forms)
        found = [BODY_WEIGHT * COMPOUND_PART]
        for name, (surfaces, whole, parts) in fields.items():
            weight = FIELD_WEIGHTS[name]
            if forms & whole:
                found.append(weight * (WHOLE_WORD + (EXACT_BONUS if forms & surfaces else 0)))
            elif forms & parts:
                found.append(weight * COMPOUND_PART)
        found.sort(reverse=True)
        total += found[0] + ALSO_ELSEWHERE * sum(found[1:])
    return total + TITLE_COVERAGE * _coverage(words, texts.get("title", ""), language)


def _coverage(words, title, language):
    """The share of the title's words that the query matches: a title that is all query is most specific."""
    title_words = tokens(title)
    if not title_words:
        return 0.0
    wanted = set().union(*map(set, words)) if words else set()
    matched = sum(1 for w in title_words if wanted & set(analyse_word(w, language).forms))
    return matched / len(title_words)


@lru_cache(maxsize=20_000)
def _field_terms(text, language):
    """(surface words, whole-word forms, compound parts) of a text; the same titles and
    summaries are ranked again and again, so they are analysed once per process."""
    surfaces, whole, parts = set(), set(), set()
    for word in tokens(text):
        analysis = analyse_word(word, language)
        surfaces.add(word)
        whole.update(analysis.forms)
        parts.update(analysis.parts)
    return frozenset(surfaces), frozenset(whole), frozenset(parts)


WORD_OR_NOT = re.compile(r"([^\W_]+)", re.UNICODE)


def highlight(text, words, language):
    """``text`` escaped, with the words that match the query in <mark>."""
    if not text:
        return ""
    wanted = set().union(*map(set, words)) if words else set()
    out = []
    for piece in WORD_OR_NOT.split(text):
        if piece and WORD_OR_NOT.fullmatch(piece) and wanted:
            analysis = analyse_word(piece.lower(), language)
            if wanted & (set(analysis.forms) | set(analysis.parts)):
                out.append(f"<mark>{escape(piece)}</mark>")
                continue
        out.append(escape(piece))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above
