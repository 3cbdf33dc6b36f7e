"""The one text analysis, on real Finnish, Swedish and English words.

A query word finds a page when one of its forms (``query_words``) is among the page's index
terms (``index_terms``); these tests check that meeting point, not Voikko's internals.
"""

import pytest

from search.analysis import analyse_word, index_terms, query_words, spelling_suggestions, tokens


def finds(query, text, language):
    """Whether every word of ``query`` meets a term of ``text`` (both analysed in ``language``)."""
    terms = set(index_terms(text, language).split())
    return all(set(forms) & terms for forms in query_words(query, (language,)))


@pytest.mark.parametrize(
    ("query", "text"),
    [
        # consonant gradation
        ("kumppanuuspöydillä", "Kumppanuuspöydät kokoavat yhdistykset"),
        ("kumppanuuspöytien", "Kumppanuuspöytä kokoontuu neljästi vuodessa"),
        ("pöytä", "kumppanuuspöydillä sovitaan"),
        ("tapa", "Uusia tapoja toimia"),
        # -s/-us/-nen/-as stems
        ("yhdistys", "yhdistyksen jäsenet"),
        ("yhdistyksille", "Yhdistys järjestää"),
        ("kuntalainen", "Kuntalaisille avoin ilta"),
        ("kuntalaisten", "Jokainen kuntalainen on tervetullut"),
        ("rakkaus", "rakkaudesta taiteeseen"),
        ("kirjailijavieras", "kirjailijavieraan luento"),
        # cases and plural -j-
        ("kirjasto", "Kirjastoissa on satutunteja"),
        ("kirjastoissa", "Kirjasto on avoinna"),
        ("lapsi", "lasten kulttuurikasvatus"),
        ("järjestö", "järjestöjen yhteistyö"),
        # possessive suffixes and clitics
        ("kirjasto", "kirjastomme palvelut"),
        ("lapsi", "lapsillekin riittää tekemistä"),
        ("taide", "ei taidettakaan unohdeta"),
        # compound heads and modifiers found from their parts
        ("yhdistys", "kulttuuriyhdistysten verkosto"),
        ("kulttuuri", "kulttuuriyhdistysten verkosto"),
        ("valtuusto", "kunnanvaltuustolle esitettiin"),
        ("kunta", "kunnanvaltuustolle esitettiin"),
        ("kumppanuuspöydillä", "Kulttuurikumppanuuspöytä kokoontuu"),  # the head of a three-part compound
        ("kulttuurikeskus", "lastenkulttuurikeskuksessa"),
    ],
)
def test_finnish_inflections_and_compounds_meet(query, text):
    assert finds(query, text, "fi")


@pytest.mark.parametrize(
    ("query", "text"),
    [("kumppanuus", "yhdistysten kanssa"), ("pöytä", "Kulttuuritalo aukeaa"), ("kirjasto", "Museo ja teatteri")],
)
def test_unrelated_finnish_words_do_not_meet(query, text):
    assert not finds(query, text, "fi")


def test_a_word_voikko_does_not_know_is_stemmed_on_both_sides():
    assert analyse_word("zxqvkulttuuriin", "fi").bases  # unknown to Voikko, Snowball takes the case off
    assert finds("Kempeleen", "Kempeleessä järjestetään", "fi")


def test_a_word_with_several_analyses_keeps_every_base_form():
    assert {"kuu", "kuusi"} <= set(analyse_word("kuusi", "fi").bases)


def test_compound_parts_are_read_from_voikko():
    assert analyse_word("kumppanuuspöydillä", "fi").parts == ("kumppanuus", "pöytä")
    assert analyse_word("kulttuuriyhdistysten", "fi").parts == ("kulttuuri", "yhdistys")
    assert analyse_word("lastenkulttuurin", "fi").parts == ("lapsi", "kulttuuri")
    assert analyse_word("yhdistys", "fi").parts == ()  # a derivation, not a compound


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("museet", "Två museer samarbetar"),
        ("museer", "Museet är öppet"),
        ("bibliotek", "Stadsbiblioteket ordnar sagostunder"),
        ("körerna", "En kör för seniorer"),
        ("kör", "Seniorkörerna sjunger"),
        ("föreningen", "Föreningar och kommunen"),
        ("förening", "Hembygdsföreningarna samlas"),
        ("barn", "Barnen ritar"),
        ("buss", "Biblioteksbussarna kör ut"),
        ("kulturlotsen", "Kulturlotsar för äldre"),
        ("hem", "Konst på vårdhemmen"),
        ("daghem", "Sagostund i daghemmet"),
        (
            "föreningen",
            "Föreningssamarbete i kommunen",
        ),  # a compound already in its base form  # simplemma settles both forms in two steps
    ],
)
def test_swedish_inflections_and_compounds_meet(query, text):
    assert finds(query, text, "sv")


def test_swedish_words_are_not_split_into_fragments():
    assert analyse_word("invandrare", "sv").parts == ()
    assert analyse_word("konstnärer", "sv").parts == ()


@pytest.mark.parametrize(("query", "text"), [("library", "Libraries lend books"), ("museums", "The museum opens")])
def test_english_words_are_stemmed(query, text):
    assert finds(query, text, "en")


def test_index_terms_are_plain_lowercase_words():
    terms = index_terms("Kulttuuri-iltojen <b>ohjelma</b>, 2024! _x_", "fi").split()
    assert all(t.isalnum() and t == t.lower() for t in terms)
    assert {"kulttuuri", "ilta", "ohjelma", "2024", "x"} <= set(terms)


def test_tokens_drop_punctuation_markup_and_control_characters():
    assert tokens("' OR 1=1 -- <script>\x00alert(1)</script>") == ["or", "1", "1", "script", "alert", "1", "script"]


def test_a_query_in_all_languages_is_understood_in_each():
    forms = dict(zip(["museet", "kirjastoissa"], query_words("museet kirjastoissa", ("fi", "sv", "en")), strict=True))
    assert "museum" in forms["museet"] and "kirjasto" in forms["kirjastoissa"]


def test_spelling_suggestions_prefer_the_word_typed_without_umlauts():
    assert spelling_suggestions("kumppanuuspöyta", "fi")[0] == "kumppanuuspöytä"
    assert spelling_suggestions("kirjsto", "fi")[0] == "kirjasto"
    assert spelling_suggestions("kirjasto", "fi") == []  # nothing to correct


def test_without_voikko_finnish_is_stemmed_and_the_admin_says_so(admin_client, monkeypatch):
    from search.analysis import analyser, finnish

    monkeypatch.setattr(finnish._local, "voikko", None, raising=False)  # as when libvoikko1 or voikko-fi is missing
    analyser.analyse_word.cache_clear()
    try:
        assert finnish.status()[0] is False
        assert analyse_word("kirjastoissa", "fi").bases == ("kirjasto",)  # Snowball still takes the case off
        html = admin_client.get("/admin/").content.decode()
        assert "Voikko (libvoikko1, voikko-fi) is not installed" in html
    finally:
        analyser.analyse_word.cache_clear()
