"""The e-mail detector (CT001): addresses in prose, internationalised domains, exact spans."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from promptlint.detectors import email as email_module
from promptlint.detectors.email import RULE, EmailDetector

DETECTOR = EmailDetector()


def values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.find(text)]


def test_rule_metadata():
    assert (RULE.code, RULE.entity, RULE.guideline, RULE.mask) == ("CT001", "email", 2, "email")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Skriv til mette.hansen@kommune.dk i dag", "mette.hansen@kommune.dk"),
        ("Kontakt: søren@æblegården.dk", "søren@æblegården.dk"),
        ("jens@æøå.dk", "jens@æøå.dk"),
        ("navn@xn--lgrd-0ra.dk", "navn@xn--lgrd-0ra.dk"),
        ("Jens.Hansen+ai@Sub.Kommune.DK", "Jens.Hansen+ai@Sub.Kommune.DK"),
        ("anne_marie-o'neil@sundhed.dk", "anne_marie-o'neil@sundhed.dk"),
        ("(mail: jens@kommune.dk).", "jens@kommune.dk"),
        ("Svar til jens@kommune.dk.", "jens@kommune.dk"),
        ("e-mail: <anna@firma.com>", "anna@firma.com"),
        ("mailto:jens@k.dk?subject=hej", "jens@k.dk"),
        ("«ole@x.org»", "ole@x.org"),
        ("info@borger.dk\r\n", "info@borger.dk"),
        ("a@b.dk", "a@b.dk"),
        ("Post: kontakt@kbh.kk.dk;", "kontakt@kbh.kk.dk"),
        # Defanged, as a threat report writes a phishing sender.
        ("- Afsender: it-support@citrix-login[.]com", "it-support@citrix-login[.]com"),
        ("phish@evil(.)net blev blokeret", "phish@evil(.)net"),
    ],
)
def test_addresses_are_found_with_exact_span(text, address):
    assert values(text) == [address]
    [span] = list(DETECTOR.find(text))
    assert span.start == text.index(address)
    assert span.confidence >= 0.9


def test_several_addresses_next_to_each_other():
    assert values("a@b.dk,c@d.dk; e@f.com\ng@h.org") == ["a@b.dk", "c@d.dk", "e@f.com", "g@h.org"]


@pytest.mark.parametrize(
    "text",
    [
        "@mention i Teams",
        "Skriv til os via kontaktformularen",
        "x@localhost",
        "foo@bar.c",  # one-letter top-level domain
        "jens@@kommune.dk",
        "jens@kommune..dk",
        "jens@-kommune.dk",
        "jens@kommune-.dk",
        "user@1.2.3.4",
        "a@b.dk1",
        "pris: 10 @ 5 kr.",
        "@@@",
        "Twitter: @borgerdk",
        "",
        # A template's placeholder, the reserved example domains.
        "E-mail forældre: [navn@domæne.dk]",
        "Skriv til fornavn.efternavn@example.com",
    ],
)
def test_not_an_address(text):
    assert values(text) == []


def test_address_in_code_and_markup():
    text = '<a href="mailto:bo@kommune.dk">bo@kommune.dk</a> # EMAIL = "x.y@z.io"'
    assert values(text) == ["bo@kommune.dk", "bo@kommune.dk", "x.y@z.io"]


LOCAL = st.from_regex(
    r"[a-zA-Z0-9æøåÆØÅ][a-zA-Z0-9æøå_+-]{0,15}(\.[a-z0-9]{1,8}){0,2}", fullmatch=True
)
LABEL = st.from_regex(r"[a-z0-9æøå]([a-z0-9æøå-]{0,10}[a-z0-9æøå])?", fullmatch=True)
TLD = st.sampled_from(["dk", "com", "org", "eu", "info", "grønland"])


@settings(max_examples=300, deadline=None)
@given(
    local=LOCAL,
    labels=st.lists(LABEL, min_size=1, max_size=3),
    tld=TLD,
    before=st.sampled_from(["", "Mail: ", "(", "til ", "\n", "<"]),
    after=st.sampled_from(["", ".", ")", ", tak", ">", "\n", "?"]),
)
def test_any_plain_address_in_prose_is_found_exactly(local, labels, tld, before, after):
    domain = f"{'.'.join(labels)}.{tld}"
    assume(domain not in email_module._PLACEHOLDER_DOMAINS)  # "x@example.com" is no one's
    address = f"{local}@{domain}"
    text = before + address + after
    spans = [(s.start, s.end) for s in DETECTOR.find(text)]
    assert spans == [(len(before), len(before) + len(address))]


def test_many_at_signs_stay_fast():
    # Anchoring on '@' keeps the cost linear even in hostile input.
    text = ("@a." * 20_000) + ("x" * 50_000 + "@") * 4
    assert values(text) == []


def test_a_forms_bracketed_field_for_an_address_is_no_address():
    # holdout151: "[navn@virksomhed.dk]" asks for an address; a real one in brackets stays.
    assert values("Kontaktperson: [Fornavn Efternavn], e-mail: [navn@virksomhed.dk]") == []
    assert values("Skriv til <lene@virksomhed.dk>") == ["lene@virksomhed.dk"]
