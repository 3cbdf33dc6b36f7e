"""Which Swedish analysis: the relevance set's Swedish queries with each candidate, on SQLite.

Usage: python scripts/bench_swedish.py [--distractors N] [--candidates snowball,simplemma,...]

The candidates (scripts/swedish_candidates.py): Snowball's Swedish stemmer; simplemma's lemmas
alone; simplemma with the compound split checked against wordfreq's word list (what search
uses); Debian's hunspell-sv read by spylls (stems and compound parts), which needs
``apt-get install hunspell-sv`` and ``pip install spylls`` and is left out without them. Each
candidate gets a fresh SQLite database with the demo and N generated distractors, indexed and
searched with that analysis; the first table is bench_relevance's, over the Swedish queries.
The second asks, word by word, whether a query word finds a page word (inflections and compound
parts that should, and false compound splits that should not: "rare" is not in "invandrare").
"""

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_relevance import prepare_and_measure, report  # noqa: E402
from benchlib import bench_env  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# (query word, page word): should find it
FINDS = [
    ("museet", "museer"),
    ("bibliotek", "stadsbiblioteket"),
    ("körerna", "kör"),
    ("kör", "körerna"),
    ("karusell", "kulturkarusellen"),
    ("residens", "konstnärsresidenset"),
    ("cirkel", "läsecirkeln"),
    ("lots", "kulturlotsar"),
    ("samarbete", "föreningssamarbetet"),
    ("bord", "partnerskapsborden"),
    ("besök", "kommunbesöket"),
    ("förening", "föreningarna"),
    ("barn", "barnkulturen"),
    ("konstnär", "konstnärerna"),
    ("invandrare", "invandrarna"),
    ("bibliotekets", "biblioteken"),
    ("föreställning", "dansföreställningar"),
    ("musik", "musikskolan"),
    ("omsorg", "äldreomsorgen"),
    ("teater", "teatergrupper"),
    ("hem", "vårdhemmen"),
    ("dag", "daghemmet"),
]
# (query word, page word): should not find it (a false compound split)
MISSES = [
    ("rare", "invandrare"),
    ("mun", "kommunen"),
    ("bär", "körsbär"),
    ("tion", "lektion"),
    ("ring", "parkering"),
    ("dion", "stadion"),
    ("tik", "taktik"),
    ("ron", "ostron"),
    ("ig", "konstig"),
    ("are", "lärare"),
]
SPEED_WORDS = 5000  # wordfreq's most common Swedish words, each analysed once
CANDIDATES = "snowball,simplemma,simplemma-split,hunspell"
HUNSPELL_DICTIONARY = Path("/usr/share/hunspell/sv_SE")  # Debian's hunspell-sv: .dic and .aff


def pairs():
    """In a child process with the candidate's settings: print how many pairs meet as JSON."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from wordfreq import top_n_list

    from search.analysis import analyser, index_terms, query_words

    def meets(query, page):
        return bool(set(query_words(query, ("sv",))[0]) & set(index_terms(page, "sv").split()))

    found = [pair for pair in FINDS if meets(*pair)]
    false = [pair for pair in MISSES if meets(*pair)]
    missed = [pair for pair in FINDS if pair not in found]
    common = top_n_list("sv", SPEED_WORDS)
    started = time.perf_counter()
    for word in common:
        analyser.ANALYSERS["sv"].analyse(word)
    rate = len(common) / (time.perf_counter() - started)
    print(json.dumps({"found": len(found), "false": false, "missed": missed, "rate": rate}, ensure_ascii=False))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--distractors", type=int, default=300)
    parser.add_argument("--candidates", default=CANDIDATES)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    if args.pairs:
        return pairs()
    workdir = Path(tempfile.mkdtemp(prefix="kb-swedish-"))
    results, words = {}, {}
    for name in args.candidates.split(","):
        if name == "hunspell" and not (
            HUNSPELL_DICTIONARY.with_suffix(".dic").exists() and importlib.util.find_spec("spylls")
        ):
            print("hunspell: left out (needs Debian's hunspell-sv and pip's spylls)", file=sys.stderr)
            continue
        env = {
            **bench_env(),
            "DJANGO_SETTINGS_MODULE": "scripts.swedish_candidates",
            "SWEDISH_CANDIDATE": name,
            "HUNSPELL_DICTIONARY": str(HUNSPELL_DICTIONARY),
            "DATABASE_URL": f"sqlite:///{workdir / f'{name}.sqlite3'}",
        }
        print(f"{name}: seeding the demo and {args.distractors} distractors, indexing, searching…", file=sys.stderr)
        words[name] = json.loads(
            subprocess.run(  # noqa: S603
                [sys.executable, __file__, "--pairs"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        ranks = prepare_and_measure(name, env, args.distractors)
        results[name] = [r for r in ranks if r["lang"] == "sv"]
    report(results, args.show_misses, label="Swedish analysis")
    print()
    print(
        f"| Swedish analysis | word pairs found | false matches | words/s ({SPEED_WORDS:,} common, uncached) | missed | false |"
    )
    print("| --- | --: | --: | --: | --- | --- |")
    for name, outcome in words.items():
        missed = ", ".join(f"{q} → {p}" for q, p in outcome["missed"]) or "—"
        false = ", ".join(f"{q} → {p}" for q, p in outcome["false"]) or "—"
        print(
            f"| {name} | {outcome['found']} of {len(FINDS)} | {len(outcome['false'])} of {len(MISSES)} | {outcome['rate']:,.0f} | {missed} | {false} |"
        )


if __name__ == "__main__":
    main()
