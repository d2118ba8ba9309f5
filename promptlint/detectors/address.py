"""Danish postal addresses: street, house number, floor and door, postcode and town, as one span.

An official Danish address (BBR law 2005) is a street name and a house number, optionally with
a letter (``12B``); flats add floor and door (``2. th.``, ``st. tv.``, ``1. sal``, ``3. 4``,
``kl.``, ``mf.``); the postcode (4 digits, optionally ``DK-``) and town follow:
``Vestergade 12, 2. th., 8000 Aarhus C``. ``Postboks 145, 8100 Aarhus C`` is a PO box.

How a street is recognised (DOMAIN.md §1.6):

* the national list of road names (53,000 names, shipped in ``patterns/data/addresses``), and
* the street-suffix heuristic: a compound ending in ``-vej``, ``-gade``, ``-stræde``, ``-allé``,
  ``-plads``, ``-torv``, ``-vænge``, ``-parken``, ``-stien``, ``-boulevard`` … (strong), or in
  ``-have``, ``-høj``, ``-mark``, ``-lund`` … (weak: these also end surnames and common words).

A street alone is never an address (``Vestergade``, ``Vejle``, ``Holmen``); a number must
follow it directly (``nr.`` may come between). What follows the number decides the rest: a date
(``Vestergade 3. marts``), a time or decimal (``12.30``, ``2,5``), or a unit (``200 kr.``,
``12 %``, ``3 år``) means the number is not a house number. Single list words that are also
common nouns (``Holmen``, ``Parken``, ``Torvet``) count only with more evidence: a letter, a
floor, a valid postcode, or a word such as ``bor``/``adresse`` before them.

Speed: candidates are a capitalised word, a space and digits (rare in prose), found in the
shape view of the text (capitals as ``A``, see ``_labels``) where a scan can jump from capital
to capital, and lower-case streets, found from a space before a digit with a short look-behind
for the end of a strong suffix. Everything after that looks at a bounded window, so the cost
is linear in the text. The word lists are loaded on the first call, not at import.
"""

from __future__ import annotations

import heapq
import re
import sys
from collections import Counter
from collections.abc import Iterator
from functools import cache, cached_property, lru_cache
from pathlib import Path

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels, clamp
from promptlint.model import Rule, Severity, Span
from promptlint.resources import patterns_dir

RULE = Rule(
    code="CT003",
    name="postal-address",
    entity="address",
    severity=Severity.ERROR,
    guideline=2,
    priority=65,
    mask="default",
    message={
        "da": "Adresse: en bopælsadresse kan udpege en bestemt person",
        "en": "Address: a home address can single out a specific person",
    },
    what={
        "da": "Finder danske adresser: vejnavn og husnummer (evt. med bogstav), etage og dør "
        "(2. th., st. tv., 1. sal), postnummer og by (8000 Aarhus C) samt postbokse. Vejnavne "
        "genkendes fra den nationale vejnavneliste og på endelser som -vej, -gade og -allé. "
        "Postnumre kontrolleres mod listen over danske postnumre. Hele adressen markeres som ét fund.",
        "en": "Finds Danish addresses: street name and house number (optionally with a letter), "
        "floor and door (2. th., st. tv., 1. sal), postcode and town (8000 Aarhus C) and PO "
        "boxes. Streets are recognised from the national street-name list and by endings such "
        "as -vej, -gade and -allé. Postcodes are checked against the list of Danish postcodes. "
        "The whole address is one finding.",
    },
    why={
        "da": "En adresse er en personoplysning: sammen med få andre oplysninger identificerer den "
        "en borger og dennes husstand. Retningslinje 2 forbyder personoplysninger i offentlige AI-værktøjer.",
        "en": "An address is personal data: with little else it identifies a citizen and their "
        "household. Guideline 2 forbids personal data in public AI tools.",
    },
    instead={
        "da": "Erstat adressen med en pladsholder som [adresse], eller nævn kun kommunen, hvis "
        "stedet har betydning for opgaven.",
        "en": "Replace the address with a placeholder such as [address], or name only the "
        "municipality if the place matters for the task.",
    },
    examples=(
        "Borgeren bor på Vestergade 12, 2. th., 8000 Aarhus C",
        "Ny adresse: Jens Baggesens Vej 7B, 8200 Aarhus N",
        "Svar sendes til Postboks 145, 8100 Aarhus C",
    ),
    counter_examples=(
        "Vejle Kommune har kontor på Holmen",
        "jf. § 12, stk. 2, og mødet kl. 12",
        "Han flyttede til Vestergade 3. marts 2024",
    ),
)

# Strong suffixes are (almost) only street names in Danish; weak ones also end surnames,
# place names and nouns, so a street found only by them needs more evidence.
_STRONG_SUFFIXES = (
    "vej", "vejen", "gade", "gaden", "stræde", "strædet", "allé", "alle", "alléen", "alleen",
    "plads", "pladsen",
    "torv", "torvet", "vænge", "vænget", "boulevard", "boulevarden", "stien", "gyde", "gyden",
    "parken", "toften", "bakken", "vangen", "passagen", "passage", "kajen", "promenade",
)  # fmt: skip
_WEAK_SUFFIXES = (
    "have", "haven", "høj", "højen", "mark", "marken", "bakke", "park", "sti", "vang", "toft",
    "lund", "lunden", "dal", "dalen", "eng", "engen", "bjerg", "bjerget", "holm", "holmen",
    "skov", "skoven", "gård", "gården", "kær", "kæret", "krog", "krogen", "løkke", "løkken",
    "hegn", "hegnet", "ager", "agre", "ring", "ringen", "sletten", "huse", "kaj", "strand",
    "stranden", "havn", "havnen", "mose", "mosen", "kvarter", "kvarteret",
)  # fmt: skip
_ALL_SUFFIXES = _STRONG_SUFFIXES + _WEAK_SUFFIXES
# A word that *is* a street word on its own ("Vej", "Allé") is a street only after a name.
_SUFFIX_WORDS = frozenset(
    ("vej", "gade", "allé", "alle", "plads", "torv", "boulevard", "stræde", "vænge", "gyde",
     "passage")
)  # fmt: skip
# The stem before a suffix must be at least this long ("Halle", "Palle" are not streets), except
# for the unmistakable street words: "Ågade", "Åvej", "Bygade", "Algade" are streets.
_MIN_STEM = 3
_SHORT_STEM_SUFFIXES = frozenset(("vej", "gade", "torv", "plads", "stræde"))
# Compounds with a street suffix that are ordinary nouns or not streets at all.
_NOT_STREETS = frozenset(
    """omvej omvejen udvej udvejen envej tovej genvej genvejen motorvej motorvejen landevej
    landevejen sidevej sidevejen cykelsti cykelstien gangsti gangstien brigade brigaden
    renegade danmark denmark grønland finmark telemark landmark benchmark bookmark trademark
    hallmark watermark checkmark arbejdsplads arbejdspladsen parkeringsplads parkeringspladsen
    legeplads legepladsen byggeplads byggepladsen praktikplads praktikpladsen studieplads
    studiepladsen skoleplads institutionsplads dagtilbudsplads børnehaveplads vuggestueplads
    plejehjemsplads bopladsen markedsplads kolonihave kolonihaven børnehave børnehaven
    dyreparken nationalparken forlystelsesparken""".split()
)
# Words that start a street name before a compound ("Nørre Voldgade", "Gl. Kongevej").
_PREFIX_WORDS = frozenset(
    """nørre nr. nr søndre sdr. sdr vester vestre øster østre nordre ndr. ndr store st.
    lille ll. gammel gamle gl. ny nye sankt skt. sct. kongens kgs. dronningens prinsesse
    indre ydre øvre nedre mellem ved""".split()
)
_POSTBOX_WORDS = frozenset(("postboks", "postbox", "box", "boks"))
_GENERIC_MIN = 30
# Capitalised words that start sentences or label lines, never a village before a street.
_NOT_PLACES = frozenset(
    """i på fra til hos mod om over under efter før med og men den det de en et han hun vi
    jeg du der her se bor adresse adr adr. ny nye borgeren ansøgeren klienten afsender
    modtager att att. c/o""".split()
)

# Capitalised last word of a street, a space (two in text copied from a case system:
# "Ahornvej  9"), optional "nr.", then the house number. The regex
# engine skips quickly to capitals, so ordinary prose costs little. The look-behind after the
# capital refuses to start inside a word (else a long run of capitals costs quadratic time), and
# a possessive quantifier (Python 3.11+) stops backtracking through every word it rejects.
_POSSESSIVE = "*+" if sys.version_info >= (3, 11) else "*"
_CANDIDATE = rx.compile_re(
    rf"(?P<word>[A-ZÆØÅ](?<!\w.)\w{_POSSESSIVE}\.?)[ \u00a0]{{1,2}}(?:[Nn]r\.?[ \u00a0]?)?"
    rf"(?P<num>\d{{1,5}})(?!\d)"
)
# Where _CANDIDATE can match, seen in the shape view (capitals "A", other letters "a", digits
# "0", "?" above U+00FF, see _labels): led by the literal "A", which the scan jumps between,
# where the class of capitals makes the regex engine test every character. A "?" may be a
# letter in the text, so it may continue the word here; a capital right after a "?" may start
# one, and those few are tried directly (_AFTER_ODD) rather than here, where each of them would
# read the rest of its run of letters again ("A–A–A–…" would cost quadratic time).
_CANDIDATE_SHAPE = rx.compile_re(
    rf"A(?<![\w?].)(?=[\w?]{_POSSESSIVE}\.?[ \xa0]{{1,2}}(?:[Aa]a\.?[ \xa0]?)?0{{1,5}}(?!0))".encode()
)
_AFTER_ODD = rx.compile_re(rb"\?A")
# Lower-case streets ("bor på vestergade 12"): anchored on a space before a digit, checked by a
# short look-behind for the end of a strong suffix. One pattern per kind of space: led by a
# literal, the scan jumps from one space to the next, four times faster than with a class.
_SUFFIX_END_WORDS = "vej ade æde llé lle ads orv nge ard ien yde ken ten oks".split()
_SUFFIX_ENDS = f"(?:{'|'.join(_SUFFIX_END_WORDS)})"
_LOWER_CANDIDATES = (
    rx.compile_re(rf" \d(?<={_SUFFIX_ENDS} \d)"),
    rx.compile_re(rf"\u00a0\d(?<={_SUFFIX_ENDS}\u00a0\d)"),
)
# The first of them on the lowered view (see _labels), where each character is one byte: a
# fifth faster than on a text that holds any character above U+00FF (two or four bytes each).
# The view lowers capitals and shows fold characters as letters, so it offers more candidates;
# each is checked with the pattern on the text. Only for texts whose digits are all ASCII.
_LOWER_CANDIDATE_VIEW = rx.compile_re(rf" [0-9](?<={_SUFFIX_ENDS} [0-9])".encode("latin-1"))
# The same places from the shared keyword index (see _keywords), which has read the lowered view
# anyway: a suffix end, a space and a digit ("vej 1") are a keyword each. A space before a digit
# is one character in fifty of case text (dates, amounts), which the pattern tries one by one.
_LOWER_KEYWORDS = tuple(f"{end} {digit}" for end in _SUFFIX_END_WORDS for digit in "0123456789")
_keywords.KEYWORDS.add(_LOWER_KEYWORDS)


def _lower_view_starts(text: str, lower: bytes | bytearray) -> list[int]:
    """The starts of _LOWER_CANDIDATE_VIEW's matches in the lowered view, in any order; from
    the index also where the view keeps a Latin-1 capital ("allÉ 1"), which the caller's test
    on the text refuses."""
    places = [_keywords.KEYWORDS.positions(text, word) for word in _LOWER_KEYWORDS]
    if None in places:  # a short text: the index has no places
        return _labels.positions(_LOWER_CANDIDATE_VIEW, lower)
    return [start + 3 for found in places for start in found]


_MONTHS = (
    r"jan(?:uar|uary)?|feb(?:ruar|ruary)?|mar(?:ts|ch)?|apr(?:il)?|maj|may|jun[ie]?|jul[iy]?|"
    r"aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# What after a number shows that it is not a house number.
_NOT_HOUSE_NUMBER = rx.compile_re(
    rf"""
    [.,:]\d                                   # decimal, amount or time: 2,5  1.234  12.30
    | /\d                                     # fraction or date: 3/4
    | -\d{{1,2}}-\d                           # date: 3-4-2024
    | \.?[ \u00a0]*(?:{_MONTHS})\b\.?         # date: 3. marts, 3 March
    | [ \u00a0]{{0,3}}(?:%|‰|°|pct\b|procent|kr\b|kr\.|kroner|dkk\b|eur\b|euro|usd\b|mio\b|mia\b|
        mill|år\b|års\b|årig|måned|uge|dag|døgn|tim|min\b|minut|sek\b|sekund|km\b|m\b|m2|m²|
        kvm|cm\b|mm\b|kg\b|g\b|ton\b|liter|stk\b|gange|personer|mennesker|børn|elever|borgere|
        ansatte|medarbejdere|husstande|sider|point|grader|timer|years?\b|days?\b|people)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A letter after the number: attached (12B, 12b), or spaced when something address-like follows.
_LETTER = rx.compile_re(
    r"[A-Za-zÆØÅæøå](?![\w])|[ \u00a0][A-H](?![\w])(?=[ \u00a0]{0,3}(?:,|\r?\n|$|\d{4}\b|st\b|kl\b|\d{1,2}\.))"
)
_RANGE = rx.compile_re(r"[-\u2013][ \u00a0]?\d{1,3}[A-Za-z]?(?![\w]|[-./,]\d)")
_SIDE = r"(?:t\.?[ \u00a0]?h|t\.?[ \u00a0]?v|m\.?[ \u00a0]?f)\.?(?![\w])"
# Floor and door: "2. th.", "st. tv.", "1. sal", "3. 4", "kl.", "mf.", "st.th", "2.tv"; a flat's
# number: "lejl. 9", "lejlighed nr. 12".
_UNIT = rx.compile_re(
    rf"""
    ,?[ \u00a0]{{0,3}}
    (?:
        \d{{1,2}}\.?[ \u00a0]?sal\b\.?(?:[ \u00a0,]{{0,3}}{_SIDE})?
      | (?:\d{{1,2}}\.|st\.?|stuen)[ \u00a0,]{{0,3}}(?:{_SIDE}|\d{{1,3}}(?!\d|[.,:/]\d))
      | (?:kl|kld)\.?[ \u00a0,]{{0,3}}{_SIDE}
      | (?:lejl\.?|lejlighed)[ \u00a0]{{0,2}}(?:nr\.?[ \u00a0]{{0,2}})?\d{{1,4}}[A-Za-z]?(?![\w])
      | (?:st|stuen|kl|kld|kælder|parterre)\b(?!\.?[ \u00a0]*\d)\.?
      | {_SIDE}
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_POSTCODE = rx.compile_re(
    r"(?:,[ \u00a0]{0,3}(?:\r?\n[ \u00a0]{0,8})?|[ \u00a0]{1,3}|[ \u00a0]{0,3}\r?\n[ \u00a0]{0,8})"
    r"(?:DK[- \u00a0]?)?(?P<code>\d{4})(?!\d)[ \u00a0]{1,3}(?=[^\W\d_])"
)
_LOCALITY = rx.compile_re(
    r",[ \u00a0]*[A-ZÆØÅ][^\W\d_]*\.?(?:[ \u00a0][A-ZÆØÅ][^\W\d_]*\.?){0,2}(?=,)"
)
_TOWN_FALLBACK = rx.compile_re(
    r"[A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?"
    r"(?:[ \u00a0](?:C|K|V|N|S|Ø|M|NV|NØ|SV|SØ)(?![\w]))?"
)
# Words before a street that say "this is where someone lives".
_CONTEXT = rx.compile_re(
    r"(?<!\w)(?:bor|boede|boende|bopæl\w*|bosat|adr\.|adresse\w*|flytte\w*|fraflyt\w*|"
    r"tilflyt\w*|ejendommen|lejlighed\w*|c/o|hjemme|opholdssted|lives|living|address\w*|"
    r"resid\w*|moved)(?!\w)",
    re.IGNORECASE,
)
_CONTEXT_WINDOW = 40
_PAA = rx.compile_re(r"(?<!\w)(?:på|i|at|on)[ \u00a0]+$", re.IGNORECASE)
_WINDOW = 80
_MAX_TOKENS = 5
_STRIP_LEFT = "([{\"'«»“”‘’<`*_"


def _street_key(folded: str) -> tuple[str, str]:
    """The order of ``streets.txt`` (see ``rebuild_addresses.street_order``): last word, name."""
    return folded.rpartition(" ")[2], folded


class _Answers(dict):
    """Answers to one question about the street list, computed on the first ask of each word.

    A short text asks about a handful of words: each answer then comes from bisecting the
    sorted file's text (about 10 µs). A text that asks about many different words makes the
    data build its sets once (``AddressData._sets``), which then answer the rest."""

    __slots__ = ("_ask",)

    def __init__(self, ask) -> None:
        super().__init__()
        self._ask = ask

    def __missing__(self, key: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        answer = self[key] = self._ask(key)
        return answer


class AddressData:
    """The shipped lists, read on the first address scan, not at import.

    The detector asks (case-folded words): ``is_street[name]``, ``is_last_word[word]`` (the last
    word of some street), ``is_generic[word]`` (a street word shared by many villages, see
    below) and ``town_names[code]`` (the ways the postcode's town is written, or None)."""

    _BISECTIONS = 2000  # after this many, building the sets (about 20 ms) is the cheaper way

    def __init__(self, folder: Path) -> None:
        # Sorted by last word, then name: one bisection finds a name, a last word, or the run
        # of streets that share a last word.
        self._text = (folder / "streets.txt").read_text(encoding="utf-8")
        self._postcodes = "\n" + (folder / "postcodes.tsv").read_text(encoding="utf-8")
        self._bisections = 0
        self._streets: frozenset[str] | None = None
        self._last_words: frozenset[str] = frozenset()
        self._generic: frozenset[str] = frozenset()
        self.is_street = _Answers(self._ask_street)
        self.is_last_word = _Answers(self._ask_last_word)
        self.is_generic = _Answers(self._ask_generic)
        self.town_names = _Answers(self._ask_towns)

    # -- bisection of the sorted text

    def _lower_bound(self, target: tuple[str, str]) -> int:
        """Offset of the first line whose key is not below ``target``."""
        text = self._text
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi) // 2
            line_start = text.rfind("\n", lo, mid) + 1 or lo
            line_end = text.find("\n", line_start)
            if _street_key(text[line_start:line_end].casefold()) < target:
                lo = line_end + 1
            else:
                hi = line_start
        return lo

    def _bisected(self) -> bool:
        """Count a bisection; True while bisecting is still the way to answer."""
        if self._streets is None:
            self._bisections += 1
            if self._bisections <= self._BISECTIONS:
                return True
            self._sets()
        return False

    def _sets(self) -> None:
        streets = frozenset(self._text.casefold().split("\n")) - {""}
        self._last_words = frozenset(name.rpartition(" ")[2] for name in streets)
        # Street names shared by many villages ("Elsted Bygade", "Hover Kirkevej"): the village
        # name before them belongs to the street.
        counts = Counter(name.rpartition(" ")[2] for name in streets if " " in name)
        self._generic = frozenset(
            w for w, n in counts.items() if n >= _GENERIC_MIN and _suffix_kind(w)
        )
        self._streets = streets

    def _ask_street(self, name: str) -> bool:
        if not self._bisected():
            return name in self._streets  # type: ignore[operator]
        text = self._text
        pos = self._lower_bound(_street_key(name))
        return pos < len(text) and text[pos : text.find("\n", pos)].casefold() == name

    def _run(self, word: str) -> tuple[int, int]:
        """Where the streets whose last word is ``word`` stand in the text."""
        return self._lower_bound((word, "")), self._lower_bound((word + "\0", ""))

    def _ask_last_word(self, word: str) -> bool:
        if not self._bisected():
            return word in self._last_words
        first, after = self._run(word)
        return first < after

    def _ask_generic(self, word: str) -> bool:
        if not self._bisected():
            return word in self._generic
        if not _suffix_kind(word):
            return False
        first, after = self._run(word)
        # Names of more than one word: all in the run but the word alone, if it is a street.
        shared = self._text.count("\n", first, after) - self.is_street[word]
        return shared >= _GENERIC_MIN

    # -- postcodes

    def _ask_towns(self, code: str) -> tuple[str, ...] | None:
        at = self._postcodes.find("\n" + code + "\t")
        if at < 0 or len(code) != 4:
            return None
        start = at + 6
        return _town_variants(self._postcodes[start : self._postcodes.find("\n", start)])

    @cached_property
    def towns(self) -> dict[str, tuple[str, ...]]:
        """Postcode -> the ways its town is written (case-folded), for every listed code."""
        towns: dict[str, tuple[str, ...]] = {}
        for line in self._postcodes.split("\n"):
            code, _, town = line.partition("\t")
            if code:
                towns[code] = _town_variants(town)
        return towns

    @cached_property
    def all_towns(self) -> frozenset[str]:
        return frozenset(name for names in self.towns.values() for name in names)

    def street_count(self) -> int:
        return self._text.count("\n")


@cache
def load_data() -> AddressData:
    """The data of ``patterns/data/addresses``, read once, on the first address candidate."""
    return AddressData(patterns_dir() / "data" / "addresses")


def _town_variants(town: str) -> tuple[str, ...]:
    """The ways a town is written: 'Aarhus C' / 'Århus C', 'Kongens Lyngby' / 'Kgs. Lyngby'."""
    names = {town}
    if town.startswith("Aa"):
        names.add("Å" + town[2:])
    if town.startswith("Kongens "):
        names.add("Kgs. " + town[8:])
        names.add("Kgs " + town[8:])
    return tuple(sorted((n.casefold() for n in names), key=len, reverse=True))


@lru_cache(maxsize=4096)
def _suffix_kind(word: str) -> str | None:
    """'strong', 'weak' or None for a case-folded single word (cached: words repeat)."""
    if not word.endswith(_ALL_SUFFIXES) or word in _NOT_STREETS:
        return None
    for kind, suffixes in (("strong", _STRONG_SUFFIXES), ("weak", _WEAK_SUFFIXES)):
        for suffix in suffixes:
            if word.endswith(suffix) and (
                len(word) - len(suffix) >= _MIN_STEM
                or (len(word) > len(suffix) and suffix in _SHORT_STEM_SUFFIXES)
            ):
                return kind
    return None


def _tokens_before(text: str, end: int) -> list[tuple[int, str]]:
    """Up to five words (start, text) that end at ``end``, in one field of one line, single-spaced."""
    lo = max(0, end - _WINDOW)
    window = text[lo:end]
    # A line, a tab or a ";" (the field separator of a CSV export) starts the street name.
    cut = max(window.rfind("\n"), window.rfind("\r"), window.rfind("\t"), window.rfind(";"))
    if cut >= 0:
        window, lo = window[cut + 1 :], lo + cut + 1
    elif lo > 0:
        first_space = window.find(" ")
        if first_space < 0:
            return []
        window, lo = window[first_space + 1 :], lo + first_space + 1
    parts = window.replace("\u00a0", " ").split(" ")
    tokens: list[tuple[int, str]] = []
    pos = end
    for part in reversed(parts):
        if not part or len(tokens) == _MAX_TOKENS:
            break
        pos -= len(part)
        tokens.append((pos, part))
        pos -= 1
    tokens.reverse()
    return tokens


def _ends_clause(token: str) -> bool:
    """A word that ends a sentence or clause ("Hansen.", "adresse:") cannot start a street name;
    abbreviations that belong to one ("H.C.", "Gl.", "Skt.") can."""
    if token[-1:] in ",:;!?)]":
        return True
    return token.endswith(".") and len(token) > 4 and "." not in token[:-1]


def _village_before(tokens: list[tuple[int, str]], data: AddressData, start: int) -> int:
    """Include a village name before a generic street name: "Elsted Bygade 62"."""
    if len(tokens) < 2 or not data.is_generic[tokens[-1][1].casefold()]:
        return start
    tok_start, tok = tokens[-2]
    if (
        len(tok) >= 3
        and tok[0].isupper()
        and tok.isalpha()
        and tok.casefold() not in _NOT_PLACES
        and tok.casefold() not in _PREFIX_WORDS
    ):
        return tok_start
    return start


def _capitalised_run(tokens: list[tuple[int, str]]) -> int | None:
    """Where a street name of up to three capitalised words before the number starts ("Køge
    Landevej", "Gl. Køge Landevej"); None when the word before the number is not capitalised."""
    start = None
    for tok_start, tok in reversed(tokens[-3:]):
        word = tok.lstrip(_STRIP_LEFT)
        if not word[:1].isupper() or _ends_clause(word) or word.casefold() in _NOT_PLACES:
            break
        start = tok_start + len(tok) - len(word)
    return start


def _ascending(number: str, number_range: str) -> bool:
    """House-number ranges go up ("12-14"); "2-1" after a name is a score or a result."""
    second = re.search(r"\d+", number_range)
    return second is not None and int(second.group()) > int(number)


# A postcode in the tail of an address ("…, 8240 Risskov"): the street is surely a street.
_POSTCODE_IN = rx.compile_re(r"(?<!\d)\d{4}[ \u00a0]+[A-ZÆØÅ]")


class AddressDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        if not text:
            return
        # The street list loads at the first candidate, so a text with no "Word 12" shape
        # (most prompts) never pays for it.
        data: AddressData | None = None
        plausible: dict[str, bool] = {}
        starts: set[int] = set()
        # Streets of the sure addresses, and the bare "Skovbrynet 16"s too weak on their own:
        # a street the text has given with its postcode is that street wherever it recurs.
        sure: set[str] = set()
        weak: list[tuple[str, int, int]] = []
        view = _labels.view(text)
        if view.ascii_digits:
            offsets = heapq.merge(
                (hit.start() for hit in _CANDIDATE_SHAPE.finditer(view.shape)),
                (hit.start() + 1 for hit in _AFTER_ODD.finditer(view.shape)),
            )
            candidates = _labels.verified(_CANDIDATE, offsets, text, view.shape)
        else:
            candidates = _CANDIDATE.finditer(text)
        for match in candidates:
            if data is None:
                data = load_data()
                plausible = data.is_last_word
            # Cheap first test on the word before the number; most candidates stop here.
            word_start = match.start()
            if word_start == 0 or text[word_start - 1] in " \u00a0\n\t":
                key = match.group("word").casefold()
                if (
                    not plausible[key]
                    and not key.endswith(_ALL_SUFFIXES)
                    and key not in _POSTBOX_WORDS
                    and key not in _SUFFIX_WORDS
                ):
                    continue
            span = self._candidate(
                text, data, word_start, match.start("num"), match.end(), weak=weak
            )
            if span is not None and span.start not in starts:
                starts.add(span.start)
                if span.confidence >= 0.85 or _POSTCODE_IN.search(text, match.end(), span.end):
                    sure.add(text[span.start : match.start("num")].rstrip().casefold())
                yield span
        if view.ascii_digits:
            space = _LOWER_CANDIDATES[0]
            lower_starts = [
                pos for pos in _lower_view_starts(text, view.lower) if space.match(text, pos)
            ]
        else:
            lower_starts = [m.start() for m in _LOWER_CANDIDATES[0].finditer(text)]
        if "\u00a0" in text:  # no-break spaces are rare: a search for one is 10 times cheaper
            lower_starts += [m.start() for m in _LOWER_CANDIDATES[1].finditer(text)]
        for num_start in sorted(lower_starts):
            num_start += 1
            lo = max(0, num_start - 40)
            space = max(text.rfind(" ", lo, num_start - 1), lo - 1)
            word = text[space + 1 : num_start - 1]
            if not word or not word[0].islower() or _suffix_kind(word.casefold()) != "strong":
                continue
            if num_start > 0 and text[num_start - 1].isdigit():
                continue
            num_end = num_start + 1
            while num_end < len(text) and num_end - num_start < 4 and text[num_end].isdigit():
                num_end += 1
            if data is None:
                data = load_data()
            span = self._candidate(text, data, None, num_start, num_end, lower=True)
            if span is not None and span.start not in starts:
                starts.add(span.start)
                yield span
        for street, start, end in weak:
            if street in sure and start not in starts:
                starts.add(start)
                yield Span(RULE.code, start, end, 0.7, Severity.WARNING)

    def _candidate(
        self,
        text: str,
        data: AddressData,
        word_start: int | None,
        num_start: int,
        num_end: int,
        lower: bool = False,
        weak: list[tuple[str, int, int]] | None = None,
    ) -> Span | None:
        if num_end < len(text) and text[num_end].isdigit():
            return None
        if _NOT_HOUSE_NUMBER.match(text, num_end):
            return None
        number_range = _RANGE.match(text, num_end)
        if number_range and not _ascending(text[num_start:num_end], number_range.group()):
            return None  # "Parken 2-1": a score, not house numbers 2 to 1
        if number_range and _NOT_HOUSE_NUMBER.match(text, number_range.end()):
            return None  # "på Vesterbro 2-3 gange om ugen": a count, not house numbers 2 to 3
        stop = num_start - 1
        if text[stop - 1 : stop] in (" ", "\u00a0"):
            stop -= 1  # "Ahornvej  9": two spaces, in text copied from a case system
        tokens = _tokens_before(text, stop)
        if tokens and tokens[-1][1].casefold().rstrip(".") == "nr":
            tokens.pop()
        if not tokens:
            return None
        last_start, last = tokens[-1]
        last = last.lstrip(_STRIP_LEFT)
        last_key = last.casefold()
        if lower:
            if last[:1].isupper() or _suffix_kind(last_key) != "strong":
                return None
        elif word_start is not None and not (last[:1].isupper() or last[:1].isdigit()):
            return None  # "iPhone 12": the capital was inside a word
        if last_key in _POSTBOX_WORDS:
            return self._postbox(text, data, tokens, num_start, num_end)
        if num_end - num_start > 3:
            return None
        suffix = _suffix_kind(last_key)
        if suffix is None and not data.is_last_word[last_key] and last_key not in _SUFFIX_WORDS:
            return None

        street_start, base = self._street(tokens, data, suffix)
        tail = None
        if street_start is None and not lower:
            # A street the list lacks whose last word ends streets ("Køge Landevej", "Bøgeskov
            # Huse"): its postcode and town, right after the number, say it is one.
            street_start, base = _capitalised_run(tokens), 0.5
            tail = self._tail(text, data, num_end)
            if not tail[2]:
                return None
        if street_start is None:
            return None
        if lower:
            base = min(base, 0.65)

        end, support, _town = tail or self._tail(text, data, num_end)
        before = text[max(0, street_start - _CONTEXT_WINDOW) : street_start]
        if _CONTEXT.search(before):
            support += 0.2
        elif base < 0.6 and _PAA.search(before):
            support += 0.15
        confidence = clamp(min(base + support, 0.98))
        if confidence < 0.6:
            if weak is not None and base >= 0.45:
                weak.append((text[street_start:num_start].rstrip().casefold(), street_start, end))
            return None
        severity = Severity.ERROR if confidence >= 0.85 else Severity.WARNING
        return Span(RULE.code, street_start, end, round(confidence, 2), severity)

    def _street(
        self, tokens: list[tuple[int, str]], data: AddressData, suffix: str | None
    ) -> tuple[int | None, float]:
        """Where the street name starts, and how sure we are from the name alone."""
        # Longest run of words that is a known street name, e.g. "Gammel Kongevej".
        for k in range(len(tokens), 0, -1):
            start, first = tokens[-k]
            first = first.lstrip(_STRIP_LEFT)
            if not first or not (first[0].isupper() or first[0].isdigit()):
                continue
            words = [first] + [t for _, t in tokens[len(tokens) - k + 1 :]]
            name = " ".join(words).casefold()
            if data.is_street[name]:
                start += len(tokens[-k][1]) - len(first)
                if k == 1 and suffix is not None:
                    start = _village_before(tokens, data, start)
                if k > 1 or suffix == "strong":
                    return start, 0.75
                if suffix == "weak":
                    return start, 0.7
                return start, 0.45
        last_start, last = tokens[-1]
        last_key = last.casefold()
        if last_key in _SUFFIX_WORDS:
            # "Peter Bangs Vej", "H.C. Andersens Boulevard": capitalised words before it.
            start = _capitalised_run(tokens[:-1])
            return (start, 0.75) if start is not None else (None, 0.0)
        if suffix is None:
            return None, 0.0
        start = last_start + len(last) - len(last.lstrip(_STRIP_LEFT))
        for tok_start, tok in reversed(tokens[:-1]):
            if tok.casefold() not in _PREFIX_WORDS:
                break
            start = tok_start
        if start == last_start:
            start = _village_before(tokens, data, start)
        return start, (0.75 if suffix == "strong" else 0.5)

    def _tail(self, text: str, data: AddressData, pos: int) -> tuple[int, float, bool]:
        """Extend past the house number: letter, range, floor/door, postcode and town (and say
        whether a postcode and its town were there)."""
        support = 0.0
        end = pos
        letter = _LETTER.match(text, end)
        if letter:
            end = letter.end()
            support += 0.1
        number_range = _RANGE.match(text, end)
        if number_range:
            end = number_range.end()
        unit = _UNIT.match(text, end)
        if unit:
            end = unit.end()
            support += 0.2
        town_end = self._postcode_town(text, data, end)
        if town_end is None:
            # A village or district between street and postcode: "Kirkebakken 9, Tapdrup, 8800 Viborg".
            locality = _LOCALITY.match(text, end)
            if locality is not None:
                town_end = self._postcode_town(text, data, locality.end())
        if town_end is not None:
            end = town_end
            support += 0.25
        while end > pos and text[end - 1] in ".,; \u00a0":
            end -= 1
        return end, support, town_end is not None

    def _postcode_town(self, text: str, data: AddressData, pos: int) -> int | None:
        match = _POSTCODE.match(text, pos)
        if match is None:
            return None
        start = match.end()
        towns = data.town_names[match.group("code")]
        if towns is not None:
            ahead = text[start : start + 40].casefold()
            for town in towns:
                if ahead.startswith(town) and not ahead[len(town) : len(town) + 1].isalnum():
                    return start + len(town)
        fallback = _TOWN_FALLBACK.match(text, start)
        if fallback is None:
            return None
        if towns is None:
            # PO-box and company codes (8100 Aarhus C, 5100 Odense C) are not in the list of
            # street postcodes; accept them when the town is a known postal town.
            town = fallback.group().casefold()
            if town not in data.all_towns or not "0800" <= match.group("code") <= "9990":
                return None
        return fallback.end()

    def _postbox(
        self,
        text: str,
        data: AddressData,
        tokens: list[tuple[int, str]],
        num_start: int,
        num_end: int,
    ) -> Span | None:
        start, word = tokens[-1]
        if word.casefold() in ("box", "boks"):
            # "P.O. Box 12" / "PO Box 12"; a bare "box 12" is just a box.
            if len(tokens) < 2 or tokens[-2][1].replace(".", "").casefold() != "po":
                return None
            start = tokens[-2][0]
        end = num_end
        confidence = 0.75
        town_end = self._postcode_town(text, data, end)
        if town_end is not None:
            end, confidence = town_end, 0.9
        return Span(RULE.code, start, end, confidence, Severity.WARNING)


DETECTORS = (AddressDetector,)
