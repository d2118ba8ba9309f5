"""Sensitive personal data: health, criminal offences, social conditions, beliefs and more.

GDPR art. 9 lists the special categories (race or ethnic origin, political opinions, religious
or philosophical beliefs, trade-union membership, genetic and biometric data, health, sex life
and sexual orientation); art. 10 and databeskyttelsesloven § 8 add criminal offences; and the old
persondataloven § 8 treated "væsentlige sociale problemer" (kontanthjælp, anbringelse, misbrug)
as sensitive too; they are still confidential under tavshedspligt. See ../shared/DOMAIN.md §5.

A word such as "diabetes" or "kontanthjælp" is sensitive only when it is *about a person*:
"Borgeren har diabetes" is, "Diabetes er en folkesygdom" is not. So a word from the lists is
reported only when a person is referred to nearby:

- in the same sentence: a name (a common Danish first name, or a capitalised word followed by a
  known surname), a CPR number, a definite person noun ("borgeren", "ansøgeren", "patienten",
  "min kollega", "hans mor"), or a personal pronoun ("han", "hun", "hende") or "jeg" shortly
  before the word; or
- in the same short paragraph: a name, a CPR number or a definite person noun (case notes put
  "Navn:" and "Diagnose:" on separate lines).

Generic wording switches the pronoun rule off for the sentence ("mange", "borgere",
"statistik", "hvis en borger", "forklar", "artikel om" …), and a conditional ("hvis borgeren",
"når ansøgeren") turns a person noun into a rule description. Some everyday words ("hospital",
"stress", "kirke") are *weak*: they need the person within a few words.

The word lists are data: ``patterns/data/special_category/terms.toml`` (curated, with Danish
inflection) and ``patterns/data/health/health_terms.txt`` (conditions from Lægehåndbogen's
index, filtered by ``patterns/data/rebuild_health_terms.py``). An organisation adds its own
words through a pattern pack (entity ``special_category``, ``context.required = true``).

Speed: all entries go into one Aho-Corasick automaton (pyahocorasick), so the scan is one pass
over the lower-cased text whatever the size of the lists; the person check runs only where a
word was found, on the few words around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from promptlint.model import Rule, Severity, Span

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

# --- person references ---------------------------------------------------------------------------

_ROLE_NOUNS = (
    "borgeren", "ansøgeren", "medarbejderen", "kollegaen", "kollegaen", "klienten", "patienten",
    "barnet", "moderen", "faderen", "moren", "faren", "drengen", "pigen", "eleven", "den unge",
    "beboeren", "lejeren", "sagsparten", "parten", "den ansatte", "lederen", "kvinden", "manden",
    "personen", "tiltalte", "sigtede", "den dømte", "den sigtede", "den tiltalte", "forurettede",
    "pensionisten", "ægtefællen", "samleveren", "kæresten", "sønnen", "datteren", "broren",
    "søsteren", "plejebarnet", "den studerende", "praktikanten", "brugeren", "modtageren",
    "familien", "forældrene", "husstanden", "parret",
    "den pågældende", "pågældende", "vedkommende", "afdøde", "den afdøde",
    "anmelderen", "klageren", "the applicant", "the employee", "the patient", "the client",
    "the citizen", "the child", "the claimant",
)
_RELATIVES = (
    "mand", "kone", "hustru", "søn", "datter", "mor", "far", "bror", "søster", "barn", "børn",
    "chef", "leder", "kollega", "nabo", "ven", "veninde", "kæreste", "forælder", "forældre",
    "bedstemor", "bedstefar", "svigermor", "svigerfar", "medarbejder", "elev", "klient",
    "patient", "ægtefælle", "samlever", "stedsøn", "steddatter", "plejebarn",
)
_POSSESSIVES = frozenset(("min", "mit", "mine", "hans", "hendes", "deres", "vores", "our", "my",
                          "his", "her"))
_ENGLISH_RELATIVES = ("colleague", "husband", "wife", "son", "daughter", "mother", "father",
                      "brother", "sister", "friend", "neighbour", "neighbor", "employee", "client",
                      "patient")
# Single words and word pairs that point to one person ("borgeren", "borgerens", "den unge",
# "min kollega", "hans mor").
_ROLE_WORDS = frozenset(
    form for r in _ROLE_NOUNS if " " not in r for form in (r, r + "s")
)
_ROLE_PAIRS = frozenset(
    form for r in _ROLE_NOUNS if " " in r for form in (r, r + "s")
)
_RELATIVE_FORMS = frozenset(
    form
    for r in (*_RELATIVES, *_ENGLISH_RELATIVES)
    for form in (r, r + "en", r + "et", r + "s", r + "ens", r + "ets")
)
_PRONOUNS = frozenset(("han", "hun", "ham", "hende", "hans", "hendes", "he", "she", "him", "her",
                       "his"))
_FIRST_PERSON = frozenset(("jeg", "mig"))
# Words that say "people in general", not one person; and word beginnings that do the same.
_GENERIC_WORDS = frozenset((
    "mange", "flere", "alle", "nogle", "ofte", "generelt", "typisk", "procent", "antallet",
    "andelen", "borgere", "patienter", "personer", "mennesker", "folk", "danskere", "familier",
    "ansatte", "medarbejdere", "elever", "kvinder", "mænd", "man", "hvis", "når", "såfremt",
    "eksempel", "people", "patients", "citizens", "explain",
))
_GENERIC_PREFIXES = ("statistik", "undersøgelse", "forskning", "risiko", "forebyg", "kampagne",
                     "oplæg", "artikel", "pjece", "kurs", "undervis", "forklar", "fiktiv")
_GENERIC_PAIRS = frozenset((
    "de fleste", "i almindelighed", "en borger", "en person", "en patient", "en ansøger",
    "en medarbejder", "information om", "hvad er", "hvad betyder", "symptomer på",
    "in general", "what is",
))
# "Hvis borgeren …", "når en ansøger …": a rule about anyone, not a statement about someone.
_CONDITIONS = frozenset(("hvis", "når", "såfremt", "if", "when"))
_CONDITION_SUBJECTS = ("borger", "ansøger", "patient", "medarbejder", "klient", "ansat", "elev",
                       "bruger", "person", "the")
_WORD = re.compile(r"[a-zæøåéüöä]+")
_PAIR_STARTS = frozenset(w.split()[0] for w in (*(r for r in _ROLE_NOUNS if " " in r),
                                                  *_GENERIC_PAIRS))
_HONORIFICS = frozenset(("hr", "fru", "frk", "mr", "mrs", "ms", "dr"))
_CPR = re.compile(r"(?<![\w\-])\d{6}[ \-–]?\d{4}(?![\w\-])")
_SIX_DIGITS = re.compile(r"\d{6}")
_HONORIFIC = re.compile(r"(?<![\w])(?i:hr|fru|frk|mr|mrs|ms|dr)\.? [A-ZÆØÅ]")
_CAPITAL_WORD = re.compile(r"(?<![\w])[A-ZÆØÅ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?(?![\w])")
_SENTENCE_BREAK = re.compile(r"[!?\n]|\.(?! ?[a-zæøå0-9,;)])")
_SENTENCE_REACH = 250
_PARAGRAPH_REACH = 300
_WEAK_REACH = 40
_PRONOUN_REACH = 90
_FIRST_PERSON_REACH = 60
_FIELD_LINE = 40
_STRONG_REACH = 150


@dataclass
class _Entry:
    category: str
    kind: str  # "exact", "infl" (up to four more letters) or "stem"
    weak: bool


@dataclass
class Lexicon:
    """The word lists, ready to scan: every lower-case entry, and the acronyms."""

    entries: dict[str, _Entry]
    acronyms: dict[str, str]
    acronym_pattern: re.Pattern[str] | None
    guarded: set[str] = field(default_factory=set)
    _automaton: object = None
    _pattern: re.Pattern[str] | None = None

    def words(self, low: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every entry found at the start of a word in ``low``, longest first.

        With pyahocorasick (a dependency of the pack keyword index) one automaton pass finds
        every entry; building it takes milliseconds. Without it, a regex prefix tree does the
        same, but compiling a tree of ~1,800 words costs about 0.1 s.
        """
        if self._automaton is None:
            self._automaton = _build_automaton(self.entries)
        if self._automaton is False:
            yield from self._words_by_regex(low)
            return
        best: dict[int, int] = {}
        for last, word in self._automaton.iter(low):
            start = last + 1 - len(word)
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
                continue
            tail = _TAIL_RE[self.entries[word].kind].match(low, last + 1)
            if tail is not None and tail.end() > best.get(start, -1):
                best[start] = tail.end()
        covered = -1
        for start in sorted(best):
            if start >= covered:  # not inside a longer entry found before ("medlem af 3f")
                covered = best[start]
                yield start, covered

    def _words_by_regex(self, low: str) -> Iterator[tuple[int, int]]:
        if self._pattern is None:
            self._pattern = re.compile(
                r"(?:^|(?<=[^\w]))(" + _trie_pattern(self.entries) + ")", re.MULTILINE
            )
        for match in self._pattern.finditer(low):
            yield match.span(1)

    def entry_for(self, word: str) -> tuple[str, _Entry] | None:
        """The longest entry that produced ``word`` (its own kind decides what may follow)."""
        for k in range(len(word), 0, -1):
            entry = self.entries.get(word[:k])
            if entry is None:
                continue
            rest = len(word) - k
            if entry.kind == "stem" or (entry.kind == "exact" and rest == 0):
                return word[:k], entry
            if entry.kind == "infl" and (rest == 0 or word[k:] in _INFLECTION):
                return word[:k], entry
        return None


def _parse_entry(raw: str) -> tuple[str, str]:
    raw = raw.strip().lower()
    if raw.startswith("="):
        return raw[1:], "exact"
    if raw.endswith("*"):
        return raw[:-1], "stem"
    return raw, "infl"


# Danish inflection endings of nouns and adjectives: depression-en, psykose-r(ne), kræft-en,
# gravid-e, blind-t. Deliberately not "any four letters": "eksem" must not match "eksempler".
_INFLECTION = ("e", "en", "ens", "ene", "enes", "er", "erne", "ernes", "es", "et", "ets", "n",
               "ne", "nes", "ns", "r", "rne", "rnes", "s", "t")
_TAIL = {
    "exact": r"(?![\w])",
    "infl": r"(?:" + "|".join(sorted(_INFLECTION, key=len, reverse=True)) + r")?(?![\w])",
    "stem": r"[\w\-]*",
}
_TAIL_RE = {kind: re.compile(tail) for kind, tail in _TAIL.items()}


def _build_automaton(entries: dict[str, _Entry]):
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - a platform without the wheel still works
        return False
    automaton = ahocorasick.Automaton()
    for word in entries:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _trie_pattern(entries: dict[str, _Entry]) -> str:
    """A regex prefix tree: shared prefixes are matched once, so the scan stays one pass."""
    root: dict = {}
    for word, entry in entries.items():
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = entry.kind

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            # Longer entries first, then this one with its own tail.
            branches.append(_TAIL[node[""]])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(root)


def load_lexicon(directory: Path) -> Lexicon:
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    with open(directory / "special_category" / "terms.toml", "rb") as fh:
        data = tomllib.load(fh)
    entries: dict[str, _Entry] = {}
    acronyms: dict[str, str] = {}
    guarded: set[str] = set()
    for category, table in data.items():
        for weak, key in ((False, "terms"), (True, "weak")):
            for raw in table.get(key, []):
                word, kind = _parse_entry(raw)
                entries[word] = _Entry(category, kind, weak)
        phrases = table.get("phrases")
        if phrases:
            for before in phrases["before"]:
                for after in phrases["after"]:
                    word, kind = _parse_entry(f"{before} {after}")
                    entries.setdefault(word, _Entry(category, "exact", False))
        for name in table.get("files", []):
            for line in (directory / name).read_text(encoding="utf-8").splitlines():
                line = line.strip().lower()
                if line and not line.startswith("#"):
                    entries.setdefault(line, _Entry(category, "infl", False))
        for acronym in table.get("acronyms", []):
            acronyms[acronym] = category
        for raw in table.get("guard_capitalised", []):
            guarded.add(_parse_entry(raw)[0])
    acronym_pattern = None
    if acronyms:
        body = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
        # No look-behind first: sre then scans for the acronyms' first letters in C.
        acronym_pattern = re.compile(r"(?:" + body + r")(?![\w+])")
    return Lexicon(entries, acronyms, acronym_pattern, guarded)


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # "İ" lower-cases to two characters; keep offsets aligned by leaving such letters alone.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# --- names, from the name detector's shipped lists (optional) -------------------------------------


def _read_tiers(path: Path, max_tier: int) -> set[str]:
    names: set[str] = set()
    if not path.is_file():
        return names
    tier = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@tier"):
                tier = int(line.split()[1])
                if tier > max_tier:
                    break
                continue
            names.add(line)
    return names


@dataclass
class _Names:
    first: set[str]
    surnames: set[str]
    words: set[str]

    @classmethod
    def load(cls, directory: Path) -> _Names:
        names = directory / "names"
        words: set[str] = set()
        common = names / "common_words.txt"
        if common.is_file():
            words = {
                w.strip().lower()
                for w in common.read_text(encoding="utf-8").splitlines()
                if w.strip() and not w.startswith("#")
            }
        return cls(
            first=_read_tiers(names / "first_names.txt", 2),
            surnames=_read_tiers(names / "surnames.txt", 2),
            words=words,
        )

    def mentioned(self, text: str) -> bool:
        """A common first name that is not also an ordinary word, or Firstname + known surname."""
        previous_capital = False
        for match in _CAPITAL_WORD.finditer(text):
            token = match.group()
            if token in self.first and token.lower() not in self.words:
                return True
            if previous_capital and (token in self.surnames or token.endswith("sen")):
                return True
            previous_capital = token in self.first
        return False


# --- the detector ----------------------------------------------------------------------------------


class SpecialCategoryDetector:
    rules = tuple(RULES.values())

    def __init__(self, data_dir: Path | None = None) -> None:
        self._data_dir = data_dir
        self._lexicon: Lexicon | None = None
        self._names: _Names | None = None

    def _load(self) -> tuple[Lexicon, _Names]:
        if self._lexicon is None or self._names is None:
            from promptlint.resources import patterns_dir

            directory = self._data_dir or (patterns_dir() / "data")
            self._lexicon = load_lexicon(directory)
            self._names = _Names.load(directory)
        return self._lexicon, self._names

    def find(self, text: str) -> Iterator[Span]:
        lexicon, names = self._load()
        # A leading space keeps every index check in range; offsets are shifted back on output.
        low = " " + _lower_same_length(text)
        cache: dict = {}
        text = " " + text
        for start, end in lexicon.words(low):
            found = lexicon.entry_for(low[start:end])
            if found is None:
                continue
            entry_word, entry = found
            if entry_word in lexicon.guarded and _proper_noun(text, start):
                continue
            if low.startswith(":", end) or low.startswith(" :", end):
                continue  # a field label ("Diagnose: …"); its value is the finding
            span = self._judge(text, low, start, end, entry, names, cache)
            if span is not None:
                yield Span(span.rule, span.start - 1, span.end - 1, span.confidence)
        if lexicon.acronym_pattern is not None:
            for match in lexicon.acronym_pattern.finditer(text):
                if text[match.start() - 1].isalnum():
                    continue  # inside a longer word ("KOLD", "THIV")
                entry = _Entry(lexicon.acronyms[match.group()], "exact", False)
                span = self._judge(text, low, match.start(), match.end(), entry, names, cache)
                if span is not None:
                    yield Span(span.rule, span.start - 1, span.end - 1, span.confidence)

    def _judge(self, text, low, start, end, entry, names, cache) -> Span | None:
        s0, e0 = _sentence(low, start, end)
        if entry.weak:
            # A weak word must sit right next to its person ("hun er på hospitalet").
            near = _Window(text, low, max(s0, start - _WEAK_REACH), min(e0, end + _WEAK_REACH),
                           names)
            if near.conditional():
                return None
            if near.strong() or near.named():
                confidence = 0.75
            elif (near.pronoun() or near.first_person()) and not near.generic():
                confidence = 0.6
            else:
                return None
        else:
            sentence = _Window(text, low, max(s0, start - _STRONG_REACH),
                               min(e0, end + _STRONG_REACH), names)
            confidence = None
            conditional = sentence.conditional()
            if not conditional and sentence.strong():
                confidence = 0.8
            elif sentence.named():
                confidence = 0.85
            elif not conditional and not sentence.generic():
                near = _Window(text, low, max(s0, start - _PRONOUN_REACH),
                               min(e0, end + _PRONOUN_REACH), names)
                before = _Window(text, low, max(s0, start - _FIRST_PERSON_REACH), start, names)
                if near.pronoun() or before.first_person():
                    confidence = 0.7
                else:
                    confidence = _person_in_paragraph(text, low, start, end, names, cache)
        if confidence is None:
            return None
        rule = RULES[entry.category]
        return Span(rule.code, start, end, round(confidence, 2))


class _Window:
    """The words of low[a:b] and what they say about persons, each question answered once and
    only when asked (this runs for every found word, so it avoids big regexes)."""

    def __init__(self, text: str, low: str, a: int, b: int, names: _Names) -> None:
        self.text, self.low, self.a, self.b, self.names = text, low, a, b, names
        self.words = _WORD.findall(low, a, b)
        self.present = set(self.words)
        self._pairs: set[str] | None = None

    def pairs(self) -> set[str]:
        if self._pairs is None:
            words = self.words
            self._pairs = {f"{w1} {w2}" for w1, w2 in zip(words, words[1:], strict=False)}
        return self._pairs

    def conditional(self) -> bool:
        """"Hvis borgeren …", "når en ansøger …": a rule about anyone."""
        if not self.present & _CONDITIONS:
            return False
        words = self.words
        for w1, w2, w3 in zip(words, [*words[1:], ""], [*words[2:], "", ""], strict=True):
            if w1 in _CONDITIONS and (
                w2.startswith(_CONDITION_SUBJECTS)
                or (w2 in ("en", "den", "a") and w3.startswith(_CONDITION_SUBJECTS))
            ):
                return True
        return False

    def strong(self) -> bool:
        """A person noun ("borgeren", "den unge"), a relative ("hans mor") or a CPR number."""
        present = self.present
        if present & _ROLE_WORDS:
            return True
        if present & _PAIR_STARTS and self.pairs() & _ROLE_PAIRS:
            return True
        if present & _POSSESSIVES:
            words = self.words
            if any(
                w1 in _POSSESSIVES and w2 in _RELATIVE_FORMS
                for w1, w2 in zip(words, words[1:], strict=False)
            ):
                return True
        return bool(
            _SIX_DIGITS.search(self.low, self.a, self.b)
            and _CPR.search(self.low, self.a, self.b)
        )

    def named(self) -> bool:
        original = self.text[self.a : self.b]
        if self.names.mentioned(original):
            return True
        return bool(self.present & _HONORIFICS) and _HONORIFIC.search(original) is not None

    def generic(self) -> bool:
        present = self.present
        if present & _GENERIC_WORDS:
            return True
        if present & _PAIR_STARTS and self.pairs() & _GENERIC_PAIRS:
            return True
        return any(w.startswith(_GENERIC_PREFIXES) for w in self.words)

    def pronoun(self) -> bool:
        return bool(self.present & _PRONOUNS)

    def first_person(self) -> bool:
        return bool(self.present & _FIRST_PERSON)


def _proper_noun(text: str, start: int) -> bool:
    """A capitalised word inside a sentence, or one followed by another capitalised word, is a
    name ("Kristen Nielsen", "hr. Præst"), not the ordinary word ("kristen", "præst")."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t\"'»(*-")
    if before and before[-1] not in ".!?:\n":
        return True
    space = text.find(" ", start)
    return space != -1 and _CAPITAL_WORD.match(text, space + 1) is not None


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): between the nearest ends of sentences, at most
    250 characters either way. A full stop followed by a lower-case letter or a digit is an
    abbreviation or a number ("pga. rygsmerter", "12. marts", "12.000"), not a sentence end."""
    lo = max(0, start - _SENTENCE_REACH)
    s0 = lo
    for match in _SENTENCE_BREAK.finditer(low, lo, start):
        s0 = match.end()
    hi = min(len(low), end + _SENTENCE_REACH)
    match = _SENTENCE_BREAK.search(low, end, hi)
    return s0, (match.start() if match else hi)


def _person_in_paragraph(text, low, start, end, names, cache) -> float | None:
    """A name, CPR number or person noun elsewhere in the same paragraph (case-note headers)."""
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", end)
    line_end = len(low) if line_end == -1 else line_end
    line = low[line_start:line_end].rstrip()
    field_line = ":" in low[line_start:start] or (
        len(line) <= _FIELD_LINE and not line.endswith((".", "!", "?"))
    )
    lo = max(0, start - _PARAGRAPH_REACH)
    hi = min(len(low), end + _PARAGRAPH_REACH)
    back = low.rfind("\n\n", lo, start)
    if back != -1:
        lo = back
    forward = low.find("\n\n", end, hi)
    if forward != -1:
        hi = forward
    key = (lo, hi, field_line)
    if key in cache:
        return cache[key]
    paragraph = _Window(text, low, lo, hi, names)
    result = None
    if paragraph.named():
        result = 0.7
    elif not paragraph.conditional() and paragraph.strong():
        if _CPR.search(low, lo, hi):
            result = 0.75
        elif field_line:
            # A person noun elsewhere in the paragraph counts for a short field line of a case
            # note ("Diagnose: depression"), not for a whole sentence of general text.
            result = 0.7
    cache[key] = result
    return result


DETECTORS = (SpecialCategoryDetector,)
