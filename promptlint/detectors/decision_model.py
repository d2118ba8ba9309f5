"""A learned reading of decision requests: the sentences the patterns do not know yet.

The decision pack (``patterns/packs/decisions.toml``) knows a request by its wording. Every new
writer finds new wordings ("…, er du enig?", "Vælg den kandidat, vi skal ansætte", "was she
available for work in that period or not?"), so at first sight the patterns found about two
thirds of the requests in texts they had never seen, with hardly a false finding. This detector
reads a sentence as a whole instead: a logistic regression over its words, its word pairs, its
first words and whether it is a question, trained on the annotated corpora under ``tests/``
(``patterns/data/rebuild_decision_model.py``). Trained without a batch of blind corpora and
measured on it, it found more than four in five of their requests at a precision near 0.95.

Only sentences that may be a request are read (the candidates): those with a question mark, a
word that addresses the AI ("du", "din", "you") or a word of judging or choosing ("vurder",
"afgør", "decide", "vælg", "ja eller nej" …). Their places come from the keyword index, so a
text without them costs nothing. A sentence read twice in one text (a template's repeated line)
is scored once.

The model is data: ``patterns/data/decisions/model.json`` holds its weights, its threshold and
what it was trained on. Scoring needs no library: a sum of weights and a logistic function.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels
from promptlint.detectors._logistic import Weights
from promptlint.model import Rule, Severity, Span
from promptlint.resources import patterns_dir

RULE = Rule(
    code="AD012",
    name="decision-request-model",
    entity="decision_request",
    severity=Severity.WARNING,
    guideline=4,
    priority=25,
    scope="sentence",
    mask="none",
    message={
        "da": "Lyder som en anmodning om, at AI'en afgør eller vurderer en konkret sag",
        "en": "Reads like a request for the AI to decide or judge an individual case",
    },
    what={
        "da": "En lært model (logistisk regression over sætningens ord og ordpar) læser hver "
        "sætning, der kan være en anmodning til AI'en: et spørgsmål, en sætning med 'du' eller "
        "'din', eller et ord som 'vurder', 'afgør', 'vælg' eller 'ja eller nej'. Den finder "
        "vendinger, mønstrene AD001-AD011 endnu ikke kender ('…, er du enig?', 'Vælg den "
        "kandidat, vi skal ansætte'). Modellen er trænet på de annoterede korpusser under "
        "tests/ og ligger som data i patterns/data/decisions/model.json. Sikkerheden er "
        "modellens sandsynlighed.",
        "en": "A learned model (logistic regression over the sentence's words and word pairs) "
        "reads every sentence that may be a request to the AI: a question, a sentence with "
        "'du' or 'din' (you, your), or a word such as 'vurder' (assess), 'afgør' (decide), "
        "'vælg' (choose) or 'ja eller nej' (yes or no). It finds wordings the patterns "
        "AD001-AD011 do not know yet ('…, er du enig?', 'Vælg den kandidat, vi skal ansætte'). "
        "The model is trained on the annotated corpora under tests/ and shipped as data in "
        "patterns/data/decisions/model.json. The confidence is the model's probability.",
    },
    why={
        "da": "Afgørelser i konkrete sager skal træffes af en medarbejder efter forvaltningsloven "
        "(retningslinje 4: lad aldrig AI træffe forvaltningsafgørelser). En model tager fejl "
        "oftere end et mønster, så fundet er en advarsel: læs sætningen, og vurder selv.",
        "en": "Decisions in individual cases must be made by a public servant under the Danish "
        "Public Administration Act (guideline 4: never let AI make administrative decisions). A "
        "model errs more often than a pattern, so the finding is a warning: read the sentence "
        "and judge for yourself.",
    },
    instead={
        "da": "Træf selv afgørelsen. Bed AI'en om at forklare reglerne generelt, opstille hensyn "
        "for og imod eller forbedre sproget i et brev om den afgørelse, du har truffet. Er "
        "sætningen ingen anmodning om en afgørelse, så undertryk fundet med "
        "'promptlint: ignore[AD012]'.",
        "en": "Make the decision yourself. Ask the AI to explain the rules in general, to list "
        "the considerations for and against, or to improve the language of a letter about the "
        "decision you made. If the sentence asks for no decision, suppress the finding with "
        "'promptlint: ignore[AD012]'.",
    },
    examples=(
        "Hun har været syg i 90 dage. Skal hun fortsætte i jobbet, eller er det tid til en "
        "afsked?",
        "Borgeren har søgt om tilskud til en ny seng. Synes du, hun bør få den?",
    ),
    counter_examples=(
        "Skal vi give en kage til holdet på fredag, eller er det for meget?",
        "Han har søgt om hjælp. Skal vi skrive til ham på dansk eller engelsk?",
        "Du må ikke bruge ChatGPT til at afgøre, om en borger skal have hjælp.",
    ),
)

# Words that make a sentence a candidate (lower case; found by the keyword index, then checked
# to stand as words). "?" is checked in the text: the view writes characters outside Latin-1
# as "?".
CUES = (
    # The AI addressed as it is asked ("kan du", "din vurdering"), not every "du" of a note.
    "kan du", "vil du", "kunne du", "du må", "du skal", "synes du", "mener du",
    "tror du", "du bestemmer", "din vurdering", "dit bud", "din mening", "dit svar", "hvad du",
    # The same asked inside a clause ("Jeg vil gerne høre, om du mener …") and who of a list.
    "du mener", "du synes", "du tror", "du vælger", "du beslutter", "du afgør", "du vurderer",
    "du bestemme", "hvilke der skal", "hvem der skal",
    "du gerne", "du lige", "du selv", "dig til", "can you", "could you", "would you", "will you",
    "do you", "you think", "your view", "your opinion", "your assessment",
    "your recommendation", "you decide", "you were",
    "yes or no", "yes/no", "ja/nej",
    "ja eller nej", "decide", "determine", "vurder", "vurdér", "vurdere", "afgør", "afgøre",
    "beslut", "beslutte", "vælg", "stilling", "træf", "sige", "giv", "fortæl", "ranger",
    # "sig" as the imperative ("sig mig", "sig om …"), not the everyday "han har meldt sig".
    "sig mig", "sig om", "sig hvem", "sig hvilke", "sig hvilken", "sig hvad", "sig ærligt",
    "sig lige", "bare sig", "og sig", "så sig", "sig det", "sig,",
    "rangér", "prioriter", "prioritér", "fordel", "marker", "markér", "angiv", "udfyld",
    "should", "skal vi", "bør vi", "make the call", "make the decision", "tell me", "approve",
    "reject", "afvis", "bevilg", "afslå", "answer", "rangliste", "kolonne",
    "enig", "agree", "consequence", "konsekvensen",
)
_keywords.KEYWORDS.add(CUES + ("?",))

# A sentence that talks about AI, prompts or examples is about the use of AI, not a request to
# it ('Prompts som "Afgør om borgeren skal have …" må ikke bruges'); none of the corpora's
# requests has these words (an address to the AI, "@Copilot", is no talk about it).
_ABOUT_AI = rx.compile_re(
    r"(?<![\w@])(?:AI|AI-\w+|ChatGPT|Copilot|GPT|[Pp]rompts?|[Ee]ksempl\w*|[Ee]ksempel|"
    r"[Ee]xamples?|[Cc]hatbot\w*)(?![\w])"
)
# A speaker's turn in a transcript: initials and a colon ("M: Hvad ville være anderledes …?").
_SPEAKER = rx.compile_re(r"(?m)^[ \t]*(?!CPR)([A-ZÆØÅ]{1,3})\.?:[ \t]")
_TRANSCRIPT_LINES = 12


# A question answered on the next line is a FAQ's or an interview's: "Skal vi være separeret,
# før vi kan blive skilt?⏎Nej. Hvis I er enige …".
_ANSWERED = rx.compile_re(r"[ \t]*\r?\n[ \t]*(?:Ja|Nej|Svar|Answer|Yes|No|A)(?:[.,:!]|[ \t]+[–-])")


# A checklist's item asks its reader, not the AI: "☐ Er det gamle kørekort udløbet?".
_CHECKBOXES = ("☐", "☑", "☒", "□", "■", "[ ]", "[x]", "[X]")


def _transcript_turn(text: str, start: int) -> bool:
    """A speaker's turn in a transcript of a conversation ("M: …", "B: …"): three turns or more
    of two speakers or more around it. The question is one speaker's to the other."""
    line_start = text.rfind("\n", 0, start) + 1
    if _SPEAKER.match(text, line_start) is None:
        return False
    lo = hi = line_start
    for _ in range(_TRANSCRIPT_LINES):
        lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
        found = text.find("\n", hi + 1)
        hi = len(text) if found == -1 else found
    turns = [m.group(1) for m in _SPEAKER.finditer(text, lo, hi)]
    return len(turns) >= 3 and len(set(turns)) >= 2


# A case or a person of one in the sentence or in the six lines above it: a decision request is
# about an individual case ("Skal vi give en kage til holdet?" is not). 636 of the corpora's
# 641 requests have one.
_CASE_CONTEXT = rx.compile_re(
    r"(?i)(?<![\w])(?:han|hun|ham|hende|hans|hendes|borger\w*|ansøg\w*|klient\w*|famili\w*|"
    r"barn\w*|børn\w*|elev\w*|medarbejder\w*|lejer\w*|klager\w*|patient\w*|beboer\w*|mor|"
    r"far|moren|faren|forældr\w*|dreng\w*|pige\w*|kandidat\w*|sag|sagen|sager\w*|he|she|him|"
    r"his|her|they|them|applicant\w*|citizen\w*|client\w*|tenant\w*|employee\w*|"
    r"resident\w*|pupil\w*|student\w*|child\w*|mother|father|parent\w*|case|claim\w*|"
    r"bevilg\w*|afslag\w*|afslå\w*|ydelse\w*|sanktion\w*|tilladelse\w*|dispensation\w*|"
    r"tilskud\w*|støtte\w*|hjælp\w*|pension\w*|dagpenge\w*|plads\w*|benefit\w*|"
    r"permit\w*|grant\w*|allowance\w*|"
    # A surname in -sen ("Hansen", "Christiansen"), not a noun's definite form ("Ydelsen",
    # "Digitaliseringsstyrelsen").
    r"(?!(?:Ydel|Afgørel|Styrel|Tilladel|Udtalel|Klas|Adres|Proces|Kas|Meddel|Henvendel)sen)"
    r"[A-ZÆØÅ][a-zæøå]{1,8}sen)(?![\w])"
)
_CONTEXT_LINES = 6
# What the patterns know to be no decision (see decisions.toml), the model not always: language
# help ("Vurder om afslaget er klart skrevet"), an errand ("Skal vi skrive til ham på dansk eller
# engelsk?", "Bør vi svare ham i dag?"), a statement of what we will do ("Vi skal vurdere, om …,
# og skrive afgørelsen selv.") or of a citizen's duty ("Du skal have boet her i 8 år."), a question someone else asked ("The tenant asked whether …"),
# the judgement kept from the AI ("Du skal ikke tage stilling til, om klagen er berettiget").
_NO_DECISION = rx.compile_re(
    # Words of language help, not "sprogstøtte" or "sprogvurdering" (a child's language case).
    r"(?i)(?<![\w])(?:sprog|sproget|sprogene|sprogli\w*|sprogbrug\w*|sprogrett\w*|sprogtjek\w*|"
    r"sprogvask\w*|sprogkorrektur\w*|sprogversion\w*|"
    r"formuler\w*|skrevet|stavefejl|stavning|kommafejl|tonen|"
    r"tonefald|læsbar\w*|grammati\w*|oversæt\w*|klart nok|klar nok|forståelig\w*|letlæst\w*|"
    r"wording|spelling|grammar|phrasing|tone|sande eller falske|sandt eller falsk|true or false|"
    r"opgave\w*|tabel\w*|punktform|bullet points?|table|layout|overskrift\w*|headings?|"
    # How a payment is made is an errand: "Kan I trække det, eller skal hun have et girokort?"
    r"girokort\w*|indbetalingskort\w*|betalingsservice|mobilepay)(?![\w])"
    # "…, så jeg kan skrive det ind i indstillingen" is what the answer is for, not the errand.
    r"|(?<![\w])(?:(?:skal|bør|kan|må|should|can|shall)[ \t]+(?:vi|jeg|we|i)|(?<!så[ \t])(?:vi|jeg|we|i)[ \t]+"
    r"(?:skal|bør|kan|må|vil|should|can|shall|will))[ \t]+(?:\w+[ \t]+){0,2}?"
    r"(?:skrive|svare|ringe|holde|mødes|"
    # "hvilke lejere vi skal sende til fogeden": a case sent on, its outcome, not a letter sent.
    r"sende(?![ \t]+(?:\w+[ \t]+){0,2}?til[ \t]+(?:fogeden|fogedretten|inkasso|inddrivelse))|"
    # "jeg skal bruge svaret til konferencen" is what the answer is for, not an errand.
    r"bruge(?![ \t]+(?:svaret|dit svar|din vurdering|vurderingen|det til|den til)(?![\w]))|"
    r"kontakte|invitere|indkalde|snakke|tale|"
    r"videresende|write|reply|answer|call|send|meet|use|contact|invite|talk|speak|forward)(?![\w])"
    r"|(?<![\w])(?:spurgte|spørger|asked|asks|wondered|wonders)[ \t]+(?:om|whether|if)(?![\w])"
    # Who someone is: "er hun den nye kollega fra HR?", "is he the new one from IT?".
    r"|^[ \t]*(?:er|is)[ \t]+(?:hun|han|he|she)[ \t]+(?:den|det|en|et|the|a|an)[ \t]+"
    r"(?:nye[ \t]+|new[ \t]+)?\w+[ \t]+(?:fra|from)(?![\w])"
    # Who decides is a question about the authority, not for its decision.
    r"|(?<![\w])(?:hvem|who)[ \t]+(?:afgør|træffer|beslutter|decides|makes)(?![\w])"
    r"|(?<![\w])(?:du skal ikke|du må ikke|du behøver ikke|ikke tage stilling|do not decide|"
    r"don't decide|not to decide)(?![\w])"
)
_STATEMENT = rx.compile_re(
    # "Jeg vil gerne høre, om du mener …" is a polite request, not a statement.
    r"(?i)(?:vi|jeg|we|i)[ \t]+(?:skal|vil|må|must|will|have to)(?![\w])"
    r"(?![ \t]+(?:også[ \t]+)?gerne[ \t]+(?:høre|vide)(?![\w]))"
    # What happens next, told to a citizen: "Your caseworker will review the decision and …".
    r"|(?:your|din|jeres)[ \t]+\w+[ \t]+(?:will|vil)(?![\w])"
    # A rule told to a citizen: "Du skal have haft ordinær beskæftigelse i 3 år …".
    r"|du[ \t]+(?:skal|kan|må)[ \t]+(?:have|være|søge|sende|betale|klage|huske|bo|opfylde|"
    r"dokumentere|indsende|kontakte|ringe|give besked)(?![\w])"
)


def _about_a_case(text: str, start: int, end: int) -> bool:
    above = start
    for _ in range(_CONTEXT_LINES + 1):
        above = text.rfind("\n", 0, max(0, above - 1))
        if above < 0:
            above = 0
            break
    # A plural with its article ("medarbejderne", "borgerne") is everyone, not a party.
    return any(
        not match.group().lower().endswith(("erne", "ene"))
        for match in _CASE_CONTEXT.finditer(text, above, end)
    )


# The words of a sentence: runs of letters, a number, or a question mark.
_TOKEN = rx.compile_re(r"[^\W\d_]+|\d+|\?")


def features(sentence: str) -> set[str]:
    """What the model reads of a sentence: its words ("w:"), its word pairs ("b:"), its first
    word and first two ("f:", "f2:") and whether it ends as a question ("q"). Lower case."""
    tokens = _TOKEN.findall(sentence.lower())
    found = {"w:" + word for word in tokens}
    found.update("b:" + a + "_" + b for a, b in zip(tokens, tokens[1:], strict=False))
    if tokens:
        found.add("f:" + tokens[0])
        if len(tokens) > 1:
            found.add("f2:" + tokens[0] + "_" + tokens[1])
    if sentence.rstrip().endswith("?"):
        found.add("q")
    return found


# Which bytes of the lowered view are letters (a cue must stand as a word: "du", not "industri").
_LETTER = bytes(1 if chr(i).isalpha() else 0 for i in range(256))


def candidates(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` that may be requests, as (start, end), in order: each holds a
    cue (see CUES) or a question mark. The same sentences the model was trained on."""
    if not text:
        return []
    # Which cues the text holds at all: the keyword index knows (by one pass, or by substring
    # tests for a short text, shared with every other detector), so a text without any costs
    # nothing more.
    present = _keywords.KEYWORDS.hits(text)
    cues = [cue for cue in CUES if cue in present]
    if not cues and "?" not in present:
        return []
    lower = _labels.view(text).lower
    size = len(lower)
    letter = _LETTER
    places: list[int] = []
    for cue in cues:
        n = len(cue)
        places += [
            p
            for p in _keywords.starts(text, lower, cue.encode("latin-1"))
            if not (p and letter[lower[p - 1]]) and not (p + n < size and letter[lower[p + n]])
        ]
    if "?" in present:
        places += [p for p in _keywords.starts(text, lower, b"?") if text[p] == "?"]
    places.sort()
    # A sentence never runs past a line's end (see _keywords.sentence_end), so the sentences of
    # a line depend on the line alone: a line seen before (a template's) is not read again.
    found: list[tuple[int, int]] = []
    by_line: dict[str, list[tuple[int, int]]] = {}
    i, count = 0, len(places)
    while i < count:
        p = places[i]
        line_start = text.rfind("\n", 0, p) + 1
        line_end = text.find("\n", p)
        if line_end == -1:
            line_end = len(text)
        j = i
        while j < count and places[j] < line_end:
            j += 1
        line = text[line_start:line_end]
        spans = by_line.get(line)
        if spans is None:
            spans = by_line[line] = _line_sentences(line, [q - line_start for q in places[i:j]])
        found += [(line_start + a, line_start + b) for a, b in spans]
        i = j
    return found


# Where a sentence starts and ends inside a line, as _keywords.sentence_start and sentence_end
# find them, with their exceptions in the pattern (one search in C, no loop): a start after ". ",
# "? ", "! ", ": ", "; " or a dash and a blank, unless ". " comes before a small letter or a
# digit ("ca. 10", "pga. sygdom"); an end after "?", "!" or ".", unless "." comes before a digit
# or before a blank and a small letter or a digit.
_START = rx.compile(r"(?r)(?:[?!:;–—] |\. (?![\p{Ll}\d]))")
_END = rx.compile(r"[?!]|\.(?!\d|[ ][\p{Ll}\d])")
_REACH = _keywords.SENTENCE_REACH


def _line_sentences(line: str, places: list[int]) -> list[tuple[int, int]]:
    """The sentences of one line that hold the cues at ``places`` (offsets in the line)."""
    spans: list[tuple[int, int]] = []
    covered = -1
    size = len(line)
    for p in places:
        if p < covered:
            continue
        # The searches reach a character or two past their bounds, so that the exceptions see
        # what follows (a cue never starts with a blank: no start ends at p + 1).
        lo = p - _REACH if p > _REACH else 0
        found = _START.search(line, lo, p + 1)
        start = found.end() if found else lo
        hi = p + _REACH if p + _REACH < size else size
        found = _END.search(line, p, hi + 2)
        end = found.end() if found and found.end() <= hi else hi
        if start < covered:
            start = covered
        covered = end
        # Strip the blanks and bullets around it; a sentence of three words or fewer says too
        # little to judge ("Ja eller nej?" alone is the patterns' to read, after a case).
        while start < end and line[start] in " \t\r-*•>":
            start += 1
        while end > start and line[end - 1] in " \t\r":
            end -= 1
        if len(line[start:end].split()) >= 4:
            spans.append((start, end))
    return spans


class Model(Weights):
    """The shipped weights: a sentence's score is the bias plus the weights of its features;
    its probability the logistic function of that."""

    def probability(self, sentence: str) -> float:
        return self.probability_of(features(sentence))


@cache
def shipped_model() -> Model:
    return Model.load(patterns_dir() / "data" / "decisions" / "model.json")


class DecisionModelDetector:
    rules = (RULE,)

    def __init__(self, model: Model | None = None) -> None:
        self._model = model

    def find(self, text: str) -> Iterator[Span]:
        sentences = candidates(text)
        if not sentences:
            return
        model = self._model or shipped_model()
        # What a sentence's words say, kept by its text: a template's repeated line is read once.
        # Only a sentence the model reads as a request is checked further; its place (a chat
        # line, a quotation, a case around it) is checked where it stands.
        verdicts: dict[str, float] = {}
        threshold = model.threshold
        for start, end in sentences:
            sentence = text[start:end]
            p = verdicts.get(sentence)
            if p is None:
                p = model.probability(sentence)
                if p >= threshold and (
                    sentence.startswith(_CHECKBOXES)
                    or _ABOUT_AI.search(sentence)
                    or _NO_DECISION.search(sentence)
                    or (_STATEMENT.match(sentence) and not sentence.endswith("?"))
                ):
                    p = 0.0
                verdicts[sentence] = p
            if (
                p >= threshold
                and not _ANSWERED.match(text, end)
                and not _transcript_turn(text, start)
                and not _keywords.talk_about_requests(text, start, chat_speakers=1)
                and _about_a_case(text, start, end)
            ):
                yield Span(RULE.code, start, end, round(min(p, 0.95), 2))


DETECTORS = (DecisionModelDetector,)
