"""Person names in Danish and English text, found offline with a gazetteer and context.

A name is the most common personal data in a caseworker's text and the hardest to find: there is
no checksum, and many Danish names are ordinary words (*Per*, *Bo*, *Hans*, *Holm*, *Skov*,
*Lund*, *Have*; DOMAIN.md §4.4). The detector therefore weighs three kinds of evidence:

1. **The gazetteer** (``patterns/data/names/``): every first name and the common surnames that
   Danmarks Statistik counted in 2014, ranked, plus names common among Danes of other
   backgrounds. A first name's *tier* (how common it is) decides whether it may stand alone.
2. **Shape**: capitalised words in a row (``Tobias Christoffer Thykjær``), initials
   (``J. P. Hansen``), hyphenated and double surnames (``Hansen-Møller``, ``Due Andersen``),
   particles (``von``, ``de``, ``af``), ALL CAPS headers (``METTE JENSEN``). A word that ends in
   a surname suffix (``-sen``, ``-gaard``, ``-strup`` …) counts as a surname only right after a
   known first name, because *Kassen* and *Prisen* also end in -sen.
3. **Context**: a title (``fru Jensen``, ``hr. Nielsen``, ``Dr. Madsen`` – the span is the
   name, not the title), a salutation or sign-off (``Kære``, ``Hej``, ``Dear``, ``Med venlig
   hilsen``, ``Vh.``), a role (``sagsbehandler``, ``borgeren``, ``klager`` …), a verb of speaking
   (``siger``, ``oplyser``, ``said``) or a header line (``Til:``, ``Fra:``, ``Cc:``,
   ``Deltagere:``). Context makes an ordinary word a name (``Kære Per``) and lets unknown words
   through (``fru Thykjær``); initials alone (``JPH``) count only in context
   (``Sagsbehandler: JPH``, ``2024-117/JPH``).

Two more kinds of evidence come from the text as a whole: a word-like name listed with a found
name is a name (``Mette og Per``), and once a text names a person in full, a lone part of that
name is the person too (``Nguyen Thi Lan`` … ``Lan orienterede``; ``Kaj Aage Bundgaard`` …
``Kaj har fået afslag``).

What is *not* a name: sentence-initial ordinary words, places and organisations (``Aarhus``,
``i Holm``, ``Skattestyrelsen``, ``Region Midtjylland``, ``Københavns Kommune``), street names
(``Jens Baggesens Vej`` – addresses are the address detector's job), months and weekdays.
A possessive *s* is not part of the span (``Mettes`` → ``Mette``).

Severity follows the evidence: a full name, or a surname after a title, is an error; a lone
first name or surname is a warning (a first name alone rarely identifies anyone, but in a case
text it often does). Confidence ranges from 0.95 (known first name + surname) down to 0.55 (a
word-like name such as *Per* in mid-sentence).

The gazetteer (about 1 MB) is read, and the patterns compiled, on the first call to
:meth:`NameDetector.find` (about 30 ms), so a run that does not select NM001 never pays for it. An optional spaCy model (``pip install
"promptlint[ner]"``) adds its PER/PERSON entities when the environment variable
``PROMPTLINT_NER_MODEL`` names a local model directory; promptlint never downloads a model.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from promptlint.errors import ConfigError
from promptlint.model import Rule, Severity, Span

NER_ENV = "PROMPTLINT_NER_MODEL"

RULE = Rule(
    code="NM001",
    name="person-name",
    entity="name",
    severity=Severity.ERROR,
    guideline=2,
    priority=55,
    mask="initials",
    message={
        "da": "Personnavn: en personoplysning, der kan identificere en person",
        "en": "Person name: personal data that can identify a person",
    },
    what={
        "da": "Finder personnavne: fulde navne (Tobias Christoffer Thykjær), fornavne i "
        "sammenhæng (Hej Mette,), efternavne med titel (fru Jensen, hr. Nielsen), initialer "
        "(J. P. Hansen; JPH efter 'Sagsbehandler:'), dobbelte efternavne og navne med von/de/af. "
        "Bygger på Danmarks Statistiks navnelister og sammenhængen: hilsner, roller som "
        "sagsbehandler og borgeren, 'siger' og Til:/Fra:-linjer. Stednavne, myndigheder, "
        "vejnavne og navne, der også er almindelige ord (Per, Bo, Holm, Skov), kræver sammenhæng.",
        "en": "Finds person names: full names (Tobias Christoffer Thykjær), first names in "
        "context (Hej Mette,), surnames with a title (fru Jensen, Mr. Smith), initials "
        "(J. P. Hansen; JPH after 'Sagsbehandler:'), double surnames and names with von/de/af. "
        "Uses Statistics Denmark's name lists and context: greetings, roles such as caseworker "
        "and citizen, 'said', To:/From: lines. Places, authorities, street names and names that "
        "are also ordinary words (Per, Bo, Holm, Skov) need context.",
    },
    why={
        "da": "Et navn er en personoplysning, og sammen med sagens øvrige oplysninger "
        "identificerer det borgeren. Retningslinje 2 forbyder personoplysninger i offentlige "
        "AI-værktøjer.",
        "en": "A name is personal data, and together with the rest of a case it identifies the "
        "citizen. Guideline 2 forbids personal data in public AI tools.",
    },
    instead={
        "da": "Erstat navne med roller eller pladsholdere, fx 'borgeren', [Navn 1] eller "
        "'sagsbehandleren'. AI'en har ikke brug for at vide, hvem det er.",
        "en": "Replace names with roles or placeholders such as 'the citizen', [Name 1] or "
        "'the caseworker'. The AI does not need to know who it is.",
    },
    examples=(
        "Sagsbehandler: Tobias Christoffer Thykjær",
        "Hej Mette, tak for sidst.",
        "Vi har talt med fru Jensen om sagen.",
        "Dear Mr. Smith, thank you for your letter.",
    ),
    counter_examples=(
        "Per 1. januar ændres reglerne.",
        "Mødet holdes i Holm Forsamlingshus.",
        "Skattestyrelsen og Region Midtjylland har svaret.",
        "Jeg bor på Jens Baggesens Vej.",
    ),
)

# --- word lists (small, about language rather than names) --------------------------------------

# Never part of a name, whatever the name lists say: DST counts people called "Til" or "Med".
_STOP = frozenset(
    """
    og i på til med af for fra om ved under over efter før som men hvis når at der den det de dem
    denne dette disse en et jeg du han hun vi mig dig ham hende os jer sig min mit mine din dit
    dine sin sit sine vores jeres deres hendes dens dets man kan skal vil må har var er blev bliver
    være have havde kunne skulle ville måtte bør burde gør gjorde får fik kom går gik se ser så
    også kun bare lige nu her hvor hvad hvem hvilken hvilket hvilke hvordan hvorfor hvornår ja nej
    tak ikke aldrig altid ofte måske gerne desuden derfor dermed derefter herefter hermed endvidere
    ligeledes samt eller både hverken enten mens end fordi selvom skønt idet da dog jo nok vel alle
    ingen nogen noget nogle mange flere hver hvert anden andet andre samme selv hele al alt første
    sidste næste ny nye god godt gode stor store lille små mellem hos uden mod gennem siden inden
    blandt omkring bag foran ifølge trods via pr ca bl.a fx jf vedr vedrørende ang angående
    iht inkl ekskl evt mht pga dvs osv etc mandag tirsdag onsdag torsdag fredag lørdag søndag
    januar februar marts juni juli september oktober november december jul julen påske påsken
    pinse pinsen nytår nytårsaften juleaften dato emne bilag sagsnr sagsnummer journalnr j.nr
    dok dokument side punkt referat dagsorden møde mødet beslutning afgørelse klage klagen sag
    sagen note notat resumé opsummering baggrund formål konklusion vurdering indstilling svar
    spørgsmål hilsen hilsner venlig venlige bedste kærlig mvh vh kh best kind regards thanks
    the a an and or but if then so not no yes all any some this that these those it he she they we
    you i me my your his her our their its who what when where why how which there here is are was
    were be been being have has had do does did can could would shall should may might must
    of to in for with from by on at as into about than too very also only please thank hello
    hi hey dear sir madam madame monday tuesday wednesday thursday friday saturday sunday january
    february march july september october november december christmas easter subject re fw fwd
    chatgpt gpt copilot gemini claude bard llama mistral grok siri alexa bing perplexity openai
    microsoft google apple word excel outlook teams powerpoint sharepoint onedrive windows
    mitid nemid borger.dk e-boks eboks digital post
    arla lego carlsberg mærsk maersk novo nordisk vestas danfoss grundfos jysk netto bilka føtex
    irma rema lidl aldi coop salling matas ikea dsb postnord tdc telenor telia nykredit nordea
    jyske sydbank tryg topdanmark falck ørsted rambøll cowi deloitte kpmg pwc accenture
    netcompany kmd systematic facebook instagram linkedin tiktok youtube twitter amazon netflix
    spotify zoom slack dropbox adobe politiken berlingske
    """.split()
)

# Months that are also first names (Maj, August, April, May, June) need a person's context.
_MONTH_NAMES = frozenset("april maj may june august".split())

# Titles: excluded from the span; anything capitalised after one is a name (fru Thykjær).
_TITLES = frozenset(
    """
    fru frue frk frøken hr herr dr doktor prof professor mr mrs ms miss mx sir lady lord dame
    pastor provst biskop sognepræst overlæge afdelingslæge kong kongen konge dronning dronningen
    prins prinsen prinsesse kronprins kronprinsesse greve grevinde baron baronesse cand lektor
    adjunkt docent ph.d
    """.split()
)

# Roles: a capitalised word after one is a name (borgeren Per, Sagsbehandler Mette Holm).
_ROLES = frozenset(
    """
    sagsbehandler sagsbehandleren sagsbehandlere socialrådgiver socialrådgiveren borger borgeren
    borgerens ansøger ansøgeren klager klageren medarbejder medarbejderen partsrepræsentant
    partsrepræsentanten patient patienten elev eleven klient klienten pårørende værge værgen
    bisidder bisidderen advokat advokaten læge lægen leder lederen chef chefen kollega kollegaen
    kollegaerne konsulent konsulenten rådgiver rådgiveren sygeplejerske sygeplejersken lærer
    læreren pædagog pædagogen psykolog psykologen tolk tolken mor moren moderen far faren faderen
    søn sønnen datter datteren barnet ægtefælle ægtefællen hustru hustruen kone konen kæreste
    kæresten vidne vidnet anmelder anmelderen lejer lejeren udlejer udlejeren beboer beboeren
    direktør direktøren formand formanden næstformand mødeleder referent deltager deltageren
    kontaktperson kontaktpersonen journalist journalisten ordfører ordføreren minister ministeren
    borgmester borgmesteren rådmand skoleleder skolelederen teamleder teamlederen projektleder
    projektlederen afdelingsleder afdelingslederen praktikant praktikanten kunde kunden modtager
    modtageren afsender afsenderen sygemeldte bror broren søster søsteren onkel onklen tante
    tanten farmor farfar mormor morfar morbror farbror moster faster svigermor svigerfar
    plejemor plejefar stedfar stedmor samlever samleveren mand manden familien ægteparret
    caseworker citizen applicant complainant employee student pupil client colleague manager
    mother father son daughter wife husband partner witness tenant landlord lawyer doctor nurse
    teacher director officer chairman chair contact
    """.split()
)

_SALUTATIONS = frozenset(
    "kære hej hejsa hey hi hello dear goddag godmorgen hallo halløj velkommen welcome tak".split()
)
# Sign-off words: a name follows on the same line (Vh. Mette) or on the next line.
_SIGNOFF_WORDS = frozenset(
    "hilsen hilsner mvh vh kh bh regards sincerely faithfully truly cheers wishes thanks".split()
)
_SPEECH_BEFORE = frozenset(
    """
    siger sagde fortæller fortalte oplyser oplyste forklarer forklarede udtaler udtalte skriver
    skrev mener mente svarer svarede spørger spurgte tilføjer tilføjede påpeger understreger
    ifølge according says said asked told wrote replied hedder hed kaldet kaldes navn named
    called name att attn
    """.split()
)
# A word before a lone surname-like word that makes it a place (i Holm, fra Lund, in Lund).
_PLACE_PREPS = frozenset(
    "i fra til på ved mod nær via over gennem omkring bag in from to at near via into".split()
)
# Words that turn the capitalised words before them into an organisation or a street.
_ORG_WORDS = frozenset(
    """
    kommune kommunes region regionen styrelse styrelsen ministerium ministeriet direktorat
    direktoratet tilsyn tilsynet råd rådet nævn nævnet ret retten byret byretten landsret
    landsretten hospital hospitalet sygehus sygehuset universitet universitetet skole skolen
    gymnasium gymnasiet seminarium akademi akademiet højskole højskolen efterskole friskole
    institut instituttet institutet museum museet teater teatret bibliotek biblioteket center centret
    centeret jobcenter borgerservice politi politiet kirke kirken sogn sognet fond fonden
    forening foreningen forbund forbundet selskab selskabet bank banken sparekasse a/s aps i/s
    k/s p/s amba fmba smba holding group gruppen partiet parti kollegium kollegiet børnehave
    børnehaven vuggestue vuggestuen børnehus dagtilbud plejecenter plejehjem bosted klinik
    klinikken apotek apoteket hallen hal stadion arena forsamlingshus kontor kontoret
    afdeling afdelingen enhed enheden sekretariat sekretariatet service
    university college school hospital council ministry agency department foundation inc ltd
    llc gmbh ab as company corporation association group airport lufthavn station museum
    """.split()
)
_STREET_WORDS = frozenset(
    """
    vej vejen gade gaden allé alle boulevard plads pladsen torv torvet stræde vænge vænget park
    parken have haven kvarter passage bro broen bakke bakken huse sti stien gyde
    brygge brygger dige holm lund toft mark engen
    street road avenue lane square place drive
    """.split()
)
_ORG_SUFFIXES = tuple(
    """
    styrelsen styrelse ministeriet direktoratet tilsynet rådet nævnet retten kommune
    forvaltningen forvaltning centret centeret center hospitalet hospital sygehus sygehuset
    skolen skole huset banken fonden selskabet instituttet afdelingen kontoret tjenesten
    service gruppen partiet foreningen forbundet klinikken firmaet kollegiet
    """.split()
)
_STREET_SUFFIXES = tuple(
    """
    vej vejen gade gaden stræde allé boulevard plads pladsen torv torvet vænge vænget parken
    stien tværvej
    """.split()
)
# Endings of surnames: trusted only right after a known first name (Mette Thykjær, not Kassen).
_SURNAME_SUFFIXES = tuple(
    """
    sen søn son gaard gård strup rup holm lund bjerg berg skov dal dahl bæk bech høj toft kjær
    kær mose feldt felt mann stedt sted borg hauge hoff vig ager by ić ic vić ski ska oğlu oglu
    zadeh pour yan zai ullah awi ani
    """.split()
)
_PARTICLES = tuple(
    """
    von van de der den af du da di del della la le ten ter zu dos das bin ibn al el y
    """.split()
)
_NAME_PREFIXES = ("al-", "el-", "ul-", "ad-", "ud-", "abu-", "abd-", "bin-", "ibn-", "ben-")
# Capitalised acronyms that are not someone's initials.
_ACRONYMS = frozenset(
    """
    it hr eu kl dr tv pdf cpr cvr skat nb ps ok ai id su atp udk bbr mr dk usa uk fn nato
    cc bcc re fw fwd pm am vip ceo cfo cto hk foa dsr dlf bupl lo ft dj ddr gdpr adhd
    sms mms app www url api sql csv xml json ok pc mac cd dvd usb gps hiv aids kol sosu
    sfo ssp akt ppr kmd vum uu sst sum bua mbu fob ftf ak aks who oecd doc docx xlsx fyi asap
    eta faq sos dsb dba dmi kb ku au sdu dtu itu cbs ucl via ucn ucsyd kp zbc ast pet fe cfcs
    """.split()
)

# --- patterns ----------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ" + "".join(
    ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper() and ch.lower() != ch
)
_LETTER = r"[^\W\d_]"
# A token starts with a capital: initials (J. or J.P. or J. P.) or a word (Mette, Hansen-Møller,
# O'Brien, Mette's). The pattern starts with the capital so that the regex engine can skip
# quickly to candidate positions; the look-behind then rejects capitals inside words, e-mail
# addresses and URLs.
_TOKEN = rf"[{_UP}](?:\.(?:[ ]?[{_UP}]\.)*|{_LETTER}*(?:['’-]{_LETTER}+)*(?![\w@]))"
_SEP = r"[ \t\u00a0]{1,3}"
_PARTICLE = "|".join(_PARTICLES)
# A chain: capitalised words and initials in a row on one line, with up to two particles
# between them (Karen von Bülow, Ahmed al-Hassan, Ludwig van der Berg).
_CHAIN_RX = (
    rf"[{_UP}](?<![\w.@\\].)(?:\.(?:[ ]?[{_UP}]\.)*|{_LETTER}*(?:['’-]{_LETTER}+)*(?![\w@]))"
    rf"(?:{_SEP}(?:(?:{_PARTICLE})(?:{_SEP}|-)){{0,2}}{_TOKEN})*"
)
_MIXED_OK_RX = rf"^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von)[{_UP}]"

_HEADER_LABELS = (
    r"til|fra|cc|bcc|kopi(?: til)?|to|from|sender|afsender|modtager(?:e)?|recipients?|"
    r"deltagere?|til ?stede|fraværende|afbud|referent|mødeleder|ordstyrer|attendees|present|"
    r"participants|absent|apologies|sagsbehandlere?|socialrådgiver|kontaktperson|contact|navn|"
    r"name|borger(?:en)?|klager|ansøger|patient|elev|klient|pårørende|forældre|forælder|mor|far|"
    r"værge|bisidder|partsrepræsentant|underskrevet(?: af)?|underskrift|signed|"
    r"godkendt af|udarbejdet af|skrevet af|prepared by|approved by|author|forfatter|ansvarlig|"
    r"tovholder|owner|behandler|læge|lærer|medarbejder|leder|initialer|init|att|attn"
)
_HEADER_RX = rf"[ \t>*•·-]*(?:{_HEADER_LABELS})(?:\s*\([^)\n]{{0,30}}\))?[ \t]*:"
_SIGNOFF_LINE_RX = (
    r"[ \t>]*(?:med )?(?:venlig(?:e|st)? hilsen?(?:er)?|venlige hilsner|mange hilsner|"
    r"bedste hilsner|kærlig(?:e)? hilsen?(?:er)?|hilsen|hilsner|mvh|vh|kh|bh|"
    r"(?:best|kind|warm|warmest)(?: regards)?|regards|best wishes|sincerely|yours sincerely|"
    r"yours faithfully|yours truly|cheers|thanks|thank you|på forhånd tak|tak)[.,!]?[ \t\r]*$"
)
_SPEECH_AFTER_RX = (
    r"['’]?s?[ \t]*,?[ \t]*(?:siger|sagde|fortæller|fortalte|oplyser|oplyste|forklarer|"
    r"forklarede|udtaler|udtalte|skriver|skrev|mener|mente|svarer|svarede|spørger|spurgte|"
    r"påpeger|påpegede|understreger|tilføjer|tilføjede|beretter|berettede|bekræfter|bekræftede|"
    r"ringede|meddeler|meddelte|(?:har|havde) (?:oplyst|fortalt|sagt|skrevet|forklaret|udtalt|"
    r"meddelt|ringet|svaret|bekræftet|spurgt)|said|says|told|tells|explained|wrote|writes|"
    r"asked|replied|stated|noted|added|confirmed|called|mentioned)\b"
)
_COORD_RX = r"[ \t]*(?:,|og|and|&|eller|or|samt)[ \t]*"

# Compiled on first use (_compile): every detector module is imported at start-up, even when
# NM001 is not selected, and these patterns take several milliseconds to compile.
_CHAIN: re.Pattern[str]
_TOKENS: re.Pattern[str]
_MIXED_OK: re.Pattern[str]
_HEADER: re.Pattern[str]
_SIGNOFF_LINE: re.Pattern[str]
_SPEECH_AFTER: re.Pattern[str]
_COORD: re.Pattern[str]
_compiled = False


def _compile() -> None:
    global _CHAIN, _TOKENS, _MIXED_OK, _HEADER, _SIGNOFF_LINE, _SPEECH_AFTER, _COORD, _compiled
    _CHAIN = re.compile(_CHAIN_RX)
    _TOKENS = re.compile(_TOKEN)
    _MIXED_OK = re.compile(_MIXED_OK_RX)
    _HEADER = re.compile(_HEADER_RX, re.IGNORECASE)
    _SIGNOFF_LINE = re.compile(_SIGNOFF_LINE_RX, re.IGNORECASE)
    _SPEECH_AFTER = re.compile(_SPEECH_AFTER_RX, re.IGNORECASE)
    _COORD = re.compile(_COORD_RX, re.IGNORECASE)
    _compiled = True


# Confidence and severity by kind of evidence.
_FULL = (0.95, Severity.ERROR)
_FULL_WEAK = (0.85, Severity.ERROR)
_TITLED = (0.9, Severity.ERROR)
_SINGLE_CONTEXT = (0.85, Severity.WARNING)
_SINGLE = (0.7, Severity.WARNING)
_SINGLE_WEAK = (0.6, Severity.WARNING)
_AMBIGUOUS = (0.55, Severity.WARNING)
_MENTIONED = (0.75, Severity.WARNING)
_INITIALS_CONTEXT = (0.7, Severity.WARNING)
_NER = (0.7, Severity.WARNING)

# Context strength.
NONE, STRONG, TITLE = 0, 1, 2


# --- the gazetteer -----------------------------------------------------------------------------


class Gazetteer:
    """Name lists as lower-case lookups. ``first``/``surnames`` map a name to its tier (1 = most
    common); ``first_rare`` holds every first name (the long tail of DST's list, tier 4)."""

    __slots__ = ("first", "first_rare", "surnames", "words", "places")

    def __init__(
        self,
        first: dict[str, int],
        first_rare: frozenset[str],
        surnames: dict[str, int],
        words: frozenset[str],
        places: frozenset[str],
    ) -> None:
        self.first = first
        self.first_rare = first_rare
        self.surnames = surnames
        self.words = words
        self.places = places

    @classmethod
    def load(cls, directory: Path) -> Gazetteer:
        first_tiers = _read_tiered(directory / "first_names.txt")
        surname_tiers = _read_tiered(directory / "surnames.txt")
        first: dict[str, int] = {}
        for tier in sorted(first_tiers, reverse=True):
            if tier < 4:
                first.update(dict.fromkeys(first_tiers[tier], tier))
        rare = frozenset().union(*first_tiers.values())
        surnames: dict[str, int] = {}
        for tier in sorted(surname_tiers, reverse=True):
            surnames.update(dict.fromkeys(surname_tiers[tier], tier))
        return cls(
            first=first,
            first_rare=rare,
            surnames=surnames,
            words=frozenset(_read_plain(directory / "common_words.txt")),
            places=frozenset(_read_plain(directory / "places.txt")),
        )

    def first_tier(self, key: str) -> int:
        tier = self.first.get(key)
        if tier is not None:
            return tier
        return 4 if key in self.first_rare else 0


def _read_tiered(path: Path) -> dict[int, list[str]]:
    """``@tier N`` starts a tier; comments come only before the first tier (the files are
    generated), so the names can be split off without looking at each line."""
    text = path.read_text(encoding="utf-8").lower()
    tiers: dict[int, list[str]] = {}
    for block in text.split("@tier ")[1:]:
        head, _, body = block.partition("\n")
        tiers[int(head)] = body.split()
    return tiers


def _read_plain(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").lower()
    return [w for w in text.split("\n") if w and not w.startswith("#")]


def default_data_dir() -> Path:
    from promptlint.resources import patterns_dir

    return patterns_dir() / "data" / "names"


# --- token classes -----------------------------------------------------------------------------


class _Tok:
    """What one capitalised word is. ``kind``: 'stop' (never part of a name), 'title', 'role',
    'salut' (context for the next word), 'org', 'street' (end a name: Holbæk Kommune), 'saint'
    (Sankt Hans), 'init' (initials J. P.), 'caps' (ALL CAPS, in no list) or 'word'.
    Instances are shared through the classifier's cache: never change one."""

    __slots__ = (
        "kind",
        "first",
        "last",
        "amb",
        "place",
        "suffix",
        "caps",
        "poss",
        "month",
        "named",
        "common",
    )

    def __init__(
        self,
        kind: str,
        first: int = 0,  # first-name tier, 0 = not a first name
        last: int = 0,  # surname tier, 0 = not a surname
        amb: bool = False,  # also an ordinary word or a place
        place: bool = False,
        suffix: bool = False,  # ends like a Danish surname (-sen, -gaard …)
        caps: bool = False,  # written in capitals (METTE)
        poss: int = 0,  # characters of a possessive ending (Mettes, Mette's)
        month: bool = False,
    ) -> None:
        self.kind = kind
        self.first = first
        self.last = last
        self.amb = amb
        self.place = place
        self.suffix = suffix
        self.caps = caps
        self.poss = poss
        self.month = month
        self.named = bool(first or last)
        # A common first name (tier 1-3) that is no ordinary word: safe on its own mid-sentence.
        self.common = 0 < first <= 3 and not amb and not caps

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__[1:])
        return f"_Tok({self.kind!r}, {fields})"


_STOP_TOK = _Tok("stop")
_TITLE_TOK = _Tok("title")
_ROLE_TOK = _Tok("role")
_SALUT_TOK = _Tok("salut")
_ORG_TOK = _Tok("org")
_STREET_TOK = _Tok("street")
_INIT_TOK = _Tok("init")
_SAINT_TOK = _Tok("saint")  # Sankt Hans, Sct. Peders Kirke: the next word names no person
_SAINTS = frozenset("sankt sct skt saint san santa são".split())


class _Classifier:
    """Classifies capitalised words, with a cache: prose repeats its words."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.cache: dict[str, _Tok] = {}
        self.chains: dict[str, list] = {}  # chain -> its runs, see _runs()

    def __call__(self, token: str) -> _Tok:
        tok = self.cache.get(token)
        if tok is None:
            if len(self.cache) > 200_000:
                self.cache.clear()
                self.chains.clear()
            tok = self.cache[token] = self._classify(token)
        return tok

    def _classify(self, token: str) -> _Tok:
        if token.endswith(".") or len(token) == 1:
            return _INIT_TOK
        low = token.lower()
        special = _special(low)
        if special is not None:
            return special
        caps = len(token) > 1 and token.isupper()
        if not caps and len(token) > 1 and not token[1:].islower():
            # ChatGPT, YouTube: mixed case is a product unless it is McDonald or a listed name.
            if not (self._lookup(low)[0] or _MIXED_OK.match(token) or "-" in token):
                return _STOP_TOK
        poss = 0
        first, last, suffix = self._lookup(low)
        if not (first or last):
            stem = None
            if low.endswith(("'s", "’s")):
                stem, poss = low[:-2], 2
            elif low.endswith("s") and len(low) > 3:
                stem, poss = low[:-1], 1
            if stem is not None:
                first, last, suffix = self._lookup(stem)
                if not (first or last or suffix) and poss == 1:
                    poss = 0
                elif stem in _STOP or stem in self.gaz.places and not (first or last):
                    return _Tok("word", amb=True, place=stem in self.gaz.places, poss=poss)
                else:
                    low = stem
        if low.endswith(_ORG_SUFFIXES) and not (first or last):
            return _ORG_TOK
        if low.endswith(_STREET_SUFFIXES) and not (first or last):
            return _STREET_TOK
        place = low in self.gaz.places
        # Two-letter names (Bo, Ib, Le, Li) are too easily something else to stand alone.
        amb = place or low in self.gaz.words or low in _MONTH_NAMES or len(low) <= 2
        if caps and not (first or last):
            return _Tok("caps", amb=amb, caps=True)
        return _Tok(
            "word",
            first=first,
            last=last,
            amb=amb,
            place=place,
            suffix=suffix,
            caps=caps,
            poss=poss,
            month=low in _MONTH_NAMES,
        )

    def _lookup(self, low: str) -> tuple[int, int, bool]:
        gaz = self.gaz
        first = gaz.first_tier(low)
        last = gaz.surnames.get(low, 0)
        if (first or last) or "-" not in low:
            return first, last, low.endswith(_SURNAME_SUFFIXES) and len(low) > 4
        # Anne-Marie, Hansen-Møller, al-Hassan: judge by the parts.
        parts = [p for p in low.split("-") if p]
        if parts and parts[0] + "-" in _NAME_PREFIXES:
            parts = parts[1:]
        if not parts:
            return 0, 0, False
        looked = [
            (gaz.first_tier(p), gaz.surnames.get(p, 0), p.endswith(_SURNAME_SUFFIXES))
            for p in parts
        ]
        if any(p in _STOP for p in parts):
            return 0, 0, False
        if all(f for f, _, _ in looked):
            return max(f for f, _, _ in looked), 0, False
        if all(f or s or x for f, s, x in looked) and (looked[-1][1] or looked[-1][2]):
            return 0, max(s or 3 for _, s, _ in looked), True
        return 0, 0, False


def _special(low: str) -> _Tok | None:
    if low in _STOP:
        return _STOP_TOK
    if low in _SAINTS:
        return _SAINT_TOK
    if low in _TITLES:
        return _TITLE_TOK
    if low in _ROLES:
        return _ROLE_TOK
    if low in _SALUTATIONS:
        return _SALUT_TOK
    if low in _ORG_WORDS:
        return _ORG_TOK
    if low in _STREET_WORDS and low not in ("holm", "lund", "toft", "mark", "have", "alle"):
        return _STREET_TOK
    return None


# --- context -----------------------------------------------------------------------------------


class _Before:
    """What comes before a chain: the previous word (lower case, '' if none), the punctuation
    between ('.', ':', ',' …, or '/'), whether the chain starts a sentence or a line, and
    whether it follows a slash directly (2024-117/JPH)."""

    __slots__ = ("word", "punct", "initial", "slash")

    def __init__(self, word: str, punct: str, initial: bool, slash: bool = False) -> None:
        self.word = word
        self.punct = punct
        self.initial = initial
        self.slash = slash


_MID = _Before("", "", False)  # a run inside a chain: the word before it is a capitalised word
_TEXT_START = _Before("", "", True)
_OPENERS = " \t\u00a0\"“„«'("
_BREAKS = "\n\r•·–—-*>#|"


def _look_back(text: str, start: int) -> _Before:
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    if i == 0:
        return _TEXT_START
    c = text[i - 1]
    if c == "/":
        return _Before("", "/", False, i == start and (i < 2 or not text[i - 2].isalpha()))
    punct = ""
    if c in ".:,;!?":
        punct = c
        i -= 1
    # The previous word usually follows a space: find that space in C, fall back to a loop.
    low = max(0, i - 24)
    j = text.rfind(" ", low, i) + 1
    word = text[j:i] if j else ""
    if not word.isalpha():
        j = i
        while j > low and text[j - 1].isalpha():
            j -= 1
        word = text[j:i]
    word = word.lower()
    if not word:
        return _Before(
            "", punct, punct in (".", ":", ";", "!", "?") or (not punct and c in _BREAKS)
        )
    if punct == ".":
        # "hr. Nielsen", "Vh. Mette" go on; any other full stop ends a sentence.
        return _Before(word, punct, word not in _TITLES and word not in _SIGNOFF_WORDS)
    return _Before(word, punct, punct != "" and punct in ":;!?")


def _word_strength(before: _Before) -> int:
    word = before.word
    if not word:
        return NONE
    if word in _TITLES:
        return TITLE
    if word in _CONTEXT_WORDS:
        return STRONG
    return NONE


def _wider_context(text: str, start: int, end: int) -> bool:
    """A header line (Til:, Fra:, Deltagere:), the line after a sign-off, or a verb of speaking
    after the name ("Mette siger", "Jensen har oplyst")."""
    if _SPEECH_AFTER.match(text, end, end + 40):
        return True
    line_start = text.rfind("\n", max(0, start - 300), start) + 1
    if line_start == 0 and start > 300:
        return False
    if _HEADER.match(text, line_start, start):
        return True
    if text[line_start:start].strip():
        return False
    # The nearest non-blank line above: a sign-off ("Med venlig hilsen") is short.
    prev_end = line_start - 1
    for _ in range(4):
        if prev_end <= 0:
            return False
        prev_start = text.rfind("\n", max(0, prev_end - 60), prev_end) + 1
        if prev_start == 0 and prev_end > 60:
            return False  # a long line: no sign-off
        line = text[prev_start:prev_end]
        if line.strip():
            return bool(_SIGNOFF_LINE.match(line))
        prev_end = prev_start - 1
    return False


_CONTEXT_WORDS = _SALUTATIONS | _ROLES | _SIGNOFF_WORDS | _SPEECH_BEFORE
_SALUTE_OR_SIGN = _SALUTATIONS | _SIGNOFF_WORDS


# --- the detector ------------------------------------------------------------------------------

NerFunction = Callable[[str], Iterable[tuple[int, int, str]]]


class NameDetector:
    rules = (RULE,)

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        ner: NerFunction | None = None,
        ner_model: str | None = None,
    ) -> None:
        # Nothing is loaded here: the registry builds every detector even when NM001 is not
        # selected, and the gazetteer costs ~25 ms to read.
        self._gaz = gazetteer
        self._classify: _Classifier | None = None
        self._ner = ner
        self._ner_model = ner_model
        self._ner_checked = ner is not None

    def _classifier(self) -> _Classifier:
        if not _compiled:
            _compile()
        if self._classify is None:
            if self._gaz is None:
                self._gaz = Gazetteer.load(default_data_dir())
            self._classify = _Classifier(self._gaz)
        return self._classify

    def _ner_function(self) -> NerFunction | None:
        if not self._ner_checked:
            self._ner_checked = True
            model = self._ner_model or os.environ.get(NER_ENV, "").strip()
            if model:
                self._ner = load_spacy_ner(model)
        return self._ner

    def find(self, text: str) -> Iterator[Span]:
        classify = self._classifier()
        ner = self._ner_function()
        cache = classify.cache
        found = _Found()
        rejected = found.rejected
        for match in _CHAIN.finditer(text):
            chain = match.group()
            if not chain.isalpha() and (" " in chain or "\t" in chain or "\u00a0" in chain):
                self._chain(text, *match.span(), classify, found)
                continue
            tok = cache.get(chain) or classify(chain)
            kind = tok.kind
            if kind == "word":
                if tok.common:
                    # A common first name after a lower-case word: mid-sentence, no context
                    # needed ("vi talte med Mette i går").
                    start = match.start()
                    if start > 1 and text[start - 1] == " " and text[start - 2].islower():
                        end = match.end() - tok.poss
                        found.spans.append(Span(_CODE, start, end, _SINGLE[0], _SINGLE[1]))
                        continue
                if tok.named or tok.amb:
                    _single(text, *match.span(), tok, NONE, None, found)
                elif _no_title_before(text, match.start()):
                    starts = rejected.get(chain)
                    if starts is None:
                        rejected[chain] = [match.start()]
                    else:
                        starts.append(match.start())
                else:
                    _unknown(text, *match.span(), found)
            elif kind == "caps":
                _single(text, *match.span(), tok, NONE, None, found)
        spans = found.spans
        if found.pending:
            confirmed = _coordinated(text, spans, found.pending)
            spans.extend(confirmed)
            for p in found.pending:
                if p not in confirmed:
                    rejected.setdefault(text[p.start : p.end], []).append(p.start)
        if rejected and spans:
            spans.extend(_mentioned_before(text, spans, rejected))
        spans.sort(key=lambda s: s.start)
        if ner is not None:
            spans = merge_ner(text, spans, ner(text), classify)
        return iter(spans)

    def _chain(self, text: str, start: int, end: int, classify: _Classifier, found: _Found) -> None:
        """A row of capitalised words: judge each run of name-like words in it."""
        if text.startswith("/S", end):
            return  # A/S, I/S, K/S: a company
        chain = text[start:end]
        runs = classify.chains.get(chain)
        if runs is None:
            runs = classify.chains[chain] = _runs(chain, classify)
        for offsets, toks, given, at_start, full in runs:
            if full is not None:
                a, b, kind = full
                found.spans.append(Span(_CODE, start + a, start + b, kind[0], kind[1]))
                continue
            before = None if at_start else _MID
            if len(toks) == 1:
                a, b, _ = offsets[0]
                _single(text, start + a, start + b, toks[0], given, before, found)
            else:
                tokens = [(start + a, start + b, t) for a, b, t in offsets]
                _multi(text, tokens, toks, given, before, found)


# A run: word offsets (relative to the chain), their classes, the context given inside the chain,
# whether it starts the chain, and - when no context can change it - the finished result.
_Run = tuple[
    list[tuple[int, int, str]],
    list["_Tok"],
    int,
    bool,
    "tuple[int, int, tuple[float, Severity]] | None",
]


def _plain_full_name(offsets, toks) -> tuple[int, int, tuple[float, Severity]] | None:
    """The common case needs no context: a known first name and a surname (or a second first
    name) in title case, as in "Mette Lund Hansen"; the result can be cached with the chain."""
    first, last = toks[0], toks[-1]
    if (
        first.first
        and not first.amb
        and not (last.amb and first.first == 4)
        and not last.caps
        and (last.last and last.last <= 4 or last.suffix or last.first and not last.amb)
        and _plain(toks)
    ):
        kind = _FULL if last.named and last.last or last.suffix else _FULL_WEAK
        return offsets[0][0], offsets[-1][1] - last.poss, kind
    return None


def _runs(chain: str, classify: _Classifier) -> list[_Run]:
    """Split a chain into runs of name-like words (offsets relative to the chain), each with the
    context that a title, role or salutation inside the chain gives it. Particles are skipped;
    a run followed by an organisation or street word is dropped (Holbæk Kommune, Jens
    Baggesens Vej, H.C. Andersens Boulevard)."""
    if "\t" in chain or "\u00a0" in chain or "  " in chain:
        offsets = [(m.start(), m.end(), m.group()) for m in _TOKENS.finditer(chain)]
    else:
        offsets = []
        pos = 0
        for part in chain.split(" "):
            if part and (not part[0].islower() or part.startswith(_NAME_PREFIXES)):
                offsets.append((pos, pos + len(part), part))
            pos += len(part) + 1
    toks = [classify(t) for _, _, t in offsets]
    runs: list[_Run] = []
    n = len(toks)
    given = NONE
    i = 0
    saint = False
    while i < n:
        kind = toks[i].kind
        if kind not in ("word", "caps", "init"):
            given = TITLE if kind == "title" else STRONG if kind in ("role", "salut") else NONE
            saint = kind == "saint"
            i += 1
            continue
        j = i + 1
        if toks[i].poss == 0:
            while j < n and toks[j].kind in ("word", "caps", "init"):
                j += 1
                if toks[j - 1].poss:
                    break
        after = toks[j] if j < n else None
        drop = saint or (
            after is not None
            and (
                after.kind in ("org", "street")
                # Jensens Bøfhus, Mettes Bageri: a possessive before a capitalised word names
                # a business or a place, not the person.
                or (toks[j - 1].poss and after.kind == "word" and not after.named)
            )
        )
        if not drop and (j - i > 1 or toks[i].kind != "init"):
            full = _plain_full_name(offsets[i:j], toks[i:j]) if j - i > 1 else None
            runs.append((offsets[i:j], toks[i:j], given, i == 0, full))
        given = NONE
        saint = False
        i = j + 1 if after is not None and after.kind in ("org", "street") else j
    return runs


class _Found:
    """What one scan has found so far."""

    __slots__ = ("spans", "pending", "rejected")

    def __init__(self) -> None:
        self.spans: list[Span] = []
        # Per at a sentence start: kept only if a found name is listed with it.
        self.pending: list[Span] = []
        # Lone words not taken: names after all if the text names the person in full.
        self.rejected: dict[str, list[int]] = {}  # the word as written -> where


def _single(text, start, end, tok, given, before, found) -> None:
    """One capitalised word: a name only if common enough, or in context."""
    spans = found.spans
    if before is None:
        before = _look_back(text, start)
    if before.word in _SAINTS:
        return  # Skt. Nikolaj, Sct. Hans
    strength = given or _word_strength(before)
    initial = before.initial and not given
    if tok.kind == "caps" and not tok.named:
        _initials(text, start, end, before, spans)
        return
    end -= tok.poss
    if start >= 3 and text[start - 3 : start].lower() in ("al-", "el-"):
        start -= 3
    if strength == TITLE:
        if not tok.caps or tok.named:
            spans.append(_span(start, end, _TITLED))
        return
    if tok.caps:
        if tok.named and not tok.amb and (strength or _wider_context(text, start, end)):
            spans.append(_span(start, end, _SINGLE_CONTEXT))
        return
    only_place = tok.place and not tok.first
    if not strength and initial and tok.first and text.startswith(":", end) and not only_place:
        # A speaker or a list label at the start of a line: "Bo: torsdag", "Mette: Jeg synes …"
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip(" \t-•*·"):
            strength = STRONG
    if strength == STRONG:
        if tok.named and not only_place:
            spans.append(_span(start, end, _SINGLE_CONTEXT))
        return
    if tok.month and (initial or _digit_follows(text, end)):
        return
    if tok.amb:
        # Per, Bo, Storm capitalised in mid-sentence are almost always the name (the words are
        # written in lower case); at the start of a sentence a partner must confirm it ("Per og
        # Mette kom", not "Per 1. januar"). Holm, Skov, Lund alone need context.
        if only_place or not tok.named:
            return
        if tok.first and tok.first <= 2 and not tok.month:
            if not initial and before.word not in _PLACE_PREPS:
                spans.append(_span(start, end, _AMBIGUOUS))
                return
            if _wider_context(text, start, end):
                spans.append(_span(start, end, _SINGLE_CONTEXT))
            elif initial:
                found.pending.append(_span(start, end, _AMBIGUOUS))
            return
        if _wider_context(text, start, end):
            spans.append(_span(start, end, _SINGLE_CONTEXT))
        elif not initial and before.word not in _PLACE_PREPS:
            # "med Pedersen og Holm": kept if listed with a found name.
            found.pending.append(_span(start, end, _AMBIGUOUS))
        else:
            _reject(found, text, start, end, tok)
        return
    if tok.first and tok.first <= 3:
        if not initial:
            spans.append(_span(start, end, _SINGLE))
        elif tok.first <= 2:
            spans.append(_span(start, end, _SINGLE_WEAK))
        elif _wider_context(text, start, end):
            spans.append(_span(start, end, _SINGLE_CONTEXT))
        else:
            _reject(found, text, start, end, tok)
        return
    if _wider_context(text, start, end):
        spans.append(_span(start, end, _SINGLE_CONTEXT))
    elif tok.last and tok.last <= 3 and not initial and before.word not in _PLACE_PREPS:
        spans.append(_span(start, end, _SINGLE_WEAK))
    elif tok.last and tok.last <= 2 and initial and not _digit_follows(text, end):
        # "Jensen kom for sent": a common surname is no Danish word, even first in a sentence.
        spans.append(_span(start, end, _SINGLE_WEAK))
    else:
        _reject(found, text, start, end, tok)


def _unknown(text: str, start: int, end: int, found: _Found) -> None:
    """A capitalised word in no list: a name only after a title (fru Thykjær) or a greeting."""
    word = _look_back(text, start).word
    if word in _TITLES:
        found.spans.append(_span(start, end, _TITLED))
    elif word in _SALUTE_OR_SIGN and 3 <= end - start <= 12 and text[start + 1 : end].islower():
        found.spans.append(_span(start, end, _SINGLE_WEAK))
    else:
        found.rejected.setdefault(text[start:end], []).append(start)


def _no_title_before(text: str, start: int) -> bool:
    """Cheap test that rules out "fru X", "Dr. X", "Hej X" before the word at ``start``: most
    unknown capitalised words start a sentence after a long word and a full stop."""
    if start < 3 or text[start - 1] not in " \t\u00a0":
        return True
    c = text[start - 2]
    if c.isalpha():
        return False
    if c != ".":
        return True
    # "hr.", "Dr.", "Vh.", "prof." are short; "sagen." is not.
    return text[start - 7 : start - 2].isalpha() and start >= 7


def _initials(text: str, start: int, end: int, before: _Before, spans: list[Span]) -> None:
    """JPH: initials only after a label, a sign-off or a slash (Sagsbehandler: JPH, 117/JPH)."""
    if not 2 <= end - start <= 4 or text[start:end].lower() in _ACRONYMS:
        return
    if text.startswith("/S", end):
        return
    word = before.word
    if (
        before.slash
        or (word in _INITIAL_LABELS and before.punct in (":", ".", ""))
        or word in _SIGNOFF_WORDS
        or _wider_context(text, start, end)
    ):
        spans.append(_span(start, end, _INITIALS_CONTEXT))


def _multi(text, tokens, toks, given, before, found) -> None:
    """Two or more capitalised words in a row: Tobias Christoffer Thykjær, J. P. Hansen."""
    first, last = toks[0], toks[-1]
    if before is None:
        before = _look_back(text, tokens[0][0])
    strength = given or _word_strength(before)
    initial = before.initial and not given
    if last.amb and not first.common and before.word in _PLACE_PREPS and not strength:
        return  # "til Rold Skov", "i Sønder Holm": a place named like a person
    if before.word in _SAINTS:
        return  # Sct. Peders Kirke
    # Drop words at the front that cannot begin a name: "Spørg Mette Jensen", "Ifølge …".
    n = len(toks)
    k = 0
    while k < n - 1:
        t = toks[k]
        if t.kind == "init" or (t.first and not (t.amb and initial and not toks[k + 1].named)):
            break
        if strength and k == 0 and t.kind == "word" and (not t.amb or t.last and toks[1].named):
            break  # fru Thykjær Hansen, advokat Due Sørensen
        if t.last and not t.amb and toks[k + 1].named and not initial:
            break
        k += 1
        initial = False
        strength = NONE
    # Drop words at the end that cannot end one: "Hej Mette Tak".
    m = n
    while m > k + 1:
        t = toks[m - 1]
        if t.kind == "init" or t.named or t.suffix or (not t.amb and t.kind == "word"):
            break
        m -= 1
    if k or m < n:
        toks, tokens = toks[k:m], tokens[k:m]
        if len(toks) == 1:
            tok = toks[0]
            if tok.kind == "init":
                return
            if k == 0:
                _single(text, tokens[0][0], tokens[0][1], tok, strength, before, found)
            elif tok.common:
                # After a dropped word only a plain first name stands alone: "Ærø Havn" and
                # "Spørg Jensen" are not enough for a surname or a word-like name.
                _single(text, tokens[0][0], tokens[0][1], tok, NONE, _MID, found)
            elif tok.named and _wider_context(text, tokens[0][0], tokens[0][1]):
                _single(text, tokens[0][0], tokens[0][1], tok, STRONG, _MID, found)
            return
    start, end = tokens[0][0], tokens[-1][1] - toks[-1].poss
    if start >= 3 and text[start - 3 : start].lower() in ("al-", "el-"):
        start -= 3
    kind = _judge(toks, tokens, strength, initial)
    if kind is None or (not strength and kind is not _FULL):
        if not strength and _wider_context(text, start, end):
            kind = _judge(toks, tokens, STRONG, initial) or kind
    if kind is not None:
        found.spans.append(_span(start, end, kind))


def _plain(toks) -> bool:
    for t in toks:
        if t.kind != "word" or t.caps:
            return False
    return True


def _judge(toks, tokens, strength, initial) -> tuple[float, Severity] | None:
    first, last = toks[0], toks[-1]
    if all(t.caps for t in toks if t.kind != "init"):
        # METTE JENSEN in a header; KOMMUNENS JURIDISKE AFDELING is not a name.
        if (
            first.first
            and not first.amb
            and len(tokens[0][2]) > 2
            and ((last.last and last.last <= 4) or last.suffix)
        ):
            return _FULL
        if strength and any(t.named for t in toks) and not any(t.kind == "caps" for t in toks):
            return _FULL_WEAK
        return None
    if not strength and any(t.caps for t in toks):
        return None
    before_last = toks[-2]
    surname_like = bool(last.last and (last.last <= 4 or before_last.first)) or bool(
        last.suffix and (before_last.first or before_last.kind == "init")
    )
    unknown = not last.named and not last.amb and not last.suffix and last.kind == "word"
    if strength == TITLE:
        return _TITLED
    if (
        strength
        and (first.named or first.kind == "init")
        and not (first.amb and last.amb and not last.named)
    ):
        return _FULL
    if first.kind == "init":
        if surname_like:
            return _FULL
        if unknown and len(tokens[-1][2]) > 2:
            return _FULL_WEAK
        return None
    if first.first:
        both_words = first.amb and last.amb
        if surname_like:
            return _SINGLE if both_words and initial and not strength else _FULL
        if last.first:
            return _FULL_WEAK if not both_words or strength else None
        if unknown and first.first <= 3 and not first.amb:
            return _FULL_WEAK
        return None
    if strength and not first.amb and (surname_like or last.named or unknown):
        return _FULL_WEAK
    if first.last and not first.amb and last.last and not last.amb and not initial:
        return _SINGLE
    return None


_INITIAL_LABELS = frozenset(
    """
    sagsbehandler sagsbehandlere initialer init ref sign signatur signed vh mvh hilsen
    udarbejdet skrevet godkendt ansvarlig referent cc kopi til fra af by
    """.split()
)


def _reject(found: _Found, text: str, start: int, end: int, tok: _Tok) -> None:
    if not tok.place:  # "i Holm" stays a place even after "Per Holm" was named
        found.rejected.setdefault(text[start:end], []).append(start)


_CODE = RULE.code


def _span(start: int, end: int, kind: tuple[float, Severity]) -> Span:
    return Span(_CODE, start, end, kind[0], kind[1])


def _digit_follows(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" .")
    return bool(rest) and rest[0].isdigit()


def _coordinated(text: str, spans: list[Span], pending: list[Span]) -> list[Span]:
    """Keep a word-like name at a sentence start when it is listed with a found name:
    "Per og Mette kom", "Mette og Per"."""
    starts = {s.start for s in spans}
    ends = {s.end for s in spans}
    confirmed = []
    for cand in pending:
        before = text[max(0, cand.start - 8) : cand.start]
        after = text[cand.end : cand.end + 8]
        joined = any(
            cand.start - len(before) + cut in ends and _COORD.fullmatch(before[cut:])
            for cut in range(len(before))
        ) or any(
            cand.end + cut in starts and _COORD.fullmatch(after[:cut])
            for cut in range(1, len(after) + 1)
        )
        if joined:
            confirmed.append(cand)
    return confirmed


def _mentioned_before(text: str, spans: list[Span], rejected: dict[str, list[int]]) -> list[Span]:
    """A lone word is a name when the same text names that person in full: after "Nguyen Thi
    Lan" or "Tobias Christoffer Thykjær", "Lan orienterede" and "Thykjær oplyste" are names."""
    known: set[str] = set()
    for span in spans:
        if span.severity == Severity.ERROR:
            for word in text[span.start : span.end].replace("-", " ").split():
                known.add(word)
                known.add(word.capitalize())  # METTE JENSEN in a header, Jensen in the text
    if not known:
        return []
    found = []
    for word in known:
        starts = rejected.get(word)
        if starts is None or len(word) < 2 or word.endswith("."):
            continue
        for start in starts:
            end = start + len(word)
            if _look_back(text, start).word not in _PLACE_PREPS and not _digit_follows(text, end):
                found.append(_span(start, end, _MENTIONED))
    return found


# --- optional NER ------------------------------------------------------------------------------


def load_spacy_ner(model: str) -> NerFunction:
    """A function text -> (start, end, label) from a local spaCy model directory.

    Only a directory is accepted, never a package name, so spaCy cannot fetch anything. Errors
    are one-line :class:`ConfigError` messages.
    """
    path = Path(model).expanduser()
    if not path.is_dir():
        raise ConfigError(
            f"{NER_ENV}: no spaCy model directory at '{path}' (promptlint never downloads "
            f"models; point {NER_ENV} at a local pipeline, or unset it)"
        )
    try:
        import spacy
    except ImportError:
        raise ConfigError(
            f'{NER_ENV} is set but spaCy is not installed: pip install "promptlint[ner]"'
        ) from None
    try:
        nlp = spacy.load(path)
    except Exception as exc:  # spaCy raises many kinds; the user needs one line
        raise ConfigError(f"{NER_ENV}: cannot load the spaCy model at '{path}': {exc}") from None
    return spacy_entities(nlp)


def spacy_entities(nlp, chunk: int = 100_000) -> NerFunction:
    """Wrap a spaCy ``nlp`` object (or anything with the same ``ents`` interface)."""

    def run(text: str) -> Iterator[tuple[int, int, str]]:
        offset = 0
        while offset < len(text):
            stop = (
                len(text)
                if len(text) - offset <= chunk
                else text.rfind("\n", offset, offset + chunk)
            )
            if stop <= offset:
                stop = min(len(text), offset + chunk)
            doc = nlp(text[offset:stop])
            for ent in doc.ents:
                yield offset + ent.start_char, offset + ent.end_char, ent.label_
            offset = stop

    return run


def merge_ner(
    text: str,
    spans: list[Span],
    entities: Iterable[tuple[int, int, str]],
    classify: Callable[[str], _Tok] | None = None,
) -> list[Span]:
    """Add the model's person entities that the gazetteer missed.

    Only PER/PERSON entities count. A model span that overlaps a gazetteer span is dropped (the
    gazetteer's boundaries follow the project's conventions); a leading title, role or greeting
    (``fru Jensen``) and a possessive ending (``Mettes``) are trimmed off, as for gazetteer spans.
    """
    taken = sorted((s.start, s.end) for s in spans)
    starts = [s for s, _ in taken]
    added: list[Span] = []
    for start, end, label in entities:
        if label.upper() not in ("PER", "PERSON"):
            continue
        start, end = _trim_entity(text, start, end, classify)
        if end <= start:
            continue
        # Spans are disjoint: only the neighbours around ``start`` can overlap.
        i = bisect.bisect_left(starts, end)
        if i and taken[i - 1][1] > start:
            continue
        taken.insert(i, (start, end))
        starts.insert(i, start)
        added.append(_span(start, end, _NER))
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: (s.start, s.end))


def _trim_entity(
    text: str, start: int, end: int, classify: Callable[[str], _Tok] | None
) -> tuple[int, int]:
    words = text[start:end].split()
    while len(words) > 1 and words[0].lower().rstrip(".:,") in _CONTEXT_WORDS | _TITLES:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    if words and words[-1].endswith(("'s", "’s")):
        end -= 2
    elif words and classify is not None and words[-1][:1].isupper():
        end -= classify(words[-1]).poss
    return start, end


DETECTORS = (NameDetector,)
