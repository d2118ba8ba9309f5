"""Sensitive personal data: health, criminal offences, social conditions, beliefs and more.

GDPR art. 9 lists the special categories (race or ethnic origin, political opinions, religious
or philosophical beliefs, trade-union membership, genetic and biometric data, health, sex life
and sexual orientation); art. 10 and databeskyttelsesloven § 8 add criminal offences; and the old
persondataloven § 8 treated "væsentlige sociale problemer" (kontanthjælp, anbringelse, misbrug)
as sensitive too; they are still confidential under tavshedspligt. See ../shared/DOMAIN.md §5.

A word such as "diabetes" or "kontanthjælp" is sensitive only when it is *about a person*:
"Borgeren har diabetes" is, "Diabetes er en folkesygdom" is not. So a listed word is reported
only when

- its sentence refers to a person: a name or a CPR number; a definite person noun ("borgeren",
  "patienten", "min kollega", "hans mor", "Pt."); or a pronoun ("han", "hun") or "jeg" close by;
  in a letter to a named person ("Kære Jørgen …") also "du", and anywhere a capital "I" ("Da I
  er kommet til Danmark …"). A case note's short field line ("Diagnose: depression",
  "- Metformin 1000 mg") and a sentence that leaves the patient out as notes do ("Indlagt
  12.11. med pneumoni", "Kendt med KOL", "Behandlet med …") count when the paragraph or the
  note's header names the person ("Borger: …", "Pt.: …", a name, a CPR number);
- or its sentence has no person but the word is in the definite form and the text said
  something of its kind about someone just before ("… han drikker for meget … når vi kender til
  alkoholproblemet"); an everyday word counts in a sentence that already reveals something of
  its kind ("diskusprolaps i lænden, opereret 15/9, genoptræning i gang"; "idømt fængsel for
  vold"); a number makes a plural one person's count ("41 sygedage", "6 underretninger");
- the sentence is not general talk: people in the plural ("borgere", "personer"), statistics
  ("andelen", "procent"), rules ("man", "reglerne", "hvis borgeren …", "om personen er …");
- the word is not the topic of an application, a rule or a document ("ansøgning om
  boligstøtte", "berettiget til kontanthjælp", "oplysninger om gæld") or of a compound
  ("kontanthjælpsreformen"); a plural ("anbringelser", "depressioner") and an everyday word
  ("hospitalet", "stress", "medicin") need the person right next to them; a capitalised word
  inside a sentence is the name of an organisation ("leder af Hjemmeplejen Syd"), except
  medicines and eponyms ("Ritalin", "Parkinsons"); a word cut by a hyphen ("handicap- og
  hjælpemiddelområdet") is part of a compound; a law cited ("efter barnets lov § 20", "jf. …")
  and a greeting ("Godmorgen alle") do not make a sentence general.

The span is the revealing term or phrase, as the annotated corpus marks it: "dømt for vold",
"medlem af 3F", "somalisk herkomst", "kroniske rygsmerter", "sygemeldt med stress"; the verb
before it ("modtager", "har") stays outside. After a cue such as "diagnosticeret med" or "lider
af", the words that follow are the diagnosis even when no list has them; a word before a dose
("Amlodipin 5 mg") is a medicine when it is capitalised or ends like an active substance (not
"udleveret 10 mg"). A union's name in brackets after a person is a membership ("Lars Holm
(BUPL)").

The word lists are data: ``patterns/data/special_category/terms.toml`` (curated, with Danish
inflection), ``patterns/data/special_category/context.toml`` (the words that decide "about a
person"), ``patterns/data/health/health_terms.txt`` (conditions from Lægehåndbogen's index,
filtered by ``patterns/data/rebuild_health_terms.py``) and ``patterns/data/health/medicines.txt``
(active substances and brands used in Denmark). An organisation adds its own words
through a pattern pack (entity ``special_category``, ``context.required = true``).

Speed: every entry goes into one Aho-Corasick automaton (ahocorasick-rs), in lower case and
with a capital first letter, each behind a space; it scans a copy of the text in which every
character that can stand before a word (line break, "(" …) is a space. So the scan is one pass,
no lower-cased copy is made, and the inside of words costs almost nothing. The person check runs only where a word was found,
once per sentence, with set look-ups on that sentence's words (no large regex to compile).

The rules have a trained second opinion (:mod:`promptlint.detectors._special_model`): in a text of
300 characters or more a logistic regression reads every listed word, the rules' findings and the
words they passed over, and keeps or adds what the corpora's writers would mark. A word in a text
about no one (a made-up case, a law's text, a guide) is never reported, whatever the model says.

Start-up counts as much: the tool runs on every commit and paste, mostly on a few hundred words.
A text up to 4 KB is looked up slice by slice in the entries (building the automaton would cost
more than the whole scan); the lists load in about 2 ms, with their loops in C where that gives
the same entries in the same order; the name lists are read only when a hit asks about a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator
from functools import cached_property
from itertools import chain, repeat
from operator import attrgetter, itemgetter
from pathlib import Path

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels, _special_model
from promptlint.model import Record, Rule, Severity, Span

_GUIDELINE_WHY = {
    "da": "Retningslinje 2 forbyder personoplysninger i offentlige AI-værktøjer, og {what} er "
    "{kind}. Udbyderen kan gemme og genbruge det, du skriver.",
    "en": "Guideline 2 forbids personal data in public AI tools, and {what_en} is {kind_en}. The "
    "provider may store and reuse what you write.",
}
_ART9 = ("en særlig kategori af personoplysninger (GDPR art. 9)",
         "a special category of personal data (GDPR art. 9)")


def _rule(
    code: str,
    name: str,
    severity: Severity,
    title: tuple[str, str],
    what: tuple[str, str],
    kind: tuple[str, str],
    examples: tuple[str, ...],
    counter: tuple[str, ...],
) -> Rule:
    return Rule(
        code=code,
        name=name,
        entity="special_category",
        severity=severity,
        guideline=2,
        priority=40,
        mask="default",
        message={
            "da": f"{title[0]} om en person: følsom personoplysning",
            "en": f"{title[1]} about a person: sensitive personal data",
        },
        what={
            "da": f"Finder ord om {what[0]}, når de handler om en bestemt person: et navn, et "
            "CPR-nummer eller en henvisning som 'borgeren', 'hun' eller 'min kollega' står i "
            "samme sætning (eller, for navne og CPR-numre, i samme korte afsnit). Generel omtale "
            "af emnet meldes ikke.",
            "en": f"Finds words about {what[1]} when they concern a specific person: a name, a CPR "
            "number or a reference such as 'borgeren' (the citizen), 'hun' (she) or 'min kollega' "
            "(my colleague) is in the same sentence (or, for names and CPR numbers, the same short "
            "paragraph). General talk about the topic is not reported.",
        },
        why={
            "da": _GUIDELINE_WHY["da"].format(what=what[0], kind=kind[0]),
            "en": _GUIDELINE_WHY["en"].format(what_en=what[1], kind_en=kind[1]),
        },
        instead={
            "da": "Fjern oplysningen eller personen: spørg generelt ('Hvilke regler gælder for "
            "borgere med …?'), eller anonymisér, så ingen kan genkende personen.",
            "en": "Remove the information or the person: ask in general terms ('Which rules apply "
            "to citizens with …?'), or anonymise so that nobody can recognise the person.",
        },
        examples=examples,
        counter_examples=counter,
    )


RULES: dict[str, Rule] = {
    "health": _rule(
        "SP001", "health-data", Severity.ERROR, ("Helbredsoplysning", "Health data"),
        ("helbred: diagnoser, sygdomme, medicin, handicap, graviditet, misbrug, sygemelding",
         "health: diagnoses, illnesses, medication, disability, pregnancy, substance abuse, "
         "sick leave"),
        _ART9,
        ("Borgeren har diabetes og tager insulin.", "Hun er sygemeldt med stress.",
         "Mette Hansen fik konstateret brystkræft i 2023."),
        ("Diabetes er en af de mest udbredte folkesygdomme.",
         "Mange borgere med depression får hjælp i psykiatrien."),
    ),
    "criminal": _rule(
        "SP002", "criminal-offence", Severity.ERROR, ("Oplysning om strafbare forhold",
                                                       "Criminal-offence data"),
        ("strafbare forhold: domme, sigtelser, fængsel, straffeattest",
         "criminal offences: convictions, charges, prison, criminal record"),
        ("en oplysning om strafbare forhold (GDPR art. 10, databeskyttelsesloven § 8)",
         "criminal-offence data (GDPR art. 10, Danish Data Protection Act s. 8)"),
        ("Ansøgeren er tidligere dømt for vold.", "Han sidder varetægtsfængslet."),
        ("Kriminaliteten i kommunen faldt sidste år.",),
    ),
    "social": _rule(
        "SP003", "social-conditions", Severity.WARNING, ("Oplysning om sociale forhold",
                                                          "Social-conditions data"),
        ("sociale forhold: kontanthjælp, førtidspension, anbringelse, skilsmisse, gæld, "
         "hjemløshed",
         "social conditions: social assistance, disability pension, placement of children, "
         "divorce, debt, homelessness"),
        ("en fortrolig oplysning om rent private forhold (tavshedspligt, offentlighedsloven "
         "§ 30)",
         "confidential information about purely private matters (duty of confidentiality)"),
        ("Borgeren modtager kontanthjælp.", "Hendes søn er anbragt uden for hjemmet."),
        ("Kontanthjælpen blev sat ned i 2024.",),
    ),
    "political": _rule(
        "SP004", "political-opinion", Severity.ERROR, ("Politisk overbevisning",
                                                        "Political opinion"),
        ("politisk overbevisning: partimedlemskab, stemmeafgivning, politisk aktivisme",
         "political opinions: party membership, voting, political activism"),
        _ART9,
        ("Han er medlem af Enhedslisten.", "Min kollega stemmer på Venstre."),
        ("Venstre og Socialdemokratiet indgik forlig.",),
    ),
    "religion": _rule(
        "SP005", "religious-belief", Severity.ERROR, ("Religiøs overbevisning",
                                                       "Religious belief"),
        ("religiøs eller filosofisk overbevisning: tro, trossamfund, religiøs praksis",
         "religious or philosophical beliefs: faith, congregation, religious practice"),
        _ART9,
        ("Ansøgeren er muslim.", "Hun er konverteret til katolicismen."),
        ("Religion fylder meget i debatten om integration.",),
    ),
    "union": _rule(
        "SP006", "trade-union-membership", Severity.ERROR, ("Fagforeningsmedlemskab",
                                                             "Trade-union membership"),
        ("fagforeningsmæssigt tilhørsforhold: medlemskab af fagforening, tillidshverv",
         "trade-union membership: union membership, union representative roles"),
        _ART9,
        ("Medarbejderen er medlem af 3F.", "Hun er tillidsrepræsentant."),
        ("Fagforeningerne har indgået en ny overenskomst.",),
    ),
    "ethnic": _rule(
        "SP007", "ethnic-origin", Severity.ERROR, ("Etnisk oprindelse", "Ethnic origin"),
        ("race og etnisk oprindelse: etnicitet, herkomst, flygtninge- og asylstatus",
         "racial or ethnic origin: ethnicity, descent, refugee and asylum status"),
        _ART9,
        ("Klienten er flygtning fra Syrien.", "Han er af anden etnisk oprindelse."),
        ("Danmark tog imod flere flygtninge i 2015.",),
    ),
    "sexual": _rule(
        "SP008", "sexual-orientation", Severity.ERROR, ("Seksuel orientering eller sexliv",
                                                         "Sexual orientation or sex life"),
        ("seksuel orientering og seksuelle forhold",
         "sexual orientation and sex life"),
        _ART9,
        ("Hun er lesbisk.", "Borgeren har været udsat for seksuelle overgreb."),
        ("Pride handler om rettigheder for LGBT+-personer.",),
    ),
    "genetic": _rule(
        "SP009", "genetic-or-biometric", Severity.ERROR, ("Genetisk eller biometrisk data",
                                                           "Genetic or biometric data"),
        ("genetiske og biometriske data: DNA-test, arvelige sygdomme, fingeraftryk",
         "genetic and biometric data: DNA tests, hereditary disease, fingerprints"),
        _ART9,
        ("Patienten har fået taget en gentest.", "Hans fingeraftryk blev registreret."),
        ("Ansigtsgenkendelse er omdiskuteret.",),
    ),
}

# --- the word lists -------------------------------------------------------------------------------

# Danish inflection endings of nouns and adjectives: depression-en, psykose-r(ne), kræft-en,
# gravid-e, blind-t. Deliberately not "any four letters": "eksem" must not match "eksempler".
_INFLECTION = ("e", "en", "ens", "ene", "enes", "er", "erne", "ernes", "es", "et", "ets", "n",
               "ne", "nes", "ns", "r", "rne", "rnes", "s", "t")
_TAIL_RE = {
    "exact": rx.compile_re(r"(?![\w])"),
    "infl": rx.compile_re(
        r"(?:" + "|".join(sorted(_INFLECTION, key=len, reverse=True)) + r")?(?![\w])",
        re.IGNORECASE,
    ),
    "stem": rx.compile_re(r"[\w\-]*"),
}
# Endings that make a noun plural (or an adjective plural/definite): "anbringelser",
# "depressionerne", "de anbragte". A plural is general more often than not.
_PLURAL_TAILS = frozenset(("r", "rne", "rnes", "er", "erne", "ernes", "e", "ene", "enes"))
# Characters that can stand right before a word. Every automaton key starts with one of them, so
# a match always starts a word and the automaton leaves its root only at these characters. A
# capitalised word starts a sentence or a line, so it needs fewer (each one costs start-up time).
_BOUNDARIES = (" ", "\n", "(", "\t", ";", "/", "|", "\"")
_CAPITAL_BOUNDARIES = (" ", "\n", "(", "\t", ";", "/", "|", "\"")
_MODES = (
    "terms", "weak", "case", "proper", "places", "roles", "objects", "cues", "origin", "dose"
)


class _Entry(Record):
    """What a word of the lists is: its category, how it inflects, what kind of word it is."""

    __slots__ = _fields = ("category", "kind", "mode", "proper")

    def __init__(
        self, category: str, kind: str = "infl", mode: str = "terms", proper: bool = False
    ) -> None:
        self.category = category
        self.kind = kind  # "exact", "infl" (a Danish ending may follow) or "stem" (anything may)
        # One of _MODES, "phrase", "compound" (a first part), "acronym" or "badge" (a union's
        # name in brackets after a person: "Lars Holm (BUPL)").
        self.mode = mode
        self.proper = proper  # may be written with a capital inside a sentence

    def __hash__(self) -> int:  # shared and never changed (see _SHARED): usable as a key
        return hash(self._values())


# The lexicon's 2,500 entries hold some 70 different values. An entry is never changed, so one
# object serves every word with the same value: a dictionary look-up instead of building each.
_SHARED: dict[tuple[str, str, str, bool], _Entry] = {}


def _entry(category: str, kind: str = "infl", mode: str = "terms", proper: bool = False) -> _Entry:
    entry = _SHARED.get((category, kind, mode, proper))
    if entry is None:
        entry = _SHARED[category, kind, mode, proper] = _Entry(category, kind, mode, proper)
    return entry


def _word_start_pattern(words: Iterable[str]) -> re.Pattern[str]:
    r"""Any of ``words`` at the start of a word: ``(?<![\w])(?:w1|w2|…)``, written so that the
    pattern opens with a character class (the regex engine then skips to candidates in C)."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[:1], []).append(word[1:])
    firsts = "".join(re.escape(c) for c in by_first)
    branches = "|".join(
        f"(?<={re.escape(c)})(?:" + "|".join(re.escape(r) for r in rests) + ")"
        for c, rests in by_first.items()
    )
    return rx.compile_re(f"[{firsts}](?<![\\w].)(?:{branches})")


def _parse_entry(raw: str) -> tuple[str, str]:
    raw = " ".join(raw.strip().lower().split())
    if raw.startswith("="):
        return raw[1:], "exact"
    if raw.endswith("*"):
        return raw[:-1], "stem"
    return raw, "infl"


def _as_written(raw: str) -> str:
    """An entry as its list writes it, without the "=" and "*" marks of ``_parse_entry``: the
    form the scan also looks for when it has capitals ("MabThera", "EPDS")."""
    return " ".join(raw.split()).lstrip("=").rstrip("*")


def _words(raw: Iterable[str]) -> frozenset[str]:
    return frozenset(_normalized(raw))


def _sorted_words(raw: Iterable[str]) -> tuple[str, ...]:
    """The words in a fixed order: a pattern made of them is then the same string in every run,
    so the compiled pattern comes from the wheel's table (promptlint._rx), not from compiling
    it again (a set's order changes from run to run with Python's string hashing)."""
    return tuple(sorted(_words(raw)))


def _normalized(raw: Iterable[str]) -> list[str]:
    """``" ".join(w.lower().split())`` of each word: in lower case, one space between words. The
    shipped lists are written so already, which one test on them all tells (in C)."""
    low = list(map(str.lower, raw))
    joined = "\x00".join(low)
    if (
        joined.count("\x00") == len(low) - 1
        and " \x00" not in joined
        and "\x00 " not in joined
        and " ".join(joined.split()) == joined
    ):
        return low
    return [" ".join(w.split()) for w in low]


# Words before an English "man" (a male person), which Danish "man" (anyone) never follows.
_ENGLISH_BEFORE_MAN = frozenset(
    ("a", "an", "the", "old", "young", "elderly", "this", "that", "same", "other", "married")
)


class _WordSet:
    """Single words and word pairs ("borgeren", "den pågældende") looked up in a list of words."""

    def __init__(self, words: Iterable[str]) -> None:
        words = _words(words)
        self.single = frozenset(w for w in words if " " not in w)
        self.pairs = frozenset(w for w in words if w.count(" ") == 1)
        self.pair_starts = frozenset(w.split()[0] for w in self.pairs)

    def found_in(self, words: list[str], present: set[str] | frozenset[str]) -> bool:
        if not self.single.isdisjoint(present):
            if "man" not in present or len(self.single & present) > 1:
                return True
            # Danish "man" (one, anyone) or English "man": "a 45-year-old man who came …".
            if any(
                w == "man" and (i == 0 or words[i - 1] not in _ENGLISH_BEFORE_MAN)
                for i, w in enumerate(words)
            ):
                return True
        if self.pair_starts.isdisjoint(present):
            return False
        # The word pairs, made and looked up in C; isdisjoint stops at the first one found.
        return not self.pairs.isdisjoint(map(" ".join, zip(words, words[1:], strict=False)))


class _Context:
    """The words of context.toml, as sets (looked up word by word, no regex to compile)."""

    roles: _WordSet
    soft_roles: _WordSet
    possessives: frozenset[str]
    relatives: frozenset[str]  # with their inflected forms: "mor", "moren", "kollegaens"
    reader_possessives: frozenset[str]
    family: frozenset[str]
    pronouns: frozenset[str]
    plural_subjects: frozenset[str]
    first_person: frozenset[str]
    second_person: frozenset[str]
    salutations: tuple[str, ...]
    note_openers: tuple[str, ...]
    labels: tuple[str, ...]
    generic: _WordSet
    indefinite: _WordSet
    generic_prefixes: tuple[str, ...]
    openers: frozenset[str]
    subjects: tuple[str, ...]
    topic_markers: frozenset[str]
    topic_nouns: tuple[str, ...]
    next_words: frozenset[str]
    hyphen_places: tuple[str, ...]
    # Per entry: the words after which it means something else ("påvirket af vejret").
    next_words_of: dict[str, frozenset[str]]
    # Per entry or word form: the words before it that make it something else ("har påvirket
    # vælgerne", "under indlæggelsen"); previous_word_keys has all those words, a quick first test.
    previous_words_of: dict[str, frozenset[str]]
    previous_word_keys: frozenset[str]
    work_words: frozenset[str]
    animals: frozenset[str]
    animal_compound: re.Pattern[str]
    not_after: frozenset[str]
    none_before: frozenset[str]
    fillers: frozenset[str]
    compound_parts: tuple[str, ...]
    qualifiers: frozenset[str]
    origin_adjectives: frozenset[str]
    stop_words: frozenset[str]
    bad_starts: frozenset[str]
    object_possessives: frozenset[str]
    copulas: frozenset[str]

    def __init__(self, **words: object) -> None:
        fields = type(self).__annotations__
        if words.keys() != fields.keys():
            raise TypeError(f"_Context needs exactly these fields: {', '.join(fields)}")
        self.__dict__.update(words)

    @classmethod
    def from_toml(cls, data: dict) -> _Context:
        person, generic, objects = data["person"], data["generic"], data["objects"]
        context = cls(
            roles=_WordSet(w for r in person["roles"] for w in (r, r + "s")),
            soft_roles=_WordSet(w for r in person["soft_roles"] for w in (r, r + "s")),
            possessives=_words(person["possessives"]),
            relatives=frozenset(
                w
                for r in _words(person["relatives"])
                for w in (r, r + "en", r + "et", r + "s", r + "ens", r + "ets")
            ),
            reader_possessives=_words(person["reader_possessives"]),
            family=frozenset(
                w for r in _words(person["family"]) for w in (r, r + "en", r + "s", r + "ens")
            ),
            pronouns=_words(person["pronouns"]),
            plural_subjects=_words(person["plural_subjects"]),
            first_person=_words(person["first_person"]),
            second_person=_words(person["second_person"]),
            salutations=_sorted_words(person["salutations"]),
            note_openers=_sorted_words(data["notes"]["openers"]),
            labels=_sorted_words(person["labels"]),
            generic=_WordSet([*generic["words"], *generic["pairs"]]),
            indefinite=_WordSet(generic["indefinite"]),
            generic_prefixes=_sorted_words(generic["prefixes"]),
            openers=_words(data["conditions"]["openers"]),
            subjects=_sorted_words(data["conditions"]["subjects"]),
            topic_markers=_words(data["topics"]["markers"]),
            topic_nouns=_sorted_words(data["topics"]["topic_nouns"]),
            next_words=_words(data["topics"]["next_words"]),
            hyphen_places=_sorted_words(data["topics"]["hyphen_places"]),
            next_words_of={
                key: _words(words) for key, words in data["topics"]["next_words_of"].items()
            },
            previous_words_of={
                key: _words(words) for key, words in data["topics"]["previous_words_of"].items()
            },
            previous_word_keys=_words(
                [w for words in data["topics"]["previous_words_of"].values() for w in words]
            ),
            work_words=_words(data["topics"]["work_words"]),
            animals=_words(data["topics"]["animals"]),
            animal_compound=rx.compile_re(
                "(?:" + "|".join(map(re.escape, data["topics"]["animal_endings"])) + r")(?![\w])"
            ),
            not_after=_words(data["topics"]["not_after"]),
            none_before=_words(data["topics"]["none_before"]),
            fillers=_words(data["topics"]["fillers"]),
            compound_parts=_sorted_words(data["topics"]["compound_parts"]),
            qualifiers=_words(data["qualifiers"]["words"]),
            origin_adjectives=_words(data["qualifiers"]["origin_adjectives"]),
            stop_words=_words(objects["stop_words"]),
            bad_starts=_words(objects["bad_starts"]),
            object_possessives=_words(objects["possessives"]),
            copulas=_words(data["copulas"]["words"]),
        )
        # Compiled on first use; the wheel build compiles them all the same (pre-built table).
        rx.declare(_salutation_source(context.salutations))
        rx.declare(_label_source(context.labels))
        return context

    def strong(self, words: list[str], present: set[str]) -> bool:
        """A definite person noun ("borgeren") or a possessive + relative ("hans mor", "min
        gode kollega")."""
        if self.roles.found_in(words, present):
            return True
        if self.relatives.isdisjoint(present) or (
            self.possessives.isdisjoint(present) and self.reader_possessives.isdisjoint(present)
        ):
            return False
        possessives, relatives = self.possessives, self.relatives
        readers, family = self.reader_possessives, self.family
        for i, word in enumerate(words):
            if word in possessives:
                kin = relatives
            elif word in readers:
                kin = family
            else:
                continue
            if (i + 1 < len(words) and words[i + 1] in kin) or (
                i + 2 < len(words) and words[i + 2] in kin
            ):
                return True
        return False

    def generic_in(self, words: list[str], present: set[str], low: str) -> bool:
        return self.generic.found_in(words, present) or bool(self.generic_prefix.search(low))

    @cached_property
    def generic_prefix(self) -> re.Pattern[str]:
        return _word_start_pattern(self.generic_prefixes)

    @cached_property
    def marker_ends(self) -> frozenset[str]:
        """The last words of the topic markers, and "om"/"about": a cheap first test."""
        return frozenset({m.split()[-1] for m in self.topic_markers} | _TOPIC_PREPOSITIONS)

    @cached_property
    def compound_topic(self) -> re.Pattern[str]:
        return rx.compile_re("|".join(re.escape(p) for p in self.compound_parts))

    @cached_property
    def salutation_pattern(self) -> re.Pattern[str]:
        """"Kære Jørgen", "Hej Mette,", "Dear Ann" at the start of a line."""
        return rx.compile_re(_salutation_source(self.salutations))

    @cached_property
    def label_pattern(self) -> re.Pattern[str]:
        """Labels such as "Borger:", "Patient:", "Navn:" at the start of a line."""
        return rx.compile_re(_label_source(self.labels))


def _salutation_source(salutations: Iterable[str]) -> str:
    words = "|".join(re.escape(w) for w in salutations)
    return r"(?m)^[ \t\"'»]*(?i:" + words + r")[ \t]+[A-ZÆØÅ][\w\-]+[ \t]*(?:[,!]|$|[A-ZÆØÅ])"


def _label_source(labels: Iterable[str]) -> str:
    return r"(?im)^[ \t\-*•]*(?:" + "|".join(re.escape(w) for w in labels) + r")\.?[ \t]*:"


class Lexicon:
    """The word lists, ready to scan."""

    def __init__(
        self,
        entries: dict[str, _Entry],
        phrases: dict[str, dict[str, str]],
        context: _Context,
        written: dict[str, str] | None = None,
        suffixes: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.entries = entries  # lower-case key (acronyms: as written) -> entry
        self.phrases = phrases  # first part ("medlem af") -> {second part: category}
        self.context = context
        self.written = {} if written is None else written  # key -> "NovoRapid", "Jehovas Vidne"
        self.suffixes = {} if suffixes is None else suffixes  # compounds' second parts
        self._automaton: object = None
        self._variants: dict[str, tuple] = {}
        self._suffix_patterns: dict[str, re.Pattern[str]] = {}
        self._forms: dict[str, tuple] = {}
        self._values: dict[str, tuple] = {}  # key -> its forms' value
        self._short: tuple | None = None  # the tables of _hits_by_lookup
        self._order: dict[str, int] | None = None  # key -> its place in ``entries``
        self._bounded: frozenset[str] | None = None  # see _bounded_keys

    def hits(self, t: str, raw: bytes | None = None) -> list[tuple[int, int, str, _Entry]]:
        """(start, end, key, entry) of every entry found in ``t``, longest first at each start,
        none inside another. ``t`` must start with a space (so index -1 never occurs). ``raw``,
        if given, is ``t`` in Latin-1 bytes, any other character a "?" (the views of the
        identifier detectors hold the text's; see detectors._labels)."""
        spaced = False
        if self._automaton is None and len(t) <= _SHORT_TEXT and not _FORCE_FULL:
            # A prompt: a few hundred look-ups cost less than building the automaton (some
            # 15,000 forms, about 20 ms), which a long text then pays for once.
            found = self._hits_by_lookup(t)
        elif self._automaton is None:
            self._automaton = _build_automaton(self._space_keys())
        if self._automaton is None:
            pass
        elif self._automaton is False:
            found = self._hits_without_automaton(t)
        else:
            # The automaton holds each form once, behind a space, and reads bytes: it scans a
            # Latin-1 copy of the text (one byte per character, any other character a "?",
            # which no form holds) with every boundary character made a space.
            spaced = True
            automaton, values, unlatin = self._automaton
            matches = automaton.find_matches_as_indexes(
                (t.encode("latin-1", "replace") if raw is None else raw).translate(_SPACED_BYTES),
                overlapping=True,
            )
            found = [(end - 1, values[form]) for form, _, end in matches]
            if unlatin is not None and not unlatin.isdisjoint([m[0] for m in matches]):
                # A form with a character outside Latin-1 (a capital Greek "Μg") is in the
                # automaton as its "?" spelling: kept where the text really has it.
                found = [
                    (last, value) if value.__class__ is not _Unlatin
                    else (last, value.value)
                    for last, value in found
                    if value.__class__ is not _Unlatin
                    or t[last + 1 - len(value.form) : last + 1] == value.form
                ]
        best: dict[int, tuple[int, bool, int, str]] = {}
        best_get = best.get
        bounded = self._bounded_keys() if spaced else frozenset()
        for last, (key, length, tail_match, compound, proper) in found:
            # A form with a space or a bracket inside ("medlem af", "tolk (polsk)") matched the
            # copy's spaces; in the text the same characters must stand there ("medlem\naf" is no
            # match).
            if spaced and key in bounded and not _same_boundaries(t, last + 1 - length, key):
                continue
            tail = tail_match(t, last + 1)
            if tail is None:
                continue
            end = tail.end()
            if compound and not self._compound(key, t[last + 1 : end]):
                continue
            start = last + 1 - length
            previous = best_get(start)
            # The longest match; of two that end together, a name before a word ("crohn*" is
            # written "Crohns"), then the longer entry ("hjerneskade*" before "hjerne*"). The
            # whole tuple is compared: at one start one length is one written form, so one key.
            candidate = (end, proper, length, key)
            if previous is None or candidate > previous:
                best[start] = candidate
        entries = self.entries
        result = []
        covered = -1
        for start in sorted(best):
            if start >= covered:  # not inside a longer entry found before ("medlem af 3f")
                end, _, _, key = best[start]
                covered = end
                result.append((start, end, key, entries[key]))
        return result

    def _bounded_keys(self) -> frozenset[str]:
        """The keys with a boundary character inside ("medlem af", "tolk (polsk)")."""
        if self._bounded is None:
            self._bounded = frozenset(k for k in self.entries if not _BOUNDARY_SET.isdisjoint(k))
        return self._bounded

    def _compound(self, key: str, rest: str) -> bool:
        """"hofte" + "brud": the rest of the word must be a listed second part, inflected."""
        pattern = self._suffix_patterns.get(key)
        if pattern is None:
            suffixes = self.suffixes.get(self.entries[key].category, ())
            # Longest first, then in a fixed order: the same pattern in every run (_sorted_words).
            ordered = sorted(sorted(suffixes), key=len, reverse=True)
            pattern = rx.compile_re(
                "(?i:" + "|".join(re.escape(x) for x in ordered)
                + ")(?:" + "|".join(_INFLECTION) + ")?"
            )
            self._suffix_patterns[key] = pattern
        return pattern.fullmatch(rest) is not None

    def _space_keys(self) -> dict[str, tuple]:
        """The automaton's keys: every form behind a space. It scans a copy of the text in which
        every boundary character is a space (hits): a third of the keys of one per boundary, so
        it is built three times faster."""
        return {" " + form.translate(_FORM_SPACES): value for form, value in self._key_forms().items()}

    def _key_variants(self) -> dict[str, tuple]:
        """Every form the scan looks for: lower case and capitalised (acronyms as written),
        each behind every boundary character (the forms of ``_key_forms``)."""
        if not self._variants:
            self._variants = {
                boundary + form: value
                for form, value in self._key_forms().items()
                for boundary in _BOUNDARIES
            }
        return self._variants

    def _key_forms(self) -> dict[str, tuple]:
        """Every form of every entry, without a boundary character: lower case and capitalised
        (acronyms as written). The same behind every boundary: ``_CAPITAL_BOUNDARIES`` is
        ``_BOUNDARIES``."""
        if not self._forms:
            forms: dict[str, tuple] = {}
            n = len
            for key, entry in self.entries.items():
                value = (key, n(key), _TAIL_RE[entry.kind].match, entry.mode == "compound",
                         entry.proper)
                forms[key] = value
                if entry.mode in ("acronym", "badge"):
                    continue
                for form in {key[:1].upper() + key[1:], self.written.get(key, key)} - {key}:
                    if n(form) == n(key):
                        forms[form] = value
            self._forms = forms
        return self._forms

    def _hits_by_lookup(self, t: str) -> Iterator[tuple[int, tuple]]:
        """What the automaton finds (the end of each form and its value), by dictionary
        look-ups after each boundary character: quicker than building it for a short text.

        It looks each slice up in ``entries`` itself, not in ``_key_forms`` (5,000 forms, some
        2-3 ms to make, more than a prompt's whole scan): a slice that starts with a letter no
        form but the key can start with (a lower-case one, mostly) is a form only as a key; any
        other goes to ``_form``, which answers exactly as ``_key_forms().get`` would. A form
        without a space ends before the next space in the text; one with a space ("medlem af")
        has its first word there, so only a word that starts such a form looks past it."""
        if _BOUNDARIES != _CAPITAL_BOUNDARIES:  # pragma: no cover - see _key_forms
            yield from self._hits_without_automaton(t)
            return
        tables = self._short_tables()
        if tables is None:  # pragma: no cover - an empty key: every slice is a form
            get = self._key_forms().get
            lengths = sorted({len(f) for f in self._forms})
            size = len(t)
            for match in _BOUNDARY_RE.finditer(t):
                i = match.start() + 1
                for n in lengths:
                    if i + n > size:
                        break  # a shorter slice at the end would match a shorter form
                    value = get(t[i : i + n])
                    if value is not None:
                        yield i + n - 1, value
            return
        firsts, other_forms, shortest, longest, spaced_firsts, spaced_lengths = tables
        entries = self.entries
        value_of, form = self._value, self._form
        size = len(t)
        find = t.find
        for match in _BOUNDARY_RE.finditer(t):
            i = match.start() + 1
            if t[i : i + 1] not in firsts:
                continue  # no form starts with this character (a digit, a quote, a space)
            space = find(" ", i)
            word_end = size if space == -1 else space
            lengths: Iterable[int] = range(shortest, min(word_end - i, longest) + 1)
            if space != -1 and t[i:space] in spaced_firsts:
                lengths = [*lengths, *(n for n in spaced_lengths if n > space - i)]
            other = other_forms.get(t[i])
            if other is None:  # a lower-case letter, mostly: a form here is a key
                for n in lengths:
                    if i + n > size:
                        break  # a shorter slice at the end would match a shorter form
                    key = t[i : i + n]
                    if key in entries:
                        yield i + n - 1, value_of(key)
                continue
            # A capital letter, mostly: the key as written (an acronym), a capitalised key or a
            # written form. Only a slice that is one of them goes on to _form, which decides.
            lowers, written = other
            for n in lengths:
                if i + n > size:
                    break
                key = t[i : i + n]
                if key not in entries and key not in written:
                    rest = t[i + 1 : i + n]
                    for first in lowers:
                        if first + rest in entries:
                            break
                    else:
                        continue
                value = form(key, other)
                if value is not None:
                    yield i + n - 1, value

    def _value(self, key: str) -> tuple:
        """What the scan keeps of a key's entry: (key, length, tail matcher, compound, proper)."""
        value = self._values.get(key)
        if value is None:
            entry = self.entries[key]
            value = self._values[key] = (key, len(key), _TAIL_RE[entry.kind].match,
                                         entry.mode == "compound", entry.proper)
        return value

    def _short_tables(self) -> tuple | None:
        """For _hits_by_lookup, made with loops in C: the characters a form starts with; for each
        that a capitalised or a written form starts with, the lower-case first letters of the keys
        it capitalises ("K" <- "k"; "Μ" <- "µ") and the written forms that are more than the key
        capitalised ("NovoRapid"); the lengths of the shortest and the longest form; the first
        words of the forms with a space ("medlem", "Medlem") and the lengths of those forms. (A
        first word or a length too many costs a look-up, never a wrong hit.) None when a key is
        empty."""
        if self._short is None:
            entries = self.entries
            if "" in entries:
                return None
            firsts = set(map(itemgetter(0), entries))
            lowers: dict[str, list[str]] = {}
            for first in list(firsts):
                upper = first.upper()
                # As in _key_forms: a capitalised form that is the key or another length is none.
                if upper != first and len(upper) == 1:
                    lowers.setdefault(upper, []).append(first)
                    firsts.add(upper)
            spaced = [key for key in entries if " " in key]
            spaced_firsts = set(map(itemgetter(0), map(str.partition, spaced, repeat(" "))))
            spaced_firsts |= {w[:1].upper() + w[1:] for w in spaced_firsts}
            spaced_lengths = set(map(len, spaced))
            written: dict[str, dict[str, list[str]]] = {}
            for key, form in self.written.items():
                # Most are the key capitalised ("Furix"), which the letters above find already.
                if form != key[:1].upper() + key[1:] and form != key and len(form) == len(key):
                    written.setdefault(form[0], {}).setdefault(form, []).append(key)
                    firsts.add(form[0])
                    if " " in form:
                        spaced_firsts.add(form.partition(" ")[0])
                        spaced_lengths.add(len(form))
            other_forms = {
                c: (tuple(lowers.get(c, ())), written.get(c, {})) for c in {*lowers, *written}
            }
            lengths = set(map(len, entries))
            self._short = (firsts, other_forms, min(lengths), max(lengths), spaced_firsts,
                           tuple(sorted(spaced_lengths)))
        return self._short

    def _form(self, s: str, other: tuple | None = None) -> tuple | None:
        """``self._key_forms().get(s)`` without making the 5,000 forms: the keys that have ``s``
        as a form are ``s`` itself, ``s`` with its capital first letter made lower case, and
        those written so; of two the later entry wins, as in _key_forms' dictionary. ``other``:
        the _short_tables row of ``s[0]``, when the caller has it."""
        if other is None:
            tables = self._short_tables()
            if tables is None:  # pragma: no cover - an empty key
                return self._key_forms().get(s)
            other = tables[1].get(s[:1])
        entries = self.entries
        keys = [s] if s in entries else []
        if other is not None:
            lowers, written = other
            rest = s[1:]
            for first in lowers:
                key = first + rest
                entry = entries.get(key)
                if entry is not None and entry.mode not in ("acronym", "badge"):
                    keys.append(key)
            for key in written.get(s, ()):
                entry = entries.get(key)
                if entry is not None and entry.mode not in ("acronym", "badge"):
                    keys.append(key)
        if not keys:
            return None
        if len(keys) > 1:
            if self._order is None:
                self._order = {key: i for i, key in enumerate(entries)}
            keys.sort(key=self._order.__getitem__)
        return self._value(keys[-1])

    def _hits_without_automaton(self, t: str) -> Iterator[tuple[int, tuple]]:
        """The automaton's answer by dictionary look-ups at each boundary character: slow, but
        only for a platform without the ahocorasick-rs wheel."""
        variants = self._key_variants()
        lengths = sorted({len(v) for v in variants})
        for match in _BOUNDARY_RE.finditer(t):
            i = match.start()
            for n in lengths:
                value = variants.get(t[i : i + n])
                if value is not None:
                    yield i + n - 1, value


_BOUNDARY_RE = rx.compile_re("[" + re.escape("".join(_BOUNDARIES)) + "]")
# Up to this many characters, hits() looks the words up instead of building the automaton.
_SHORT_TEXT = 4096
_FORCE_FULL = False  # tests: always build the automaton


# The automaton's copy of a text: every boundary character a space (same length, same offsets).
_SPACED_BYTES = bytes.maketrans(
    "".join(b for b in _BOUNDARIES if b != " ").encode(), b" " * (len(_BOUNDARIES) - 1)
)


def _same_boundaries(t: str, a: int, key: str) -> bool:
    """The boundary characters of ``key`` ("medlem af", "tolk (polsk)") stand in ``t`` at ``a``
    as they stand in the key: the automaton's copy of the text made every one of them a space."""
    for i, ch in enumerate(key):
        if ch in _BOUNDARY_SET and t[a + i] != ch:
            return False
    return True


_BOUNDARY_SET = frozenset(_BOUNDARIES)
# A form's boundary characters as the automaton's copy of a text has them: spaces.
_FORM_SPACES = str.maketrans({b: " " for b in _BOUNDARIES if b != " "})


class _Unlatin:
    """The value of a form outside Latin-1, found by its "?" spelling and checked in the text."""

    __slots__ = ("form", "value")

    def __init__(self, form: str, value: tuple) -> None:
        self.form, self.value = form, value


def _build_automaton(variants: dict[str, tuple]):
    """The automaton of the forms as Latin-1 bytes (scanning bytes is 2-3 times faster than
    scanning a ``str``, which the library must convert first), the value of each by its number,
    and the numbers of the forms outside Latin-1 (a capital Greek "Μg": in the automaton as its
    "?" spelling, its value an ``_Unlatin`` to check in the text), or None. About 3 ms for the shipped
    lists' 5,000 forms."""
    try:
        import ahocorasick_rs
    except ImportError:  # pragma: no cover - a platform without the wheel still works
        return False
    latin: dict[bytes, tuple | _Unlatin] = {}
    others = []
    for form, value in variants.items():
        if "?" not in form and max(form) <= "\xff":
            latin[form.encode("latin-1")] = value
        else:
            others.append(form)  # "?" in the copy also stands for every other character
    for form in others:  # after the Latin-1 forms, which they must not replace
        latin.setdefault(form.encode("latin-1", "replace"), _Unlatin(form, variants[form]))
    automaton = ahocorasick_rs.BytesAhoCorasick(
        list(latin), implementation=ahocorasick_rs.Implementation.ContiguousNFA
    )
    values = list(latin.values())
    # The numbers of the forms to check in the text (few: "Μg"), or None when there are none.
    unlatin = frozenset(i for i, v in enumerate(values) if v.__class__ is _Unlatin) or None
    return automaton, values, unlatin


def load_lexicon(directory: Path) -> Lexicon:
    """The word lists, read. It runs once per process, before a prompt's first word is looked up,
    so it works on whole lists at a time (the loops run in C) where that gives the same result as
    going entry by entry: the same entries, in the same order (which _key_forms depends on)."""
    from promptlint.resources import read_toml

    data = read_toml(directory / "special_category" / "terms.toml")
    context = _Context.from_toml(read_toml(directory / "special_category" / "context.toml"))
    entries: dict[str, _Entry] = {}
    phrases: dict[str, dict[str, str]] = {}
    written: dict[str, str] = {}
    suffixes: dict[str, tuple[str, ...]] = {}
    proper: set[str] = set()
    for category, table in data.items():
        for name in table.get("files", []):
            text = (directory / name).read_text(encoding="utf-8")
            words = [w for w in map(str.lower, map(str.strip, text.splitlines()))
                     if w and not w.startswith("#")]
            _add_new(entries, words, _entry(category))
        for name in table.get("proper_files", []):
            # Medicines: written with a capital inside a sentence ("Hun tager Furix"). A word
            # listed before keeps its kind ("=" exact, "*" stem).
            text = (directory / name).read_text(encoding="utf-8")
            raws = [r for r in map(str.strip, text.splitlines()) if r and not r.startswith("#")]
            words = list(map(str.lower, raws))
            known = {word: entries[word].kind for word in entries.keys() & words}
            entries.update(dict.fromkeys(words, _entry(category, "infl", "terms", True)))
            for word, kind in known.items():
                entries[word] = _entry(category, kind, "terms", True)
            proper.update(words)
            written.update({word: raw for word, raw in zip(words, raws, strict=True)
                            if raw != word})
        compounds = table.get("compounds")
        if compounds:
            suffixes[category] = tuple(_words(compounds["suffixes"]))
            _add_new(entries, [part.lower() for part in compounds["parts"]],
                     _entry(category, "stem", "compound"))
        for mode in _MODES:
            raws = table.get(mode)
            if not raws:
                continue
            if mode == "proper":
                for raw in raws:
                    word, kind = _parse_entry(raw)
                    proper.add(word)
                    entries[word] = _entry(category, kind, "terms", True)
                    as_written = _as_written(raw)
                    if as_written != word:
                        written[word] = as_written
                continue
            # _parse_entry, inlined: some 1,100 entries.
            exact, stem, infl = (_entry(category, kind, mode) for kind in ("exact", "stem", "infl"))
            parsed: dict[str, _Entry] = {}
            for word in _normalized(raws):
                if word[:1] == "=":
                    parsed[word[1:]] = exact
                elif word[-1:] == "*":
                    parsed[word[:-1]] = stem
                else:
                    parsed[word] = infl
            if not proper.isdisjoint(parsed):
                parsed = {word: entry for word, entry in parsed.items() if word not in proper}
            entries.update(parsed)
        for table_ in table.get("phrases", []):
            after = dict.fromkeys([" ".join(a.lower().split()) for a in table_["after"]], category)
            for before in table_["before"]:
                first, _ = _parse_entry(before)
                # A first part written with capitals ("EPDS") is looked for as written, and is
                # no organisation's name inside a sentence.
                as_written = _as_written(before)
                capitals = as_written != first
                entries.setdefault(first, _entry(category, "exact", "phrase", capitals))
                if capitals:
                    written[first] = as_written
                phrases.setdefault(first, {}).update(after)
        for acronym in table.get("acronyms", []):
            entries[acronym] = _entry(category, "exact", "acronym", True)
        for badge in table.get("badges", []):
            entries[badge] = _entry(category, "exact", "badge", True)
    return Lexicon(entries, phrases, context, written, suffixes)


def _add_new(entries: dict[str, _Entry], words: list[str], entry: _Entry) -> None:
    """``entries.setdefault(word, entry)`` for each word, in order, with the loop in C."""
    new = dict.fromkeys(words, entry)
    for word in new.keys() & entries.keys():
        del new[word]
    entries.update(new)


# --- names, from the name detector's shipped lists (optional) -------------------------------------

# These patterns consume their first character before they look behind it ("(?<![\w].)" is
# "no word character before the one just read"): a pattern that opens with a character class lets
# the regex engine skip to the candidates in C instead of trying the look-behind everywhere.
_CAPITAL_WORD = rx.compile_re(r"[A-ZÆØÅ](?<![\w].)[a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?(?![\w])")
# "hr", "fru", "frk", "mr", "mrs", "ms", "dr", capitalised or not, before a capitalised name;
# not "HR", "DR", "MS" in capitals (an acronym ending a sentence: "… nærmeste leder og HR. …").
_HONORIFIC = rx.compile_re(
    r"[hHfFmMdD](?<![\w].)(?:(?<=[hHdD])r|(?<=[fF])r[uk]|(?<=[mM])(?:rs?|s))\.? [A-ZÆØÅ]"
)
_CPR = rx.compile_re(r"(?<![\w\-])\d{6}[ \-–]?\d{4}(?![\w\-])")
_SIX_DIGITS = rx.compile_re(r"\d{6}")
_AGE = rx.compile_re(r"(?<![\w])den \d{1,3}-årige|[^\W\d_]+ \((?:\d{1,3}|\d{1,3} år)\)")
# A lower-case letter and a space before a word: the word is inside a sentence, so its capital
# makes it a name ("siger, at Wulff var …").
_AFTER_LOWER_WORD = rx.compile_re(r"[a-zæøå] ")
_NAME_VERB = rx.compile_re(
    r" (?:er|har|var|blev|bliver|fik|får|tager|modtager|skal|kan|vil|bor|lider|fortæller|"
    r"fortalte|mødte|mangler|ønsker|is|has|was)(?![\w])|,? fra [A-ZÆØÅ]"
)


def _read_tiers(path: Path, max_tier: int) -> set[str]:
    """The names of tiers up to ``max_tier``: the file's lines before its first "@tier" marker
    above that, without comments and markers. The tiers are in order, so only that head of the
    file is read, and the lines are split and stripped in C (a line at a time took 2 ms)."""
    marker = b"\n@tier %d" % (max_tier + 1)
    raw = b""
    try:
        with open(path, "rb") as fh:
            while (cut := raw.find(marker)) < 0:
                chunk = fh.read(1 << 16)
                if not chunk:
                    break
                raw += chunk
    except OSError:
        return set()
    head = (raw if cut < 0 else raw[:cut]).decode("utf-8")
    names = set(map(str.strip, head.splitlines()))
    return {name for name in names if name[:1] not in "#@"}


class _Names:
    """The name detector's common first names and surnames (tiers 1-2) and its ordinary words,
    each read when first asked for: most prompts never ask (a name matters only next to a
    listed word written with a capital, or when no person noun says who a word is about)."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory / "names"

    @classmethod
    def load(cls, directory: Path) -> _Names:
        return cls(directory)

    @cached_property
    def first(self) -> set[str]:
        return _read_tiers(self._directory / "first_names.txt", 2)

    @cached_property
    def surnames(self) -> set[str]:
        return _read_tiers(self._directory / "surnames.txt", 2)

    @cached_property
    def words(self) -> set[str]:
        common = self._directory / "common_words.txt"
        if not common.is_file():
            return set()
        lines = set(map(str.strip, common.read_text(encoding="utf-8").lower().splitlines()))
        return {w for w in lines if w[:1] not in "#"}

    def is_name(self, word: str) -> bool:
        return word in self.first or word in self.surnames

    def mentioned(self, text: str) -> bool:
        """A common first name that is not also an ordinary word, Firstname + known surname,
        an honorific ("fru Olsen") or a CPR number."""
        first, surnames, words = self.first, self.surnames, self.words
        previous_end = -2  # where a first name ended, if the word before was one
        for match in _CAPITAL_WORD.finditer(text):
            token = match.group()
            is_first = token in first
            if is_first and _SAINT_BEFORE.search(text, max(0, match.start() - 7), match.start()):
                is_first = False  # "Sankt Hans Sogn", "Skt. Peders Kirke": a saint, no person
            if is_first and token.lower() not in words:
                return True
            if (
                (is_first or token in surnames)
                and (
                    not text[: match.start()].strip(" \t\n-•*\"'(")
                    or _AFTER_LOWER_WORD.match(text, max(0, match.start() - 2), match.start())
                )
                and _NAME_VERB.match(text, match.end()) is not None
                and (is_first or token.lower() not in words)
            ):
                # The subject of a sentence or a clause: "Per har været i behandling" (a name
                # that is also a word), "Bruun er medlem af …", "…, at Wulff var sygemeldt"
                # (a surname alone).
                return True
            if match.start() == previous_end + 1 and (token in surnames or token.endswith("sen")):
                # Firstname Surname, next to each other: not "Per 1. juli … Afvigelsen".
                return True
            previous_end = match.end() if is_first else -2
        if _HONORIFIC.search(text) is not None:
            return True
        if _SIX_DIGITS.search(text) is None:
            return False
        # A CPR-shaped number that the CPR detector does not report names no one: after a label
        # for another number ("seneste kørsel 211025-0930", "ordrenr. 300590-4412") or a time
        # stamp in a log's column ("081024-1120  Overdosis (naloxon givet)").
        from promptlint.detectors.cpr import reported_at

        return any(reported_at(text, m.start()) for m in _CPR.finditer(text))


# --- sentences and what they say about persons -----------------------------------------------------

_SENTENCE_REACH = 250
_FOLLOW_UP_REACH = 2000
# A case document's header (see _Doc.case_header) speaks for the words this far into the text.
_CASE_REACH = 6000
# A CPR number after its label: the header of a case about one person.
_CPR_IN_HEADER = rx.compile_re(r"(?i)\bcpr[^\n\d]{0,12}\d{6}(?: ?[-–] ?| )?\d{4}(?!\d)")
_PARAGRAPH_REACH = 300
_HEADER_REACH = 1500
_STRONG_REACH = 150
_PRONOUN_REACH = 90
_WEAK_REACH = 40
_FIRST_PERSON_REACH = 60
_FIRST_PERSON_WEAK_REACH = 20
_FIELD_LINE = 60
_LIST_ITEM = 100
_WORD = rx.compile_re(r"[^\W\d_]+")
_OBJECT_WORD = rx.compile_re(r"[^\W\d_][\w\-]*")
_PHRASE_WORD = rx.compile_re(r"\w[\w\-+]*")
# A full stop followed by a lower-case letter, a digit or a comma is an abbreviation or a number
# ("pga. rygsmerter", "14. uge", "12.000"), not the end of a sentence.
_ABBREVIATION = rx.compile_re(r"\. ?[a-zæøå0-9,;)]")
# A chat's next request in lower case starts a new sentence on its own line, though the line
# before ends without a full stop ("… han har demens så jeg hjælper ham\nkan du forklare det"): a
# PDF's wrapped line does not start with a question or an imperative to the reader.
_NEW_REQUEST_RX = (
    r"(?:(?:kan|kunne|vil|ville) (?:du|i|man)|skriv|lav|forklar|oversæt|opsummer|omskriv|hjælp"
    r" mig|tak|mvh)\b"
)
# A sentence also ends at ": " ("Skriv en præsentation til nyhedsbrevet: Hasse er …").
# Written to open with a character class (the engine skips to candidates in C): "!", "?", a line
# break, ": ", or a full stop not after "p.o" and not before an abbreviation's continuation.
_SENTENCE_END = rx.compile_re(
    r"[!?\n.:](?:(?<=:) |(?<=\.)(?<!\b\w\.\w\.)(?! ?[a-zæøå0-9,;)])|(?<=[!?])"
    r"|(?<=\n)(?:(?<![a-zæøå,\-]\n)|(?![a-zæøå])|(?=" + _NEW_REQUEST_RX + ")))"
)
# A line break inside a sentence, as text copied from a PDF has it ("seks underretninger\nvedrørende
# Noah", "fast-\nholde"): a small letter, a comma or a hyphen before it and a small letter after.
_SOFT_BREAK = rx.compile_re(r"[a-zæøå,\-]\n(?=[a-zæøå])(?!" + _NEW_REQUEST_RX + ")")
# A hurried chat starts its sentences in lower case: "… far sidder inde i Vestre. politiet ringede
# …", "… nøglen er væk. han har …". A full stop before a pronoun or a subject ends a sentence there,
# unless it ends an abbreviation ("pga. han", "bl.a. hun", "tidl. han").
_HURRIED_START = rx.compile_re(
    r"(?<=[a-zæøå]{2})\. (?=(?:han|hun|de|vi|jeg|det|der|den|du|man|hans|hendes|mor|far|politiet"
    r"|skolen|familien|borger|borgeren|pt)\b)"
)
_ABBREVIATED = rx.compile_re(
    r"(?i)(?<![\w.])(?:pga|mht|vedr|iflg|evt|tidl|inkl|ekskl|ang|iht|ift|osv|etc|mfl|ifm|dvs|bl\.a"
    r"|f\.eks|p\.t|m\.v|o\.l|ca|kl|jf|fx|nr|stk|tlf|mdr|dgl|tbl|ml|mg|hhv|resp|jan|feb|mar|apr"
    r"|jun|jul|aug|sep|sept|okt|nov|dec|man|tirs|ons|tors|fre|lør|søn|bl|pkt|vejl|sagsbeh)\.$"
)


def _hurried_breaks(t: str, lo: int, hi: int) -> Iterator[int]:
    """Where a hurried chat's lower-case sentence starts between ``lo`` and ``hi``: the full
    stop before it, when it ends no abbreviation."""
    for hurried in _HURRIED_START.finditer(t, lo, hi):
        at = hurried.start()
        if not _ABBREVIATED.search(t, max(0, at - 8), at + 1):
            yield at


# "p.o. Furosemid", "i.v. Antibiotika": a dotted medical abbreviation ends no sentence.
_DOTTED = rx.compile_re(r"\b\w\.\w\.")
# Text that looks general but is not: a law cited ("barnets lov § 20", "jf. lovens regler om …")
# and a greeting to a group ("Godmorgen alle", "Hi all").
_NOT_GENERAL = rx.compile_re(
    r"(?:\bjf\.|\bjævnfør\b|\bcf\.)[^;!?]*|[\w\-]*lov(?:en|ens|s)?(?: nr\. ?\d+)? ?§"
    r"|\b(?:hej|hi|hello|godmorgen|god morgen|goddag|kære)[ \t]+(?:alle|allesammen|everyone|all)\b"
    # A few counted ("et billede med otte personer", "begge medarbejdere"): a group at hand.
    r"|\b(?:to|tre|fire|fem|seks|syv|otte|ni|ti|begge)[ \t]+(?:personer|borgere|patienter"
    r"|medarbejdere|ansatte|elever|mænd|kvinder|ansøgere|klienter)\b"
    # One of a group ("en af mine medarbejdere", "one of our employees"): one person at hand.
    r"|\b(?:en|et|én|one)[ \t]+(?:af|of)[ \t]+(?:mine|vores|dine|jeres|de|my|our|your|the)[ \t]+"
    r"(?:\w+[ \t]+)?(?:personer|borgere|patienter|medarbejdere|ansatte|elever|ansøgere|klienter"
    r"|brugere|beboere|kolleger|kollegaer|people|patients|citizens|employees|colleagues|clients"
    r"|students|pupils)\b"
    # A group as the object of a role or a relation ("tillidsrepræsentant for de ansatte",
    # "konflikter med de andre beboere"): the person at hand is the subject.
    r"|\b(?:for|med|blandt|mod)[ \t]+(?:de|sine|hans|hendes)[ \t]+(?:andre[ \t]+)?"
    r"(?:ansatte|medarbejdere|kolleger|kollegaer|elever|beboere|borgere|patienter|brugere)\b"
    # Away on a course ("er på kursus mandag-onsdag"): where someone is, no teaching material.
    r"|\bpå[ \t]+(?:et[ \t]+)?kurs(?:us|et)\b"
)
# The words that may start what _NOT_GENERAL removes: only then is it worth running.
_NOT_GENERAL_WORDS = frozenset(
    ("jf", "cf", "jævnfør", "alle", "all", "everyone")
    + ("to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "begge")
    + ("af", "of", "for", "med", "blandt", "mod", "kursus", "kurset")
)
# Where a new main clause begins inside a sentence (see _Doc.generic_at).
_CLAUSE_BREAK_BEFORE = rx.compile_re(r", (?:men|but) |; | [–—] ")
_CLAUSE_BREAK_AFTER = rx.compile_re(
    r", (?:så|men|og|det|at|der|som|hvor|fordi|derfor|but|so|that|who|where|because|therefore)"
    r" |; | [–—] "
    r"| (?:og|men|and|but) (?:at|that) "
)
_LINE_FIELD = rx.compile_re(r"[ \t]*(?:[\-*•][ \t]|\d+[.)][ \t])")
# A capital "I" after a lower-case word, before a lower-case one: "Da I er kommet", "and I have".
# At the start of a sentence only before a verb ("I har ret til …", "I have diabetes"), since
# Danish "I dag", "I 2023" are the preposition.
_CAPITAL_I = rx.compile_re(r"(?<=[a-zæøå,] )I(?= [a-zæøå])")
_READER_SUBJECTS = frozenset(("du", "i", "you"))
_GUIDANCE_MODALS = frozenset(("kan", "kunne", "skal", "må", "bør", "can", "may", "should", "must"))
_PATIENT = rx.compile_re(r"[ \t\-*•]*Pt\.?[ \t]")
# The last run of three blanks or a tab in a row's start: the cell before the note.
_ROW_GAP = rx.compile(r"(?r)(?:[ ]{3,}|\t+)")
_BARE_ROLES = frozenset(
    ("borger", "patient", "ansøger", "klient", "beboer", "elev", "sagspart", "klager", "bruger",
     "hustru", "ægtefælle", "samlever", "mor", "far", "søn", "datter", "lejer", "kursist")
)
# A case note's role noun without its article as the subject, before a finite verb: "Borger har
# diagnosen …", "Borger modtager kontanthjælp", "Hustru er gravid". Notes drop the article as
# they drop "Pt."'s; guidance says "borgeren" or "en borger". (No modal verbs: "Borger skal
# selv søge" is a rule.)
_BARE_ROLE = rx.compile_re(
    r"[ \t\-*•]*(?:" + "|".join(sorted(w.capitalize() for w in _BARE_ROLES)) + r")[ \t]+"
    r"(?:har|havde|er|var|blev|bliver|fik|får|modtager|modtog|tager|tog|lider|led|bor|boede|"
    r"oplyser|oplyste|fortæller|fortalte|mødte|møder|giver|gav|ønsker|ønskede|ryger|drikker|"
    r"kommer|kom|går|gik|virker|fremstår|udtrykker|beskriver|beskrev|angiver|angav|kendt|"
    r"indlagt|henvist|visiteret|sygemeldt|behandlet|diagnosticeret|udredt|opereret)(?![\w])"
)
# A sentence of a case log about one person: the person as a bare role ("Borger oplyser …",
# "Pt. kendt med …") or left out before a reporting verb ("Oplyser smerter …", "Mødt med
# ægtefælle …"), at a line start or after a full stop.
_NOTE_SUBJECT = rx.compile_re(
    r"(?:Pt\.?[ \t]+[a-zæøå]|pt\.[ \t]+[a-zæøå]|(?:Borger|Patient|Pt\.?|Klient|Beboer|Elev|Ansøger)[ \t]+"
    r"(?:har|havde|er|var|blev|fik|får|modtager|tager|oplyser|oplyste|fortæller|fortalte|mødt|"
    r"mødte|ønsker|virker|fremstår|udtrykker|beskriver|angiver|sygemeldt|henvist|visiteret|"
    r"indlagt|kendt|bekymret|afviser|ses|ikke)(?![\w])|(?:Oplyser|Fortæller|Beskriver|Angiver|"
    # "Ønsker" is also the plural noun: "Ønsker meddeles senest 1. marts", "Ønsker om ferie skal …".
    r"Udtrykker|Mødt|Mødte|Virker|Fremstår|Bekræfter|Afviser|"
    r"Ønsker(?![ \t]+(?:\w+es|om|skal|kan|til)(?![\w]))|Indlagt|Genindlagt|"
    r"Udskrevet|Udskrives|Mobiliseret|Opereret|Henvist|Kendt|Behandlet|Sygemeldt|Raskmeldt|"
    r"Visiteret)(?=[ \t]+\w))"
)


# The words that open those sentences, lower-cased for the keyword index (see _Doc.case_notes).
_NOTE_WORDS = (
    "borger", "patient", "pt.", "pt ", "klient", "beboer", "elev", "ansøger", "oplyser", "fortæller",
    "beskriver", "angiver", "udtrykker", "mødt", "virker", "fremstår", "bekræfter", "afviser",
    "ønsker", "indlagt", "genindlagt", "udskrevet", "udskrives", "mobiliseret", "opereret",
    "henvist", "kendt", "behandlet", "sygemeldt", "raskmeldt", "visiteret",
)
_keywords.KEYWORDS.add(_NOTE_WORDS)


def _note_sentences(
    t: str, lo: int, hi: int, places: list[int] | None = None
) -> Iterator[int]:
    """Where sentences of a case log start in ``t[lo:hi]`` (see _NOTE_SUBJECT): where one of its
    opening words stands (``places``, from the keyword index, or a search of the stretch), the
    pattern is tried, and then the place is checked to start a sentence (a line, after a
    bullet, or after a full stop)."""
    if places is None:
        starts: Iterable[int] = (m.start() for m in _NOTE_SUBJECT.finditer(t, lo, hi))
    else:
        starts = (
            p for p in places[bisect_left(places, lo) : bisect_left(places, hi)]
            # Most are inside a sentence: a capital (or a log's "pt.") opens one.
            if (t[p].isupper() or t.startswith("pt.", p)) and _NOTE_SUBJECT.match(t, p)
        )
    for i in starts:
        j = i
        while j > 0 and t[j - 1] in " \t-*•":
            j -= 1
        if j == 0 or t[j - 1] == "\n" or (t[j - 1] in ".!?" and j < i and t[i - 1] == " "):
            yield i


_NOTES_BLOCK = 2000
_CAPITAL_I_START = rx.compile_re(
    r"[ \t\-*•\"'»(]*I (?:har|er|var|fik|får|skal|kan|bliver|blev|modtager|tager|lider|have|am|"
    r"was|had|take|use|suffer|got|need|receive)(?![\w])"
)
# "handicap- og hjælpemiddelområdet", "misbrugs-, social- og …": a word cut off by a hyphen is the
# first part of a compound whose last part follows.
_SUSPENDED_HYPHEN = rx.compile_re(r"-,?[ \t](?:og|eller|samt|and|or)[ \t]|-,[ \t]")
_LAST_WORD = rx.compile_re(r"[^\W\d_][\w\-]*\Z")
_DEFINITE = frozenset(("en", "et", "n", "ens", "ets", "ns"))
_THERE_IS = (["der", "er"], ["der", "var"], ["der", "har"], ["there", "is"], ["there", "was"])
_COUNT_WORDS = frozenset((
    "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "femten",
    "tyve", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
))


# A blank line between paragraphs.
_PARAGRAPH_BREAK = rx.compile_re(r"\n[ \t]*\n")
# A paragraph's first line that calls it made up; so does a short paragraph above it (a heading),
# or one of a text's first lines (its title) for all of it.
_FICTIONAL_HEADING = 200
_FICTIONAL_TITLE = 400
_FICTIONAL_TITLE_LINES = 3  # lines with text
_FICTIONAL = rx.compile_re(
    r"(?i)(?<![\w])(?:fiktiv\w*|opdigte\w*|tænkt(?:e)? (?:eksempel|case)|fictional|fictitious|"
    r"made-up|hypothetical|hypotetisk\w*)(?![\w])"
)


# A place (a shelter, a home) that acts or owns: the institution, not someone's stay there. Its
# genitive ("krisecentrets døgnvagt", "bostedets personale") or its definite form before what it
# does ("Krisecentret vurderer, at …", "fordi krisecentret har frarådet det").
_INSTITUTION_ACTS = rx.compile_re(
    r"[ \t]+(?:har|havde|vurderer|vurderede|sendte|sender|støtter|støttede|oplyser|oplyste|"
    r"skriver|skrev|mener|mente|anbefaler|anbefalede|bekræfter|bekræftede|kontaktede|kontakter|"
    r"ringede|ringer|frarådede|frarådet|fraråder|tilbyder|tilbød|beskriver|beskrev|"
    r"underrettede|underretter|informerer|informerede)(?![\w])"
)


def _the_institution(t: str, start: int, end: int) -> bool:
    word = t[start:end].lower()
    if word.endswith(("ets", "ens", "nes")):
        return True
    return word.endswith(("et", "en")) and _INSTITUTION_ACTS.match(t, end) is not None


def _line_asks(t: str, start: int) -> bool:
    """The line of ``start`` ends in a question mark."""
    line_end = t.find("\n", start)
    return t[start : len(t) if line_end == -1 else line_end].rstrip().endswith("?")


# A statute's section or subsection that opens a paragraph: "§ 92. ", "§ 10 a. ", "Stk. 2. ".
_STATUTE_SECTION = rx.compile_re(r"[ \t]*(?:§§?[ \t]?\d+(?:[ \t]?[a-z])?|Stk\.[ \t]?\d+)\.[ \t]+[A-ZÆØÅ]")
# Made up on request: "Anonymiser teksten med fiktive navne:", "Lav en fiktiv case ud fra denne
# sag:" come before a real person's case.
_MAKE_UP = rx.compile_re(
    r"(?i)(?<![\w])(?:brug|bruge|anvend|lav|lave|skriv|skrive|erstat|erstatte|med|gør|opfind|"
    r"use|using|replace|with|make|write|create|invent|turn)(?![\w])[^\n.:]{0,30}$"
)


def _made_up(text: str) -> bool:
    """``text`` (a title or a heading) says what follows is made up, and does not ask for it."""
    for found in _FICTIONAL.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        if _MAKE_UP.search(text, line_start, found.start()) is None:
            return True
    return False


def _is_count(word: str) -> bool:
    """A number before a plural: "41", "6", "seks"."""
    return word.isdigit() or word in _COUNT_WORDS


def _heading(t: str, end: int) -> bool:
    """The line goes on to end in a colon: a heading or a label ("Underretninger i sagen:")."""
    line_end = t.find("\n", end, end + 120)
    return t[end : line_end if line_end != -1 else end + 120].rstrip().endswith(":")


def _opens(s: _Sentence, rel: int) -> bool:
    """The word at ``rel`` is the first of its sentence (after a bullet or a quote)."""
    return not s.low[:rel].strip(" \t-*•\"'»(")


class _Sentence:
    """One sentence (``t[a:b]``) and, computed on first use, what it says about persons."""

    __slots__ = ("a", "b", "low", "words", "present", "verdict", "_generic", "_indefinite",
                 "_named", "_window", "_conditional")

    def __init__(self, t: str, a: int, b: int) -> None:
        self.a, self.b = a, b
        self.low = t[a:b].lower()
        self.words: list[str] = _WORD.findall(self.low)
        self.present = set(self.words)
        self.verdict: tuple[float | None] | None = None  # a person noun's verdict, once known
        self._generic: bool | None = None
        self._indefinite: bool | None = None
        self._named: bool | None = None
        # The last window asked for and its words: a person check asks for the same one twice.
        self._window: tuple[int, int, list[str], set[str]] | None = None
        # What Doc.conditional can tell without the word's place: see there.
        self._conditional: int | None = None

    def words_in(self, a: int, b: int) -> tuple[list[str], set[str]]:
        """The words of ``low[a:b]`` (the whole sentence's, when that is what is asked)."""
        if a <= 0 and b >= len(self.low):
            return self.words, self.present
        a = max(0, a)
        window = self._window
        if window is not None and window[0] == a and window[1] == b:
            return window[2], window[3]
        words = _WORD.findall(self.low, a, b)
        present = set(words)
        self._window = (a, b, words, present)
        return words, present


class _Doc:
    """The text being scanned, with caches shared by all hits in it."""

    def __init__(self, t: str, lexicon: Lexicon, names: _Names, source: str | None = None) -> None:
        self.t = t
        self.source = source  # the text as scanned (``t`` is it behind a space)
        self._note_places: list[int] | None = None
        self.lex = lexicon
        self.ctx = lexicon.context
        self.names = names
        self.sentences: dict[int, _Sentence] = {}
        self.last: _Sentence | None = None
        self.paragraphs: dict[tuple[int, int], bool] = {}
        self.headers: dict[int, bool] = {}
        self.seen: dict[str, int] = {}  # category -> end of its last finding so far
        self.confirmed: set[int] = set()  # sentences (by start) with a finding about a person
        self._addressed: bool | None = None
        self._case_header: bool | None = None
        self._notes: dict[int, bool] = {}  # block of the text -> case notes about one person
        self._fictional: dict[int, bool] = {}  # paragraph start -> made up (see fictional)
        self._breaks: list[int] | None = None  # where paragraphs start (after a blank line)

    # -- sentences

    def _paragraph(self, start: int) -> tuple[int, int]:
        """The paragraph ``start`` lies in: its number among the text's paragraphs and where it
        starts (the blank lines between paragraphs are found once a text)."""
        if self._breaks is None:
            self._breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(self.t)]
        i = bisect_right(self._breaks, start)
        return i, self._breaks[i - 1] if i else 0

    def fictional(self, start: int) -> bool:
        """``start`` lies in a paragraph whose first line calls it made up ("Fiktiv case til
        drøftelse i grupper", "Fictional example"), under a short heading that does ("Case 2
        (fiktiv – konstrueret til undervisning)" and a blank line), or in a text whose title
        lines do (then every paragraph of it is teaching material)."""
        t = self.t
        titled = self._fictional.get(-1)
        if titled is None:
            lines = [line for line in t[:_FICTIONAL_TITLE].split("\n") if line.strip()]
            titled = self._fictional[-1] = _made_up("\n".join(lines[:_FICTIONAL_TITLE_LINES]))
        if titled:
            return True
        # The line opens by calling itself made up: "Casen er fiktiv: En 52-årig mand …" (a case
        # under a numbered exercise heading, holdout561).
        line_start = _keywords.start_of_line(t, start)
        colon = t.find(":", line_start, min(start, line_start + 41)) if line_start >= 0 else -1
        if colon != -1 and _made_up(t[line_start:colon]):
            return True
        i, top = self._paragraph(start)
        cached = self._fictional.get(top)
        if cached is None:
            line_end = t.find("\n", top, top + 200)  # a heading is a short line
            first = t[top : line_end if line_end != -1 else top + 200]
            cached = _made_up(first)
            if not cached and i:
                breaks = self._breaks
                above = breaks[i - 2] if i > 1 else 0  # type: ignore[index]
                heading = t[above : breaks[i - 1]]  # type: ignore[index]
                cached = (
                    len(heading) <= _FICTIONAL_HEADING
                    and not heading.rstrip().endswith(".")  # a heading, not a made-up case
                    and _made_up(heading)
                )
            self._fictional[top] = cached
        return cached

    def statute(self, start: int) -> bool:
        """``start`` lies in a paragraph of a statute's text: one that opens with its section
        ("§ 92. En kvinde kan få sit svangerskab afbrudt, hvis …", "Stk. 2. Er kvinden under 15
        år, …"). A law speaks of anyone its words fit, not of a person."""
        return _STATUTE_SECTION.match(self.t, self._paragraph(start)[1]) is not None

    def faq(self, start: int) -> bool:
        """``start`` lies in a guide's FAQ question or in the first line of its answer (see
        _keywords.faq_question): its "jeg" is any reader."""
        t = self.t
        line_start = _keywords.start_of_line(t, start)
        if line_start < 0:
            return False
        if _keywords.faq_question(t, line_start):
            return True
        above = _keywords.start_of_line(t, line_start - 1) if line_start else -1
        return above >= 0 and _keywords.faq_question(t, above)

    def sentence(self, start: int, end: int) -> _Sentence:
        last = self.last
        if last is not None and last.a <= start and end <= last.b:
            return last  # the second word of the same sentence
        t = self.t
        lo = max(0, start - _SENTENCE_REACH)
        s0 = lo
        pos = start
        while pos > lo:
            i = max(t.rfind(".", lo, pos), t.rfind("!", lo, pos), t.rfind("?", lo, pos),
                    t.rfind("\n", lo, pos), t.rfind(": ", lo, pos))
            if i < 0:
                break
            if t[i] == "." and (_ABBREVIATION.match(t, i) or _DOTTED.match(t, i - 3)):
                pos = i
                continue
            if t[i] == "\n" and _SOFT_BREAK.match(t, i - 1):
                pos = i  # a line broken inside a sentence, as text copied from a PDF is
                continue
            s0 = i + 1
            break
        for at in _hurried_breaks(t, max(s0, lo), start):
            s0 = at + 1
        cached = self.sentences.get(s0)
        if cached is not None and cached.b >= end:
            self.last = cached
            return cached
        hi = min(len(t), end + _SENTENCE_REACH)
        match = _SENTENCE_END.search(t, end, hi)
        e0 = hi if match is None else match.start()
        e0 = next(_hurried_breaks(t, end, e0), e0)
        sentence = _Sentence(t, s0, e0)
        self.sentences[s0] = self.last = sentence
        return sentence

    def generic(self, s: _Sentence) -> bool:
        if s._generic is None:
            s._generic = self._general(s.low, s.words, s.present)
        return s._generic

    def _general(self, low: str, words: list[str], present: set[str]) -> bool:
        """General wording in ``low`` (a sentence or a clause, with its words)."""
        if "§" in low or not _NOT_GENERAL_WORDS.isdisjoint(present):
            # A law cited ("efter barnets lov § 20", "jf. lovens regler om …") or a greeting
            # ("Godmorgen alle") is no general talk.
            low = _NOT_GENERAL.sub(" ", low)
            words = _WORD.findall(low)
            present = set(words)
        return self.ctx.generic_in(words, present, low)

    def about_animals(self, s: _Sentence) -> bool:
        """A sentence about animals and about no person: it names an animal (a word of the list,
        or a compound ending like one: "blandingshunde") and no third- or first-person pronoun
        or person noun ("Hun har en hund og diabetes" is about her)."""
        ctx = self.ctx
        if ctx.animals.isdisjoint(s.present) and not ctx.animal_compound.search(s.low):
            return False
        return (
            ctx.pronouns.isdisjoint(s.present)
            and ctx.first_person.isdisjoint(s.present)
            and not ctx.strong(s.words, s.present)
        )

    def generic_at(self, s: _Sentence, rel: int, rel_end: int) -> bool:
        """General wording in the clause of the word at ``s.low[rel:rel_end]``. A clause after
        ", så", ", men", ", og" or ";" that follows the word says something else ("Hun er muslim og
        bærer tørklæde, så hun vil gerne kende jeres regler" is about her, not about rules);
        before the word only ", men" and ";" end the general wording's reach, since a general
        subject goes on after "så" ("Førtidspension kan tilkendes personer, …, så personen
        ikke kan forsørge sig selv")."""
        if not self.generic(s):
            return False
        low = s.low
        a, b = _clause(low, rel, rel_end)
        if a == 0 and b == len(low):
            return True
        words, present = s.words_in(a, b)
        return self._general(low[a:b], words, present)

    def indefinite_at(self, s: _Sentence, rel: int, rel_end: int) -> bool:
        """``indefinite``, with general wording counted in the word's clause only. An "at"
        clause with a person as its subject ends the reach of an indefinite word before it:
        "Man fandt ud af, at hun har cøliaki" is about her."""
        if self.generic_at(s, rel, rel_end):
            return True
        if not self.ctx.indefinite.found_in(s.words, s.present):
            return False
        # The word's clause ("Jeg har sukkersyge …, det kan man ikke på et hotel").
        start, end = _clause(s.low, rel, rel_end)
        # "man" anywhere in it ("Diabetes kan man leve med"); "en borger", "en medarbejder" only
        # before the word, as its subject: "han blev anholdt efter en episode med en medarbejder"
        # is about him.
        if self.ctx.indefinite.found_in(*s.words_in(start, rel)):
            return True
        return "man" in s.words_in(rel_end, end)[1]

    def indefinite(self, s: _Sentence) -> bool:
        """"man", "en borger": anyone. Also true for general wording."""
        if s._indefinite is None:
            s._indefinite = self.generic(s) or self.ctx.indefinite.found_in(s.words, s.present)
        return s._indefinite

    def named(self, s: _Sentence) -> bool:
        if s._named is None:
            s._named = self.names.mentioned(self.t[s.a : s.b])
        return s._named

    def strong(self, s: _Sentence, a: int = 0, b: int | None = None) -> bool:
        """A definite person noun or a possessive + relative in ``s.low[a:b]``, or an age
        that stands for a person ("den 45-årige", "Dragan Petrović (52)")."""
        b = len(s.low) if b is None else b
        if self.ctx.strong(*s.words_in(a, b)):
            return True
        return ("årig" in s.low or "(" in s.low) and _AGE.search(s.low, max(0, a), b) is not None

    def conditional(self, s: _Sentence, rel: int) -> bool:
        """"Hvis borgeren …", "når en ansøger …", "om personen er …" before the word at ``rel``."""
        ctx = self.ctx
        state = s._conditional  # once per sentence: 1 a question, 0 no opener, 2 look closer
        if state is None:
            first = s.words[:3]
            if first[:1] == ["q"] or first[:1] == ["spørgsmål"]:
                first = first[1:]  # an FAQ's question: "Q: Do I have to be a member of …?"
            if (
                len(first) > 1
                and first[0] in _QUESTION_VERBS
                and first[1] in _QUESTION_SUBJECTS
                # "Er I …" (you), not a note's "Er i behandling …" (in) without its subject
                and (first[1] != "i" or _WORD.findall(self.t, s.a, s.b)[1:2] == ["I"])
            ):
                state = 1  # "Har du en kronisk sygdom, kan du …", "Do I have to be …?"
            elif ctx.openers.isdisjoint(s.present):
                state = 0
            else:
                state = 2
            s._conditional = state
        if state != 2:
            return state == 1
        words = _WORD.findall(s.low, 0, rel)[-14:]
        for i, word in enumerate(words[:-1]):
            if word not in ctx.openers:
                continue
            subject = words[i + 1]
            if word == "om":
                # "om" is mostly "about": only "om personen er …", "om han har …" is a question.
                verb = words[i + 2] if i + 2 < len(words) else ""
                if _is_subject(subject, ctx.subjects, articles=False) and verb in _QUESTION_VERBS:
                    return True
            elif word == "når" and subject in ("han", "hun", "he", "she"):
                continue  # "det går ikke, når han er type 1-diabetiker": since, not if
            elif _is_subject(subject, ctx.subjects, articles=True):
                return True
        return False

    def addressed(self) -> bool:
        """A letter or an e-mail to a named person ("Kære Jørgen", "Hej Mette"): its "du" is
        that person, not anyone."""
        if self._addressed is None:
            self._addressed = self.ctx.salutation_pattern.search(self.t) is not None
        return self._addressed

    def reader(self, s: _Sentence, a: int, b: int) -> bool:
        """The reader of a letter ("du", "dig", "your"), or a capital "I" inside the sentence
        (Danish "you", plural; English "I") in ``s.low[a:b]``."""
        if "i" in s.present and (
            _CAPITAL_I.search(self.t, s.a + max(0, a), s.a + b) is not None
            or _CAPITAL_I_START.match(self.t, s.a) is not None
        ):
            return True
        if self.ctx.second_person.isdisjoint(s.present) or not self.addressed():
            return False
        words = s.words
        pairs = zip(words, words[1:], strict=False)
        if any(w in _READER_SUBJECTS and n in _GUIDANCE_MODALS for w, n in pairs):
            return False  # "Du kan læse om …", "you may apply for …": guidance, not a fact
        return not self.ctx.second_person.isdisjoint(s.words_in(a, b)[1])

    def guidance(self, s: _Sentence) -> bool:
        """A sentence that speaks to the reader ("du", "you") in a text that is no letter to a
        named person: guidance, where "lederen" and "personen" are anyone ("Raskmelding sker
        også til lederen, senest dagen før du møder ind igen")."""
        return not self.ctx.second_person.isdisjoint(s.present) and not self.addressed()

    def patient(self, s: _Sentence) -> bool:
        """A clinical note's "Pt." (the patient) as the subject: "Pt. kendt med KOL"; or a case
        note's role noun without article: "Borger har diagnosen …" (see _BARE_ROLE)."""
        if "pt" in s.present and _PATIENT.match(self.t, s.a) is not None:
            return True
        if not s.words:
            return False
        if s.words[0] in _BARE_ROLES and _BARE_ROLE.match(self.t, s.a) is not None:
            return True
        # A care record's row: its date and its heading, then the note ("11.11.2024
        # Sygeplejefaglig udredning      Borger kendt med KOL …"), after the last wide gap.
        if not _BARE_ROLES.isdisjoint(s.present) and self.t[s.a : s.a + 12].lstrip()[:1].isdigit():
            gap = _ROW_GAP.search(self.t, s.a + 2, min(s.b, s.a + 90))
            return gap is not None and _BARE_ROLE.match(self.t, gap.end()) is not None
        return False

    def note_sentence(self, s: _Sentence) -> bool:
        """A case note's sentence without a subject: "Indlagt 12.11. med pneumoni", "Kendt med
        KOL", "Pt. indlagt med …": the patient is left out, as notes do."""
        return bool(s.words) and s.words[0].startswith(self.ctx.note_openers)

    def follows_up(self, s: _Sentence, category: str) -> bool:
        """An earlier finding of this kind close before, and a sentence that is not general."""
        seen = self.seen.get(category)
        return seen is not None and s.a - seen <= _FOLLOW_UP_REACH and not self.indefinite(s)

    # -- paragraphs and headers (case notes)

    def person_in_paragraph(self, start: int, end: int, *, named_only: bool = False) -> bool:
        """A name or CPR number (or, unless ``named_only``, a person noun or a case-note label)
        in the paragraph around the word."""
        t = self.t
        lo = max(0, start - _PARAGRAPH_REACH)
        hi = min(len(t), end + _PARAGRAPH_REACH)
        back = t.rfind("\n\n", lo, start)
        if back != -1:
            lo = back
        forward = t.find("\n\n", end, hi)
        if forward != -1:
            hi = forward
        key = (lo, hi, named_only)
        cached = self.paragraphs.get(key)
        if cached is None:
            part = t[lo:hi]
            low = part.lower()
            words = _WORD.findall(low)
            cached = bool(
                self.names.mentioned(part)
                or (not named_only and (
                    self.ctx.strong(words, set(words)) or self.ctx.label_pattern.search(low)
                ))
            )
            self.paragraphs[key] = cached
        return cached

    def row_person(self, start: int) -> bool:
        """``start`` lies in a later cell of a table row whose first cell is a person's initials
        ("KMH", "A.S.") or a name: a team's overview of its citizens, one row each."""
        t = self.t
        line_start = t.rfind("\n", 0, start) + 1
        row = t[line_start:start].lstrip("| ")
        for border in "\t;|":
            cut = row.find(border)
            if cut > 0:
                break
        else:
            return False
        first = row[:cut].strip()
        if _INITIALS.fullmatch(first):
            return first not in _NOT_INITIALS
        words = first.split()
        return 2 <= len(words) <= 4 and self.names.mentioned(first)

    def person_in_header(self, start: int) -> bool:
        """A person label, a name or a CPR number in the lines before (the note's header)."""
        t = self.t
        lo = t.rfind("\n\n", max(0, start - _HEADER_REACH), start)
        cached = self.headers.get(lo)
        if cached is None:
            head = t[max(0, start - _HEADER_REACH) : max(lo, 0) + 1]
            cached = bool(
                self.ctx.label_pattern.search(head.lower())
                or any(
                    len(line) <= 100 and self.names.mentioned(line)
                    for line in head.splitlines()
                )
            )
            self.headers[lo] = cached
        return cached

    def case_header(self, start: int) -> bool:
        """A header before ``start`` that names the one person the document is about: a CPR
        number, a person label with a name ("Borger: Ole Bach", "Pupil: Oliver Mathiasen"), or
        one person's age and sex, as an anonymised case gives them ("kvinde, 52 år")."""
        if self._case_header is None:
            head = self.t[: _HEADER_REACH]
            self._case_header = (
                _CPR_IN_HEADER.search(head) is not None
                or _PERSON_AGE.search(head) is not None  # "Medarbejderen er kvinde, 52 år"
                or any(
                    self.ctx.label_pattern.match(line.lower()) and self.names.mentioned(line)
                    for line in head.splitlines()[:40]
                    if len(line) <= 100
                )
            )
        return self._case_header and start <= _CASE_REACH

    def case_notes(self, start: int) -> bool:
        """Notes about one person around ``start``: at least two sentences in the 6,000
        characters around it open with the person left out or as a bare role ("Borger
        sygemeldt fra …", "Oplyser diskusprolaps …", "Pt. kendt med …"), as a caseworker's or a
        nurse's log does."""
        block = start // _NOTES_BLOCK
        cached = self._notes.get(block)
        if cached is None:
            lo = max(0, (block - 1) * _NOTES_BLOCK)
            hi = (block + 2) * _NOTES_BLOCK
            found = 0
            for _ in _note_sentences(self.t, lo, hi, self._note_word_places()):
                found += 1
                if found == 2:
                    break
            cached = self._notes[block] = found == 2
        return cached

    def _note_word_places(self) -> list[int] | None:
        """Where the words that may open a log's sentence stand in ``t``, from the keyword
        index's one pass (None for a short text: it is searched directly)."""
        if self._note_places is None and self.source is not None:
            found = [_keywords.KEYWORDS.positions(self.source, w) for w in _NOTE_WORDS]
            if None in found:
                return None
            self._note_places = sorted(p + 1 for places in found for p in places)  # type: ignore[union-attr]
        return self._note_places

    def field_line(self, start: int, end: int) -> bool:
        """A short line of a case note or a list ("Diagnose: depression", "- Metformin 1000 mg")."""
        t = self.t
        line_start = t.rfind("\n", 0, start) + 1
        line_end = t.find("\n", end)
        line_end = len(t) if line_end == -1 else line_end
        if ":" in t[line_start:start]:
            return True
        line = t[line_start:line_end].rstrip()
        if len(line) > _FIELD_LINE:
            # A list item may run longer: "* type 2-diabetes, insulinkrævende – NovoMix 30
            # morgen + aften" under "Helbred/diagnoser:".
            return len(line) <= _LIST_ITEM and _LINE_FIELD.match(t, line_start) is not None
        return not line.endswith((".", "!", "?")) or _LINE_FIELD.match(t, line_start) is not None

    # -- words around a hit

    def object_after(self, pos: int, *, possessive: bool) -> tuple[int, int] | None:
        """The words after ``pos`` that a cue or an object entry points to: up to three words,
        not past punctuation or a stop word ("dømt for <vold> efter …")."""
        t, ctx = self.t, self.ctx
        spans: list[tuple[int, int]] = []
        while len(spans) < 3:
            if not t.startswith(" ", pos):
                break
            match = _OBJECT_WORD.match(t, pos + 1)
            if match is None:
                break
            word = match.group().lower()
            if not spans:
                if (
                    word in _OBJECT_ARTICLES or possessive and word in _OBJECT_QUANTIFIERS
                ) and t.startswith(" ", match.end()):
                    # "gæld til et inkassofirma"; of an object entry also "gæld hos flere
                    # inkassofirmaer", "dømt for flere indbrud" (a cue's "lider af mange ting"
                    # names nothing).
                    pos = match.end()
                    continue
                if word in ctx.bad_starts or (word in ctx.object_possessives and not possessive):
                    return None
            elif word in ctx.stop_words:
                break
            spans.append(match.span())
            pos = match.end()
            if word in ctx.object_possessives:
                continue
            if word in ctx.stop_words:
                spans.pop()
                break
        if not spans or t[spans[-1][0] : spans[-1][1]].lower() in ctx.object_possessives:
            return None
        return spans[0][0], spans[-1][1]

    def phrase_end(self, pos: int, objects: dict[str, str]) -> tuple[int, str] | None:
        """"medlem af" + one of its listed objects ("3F", "Enhedslisten"), in any case."""
        t = self.t
        if not t.startswith(" ", pos):
            return None
        ends = []
        i = pos + 1
        for _ in range(4):
            match = _PHRASE_WORD.match(t, i)
            if match is None:
                break
            ends.append(match.end())
            if not t.startswith(" ", match.end()):
                break
            i = match.end() + 1
        for end in reversed(ends):
            words = t[pos + 1 : end].lower()
            category = objects.get(words)
            if category is None and " " in words:
                # A side or a possessive before a listed object: "brud på <højre> hælben",
                # "brækket <sin> arm" (the lists name the body part itself).
                side, _, rest = words.partition(" ")
                while category is None and side in _PHRASE_SIDES and rest:
                    category = objects.get(rest)
                    side, _, rest = rest.partition(" ")
            if category is None and any(c.isdigit() for c in words):
                # "#": a number in its place ("EPDS 14", "EPDS-score på 16").
                category = objects.get(
                    " ".join("#" if part.isdigit() else part for part in words.split(" "))
                )
            if category is None and " " in words:
                # "* union": any one word in the place of the star ("the UCU union").
                parts = words.split(" ")
                for i in range(len(parts) - 1):
                    category = objects.get(" ".join([*parts[:i], "*", *parts[i + 1 :]]))
                    if category is not None:
                        break
            if category is not None:
                return end, category
        return None

    def proper_noun(self, start: int) -> bool:
        """A capitalised word inside a sentence, or one followed by another capitalised word, is
        a name ("Kristen Nielsen", "Hjemmeplejen Syd"), not the ordinary word. A table cell
        starts like a sentence."""
        t = self.t
        before = t[max(0, start - 4) : start]
        if before.endswith("\t"):
            return False  # a table cell's first word ("Navn\tKost\nOle\tCøliaki")
        before = before.rstrip(" \"'»“(*-•")
        if before and before[-1] not in ".!?:\n|;":  # (or "| Cøliaki |", ";Cøliaki;", a cell)
            return True
        space = t.find(" ", start, start + 40)
        return space != -1 and _CAPITAL_WORD.match(t, space + 1) is not None


_CAPS_WORD_BEFORE = rx.compile_re(r"(?:^|[\s])[A-ZÆØÅ]{2,}[ \t]\Z")
_CAPS_WORD_AFTER = rx.compile_re(r"[ \t][A-ZÆØÅ]{2,}(?![\w])")


# Headers of a table column that holds each person's union ("Fagf", "Fagforening", "Union").
_UNION_HEADERS = ("fagf", "fagl", "fagforening", "forbund", "union", "trade union")
# The column headers a badge stands alone under, by category: a union column, a party column.
_BADGE_HEADERS = {"union": _UNION_HEADERS, "political": ("parti", "party")}

# A column of each person's diagnosis: "Diagnose", "Henvisningsdiagnose", "Lidelse", "Helbred".
# Whatever its cells say is that person's health, listed word or not ("Skoliose, progredierende",
# "Rekonstruktion af forreste korsbånd"), when the row names the person (a name, a CPR number).
# The header words come from the shared keyword index (one pass for all detectors); a header cell
# is the word with what joins it ("Henvisningsdiagnose", "Diagnose/lidelse").
_HEADER_TOKEN_AFTER = rx.compile_re(r"[\w./-]*")
_CELL_BORDER = rx.compile_re(r"[|\t;\n]|  ")
_CELL_BORDER_BEFORE = rx.compile(r"(?r)[|\t;\n]|  ")
_NO_DIAGNOSIS = frozenset(("-", "–", "—", "ingen", "ukendt", "n/a", "na", "none", "?", "…", "x"))
# A case note's diagnosis field: "Diagnose: …", "Henvisningsdiagnose: …", "Tilstand   :  …" (a
# state of health where a CPR number heads the note: a car's or a house's "Tilstand" is not).
_TILSTAND = "tilstand"
# The words of both, looked up once in the shared keyword index.
_DIAGNOSIS_WORDS = ("diagnos", "lidelse", "sygdom", "helbred", _TILSTAND)
_keywords.KEYWORDS.add(_DIAGNOSIS_WORDS)
# The same words found without the index (a short text).
_DIAGNOSIS_WORD = rx.compile_re("(?i)" + "|".join(_DIAGNOSIS_WORDS))
_DIAGNOSIS_FIELD = rx.compile_re(
    r"(?i)[ \t>*•\-]*(?P<label>[\w-]*diagnose[rn]?|diagnos[ie]s|lidelse[rn]?|grundsygdom(?:me)?|"
    r"helbredsforhold|helbred|tilstand)[ \t]*:[ \t]*(?P<value>[^\n]{3,200})"
)
_NEXT_SENTENCE = rx.compile_re(r"[.!?] +[A-ZÆØÅ]")
_PLACEHOLDER = rx.compile_re(r"[\[<{_]|\.{3}|…|xx|\(indsæt|\(udfyld", re.IGNORECASE)


def _diagnosis_fields(text: str, names: _Names, places: list[int]) -> list[_Found]:
    """The values of diagnosis fields at a line's start in a note that names its person
    ("Tilstand   :  glioblastom , terminal , kramper"), whatever words they hold."""
    found = []
    seen = -1
    for place in places:
        line_start = text.rfind("\n", max(0, place - 40), place) + 1
        if line_start <= seen or (line_start == 0 and place > 40):
            continue
        field = _DIAGNOSIS_FIELD.match(text, line_start)
        if field is None or not field.start("label") <= place < field.end("label"):
            continue
        seen = line_start
        value = field.group("value").rstrip(" \t\r")
        if not value.strip() or _PLACEHOLDER.search(value) or sum(map(str.isalpha, value)) < 3:
            continue
        if len(value.split()) > 15 or _NEXT_SENTENCE.search(value) or names.mentioned(value):
            continue  # prose ("Helbred: Lene har en …"): its words are read one by one
        if field.group("label").lower() == _TILSTAND:
            if _CPR.search(text, max(0, line_start - 600), line_start) is None:
                continue  # a car's or a house's "Tilstand: god"
        elif not names.mentioned(
            text[max(0, line_start - 1500) : line_start] + "\n" + text[line_start : field.end()]
        ):
            continue
        start = field.start("value")
        found.append(_Found(start + 1, start + len(value) + 1, "health", 0.7))
    return found


def _diagnosis_places(text: str) -> list[int]:
    """Where the words of a diagnosis header or field stand ("Diagnose", "Tilstand" …), in
    order; none in most texts (the shared keyword index answers that)."""
    hits = _keywords.KEYWORDS.hits(text)
    if not any(word in hits for word in _DIAGNOSIS_WORDS):
        return []
    places: list[int] = []
    for word in _DIAGNOSIS_WORDS:
        if word in hits:
            found_at = _keywords.KEYWORDS.positions(text, word)
            if found_at is None:  # a short text: the index keeps no places
                return [m.start() for m in _DIAGNOSIS_WORD.finditer(text)]
            places += found_at
    return sorted(places)


def _diagnosis_cells(text: str, names: _Names, places: list[int]) -> list[_Found]:
    """The cells of a diagnosis column whose row names a person, as health findings (offsets
    in ``" " + text``)."""
    found = []
    for place in places:
        a = place
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] in "./-") and place - a < 40:
            a -= 1
        b = _HEADER_TOKEN_AFTER.match(text, place).end()
        if (a and text[a - 1] not in " \t\n|;") or (b < len(text) and text[b] not in " \t\r\n|;"):
            continue  # inside a longer word or a phrase ("(sygdom)")
        # The header cell around the word, looked for within 60 characters each side (a long
        # line of prose, even a text of one line, costs no more per word).
        border = _CELL_BORDER_BEFORE.search(text, max(0, a - 60), a)
        left = (0 if a <= 60 else a - 60) if border is None else border.end()
        border = _CELL_BORDER.search(text, b, b + 60)
        right = min(len(text), b + 60) if border is None else border.start()
        if len(text[left:right].strip()) > 40:
            continue  # no header cell: a line of prose
        if text[right : right + 8].lstrip(" \t")[:1] == ":":
            continue  # a field's label ("Tilstand   :  …"), see _diagnosis_fields
        left += len(text[left:right]) - len(text[left:right].lstrip())
        right -= len(text[left:right]) - len(text[left:right].rstrip())
        for cell_start, cell_end in _labels.header_cells(text, left, right):
            cell = text[cell_start:cell_end]
            value = cell.strip()
            if value.lower() in _NO_DIAGNOSIS or len(value) > 150 or sum(map(str.isalpha, value)) < 3:
                continue
            row_start = text.rfind("\n", 0, cell_start) + 1
            row_end = text.find("\n", cell_end)
            row_end = len(text) if row_end == -1 else row_end
            if not names.mentioned(text[row_start:cell_start] + "  " + text[cell_end:row_end]):
                continue
            start = cell_start + len(cell) - len(cell.lstrip())
            found.append(_Found(start + 1, start + len(value) + 1, "health", 0.7))
    return found


def _saint_hans(s: _Sentence, near: set[str], pronouns: frozenset[str]) -> bool:
    """The only pronoun near is "hans" of "Sankt Hans" (a parish, a church, midsummer)."""
    return near & pronouns == {"hans"} and _SANKT_HANS.search(s.low) is not None


_SANKT_HANS = rx.compile_re(r"(?:sankt|skt\.?|sct\.?) hans\b")


# A saint's title before a first name: the name is a church's or a parish's.
_SAINT_BEFORE = rx.compile_re(r"(?:^|[^\w])(?:Sankt|Skt\.?|Sct\.?|St\.)[ \t]+\Z")


# A row's first cell that names a person by initials: "KMH", "A.S.", "T.Ø.", "AB".
_INITIALS = re.compile(r"[A-ZÆØÅ]{2,4}|(?:[A-ZÆØÅ]\.\s?){2,3}")
_NOT_INITIALS = frozenset(("NB", "OK", "ID", "NR", "JA", "NEJ", "IALT", "SUM", "NOTE", "DATO"))


def _in_capitals(t: str, start: int, end: int) -> bool:
    """The word stands between other words in capitals ("UDDRAG AF RAPPORT"): a heading."""
    return (
        _CAPS_WORD_BEFORE.search(t, max(0, start - 30), start) is not None
        or _CAPS_WORD_AFTER.match(t, end) is not None
    )


def _topic(ctx: _Context, previous: list[str]) -> bool:
    """"ansøgning om boligstøtte", "berettiget til kontanthjælp": the word is a topic."""
    words = list(previous)
    while words and words[-1] in ctx.fillers:
        words.pop()
    if not words or words[-1] not in ctx.marker_ends:
        return False
    if len(words) >= 2 and words[-1] in _TOPIC_PREPOSITIONS and words[-2].startswith(
        ctx.topic_nouns
    ):
        return True  # "en bog om skizofreni", "kurset i religion"
    markers = ctx.topic_markers
    return any(" ".join(words[-k:]) in markers for k in (1, 2, 3) if len(words) >= k)


_TOPIC_PREPOSITIONS = frozenset(("om", "i", "about", "on"))
# "I" is English "I" or Danish plural "you": "Do I have to …?", "Har I …?"
_QUESTION_SUBJECTS = frozenset(("du", "man", "you", "i"))
_ONE_PERSON_POSSESSIVES = frozenset(("min", "mit", "mine", "hans", "hendes", "sin", "sit", "sine",
                                     "my", "his", "her"))
_QUESTION_VERBS = frozenset((
    "er", "har", "kan", "skal", "var", "bliver", "blev", "får", "fik", "modtager", "opfylder",
    "bør", "må", "is", "has", "was", "can", "should", "will", "gets", "receives", "do", "does",
    "must", "may", "need", "am", "are", "could", "would",
    "m", "ve",  # "whether I'm …", "if I've …" (the word pattern splits "I'm" into "i", "m")
))


def _is_subject(word: str, subjects: tuple[str, ...], *, articles: bool) -> bool:
    for subject in subjects:
        if word == subject:
            return articles or len(subject) > 3
        if len(subject) > 3 and word.startswith(subject):
            return True
    return False


# --- the detector ----------------------------------------------------------------------------------


# Words before a phrase's listed object that belong to it (see _Doc.phrase_end).
_PHRASE_SIDES = frozenset((
    "venstre", "højre", "begge", "sin", "sit", "sine", "hans", "hendes", "min", "mit", "mine",
    "en", "et", "to", "tre", "left", "right", "both", "his", "her", "my",
))
# "ingen kendte allergier", "ingen forfalden gæld", "no known allergies" (not "ingen diabetisk
# retinopati", which holdout110's writer marks).
_ABSENT_QUALIFIERS = frozenset((
    "kendte", "kendt", "aktuelle", "aktuel", "forfalden", "forfaldne", "nuværende", "tidligere",
    "known", "current", "previous",
))
# "ingen tegn på …", "ingen mistanke om …", "no signs of …" (the two words before the finding).
_SIGN_OF = (["tegn", "på"], ["mistanke", "om"], ["signs", "of"], ["sign", "of"])
# An indefinite case word in a sentence of duties or conditions is any such thing (see _judge).
_ANY_ONE = frozenset(("en", "et", "ingen", "enhver", "a", "an", "any", "no"))
_DUTY_WORDS = frozenset((
    "skal", "kan", "bør", "må", "pligt", "pligten", "altid", "hvis", "når", "ved",
    "must", "should", "can", "may", "always", "if", "when", "duty",
))


class _Found:
    __slots__ = ("start", "end", "category", "confidence", "sentence", "case")

    def __init__(
        self, start: int, end: int, category: str, confidence: float, sentence: int = -1
    ) -> None:
        self.start = start
        self.end = end
        self.category = category
        self.confidence = confidence  # 0 for a word kept only in case it joins a finding
        self.sentence = sentence  # where its sentence starts
        # A case word (mode "case") kept with 0: it counts in a text about a person, see _spans.
        self.case = False


_JOINERS = rx.compile_re(
    r"[ \t]?-?[ \t]?|[ \t](?:med|på|i|af|for|uden for|pga\.|grundet)"
    r"(?:[ \t](?:en|et|sin|sit|sine|hans|hendes|den|det))?[ \t]",
)


_CODES = {category: rule.code for category, rule in RULES.items()}
_CATEGORIES = {code: category for category, code in _CODES.items()}
# The object of a cue the rules passed over: up to four words on, not over a comma or a stop.
_CUE_OBJECT = rx.compile_re(r"(?:[ \t]+[\w\-+/]+){1,4}")
# "Amlodipin 5 mg", "Pinex (paracetamol) 500 mg": a word before a dose is a medicine, listed or
# not. The units are entries of mode "dose" in terms.toml, so the scan finds them for free.
_DOSE_WORD = rx.compile_re(
    r"(?<![\w\-])([^\W\d_][\w\-]{3,})(?:[ \t]+\([^)\n]{1,30}\))?[ \t]+\d+(?:[.,]\d+)?[ \t]*\Z"
)
_NOT_MEDICINES = frozenset(("tager", "tog", "får", "fik", "giver", "gives", "øget", "øges",
                            "nedsat", "dosis", "dagligt", "daglig", "morgen", "aften", "ordineret",
                            "takes", "taking", "dose", "daily"))
_DOSE_ENTRY = _Entry("health", "exact", "terms", proper=True)
# How the names of active substances end (amlodipin, furosemid, metoprolol, warfarin, …). A
# lower-case word before a dose must end so; a capitalised one (a brand) may end as it likes.
_MEDICINE_ENDINGS = (
    "in", "ol", "il", "am", "at", "id", "on", "an", "ex", "ax", "ix", "ir", "ab", "ib", "yl",
    "um", "em", "al", "ine", "ide", "one", "ate", "ium", "cin", "fen", "lin", "mab",
)


def _with_medicines(t: str, hits: list, names: _Names) -> list:
    """The hits, a dose ("5 mg") replaced by the medicine before it ("Amlodipin")."""
    taken = {h[0] for h in hits}
    extra = []
    for start_, _, _, entry in hits:
        if entry.mode != "dose":
            continue
        lo = max(0, start_ - 60)
        match = _DOSE_WORD.search(t[lo:start_])
        if match is None:
            continue
        word = match.group(1)
        start = lo + match.start(1)
        if start in taken or word.lower() in names.words or word.lower() in _NOT_MEDICINES:
            continue
        if word.islower() and not word.endswith(_MEDICINE_ENDINGS):
            continue  # "dagligt afhentet 60 mg": a Danish word, not a medicine
        taken.add(start)
        extra.append((start, start + len(word), word.lower(), _DOSE_ENTRY))
    hits = [h for h in hits if h[3].mode != "dose"]
    return sorted(hits + extra, key=lambda h: h[0]) if extra else hits


# A guidance or policy text: longer than a short prompt, naming no one. In the project's 13
# corpora no text of 400 characters or more without a person's details (a name, a CPR number,
# "han"/"hun", an age) or a case log's sentences held a special category.
_GUIDANCE_MIN, _GUIDANCE_MAX = 400, 50_000
_QUOTATION = rx.compile_re(r"[\"“„«»][^\"”“»«\n]{0,300}[\"”“»«]")
_EITHER_PRONOUN = rx.compile_re(
    r"(?i)\b(?:han|hun|ham|hende|hans|hendes|he|she|him|her|his)"
    r"(?: eller |/| or )(?:han|hun|ham|hende|hans|hendes|he|she|him|her|his)\b"
)
# Not "her": Danish "here" ("her er det især …"); an English text about a woman says "she" too.
_ONE_PERSON_PRONOUN = rx.compile_re(r"(?i)\b(?:han|hun|ham|hende|hans|hendes|he|she|him|his)\b")
# One person's age and sex, as an anonymised case gives them: "Medarbejderen (kvinde, 38)", "en
# mand på 52 år", "drengen på 6 år", "77-årig", "den 17-årige" (not "de 12-17-årige": a group);
# or a role and an age, as a hasty prompt gives them: "borger 41 år", "Patient, 67 år"
# (holdout509), not "en borger på 67 år" (anyone of that age).
_PERSON_AGE = rx.compile_re(
    r"(?i)\((?:kvinde|mand|dreng|pige|k|m|f),? ?\d{1,2}(?: år)?\)"
    r"|(?:\b(?:kvinde|mand|dreng|pige|drengen|pigen|kvinden|manden)"
    r"|(?<![Ee]n )(?<!\w)(?:borger|patient|pt\.?|ansøger|klient|beboer|elev|medarbejder|ansat)"
    r"(?:en)?),? (?:på |, ?)?\d{1,2} år\b|(?<![\d][\-–])(?<!- og )(?<!- eller )(?<!- til )\b\d{1,2}-årig\b(?! (?:\w+ )?\w*(?:uddannelse|forløb|periode|aftale|kontrakt|projekt|ansættelse|indsats|ordning|plan|program|bevilling|tilladelse))|\bden \d{1,2}-årige\b|\b(?:woman|man|boy|girl),? (?:aged )?\d{1,2}\b"
)


# A person's name as a label's value: two to five capitalised words and nothing else on the line
# ("Modtager: Guillermo Andrés Rivas Ortega"), or a comma or a bracket after it.
_LABELLED_NAME = rx.compile_re(
    r"[ \t]*[A-ZÆØÅ][a-zæøåäöüéèáàíóúñç'\-]+(?:[ \t]+[A-ZÆØÅ][a-zæøåäöüéèáàíóúñç'\-]+){1,4}"
    r"[ \t]*(?:[,(]|\r?$)",
    re.MULTILINE,
)


# A writer who gives their name writes about themself: "Jeg hedder Sine Holm og …".
_SELF_NAMED = rx.compile_re(
    r"(?:[Jj]eg hedder|[Mm]it navn er|[Mm]y name is|I am called)[ \t]+[A-ZÆØÅ][\w\-]+"
)


def _labelled_name(text: str, labels: re.Pattern[str]) -> bool:
    """A person label with a name after it ("Modtager: Guillermo Andrés Rivas Ortega"), whether
    or not the name lists know the name."""
    return any(_LABELLED_NAME.match(text, m.end()) for m in labels.finditer(text))


def _guidance(text: str, names: _Names, labels: re.Pattern[str]) -> bool:
    """A text of 400 to 50,000 characters that names no one (no listed name, no CPR number, no
    name after a person label),
    says "han" or "hun" of no one (only "han eller hun", or inside a quotation) and has no
    sentence of a case log ("Borger oplyser …", "Oplyser smerter …"): a guide, minutes or an
    article, or a
    policy, whose "borgeren" and "medarbejderen" are anyone ("Medarbejderen i hjemmeplejen kan
    hjælpe med at give medicinen, hvis lægen har ordineret det"). A case told without its names
    ("Borgeren er en kvinde på 45 år … Hun modtager kontanthjælp") says "hun" of her, or gives her
    age ("Medarbejderen (kvinde, 38) …")."""
    if not _GUIDANCE_MIN <= len(text) <= _GUIDANCE_MAX:
        return False
    if any(_note_sentences(" " + text, 0, len(text) + 1)):
        # A log's sentences ("Borger oplyser …", "Pt. kendt med …", "Indlagt 12/3 …"): an
        # anonymised case file, however many rule words it has.
        return False
    unquoted = _EITHER_PRONOUN.sub(" ", _QUOTATION.sub(" ", text))
    return (
        _ONE_PERSON_PRONOUN.search(unquoted) is None
        and _SELF_NAMED.search(text) is None
        and _PERSON_AGE.search(text) is None
        and not names.mentioned(text)
        and not _labelled_name(text, labels)
    )


def _name_before_bracket(doc: _Doc, start: int) -> bool:
    """A person's name right before the bracket that opens at ``start - 1``."""
    return _name_before(doc, start - 1)


def _name_before(doc: _Doc, at: int) -> bool:
    """A person's name right before ``at`` (spaces between)."""
    before = doc.t[max(0, at - 40) : at].rstrip()
    word = _LAST_WORD.search(before)
    if word is None or not word.group()[0].isupper():
        return False
    return doc.names.is_name(word.group()) or doc.names.mentioned(before)


class SpecialCategoryDetector:
    rules = tuple(RULES.values())

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        rules_only: bool = False,
        model: _special_model.Model | None = None,
    ) -> None:
        """``data_dir`` holds the lists (``patterns/data`` by default) and the model;
        ``rules_only`` leaves the trained second opinion (:mod:`promptlint.detectors.
        _special_model`) out; ``model`` replaces the shipped one."""
        self._data_dir = data_dir
        self._rules_only = rules_only
        self._model = model
        self._lexicon: Lexicon | None = None
        self._names: _Names | None = None

    def _directory(self) -> Path:
        if self._data_dir is not None:
            return self._data_dir
        from promptlint.resources import patterns_dir

        return patterns_dir() / "data"

    def _load(self) -> tuple[Lexicon, _Names]:
        if self._lexicon is None or self._names is None:
            directory = self._directory()
            self._lexicon = load_lexicon(directory)
            self._names = _Names.load(directory)
        return self._lexicon, self._names

    def find(self, text: str) -> Iterator[Span]:
        lexicon, names = self._load()
        spans, hits, vetoed = self._spans(text, lexicon, names)
        model = (
            None if self._rules_only or not (hits or spans) or len(text) < _special_model.MIN_TEXT
            else self._model or _special_model.shipped_model(self._directory())
        )
        if model is None:
            yield from spans
            return
        # A word in a made-up case, a law or a guide is not reported, and the model not asked.
        candidates = [c for c in self.candidates(text, spans, hits, vetoed) if not c.vetoed]
        threshold, keep = model.threshold, model.keep
        rows = _special_model.rows(text, candidates, names.mentioned)
        for c, features in zip(candidates, rows, strict=True):
            p = model.probability_of(features)
            if c.fired and p >= keep:
                yield Span(_CODES[c.category], c.start, c.end, c.confidence)
            elif p >= threshold:
                yield Span(_CODES[c.category], c.start, c.end, round(min(p, 0.95), 2))

    def scan_for_training(self, text: str) -> tuple[list[Span], list[_special_model.Candidate]]:
        """What the rules report in ``text`` and the candidates the model reads (for
        ``patterns/data/rebuild_special_model.py``)."""
        lexicon, names = self._load()
        spans, hits, vetoed = self._spans(text, lexicon, names)
        return spans, self.candidates(text, spans, hits, vetoed)

    @staticmethod
    def candidates(
        text: str, spans: list[Span], hits: list, vetoed: Collection[int] = ()
    ) -> list[_special_model.Candidate]:
        """What the model reads: each finding of the rules (with the listed word inside it)
        and each listed word outside them, in the order of the text. A cue the rules passed
        over ("diagnosticeret med") takes the words after it up to a comma or a full stop, as
        their finding would ("diagnosticeret med infantil autisme")."""
        found = []
        spans = sorted(spans, key=itemgetter(1))
        ends = [s[2] for s in spans]  # findings do not overlap: sorted by end too
        h, n = 0, len(hits)
        for code, start, end, confidence, _ in spans:
            while h < n and hits[h][1] - 1 <= start:
                h += 1  # hits end before the finding
            inside = hits[h] if h < n and hits[h][0] - 1 < end else None
            found.append(_special_model.Candidate(
                start, end, "?" if inside is None else inside[2], _CATEGORIES[code],
                "?" if inside is None else inside[3].mode, True, confidence,
            ))
        reach = -1  # where the object of a cue before ends
        for start, end, key, entry in hits:
            start, end = start - 1, end - 1
            i = bisect_right(ends, start)  # the first finding that ends after the word starts
            if i < len(spans) and spans[i][1] < end:
                continue  # inside or across a finding of the rules
            if start < reach:
                continue  # in the object of the cue before ("diagnosticeret med <angst>")
            if entry.mode == "cues":
                after = _CUE_OBJECT.match(text, end)
                if after is not None:
                    end = after.end()
                    if i < len(spans) and spans[i][1] < end:
                        end = spans[i][1]  # up to the next finding, not into it
                        while text[end - 1] in " \t":
                            end -= 1
                    reach = end
            found.append(_special_model.Candidate(start, end, key, entry.category, entry.mode,
                                                  False, vetoed=start + 1 in vetoed))
        found.sort(key=attrgetter("start"))
        return found

    def _spans(
        self, text: str, lexicon: Lexicon, names: _Names
    ) -> tuple[list[Span], list[tuple[int, int, str, _Entry]], set[int]]:
        """What the rules report, the listed words found (offsets one off: in " " + text), and
        where the words start that stand in a text about no one (_about_no_one)."""
        # A leading space gives a word at the very start its boundary and keeps every index
        # check in range; offsets are shifted back on output.
        t = " " + text
        view = _labels.cached_view(text)  # made by the identifier detectors before, if at all
        hits = lexicon.hits(t, None if view is None else b" " + view.raw)
        places = _diagnosis_places(text)
        cells = (
            _diagnosis_fields(text, names, places) + _diagnosis_cells(text, names, places)
            if places else []
        )
        if not hits and not cells:
            return [], hits, set()
        if _guidance(text, names, lexicon.context.label_pattern):
            return [], hits, {h[0] for h in hits}  # a guide names no one
        modes = {h[3].mode for h in hits}
        if "dose" in modes:
            hits = _with_medicines(t, hits, names)
        doc = _Doc(t, lexicon, names, text)
        # Where each hit starts: only a cue asks (whether its object holds a listed word).
        starts = {h[0] for h in hits} if "cues" in modes else set()
        found: list[_Found] = []
        covered = -1
        judge = self._judge
        vetoed = set()
        about_no_one = self._about_no_one
        for start, end, key, entry in hits:
            if start < covered:
                continue  # inside the object of the finding before ("gæld til inkasso")
            if entry.mode != "badge" and about_no_one(doc, start):
                vetoed.add(start)
                continue
            f = judge(doc, start, end, key, entry, starts)
            if f is not None:
                found.append(f)
                covered = f.end
                if f.confidence > 0:
                    doc.seen[f.category] = f.end
                    doc.confirmed.add(f.sentence)
        if cells:
            # A diagnosis cell or field is one finding with the listed words inside it.
            found = sorted(
                [f for f in found if not any(c.start <= f.start < c.end for c in cells)] + cells,
                key=lambda f: f.start,
            )
        if any(f.confidence == 0 for f in found):
            # A weak word in a sentence that already says something of its kind about the person
            # is about them too: "diskusprolaps i lænden, <opereret> 15/9, <genoptræning> i
            # gang", "idømt betinget fængsel i 2021 for <vold>".
            sure = {(f.sentence, f.category) for f in found if f.confidence > 0}
            for f in found:
                if f.confidence == 0 and (f.sentence, f.category) in sure:
                    f.confidence = 0.6
            # A case word ("underretning", "samværet", "blå mærker") in a text that says
            # something of its kind about a person is that person's, wherever it stands: the
            # text is their case ("Underretningen kom fra skolen" in a child's case notes).
            kinds = {f.category for f in found if f.confidence > 0}
            for f in found:
                if f.confidence == 0 and f.case and f.category in kinds:
                    f.confidence = 0.55
        return [
            Span(_CODES[f.category], f.start - 1, f.end - 1, round(f.confidence, 2))
            for f in _join(t, found)
        ], hits, vetoed

    @staticmethod
    def _about_no_one(doc: _Doc, start: int) -> bool:
        """The word stands in a text about no one: a made-up case, a law's text, a guide's FAQ,
        a checklist's question. The rules drop it, and the model is not asked (``vetoed``)."""
        t = doc.t
        if doc.fictional(start):
            return True  # "Fiktiv case til drøftelse": a made-up person is no one
        if doc.statute(start):
            return True  # "§ 92. En kvinde kan få sit svangerskab afbrudt …": a law's text
        if doc.faq(start):
            return True  # "Skal jeg være i hormonbehandling?⏎Nej. …": a guide's reader, anyone
        if _keywords.unticked_option(t, start):
            return True  # "☐ Kontanthjælp  ☒ Ressourceforløbsydelse": an option not chosen
        # "[ ] Er der tilhold …?": a checklist's question to go through with someone, a
        # template's; but "☐ Økonomi: kontanthjælpen er stoppet" is filled in
        return _keywords.checklist_item(t, start) and _line_asks(t, start)

    def _judge(self, doc: _Doc, start: int, end: int, key: str, entry: _Entry,
               starts: set[int]) -> _Found | None:
        t, ctx = doc.t, doc.ctx
        mode, category = entry.mode, entry.category
        if mode == "badge":
            return self._badge(doc, start, end, category)  # a name by nature, placed by _badge
        if not entry.proper and t[start].isupper() and (
            doc.proper_noun(start) or doc.names.is_name(t[start:end])
        ):
            return None  # "Hjemmeplejen Syd", "Kristen Nielsen", "Kirkegaard"
        if mode != "cues" and t.startswith((":", " :"), end):
            return None  # a field label ("Diagnose: …"); its value is the finding
        if t[start].isupper() and t.startswith("\n", end) and _heading_line(t, start, end):
            return None  # a section's heading on a line of its own ("Indlæggelsesårsag")
        if t[start].isupper() and t[end : end + 1] in ("\t", "\n") and (
            _labels.in_tab_header(t, start, end)
        ):
            return None  # a spreadsheet's column header ("Debitor<tab>CPR<tab>Restance")
        if mode == "acronym" and _in_capitals(t, start, end):
            return None  # "UDDRAG AF RAPPORT": a heading's word, not atrial fibrillation
        hyphen = end - 1 if t[end - 1] == "-" else end
        if t.startswith("-", hyphen) and _SUSPENDED_HYPHEN.match(t, hyphen):
            return None  # "handicap- og hjælpemiddelområdet": the first part of a compound
        weak = mode == "weak" or mode == "case"
        if mode == "phrase":
            found = doc.phrase_end(end, doc.lex.phrases.get(key, {}))
            if found is None:
                return None
            end, category = found
        elif mode == "objects":
            span = doc.object_after(end, possessive=True)
            if span is None:
                return None  # "idømt 30 dages …": the words after it are the finding
            end = span[1]
        elif mode == "cues":
            span = doc.object_after(end, possessive=False)
            if span is None or any(i in starts for i in range(span[0], span[1])):
                return None  # nothing named, or a listed word that is judged on its own
            start, end = span
        s = doc.last  # the sentence of the hit before, most often also this one's
        if s is None or start < s.a or end > s.b:
            s = doc.sentence(start, end)
        rel = start - s.a
        before = s.low[max(0, rel - 60) : rel]
        # The words before it; a word with punctuation attached ("sagen,") matches no list, which
        # is right: the punctuation separates it from the sensitive word.
        previous_all = before.split()
        previous = previous_all[-5:]
        last = previous[-1] if previous and before.endswith(" ") else ""
        if mode == "roles" and last not in ctx.copulas:
            if t[start - 1] == "(" and _name_before_bracket(doc, start):
                # "Henrik Aagaard (tillidsrepræsentant, 3F)": the person's role, in brackets
                return _Found(start, end, category, 0.8, s.a)
            return None  # "en tillidsrepræsentant deltager": not "hun er tillidsrepræsentant"
        if mode == "origin":
            if last not in ctx.origin_adjectives and last[:-1] not in ctx.origin_adjectives:
                return None
            if key.startswith("statsborger") and last.startswith("dansk"):
                return None  # "dansk statsborger" tells no origin; "dansk herkomst" does
            start -= len(last) + 1  # "somalisk herkomst"
            rel = start - s.a
            previous.pop()
            last = ""
        # _topic needs a marker or a filler last; most words are neither (a cheap first test).
        if (
            last not in _ONE_PERSON_POSSESSIVES
            and previous
            and (previous[-1] in ctx.marker_ends or previous[-1] in ctx.fillers)
            and _topic(ctx, previous)
        ):
            return None
        if key in ctx.next_words_of and t[end : end + 1] in (" ", "-"):
            # "påvirket af vejret" (affected), "drikker kaffe", "ICD-10" (a number too)
            following = _PHRASE_WORD.match(t, end + 1)
            if following is not None and following.group().lower() in ctx.next_words_of[key]:
                return None
        if t.startswith(" ", end):
            following = _OBJECT_WORD.match(t, end + 1)
            if following is not None:
                word = following.group().lower()
                if word in ctx.next_words:
                    return None  # "psykiatrisk sygeplejerske", "the cancer ward"
        elif t.startswith("-", end):
            following = _OBJECT_WORD.match(t, end + 1)
            if following is not None and following.group().lower().startswith(ctx.hyphen_places):
                return None  # "TB-ambulatoriet", "TB-teamet": a ward or a team, no one's illness
        if (mode == "places" and not ctx.work_words.isdisjoint(previous_all)) or (
            weak and not ctx.work_words.isdisjoint(previous_all[-3:])
        ):
            # "hun arbejder på psykiatrisk afdeling"; for an everyday word only right before it
            # (not "sygemeldt fra job som SOSU-assistent siden 3/3 pga stress")
            return None
        if mode == "places" and _the_institution(t, start, end):
            return None  # "krisecentrets rådgiver", "Krisecentret vurderer, at …"
        if weak and previous_all and previous_all[-1].lstrip("(\"'«»") in ctx.not_after:
            return None  # "(security operations)", "militære operationer"
        if (
            last in ctx.none_before
            or (
                len(previous_all) >= 2 and previous_all[-2] in ctx.none_before
                and last in _ABSENT_QUALIFIERS
            )
            or (
                len(previous_all) >= 3 and previous_all[-3] in ctx.none_before
                and (last in ("eller", "or") or previous_all[-2:] in _SIGN_OF)
            )
        ):
            # "ingen gæld", "uden tilbagefald", "ingen kendte allergier", "ingen fuldmagt eller
            # værgemål", "ingen tegn på tryksår": absent
            return None
        if last in ctx.previous_word_keys and last in (
            ctx.previous_words_of.get(key) or ctx.previous_words_of.get(t[start:end].lower(), ())
        ):
            return None  # "det kan have påvirket vælgerne": a verb; "under indlæggelsen"
        tail = ""
        if entry.kind != "exact" and mode in ("terms", "weak", "case", "places"):
            tail = t[start + len(key) : end].lower()
            if len(tail) > 3 and entry.kind == "stem" and ctx.compound_topic.search(tail):
                return None  # "kontanthjælpsreformen", "anbringelsesformen"
            if tail in _PLURAL_TAILS or (entry.kind == "stem" and tail.endswith(("er", "erne"))):
                if _heading(t, end):
                    return None  # "Underretninger i sagen:" heads a list; its lines tell
                if _is_count(last):
                    # A number makes a plural one person's count: "41 sygedage", "6
                    # underretninger"; the number belongs to the finding.
                    start -= len(last) + 1
                    previous.pop()
                    last = ""
                    weak = False
                else:
                    weak = True  # "anbringelser", "depressionerne": general unless by a person
        if weak and category == "union" and tail in _DEFINITE and _opens(s, rel):
            return None  # "Fagforeningen har bedt om et møde": the organisation acts
        if category == "health" and doc.about_animals(s):
            return None  # "14 grise med store navlebrok": the animals' condition
        if weak:
            confidence = (
                0.7
                if last in _ONE_PERSON_POSSESSIVES and not doc.indefinite_at(s, rel, end - s.a)
                else self._weak_person(doc, s, start, end)
            )
        elif key.partition(" ")[0] in _ONE_PERSON_POSSESSIVES and " " in key:
            # The entry names its person itself: "min psykiater", "her oncologist".
            confidence = (
                None
                if doc.conditional(s, rel) or doc.indefinite_at(s, rel, end - s.a)
                else 0.7
            )
        else:
            confidence = self._person(doc, s, start, end)
        # Qualifiers belong to the word: "kroniske rygsmerter", "paranoid skizofreni".
        while last in ctx.qualifiers and before.endswith(" " + last + " "):
            start -= len(last) + 1
            previous.pop()
            before = before[: -len(last) - 1]
            last = previous[-1] if previous else ""
        if confidence is None and not weak and tail in _DEFINITE and doc.follows_up(s, category):
            # The definite form points back to what the text said about the person before:
            # "… han drikker for meget … når vi kender til alkoholproblemet".
            confidence = 0.5
        elif (
            confidence is None
            and not weak
            and s.words[:2] in _THERE_IS
            and s.a - doc.seen.get(category, -_PARAGRAPH_REACH - 1) <= _PARAGRAPH_REACH
            and not doc.generic_at(s, start - s.a, end - s.a)
        ):
            # "There is" right after what the text said about the person: the same person.
            # "Han er ophørt med sin depotmedicin. Der er et samtidigt misbrug af kokain."
            confidence = 0.5
        if confidence is None:
            if not weak:
                return None
            # Kept in case it sits right by a finding of its own kind ("sygemeldt med stress").
            kept = _Found(start, end, category, 0.0, s.a)
            # A case word counts in a text about a person (see _spans), unless its own sentence
            # speaks in general ("En underretning skal sendes, hvis …").
            kept.case = (
                mode == "case"
                and not doc.generic_at(s, rel, end - s.a)
                and not doc.conditional(s, rel)
                and not doc.indefinite(s)
                # "En underretning skal altid vurderes", "pligt til at lave en underretning":
                # any report, said of duties; "Skolen har sendt en underretning" is one report.
                and not (last in _ANY_ONE and not _DUTY_WORDS.isdisjoint(s.present))
            )
            return kept
        return _Found(start, end, category, confidence, s.a)

    @staticmethod
    def _badge(doc: _Doc, start: int, end: int, category: str) -> _Found | None:
        """A union's or a party's name in brackets right after a person: "Lars-Ole Frederiksen
        (BUPL)", or alone in a cell of a union or party column ("Navn;Cpr;Fagf" over "Jannie
        Holm;…;3F", a table aligned with spaces with "Parti" over "Venstre")."""
        if category == "political" and doc.t[max(0, start - 5) : start] == " fra ":
            # "Mette fra SF", "Birgitte Lindholm fra Venstre": the person's party.
            return _Found(start, end, category, 0.75) if _name_before(doc, start - 4) else None
        if doc.t[start - 1] != "(" or not doc.t.startswith(")", end):
            # The table as written: ``doc.t`` has a space before its first line.
            src = doc.source if doc.source is not None else doc.t[1:]
            header = _labels.column_header(src, start - 1)
            if (
                header is not None
                and header.startswith(_BADGE_HEADERS.get(category, _UNION_HEADERS))
                and (
                    doc.t[max(0, start - 8) : start].rstrip(" ")[-1:] in ("|", "\t", ";")
                    and doc.t[end : end + 8].lstrip(" ")[:1] in ("|", "\t", ";", "\n", "\r", "")
                    or _labels.alone_in_cell(src, start - 1, end - 1)
                )
            ):
                return _Found(start, end, category, 0.75)
            return None
        if not _name_before_bracket(doc, start):
            return None
        return _Found(start, end, category, 0.8)

    @staticmethod
    def _person(doc: _Doc, s: _Sentence, start: int, end: int) -> float | None:
        """Confidence that a listed word in sentence ``s`` is about a person, or None."""
        ctx, low = doc.ctx, s.low
        rel, rel_end = start - s.a, end - s.a
        a = max(0, rel - _STRONG_REACH)
        b = min(len(low), rel_end + _STRONG_REACH)
        if doc.conditional(s, rel):
            return None
        whole = a == 0 and b == len(low)
        if whole and s.verdict is not None:
            return s.verdict[0]  # the sentence's person noun, decided for a word before
        if doc.generic_at(s, rel, rel_end):
            # General wording outweighs a person noun and a name: "Ole bemærkede, at der
            # generelt er mange med rygproblemer".
            return None
        if doc.strong(s, a, b):
            if not doc.indefinite_at(s, rel, rel_end):
                verdict: float | None = 0.8
            else:  # "Når en borger er sygemeldt, skal borgeren …"; but "en borger, Jasmin, …"
                verdict = 0.85 if doc.named(s) else None
            if whole:
                s.verdict = (verdict,)
            return verdict
        if doc.named(s):
            return 0.85
        if doc.indefinite_at(s, rel, rel_end):
            return None
        if ctx.soft_roles.found_in(*s.words_in(a, b)) and not doc.guidance(s):
            return 0.7
        _, near = s.words_in(rel - _PRONOUN_REACH, rel_end + _PRONOUN_REACH)
        if not ctx.pronouns.isdisjoint(near) and not _saint_hans(s, near, ctx.pronouns):
            return 0.7
        if _first_person(ctx, s, rel - _FIRST_PERSON_REACH, rel):
            return 0.7
        if _plural_subject(ctx, s.words_in(rel - 40, rel)[0]):
            return 0.6  # "De er kurdere"
        if doc.reader(s, rel - _PRONOUN_REACH, rel_end + _PRONOUN_REACH):
            return 0.7  # "Du skriver, at du har Parkinsons sygdom" in a letter to the person
        if doc.patient(s):
            return 0.8
        noted = doc.field_line(start, end) or doc.note_sentence(s)
        if noted and (doc.person_in_paragraph(start, end) or doc.person_in_header(start)):
            return 0.7
        if doc.row_person(start):
            return 0.6  # "KMH\t44\tpsykose i sept." in a team's table of initials
        if not noted and doc.person_in_paragraph(start, end, named_only=True):
            # A sentence without a person word in a paragraph about someone ("Bruun er medlem
            # af …" after "Niels-Erik Bruun"; "Har været indlagt siden maj." in a case note).
            return 0.6
        if s.a in doc.confirmed:
            # The sentence has already said something of this kind about a person, too far
            # back for the reaches above: "Han fortæller, at han … tager Sertralin 100 mg om
            # morgenen og Quetiapin 25 mg til natten".
            return 0.65
        if (doc.case_header(start) or doc.case_notes(start)) and not doc.indefinite(s):
            # A case document about one person (a header with a CPR number or "Pupil:" and a
            # name, or a log whose sentences leave the person out): "the reading and spelling
            # profile is consistent with dyslexia", "Tager ibuprofen og tramadol efter behov".
            return 0.55
        return None

    @staticmethod
    def _weak_person(doc: _Doc, s: _Sentence, start: int, end: int) -> float | None:
        """The same for an everyday or plural word: the person must be right next to it."""
        ctx, low = doc.ctx, s.low
        rel, rel_end = start - s.a, end - s.a
        a = max(0, rel - _WEAK_REACH)
        b = min(len(low), rel_end + _WEAK_REACH)
        if doc.generic_at(s, rel, rel_end) or doc.conditional(s, rel):
            return None
        words, near = s.words_in(a, b)
        if doc.names.mentioned(doc.t[s.a + a : s.a + b]):
            return 0.75
        if doc.indefinite_at(s, rel, rel_end):
            return None
        if ctx.strong(words, near):
            return 0.75
        if (not ctx.pronouns.isdisjoint(near) and not _saint_hans(s, near, ctx.pronouns)) or _first_person(
            ctx, s, rel - _FIRST_PERSON_WEAK_REACH, rel
        ):
            return 0.6
        if doc.reader(s, a, b):
            return 0.6
        if _plural_subject(ctx, s.words_in(rel - 40, rel)[0]):
            return 0.6  # "De er kurdere", "Begge forældre er sunnimuslimer"
        if rel <= _WEAK_REACH and doc.patient(s):
            return 0.6  # "Borger har en dom for butikstyveri", "Pt. har vold i anamnesen"
        if (
            doc.case_notes(start)
            and not doc.indefinite(s)
            and low[max(0, rel - 5) : rel] not in _TO_AN_INSTITUTION
            and not (rel == 0 and (_heading(doc.t, end) or _title_line(doc.t, start)))
        ):
            # A log about one person: "Smerter med udstråling til venstre ben."; not the
            # services it deals with ("bekymringsbesked til psykiatrien", "Psykiatrien
            # orienterede:").
            return 0.5
        return None


# Adverbs around the verb: "De er oprindeligt kurdere", "Begge er nu skilt", "De er også …".
_SUBJECT_ADVERBS = frozenset(("også", "alle", "begge", "nu", "oprindeligt", "stadig", "fortsat",
                              "selv", "both", "also", "all"))


def _plural_subject(ctx: _Context, words: list[str]) -> bool:
    """The words before a plural noun end in a plural person and a copula: "de er", "begge
    forældre er", "forældrene blev", "they are" (the noun is what these persons are)."""
    if len(words) > 2 and words[-1] in _SUBJECT_ADVERBS:
        words = words[:-1]  # "De er oprindeligt kurdere"
    elif len(words) > 2 and words[-1].endswith("iske") and words[-2] in ctx.copulas:
        words = words[:-1]  # "De er syriske flygtninge": an adjective of origin
    if len(words) < 2 or words[-1] not in ctx.copulas or words[-1] == "som":
        return False
    subject = words[-2]
    if subject in _SUBJECT_ADVERBS and len(words) > 2 and words[-3] in ctx.plural_subjects:
        return True
    return subject in ctx.plural_subjects


_OBJECT_ARTICLES = frozenset(("en", "et", "a", "an"))
_OBJECT_QUANTIFIERS = frozenset(("flere", "mange", "nogle", "several", "many"))


# What may stand before a heading on its line: nothing, a number ("1. Afsoningsforløb"), "#".
_HEADING_BEFORE = rx.compile_re(r"[ \t]*(?:(?P<mark>#{1,4}|\d{1,2}[.)])[ \t]+)?")


def _heading_line(t: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is a line of its own ending at ``end`` and heads a section: it
    is numbered ("1. Afsoningsforløb", "## Indlæggelse") or prose follows it ("Indlæggelsesårsag"
    over "28-årig kvinde, indlagt akut …"). A word over a short line is an item of a list
    ("Diabetes" over "KOL")."""
    before = _HEADING_BEFORE.fullmatch(t, t.rfind("\n", 0, start) + 1, start)
    if before is None:
        return False
    if before.group("mark"):
        return True
    following = t.find("\n", end + 1)
    return (len(t) if following == -1 else following) - end > 40


def _title_line(t: str, start: int) -> bool:
    """The line from ``start`` is a short title, capitalised and without punctuation
    ("Medicin ved udskrivelse", "Genoptræning og hjælpemidler"): it heads what follows."""
    if not t[start : start + 1].isupper() or t[start - 1 : start] not in ("\n", " "):
        return False
    end = t.find("\n", start, start + 60)
    if end == -1:
        return False
    line = t[start:end]
    return not any(c in line for c in ".!?:,;") and len(line.split()) <= 6


_TO_AN_INSTITUTION = frozenset((" til ", " fra ", " hos ", "til ", "fra ", "hos "))


# English "I'm", "I've", "I'd" (split by the word pattern into "i" and "m").
_I_CONTRACTION = rx.compile_re(r"(?<![\w])i['’](?:m|ve|d|ll)(?![\w])")


def _first_person(ctx: _Context, s: _Sentence, a: int, b: int) -> bool:
    """The writer ("jeg", "mig", "me", "I'm") in ``s.low[a:b]``."""
    if not ctx.first_person.isdisjoint(s.words_in(a, b)[1]):
        return True
    return "i" in s.present and _I_CONTRACTION.search(s.low, max(0, a), b) is not None


# The start of an "at"/"that" clause whose subject is one person: "…, at hun har …".
_AT_PERSON = re.compile(r"(?<![\w])(?:at|that) (?:han|hun|jeg|hans|hendes|min|mit|mine|he|she|i|his|her|my)(?![\w])")


def _clause(low: str, rel: int, rel_end: int) -> tuple[int, int]:
    """The clause of the word at ``low[rel:rel_end]``: after the last clause break or "at"/"that"
    with a person before it ("He has told former colleagues that he is being treated for PTSD"),
    up to the next clause break after it."""
    a = max(
        (m.end() for m in chain(_CLAUSE_BREAK_BEFORE.finditer(low, 0, rel),
                                _AT_PERSON.finditer(low, 0, rel))),
        default=0,
    )
    after = _CLAUSE_BREAK_AFTER.search(low, rel_end)
    return a, after.start() if after is not None else len(low)


def _join(t: str, found: list[_Found]) -> Iterator[_Found]:
    """Findings of one kind next to each other are one finding ("sygemeldt med stress",
    "anbragt uden for hjemmet i en plejefamilie"); a weak word counts only in such a group."""
    group: _Found | None = None
    for f in found:
        if (
            group is not None
            and f.category == group.category
            and (f.start <= group.end or _JOINERS.fullmatch(t, group.end, f.start))
        ):
            group = _Found(group.start, max(group.end, f.end), group.category,
                           max(group.confidence, f.confidence))
            continue
        if group is not None and group.confidence > 0:
            yield group
        group = f
    if group is not None and group.confidence > 0:
        yield group


DETECTORS = (SpecialCategoryDetector,)
