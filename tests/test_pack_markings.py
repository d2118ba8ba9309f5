"""Classification and handling markings (patterns/packs/markings.toml, CF0xx) and confidential
government matters (patterns/packs/government_matters.toml, CF2xx), through the engine.

The trap that matters most: "fortroligt" is an ordinary Danish word ("vi behandler dine
oplysninger fortroligt"), so only capitals or a marking context make it a marking.
"""

from __future__ import annotations

from functools import cache

import pytest

from promptlint.config import Config
from promptlint.scan import build_engine


@cache
def _engine(select: tuple[str, ...]):
    return build_engine(Config(select=select, plugins=False))[1]


def found(text: str, select: tuple[str, ...] = ("classification",)) -> list[tuple[str, str]]:
    return [(f.rule.code, f.value) for f in _engine(select).scan(text)]


def values(text: str, select: tuple[str, ...] = ("classification",)) -> list[str]:
    return [v for _, v in found(text, select)]


# --- Danish classification levels (CF001) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("TIL TJENESTEBRUG\n\nNotat om indkøb af materiel", "TIL TJENESTEBRUG"),
        ("FORTROLIGT\nReferat af mødet den 3. maj", "FORTROLIGT"),
        ("HEMMELIGT", "HEMMELIGT"),
        ("Side 2 af 4 – YDERST HEMMELIGT", "YDERST HEMMELIGT"),
        ("Dokumentet er stemplet STRENGT FORTROLIGT.", "STRENGT FORTROLIGT"),
        ("Klassifikation: Fortroligt", "Fortroligt"),
        ("Sikkerhedsklassifikation: til tjenestebrug", "til tjenestebrug"),
        ("Dokument: Notat | Klassificering: Hemmeligt | Side 1", "Hemmeligt"),
        ("Mærkning: Til tjenestebrug", "Til tjenestebrug"),
        ("[Fortroligt] Oplæg til direktionen", "Fortroligt"),
        ("Notat\nFortroligt\nTil: Direktionen", "Fortroligt"),
        ("**Fortroligt**\n\nOrientering om sagen", "Fortroligt"),
        (
            "Fortroligt – må ikke offentliggøres\nOrientering om forhandlingerne",
            "Fortroligt – må ikke offentliggøres",
        ),
        ("FORTROLIGT – MÅ IKKE VIDEREGIVES", "FORTROLIGT – MÅ IKKE VIDEREGIVES"),
        ("Notat\nHemmeligt - må ikke kopieres\nSide 1", "Hemmeligt - må ikke kopieres"),
        # At the end of a title line, a Markdown heading or a mail subject.
        ("Orientering til direktionen – fortroligt\n\nTekst.", "fortroligt"),
        ("Notat om lønforhandlingen (fortroligt)\nTekst.", "fortroligt"),
        ("# Status på udbuddet – Fortroligt\n", "Fortroligt"),
        ("Fra: a@kommune.dk\nEmne: SV: Budget 2026 – fortroligt\n", "fortroligt"),
        ("Emne: Fortroligt: Udmeldinger til forhandlingen\n", "Fortroligt"),
        ("Notat om beredskab – til tjenestebrug\n", "til tjenestebrug"),
        # After a label in other words for "classification".
        ("Classification: Confidential", "Confidential"),
        ("Følsomhed: Intern", "Intern"),
        ("Sikkerhedsgrad: Fortroligt", "Fortroligt"),
        ("Klassificering: Internt", "Internt"),
        ("Til tjenestebrug\n\nVejledning om adgangskontrol", "Til tjenestebrug"),
        ("Fortroligt bilag 3 til aktstykke 112", "Fortroligt bilag"),
        ("Strengt fortroligt", "Strengt fortroligt"),
    ],
)
def test_danish_level_is_found(text, value):
    assert value in values(text, ("CF001",))


@pytest.mark.parametrize(
    "text",
    [
        "Vi behandler dine oplysninger fortroligt.",
        "Alle henvendelser behandles fortroligt, og vi videregiver intet.",
        "Det er hemmeligt, hvad gaven er.",
        "Oplysningerne er til tjenestebrug i afdelingen og skal arkiveres.",
        "Fortrolighed er en af vores kerneværdier.",
        "FORTROLIGHED OG SIKKERHED",
        "IKKE FORTROLIGT",
        "Offentligt",
        "Klassifikation: Offentlig",
        "Hun fortalte det fortroligt til sin kollega.\nfortroligheden blev brudt.",
        "Vi har en fortrolig samtale i morgen.",
        "UFORTROLIGT",
        # Only the first line, a heading or a subject is a title; prose lines are not.
        "Hej Jens\n\nJeg fortalte det til hende – fortroligt.",
        "Jeg fortalte det til hende – fortroligt.",
        "Emne: Hvordan behandler vi oplysninger fortroligt?",
        "Sensitivity: General",
    ],
)
def test_prose_is_not_a_level(text):
    assert found(text, ("CF001",)) == []


def test_level_at_the_very_first_line_in_mixed_case():
    assert values("Fortroligt\nNotat om sagen", ("CF001",)) == ["Fortroligt"]


def test_a_handling_phrase_after_the_level_belongs_to_it_but_other_notes_do_not():
    assert values("FORTROLIGT – kun til bestyrelsens medlemmer") == ["FORTROLIGT"]
    assert values("Fortroligt – må ikke videregives uden tilladelse\nTekst") == [
        "Fortroligt – må ikke videregives"
    ]


# --- NATO and EU (CF002) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NATO RESTRICTED",
        "NATO CONFIDENTIAL",
        "NATO SECRET",
        "COSMIC TOP SECRET",
        "RESTREINT UE/EU RESTRICTED",
        "CONFIDENTIEL UE/EU CONFIDENTIAL",
        "SECRET UE/EU SECRET",
        "TRÈS SECRET UE/EU TOP SECRET",
        "TRES SECRET UE",
        "RESTREINT UE",
        "EU RESTRICTED",
        "FOCAL TOP SECRET",
    ],
)
def test_nato_and_eu_markings(text):
    assert "CF002" in [c for c, _ in found(text)]


def test_combined_eu_marking_is_one_finding():
    assert values("RESTREINT UE/EU RESTRICTED") == ["RESTREINT UE/EU RESTRICTED"]


@pytest.mark.parametrize(
    "text",
    [
        "NATO UNCLASSIFIED",
        "Danmark er medlem af NATO og EU.",
        "EU's nye regler for restriktioner",
        "Nato restricted airspace over the Baltic",
        "SECRET_KEY = os.environ['KEY']",
    ],
)
def test_nato_eu_traps(text):
    assert "CF002" not in [c for c, _ in found(text)]


# --- Traffic Light Protocol (CF003, CF004) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("TLP:RED", "CF003"),
        ("TLP:AMBER", "CF003"),
        ("TLP:AMBER+STRICT", "CF003"),
        ("TLP: AMBER", "CF003"),
        ("TLP-RED", "CF003"),
        ("TLP AMBER", "CF003"),
        ("[TLP:AMBER] Hændelsesrapport", "CF003"),
        ("Mærkning: tlp:red", "CF003"),
        ("TLP:EX:CHR", "CF003"),
        ("TLP:GREEN", "CF004"),
        ("[TLP:GREEN]", "CF004"),
    ],
)
def test_tlp(text, code):
    assert code in [c for c, _ in found(text)]


def test_tlp_amber_strict_is_one_span():
    assert values("TLP:AMBER+STRICT") == ["TLP:AMBER+STRICT"]


@pytest.mark.parametrize("text", ["TLP:CLEAR", "TLP:WHITE", "Vi bruger TLP til deling.", "tlp"])
def test_tlp_clear_and_white_are_not_reported(text):
    assert found(text) == []


# --- handling phrases (CF005), drafts (CF006), self-declared sensitivity (CF007) ------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Må ikke videregives", "CF005"),
        ("MÅ IKKE OFFENTLIGGØRES", "CF005"),
        ("Notat om budgettet. Må ikke videregives til pressen.", "CF005"),
        ("Dokumentet må ikke videregives uden tilladelse.", "CF005"),
        ("Denne mail må ikke videresendes.", "CF005"),
        ("Kun til intern brug", "CF005"),
        ("Materialet er kun til intern brug.", "CF005"),
        ("Internt", "CF005"),
        ("INTERNT ARBEJDSDOKUMENT", "CF005"),
        ("Internt arbejdsdokument om omstruktureringen", "CF005"),
        ("Til intern brug", "CF005"),
        ("Oversigt over verserende sager pr. 1. maj – Til intern brug\n", "CF005"),
        ("Referat af ledermødet (til intern brug)", "CF005"),
        ("Budgetnotat 2026 – internt\n\nTekst", "CF005"),
        ("Under embargo til kl. 10.00", "CF005"),
        ("EMBARGO: tirsdag kl. 06.00", "CF005"),
        ("Embargo til 1. juni", "CF005"),
        ("Oplysningerne er undergivet tavshedspligt.", "CF005"),
        ("[Lukket bilag]", "CF005"),
        ("LIMITE", "CF005"),
        ("STRICTLY CONFIDENTIAL", "CF005"),
        ("Company Confidential\nCONFIDENTIAL", "CF005"),
        ("UDKAST\nNotat om ny affaldsordning", "CF006"),
        ("Udkast\n\nForslag til ændret styrelsesvedtægt", "CF006"),
        ("Udkast v2", "CF006"),
        ("Lovudkast", "CF006"),
        ("Udkast til lovforslag om ændring af lov om social service", "CF006"),
        ("Status: Udkast", "CF006"),
        ("Dokumentstatus: Udkast", "CF006"),
        ("Notatet [Udkast] sendes rundt i morgen", "CF006"),
        ("DRAFT – not for circulation", "CF006"),
        ("PERSONFØLSOMT", "CF007"),
        ("Personfølsomt", "CF007"),
        ("Indeholder personoplysninger", "CF007"),
        ("[Indeholder følsomme personoplysninger]", "CF007"),
    ],
)
def test_handling_markings(text, code):
    assert code in [c for c, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Vi har drøftet sagen internt i afdelingen.",
        "Der er intern uenighed om planen.",
        "Intern revision har gennemgået regnskabet.",
        "Du må ikke videregive din adgangskode til andre.",
        "Oplysningerne må ikke videregives til tredjemand uden samtykke.",
        "EU indførte en embargo mod landet i 2014.",
        "Embargoen blev ophævet.",
        "Medarbejdere i kommunen har tavshedspligt.",
        "Skriv et udkast til et svar til borgeren.",
        "Her er mit udkast:",
        "Udkastet blev sendt i høring i marts.",
        "Kan du forbedre sproget i dette udkast?",
        "Husk ikke at dele personfølsomme oplysninger med AI.",
        "Personfølsomme oplysninger",
        "Vejledningen handler om personoplysninger i AI-værktøjer.",
        "Offentligt\nSvar på spørgsmål 12 fra Folketingets Udvalg",
        "Intern kommunikation er vigtig.",
        "Hej Jens\n\nVi taler sammen i morgen – internt.",
        "Emne: Internt møde om budgettet",
        "Vi har lavet en vejledning til intern brug af AI-værktøjer.",
    ],
)
def test_handling_traps(text):
    assert found(text) == []


def test_a_header_with_several_markings():
    header = (
        "TIL TJENESTEBRUG\nMå ikke videregives\nSagsnr. 2024 - 2216\nNotat om sikkerhedsforhold\n"
    )
    codes = [c for c, _ in found(header)]
    assert codes == ["CF001", "CF005"]


def test_a_plain_letter_has_no_markings():
    letter = (
        "Kære Jens\n\nTak for dit brev. Vi behandler dine oplysninger fortroligt og vender "
        "tilbage inden for 14 dage. Hvis du har spørgsmål, er du velkommen til at ringe.\n\n"
        "Med venlig hilsen\nBorgerservice\n"
    )
    assert found(letter) == []


# --- confidential government matters (CF2xx) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vedlagt er lovudkastet, som vi skal have kommenteret.", "CF201"),
        ("Kan du forbedre sproget i udkastet til bekendtgørelsen?", "CF201"),
        ("Det ikke-fremsatte lovforslag indeholder tre nye paragraffer.", "CF201"),
        ("Her er vores forhandlingsoplæg til mødet med leverandøren.", "CF202"),
        ("Forhandlingsmandatet er godkendt af direktionen.", "CF202"),
        ("Kommunens mandat er at holde fast i 2 procent.", "CF202"),
        ("Vores smertegrænse ligger på 4,5 mio. kr.", "CF202"),
        ("Kontraktsummen er 12,4 mio. kr. ekskl. moms.", "CF202"),
        ("Tilbudsprisen fra leverandør B var lavest.", "CF202"),
        ("Tildelingsbeslutningen sendes i morgen.", "CF202"),
        ("Sagen er politisk følsom.", "CF203"),
        ("Der er politiske overvejelser om timingen.", "CF203"),
        ("Notat til ministeren om status på udbuddet", "CF203"),
        ("Samrådstale (udkast)", "CF203"),
        ("Her er ministerbetjeningsnotatet fra i går.", "CF203"),
        ("Beslutningsoplæg: ny organisering", "CF203"),
        ("Talepunkter til ministeren", "CF203"),
    ],
)
def test_government_matters(text, code):
    assert code in [c for c, _ in found(text, ("government_matter",))]


@pytest.mark.parametrize(
    "text",
    [
        "Lovforslaget blev fremsat den 4. oktober og kan læses på ft.dk.",
        "Skriv et udkast til et svar til borgeren.",
        "Forhandlingerne om overenskomsten fortsætter.",
        "Folketinget gav ministeren mandat til at forhandle.",
        "Kontrakten er offentliggjort på udbud.dk.",
        "Partierne har forskellige politiske holdninger.",
        "Ministeren holdt tale på konferencen.",
        "Skriv et notat om kantineordningen.",
    ],
)
def test_government_matter_traps(text):
    assert found(text, ("government_matter",)) == []


def test_government_matters_are_warnings():
    [finding] = _engine(("government_matter",)).scan("Her er forhandlingsoplægget.")
    assert str(finding.severity) == "warning"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "Undergivet tavshedspligt" said of the text itself, or as a stamp on its own line.
        ("Undergivet tavshedspligt\nNotat om borgerens forhold", "Undergivet tavshedspligt"),
        ("Referatet af mødet er undergivet tavshedspligt.", "undergivet tavshedspligt"),
        ("Dette notat er undergivet tavshedspligt.", "undergivet tavshedspligt"),
    ],
)
def test_confidentiality_said_of_the_text_is_a_marking(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # Guidance that explains the rule marks nothing.
        "Du må ikke dele oplysninger, der er fortrolige eller undergivet tavshedspligt efter "
        "forvaltningslovens § 27.",
        "Alle ansatte er undergivet tavshedspligt, jf. straffelovens § 152.",
        "Personalet er undergivet tavshedspligt i henhold til loven.",
    ],
)
def test_confidentiality_in_guidance_text_is_no_marking(text):
    assert values(text) == []


def test_an_internal_memo_is_a_kind_of_document_not_a_marking():
    # Four corpus writers left "Internt notat" unmarked; "Internt" alone stays a stamp.
    assert found("INTERNT NOTAT – vurdering af praktikmulighed\nJobcenter Esbjerg", ("CF005",)) == []
    assert found("Internt notat\n\nBudget 2026", ("CF005",)) == []
    assert found("Internt\n\nBudget 2026", ("CF005",)) == [("CF005", "Internt")]


def test_internal_use_only_in_capitals():
    text = "Regionshospitalet Horsens  –  udtræk 02.09.2025 08:05  ·  KUN TIL INTERN BRUG"
    assert values(text) == ["KUN TIL INTERN BRUG"]


def test_the_english_level_after_the_danish_one_it_translates():
    text = "TIL TJENESTEBRUG / RESTRICTED\n\nKriminalforsorgen, Afdeling København"
    assert values(text) == ["TIL TJENESTEBRUG", "RESTRICTED"]
    assert values("FORTROLIGT / CONFIDENTIAL\nNotat") == ["FORTROLIGT", "CONFIDENTIAL"]
    # Not a lower-case word after a slash in prose.
    assert values("Vi behandler sagen fortroligt / restricted access til mappen.") == []


def test_levels_a_guide_talks_about_are_no_markings():
    # Several levels named together, a level "or higher", a table of equivalent levels.
    assert values("Kan du forklare forskellen på FORTROLIGT og HEMMELIGT i cirkulæret?") == []
    assert values("Dokumenter klassificeret FORTROLIGT eller højere skal i et godkendt skab.") == []
    assert values("Dokumenter op til og med TIL TJENESTEBRUG kan ligge i en aflåst skuffe.") == []
    assert values("Du må ikke indsætte oplysninger (fra TIL TJENESTEBRUG og opefter).") == []
    table = (
        "Grad                   Skade                       NATO-ækvivalent\n"
        "  HEMMELIGT            alvorlig skade              NATO SECRET\n"
        "  FORTROLIGT           skade                       NATO CONFIDENTIAL\n"
    )
    assert values(table) == []
    # A document's own marking, and its pair written with a slash, are still markings.
    assert values("TIL TJENESTEBRUG / NATO RESTRICTED\n\nNotat om øvelsen") == [
        "TIL TJENESTEBRUG",
        "NATO RESTRICTED",
    ]
    assert values("Rapporten er mærket TIL TJENESTEBRUG.") == ["TIL TJENESTEBRUG"]
