"""CT003: Danish postal addresses, one span from the street name to the town."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.config import Config
from promptlint.detectors import _labels
from promptlint.detectors.address import (
    _AFTER_ODD,
    _CANDIDATE,
    _CANDIDATE_SHAPE,
    _LOWER_CANDIDATE_VIEW,
    _LOWER_CANDIDATES,
    RULE,
    AddressDetector,
    _lower_view_starts,
    load_data,
)
from promptlint.model import Severity
from promptlint.scan import build_engine

DETECTOR = AddressDetector()


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


# (text, the one address it contains, exactly as the span must cover it)
POSITIVES = [
    (
        # holdout139: a harbour promenade is a street
        "Leverandøren, CVR-nr. 29187345, Vestre Havnepromenade 21, 9000 Aalborg, er indstillet.",
        "Vestre Havnepromenade 21, 9000 Aalborg",
    ),
    (
        "Borgeren bor på Vestergade 12, 2. th., 8000 Aarhus C.",
        "Vestergade 12, 2. th., 8000 Aarhus C",
    ),
    (
        "Ny adresse: Jens Baggesens Vej 7B, 8200 Aarhus N, pr. 1. maj.",
        "Jens Baggesens Vej 7B, 8200 Aarhus N",
    ),
    ("Hun er flyttet til Nørrebrogade 45 st. tv.", "Nørrebrogade 45 st. tv"),
    ("Gl. Kongevej 5, 1. sal, 1610 København V", "Gl. Kongevej 5, 1. sal, 1610 København V"),
    (
        "Kontoret ligger på H.C. Andersens Boulevard 27, 1553 København V.",
        "H.C. Andersens Boulevard 27, 1553 København V",
    ),
    (
        "Sankt Annæ Plads 10, 3. 4, DK-1250 København K",
        "Sankt Annæ Plads 10, 3. 4, DK-1250 København K",
    ),
    ("Kongevejen 155, kl., 2830 Virum", "Kongevejen 155, kl., 2830 Virum"),
    ("Adressen er Kastanievej 4, mf.", "Kastanievej 4, mf"),
    ("Han bor på Vestergade nr. 12 sammen med sin søster.", "Vestergade nr. 12"),
    ("Vestergade 12-14, 5000 Odense C", "Vestergade 12-14, 5000 Odense C"),
    ("Amagerbrogade 8B, 4. th, 2300 København S", "Amagerbrogade 8B, 4. th, 2300 København S"),
    ("Mette Hansen, Vestergade 12, 8000 Århus C", "Vestergade 12, 8000 Århus C"),
    ("Lyngbyvej 2, 2800 Kgs. Lyngby", "Lyngbyvej 2, 2800 Kgs. Lyngby"),
    ("Rådhuspladsen 2, 1550 København V", "Rådhuspladsen 2, 1550 København V"),
    ("Skolen ligger på Skolevej 3 og har 450 elever.", "Skolevej 3"),
    ("jeg bor på nørrebrogade 45, 2. tv og har to børn", "nørrebrogade 45, 2. tv"),
    ("Kirkebakken 9, Tapdrup, 8800 Viborg", "Kirkebakken 9, Tapdrup, 8800 Viborg"),
    ("Send det til Elsted Bygade 62, 8520 Lystrup.", "Elsted Bygade 62, 8520 Lystrup"),
    ("Mødet holdes på Nyhavn 12 i København.", "Nyhavn 12"),
    ("Ny bopæl: Holmen 12, 1. tv.", "Holmen 12, 1. tv"),
    ("Algade 3, 4000 Roskilde", "Algade 3, 4000 Roskilde"),
    (
        "Borger: Bo Jensen, Østergade 7, 3. sal tv., 9000 Aalborg",
        "Østergade 7, 3. sal tv., 9000 Aalborg",
    ),
    ("Aqqusinersuaq 5, 3900 Nuuk", "Aqqusinersuaq 5, 3900 Nuuk"),
    ("Rosenvænget 21, 2. 3, 7100 Vejle", "Rosenvænget 21, 2. 3, 7100 Vejle"),
    ("Lejligheden på Strandboulevarden 88, 4. th. er på 78 m2.", "Strandboulevarden 88, 4. th"),
    ("Vi har besøgt borgeren på Peter Bangs Vej 30, st.", "Peter Bangs Vej 30, st"),
    # The words before a street's last word are read as for a street the list lacks: a bracket
    # is not part of the name, and neither is a label such as "Adresse".
    ("(Peter Bangs Vej 30, 2000 Frederiksberg)", "Peter Bangs Vej 30, 2000 Frederiksberg"),
    ("Adresse Peter Bangs Vej 30", "Peter Bangs Vej 30"),
    ("(Vestergade 12, 8000 Aarhus C)", "Vestergade 12, 8000 Aarhus C"),
    ("**Nørregade 7**", "Nørregade 7"),
    ("Hun bor på Hovedgaden 3.", "Hovedgaden 3"),
    ("Han bor på 2.Tværvej 3, 9000 Aalborg", "2.Tværvej 3, 9000 Aalborg"),
    ("10. Februar Vej 5, 6000 Kolding", "10. Februar Vej 5, 6000 Kolding"),
    ("Rigsarkivet, Rigsdagsgården 9, 1218 København K", "Rigsdagsgården 9, 1218 København K"),
    ("VESTERGADE 12, 8000 AARHUS C", "VESTERGADE 12, 8000 AARHUS C"),
    ("Adresse:\tSkovvej 45, 3. th., 7100 Vejle", "Skovvej 45, 3. th., 7100 Vejle"),
    # Streets the list lacks, ended by a word that ends streets, with their postcode and town.
    ("Adresse: Gl. Køge Landevej 87, 4. th., 2500 Valby",
     "Gl. Køge Landevej 87, 4. th., 2500 Valby"),
    ("Hun bor på Bøgeskov Huse 7, 4990 Sakskøbing, ca. 14 km fra centret.",
     "Bøgeskov Huse 7, 4990 Sakskøbing"),
    # an avenue in its definite form, a flat's number (holdout592)
    ("Bolig: Kastanjealléen 3, lejl. 9, 5700 Svendborg", "Kastanjealléen 3, lejl. 9, 5700 Svendborg"),
    ("Åbrinken 14, lejlighed nr. 12, 8900 Randers C", "Åbrinken 14, lejlighed nr. 12, 8900 Randers C"),
]

MULTILINE = [
    ("Mette Hansen\nVestergade 12\n8000 Aarhus C\n", "Vestergade 12\n8000 Aarhus C"),
    ("Att.: Jens Jensen\nSøndergade 4, 2. th.\n6000 Kolding", "Søndergade 4, 2. th.\n6000 Kolding"),
    # a field of a ";"-separated export
    ("2802703603;Lone Birkholm;lone@example.dk;Nørregade 38, 3. th, 8000 Aarhus C;Z1",
     "Nørregade 38, 3. th, 8000 Aarhus C"),
]

POSTBOXES = [
    ("Svar sendes til Postboks 145, 8100 Aarhus C", "Postboks 145, 8100 Aarhus C"),
    ("Skriv til Postboks 2000", "Postboks 2000"),
    ("P.O. Box 123, 2100 København Ø", "P.O. Box 123, 2100 København Ø"),
]

# Streets, numbers and towns that are not addresses (DOMAIN.md traps).
NEGATIVES = [
    "Vejle Kommune har kontor på Holmen",
    # an avenue as a noun
    "Vi gik ned ad alléen 3 gange, og Alleen er smuk.",
    # Such a street without its postcode, and a room with a postcode.
    "Hun bor på Køge Landevej 87 i Valby",
    "Mødet er i Lokale 7, 8000 Aarhus C",
    "Vejle",
    "Holmen",
    "Holmen 12",
    "Vi mødes i Vestergade i morgen",
    "jf. § 12, stk. 2, og mødet kl. 12",
    "Han flyttede til Vestergade 3. marts 2024",
    "Han flyttede til Vestergade 3 marts 2024",
    "Vestergade 12. maj blev der holdt fest",
    "Vestergade 1.234.567 kr. i alt",
    "Strøget 200 meter væk ligger museet",
    "Vi mødes på Nørregade 14.30",
    "Kapitel 3 beskriver metoden, og Bilag 2 viser tallene",
    "iPhone 12 og Galaxy S20",
    "Danmark 12 gange i træk",
    "Uge 12 og Fase 2",
    "Region Hovedstaden 3 og Københavns Kommune 5",
    "8000 Aarhus C",
    "Nyhavn 12",
    "Hovedgaden 3 gange om ugen",
    "Parkeringsplads 3 er reserveret",
    "Motorvej 3 var lukket",
    "Vestergade 2024",
    "Vestergade 12 %",
    "Skovvej 3/4 af strækningen",
    "Bakkevej 2,5 km mod nord",
    "lov nr. 502 af 23. maj 2018",
    "Sagsnr. 2024 - 2216",
    "Vejen 12 og Gaden 4",
    "Mark 3 og Palle 4",
    "Brigade 3 rykkede ud",
    "vej 12",
    "Se Box 12 i lageret",
    "Boligforeningen Østjylland har 412 husstande",
    "Mødet er slut med Hansen. Alle 3 deltagere gik hjem.",
    "Alle 3 børn er raske.",
    "Vi vandt på Parken 2-1 i går.",
    # A count after a street's name: "2-3 gange", not house numbers 2 to 3 (holdout516).
    "Hun kommer på natcaféen på Vesterbro 2-3 gange om ugen.",
    "Kong Christian 4 byggede Rundetårn",
    "Windows 11 og Office 365, Python 3 og Java 17",
    "Afsnit 4.1 og Tabel 2",
    "Stuen 3",
    "Tabel  3 viser tallene",
]


def test_double_spaces_copied_from_a_case_system():
    text = "Adresse:         Ahornvej  9, st.  tv.,  5220  Odense SØ\nTlf.: 66137742"
    assert found(text) == ["Ahornvej  9, st.  tv.,  5220  Odense SØ"]
    assert found("Adr.   :   Bøgeparken  12 B,  7100  Vejle") == ["Bøgeparken  12 B,  7100  Vejle"]


@pytest.mark.parametrize("text, address", POSITIVES + MULTILINE + POSTBOXES)
def test_finds_the_whole_address_as_one_span(text, address):
    assert found(text) == [address]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_address(text):
    assert found(text) == []


@pytest.mark.parametrize("text, address", POSITIVES + MULTILINE + POSTBOXES)
def test_span_never_ends_in_punctuation_or_space(text, address):
    for span in DETECTOR.find(text):
        assert text[span.end - 1] not in ".,; \n"
        assert text[span.start].isalnum()


def test_confidence_grows_with_evidence():
    bare = next(iter(DETECTOR.find("Vestergade 12")))
    full = next(iter(DETECTOR.find("Vestergade 12, 2. th., 8000 Aarhus C")))
    assert bare.confidence < full.confidence
    assert bare.severity is Severity.WARNING
    assert full.severity is Severity.ERROR


def test_context_word_makes_a_single_list_street_count():
    assert found("Nyhavn 12") == []
    assert found("Hun bor på Nyhavn 12") == ["Nyhavn 12"]


def test_postcode_must_exist():
    # 0123 is no Danish postcode: the street is found, the "postcode" is not part of it.
    assert found("Vestergade 12, 0123 Aarhus C") == ["Vestergade 12"]
    assert found("Vestergade 12, 8000 Aarhus C") == ["Vestergade 12, 8000 Aarhus C"]


def test_po_box_codes_count_with_a_known_town():
    # 8100 is a PO-box code (not in the street-postcode list) but Aarhus C is a postal town.
    assert found("Postboks 145, 8100 Aarhus C") == ["Postboks 145, 8100 Aarhus C"]
    assert found("Postboks 145, 8100 Xyzby") == ["Postboks 145"]


def test_several_addresses_in_one_text():
    text = "Fra Nørrebrogade 45 st. tv. til Jens Baggesens Vej 7B, 8200 Aarhus N."
    assert found(text) == ["Nørrebrogade 45 st. tv", "Jens Baggesens Vej 7B, 8200 Aarhus N"]


def test_shipped_data_loads_and_is_complete():
    data = load_data()
    assert data.street_count() > 50_000
    assert data.is_street["vestergade"] and data.is_street["jens baggesens vej"]
    # Placeholder roads of the CPR register are filtered out when the data is built.
    assert not data.is_street["uden fast bopæl"]
    assert data.towns["8000"] == ("aarhus c", "århus c")
    assert "2400" in data.towns and "3900" in data.towns and "0900" in data.towns
    assert "0123" not in data.towns
    assert all(len(code) == 4 and code.isdigit() for code in data.towns)
    assert data.town_names["8000"] == data.towns["8000"] and data.town_names["0123"] is None


def test_rule_texts_are_complete():
    for attr in ("message", "what", "why", "instead"):
        assert RULE.text(attr, "da") and RULE.text(attr, "en")
    assert RULE.entity == "address" and RULE.priority == 65 and RULE.guideline == 2
    for example in RULE.examples:
        assert found(example), example
    for counter in RULE.counter_examples:
        assert found(counter) == [], counter


def test_through_the_engine():
    _, engine = build_engine(Config())
    text = "Borgeren bor på Vestergade 12, 2. th., 8000 Aarhus C og er født 3. marts 1987."
    findings = [f for f in engine.scan(text) if f.rule.code == "CT003"]
    assert [f.value for f in findings] == ["Vestergade 12, 2. th., 8000 Aarhus C"]
    assert findings[0].entity == "address"
    assert findings[0].line == 1 and findings[0].column == text.index("Vestergade") + 1


def test_pathological_inputs_finish():
    # Linear time: these must not hang (a timing assertion would be flaky on a shared machine).
    assert found("1" * 200_000) == []
    assert found("Vestergade " * 20_000) == []
    assert len(found("Vestergade 1 " * 5_000)) == 5_000
    assert found("A" * 200_000 + " 1") == []
    # Each of these once took quadratic time (a slice back to the start of the text, or a
    # match attempt at every capital inside one long word).
    assert found("A" * 200_000) == []
    assert len(found("Vestergade 1\n" * 20_000)) == 20_000
    assert found("vej 1\n" * 20_000) == []
    assert found("A-" * 100_000) == []
    assert found("Vestergade 1" + " " * 200_000 + "8000 Aarhus C") == ["Vestergade 1"]


_ALPHABET = st.sampled_from(list("Vestergade Vej 12 B , . 2. th. st. tv. 8000 Aarhus C\nkr %-/:"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_spans_are_well_formed_on_random_text(text):
    for span in DETECTOR.find(text):
        assert 0 <= span.start < span.end <= len(text)
        assert 0.6 <= span.confidence <= 1.0
        assert text[span.end - 1] not in ".,; \n"
        assert any(ch.isdigit() for ch in text[span.start : span.end])


def _rebuild_module():
    import importlib.util

    from promptlint.resources import patterns_dir

    path = patterns_dir() / "data" / "rebuild_addresses.py"
    spec = importlib.util.spec_from_file_location("rebuild_addresses", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rebuild_script_filters_placeholders_and_reads_the_wheel(tmp_path):
    import json
    import zipfile

    rebuild = _rebuild_module()
    streets = tmp_path / "da_addresses.jsonl"
    names = ["Vestergade", "Uden Fast Bopæl 4", "Folkeregistret", "S12", "Bro 14", "Aage  Beks Vej"]
    streets.write_text("\n".join(json.dumps(n) for n in names) + "\n", encoding="utf-8")
    assert rebuild.read_streets(streets) == ["Aage Beks Vej", "Vestergade"]

    wheel = tmp_path / "fake.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for member, rows in zip(
            rebuild._PACKAGE_FILES,
            (
                [{"code": "8000", "localityName": "Aarhus C"}],
                [{"code": "3900", "localityName": "Nuuk"}],
            ),
            strict=True,
        ):
            zf.writestr(member, json.dumps(rows))
    codes = rebuild.read_postcodes(wheel)
    assert codes["8000"] == "Aarhus C" and codes["3900"] == "Nuuk"
    assert codes["0900"] == "København C"  # the documented supplement
    assert list(codes) == sorted(codes)


# --- the fast scan (shape view, see detectors/_labels.py) finds what a plain scan finds ------

_TOKENS = st.sampled_from(
    ["Vestergade", "Skovvej", "Nr", "nr.", "A", "Ø", "É", "a", "ı", "ş", "\u2013", "“", "²", "_",
     "12", "3", "12345", "123456", " ", "\u00a0", ".", ",", "\n"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=30).map("".join))
def test_candidates_are_those_of_a_plain_scan(text):
    shape = _labels.view(text).shape
    offsets = sorted(
        [m.start() for m in _CANDIDATE_SHAPE.finditer(shape)]
        + [m.start() + 1 for m in _AFTER_ODD.finditer(shape)]
    )
    fast = [m.span() for m in _labels.verified(_CANDIDATE, offsets, text, shape)]
    assert fast == [m.span() for m in _CANDIDATE.finditer(text)]


_LOWER_TOKENS = st.sampled_from(
    ["vestergade", "skovvej", "Skovvej", "VEJ", "allé", "ALLÉ", "Ældre", "ıade", "mange", " ",
     "\u00a0", "1", "23", "x", "\n", "–"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_LOWER_TOKENS, max_size=40).map("".join))
def test_lower_case_street_places_from_the_keyword_index_are_the_patterns(piece):
    # Long enough that the keyword index has places (short texts use substring tests).
    text = (piece + " ") * (5000 // (len(piece) + 1) + 1)
    lower = _labels.view(text).lower
    fast = sorted(_lower_view_starts(text, lower))
    slow = _labels.positions(_LOWER_CANDIDATE_VIEW, lower)
    # The index also offers the view's capitals ("allÉ 1"); the text's pattern then refuses them.
    assert set(slow) <= set(fast)
    space = _LOWER_CANDIDATES[0]
    assert [p for p in fast if space.match(text, p)] == [p for p in slow if space.match(text, p)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Adresse: “Vestergade 12, 2. th., 8000 Aarhus C”", "Vestergade 12, 2. th., 8000 Aarhus C"),
        ("Hun bor på Yılmazvej 12, 8000 Aarhus C", "Yılmazvej 12, 8000 Aarhus C"),
        ("Adresse:\u00a0Vestergade\u00a012", "Vestergade\u00a012"),
    ],
)
def test_addresses_next_to_characters_above_latin_1(text, value):
    assert found(text) == [value]


def test_capitals_after_characters_above_latin_1_cost_linear_time():
    # Each capital after a dash could start a word; a scan that read the rest of the run again
    # for each of them would take minutes here instead of milliseconds.
    text = "A\u2013" * 200_000 + " 12"
    # The time is measured by benchmarks/bench.py (pathological inputs), not asserted here.
    assert found(text) == []


def test_street_list_loads_only_when_a_candidate_needs_it():
    from promptlint.detectors import address

    address.load_data.cache_clear()
    assert (
        list(address.AddressDetector().find("Kan du skrive en kort tekst om åbningstider?")) == []
    )
    assert address.load_data.cache_info().currsize == 0
    assert list(address.AddressDetector().find("Hun bor på Østergade 12, 8000 Aarhus C."))
    assert address.load_data.cache_info().currsize == 1


def test_bisected_answers_equal_the_sets(tmp_path):
    # A short text's questions are answered by bisecting the sorted street list; a long one's
    # by sets built from it. Both must give the same answers.
    from promptlint.detectors.address import AddressData
    from promptlint.resources import patterns_dir

    folder = patterns_dir() / "data" / "addresses"
    bisect_only = AddressData(folder)
    with_sets = AddressData(folder)
    with_sets._sets()
    names = (folder / "streets.txt").read_text(encoding="utf-8").casefold().split("\n")[:-1]
    words = sorted({w for name in names[::50] for w in name.split(" ")})
    asked = names[::50] + words + ["", "vej", "bygade", "kirkevej", "nørre", "aaa", "zzz", "åvej"]
    asked += [w + "x" for w in words[::5]] + [w[:-1] for w in words[::5]]
    for key in asked:
        assert bisect_only._bisected()
        bisect_only._bisections = 0
        for question in ("is_street", "is_last_word", "is_generic"):
            assert getattr(bisect_only, question)[key] == getattr(with_sets, question)[key], key
    assert {w for w in with_sets._generic} == {
        w for w in set(words) | with_sets._generic if bisect_only.is_generic[w]
    }


def test_a_street_given_with_its_postcode_is_that_street_wherever_it_recurs():
    # "Skovbrynet 16" alone in prose is too weak (a word and a number); the same text giving
    # "Skovbrynet 16, 8240 Risskov" makes it an address everywhere in that text.
    alone = "Vi har fået en henvendelse fra ejeren af naboejendommen Skovbrynet 16 om terrassen."
    assert [alone[s.start : s.end] for s in AddressDetector().find(alone)] == []
    text = alone + "\nKopi sendt til: ejeren af Skovbrynet 16, 8240 Risskov"
    found = sorted(text[s.start : s.end] for s in AddressDetector().find(text))
    assert found == ["Skovbrynet 16", "Skovbrynet 16, 8240 Risskov"]
