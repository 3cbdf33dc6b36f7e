"""Swedish: simplemma's lemmas, and compounds split where both parts are real words.

simplemma (greedy) takes inflection off, compounds included (stadsbiblioteket →
stadsbibliotek, körerna → kör); it does not split compounds, so a compound lemma is split
here: both parts must be in simplemma's dictionary and common enough in wordfreq's Swedish
word list (which keeps fragments such as invand|rare apart), with the linking -s- allowed.
"""

from functools import cache

import simplemma
from wordfreq import zipf_frequency

MIN_MODIFIER = 3
MIN_HEAD = 4  # shorter heads (-ing, -när) split too many ordinary words, but for these
SHORT_HEADS = frozenset({"hus", "hem", "kör", "bok", "rum", "dag", "arv", "liv", "lek", "spel", "ord"})
MIN_ZIPF = 2.5  # about once in three million words


def analyse(word):
    """Lemmas until they settle (simplemma may take two steps: kulturlotsen → kulturlots →
    kulturlotsa, while kulturlotsar → kulturlotsa), so different forms meet in the last one."""
    bases, current = [], word
    for _step in range(3):
        lemma = simplemma.lemmatize(current, lang="sv", greedy=True).lower()
        if lemma == current:
            break
        bases.append(lemma)
        current = lemma
    parts = []
    for base in (bases[:1] + bases[-1:]) or [word]:  # a word already in its base form splits too
        parts += [p for p in split_compound(base) if p not in parts]
    return bases, parts


@cache
def split_compound(lemma):
    """[modifier, head] of a compound lemma, the longest known head first; [] if it is no compound.

    The head must be a known word of at least four letters (or a common short head such as
    -hus); the modifier a known word, possibly with the linking -s- (stads|bibliotek → stad,
    bibliotek).
    """
    for i in range(MIN_MODIFIER, len(lemma) - 2):
        modifier, head = lemma[:i], lemma[i:]
        if len(head) < MIN_HEAD and head not in SHORT_HEADS:
            continue
        if not _word(head):
            continue
        if modifier.endswith("s") and len(modifier) > MIN_MODIFIER and _word(modifier[:-1]):
            return [modifier[:-1], head]
        if _word(modifier):
            return [modifier, head]
    return []


def _word(text):
    return simplemma.is_known(text, lang="sv") and zipf_frequency(text, "sv") >= MIN_ZIPF


def is_known(word):
    return simplemma.is_known(word, lang="sv")


def suggest(word):
    return []


def status():
    return True, "simplemma (Swedish)"
