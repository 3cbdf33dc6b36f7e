"""English: Snowball's (Porter 2) stemmer."""

from functools import cache

import snowballstemmer


@cache
def _stemmer():
    return snowballstemmer.stemmer("english")


def analyse(word):
    stem = _stemmer().stemWord(word)
    return ([stem] if stem != word else []), []


def status():
    return True, "Snowball (English)"
