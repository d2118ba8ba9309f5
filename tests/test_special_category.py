"""Sensitive personal data about a person (promptlint/detectors/special_category.py, SP0xx).

The rule under test: a sensitive word is reported only when the text is about a person; the
same word in general talk is not. Positive texts name or point to someone; negative texts talk
about the topic, explain rules, or use the word in another sense.
"""

from __future__ import annotations

from functools import cache

import pytest

from promptlint.config import Config
from promptlint.detectors.special_category import (
    RULES,
    SpecialCategoryDetector,
    load_lexicon,
)
from promptlint.resources import patterns_dir
from promptlint.scan import build_engine


@cache
def _engine():
    return build_engine(Config(select=("special_category",), plugins=False))[1]


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule.code, f.value) for f in _engine().scan(text)]


def codes(text: str) -> set[str]:
    return {c for c, _ in found(text)}


# --- about a person: reported -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        # health
        ("Borgeren har diabetes og tager insulin.", "SP001", "diabetes"),
        ("Hun er sygemeldt med stress.", "SP001", "sygemeldt"),
        ("Mette Hansen fik konstateret brystkræft i 2023.", "SP001", "brystkræft"),
        ("Ansøgeren lider af depression og angst.", "SP001", "depression"),
        ("Min kollega har ADHD.", "SP001", "ADHD"),
        ("Patienten er indlagt på psykiatrisk afdeling.", "SP001", "indlagt"),
        ("Han har et alkoholmisbrug.", "SP001", "alkoholmisbrug"),
        ("Hans mor har demens og bor på plejehjem.", "SP001", "demens"),
        ("Medarbejderen er gravid i 5. måned.", "SP001", "gravid"),
        ("Borgeren er blind og har brug for hjælp.", "SP001", "blind"),
        ("Jeg har fået konstateret sklerose.", "SP001", "sklerose"),
        ("Hun tager sertralin mod sin depression.", "SP001", "sertralin"),
        ("Borgerens lægeerklæring beskriver skizofreni.", "SP001", "skizofreni"),
        ("Klienten har KOL og bruger ilt.", "SP001", "KOL"),
        ("Mette har diabetes.", "SP001", "diabetes"),
        # criminal offences
        ("Ansøgeren er tidligere dømt for vold.", "SP002", "dømt"),
        ("Han sidder varetægtsfængslet.", "SP002", "varetægtsfængslet"),
        ("Borgeren har en plettet straffeattest.", "SP002", "plettet straffeattest"),
        ("Hun blev sigtet for tyveri i 2022.", "SP002", "sigtet"),
        # social conditions
        ("Borgeren modtager kontanthjælp.", "SP003", "kontanthjælp"),
        ("Hendes søn er anbragt uden for hjemmet.", "SP003", "anbragt"),
        ("Familien har gæld til kommunen, og han er hjemløs.", "SP003", "hjemløs"),
        ("Ansøgeren er på førtidspension.", "SP003", "førtidspension"),
        ("Borgeren er i gang med en skilsmisse.", "SP003", "skilsmisse"),
        # political, religion, union, ethnic, sexual, genetic
        ("Han er medlem af Enhedslisten.", "SP004", "medlem af Enhedslisten"),
        ("Min kollega stemmer på Venstre.", "SP004", "stemmer på Venstre"),
        ("Ansøgeren er muslim.", "SP005", "muslim"),
        ("Hun er konverteret til katolicismen.", "SP005", "konverteret"),
        ("Medarbejderen er medlem af 3F.", "SP006", "medlem af 3F"),
        ("Hun er tillidsrepræsentant.", "SP006", "tillidsrepræsentant"),
        ("Klienten er flygtning fra Syrien.", "SP007", "flygtning"),
        ("Han er af anden etnisk oprindelse.", "SP007", "anden etnisk oprindelse"),
        ("Hun er lesbisk.", "SP008", "lesbisk"),
        ("Borgeren har været udsat for seksuelle overgreb.", "SP008", "seksuelle overgreb"),
        ("Patienten har fået taget en gentest.", "SP009", "gentest"),
        ("Hans fingeraftryk blev registreret.", "SP009", "fingeraftryk"),
        # English
        ("The applicant has diabetes.", "SP001", "diabetes"),
        ("She is a muslim.", "SP005", "muslim"),
    ],
)
def test_about_a_person(text, code, word):
    assert (code, word) in found(text)


def test_cpr_number_makes_it_about_a_person():
    assert "SP001" in codes("CPR 010190-1234: diabetes type 2, insulinbehandlet.")


def test_case_note_header_in_the_same_paragraph():
    note = "Navn: Mette Hansen\nAlder: 45\nDiagnose: depression\nBehandling: samtaleterapi"
    assert ("SP001", "depression") in found(note)


def test_honorific_makes_it_about_a_person():
    assert "SP001" in codes("Fru Olsen har Parkinsons sygdom.")


def test_weak_word_next_to_the_person_counts():
    assert ("SP001", "hospitalet") in found("Hun er indlagt på hospitalet.") or (
        "SP001", "indlagt"
    ) in found("Hun er indlagt på hospitalet.")
    assert ("SP001", "stress") in found("Hun har stress.")


# --- general talk: not reported -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Diabetes er en af de mest udbredte folkesygdomme.",
        "Mange borgere med depression får hjælp i psykiatrien.",
        "Kriminaliteten i kommunen faldt sidste år.",
        "Kontanthjælpen blev sat ned i 2024.",
        "Venstre og Socialdemokratiet indgik forlig.",
        "Religion fylder meget i debatten om integration.",
        "Fagforeningerne har indgået en ny overenskomst.",
        "Danmark tog imod flere flygtninge i 2015.",
        "Pride handler om rettigheder for LGBT+-personer.",
        "Ansigtsgenkendelse er omdiskuteret.",
        "Forklar hvad serviceloven § 41 siger om merudgifter ved kronisk sygdom.",
        "Hvis borgeren modtager kontanthjælp, skal kommunen vurdere rådighed.",
        "Når en borger er sygemeldt, skal der afholdes opfølgningssamtaler.",
        "Skriv en artikel om demens til vores nyhedsbrev.",
        "Hvad er symptomerne på diabetes?",
        "Statistikken viser, at 7 procent har astma.",
        "Kommunens sundhedscenter tilbyder kurser om KOL og diabetes.",
        "ADHD-foreningen holder møde i aften.",
        "Her er nogle eksempler på gode tekster, sagde hun.",
        "Min kollega er kold og træt af regnvejret.",
        "Hun søger ledige stillinger inden for økonomi.",
        "Han arbejder som psykolog i kommunen.",
        "Der står et skilt ved indgangen.",
        "Hun stammer fra Tyrkiet.",
        "De gældende regler blev ændret i 2023.",
        "Vi skal udsætte mødet til næste uge.",
        "Kristen Nielsen er ny afdelingsleder.",
        "Hun er tilmeldt kurset i religion.",
    ],
)
def test_general_talk_is_not_reported(text):
    assert found(text) == []


def test_word_inside_a_longer_word_is_not_a_match():
    # "eksem" must not match "eksempler", "kol" not "kollega", "gæld" not "gældende".
    assert found("Borgeren gav eksempler på gældende regler til sin kollega.") == []


# --- data and rules ----------------------------------------------------------------------------------


def test_every_category_has_a_rule_with_texts_in_both_languages():
    lexicon = load_lexicon(patterns_dir() / "data")
    categories = {entry.category for entry in lexicon.entries.values()}
    assert categories == set(RULES)
    for rule in RULES.values():
        assert rule.entity == "special_category" and rule.priority == 40
        for attr in ("message", "what", "why", "instead"):
            assert getattr(rule, attr)["da"] and getattr(rule, attr)["en"]


def test_the_derived_health_list_is_loaded():
    lexicon = load_lexicon(patterns_dir() / "data")
    # Words that only the Lægehåndbogen list has.
    assert lexicon.entries["karpaltunnelsyndrom"].category == "health"
    assert "eksempler" not in lexicon.entries


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_rule_examples(rule):
    detector = SpecialCategoryDetector()
    for text in rule.examples:
        assert rule.code in {s.rule for s in detector.find(text)}, text
    for text in rule.counter_examples:
        assert list(detector.find(text)) == [], text


def test_social_conditions_are_warnings_and_art9_errors():
    severities = {r.code: str(r.severity) for r in RULES.values()}
    assert severities["SP003"] == "warning"
    assert all(v == "error" for k, v in severities.items() if k != "SP003")


def test_spans_are_offsets_into_the_original_text():
    text = "Diabetes er udbredt.\n\nBorgeren har diabetes."
    [(start, end)] = [(s.start, s.end) for s in SpecialCategoryDetector().find(text)]
    assert text[start:end] == "diabetes" and start == text.rindex("diabetes")


def test_word_at_the_very_start_of_the_text():
    assert ("SP001", "Diabetes") in found("Diabetes har hun haft i ti år.")


def test_regex_fallback_finds_the_same_as_the_automaton():
    text = (
        "Borgeren har diabetes og tager insulin. Hun er medlem af fagforeningen.\n"
        "Diabetes er udbredt. Min kollega er sygemeldt (stress) og modtager sygedagpenge."
    )
    detector = SpecialCategoryDetector()
    with_automaton = [(s.rule, s.start, s.end) for s in detector.find(text)]
    detector._load()[0]._automaton = False  # as on a platform without pyahocorasick
    assert [(s.rule, s.start, s.end) for s in detector.find(text)] == with_automaton
    assert len(with_automaton) >= 5


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Navn: Mette Hansen\nHelbred: sukkersyge\nMedicin: insulin", "sukkersyge"),
        ("Borgeren: Jens, 45 år.\nDiagnose: depression", "depression"),
        ("Borgeren har været sygemeldt i seks måneder pga. rygsmerter og depression.",
         "depression"),
    ],
)
def test_case_notes_and_abbreviations(text, word):
    assert ("SP001", word) in found(text)


def test_a_field_label_is_not_itself_a_finding():
    assert [w for _, w in found("Borgeren: Jens, 45 år.\nDiagnose: depression")] == ["depression"]


def test_general_sentence_next_to_a_person_noun_in_the_paragraph():
    assert found("Borgeren bor alene.\nDiabetes er en folkesygdom, som kræver kontrol.") == []
