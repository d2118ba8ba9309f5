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

Initials are tied to a person by the text too: ``Pia Marie Kofoed (PMK)`` or ``Ordstyrer:
AKM`` make every later ``PMK``/``AKM`` a name, and initials alone on the last line sign a note.

What is *not* a name: sentence-initial ordinary words, places and organisations (``Aarhus``,
``i Holm``, ``Skattestyrelsen``, ``Region Midtjylland``, ``Københavns Kommune``), street names
(``Jens Baggesens Vej`` – addresses are the address detector's job), months and weekdays.
Common traps, each handled by a general rule rather than a list of cases:

- months that are first names in a date or a calendar (``Maj 2025``, ``primo August``, a
  ``Maj:`` line among ``Juni:`` and ``Juli:`` lines; a label is a speaker only when the labels
  around it are names, as in ``Bo: mandag`` / ``Thea: tirsdag``);
- companies built from surnames (``Bang & Olufsen``, ``Hansen & Søn``, ``Jensen og Møller
  A/S``, ``Carl Hansen & Søn``) and businesses named after an organisation word
  (``Hotel Skagen Strand``, ``Advokathuset Vestkysten``, ``Café Kajkanten``);
- towns that are also surnames: a lone surname that ends like a Danish town (``-by``,
  ``-rup``, ``-løse``, ``-lev``, ``-sted``, ``-bjerg``, ``-um`` …: ``Skovby``, ``Thorup``,
  ``Dalum``) is the place unless a first name, a title or an earlier full mention makes it the
  person; towns named in the national street list (``Thorup Bygade``) are places, and so are
  names after a town prefix (``Vester Hassing``, ``Nørre Nebel``);
- names of things (``stormen Bodil``, ``hunden Bella``), regnal numbers in street and firm
  names (``Frederik VIII's Vej``), abbreviations (``Alm. del``), lettered headings
  (``B. Overgangsperioden``) and nouns joined to a name (``Nguyen-familien`` names Nguyen,
  ``Kuhlmann-gruppen`` a firm).

More traps of the same kind, found on text written by others:

- an initial after a town is a postal district (``8000 Aarhus C. Forventet levering``), and a
  capitalised word with a small number after it is a title or a product (``Ternet Ninja 4``,
  ``projekt Nova 2.0``), as are words after a brand (``Philips Hue Iris``);
- ``Jan`` next to a day or a year is January (``15 Jan 2026``), a town that is a rare first name
  starts a place (``Nyborg Strand``), and a field label with a number is no speaker
  (``Antal: 6``);
- on the other side: a common first name before a town is a person (``Sara Jelling``), so is a
  name after a clock time and before a colon in a chat (``08:15 Per Bo: …``), a surname that is
  also a function word or a brand after a first name (``Ulrik From``, ``Mogens Have``), and a
  nickname in quotes belongs to the name (``Jesper "Jeppe" Nymann``).

A possessive *s* is not part of the span (``Mettes`` → ``Mette``); nor is a noun joined with
a hyphen (``Nguyen-familiens`` → ``Nguyen``).

Severity follows the evidence: a full name, or a surname after a title, is an error; a lone
first name or surname is a warning (a first name alone rarely identifies anyone, but in a case
text it often does). Confidence ranges from 0.95 (known first name + surname) down to 0.55 (a
word-like name such as *Per* in mid-sentence).

The gazetteer (about 1 MB, 128,000 names) is opened, and the patterns compiled, on the first
call to :meth:`NameDetector.find`, so a run that does not select NM001 never pays for it. Each
tier of each list is sorted, so a short text's few dozen names are looked up by bisecting the
file's bytes (a fraction of a millisecond in all); a long text builds the dicts and sets once,
when they have become the cheaper way. An optional spaCy model (``pip install
"promptlint[ner]"``) adds its PER/PERSON entities when the environment variable
``PROMPTLINT_NER_MODEL`` names a local model directory; promptlint never downloads a model.
"""

from __future__ import annotations

import bisect
import math
import operator
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from promptlint import _rx as rx
from promptlint.detectors import _labels
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
    dine sin sit vores jeres deres hendes dens dets man kan skal vil må har var er blev bliver
    være have havde kunne skulle ville måtte bør burde gør gjorde får fik kom går gik se ser så
    også kun bare lige nu her hvor hvad hvem hvilken hvilket hvilke hvordan hvorfor hvornår ja nej
    tak ikke aldrig altid ofte måske gerne desuden derfor dermed derefter herefter hermed endvidere
    ligeledes samt eller både hverken enten mens end fordi selvom skønt idet da dog jo nok vel alle
    ingen nogen noget nogle mange flere hver hvert anden andet andre samme selv hele al alt første
    sidste næste ny nye god godt gode stor store lille små mellem hos uden mod gennem siden inden
    blandt omkring bag foran ifølge trods via pr ca bl.a fx jf vedr vedrørende ang angående
    iht inkl ekskl evt mht pga dvs osv etc mandag tirsdag onsdag torsdag fredag lørdag søndag
    heri heraf hertil herved herom jura allies
    januar februar marts juni juli september oktober november december jul julen påske påsken
    pinse pinsen nytår nytårsaften juleaften dato emne bilag sagsnr sagsnummer journalnr j.nr
    dok dokument side punkt referat dagsorden møde mødet beslutning afgørelse klage klagen sag
    fornavn fornavne efternavn efternavne mellemnavn mellemnavne kaldenavn alm
    mon tue wed thu fri sat sun
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
    philips samsung lenovo sonos dell asus acer sony canon nokia huawei xiaomi bosch siemens
    miele logitech garmin fitbit toyota volvo skoda tesla peugeot citroën
    danish english swedish norwegian german french polish dutch spanish italian turkish arabic
    somali ukrainian romanian lithuanian latvian british american
    """.split()
)
# Brands among the stop words: capitalised words right after one name a product ("Philips Hue
# Iris", "Sonos Era"), as words after an organisation word do.
_BRANDS = frozenset(
    """
    arla lego carlsberg mærsk maersk novo vestas danfoss grundfos jysk netto bilka føtex
    irma rema lidl aldi coop salling matas ikea microsoft google apple kmd netcompany systematic
    philips samsung lenovo sonos dell asus acer sony canon nokia huawei xiaomi bosch siemens
    miele logitech garmin fitbit toyota volvo skoda tesla peugeot citroën
    """.split()
)

# Months that are also first names (Maj, August, April, May, June) need a person's context.
_MONTH_NAMES = frozenset("april maj may june august".split())
# Abbreviated months, English and Danish: "15 Jan 2026", "Jan. 2025", "9 Feb – 2 Mar". "Jan" is
# also one of the commonest Danish first names, so the abbreviation counts only next to a day
# or a year.
_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept okt oct nov dec dek".split())
# Surnames that are also function words or brands (DST counts hundreds of people called From,
# Have, Post, Salling, Falck): never a name on their own, but a surname right after a first
# name ("Ulrik From", "Mogens Have") and wherever the text has named that person in full.
_STOP_SURNAMES = frozenset("from have post salling ørsted falck mærsk".split())
# As written in text (Jan, JAN; Have, HAVE): the scan tests the word itself, not its lower case.
_MONTH_ABBR_WRITTEN = frozenset(w.capitalize() for w in _MONTH_ABBR) | frozenset(
    w.upper() for w in _MONTH_ABBR
)
_STOP_SURNAMES_WRITTEN = frozenset(w.capitalize() for w in _STOP_SURNAMES)

# Titles: excluded from the span; anything capitalised after one is a name (fru Thykjær).
_TITLES = frozenset(
    """
    fru frue frk frøken hr herr dr doktor prof professor mr mrs ms miss mx sir lady lord dame
    pastor provst biskop sognepræst overlæge afdelingslæge kong kongen konge dronning dronningen
    prins prinsen prinsesse kronprins kronprinsesse greve grevinde baron baronesse cand lektor
    adjunkt docent ph.d advokat dommer fam
    premierløjtnant løjtnant kaptajn major oberst oberstløjtnant sergent oversergent konstabel
    overkonstabel korporal kommandør kommandørkaptajn orlogskaptajn kaptajnløjtnant general
    generalmajor admiral politiassistent politikommissær politiinspektør vicepolitiinspektør
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
    vejleder vejlederen mentor mentoren underviser underviseren kontaktlærer kontaktlæreren
    klasselærer klasselæreren sekretær sekretæren jurist juristen koordinator koordinatoren
    fysioterapeut fysioterapeuten ergoterapeut ergoterapeuten sundhedsplejerske
    sundhedsplejersken jordemoder tandlæge tandlægen hjemmehjælper hjemmehjælperen visitator
    visitatoren fuldmægtig fuldmægtigen specialkonsulent chefkonsulent souschef souschefen
    kontorchef kontorchefen nabo naboen naboer veninde veninden ven vennen plejebarn
    plejebarnet barnebarn barnebarnet stedsøn steddatter indberetter indberetteren whistleblower
    whistlebloweren
    supervisor adviser advisor counsellor counselor mentor neighbour neighbor friend secretary
    coordinator therapist physiotherapist
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
    # not "at": in Danish text it is "that" ("han siger, at Bo kommer")
    "i fra til på ved mod nær via over gennem omkring bag in from to near via into".split()
)
# Endings of Danish definite and abstract nouns (perioden, udvalget, ydelserne, vurderingen).
_NOUN_ENDINGS = ("en", "et", "erne", "ene", "ing", "ingen", "hed", "heden", "tion", "else")
# More endings of words that a lettered heading starts with ("A. Elevens stamoplysninger", "B.
# Faglig udvikling", "E. Forældresamarbejde"): possessives, adjectives, compounds of work.
_HEADING_WORD_ENDINGS = (
    "ens", "ets", "ernes", "enes", "lig", "lige", "ligt", "isk", "iske", "skab", "arbejde", "ninger"
)
# Words that name a thing with the capitalised word after them: "stormen Bodil", "hunden
# Bella", "skibet Jylland", "filmen Jagten". The name belongs to no person.
_QUOTES = frozenset("\"“”„«»'‘’")
_THING_WORDS = frozenset(
    """
    stormen orkanen skibet færgen båden fregatten hunden hundens katten hesten kaninen
    hund førerhund førerhunden førerhundens servicehund servicehunden assistancehund
    filmen bogen romanen serien sangen albummet spillet programmet appen systemet robotten
    projektet kampagnen operationen udstillingen festivalen projekt system platform
    platformen løsning løsningen produkt produktet modul modulet kodenavn kodenavnet
    version versionen release bydelen kvarteret landsbyen distrikt distriktet model modellen
    kolonne kolonnen kolonner kolonnerne overskrift overskriften overskrifter overskrifterne
    sal salen lokale lokalet mødelokale mødelokalet rum rummet auditorium auditoriet
    en et
    hurricane ship dog cat horse film movie book novel series song album project product
    codename room hall
    """.split()
)
# Street words that are also surnames (Hanne Bro, Jens Gade, Ole Bakke).
_SURNAME_STREET_WORDS = frozenset("bro bakke gade dige".split())
# The first word of many town names: "Vester Hassing", "Nørre Nebel", "Sdr. Omme".
_PLACE_PREFIXES = frozenset(
    """
    vester øster nørre sønder vestre østre nordre søndre nr sdr gl gammel gamle øvre nedre
    midt nord syd øst vest store lille ny nye jomfru
    """.split()
)
# Verbs and nouns of talking to someone, before "med"/"with": "talt med Thorup".
_TALKED = frozenset(
    """
    talt talte snakket snakkede aftalt aftalte mødtes møde mødet samtale samtalen
    telefonsamtale telefonsamtalen kontakt korrespondance drøftet drøftede
    spoke spoken talked met meeting spoke
    """.split()
)
# Place prepositions that also take a person: "sendt til Rahimi", "brev fra Jensen", "klage
# over Hansen", "ved direktør Bruun".
_PERSON_PREPS = frozenset("til fra over ved mod to from".split())
# Nouns that a letter follows as a label, not as a person's initial: "zone B", "bilag C".
_LETTER_LABELS = frozenset(
    """zone bilag afsnit type kategori gruppe klasse fase niveau trin model punkt blok bygning
    opgang spor lokale hal sal del spalte kolonne række plan appendix annex section part group
    grade level""".split()
)
_LETTER_LABEL_BEFORE = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(_LETTER_LABELS)) + r")[ \u00a0]$"
)
_FAITH_BEFORE = frozenset(
    """
    became become becomes devout practising practicing converted born-again pentecostal
    catholic orthodox evangelical coptic lutheran protestant jewish muslim hindu buddhist
    """.split()
)
# Words for a time after which a holiday is no one's name: "fasting during Ramadan".
_HOLIDAY_BEFORE = frozenset("during under i før efter before after until til since siden".split())
_HOLIDAYS = frozenset(("Ramadan", "Eid", "Ramadanen"))
# Points of the compass, which name a district after a definite noun ("Hjemmeplejen Vest").
def _identified_after(text: str, end: int) -> bool:
    """The person's CPR number, birth or age right after a name (see _IDENTIFIED_AFTER); a comma
    or a bracket must follow first, a cheap test that rules out most words."""
    return text[end : end + 3].lstrip(" \t")[:1] in (",", "(") and bool(
        _IDENTIFIED_AFTER.match(text, end, end + 24)
    )


# What a name before a hyphen may still be part of: a case or a family ("Ahmed-sagen",
# "Nguyen-familiens").
_NAME_COMPOUND_TAILS = ("sag", "famil", "klan", "slægt")
_THING_AFTER_NAME = rx.compile_re(
    r"-([a-zæøå]{5,})|/[A-ZÆØÅ]{2,}(?![\w])|-(?=[ \t]+(?:og|eller|or|and)[ \t])"
)
# A weekday's short form with a date after it: "Tors 4/12", "Tirs. 9/12" ("Tors" is no Tor's).
_WEEKDAY_SHORT = rx.compile_re(r"(?:Tors|Tirs|Ons|Fre|Lør|Søn|Man)\.?[ \t]+\d")


def _first_part_of_a_thing(text: str, start: int, end: int) -> bool:
    """The name is the first part of a thing's name: "Roger-udstyr", "Roger-mikrofonen" (a brand
    of hearing aids, holdout395), "Roger/FM-anlæg", or of words joined by "og" ("Folke- og
    førtidspensionister", "Glenn- og Fontan-operation"); not "Ahmed-sagen", "Soo-jin",
    "Ruth/Henning", and not initials ("LT/HR-Vest"). Also a weekday's short form: "Tors 4/12"."""
    if text[end : end + 1] not in ("-", "/"):
        return text[end : end + 1] == "s" and _WEEKDAY_SHORT.match(text, start) is not None
    after = _THING_AFTER_NAME.match(text, end)
    if after is None:
        return False
    if after.group(1) is not None:
        return not after.group(1).startswith(_NAME_COMPOUND_TAILS)
    return not text[start:end].isupper()


def _bible_reference(text: str, end: int) -> bool:
    """A chapter and verse right after a word: "Matt 5,1-12" names a book of the Bible."""
    return text[end + 1 : end + 2].isdigit() and bool(_CHAPTER_VERSE.match(text, end))


def _column_letters(text: str, pos: int) -> bool:
    """The line at ``pos`` names its columns by letters: three cells or more that start with a
    capital letter and a blank ("A Afgiftsnr | B Dato | C Zone")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    return len(line) < 400 and len(_COLUMN_LETTER.findall(line)) >= 3


# A compass point after a unit names its district ("Hjemmeplejen Vest", "team Nord"), or after
# its leader's title ("regionsleder Nord", "områdechef Syd").
_COMPASS = frozenset("vest øst nord syd midt nordvest nordøst sydvest sydøst".split())
_COMPASS_AFTER = re.compile(
    r"\w\w(?:en|et|ne|team|center|gruppe|afdeling|område|distrikt|leder|chef)[ \u00a0]$"
)
# A ward, a team or a house, named next: a name that is also a word names the unit ("afdeling Birk
# og Ask", "team Lærke", "i hus Ravn"); a name that is only a name still counts ("afdeling Mette").
_UNIT_BEFORE = re.compile(
    r"(?i:afdeling|afdelingen|afsnit|afsnittet|stue|stuen|team|teamet|hus|huset|fløj|fløjen|"
    r"gang|gangen|enhed|enheden|bo-enhed|boenhed|gruppe|gruppen|etage|klynge|klyngen|bogruppe|"
    r"ward|unit|wing)[ \u00a0](?:[A-ZÆØÅ]\w*(?:,[ \u00a0]|[ \u00a0](?:og|eller|&)[ \u00a0]))*$"
)
# Names that are other words in a fixed phrase: "Thi kendes for ret" (a judgment's formula),
# "Plan, Byg og Miljø" (a municipal department).
# A firm's legal form in mixed case: it ends a firm's name (see _company_tail), no abbreviation.
_LEGAL_FORMS = frozenset(("ApS", "IvS", "AmbA", "SmbA", "FmbA"))
# Places written in two or three capitalised words, whose parts are also names ("Sri Lanka").
_MULTIWORD_PLACES = frozenset((
    "Sri Lanka", "Ho Chi Minh", "Ho Chi Minh-byen", "Costa Rica", "Puerto Rico", "San Marino", "Sierra Leone",
    "Burkina Faso", "El Salvador", "Hong Kong", "Kuala Lumpur", "Addis Abeba", "Addis Ababa",
    "Abu Dhabi", "Tel Aviv", "San Francisco", "Los Angeles", "New York", "Buenos Aires",
    "Rio de Janeiro", "São Paulo", "Sao Paulo", "Saudi Arabien", "Saudi Arabia",
    "Santo Domingo",
    # Charities named like people ("Til stede: … Blå Kors, Frelsens Hær").
    "Blå Kors", "Røde Kors", "Dansk Røde Kors", "Frelsens Hær", "Kirkens Korshær",
    "Ældre Sagen", "Ældre-Sagen",
    # Methods of care and teaching named like people.
    "Marte Meo",
))
_ROOM_CODE = re.compile(r"[A-ZÆØÅ]?\d+[.\-]\d")
_IDIOM_AFTER = {
    "Thi": (" kendes for ret",),
    "Byg": (" og ", " & ", ", "),  # "Byg og Miljø", "Byg, Land og Miljø"
    "Bo": (" godt", " trygt", " sikkert", " hjemme", " alene", " sammen"),  # "Bo godt – …"
}
# The same before the name: "Team Familie og Byg" (a department).
_IDIOM_BEFORE = {"Byg": (" og ", " & ")}


def _faith_or_holiday(value: str, word_before: str) -> bool:
    """"became Christian", "Jewish, Christian and …": the faith; "during Ramadan": the month."""
    if value == "Christian":
        return word_before in _FAITH_BEFORE
    return value in _HOLIDAYS and word_before in _HOLIDAY_BEFORE


# A compound's tail that makes the word before it a kind of work or role, not a person:
# "Peer-medarbejdere", "Peer-støtten" (but "Hansen-sagen" is Hansen's case).
_KIND_OF_WORK = (
    "medarbejder", "medarbejdere", "medarbejderne", "støtte", "støtten", "støtter", "støtterne",
    "arbejde", "arbejdet", "uddannelse", "uddannelsen", "grupper", "grupperne",
    # and a network's parts: "Tor-exit-node", "Tor-netværket"
    "exit", "node", "noden", "browser", "browseren", "netværk", "netværket",
    # and a thing named after someone, or a team's name: "Lea-tavle" (a sight chart),
    # "Diogenes-syndrom", "Rehab-team", "Evin-fængslet"
    "tavle", "tavlen", "syndrom", "syndromet", "team", "teamet", "test", "testen", "skala",
    "skalaen", "metode", "metoden", "model", "modellen", "fængsel", "fængslet",
    # and English: "Peer-led", "Peer-reviewed"
    "led", "reviewed",
)


# Words that turn the capitalised words before them into an organisation or a street.
_ORG_WORDS = frozenset(
    """
    kommune kommunes region regionen styrelse styrelsen ministerium ministeriet direktorat
    direktoratet tilsyn tilsynet råd rådet nævn nævnet ret retten byret byretten landsret
    landsretten hospital hospitalet sygehus sygehuset universitet universitetet skole skolen
    gymnasium gymnasiet seminarium akademi akademiet højskole højskolen efterskole friskole
    café cafe caféen restaurant restauranten hotel hotellet kro kroen bageri bageriet butik
    butikken firma firmaet boligselskab boligforening andelsboligforening ejerforening
    grundejerforening advokatfirma advokatfirmaet tandklinik lægehus lægehuset lægepraksis
    institut instituttet institutet museum museet teater teatret bibliotek biblioteket center centret
    centeret jobcenter borgerservice politi politiet kirke kirken sogn sognet fond fonden
    forening foreningen forbund forbundet selskab selskabet bank banken sparekasse a/s aps i/s
    tidende stiftstidende avis avisen dagblad dagbladet
    landsforening landsforeningen lokalforening lokalafdeling fagforening fagforeningen
    k/s p/s amba fmba smba holding group gruppen partiet parti kollegium kollegiet børnehave
    børnehaven vuggestue vuggestuen børnehus dagtilbud plejecenter plejehjem bosted klinik
    klinikken apotek apoteket hallen hal stadion arena forsamlingshus kontor kontoret
    afdeling afdelingen enhed enheden sekretariat sekretariatet service udvalg udvalget
    himmelfart himmelfartsdag bededag pinsedag juledag påskedag nytårsdag
    arkitekter architects advokater partners consulting rådgivning ingeniører entreprise
    anlæg revision rights watch institute council centre
    university college school hospital council ministry agency department foundation inc ltd
    llc gmbh company corporation association group airport lufthavn station museum
    pizzeria pizzeriaet pizza sushi kebab burger frisør frisørsalon salon kiosk kiosken grill
    grillbar bistro bodega
    servicedesk servicedesken helpdesk
    energi forsyning fjernvarme varmeværk vandværk elselskab
    koncern koncernen pension
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
    service gruppen partiet foreningen forbundet klinikken firmaet kollegiet udvalg udvalget
    psykiatrien psykiatri plejen støtten ordningen teamet enheden desk desken support supporten
    """.split()
)
_STREET_SUFFIXES = tuple(
    """
    vej vejen gade gaden stræde allé boulevard plads pladsen torv torvet vænge vænget parken
    stien tværvej gøta gøtu vegur
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
# Endings of Danish town and village names (Skovby, Kastrup, Benløse, Haslev, Thisted,
# Ringe, Nykøbing, Silkeborg, Dalum, Hillerød, Nexø …). Many surnames were taken from villages
# (Kirkeby, Thorup, Højbjerg), so such a surname alone, with no first name, title or other
# context, is read as the place: "matr.nr. 7 Skovby By", "udstykningen i Dalum".
_TOWN_SUFFIXES = tuple(
    """
    by rup løse lev sted inge købing bjerg borg um rød bølle havn næs høj holt ager sø
    """.split()
)
# ... except endings of foreign surnames and Latin words (Begum, Museum, Forum).
_NOT_TOWN_SUFFIXES = ("gum", "ium", "aum", "eum")
_PARTICLES = tuple(
    """
    von van de der den af du da di del della la le ten ter zu dos das bin ibn al el y
    """.split()
)
_NAME_PREFIXES = ("al-", "el-", "ul-", "ad-", "ud-", "abu-", "abd-", "bin-", "ibn-", "ben-")
# Capitalised acronyms that are not someone's initials.
_ACRONYMS = frozenset(
    """
    it hr eu kl dr tv pdf cpr cvr skat nb ps ok ai id su atp udk bbr mr dk usa uk fn nato ac bek lbk
    vuc fgu kuu egu stu uu hf hhx htx stx eud eux avu pgu ogu gop fmk dbi daka ched eums eeas
    cc bcc re fw fwd pm am vip ceo cfo cto hk foa dsr dlf bupl lo ft dj ddr gdpr adhd
    sms mms app www url api sql csv xml json ok pc mac cd dvd usb gps hiv aids kol sosu
    sfo ssp akt ppr kmd vum uu sst sum bua mbu fob ftf ak aks who oecd doc docx xlsx fyi asap
    eta faq sos dsb dba dmi kb ku au sdu dtu itu cbs ucl via ucn ucsyd kp zbc ast pet fe cfcs
    lng ngo un vpn ip ssa ssh tr amr hmu ean gln sku sscc lev dh sind kl gp rki ssp psp
    navn name dato tlf adr nn xx xxx soc asr siem edr xdr mfa sso rfc psk ssid co co₂ co2 nox
    bnp ptsd ptss ocd damp copd adl ekg eeg mri ct aes ufst sktst bup buc ppv pps mail email vive dst sfi kora dkk eur usd sek nok gbp chf
    star siri sirius ida aes smart celf sps esdh
    amk gcs sbar isbar hlr aed cbrn tbsa cmm dpo ciso cio lgbt lgbti lgbtq lgbtqi lgbtqia kui
    kkr ec eec eøs stps inr thl fi ef
    cpap bipap niv peg ahi osa ect mrsa asf igra ouh auh sus amo dob doak noak
    dna rna atc hod hkkf cs suh
    """.split()
)

# --- patterns ----------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ" + "".join(
    ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper() and ch.lower() != ch
)
_LETTER = r"[^\W\d_]"
# One or two blanks join the words of a name ("Mette  Hansen" from a PDF); three part the columns
# of a list padded with blanks ("07.15  Kirsten Bundgaard   Mosevej 4", holdout430).
_SEP = r"[ \t\u00a0]{1,2}"
_PARTICLE = "|".join(_PARTICLES)


def _chain_source(up: str, letter: str, word: str, apostrophes: str, sep: str) -> tuple[str, str]:
    """A token and a chain, spelled with these character classes (capitals, letters, word
    characters, apostrophes, spaces).

    A token starts with a capital: initials (J. or J.P. or J. P.) or a word (Mette,
    Hansen-Møller, O'Brien, Mette's). The pattern starts with the capital so that the regex
    engine can skip quickly to candidate positions; the look-behind then rejects capitals inside
    words, e-mail addresses and URLs, and a unit's after a degree sign ("75 °C. Temperaturen")."""
    rest = rf"(?:\.(?:[ ]?[{up}]\.)*|{letter}*(?:[{apostrophes}-]{letter}+)*(?![{word}@]))"
    token = rf"[{up}]{rest}"
    chain = (
        rf"[{up}](?<![{word}.@\\°].){rest}"
        rf"(?:{sep}(?:(?:{_PARTICLE})(?:{sep}|-)){{0,2}}{token})*"
    )
    return token, chain


# A chain: capitalised words and initials in a row on one line, with up to two particles
# between them (Karen von Bülow, Ahmed al-Hassan, Ludwig van der Berg).
_TOKEN, _CHAIN_RX = _chain_source(_UP, _LETTER, r"\w", "'’", _SEP)


# The same chain for the Latin-1 bytes of a text (one per character; see _chain_spans), its
# classes the Latin-1 characters that each class of _CHAIN_RX holds (a test derives them again),
# so that the two agree on every Latin-1 text.
_UP_LATIN1 = r"A-Z\xc0-\xd6\xd8-\xde"
_LETTER_LATIN1 = r"A-Za-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff"
_WORD_LATIN1 = "0-9_" + _LETTER_LATIN1
# In those bytes every capital is first made an "A" (_AS_A): the pattern then starts with a
# literal, which the regex engine finds by a fast search instead of testing a class at each byte
# (a third faster); where a class admits a capital, "A" is in it too.
_CHAIN_LATIN1_RX = _chain_source(
    "A", f"[{_LETTER_LATIN1}]", _WORD_LATIN1, "'", r"[ \t\xa0]{1,2}"
)[1].encode("latin-1")
_CAPITALS_LATIN1 = bytes([*range(0x41, 0x5B), *range(0xC0, 0xD7), *range(0xD8, 0xDF)])
_AS_A = bytes.maketrans(_CAPITALS_LATIN1, b"A" * len(_CAPITALS_LATIN1))
_MIXED_OK_RX = rf"^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von)[{_UP}]"

_HEADER_LABELS = (
    r"til|fra|cc|bcc|kopi(?: til)?|to|from|sender|afsender|modtager(?:e)?|recipients?|"
    r"deltagere?|til ?stede|fraværende|afbud|referent|mødeleder|ordstyrer|attendees|present|"
    r"participants|absent|apologies|sagsbehandlere?|socialrådgiver|kontaktperson|contact|navn|"
    r"name|borger(?:en)?|klager|ansøger|patient|elev|klient|pårørende|forældre|forælder|mor|far|"
    r"moder|fader|medmor|udlagt fader|"
    r"værge|bisidder|partsrepræsentant|underskrevet(?: af)?|underskrift|signed|"
    r"godkendt af|udarbejdet af|skrevet af|udskrevet af|printet af|prepared by|approved by|"
    r"author|forfatter|ansvarlig|"
    r"tovholder|owner|behandler|læge|lærer|medarbejder|leder|initialer|init|att|attn|"
    r"vejleder|mentor|kontaktlærer|klasselærer|underviser|koordinator|sekretær|"
    r"oprettet af|tildelt|behandlet af|rapporteret af|indberettet af|henvist af|indberetter|"
    r"assigned to|reported by|requested by|requester|escalated to|handled by|created by|"
    r"submitted by|guests?|gæster?|members?|medlemmer|fornavne?|efternavne?|mellemnavne?|"
    r"kaldenavn|fulde navn|first name|last name|surname|given names?|full name|debtor|skyldner|"
    r"creditor|kreditor|claimant|tenant|lejer|employee|applicant|beneficiary"
)
_HEADER_RX = rf"[ \t>*•·-]*(?:{_HEADER_LABELS})(?:\s*\([^)\n]{{0,30}}\))?[ \t]*:"
_SIGNOFF_LINE_RX = (
    r"[ \t>]*(?:med )?(?:venlig(?:e|st)? hilsen?(?:er)?|venlige hilsner|mange hilsner|"
    r"bedste hilsner|kærlig(?:e)? hilsen?(?:er)?|hilsen|hilsner|mvh|vh|kh|bh|"
    r"(?:best|kind|warm|warmest)(?: regards)?|regards|best wishes|sincerely|yours sincerely|"
    r"yours faithfully|yours truly|cheers|thanks|thank you|på forhånd tak|tak)[.,!]?[ \t\r]*$"
)
# The look-ahead lists the first letters of the verbs: it changes no match, but spares the
# engine trying some seventy verbs after the commonest words ("i", "var", "gik" …).
_SPEECH_AFTER_RX = (
    r"['’]?s?[ \t]*,?[ \t]*(?=[abcefhkmnoprstuw])"
    r"(?:siger|sagde|fortæller|fortalte|oplyser|oplyste|forklarer|"
    r"forklarede|udtaler|udtalte|skriver|skrev|mener|mente|svarer|svarede|spørger|spurgte|"
    r"påpeger|påpegede|understreger|tilføjer|tilføjede|beretter|berettede|bekræfter|bekræftede|"
    r"ringede|ringer|meddeler|meddelte|sendte|mailede|kontaktede|henvendte sig|foreslog|"
    r"(?:har|havde) (?:oplyst|fortalt|sagt|skrevet|forklaret|udtalt|meddelt|ringet|svaret|"
    r"bekræftet|spurgt|sendt|mailet|kontaktet|henvendt sig|foreslået)|"
    r"said|says|told|tells|explained|wrote|writes|asked|replied|stated|noted|added|confirmed|"
    r"called|mentioned|emailed|sent|suggested|(?:has|had) (?:said|told|written|called|sent|"
    r"asked|emailed|confirmed))\b"
)
# After a name: the person's CPR number or birth ("Abena Boateng (CPR 300178-3317)",
# "Dragoș Petrescu, f. 1981", "Precious Okafor, født 12.03.1990").
_IDENTIFIED_AFTER_RX = (
    r"[ \t]*(?:,[ \t]*|\([ \t]*)(?:(?:CPR|[Cc]pr|[Pp]ersonnr)(?:[-. \t]{0,2}nr)?\.?:?[ \t]*\d|"
    r"f\.[ \t]*\d|født[ \t]+(?:den[ \t]+)?\d|b\.[ \t]*\d|born[ \t]+\d|\d{6}[ \t]?[-–][ \t]?\d{4}(?!\d))"
    # Or the person's age in brackets: "Faven (16 år, fra Eritrea)", "Noah (9 år)".
    r"|[ \t]*\([ \t]*\d{1,3}[ \t]*(?:år|årig|mdr|måneder|years?|yrs?)(?![\w])"
)
_COORD_RX = r"[ \t]*(?:,|og|and|&|eller|or|samt)[ \t]*"
# After a surname: the rest of a company name ("Jensen og Møller A/S", "Hansen Holding").
_COMPANY_TAIL_RX = (
    r"(?:[ \t]+(?:og|and|&)[ \t]+[A-ZÆØÅ][\w-]*)?[ \t]+"
    r"(?:A/S|ApS|I/S|K/S|P/S|IVS|A\.m\.b\.a\.|AMBA|Holding|Group|Ltd|GmbH|Inc|AB|AS)\b"
    r"|[ \t]+(?:og|&)[ \t]+(?:Søn|Sønner|Co)\b"
)
# The rest of an English title after a word that is also a name: "(Students') Grant and Loan
# Scheme Act", "Hope Foundation", "Carer's Allowance Board".
_TITLE_TAIL_RX = (
    r"(?:[ \t]+(?:and|of|for|the|&|[A-Z][a-z]+(?:'s)?))*?[ \t]+"
    r"(?:Act|Acts|Scheme|Board|Fund|Programme|Program|Agency|Authority|Council|Committee|Ministry|"
    r"Directive|Regulation|Convention|Foundation|Institute|Association)\b"
)
# Finite verbs after a sentence's subject: "Liv er 11 måneder", "Ask har fået plads".
_VERB_AFTER_RX = (
    r"[ \t]+(?:er|var|har|havde|skal|skulle|vil|ville|kan|kunne|må|får|fik|bliver|blev|kommer|"
    r"kom|går|gik|bor|boede|is|was|has|had|will|would|can|could)\b"
)
_LABEL_RX = r"[ \t>*•·-]*([^\W\d_][\w-]*)[ \t]*:"
# A chat or SMS log: a clock time, then the speaker and a colon ("08:15 Per Bo: …",
# "[09:14] Jonas Kjær (drift): …", "25.11. 08:15 - Per Bo: …").
_CHAT_STAMP_RX = (
    r"[ \t>*•·-]*(?:\d{1,2}[./-]\d{1,2}[./-]?(?:\d{2,4})?,?[ \t]+)?[\[(]?\d{1,2}[:.]\d{2}"
    r"(?:[:.]\d{2})?[\])]?[ \t]*[-–—:]?[ \t]*\Z"
)
_SPEAKER_COLON_RX = r"(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*:(?![\d/])"

class _Lazy:
    """A pattern compiled on its first use: every detector module is imported at start-up, even
    when NM001 is not selected, and ``re`` takes up to a millisecond to compile one of these.
    The first attribute asked for compiles the pattern, which then replaces this stand-in in
    the module's globals, so later uses cost nothing extra (and a short text compiles only the
    patterns it needs)."""

    __slots__ = ("_name", "_source", "_flags")

    def __init__(self, name: str, source: str, flags: int = 0) -> None:
        self._name, self._source, self._flags = name, source, flags
        rx.declare(source, flags)  # the wheel's pre-built table has it all the same

    def __getattr__(self, attr: str):
        pattern = rx.compile_re(self._source, self._flags)
        globals()[self._name] = pattern
        return getattr(pattern, attr)


def _lazy(name: str, source: str, flags: int = 0) -> re.Pattern[str]:
    return _Lazy(name, source, flags)  # type: ignore[return-value]


_CHAIN = _lazy("_CHAIN", _CHAIN_RX)
_CHAIN_LATIN1 = _lazy("_CHAIN_LATIN1", _CHAIN_LATIN1_RX)  # type: ignore[arg-type]
_TOKENS = _lazy("_TOKENS", _TOKEN)
_MIXED_OK = _lazy("_MIXED_OK", _MIXED_OK_RX)
_HEADER = _lazy("_HEADER", _HEADER_RX, re.IGNORECASE)
_SIGNOFF_LINE = _lazy("_SIGNOFF_LINE", _SIGNOFF_LINE_RX, re.IGNORECASE)
_SPEECH_AFTER = _lazy("_SPEECH_AFTER", _SPEECH_AFTER_RX, re.IGNORECASE)
_IDENTIFIED_AFTER = _lazy("_IDENTIFIED_AFTER", _IDENTIFIED_AFTER_RX)
_COORD = _lazy("_COORD", _COORD_RX, re.IGNORECASE)
_COMPANY_TAIL = _lazy("_COMPANY_TAIL", _COMPANY_TAIL_RX)
_LABEL = _lazy("_LABEL", _LABEL_RX)
_VERB_AFTER = _lazy("_VERB_AFTER", _VERB_AFTER_RX)
_TITLE_TAIL = _lazy("_TITLE_TAIL", _TITLE_TAIL_RX)
_CHAT_STAMP = _lazy("_CHAT_STAMP", _CHAT_STAMP_RX)
_SPEAKER_COLON = _lazy("_SPEAKER_COLON", _SPEAKER_COLON_RX)


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

# Building a set or dict costs about 0.1 µs a name (decode, lower case, hash), one step of a
# bisection about 0.35 µs. A block is bisected while that is cheaper: a short text asks a few
# dozen names, a long one thousands, and then the set is built after all, once.
_BUILD_US_PER_BYTE = 0.0125  # 0.1 µs a name, about 8 bytes a line
_STEP_US = 0.35


def _lookups_worth_building(sizes: Iterable[int]) -> int:
    """Look-ups after which building the set (or dict) of blocks of ``sizes`` bytes costs less
    than bisecting each of them again."""
    sizes = [size for size in sizes if size]
    if not sizes:
        return 1
    steps = sum(max(1.0, math.log2(size / 8)) for size in sizes)
    return max(1, int(sum(sizes) * _BUILD_US_PER_BYTE / (_STEP_US * steps)))


def _bisect(text: bytes, lo: int, hi: int, key: bytes) -> bool:
    """Whether ``text[lo:hi]`` (whole lines of UTF-8, each ending in a line break, in the order
    of their lower case) has a line whose lower case is ``key`` (lower case, UTF-8). Only the
    lines a bisection reads are decoded, and only when they are not ASCII: UTF-8 keeps the order
    of the code points, so the bytes compare as the strings do."""
    while lo < hi:
        mid = (lo + hi) >> 1
        start = text.rfind(b"\n", lo, mid) + 1 or lo
        end = text.find(b"\n", mid)
        line = text[start:end]
        line = line.lower() if line.isascii() else line.decode("utf-8").lower().encode("utf-8")
        if line == key:
            return True
        if line < key:
            lo = end + 1
        else:
            hi = start
    return False


def _utf8(key: str) -> bytes:
    # A lone surrogate is no name, but must not raise: "surrogatepass" keeps the order.
    return key.encode("utf-8", "surrogatepass")


class _Rebinds:
    """A stand-in that, once built, puts the built set or dict in its place on the gazetteer,
    so the many look-ups of a long text cost a plain ``dict.get`` or ``in``."""

    __slots__ = ()
    _owner: tuple[object, str] | None

    def _bind(self, owner: object, attr: str) -> None:
        self._owner = (owner, attr)

    def _rebind(self, built: object) -> None:
        if self._owner is not None:
            owner, attr = self._owner
            if getattr(owner, attr) is self:
                setattr(owner, attr, built)


class _SortedBlock(_Rebinds):
    """Names, one a line, in the order of their lower case: ``key in block`` (``key`` in lower
    case) bisects the text, so a short text costs a few look-ups instead of a set built from the
    whole list. After many look-ups (a long text) the set is built after all, once."""

    __slots__ = ("_text", "_lo", "_hi", "_asked", "_limit", "_set", "_owner")

    def __init__(self, text: bytes, lo: int = 0, hi: int | None = None) -> None:
        # Whole lines of UTF-8, each ending in a line break: only the lines a bisection reads
        # are decoded (100,000 names take milliseconds to decode).
        self._text = text
        self._lo, self._hi = lo, len(text) if hi is None else hi
        self._asked = 0
        self._limit = _lookups_worth_building([self._hi - lo])
        self._set: frozenset[str] | None = None
        self._owner = None

    def as_set(self) -> frozenset[str]:
        if self._set is None:
            self._set = frozenset(self._text[self._lo : self._hi].decode("utf-8").lower().split())
            self._rebind(self._set)
        return self._set

    def __len__(self) -> int:
        return len(self.as_set())

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_set())

    def __contains__(self, key: object) -> bool:
        if self._set is not None:
            return key in self._set
        self._asked += 1
        if self._asked > self._limit or not isinstance(key, str):
            return key in self.as_set()
        return _bisect(self._text, self._lo, self._hi, _utf8(key))


class _SortedTiers(_Rebinds):
    """A tiered list (``@tier N`` blocks, each sorted like a :class:`_SortedBlock`) as a
    read-only mapping of a lower-case name to its best (lowest) tier: ``get`` bisects the tiers
    in turn until enough look-ups make the dict worth building."""

    __slots__ = ("_text", "_tiers", "_asked", "_limit", "_dict", "_owner")

    def __init__(self, text: bytes, tiers: dict[int, tuple[int, int]]) -> None:
        self._text = text
        self._tiers = sorted(tiers.items())  # (tier, (lo, hi)), the best tier first
        self._asked = 0
        self._limit = _lookups_worth_building(hi - lo for lo, hi in tiers.values())
        self._dict: dict[str, int] | None = None
        self._owner = None

    def as_dict(self) -> dict[str, int]:
        if self._dict is None:
            built: dict[str, int] = {}
            for tier, (lo, hi) in reversed(self._tiers):  # a name in two tiers keeps the best
                built.update(dict.fromkeys(self._text[lo:hi].decode("utf-8").lower().split(), tier))
            self._dict = built
            self._rebind(built)
        return self._dict

    def get(self, key: str, default: int | None = None) -> int | None:
        if self._dict is not None:
            return self._dict.get(key, default)
        self._asked += 1
        if self._asked > self._limit or not isinstance(key, str):
            return self.as_dict().get(key, default)
        text, utf8 = self._text, _utf8(key)
        for tier, (lo, hi) in self._tiers:
            if _bisect(text, lo, hi, utf8):
                return tier
        return default

    def __getitem__(self, key: str) -> int:
        tier = self.get(key)
        if tier is None:
            raise KeyError(key)
        return tier

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.as_dict())

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())


class Gazetteer:
    """Name lists as lower-case lookups. ``first``/``surnames`` map a name to its tier (1 = most
    common); ``first_tier`` also knows the long tail of DST's list (tier 4, ``rare``).

    :meth:`load` maps the files but decodes none of them: each tier is sorted, and a name is
    looked up by bisecting its bytes (:class:`_SortedTiers`, :class:`_SortedBlock`) until the
    text has asked enough names that the dicts and sets are worth building; they then take the
    stand-ins' places on the gazetteer. Either way the answers are the same."""

    __slots__ = ("first", "rare", "surnames", "words", "places")

    def __init__(
        self,
        first: dict[str, int] | _SortedTiers,
        rare: frozenset[str] | _SortedBlock,
        surnames: dict[str, int] | _SortedTiers,
        words: frozenset[str] | _SortedBlock,
        places: frozenset[str] | _SortedBlock,
    ) -> None:
        self.first = first  # tiers 1-3
        self.rare = rare  # tier 4 only: the names of ``first`` need not be in it
        self.surnames = surnames
        self.words = words
        self.places = places
        for attr in self.__slots__:
            value = getattr(self, attr)
            if isinstance(value, _Rebinds):
                value._bind(self, attr)

    @classmethod
    def load(cls, directory: Path) -> Gazetteer:
        raw = _read(directory / "first_names.txt")
        first = _tier_blocks(raw, last=_RARE_TIER)
        if _RARE_TIER not in first:
            raise ValueError(f"first_names.txt: tier {_RARE_TIER} must be the last")
        rare = first.pop(_RARE_TIER)
        surnames = _read(directory / "surnames.txt")
        words = _read(directory / "common_words.txt")
        places = _read(directory / "places.txt")
        return cls(
            first=_SortedTiers(raw, first),
            rare=_SortedBlock(raw, *rare),
            surnames=_SortedTiers(surnames, _tier_blocks(surnames)),
            words=_SortedBlock(words, _plain_start(words, "common_words.txt")),
            places=_SortedBlock(places, _plain_start(places, "places.txt")),
        )

    @property
    def first_rare(self) -> frozenset[str]:
        """Every first name, of every tier."""
        rare = self.rare.as_set() if isinstance(self.rare, _SortedBlock) else self.rare
        first = self.first.as_dict() if isinstance(self.first, _SortedTiers) else self.first
        return rare | frozenset(first)

    def first_tier(self, key: str) -> int:
        tier = self.first.get(key)
        if tier is not None:
            return tier
        return _RARE_TIER if key in self.rare else 0


_RARE_TIER = 4


def _read(path: Path) -> bytes:
    """A list's bytes, ending in a line break, as the bisection needs. (Read, not mapped: a
    mapped file stays locked on some systems while promptlint runs, for half a millisecond.)"""
    raw = path.read_bytes()
    return raw if not raw or raw.endswith(b"\n") else raw + b"\n"


def _tier_blocks(raw: bytes, last: int | None = None) -> dict[int, tuple[int, int]]:
    """Where the tiers of a tiered list are: ``@tier N`` starts a tier, comments come only
    before the first tier (the files are generated), each tier is sorted by the lower case of
    its names, and each ends with its last line's line break. Tier ``last`` runs to the end of
    the file: the 900 KB of rare first names are not searched for another tier."""
    tiers: dict[int, tuple[int, int]] = {}
    mark = b"\n@tier "
    if raw[: len(mark) - 1] == mark[1:]:
        at = -1  # no comments: the first line starts the first tier
    else:
        at = raw.find(mark)
        if at < 0:
            return tiers
    while True:
        head_end = raw.find(b"\n", at + 1)
        tier = int(raw[at + len(mark) : head_end])
        after = -1 if tier == last else raw.find(mark, head_end)
        tiers[tier] = (
            head_end + 1,
            after + 1 if after >= 0 else len(raw),
        )
        if after < 0:
            break
        at = after
    return tiers


def _plain_start(raw: bytes, name: str) -> int:
    """Where the names of a plain list start: after its comments, which come only first."""
    start = 0
    while raw[start : start + 1] == b"#":
        start = raw.find(b"\n", start) + 1
    empty_line = raw[:1] == b"\n" or raw.find(b"\n\n", max(start - 1, 0)) >= 0
    if empty_line or raw.find(b"\n#", start) >= 0:
        raise ValueError(f"{name}: comments come only first, and no line is empty")
    return start


_FIGURES: frozenset[str] | None = None


def _public_figures() -> frozenset[str]:
    """patterns/data/names/public_figures.txt: historical and public figures (read once)."""
    global _FIGURES
    if _FIGURES is None:
        path = default_data_dir() / "public_figures.txt"
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        _FIGURES = frozenset(line.strip() for line in lines if line.strip() and line[0] != "#")
    return _FIGURES


_FIGURE_WORDS: dict[str, tuple[str, ...]] | None = None


def _figures_by_word() -> dict[str, tuple[str, ...]]:
    """The listed names of more than one word, by each of their words that ends in "s", without
    that "s" ("Angel" of "Hells Angels"): the name a possessive ending would be taken off."""
    global _FIGURE_WORDS
    if _FIGURE_WORDS is None:
        by_word: dict[str, list[str]] = {}
        for figure in sorted(_public_figures()):
            for word in set(figure.split()) if " " in figure else ():
                if len(word) > 2 and word.endswith("s"):
                    by_word.setdefault(word[:-1], []).append(figure)
        _FIGURE_WORDS = {word: tuple(figures) for word, figures in by_word.items()}
    return _FIGURE_WORDS


def _in_a_figure(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end``, a name with its possessive "s" taken off, lies inside a listed
    name of more than one word written in full around it ("Angel" in "Hells Angels"). A royal's
    name after a title stays a name ("Dronning Margrethe II")."""
    if not text.startswith("s", end):
        return False
    for figure in _figures_by_word().get(text[start:end], ()):
        at = text.find(figure, max(0, start - len(figure)), end + len(figure))
        while at != -1 and at <= start:
            if end < at + len(figure):
                return True
            at = text.find(figure, at + 1, end + len(figure))
    return False


def _without_public_figures(text: str, spans: list[Span]) -> list[Span]:
    """The spans without the historical and public figures ("H.C. Andersen", "Niels Bohr",
    "Niels Brock") or the words inside one of them ("Angel" in "Hells Angels"), nor the parts
    of their names where these stand alone in the same text ("Andersen", "Bohr")."""
    figures = _public_figures()
    parts: set[str] = set()
    kept = []
    for span in spans:
        value = text[span.start : span.end]
        if value in figures:
            parts.update(value.replace(".", ". ").split())
        elif not _in_a_figure(text, span.start, span.end):
            kept.append(span)
    if not parts:
        return kept
    return [s for s in kept if text[s.start : s.end] not in parts]


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
        "town",
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
        town: bool = False,  # a surname that ends like a town (Skovby, Kastrup, Dalum)
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
        self.town = town
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
_NON_BLANK = rx.compile_re(r"\S")
_SAINTS = frozenset("sankt sct skt st saint san santa são".split())
_ROMAN = _lazy("_ROMAN", r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)(['’]?s)?")


class _Classifier:
    """Classifies capitalised words, with a cache: prose repeats its words."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.cache: dict[str, _Tok] = {}
        self.chains: dict[str, list] = {}  # chain -> its runs, see _runs()
        # chain as matched -> (what find() does with it, its class): see _route().
        self.routes: dict[str, tuple[int, _Tok | None]] = {}

    def __call__(self, token: str) -> _Tok:
        tok = self.cache.get(token)
        if tok is None:
            if len(self.cache) > 200_000:
                self.cache.clear()
                self.chains.clear()
                self.routes.clear()
            tok = self.cache[token] = self._classify(token)
        return tok

    def surname(self, token: str) -> _Tok:
        """A street word read as the surname it also is (Bro, Gade, Bakke)."""
        key = "\0" + token
        tok = self.cache.get(key)
        if tok is None:
            last = self.gaz.surnames.get(token.lower(), 3)
            tok = self.cache[key] = _Tok("word", last=last, amb=True, caps=token.isupper())
        return tok

    def _classify(self, token: str) -> _Tok:
        if len(token) == 1 and token in "IAÅØ":
            return _STOP_TOK  # "I Brøndby stemte …", "A Danish study", "Å" (river), "Ø"
        if token.endswith(".") or len(token) == 1:
            return _INIT_TOK
        if (
            len(token) <= 5
            and token[-1].isupper()
            and token.isalpha()
            and not token.isupper()
            and token not in _LEGAL_FORMS
        ):
            return _STOP_TOK  # "KiF", "SoSU", "PhD": an abbreviation in mixed case, no name
        low = token.lower()
        numeral = token[0] in "IVX" and token[1] in "IVX'’s" and _ROMAN.fullmatch(token)
        if numeral:
            # Frederik VIII's Vej, Christian IV's Bryghus: a regnal number goes with the name
            # before it (and its possessive ending), so a street or a firm after it is seen.
            return _Tok("caps", amb=True, caps=True, poss=len(numeral.group(1) or ""))
        caps = len(token) > 1 and token.isupper()
        if caps and low in _ACRONYMS:
            return _STOP_TOK  # "HR", "DR", "KOL": an acronym, not the title "hr" or a name
        special = _special(low)
        if special is not None:
            return special
        if not caps and len(token) > 1 and not token[1:].islower():
            # ChatGPT, YouTube: mixed case is a product unless it is McDonald or a listed name.
            if not (self._lookup(low)[0] or _MIXED_OK.match(token) or "-" in token):
                return _STOP_TOK
        hyphen = token.find("-")
        if hyphen > 0 and token[hyphen + 1 : hyphen + 2].islower():
            head = _special(low[:hyphen])
            if head is _STREET_TOK or head is _ORG_TOK:
                return head  # "Hans Tavsens Park-siden", "Skolen-Hjem": the place's own word
            return self._compound(token, hyphen)
        poss = 0
        first, last, suffix = self._lookup(low)
        if first > 2 and not last and low.endswith("s") and len(low) > 3:
            # "Ingers", "Viktors", "Almas" are listed as rare first names, but a possessive of
            # a common name is far likelier: Inger's colleague, not a woman called Ingers.
            if 0 < self.gaz.first_tier(low[:-1]) < first:
                first, last, suffix = 0, 0, False
        if not (first or last):
            stem = None
            if low.endswith(("'s", "’s")):
                stem, poss = low[:-2], 2
            elif low.endswith("s") and len(low) > 3:
                stem, poss = low[:-1], 1
            if stem is not None:
                first, last, suffix = self._lookup(stem)
                if poss == 1 and first in (0, 4) and last in (0, 4) and low.endswith("es"):
                    # Mendes, Gomes, Fernandes: a surname, not the possessive of a rare name
                    first, last, suffix = 0, 0, False
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
        if not place and not first and last >= 3 and low.endswith("en") and len(low) > 4:
            # "Holmen", "Lunden": a rare surname, but first the definite form of a place word
            # (holm, lund): a district, a meeting room, a naval base.
            stem = low[:-2]
            place = stem in self.gaz.places or stem in _STREET_WORDS
        word = low in self.gaz.words
        if word and not last:
            suffix = False  # Person, Season, Lesson end in -son but are words
        # Two-letter names (Bo, Ib, Le, Li) are too easily something else to stand alone.
        amb = place or word or low in _MONTH_NAMES or len(low) <= 2
        if caps and not (first or last or (suffix and "-" in low)):
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
            town=last > 0
            and not 0 < first <= 3
            and len(low) > 4
            and low.endswith(_TOWN_SUFFIXES)
            and not low.endswith(_NOT_TOWN_SUFFIXES),
        )

    def _compound(self, token: str, hyphen: int) -> _Tok:
        """A name joined to a common noun: "Nguyen-familien", "Hansen-sagen" name the person
        Nguyen or Hansen; "Standstill-perioden", "Excel-arket" name nothing. The noun is cut off
        the span like a possessive ending."""
        head = token[:hyphen]
        if head.lower() + "-" in _NAME_PREFIXES:  # al-hassan written in lower case
            return _STOP_TOK
        tail = token[hyphen + 1 :].lower()
        if tail in _ORG_WORDS or tail.endswith(_ORG_SUFFIXES) or tail.startswith("koncern"):
            return _ORG_TOK  # Kuhlmann-gruppen, Mærsk-koncernen, Novo-fonden
        if tail.endswith(_KIND_OF_WORK):
            return _STOP_TOK  # "Peer-medarbejdere", "Peer-støtte": a kind of work, no one
        tok = self(head)
        if tok.kind != "word" or not tok.named or tok.poss or tok.amb:
            return _STOP_TOK  # also "Bo-træning", "Per-styk": a word joined to a noun
        return _Tok(
            "word",
            first=tok.first,
            last=tok.last,
            amb=tok.amb,
            place=tok.place,
            suffix=tok.suffix,
            caps=tok.caps,
            poss=len(token) - hyphen,
            month=tok.month,
            town=tok.town,
        )

    def _lookup(self, low: str) -> tuple[int, int, bool]:
        gaz = self.gaz
        first = gaz.first_tier(low)
        last = gaz.surnames.get(low, 0)
        if (first or last) or "-" not in low:
            suffix = low.endswith(_SURNAME_SUFFIXES) and len(low) > 4
            if suffix and not (first or last) and low.endswith("elsen") and (
                not gaz.first_tier(low[:-3])
            ):
                # "Hændelsen", "Afgørelsen", "Ydelsen": a noun in -else, definite; a surname in
                # -elsen is a first name's patronymic (Mikkelsen, Abelsen), and those are listed.
                suffix = False
            return first, last, suffix
        # Anne-Marie, Hansen-Møller, al-Hassan: judge by the parts.
        parts = [p for p in low.split("-") if p]
        if parts and parts[0] + "-" in _NAME_PREFIXES:
            parts = parts[1:]
        if not parts:
            return 0, 0, False
        # A part that only ends like a surname is none if it is an ordinary word ("Nordic-Baltic":
        # -ic as in Jovanovic).
        looked = [
            (
                gaz.first_tier(p),
                gaz.surnames.get(p, 0),
                p.endswith(_SURNAME_SUFFIXES) and p not in gaz.words,
            )
            for p in parts
        ]
        if any(p in _STOP for p in parts):
            return 0, 0, False
        if all(f for f, _, _ in looked):
            return max(f for f, _, _ in looked), 0, False
        if all(f or s or x for f, s, x in looked) and (looked[-1][1] or looked[-1][2]):
            return 0, max(s or 3 for _, s, _ in looked), True
        if (
            len(parts) == 2
            and (looked[-1][1] or looked[-1][2] or looked[0][1])
            and all(
                len(p) > 2 and p.isalpha() and (f or s or x or p not in gaz.words)
                for p, (f, s, x) in zip(parts, looked, strict=True)
            )
        ):
            # A double surname with one unlisted part (Ærenskjold-Bak, Bak-Ærenskjold) is
            # surname-like: trusted right after a first name, as the -sen words are.
            return 0, 0, True
        return 0, 0, False


def _special(low: str) -> _Tok | None:
    if low in _STOP:
        return _STOP_TOK
    if low in _SAINTS or low in _THING_WORDS:
        return _SAINT_TOK  # "Sankt Hans", "Stormen Bodil": the next word names no person
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
_BREAKS = "\n\r•·–—-*>#|☐☑☒□■▪◦✓✔"  # bullets and a checklist's boxes too


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
        if c == ":" and text[i - 1 : i] == ".":
            i -= 1  # "Ref.: SAJ", "Init.: JPH": an abbreviated label
    # The previous word usually follows a space: find that space in C, fall back to a loop.
    low = i - 24 if i > 24 else 0
    j = text.rfind(" ", low, i) + 1
    word = text[j:i] if j else ""
    if not word.isalpha():
        j = i
        while j > low and text[j - 1].isalpha():
            j -= 1
        word = text[j:i]
    if len(word) > 1 and word.isupper():
        # "HR", "DR", "MS" in capitals: an acronym, not the title "hr." or "dr." (kept in
        # capitals, so that it is no title); with a full stop it ends the sentence.
        return _Before(word, punct, punct != "" and punct in ".:;!?")
    word = word.lower()
    if word in ("is", "er", "was", "var") and (
        text[max(0, j - 6) : j].lower().rstrip().endswith(("name", "navn"))
    ):
        word = "navn"  # "my name is Grace Mwangi", "mit navn er Rūta"
    elif word in ("med", "with") and not punct and j > 1:
        k = text.rfind(" ", max(0, j - 17), j - 1)
        if (k >= 0 or j <= 17) and text[k + 1 : j - 1].lower() in _TALKED:
            word = "hedder"  # "talt med Thorup", "aftalt med Kirkeby": a person, as after a name
    if not word:
        return _Before(
            "", punct, punct in (".", ":", ";", "!", "?") or (not punct and c in _BREAKS)
        )
    if punct == ".":
        # "hr. Nielsen", "Vh. Mette" go on; any other full stop ends a sentence.
        return _Before(word, punct, word not in _TITLES and word not in _SIGNOFF_WORDS)
    return _Before(word, punct, punct != "" and punct in ":;!?")


# The longest title, salutation or sign-off word (see _short_word_before).
_SHORT_MAX = max(map(len, _TITLES | _SALUTATIONS | _SIGNOFF_WORDS))


def _short_word_before(text: str, start: int) -> str:
    """``_look_back(text, start).word`` when that word is a title, a salutation or a sign-off
    word (something else otherwise), without building the _Before: the word _look_back finds
    is the run of letters before ``start`` (past openers and one punctuation mark), lower-cased;
    it replaces only "is", "er", "med" … by words that are none of these, and none of these
    words is longer than _SHORT_MAX letters."""
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    if i == 0:
        return ""
    if text[i - 1] in ".:,;!?":
        i -= 1
        if i == 0:
            return ""
    if not text[i - 1].isalpha():
        return ""
    low = i - _SHORT_MAX - 1 if i > _SHORT_MAX + 1 else 0
    j = text.rfind(" ", low, i) + 1
    if j == 0 or not text[j:i].isalpha():
        j = i - 1
        while j > low and text[j - 1].isalpha():
            j -= 1
    word = text[j:i]
    if len(word) > 1 and word.isupper():
        return word  # "HR", "DR.": an acronym, no title (kept in capitals)
    return word.lower()


def _word_strength(before: _Before) -> int:
    word = before.word
    if not word:
        return NONE
    if word in _TITLES:
        return TITLE
    if word in _CONTEXT_WORDS:
        if before.punct == "." and word in _ROLES and word not in _SALUTE_OR_SIGN:
            return NONE  # "… til kontorchefen. Max 150 ord": the role ended the sentence
        return STRONG
    return NONE


def _wider_context(text: str, start: int, end: int) -> bool:
    """A header line (Til:, Fra:, Deltagere:), the line after a sign-off, or a verb of speaking
    after the name ("Mette siger", "Jensen har oplyst")."""
    if _SPEECH_AFTER.match(text, end, end + 40) or _identified_after(text, end):
        return True
    line_start = text.rfind("\n", max(0, start - 300), start) + 1
    if line_start == 0 and start > 300:
        return False
    # A header label ends with a colon: look for one in C before trying the long pattern.
    if text.find(":", line_start, start) >= 0 and _HEADER.match(text, line_start, start):
        return True
    if _SPEAKER_COLON.match(text, end, end + 32) and _CHAT_STAMP.match(text, line_start, start):
        return True  # "08:15 Per Bo: kan nogen bytte vagt?", "[09:14] Jonas (drift):"
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

# A prompt typed in a hurry writes names in lower case ("oversæt: mette kjærgaard og lars bo
# nielsen deltager"). In a text this short (a chat prompt, not a document), a common first name
# that is no ordinary word, then a surname that is none either (with a first name between), is a
# person. Longer texts write names with capitals, and scanning every word pair of them would cost.
_LOWER_CASE_TEXT_MAX = 20_000
_LOWER_WORD = re.compile(r"(?<![\w@./\-])[a-zæøå]{2,}(?![\w@\-]|\.\w)")


_WEEKDAY_ABBREVIATIONS = frozenset("man tir tirs ons tor tors fre lør søn".split())


def _lower_case_names(text: str, spans: list[Span], classify: _Classifier) -> list[Span]:
    taken = [(s.start, s.end) for s in spans]
    words = [(m.start(), m.end(), m.group()) for m in _LOWER_WORD.finditer(text)]
    found: list[Span] = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        if word in _WEEKDAY_ABBREVIATIONS:
            i += 1  # "bestilt til tors kl 10": Thursday, not Tor's
            continue
        first = classify(word.capitalize())
        if not (0 < first.first <= 2 and not first.amb and not first.place):
            i += 1
            continue
        j = i + 1
        if j == len(words) or words[j][0] != end + 1:
            _lower_single(text, words, i, taken, found)
            i += 1
            continue
        second = classify(words[j][2].capitalize())
        if not (second.last and not second.amb) and second.first and j + 1 < len(words):
            # a middle name ("lars bo nielsen"), then the surname
            if words[j + 1][0] == words[j][1] + 1:
                j += 1
                second = classify(words[j][2].capitalize())
        if second.last and not second.amb and not second.place:
            stop = words[j][1]
            if not any(a < stop and start < b for a, b in taken):
                found.append(Span(_CODE, start, stop, _SINGLE[0], _SINGLE[1]))
            i = j + 1
            continue
        _lower_single(text, words, i, taken, found)
        i += 1
    return found


def _lower_single(text, words, i, taken, found) -> None:
    """A first name alone (known to _lower_case_names' caller as common and no word), typed in
    lower case after a word that introduces a person: "en mail til mette", "sønnen michael
    siger", "mors navn er jeanette"."""
    start, end, word = words[i]
    if word in _MONTH_ABBR or word in _MONTH_NAMES or text.startswith(".", end):
        return  # "fra jan.": a month or an abbreviation
    if i > 0 and _lower_cue(text, words, i) and not any(a < end and start < b for a, b in taken):
        found.append(Span(_CODE, start, end, _SINGLE_WEAK[0], _SINGLE_WEAK[1]))


# Lower-case words right before a lower-case first name that make it a person (see
# _lower_case_names): prepositions of people, greetings, relations and roles.
_LOWER_CUES = frozenset(("til", "hos", "fra", "med", "hedder", "kære", "hej", "hi", "dear"))
_ROLE_ENDINGS = ("plejerske", "pædagog", "lærer", "rådgiver", "assistent", "hjælper", "leder")


def _lower_cue(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    start, end, _ = words[i - 1]
    if text[end : words[i][0]] != " ":
        return False  # "Mette, Noah": punctuation between
    word = words[i - 1][2]
    if word in _LOWER_CUES or word in _ROLES or word in _KIN_BEFORE_BRACKET:
        return True
    if word.endswith(_ROLE_ENDINGS):
        return True  # "hjemmesygeplejerske pia", "kontaktpædagog anders"
    return word == "er" and i > 1 and words[i - 2][2] == "navn"


def _common_mid_sentence(text: str, start: int, end: int, tok: _Tok, found: _Found) -> bool:
    """A common first name after a lower-case word is a name mid-sentence with no context
    needed ("vi talte med Mette i går"), unless the word before is a thing word ("hunden").
    True when the word was decided here (reported or not)."""
    if not (
        start > 1
        and text[start - 1] == " "
        and text[start - 2].islower()
        and not text.startswith((" &", "&"), end)
    ):
        return False
    # The word before (no thing word is longer than 13 letters).
    j = text.rfind(" ", max(0, start - 15), start - 1)
    word = text[j + 1 : start - 1]
    if _faith_or_holiday(text[start:end], word.lower().rstrip(",")) or (
        text.startswith(". ", end) and _ROOM_CODE.match(text, end + 2)
    ):
        return True  # "became Christian", "during Ramadan", "i Aud. A2.01"
    if _bible_reference(text, end):
        return True  # "Teksten er Matt 5,1-12": a book of the Bible, chapter and verse
    if (j < 0 and start > 15) or word not in _THING_WORDS:
        found.spans.append(Span(_CODE, start, end - tok.poss, _SINGLE[0], _SINGLE[1]))
    return True


# Up to this many characters a text's chains are found by _CHAIN on the text itself: the views
# and the byte pattern cost more than they save in a prompt.
_LATIN1_SCAN_MIN = 4096
_SPAN = re.Match.span


def _chain_spans(text: str) -> Iterable[tuple[int, int]]:
    """The spans of _CHAIN's matches in ``text``, in order.

    A long text is scanned as its Latin-1 bytes (see detectors._labels), capitals made "A", with
    _CHAIN_LATIN1: twice as fast as _CHAIN on a text whose characters take two bytes each once
    one of them lies above U+00FF. Such a character is a "?" in those bytes; it is given a stand-in that every
    class and literal of the pattern treats as the pattern treats the character itself (a
    capital, another letter, another word character, the curly apostrophe, or none of these), so
    the scan sees what _CHAIN sees. A text full of them (another script) is scanned as text."""
    if len(text) <= _LATIN1_SCAN_MIN:
        return map(_SPAN, _CHAIN.finditer(text))
    view = _labels.view(text)
    if view.others is None:  # too many to give stand-ins one by one
        return map(_SPAN, _CHAIN.finditer(text))
    if view.others:
        patched = bytearray(view.raw)
        for at in view.others:
            char = text[at]
            stand_in = _STAND_INS.get(char)
            patched[at] = _stand_in(char) if stand_in is None else stand_in
        return map(_SPAN, _CHAIN_LATIN1.finditer(patched.translate(_AS_A)))
    return map(_SPAN, _CHAIN_LATIN1.finditer(view.raw.translate(_AS_A)))


_STAND_INS: dict[str, int] = {}


def _stand_in(char: str) -> int:
    """The Latin-1 byte that _CHAIN_LATIN1 treats as _CHAIN treats ``char`` (above U+00FF)."""
    if rx.compile_re(f"[{_UP}]").match(char):
        byte = b"X"  # a capital (a letter, a word character)
    elif rx.compile_re(_LETTER).match(char):
        byte = b"x"  # another letter; in no particle, as the character is in none
    elif rx.compile_re(r"\w").match(char):
        byte = b"_"  # another word character
    elif char == "’":
        byte = b"'"
    else:
        byte = b"?"  # none of the pattern's classes or literals holds it
    _STAND_INS[char] = byte[0]
    return byte[0]


class NameDetector:
    rules = (RULE,)

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        ner: NerFunction | None = None,
        ner_model: str | None = None,
    ) -> None:
        # Nothing is loaded here: the registry builds every detector even when NM001 is not
        # selected (and a long text's dicts and sets of names cost some 30 ms to build).
        self._gaz = gazetteer
        self._classify: _Classifier | None = None
        self._ner = ner
        self._ner_model = ner_model
        self._ner_checked = ner is not None

    def _classifier(self) -> _Classifier:
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
        found = _Found(classify)
        rejected = found.rejected
        routes = classify.routes
        spans_append = found.spans.append
        chain_of = self._chain
        chains = classify.chains
        for start, end in _chain_spans(text):
            chain = text[start:end]
            route = routes.get(chain)
            if route is None:
                route = _route(chain, classify)
            what, tok = route
            if what == _SKIP:
                continue
            if what == _AMB_WORD:
                # An ordinary word or a place (Skriv, Adresse, Esbjerg) is a name here only
                # after a title: _single would find nothing else (see _route).
                if _short_word_before(text, start) in _TITLES:
                    _single(text, start, end, tok, NONE, None, found)
            elif what == _UNKNOWN:
                # _no_title_before, inlined: this is the commonest capitalised word.
                if start < 3 or text[start - 1] not in " \t\u00a0":
                    no_title = True
                else:
                    c = text[start - 2]
                    if c.isalpha():
                        no_title = False
                    elif c != ".":
                        no_title = True
                    else:
                        no_title = text[start - 7 : start - 2].isalpha() and start >= 7
                if no_title:
                    starts = rejected.get(chain)
                    if starts is None:
                        rejected[chain] = [start]
                    else:
                        starts.append(start)
                else:
                    _unknown(text, start, end, found)
            elif what == _CHAIN_ROUTE:
                # _chain, with its commonest cases inlined: no run, or one full name.
                if text.startswith("/S", end):
                    continue  # A/S, I/S, K/S: a company
                if chain.startswith("S ") and text[start - 2 : start] in ("I/", "A/", "K/", "P/"):
                    continue  # "I/S Kirkegaard Mælk": the company's form, then its name
                runs = chains.get(chain)
                if runs is None:
                    runs = chains[chain] = _runs(chain, classify)
                if len(runs) == 1 and runs[0][4] is not None:
                    a, b, kind = runs[0][4]
                    stop = start + b
                    if text[start - 1 : start] in _QUOTES and _look_back(
                        text, start
                    ).word in _THING_WORDS:
                        continue  # sal "Carl Nielsen", lokalet "Niels Bohr": a thing's name
                    # A company's tail starts with a blank ("Carl Hansen & Søn"): most names
                    # end at a comma or a line break, and need no look.
                    if text[stop : stop + 1] not in " \t" or not _company_tail(text, stop):
                        spans_append(Span(_CODE, start + a, stop, kind[0], kind[1]))
                elif runs:
                    chain_of(text, start, end, chain, classify, found)
            elif what == _NAMED:
                if (
                    tok.poss
                    and text[start - 1 : start] in _QUOTES
                    and chain.lower() in classify.gaz.words
                ):
                    continue  # "Dans for Parkinson": a title opens with the noun, not with Dan's
                _single(text, start, end, tok, NONE, None, found)
            elif what == _COMMON:
                if not _common_mid_sentence(text, start, end, tok, found):
                    _single(text, start, end, tok, NONE, None, found)
            elif what == _MONTH_WORD:
                if _month_in_date(text, start, end):
                    continue  # "15 Jan 2026", "Jan. 2025": a date, not Jan
                self._word(text, start, end, chain, tok, found)
            elif what == _DOTTED:
                # "Klient J.B. – 2/3 nærmer sig", "| A.K. | 010180-2995 |": no capitalised word
                # follows (that would make one chain, "H.C. Andersen"), so these are initials.
                if not text.startswith("/", end) and not text[end : end + 1].isdigit():
                    # (not "afsnit G.A.2.3.2": a section of a guide)
                    spans_append(_span(start, end, _INITIALS_CONTEXT))
            else:  # _STOP_SURNAME
                if start > 1 and text[start - 1] == " " and text[start - 2].islower():
                    # "hedder Have til efternavn": a surname if the text names the person
                    rejected.setdefault(chain, []).append(start)
        spans = found.spans
        if len(text) <= _LOWER_CASE_TEXT_MAX and " " in text:
            spans.extend(_lower_case_names(text, spans, classify))
        if found.pending:
            confirmed = _coordinated(text, spans, found.pending)
            spans.extend(confirmed)
            kept = {p.start for p in confirmed}
            for p in found.pending:
                if p.start not in kept:
                    rejected.setdefault(text[p.start : p.end], []).append(p.start)
        if found.candidates and spans:
            spans.extend(_initials_used(text, found))
        if rejected and spans:
            spans.extend(_mentioned_before(text, spans, rejected, classify))
        if spans and ". " in text:
            spans.extend(_initial_of_named(text, spans))
        spans.sort(key=_START)
        if spans:
            spans = [s for s in spans if not _first_part_of_a_thing(text, s.start, s.end)]
        if spans:
            spans = _without_public_figures(text, spans)
            if "[" in text:
                spans = [s for s in spans if not _in_placeholder(text, s.start, s.end)]
        if len(spans) > 1 and ("'" in text or '"' in text or "“" in text or "‘" in text):
            spans = _with_nicknames(text, spans, classify)
        if ner is not None:
            spans = merge_ner(text, spans, ner(text), classify)
        return iter(spans)

    @staticmethod
    def _word(text: str, start: int, end: int, chain: str, tok: _Tok, found: _Found) -> None:
        """A lone capitalised word that may be a month abbreviation (Jan, Feb) in no date."""
        if tok.common and _common_mid_sentence(text, start, end, tok, found):
            return
        if tok.named or tok.amb:
            _single(text, start, end, tok, NONE, None, found)
        elif _no_title_before(text, start):
            found.rejected.setdefault(chain, []).append(start)
        else:
            _unknown(text, start, end, found)

    def _chain(
        self, text: str, start: int, end: int, chain: str, classify: _Classifier, found: _Found
    ) -> None:
        """A row of capitalised words (``chain``, at ``start:end``): judge each run of
        name-like words in it."""
        if text.startswith("/S", end):
            return  # A/S, I/S, K/S: a company
        runs = classify.chains.get(chain)
        if runs is None:
            runs = classify.chains[chain] = _runs(chain, classify)
        for offsets, toks, given, at_start, full in runs:
            if full is not None:
                a, b, kind = full
                if not _company_tail(text, start + b):  # Carl Hansen & Søn
                    found.spans.append(Span(_CODE, start + a, start + b, kind[0], kind[1]))
                continue
            before = None if at_start else _MID
            if len(toks) == 1:
                a, b, _ = offsets[0]
                if toks[0].kind == "init":  # "Klient J.B.": initials after a role
                    found.spans.append(_span(start + a, start + b, _INITIALS_CONTEXT))
                else:
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


# A template's field in square brackets: a capitalised word and lower-case words ("[Dags dato]",
# "[Barnets navn]", "[Fulde navn]"), no name in it. "[Mette]" alone may be a name left in.
_PLACEHOLDER = _lazy("_PLACEHOLDER", r"\[[A-ZÆØÅ][\w.\-]*(?:[ \t]+[a-zæøå][\w.\-]*){1,4}\]")


def _in_placeholder(text: str, start: int, end: int) -> bool:
    if start == 0 or text[start - 1] != "[":
        return False
    found = _PLACEHOLDER.match(text, start - 1)
    return found is not None and found.end() >= end


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
    for i in range(1, len(toks)):
        prev = toks[i - 1]
        if (
            toks[i] is _STOP_TOK
            and offsets[i][2].lower() in _STOP_SURNAMES
            and prev.kind == "word"
            and 0 < prev.first <= 3
            and not prev.amb
            and not prev.poss
        ):
            toks[i] = classify.surname(offsets[i][2])  # Ulrik From, Mogens Have
    runs: list[_Run] = []
    n = len(toks)
    given = NONE
    i = 0
    saint = False
    org = False  # the run follows an organisation word: Advokathuset Vestkysten, Café Solsikken
    while i < n:
        kind = toks[i].kind
        if kind not in ("word", "caps", "init"):
            given = TITLE if kind == "title" else STRONG if kind in ("role", "salut") else NONE
            saint = kind == "saint"
            org = kind == "org" or (
                kind == "stop"
                and (
                    offsets[i][2].lower() in _BRANDS
                    # an organisation's acronym before a place: "PPR Viborg", "SSP Nord"
                    or offsets[i][2].isupper() and offsets[i][2].lower() in _ACRONYMS
                )
            )
            i += 1
            continue
        j = i + 1
        if toks[i].poss == 0:
            while j < n and toks[j].kind in ("word", "caps", "init"):
                gap = chain[offsets[j - 1][1] : offsets[j][0]]
                if "\t" in gap:
                    break  # a tab ends a table's cell: "Hanne Berg<tab>Diabetes" is two cells
                if (
                    "  " in gap
                    and (toks[j - 1].first or toks[j - 1].last or toks[j - 1].suffix)
                    and not (toks[j].first or toks[j].last or toks[j].suffix
                             or toks[j].kind == "init")
                ):
                    # So do two spaces between a name and a word that is none: the columns of a
                    # table aligned with spaces ("Emma Lauridsen   Skoliose"), while a case
                    # system's odd spacing stays one name ("Mikkel  Søgaard  Jessen").
                    break
                j += 1
                if toks[j - 1].poss:
                    break
        after = toks[j] if j < n else None
        if after is not None and "\t" in chain[offsets[j - 1][1] : offsets[j][0]]:
            # The next cell of a table: "Jørgen Lund<tab>Bredgade 52" is a name and a street,
            # not a street named after a person.
            after = None
        if (
            after is not None
            and after.kind == "street"
            and toks[j - 1].first
            and not toks[j - 1].poss
            and offsets[j][2].lower() in _SURNAME_STREET_WORDS
        ):
            # "Hanne Bro", "Jens Gade": a street is named in the genitive (Dronning Louises
            # Bro, Niels Juels Gade), so after a plain first name the word is a surname.
            toks[j] = classify.surname(offsets[j][2])
            j += 1
            while j < n and toks[j].kind in ("word", "caps", "init"):  # Lasse Bro Pedersen
                j += 1
                if toks[j - 1].poss:
                    break
            after = toks[j] if j < n else None
        drop = (
            saint
            or (j - i > 1 and offsets[i][2].lower().rstrip(".") in _PLACE_PREFIXES)
            # "Del A", "Bilag B", "Fase C": a section and its letter
            or (
                j - i == 2
                and len(offsets[i + 1][2].rstrip(".")) == 1
                and offsets[i][2].lower() in _LETTER_LABELS
            )
            or (
                after is not None
                and (
                    after.kind in ("org", "street")
                    # Jensens Bøfhus, Mettes Bageri: a possessive before a capitalised word names
                    # a business or a place, not the person.
                    or (toks[j - 1].poss and after.kind == "word" and not after.named)
                )
            )
        )
        if not drop and (j - i > 1 or toks[i].kind != "init" or _dotted(offsets[i][2])):
            full = _plain_full_name(offsets[i:j], toks[i:j]) if j - i > 1 else None
            # After an organisation word only a person's full name is a person ("Jobcenter
            # Vejle Mette Hansen"); other words name the business ("Hotel Skagen Strand").
            if not org or full is not None:
                runs.append((offsets[i:j], toks[i:j], given, i == 0, full))
        given = NONE
        saint = False
        org = after is not None and after.kind == "org"
        i = j + 1 if after is not None and after.kind in ("org", "street") else j
    return runs


# What find() does with a chain, decided once per distinct chain (prose repeats its words).
_SKIP = 0  # a stop word, title, role, organisation word …: nothing to do on its own
_CHAIN_ROUTE = 1  # several words: see NameDetector._chain
_COMMON = 2  # a common first name (tier 1-3, no ordinary word)
_NAMED = 3  # another listed name, or a month name: _single decides
_AMB_WORD = 4  # an ordinary word or a place in no name list (Skriv, Esbjerg)
_UNKNOWN = 5  # a word in no list
_MONTH_WORD = 6  # Jan, FEB: a month abbreviation, if a date is around it
_CAPS = 7  # ALL CAPS in no list (JPH, CVR): _single tries it as initials
_STOP_SURNAME = 8  # Have, From, Post: a surname only if the text names the person
_DOTTED = 9  # A.K., J.B.: a person's initials with full stops, standing alone


def _dotted(word: str) -> bool:
    """Two or three letters with full stops (A.K., J.B.), no abbreviation of something else."""
    return 4 <= len(word) <= 6 and "." in word[1:2] and word.upper() not in _NOT_INITIALS


# Letters with full stops that abbreviate no person: a postscript, a post box, a country.
_NOT_INITIALS = frozenset(
    "P.S. P.P.S. N.B. P.O. U.S. U.S.A. E.U. U.K. D.K. O.K. T.V. A.D. B.C. "
    "A.M. P.M. E.G. I.E. R.I.P. V.I.P. D.V.S. M.V. F.EKS. H.H.V.".split()
)


def _route(chain: str, classify: _Classifier) -> tuple[int, _Tok | None]:
    """Decide, from the chain alone, which path of :meth:`NameDetector.find` it takes.

    ``_AMB_WORD`` relies on how :func:`_single` treats a word that is no listed name and no
    month name: without a title before it nothing comes of it (no span, no rejected word)."""
    if chain in _MULTIWORD_PLACES:
        route: tuple[int, _Tok | None] = (_SKIP, None)  # "Sri Lanka": a country
    elif not chain.isalpha() and (" " in chain or "\t" in chain or "\u00a0" in chain):
        route = (_CHAIN_ROUTE, None)
    else:
        tok = classify(chain)
        kind = tok.kind
        if kind == "word":
            if tok.caps and chain.lower() in _ACRONYMS:
                route = (_SKIP, tok)  # "KOL" (the lung disease), not the rare name Kol
            elif chain in _MONTH_ABBR_WRITTEN:
                route = (_MONTH_WORD, tok)
            elif tok.common:
                route = (_COMMON, tok)
            elif tok.named or tok.month:
                route = (_NAMED, tok)
            elif tok.amb:
                route = (_AMB_WORD, tok)
            else:
                route = (_UNKNOWN, tok)
        elif kind == "caps":
            if not tok.named and (not 2 <= len(chain) <= 4 or chain.lower() in _ACRONYMS):
                # CVR, EU, KOMMUNE: _single hands ALL CAPS to _initials, which takes only
                # two to four letters that are no acronym.
                route = (_SKIP, tok)
            else:
                route = (_NAMED, tok)
        elif kind == "stop" and chain in _STOP_SURNAMES_WRITTEN:
            route = (_STOP_SURNAME, tok)
        elif kind == "init" and _dotted(chain):
            route = (_DOTTED, tok)
        else:
            route = (_SKIP, tok)
    routes = classify.routes
    if len(routes) > 200_000:
        routes.clear()
    routes[chain] = route
    return route


class _Found:
    """What one scan has found so far."""

    __slots__ = ("spans", "pending", "rejected", "classify", "initials", "candidates")

    def __init__(self, classify: _Classifier) -> None:
        self.classify = classify
        self.spans: list[Span] = []
        # Initials found in context (Ordstyrer: AKM), and capitals not (yet) taken, by value.
        self.initials: set[str] = set()
        self.candidates: dict[str, list[int]] = {}
        # Per at a sentence start: kept only if a found name is listed with it.
        self.pending: list[Span] = []
        # Lone words not taken: names after all if the text names the person in full.
        self.rejected: dict[str, list[int]] = {}  # the word as written -> where


# A capitalised word alone in brackets right after a person's name, as in a list of
# participants: "Morten Skov (Jura), Ida Wulff (projektleder)". It names a unit or a role.
_NAME_BEFORE_BRACKET = _lazy("_NAME_BEFORE_BRACKET", r"[A-ZÆØÅ][^\W\d_]+[ \t]\(\Z")
_BRACKET_CLOSES = _lazy("_BRACKET_CLOSES", r"[ \t]*\)")


def _affiliation(text: str, start: int, end: int) -> bool:
    if text[start - 1 : start] != "(" or _BRACKET_CLOSES.match(text, end) is None:
        return False
    before = _NAME_BEFORE_BRACKET.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group()[:-1].strip().lower()
    # "Mor (Michelle) fortæller …", "Borgeren (Ali) …": a person named after their relation.
    return word not in _KIN_BEFORE_BRACKET and word not in _ROLES


_PLACE_PREPOSITIONS = frozenset(("i", "på", "fra", "ved", "mod", "til", "in", "at", "from", "near"))

_KIN_BEFORE_BRACKET = frozenset(
    """
    mor far moren faren mormor morfar farmor farfar søster bror søn datter sønnen datteren
    barnet drengen pigen eleven kollega kollegaen ægtefælle ægtefællen hustru hustruen mand
    manden kone konen kæreste kæresten samlever samleveren værge værgen plejemor plejefar
    stedfar stedmor mother father son daughter wife husband partner
    """.split()
)


# A dog or a cat said just before a name in quotes: "(jack russell, "Basse")", "Hund:
# Staffordshire bull terrier, tæve, 3 år, "Luna"" (holdout605).
_PET_BEFORE = _lazy(
    "_PET_BEFORE",
    r"(?i:hund|hunden|hundens|tæve|hvalp|han-?hund|terrier|russell|schæfer|labrador|retriever|"
    r"puddel|gravhund|bulldog|rottweiler|husky|puddelhund|kat|katten|kattens|killing|hest|"
    r"hesten|pony|dog|cat|puppy)\b[^\n]{0,40}\Z",
)
# "Hundens ejer, "Mette"": a person between the pet and the name.
_PERSON_AFTER_PET = _lazy(
    "_PERSON_AFTER_PET",
    r"(?i)\b(?:ejer\w*|owner\w*|fører\w*|dyrlæge\w*|nabo\w*|luftere?|passer\w*|"
    r"mor|far|søn|datter|kone|mand)\b",
)


def _pet_in_quotes(text: str, start: int, end: int) -> bool:
    """A single word in quotes, in apposition, whose line names a pet just before it."""
    if start < 2 or text[start - 1] not in _QUOTES or text[end : end + 1] not in _QUOTES:
        return False
    if text[max(0, start - 4) : start - 1].rstrip(" ")[-1:] not in (",", "(", ":", "–", "-"):
        return False  # in apposition to the pet, not "hentet af "Mette""
    line = text.rfind("\n", max(0, start - 60), start) + 1
    pet = _PET_BEFORE.search(text, max(line, start - 60), start - 1)
    return pet is not None and not _PERSON_AFTER_PET.search(text, pet.start(), start)


def _single(text, start, end, tok, given, before, found) -> None:
    """One capitalised word: a name only if common enough, or in context."""
    spans = found.spans
    if before is None:
        before = _look_back(text, start)
    if _faith_or_holiday(text[start:end], before.word):
        return
    if before.word in _SAINTS or before.word in _THING_WORDS and not given:
        return  # Skt. Nikolaj, Sct. Hans; stormen Bodil, hunden Bella
    if not given and _pet_in_quotes(text, start, end):
        return  # "borgerens hund (jack russell, "Basse")": the dog's name
    if not given and not tok.caps and not tok.poss and _affiliation(text, start, end):
        return  # "Morten Skov (Jura)": his unit; but initials ("(AKM)") and "(Maliks mor)" count
    if (
        end - start <= 4
        and text[start:end].lower() in _MONTH_ABBR
        and _month_in_date(text, start, end)
    ):
        return  # "Deadline Jan 2026"
    if _bible_reference(text, end):
        return  # "Teksten er Matt 5,1-12": a book of the Bible, chapter and verse
    strength = given or _word_strength(before)
    initial = before.initial and not given
    if tok.kind == "caps" and not tok.named:
        _initials(text, start, end, before, found)
        return
    stop = end
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
        elif (
            2 <= end - start <= 3
            and not tok.amb
            and (tok.first >= 4 or not tok.first)
            and (tok.last >= 4 or not tok.last)
        ) or (2 <= end - start <= 4 and _in_column(text, start, end, _INITIALS_HEADERS)):
            # "SRA" in an "Init." column: a rare first name (Sra) in capitals is initials;
            # four capitals are more often an institute ("evalueres af VIVE"). In a column of
            # initials ("BEH.", "Init."), any name in capitals is ("KAJ").
            _initials(text, start, end, before, found)
        return
    if not strength and (
        # "Alm. del": a full stop and a lower-case word make an abbreviation, not a name
        (text.startswith(". ", stop) and text[stop + 2 : stop + 3].islower())
        or (not tok.common or tok.last)
        and _company(text, start, stop, tok)
    ):
        return
    if tok.poss > 1 and text.startswith("-famili", end):
        strength = STRONG  # Nguyen-familien, Hansen-familiens: a family name
    only_place = tok.place and not tok.first
    if text[start:end].lower() in _COMPASS and _COMPASS_AFTER.search(text, max(0, start - 30), start):
        return  # "Hjemmeplejen Vest": the unit's district, not Mr Vest
    if tok.amb and not strength and _UNIT_BEFORE.search(text, max(0, start - 60), start):
        return  # "afdeling Birk og Ask": wards named by a word, not after a person
    if initial and text.startswith(":", end) and text[start:end].lower() in _HEADER_WORDS:
        return  # "Kopi: [TILLIDSREPRÆSENTANT]": a mail header's label, not a speaker
    if text.startswith(_IDIOM_AFTER.get(text[start:end], ()), end) or text.endswith(
        _IDIOM_BEFORE.get(text[start:end], ()), max(0, start - 4), start
    ):
        return  # "Thi kendes for ret", "Byg og Miljø"
    if text.startswith(". ", end) and _ROOM_CODE.match(text, end + 2):
        return  # "i Aud. A2.01": an abbreviation before a room's code
    if (
        not strength
        and initial
        and tok.first
        and text.startswith(":", end)
        and not only_place
        and not _digit_follows(text, end + 1)  # "Antal: 6 af 8" is a field, not a speaker
    ):
        speaker = _speaker(text, start, tok, found.classify)
        if speaker is None:
            return  # a label among labels that are no names: a topic ("- Ramadan: …")
        if speaker:
            strength = STRONG
    if strength == STRONG:
        if tok.named and not only_place and not _company_tail(text, stop):
            spans.append(_span(start, end, _SINGLE_CONTEXT))
        return
    if tok.month and (initial or _digit_follows(text, end)):
        # "Maj 2025", "Maj: Forårsrengøring"; but "Deltagere: Maj, Jens og Lykke"
        if not _digit_follows(text, end) and _wider_context(text, start, end):
            spans.append(_span(start, end, _SINGLE_CONTEXT))
        return
    if tok.amb and _TITLE_TAIL.match(text, stop, stop + 80):
        return  # "Grant and Loan Scheme Act": words of an English title, not Grant or Loan
    if tok.amb:
        # Per, Bo, Storm capitalised in mid-sentence are almost always the name (the words are
        # written in lower case); at the start of a sentence a partner must confirm it ("Per og
        # Mette kom", not "Per 1. januar"). Holm, Skov, Lund alone need context.
        if only_place or not tok.named:
            if (
                only_place
                and tok.last
                and not (before.word in _PLACE_PREPOSITIONS and before.punct != ":")
                and before.word not in _ACRONYMS
                and not _among_places(text, start, end, found.classify)
                and _wider_context(text, start, end)
            ):
                # "Efternavn: Skov", "Til: Lund": a header names a person, not the place; but
                # "Far: … bor i Kolding" and "Til: PPR Viborg" name the place
                spans.append(_span(start, end, _SINGLE_CONTEXT))
            elif only_place and tok.town:
                _reject(found, text, start, end, tok)
            return
        if _version_follows(text, end) and not _wider_context(text, start, end):
            return  # "Nova 2.0", "Storm 3": a product or a version, not Nova or Storm
        if tok.first and tok.first <= 2 and not tok.month:
            prep = before.word in _PLACE_PREPS and (before.word not in _PERSON_PREPS or tok.place)
            if not initial and not prep:  # "til Kim", "fra Per" are people; "til Lund" a town
                spans.append(_span(start, end, _AMBIGUOUS))
                return
            if _wider_context(text, start, end):
                spans.append(_span(start, end, _SINGLE_CONTEXT))
            else:
                # "Per kom", "til Storm": kept if listed with a found name ("til Storm og Alma").
                found.pending.append(_span(start, end, _AMBIGUOUS))
            return
        if tok.place and before.word in _PLACE_PREPS and before.word not in _PERSON_PREPS:
            _reject(found, text, start, end, tok)  # "statsborger i Kenya", also on a name's line
        elif _wider_context(text, start, end):
            spans.append(_span(start, end, _SINGLE_CONTEXT))
        elif not initial and (before.word not in _PLACE_PREPS or before.word in _PERSON_PREPS):
            # "med Pedersen og Holm", "tak til Maj og Jens": kept if listed with a found name.
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
    elif tok.town:
        _reject(found, text, start, end, tok)  # Skovby, Dalum: the village, unless named in full
    elif (
        tok.last
        and tok.last <= 3
        and not initial
        and (before.word not in _PLACE_PREPS or before.word in _PERSON_PREPS)
    ):
        # "til Rahimi", "fra Jensen": a surname that is no place word after "to" or "from"
        # is the person written to; "til Kastrup" (-rup) is the town, handled above.
        spans.append(_span(start, end, _SINGLE_WEAK))
    elif tok.last and tok.last <= 2 and initial and not _digit_follows(text, end):
        # "Jensen kom for sent": a common surname is no Danish word, even first in a sentence.
        spans.append(_span(start, end, _SINGLE_WEAK))
    else:
        _reject(found, text, start, end, tok)


# A neighbour in a list: "Fredericia, Kolding og Vejle" (the word before or after the chain).
_LIST_BEFORE = rx.compile_re(r"([A-ZÆØÅ][^\W\d_]+)(?:,|[ \t]+og|[ \t]+eller)[ \t]+$")
_LIST_AFTER = rx.compile_re(r"(?:,|[ \t]+og|[ \t]+eller)[ \t]+([A-ZÆØÅ][^\W\d_]+)")


def _among_places(text: str, start: int, end: int, classify: _Classifier) -> bool:
    """A surname that is also a town, listed next to a town that is no name ("Fredericia,
    Kolding, Vejle … Kommuner"): the list is of places, and so is the word."""
    neighbours = []
    before = _LIST_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        neighbours.append(before.group(1))
    after = _LIST_AFTER.match(text, end, end + 40)
    if after is not None:
        neighbours.append(after.group(1))
    for word in neighbours:
        tok = classify(word)
        if tok.place and not tok.first and not tok.last:
            return True
    return False


def _company(text: str, start: int, stop: int, tok: _Tok) -> bool:
    """A surname in a company name: "Bang & Olufsen", "Hansen & Søn", "Jensen og Møller A/S".
    First names are exempt: "Mette & Jens" are two people."""
    if tok.first and tok.first <= 3 and not tok.month and not 0 < tok.last <= tok.first:
        return False  # Mette & Jens; but Johnson & Johnson, Møller & Co are surnames
    if text[max(0, start - 2) : start].endswith(("&", "& ")):
        return True
    after = text[stop : stop + 2]
    if after[:1] == "&" or after[1:] == "&":
        return True
    return _company_tail(text, stop)


def _company_tail(text: str, stop: int) -> bool:
    """The rest of a company name after a name: " A/S", " og Søn", " & Co", " Holding"."""
    after = text[stop : stop + 2]
    # The tail starts with a space and a capital, "&" or "og"/"and": test that before the regex.
    if after[:1] not in (" ", "\t") or not (after[1:].isupper() or after[1:] in ("o", "a", "&")):
        return False
    return _COMPANY_TAIL.match(text, stop, stop + 60) is not None


def _speaker(text: str, start: int, tok: _Tok, classify: _Classifier) -> bool | None:
    """A first name as a label at the start of a line is a speaker ("Bo: torsdag", "Mette: Jeg
    synes …") unless the labels around it are no names: then it is a calendar, a schedule or a
    list of topics ("Maj: Forårsrengøring" under "Juni:", "Dag: Pernille, Ali" above "Aften:
    Dorte", "- Ramadan: …" under "- Helligdage: …"; None then). A name that is also a word or
    a month ("Tone: venlig og praktisk", "Maj:") is a speaker only next to another speaker;
    another speaker next to it outweighs a field line ("Dato: 12/3") on its other side."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    if (line_start == 0 and start > 200) or text[line_start:start].strip(" \t-•*·"):
        return False
    verdicts = {_neighbour_label(text, line_start, down, classify) for down in (False, True)}
    if tok.month:
        return False not in verdicts and True in verdicts
    if True in verdicts or None in verdicts:
        return True  # another speaker (or a role) next to it: a dialogue
    if False in verdicts:
        return None  # only labels that are no names next to it
    return not tok.amb


_NO_LABEL = "no label"


def _neighbour_label(
    text: str, line_start: int, down: bool, classify: _Classifier
) -> bool | str | None:
    """The label ("Juni:", "Thea:") that starts the nearest non-blank line above or below:
    True if it is a person's name, False if it is not, None if it could be either (a name that
    is also a word, a role), _NO_LABEL if the line has none."""
    pos = line_start - 1
    for _ in range(3):
        if down:
            a = text.find("\n", pos + 1, pos + 400)
            if a == -1:
                return _NO_LABEL
            b = text.find("\n", a + 1, a + 400)
            line = text[a + 1 : b if b != -1 else a + 400]
            pos = a
        else:
            if pos <= 0:
                return _NO_LABEL
            a = text.rfind("\n", max(0, pos - 400), pos) + 1
            if a == 0 and pos > 400:
                return _NO_LABEL  # a very long line: no label list
            line = text[a:pos]
            pos = a - 1
        if line.strip():
            match = _LABEL.match(line)
            if match is None:
                return _NO_LABEL
            tok = classify(match.group(1))
            if tok.kind == "word" and tok.named:
                return None if tok.amb else True  # Bo, Maj: could be either
            if tok.kind in ("role", "title"):
                return None  # "Sagsbehandler: …" in a dialogue says nothing about "Bo:"
            return False
    return _NO_LABEL


def _unknown(text: str, start: int, end: int, found: _Found) -> None:
    """A capitalised word in no list: a name only after a title (fru Thykjær) or a greeting."""
    word = _short_word_before(text, start)
    if word in _TITLES:
        found.spans.append(_span(start, end, _TITLED))
    elif (
        word in _SALUTE_OR_SIGN
        and 3 <= end - start <= 12
        and text[start + 1 : end].islower()
        and text[max(0, start - 3) : start].rstrip()[-1:] not in (".", "!")  # "Hej. Nedenfor …"
    ):
        found.spans.append(_span(start, end, _SINGLE_WEAK))
    elif (
        3 <= end - start <= 14
        and text[start + 1 : end].islower()
        and _identified_after(text, end)
    ):
        found.spans.append(_span(start, end, _SINGLE_CONTEXT))  # "Faven (16 år, fra Eritrea)"
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


def _initials(text: str, start: int, end: int, before: _Before, found: _Found) -> None:
    """JPH: initials only after a label, a sign-off or a slash (Sagsbehandler: JPH, 117/JPH),
    or alone on the last line (a note signed with initials). Other capitals are kept as
    candidates: they are initials too if the text uses them so elsewhere (see _initials_used)."""
    value = text[start:end]
    if not 2 <= end - start <= 4 or value.lower() in _ACRONYMS:
        return
    if text.startswith("/S", end):
        return
    if text[max(0, start - 14) : start].lower().endswith(_MEMBER_OF):
        return  # "medlem af BJMF": a union or a party
    if text[end : end + 1] in ("-", "/", "_") and text[end + 1 : end + 2].isdigit():
        return  # "BRU-88412", "KAB/2024": the letter prefix of a code or a reference
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        return  # "sektor-CERT", "Region-IT": the end of a compound word
    if _spelled_out_before(text, start, end, found.classify):
        return  # "Materiel- og Indkøbsstyrelsen (FMI)": an abbreviation, defined
    if _role_after_name(text, start, end, found.classify):
        return  # "Sanne Poulsen (SSA)": her role (social- og sundhedsassistent), no initials
    word = before.word
    if (
        before.slash
        or (
            word in _INITIAL_LABELS
            # "til MFA", "fra IT" in prose; "Til: JPH" and "skrevet af JPH" are labels.
            and (before.punct in (":", ".") or not before.punct and word not in _HEADER_WORDS)
        )
        or word in _SIGNOFF_WORDS
        or _wider_context(text, start, end)
        or _signature(text, start, end)
        or _in_column(text, start, end, _INITIALS_HEADERS)
        or _AGE_AFTER.match(text, end)
        or _LOG_DATE_BEFORE.search(text, max(0, start - 40), start)
        or text[max(0, start - 4) : start].rstrip(" ").endswith(("(v/", " v/"))
        or _SIGNED_ENTRY.search(text, max(0, start - 4), min(len(text), end + 3))
    ):
        # (… "Besøg 2 (v/ LK)": by whom, in a record)
        found.spans.append(_span(start, end, _INITIALS_CONTEXT))
        found.initials.add(value)
    else:
        found.candidates.setdefault(value, []).append(start)


_CAPITALISED = _lazy("_CAPITALISED", r"[A-ZÆØÅ][\w]*")
# A postcode right before a chain: the chain is the town ("5762 V. Skerninge").
_POSTCODE_BEFORE = _lazy("_POSTCODE_BEFORE", r"(?<![\d\-/.,])[1-9]\d{3}[ \t]+\Z")
# A journal entry signed at its end: "Sov 7 timer. (KTJ)" - the initials in brackets close the
# line after its last sentence.
_SIGNED_ENTRY = _lazy("_SIGNED_ENTRY", r"[.!?][ \t]*\([A-ZÆØÅ]{2,4}\)[ \t]*(?:\r?\n|\Z)")
# A case log's line: its date, then the writer's initials ("13.10.2025   KJA     Telefonnotat").
_LOG_DATE_BEFORE = _lazy(
    "_LOG_DATE_BEFORE",
    r"(?:^|\n)[ \t]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:[ \t]+(?:kl\.?[ \t]*)?\d{1,2}[.:]\d{2})?,?[ \t]+\Z",
)
# An age after the capitals: "en borger (KM, 34 år, mand)", "A.K., 15-årig": a person.
_AGE_AFTER = _lazy("_AGE_AFTER", r",[ \t]*\d{1,3}[ \t]*(?:år(?![\w])|-?årig|years?(?![\w]))")
_MEMBER_OF = ("medlem af ", "medlemmer af ", "member of ", "members of ", "meldt ind i ")


def _spelled_out_before(text: str, start: int, end: int, classify: _Classifier) -> bool:
    """Capitals in brackets after the words they abbreviate, as the capitalised words' first
    letters: "Forsvarsministeriets Materiel- og Indkøbsstyrelsen (FMI)". Not after a person's
    name ("Pia Marie Kofoed (PMK)": her initials), which starts with a first name."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    line_start = text.rfind("\n", max(0, start - 150), start) + 1
    words = _CAPITALISED.findall(text, line_start, start - 1)
    k = end - start
    if len(words) < k:
        return False
    words = words[-k:]
    if "".join(w[0] for w in words) != text[start:end]:
        return False
    return not classify(words[0]).first


_NAME_ENDS_HERE = _lazy("_NAME_ENDS_HERE", r"(?:[A-ZÆØÅ][^\W\d_]+[ \t]+){1,3}\Z")


def _role_after_name(text: str, start: int, end: int, classify: _Classifier) -> bool:
    """Capitals in brackets right after a person's name that cannot be that person's initials
    (see _abbreviates): a role or a unit, "Emil Haugaard (SSA)", "Ida Holm (HR)"."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    name = _NAME_ENDS_HERE.search(text, max(0, start - 60), start - 1)
    if name is None:
        return False
    words = name.group().split()
    if not classify(words[0]).first:
        return False
    return not _abbreviates(text[start:end], " ".join(words))


def _in_column(text: str, start: int, end: int, headers: tuple[str, ...]) -> bool:
    """``text[start:end]`` fills a cell of a table column whose header starts with one of
    ``headers`` (lower case)."""
    if not _labels.alone_in_cell(text, start, end):
        return False
    header = _labels.column_header(text, start)
    return header is not None and header.startswith(headers)


# Headers of a table column that holds initials ("Initialer", "Init.", a record's "Beh." or
# "Sign.") or persons' names.
_INITIALS_HEADERS = ("init", "forkortelse", "initials", "beh.", "behandler", "sagsbeh", "medarb", "sign")
_NAME_HEADERS = (
    "navn", "name", "fulde navn", "full name", "borger", "elev", "klient", "deltager", "vidne",
    "patient", "medarbejder", "ansøger", "kontaktperson", "beboer", "kursist", "employee",
)


def _signature(text: str, start: int, end: int) -> bool:
    """Initials alone on the last line of the text: "… og en kopi til Tinas mappe.\n\nUB"."""
    if _NON_BLANK.search(text, end):
        return False
    line_start = text.rfind("\n", max(0, start - 10), start) + 1
    return line_start > 0 and not text[line_start:start].strip(" \t/-–")


def _abbreviates(value: str, name: str) -> bool:
    """``value`` can be the initials of ``name``: its letters, in order, from the name's first
    letter on ("PMK" of Pia Marie Kofoed, "SPO" of Sanne Poulsen), so that a role after a name
    is no set of initials ("Sanne Poulsen (SSA)": social- og sundhedsassistent)."""
    if not name or name[0] != value[0]:
        return False
    # Initials are written in ASCII as often as not: "RETO" of Rasmus Ellegaard Tønnesen.
    rest = iter(name[1:].lower().translate(_ASCII_LETTERS))
    return all(letter in rest for letter in value[1:].lower().translate(_ASCII_LETTERS))


_ASCII_LETTERS = str.maketrans({"ø": "o", "æ": "a", "å": "a", "é": "e", "ö": "o", "ä": "a", "ü": "u"})


def _initials_used(text: str, found: _Found) -> list[Span]:
    """Initials that the text ties to a person: "Pia Marie Kofoed (PMK)", "PMK (Pia Marie
    Kofoed)", or found once in a label (Ordstyrer: AKM) - then every "AKM" in the text is
    that person ("AKM laver introprogram")."""
    known = found.initials
    candidates = found.candidates
    ends: dict[int, Span] | None = None
    starts: dict[int, Span] = {}
    for value, places in candidates.items():
        if value in known:
            continue
        for start in places:
            stop = start + len(value)
            inside = text[start - 1 : start] == "(" and text[stop : stop + 1] == ")"
            if not inside and text[stop : stop + 2] != " (":
                continue
            if ends is None:  # only now: most texts have no parenthesised initials
                full = [s for s in found.spans if s.severity == Severity.ERROR]
                ends = {s.end: s for s in full}
                starts = {s.start: s for s in full}
            if inside:
                name = ends.get(start - 2) or ends.get(start - 1)  # "Name (AKM)", "Name(AKM)"
            else:
                name = starts.get(stop + 2)  # "PMK (Pia Marie Kofoed)"
            if name is not None and _abbreviates(value, text[name.start : name.end]):
                known.add(value)
                break
    if found.spans and any(len(value) >= 3 and value not in known for value in candidates):
        # Three or more capitals that are exactly the first letters of a full name the text
        # gives ("Notat v/ KBJ" with "kontaktlærer Kirsten Bjerg Jessen"): that person.
        initials = {
            "".join(word[0] for word in words)
            for words in (text[s.start : s.end].split() for s in found.spans
                          if s.severity == Severity.ERROR)
            if len(words) >= 3 and all(word[0].isupper() for word in words)
        }
        known.update(value for value in candidates if value in initials)
    added = []
    for value in known:
        for start in candidates.get(value, ()):
            added.append(_span(start, start + len(value), _INITIALS_CONTEXT))
    return added


def _line_start(text: str, pos: int) -> bool:
    """Only indentation between the start of ``pos``'s line and ``pos``."""
    head = text[max(0, pos - 12) : pos]
    if "\n" not in head and pos > 12:
        return False
    return not head.rsplit("\n", 1)[-1].strip(" \t")


def _multi(text, tokens, toks, given, before, found) -> None:
    """Two or more capitalised words in a row: Tobias Christoffer Thykjær, J. P. Hansen."""
    first, last = toks[0], toks[-1]
    if tokens[-1][2] == "Christian" and tokens[-2][2].lower() in _FAITH_BEFORE:
        return  # "a Pentecostal Christian": a faith
    if (
        not given
        and "  " in text[tokens[0][0] : tokens[-1][1]]
        and not any(tok.first or tok.last for tok in toks)
    ):
        return  # "Navn   Sygedage   Perioder": cells of a table's header, none of them a name
    if (
        not given
        and len(tokens[0][2]) == 2
        and tokens[0][2][1] == "."
        and _line_start(text, tokens[0][0])
        and not any(tok.first or tok.last or tok.suffix for tok in toks[1:])
    ):
        # "C. Nuværende situation", "  B. Kvitteringsbrev": a lettered section of a form or an
        # appendix list, not an initial
        return
    if not given and _POSTCODE_BEFORE.search(text, max(0, tokens[0][0] - 6), tokens[0][0]):
        return  # "5762 V. Skerninge", "8000 Aarhus C": the town after its postcode
    if not given and len(tokens[0][2]) == 1 and _column_letters(text, tokens[0][0]):
        return  # "A Afgiftsnr | B Dato | C Zone": a spreadsheet's column letters, no initials
    if (
        not given
        and len(toks) == 2
        and tokens[-1][2].lower() in _COMPASS
        and not (first.first and not first.amb)
    ):
        return  # "Kontrol Vest", "Team Øst", "Jobcenter Syd": a unit of an organisation
    if before is None:
        before = _look_back(text, tokens[0][0])
    strength = given or _word_strength(before)
    initial = before.initial and not given
    if (
        last.amb
        and not first.common
        and before.word in _PLACE_PREPS
        and before.punct != ":"  # "Fra: August Holm" is a header, not a preposition
        and not strength
        # "svar til Bent Frost": a first name after "til"/"fra" starts a person's name
        and not (0 < first.first <= 2 and before.word in _PERSON_PREPS and not first.place)
    ):
        return  # "til Rold Skov", "i Sønder Holm": a place named like a person
    if before.word in _SAINTS or before.word in _THING_WORDS and not given:
        return  # Sct. Peders Kirke; skibet Peder Skram
    if (
        before.word in ("i", "in")
        and not strength
        and not (last.last or last.suffix or last.named)
        and before.punct != ":"
    ):
        return  # "tilbageholdt i Adi Abeito": one is in a place, not in a person
    if _company_tail(text, tokens[-1][1]) or (
        not strength and _company(text, tokens[0][0], tokens[-1][1], first)
    ):
        # "Jensen & Møller Auto", "Carl Hansen & Søn", "Ole Bach Holding"; a legal form ends a
        # firm's name even after a label ("Rådgiver: Arkitekterne Holm & Storm ApS").
        return
    # Drop words at the front that cannot begin a name: "Spørg Mette Jensen", "Ifølge …".
    n = len(toks)
    k = 0
    while k < n - 1:
        t = toks[k]
        if (
            t.kind == "init"
            and k
            and toks[k - 1].place
            and len(tokens[k][2]) == 2
            and (tokens[k][2][0] in "CKVØNSM" or not toks[k + 1].named)
        ):
            # "8000 Aarhus C. Forventet levering": the postal district after a town, then the
            # next sentence; not the initial of a person called Forventet.
            k += 1
            continue
        if t.kind == "init" or (t.first and not (t.amb and initial and not toks[k + 1].named)):
            break
        if (
            strength
            and k == 0
            and t.kind == "word"
            and (not t.amb or t.last and toks[1].named or t.first and _unlisted(toks[1]))
        ):
            # fru Thykjær Hansen, advokat Due Sørensen; "Klient: Faith Imasuen" (a first name
            # that is also a word, then a surname no list knows)
            break
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
        if m == k + 2 == n and t.place and not t.caps and _first_before_place(toks[k]):
            break  # "Sara Jelling": a town as a surname (see _judge)
        m -= 1
    # Capitalised ordinary words after the name ("Master Person Analysis"), not short ones
    # that may be an unlisted surname (Johan Ek).
    phrase = m < n and all(len(tokens[i][2]) > 3 and toks[i].amb for i in range(m, n))
    if k or m < n:
        toks, tokens = toks[k:m], tokens[k:m]
        if len(toks) == 1:
            tok = toks[0]
            if tok.kind == "init":
                return
            if k == 0 and (not phrase or strength):
                _single(text, tokens[0][0], tokens[0][1], tok, strength, before, found)
            elif k == 0:
                # A name followed by capitalised ordinary words is a title-case phrase
                # ("Master Person Analysis", "Grace Period Notice") unless context says more.
                if tok.named and _wider_context(text, tokens[0][0], tokens[0][1]):
                    _single(text, tokens[0][0], tokens[0][1], tok, STRONG, _MID, found)
            elif tok.common:
                # After a dropped word only a plain first name stands alone: "Ærø Havn" and
                # "Spørg Jensen" are not enough for a surname or a word-like name. A number
                # after it makes a title ("Ternet Ninja 4", "Toy Story 2"), not a person.
                if not _version_follows(text, tokens[0][1]):
                    _single(text, tokens[0][0], tokens[0][1], tok, NONE, _MID, found)
            elif tok.named and _wider_context(text, tokens[0][0], tokens[0][1]):
                _single(text, tokens[0][0], tokens[0][1], tok, STRONG, _MID, found)
            return
    start, end = tokens[0][0], tokens[-1][1] - toks[-1].poss
    if start >= 3 and text[start - 3 : start].lower() in ("al-", "el-"):
        start -= 3
    if (
        toks[0].kind == "init"
        and tokens[0][1] - tokens[0][0] == 2
        and _LETTER_LABEL_BEFORE.search(text, max(0, start - 16), start)
    ):
        return  # "i zone B. Licensen gælder …": a zone's letter ends the sentence
    kind = _judge(toks, tokens, strength, initial)
    if kind is _FULL_WEAK and not strength and not toks[-1].named and _version_follows(text, end):
        return  # "Mario Kart 8", "Ternet Ninja 4": a title with its number, no person
    if kind is None or (not strength and kind is not _FULL):
        if not strength and _wider_context(text, start, end):
            kind = _judge(toks, tokens, STRONG, initial) or kind
    if (
        kind is None
        and len(toks) <= 4
        and toks[-1].kind == "word"
        and all(t.kind in ("word", "init") and not t.caps and not t.poss for t in toks)
        and _in_column(text, start, end, _NAME_HEADERS)
    ):
        # "| 2 | Ngozi Adeyemi | +45 …" or "| M. Tadesse |" under "Navn": a name of any origin
        kind = _FULL_WEAK
    if kind is not None:
        found.spans.append(_span(start, end, kind))



def _unlisted(tok: _Tok) -> bool:
    """A capitalised word no list knows: neither a name, an ordinary word nor a place."""
    return tok.kind == "word" and not (tok.named or tok.amb or tok.place or tok.caps)


def _first_before_place(first: _Tok) -> bool:
    """A first name common enough (tier 1-2, no ordinary word) to make the town after it a
    surname: "Sara Jelling", "Mette Kolding"."""
    return first.kind == "word" and 0 < first.first <= 2 and not first.amb and not first.poss


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
            # METTE JENSEN; MORTEN LE (a two-letter surname only after a common first name)
            and ((last.last and (last.last <= 4 or first.first <= 2)) or last.suffix)
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
        word = tokens[-1][2]
        if word.endswith(("erne", "ene")) and len(word) > 5 and len(toks) == 2:
            return None  # "fløj B. Mødelokalerne": a definite plural noun is no surname
        if unknown and len(word) > 2 and not (
            initial and word.endswith(_NOUN_ENDINGS + _HEADING_WORD_ENDINGS)
        ):
            # "B. Overgangsperioden" first in a line is a lettered heading; "J. Thykjær" a name.
            return _FULL_WEAK
        return None
    if first.first and last.kind == "init" and len(toks) == 2 and not first.amb:
        return _FULL_WEAK  # "Oliver B.", "Rojda D.": a first name and the initial of a surname
    if first.first:
        both_words = first.amb and last.amb
        if both_words and first.place and first.first >= 3 and not strength:
            return None  # "Nyborg Strand", "Skagen Havn": a town (a rare first name) and a word
        if surname_like:
            return _SINGLE if both_words and initial and not strength else _FULL
        if last.first:
            return _FULL_WEAK if not both_words or strength else None
        if unknown and first.first <= 3 and not first.amb:
            return _FULL_WEAK
        if last.place and not last.named and len(toks) == 2 and _first_before_place(first):
            # "Sara Jelling", "Mette Kolding": a common first name before a town is the person
            # (surnames were taken from places); a place after a first name is no phrase.
            return _FULL_WEAK
        return None
    if strength and not first.amb and (surname_like or last.named or unknown):
        return _FULL_WEAK
    if first.last and not first.amb and last.last and not last.amb and not initial:
        return _SINGLE
    return None


_INITIAL_LABELS = frozenset(
    """
    sagsbehandler sagsbehandlere sagsbeh initialer init ref sign signatur signed vh mvh hilsen
    udarbejdet skrevet godkendt ansvarlig referent ordstyrer mødeleder cc kopi til fra af by
    bruger user initials teamleder teamlederen afdelingsleder kontorchef socialrådgiver jurist
    konsulent kollega kollegaen fagkoordinator
    """.split()
)
# Labels that are also common prepositions or verbs: initials need the colon ("Til: JPH", not
# "til MFA"; "Bruger: LHJ", not "hun bruger CPAP").
_HEADER_WORDS = frozenset("til fra cc kopi to from bruger user".split())


def _reject(found: _Found, text: str, start: int, end: int, tok: _Tok) -> None:
    # "i Holm", "Holm og Skov" stay places even after "Per Holm" was named; a town-like
    # surname is the person once named in full ("Søren Kastrup … Kastrup's team").
    if not tok.place or tok.town:
        found.rejected.setdefault(text[start:end], []).append(start)


_CODE = RULE.code
_START = operator.itemgetter(1)  # Span.start: spans are named tuples


def _span(start: int, end: int, kind: tuple[float, Severity]) -> Span:
    return Span(_CODE, start, end, kind[0], kind[1])


def _digit_follows(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" .")
    return bool(rest) and rest[0].isdigit()


_VERSION = _lazy("_VERSION", r"[ \t]\d{1,2}(?:\.\d{1,2}){0,2}(?![\d:/\-]|[.,]\d)")
# A cell that starts with a spreadsheet's column letter: "A Afgiftsnr | B Dato".
_COLUMN_LETTER = _lazy("_COLUMN_LETTER", r"(?:^|[|;\t])[ \t]*[A-Z][ \t]+[^\W\d_]")
# A Bible reference's chapter and verse after a book's short name: "Matt 5,1-12", "Joh 3,16".
_CHAPTER_VERSE = _lazy("_CHAPTER_VERSE", r"[ \t]\d{1,3},\d{1,3}(?:-\d{1,3})?(?![\d,])")


def _version_follows(text: str, end: int) -> bool:
    """A small number right after a word is a sequel or a version ("Ninja 4", "Nova 2.0",
    "Kart 8"), not the phone number, date or age that follows a person's name in a list
    ("Mette 22 33 44 55", "Per 12.3.", "Jens 45 år")."""
    match = _VERSION.match(text, end)
    if match is None:
        return False
    rest = text[match.end() : match.end() + 5].lstrip(" ")
    return not rest[:1].isdigit() and not rest.startswith(("år", "års", "mdr", "måned"))


def _month_in_date(text: str, start: int, end: int) -> bool:
    """An abbreviated month between a day and a year: "15 Jan", "Jan 2026", "15.Jan.2026"."""
    if _digit_follows(text, end):
        return True
    before = text[max(0, start - 3) : start].rstrip(" .-/\u00a0")
    return bool(before) and before[-1].isdigit()


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


_NICKNAME = _lazy("_NICKNAME", r"[ \t]+[\"'‘“„«][A-ZÀ-ÖØ-Þ][^\"'‘’“”„«»\n]{0,23}[\"'’”»][ \t]+")


def _with_nicknames(text: str, spans: list[Span], classify: _Classifier) -> list[Span]:
    """A nickname in quotes inside a name is part of it: ``Jesper "Jeppe" Nymann`` is one
    person, one span (found as two or three: the quotes break the chain of capitalised words).
    The word after the quotes must be a surname, or found as a name itself."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        nick = _NICKNAME.match(text, span.end) if text[span.end : span.end + 1] in " \t" else None
        if nick is not None and classify(text[span.start : span.end].split()[0]).first:
            j = i + 1
            while j < len(spans) and spans[j].start < nick.end():
                j += 1  # the nickname itself, when it was found
            end = None
            if j < len(spans) and spans[j].start == nick.end():
                end, j = spans[j].end, j + 1
            else:
                word = _TOKENS.match(text, nick.end())
                tok = classify(word.group()) if word else None
                if tok is not None and tok.kind == "word" and (tok.last or tok.suffix):
                    end = word.end() - tok.poss
            if end is not None:
                out.append(_span(span.start, end, _FULL))
                i = j
                continue
        out.append(span)
        i += 1
    return out


# A lone initial at the start of a line (a bullet) or a sentence, before a lower-case word: "- J.
# udskrevet fra lukket afsnit", "Kl. 01.15 kom R. hjem" is not one; "R. har tidligere haft …" is.
_LONE_INITIAL = _lazy("_LONE_INITIAL", r"(?<![\w.])([A-ZÆØÅ])\.(?=[ \t]+[a-zæøå])")
_LONE_INITIAL_SHAPE = _lazy("_LONE_INITIAL_SHAPE", rb"\.(?<=(?<![Aa0?.])A\.)(?=[ \t]+a)")
_INITIAL_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
# What may stand before it on its line: indentation and a bullet, or a sentence's end.
_BEFORE_LONE_INITIAL = _lazy("_BEFORE_LONE_INITIAL", r"(?:^|[.!?])[ \t]*(?:[-*•–][ \t]+)?\Z")


def _initial_of_named(text: str, spans: list[Span]) -> list[Span]:
    """A lone initial that stands for a person the text named before ("Beboer: René
    Kristoffersen" … "R. har tidligere haft to karantæner"): the first letter of a name found
    in full, after it."""
    candidates = []
    view = _labels.cached_view(text)
    if view is not None and len(view.shape) == len(text):
        # The shape view, one byte a character: "A" a capital, "a" a small letter. The scan
        # jumps from one full stop to the next instead of trying every capital.
        found = (m.start() - 1 for m in _LONE_INITIAL_SHAPE.finditer(view.shape))
    else:
        found = (m.start(1) for m in _LONE_INITIAL.finditer(text))
    for start in found:
        if text[start] not in _INITIAL_LETTERS:
            continue
        line_start = text.rfind("\n", max(0, start - 40), start) + 1
        if _BEFORE_LONE_INITIAL.search(text[line_start:start]) is not None:
            candidates.append(start)
    if not candidates:
        return []
    letters = {text[c] for c in candidates}
    first_seen: dict[str, int] = {}
    taken = set()
    for span in spans:
        taken.add(span.start)
        letter = text[span.start]
        if letter in letters and span.start < first_seen.get(letter, len(text)):
            words = text[span.start : span.end].split()
            if len(words) >= 2 and len(words[0]) > 2:
                first_seen[letter] = span.start
    out = []
    for start in candidates:
        named = first_seen.get(text[start])
        if named is not None and named < start and start not in taken:
            out.append(_span(start, start + 2, _INITIALS_CONTEXT))
    return out


def _mentioned_before(
    text: str, spans: list[Span], rejected: dict[str, list[int]], classify: _Classifier
) -> list[Span]:
    """A lone word is a name when the same text names that person in full: after "Nguyen Thi
    Lan" or "Tobias Christoffer Thykjær", "Lan orienterede" and "Thykjær oplyste" are names."""
    known: dict[str, bool] = {}  # word -> named in full (True) or only found alone (False)
    taken: set[str] = set()  # full names already split into words: texts repeat their names
    for span in spans:
        if span.severity == Severity.ERROR:
            name = text[span.start : span.end]
            if name in taken:
                continue
            taken.add(name)
            for word in name.replace("-", " ").split():
                known[word] = True
                known[word.capitalize()] = True  # METTE JENSEN in a header, Jensen in the text
        elif span.end - span.start > 1 and text[span.start : span.end] in rejected:
            known.setdefault(text[span.start : span.end], False)
    if not known:
        return []
    found = []
    for word, full in known.items():
        starts = rejected.get(word)
        if starts is None or len(word) < 2 or word.endswith("."):
            continue
        for start in starts:
            end = start + len(word)
            if not full and not _VERB_AFTER.match(text, end, end + 12):
                # Found alone elsewhere ("i gruppen: Liv og Ask"): a name again only as the
                # subject of a verb ("Liv er 11 måneder"), not "Liv i byen".
                continue
            prep = _look_back(text, start).word
            if prep in _PLACE_PREPS and (prep not in _PERSON_PREPS or classify(word).place):
                continue  # "bor i Kirkeby", "kører til Kastrup"; but "ring til Kirkeby"
            if not _digit_follows(text, end):
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
