"""Settings for scripts/bench_swedish.py: the development settings with Swedish analysed by the
candidate that ``SWEDISH_CANDIDATE`` names (snowball, simplemma, simplemma-split, hunspell).

Each candidate returns what ``search.analysis.swedish.analyse`` returns: (base forms, compound
parts) of one lowercase word.
"""

import os
from functools import cache

from knowledgebank.settings.dev import *  # noqa: F403
from search.analysis import analyser, swedish


class Candidate:
    def __init__(self, analyse, name):
        self.analyse = analyse
        self.name = name

    def status(self):
        return True, self.name


@cache
def _snowball():
    import snowballstemmer

    return snowballstemmer.stemmer("swedish")


def snowball(word):
    stem = _snowball().stemWord(word)
    return ([stem] if stem != word else []), []


def simplemma_alone(word):
    bases, _parts = swedish.analyse(word)
    return bases, []


@cache
def _hunspell():
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(os.environ["HUNSPELL_DICTIONARY"])  # set by bench_swedish.py


def hunspell(word):
    """Every reading's stem; a compound's stem is its modifiers as written and its head's stem."""
    bases, parts = [], []
    for form in _hunspell().lookuper.good_forms(word):
        if hasattr(form, "parts"):
            stems = [part.stem for part in form.parts]
            bases.append("".join(part.text for part in form.parts[:-1]) + stems[-1])
            parts += stems
        else:
            bases.append(form.stem)
    return [b for b in bases if b != word], parts


CANDIDATES = {
    "snowball": (snowball, "Snowball (Swedish)"),
    "simplemma": (simplemma_alone, "simplemma, lemmas only"),
    "simplemma-split": (swedish.analyse, "simplemma and the compound split (in use)"),
    "hunspell": (hunspell, "hunspell-sv through spylls"),
}

analyser.ANALYSERS["sv"] = Candidate(*CANDIDATES[os.environ["SWEDISH_CANDIDATE"]])
