"""One index of keywords for the whole run: every word a pattern pack or a detector wants to
know the places of, found in one pass over a text.

Why: pack rules run only where their keywords occur (a rule whose keywords are absent costs
nothing), and several detectors start from label words ("konto", "token", "plade"). Searching
for each word separately costs a pass over the text per word, 2-3 ms per megabyte each; an
Aho-Corasick automaton (ahocorasick-rs, in Rust) finds all of them in one pass over the lowered
view of the text (see ``_labels``), about 3 ms per megabyte whatever their number. The answer
is kept for the text object the engine hands every detector in turn.

Short texts (a prompt, a commit's small file) skip the automaton: a few hundred substring
tests cost less than loading it, and they need no positions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from heapq import merge

from promptlint import _rx as rx
from promptlint.detectors import _labels

_WINDOW_REACH = 1500
_WINDOW_GAP = 4096
# Up to this many characters, keywords are found by substring tests instead of the automaton.
_SHORT_TEXT = 4096
# The view's folds after str.lower(): "İ" lowers to "i" and a combining dot, dropped here.
_FOLDS = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})


# How far sentence_start and sentence_end look for a sentence's ends (the decision model's
# candidates use the same reach).
SENTENCE_REACH = 400
_END_BEFORE = rx.compile(r"(?r)[.?!:;–—] |\n")
_END_AFTER = rx.compile(r"[?!.\n]")


def sentence_start(text: str, p: int) -> int:
    """Where the sentence that holds ``p`` starts (see KeywordIndex.sentence_windows)."""
    lo = max(0, p - SENTENCE_REACH)
    hi = p
    while True:
        # The nearest end before ``hi``, searched backwards (one search, not one per end).
        found = _END_BEFORE.search(text, lo, hi)
        if found is None:
            return lo
        at, after = found.start(), found.end()
        nxt = text[after : after + 1]
        if text[at] == "." and (nxt.islower() or nxt.isdigit()):
            hi = at  # "ca. 10", "pga. sygdom": an abbreviation; look further back
            continue
        return after


def sentence_end(text: str, p: int) -> int:
    """Where the sentence that holds ``p`` ends: after its "?", "!" or full stop (not an
    abbreviation's), or at its line's end, at most SENTENCE_REACH on."""
    if text[p] in "?!":
        return p + 1  # the keyword is the sentence's own end ("?")
    hi = min(len(text), p + SENTENCE_REACH)
    pos = p
    while True:
        found = _END_AFTER.search(text, pos, hi)
        if found is None:
            return hi
        at = found.start()
        if text[at] == "\n":
            return at + 1
        nxt = text[at + 1 : at + 3]
        if text[at] == "." and nxt[:1] == " " and (nxt[1:].islower() or nxt[1:].isdigit()):
            pos = at + 1  # an abbreviation
            continue
        if text[at] == "." and nxt[:1].isdigit():
            pos = at + 1  # "12.500", "3.4"
            continue
        return at + 1


# Words that introduce an example, or a thing not to do, before a quoted sentence: "Eksempel på
# en prompt, du ikke må bruge:", "Don't write:", "Forkert:". Not "prompt" or "ChatGPT" alone: a
# prompt a user quotes to test it ('Prompt jeg vil teste: "Afgør om …"') is a real request.
_EXAMPLE_CUE = rx.compile_re(
    r"(?i)(?<![\w])(?:eksempl\w*|eksempel|examples?|forbud\w*|forbudt|ikke må|må ikke|"
    r"ikke tilladt|not allowed|don't|do not|never|aldrig|undgå|avoid|forkert\w*|wrong|dårlig\w*|"
    r"bad|øvelse\w*|exercises?|quiz)(?![\w])"
)
# A list item's letter or number before a quotation mark.
_ITEM_MARK = rx.compile_re(r"(?:[a-hA-H]|\d{1,2})[.)][ \t]+(?=[\"“„»«])")
# A verdict after the quote on its line: '"Skal imamen have sin bemyndigelse tilbagekaldt?" → Ikke
# i orden', '" – forkert', '" (not OK)'.
_VERDICT_AFTER = rx.compile_re(
    r"(?i)[\"”“»«][ \t]*(?:→|->|=>|–|—|-|:|\()[ \t]*(?:ikke[ \t]+)?(?:i[ \t]+orden|ok|okay|tilladt|"
    r"forkert|rigtigt|korrekt|forbudt|fint|not[ \t]+ok|allowed|not[ \t]+allowed|wrong|right|fine)"
    r"(?![\w])"
)


# A sentence that opens by naming wordings and quotes them: 'Formuleringer af typen "afgør, om
# borgeren er berettiget" … hører ikke hjemme', 'Prompts som "skal vi give afslag?" …'.
_QUOTED_WORDING = rx.compile_re(
    r"(?i)[ \t]*(?:formulering\w*|vending\w*|sætninger|spørgsmål|prompts?|wordings?|phrases?|"
    r"questions?)[ \t]+(?:af[ \t]+typen|som|såsom|like|such[ \t]+as)[ \t]*(?:fx[ \t]+|f\.eks\.[ \t]+)?"
    r"[\"“„»«]"
)


def quoted_wording(text: str, start: int) -> bool:
    """The sentence at ``start`` talks about wordings it quotes (see _QUOTED_WORDING)."""
    return _QUOTED_WORDING.match(text, start) is not None


def talk_about_requests(text: str, start: int, chat_speakers: int = 2) -> bool:
    """The sentence at ``start`` shows a request rather than makes one: a quoted example of what
    not to write, a sentence about quoted wordings, a guide's FAQ question, a checklist's open
    item, a procedure's step, a question put to a group for discussion, or a colleague's message
    in a pasted chat (of ``chat_speakers`` speakers or more, see colleagues_chat). The decision
    pack (``skip_examples``) and the decision model (one speaker) ask the same."""
    return (
        quoted_example(text, start)
        or faq_question(text, start)
        or quoted_wording(text, start)
        or checklist_item(text, start)
        or guide_step(text, start)
        or discussion_question(text, start)
        or colleagues_chat(text, start, chat_speakers)
    )


# How far back a line-based test looks for its line's start: a text without line breaks (a 10 MB
# single line) has no lines to test, and an unbounded search back from every candidate would
# make the scan quadratic.
_LINE_REACH = 1000


def start_of_line(text: str, pos: int) -> int:
    """Where the line at ``pos`` starts, or -1 if it starts more than _LINE_REACH back."""
    at = text.rfind("\n", max(0, pos - _LINE_REACH), pos)
    if at == -1 and pos > _LINE_REACH:
        return -1
    return at + 1


# An unticked box ("[ ] Er der tilhold …?", "☐ Nødvendig medicin"), and one at a line's start.
_BOXES_OPEN = ("☐", "□", "[ ]", "[]", "[\t]")
_OPEN_BOX = rx.compile_re(r"[ \t]*(?:[-*•][ \t]*)?(?:" + "|".join(map(re.escape, _BOXES_OPEN)) + ")")


def checklist_item(text: str, start: int) -> bool:
    """``start`` stands on a checklist's open item: a line that begins with an unticked box.
    A checklist is a template to go through with someone, not a note about them, and its
    questions are the reader's to answer ("[ ] Ved beboeren, hvad hun skal gøre?")."""
    at = start_of_line(text, start)
    return at >= 0 and _OPEN_BOX.match(text, at, start + 1) is not None


_OPTION_REACH = 120  # how far back on its line a box is looked for
_BOXES = _BOXES_OPEN + ("☒", "☑", "■", "[x]", "[X]", "✓", "✔")


def unticked_option(text: str, start: int) -> bool:
    """``start`` stands in a form's option whose box is not ticked ("☐ Kontanthjælp  ☒ Løn",
    "[ ] Forhøjet blodtryk"): the nearest box before it on its line is empty and no colon comes
    between (after one, "☐ Økonomi: kontanthjælpen er stoppet", the line is written on)."""
    line_start = start_of_line(text, start)
    if line_start < 0:
        return False  # no form's line: a line this long is running text
    line_start = max(line_start, start - _OPTION_REACH)  # an option is short
    box, at = "", -1
    for mark in _BOXES:
        found = text.rfind(mark, line_start, start)
        if found > at:
            box, at = mark, found
    return box in _BOXES_OPEN and ":" not in text[at + len(box) : start]


def quoted_example(text: str, start: int) -> bool:
    """The sentence at ``start`` stands inside quotation marks on its line, and that line before
    the quote or one of the three lines above introduces it as an example or as something not to
    do ('Eksempel på en prompt, du ikke må bruge:⏎"… – skal hun have en advarsel?"'), or a
    verdict follows the quote ('"Skal imamen have bemyndigelsen tilbagekaldt?" → Ikke i orden')."""
    line_start = text.rfind("\n", 0, start) + 1
    marker = _ITEM_MARK.match(text, start)
    if marker is not None:
        start = marker.end()  # 'c) "Skal imamen …?"': an item's letter before its quote
    # (the sentence may begin with its own quotation mark: 'stilles: "skal vi …?"')
    before = text[line_start : start + 1 if text[start : start + 1] in '"“„»«' else start]
    if not (before.count('"') % 2 or any(mark in before for mark in "“„»«")):
        return False
    above = line_start
    for _ in range(3):
        above = text.rfind("\n", 0, max(0, above - 1)) + 1
    quote = max(before.rfind(mark) for mark in '"“„»«')
    if _EXAMPLE_CUE.search(text, above, line_start + quote) is not None:
        return True
    line_end = text.find("\n", start)
    return _VERDICT_AFTER.search(text, start, len(text) if line_end == -1 else line_end) is not None


# A guide's title in its first lines ("Sådan foregår …", "Information til ansøgere", "Ofte stillede
# spørgsmål"), and a question alone on its line with its answer on the next.
_GUIDE_TITLE = rx.compile_re(
    r"(?i)(?<![\w])(?:sådan|information til|vejledning|faq|spørgsmål og svar|ofte stillede|"
    r"guide|questions and answers|frequently asked)(?![\w])"
)
# A question alone on its line, answered on the next (in a sentence or a bullet list).
_QUESTION_HEADING = rx.compile_re(
    r"(?m)^[ \t]*[^\n?]{3,120}\?[ \t]*\r?\n[ \t]*(?:[-*•–][ \t]+)?[A-ZÆØÅ][^\n?]{20,}$"
)


def faq_question(text: str, start: int) -> bool:
    """The sentence at ``start`` is a question of a guide's FAQ: alone on its line, answered on
    the next, in a text titled as a guide in its first two lines and with another such question
    ("Sådan foregår en sikkerhedsgodkendelse – information til ansøgere … Hvem skal
    sikkerhedsgodkendes?⏎Medarbejdere, der …")."""
    line_start = text.rfind("\n", 0, start) + 1
    if _QUESTION_HEADING.match(text, line_start) is None:
        return False
    head_end = text.find("\n", text.find("\n") + 1)
    if _GUIDE_TITLE.search(text, 0, head_end if head_end != -1 else len(text)) is None:
        return False
    lo, hi = max(0, line_start - 3000), min(len(text), line_start + 3000)
    return sum(1 for _ in _QUESTION_HEADING.finditer(text, lo, hi)) >= 2


# A procedure's or a guide's title: "Procesbeskrivelse: …", "Vejledning til sagsbehandlere",
# "Retningslinje: …", "Intern instruks".
_PROCEDURE_TITLE = rx.compile_re(
    r"(?i)[ \t#*]*(?:intern[e]?[ \t]+)?(?:vejledning|procedure|procesbeskrivelse|retningslinje\w*|"
    r"arbejdsgang\w*|instruks|drejebog|kvalitetsstandard|håndbog|manual)(?![\w])"
)
# A step begins its line, perhaps after its number, its letter or a bullet ("3. Vurder …",
# "b) Vurder …", "- Vurder …").
_STEP_START = rx.compile_re(r"[ \t]*(?:(?:\d{1,2}[.)]|[a-hA-H][.)]|[-*•–])[ \t]+)?")


def _begins_line(text: str, line_start: int, start: int) -> bool:
    """The sentence at ``start`` begins its line, after its number or bullet if any (a
    sentence found with its item's letter, "b) Mister …", begins at the letter)."""
    step = _STEP_START.match(text, line_start)
    return step.end() == start or not text[line_start:start].strip()


# A sentence that speaks to its reader or of the text it follows asks the AI: "Vurder ud fra
# vejledningen ovenfor, om …", "Kan du vurdere …".
_SPEAKS_TO_READER = rx.compile_re(
    r"(?i)(?<![\w])(?:du|dig|din|dit|jeg|mig|ovenstående|nedenstående|ovenfor|nedenfor|"
    r"vejledningen|proceduren|retningslinjen|instruksen|tjeklisten)(?![\w])"
)


def guide_step(text: str, start: int) -> bool:
    """The sentence at ``start`` is a step of a procedure or a guide: the text's title (one of
    its first two lines with text) names one ("Procesbeskrivelse: Behandling af anmodninger om
    aktindsigt"), the sentence begins its line, and it speaks neither to a reader nor of the text
    ("Trin 2⏎Vurder, om anmoderen er part"). A request pasted after a guide ("Vurder ud fra
    vejledningen, om hun …") is the user's."""
    line_start = start_of_line(text, start)
    if line_start < 0 or not _begins_line(text, line_start, start):
        return False
    seen = 0
    at = 0
    while seen < 2 and at < len(text) and at < 400:
        line_end = text.find("\n", at, 400)
        line_end = min(len(text), 400) if line_end == -1 else line_end
        if text[at:line_end].strip():
            seen += 1
            if _PROCEDURE_TITLE.match(text, at, line_end):
                end = sentence_end(text, start)
                return _SPEAKS_TO_READER.search(text, start, end) is None
        at = line_end + 1
    return False


# A heading or an introduction that puts the next lines to a group: "Til drøftelse",
# "Spørgsmål til refleksion", "Diskutér i grupper:", "Discussion questions".
_DISCUSSION_CUE = rx.compile_re(
    r"(?i)(?<![\w])(?:spørgsmål til (?:drøftelse|refleksion|diskussion|gruppearbejde|grupperne?)|"
    r"til drøftelse|til diskussion|diskussionsspørgsmål|refleksionsspørgsmål|gruppearbejde|"
    r"diskut[ée]r(?: i grupper| i plenum| to og to)?|drøft(?: i grupperne| i grupper| i plenum)|"
    r"discussion questions|questions for discussion|discuss in (?:groups|pairs))(?![\w])"
)
# How many lines above a question its list's heading or introduction may stand.
_DISCUSSION_LINES = 8


def discussion_question(text: str, start: int) -> bool:
    """The sentence at ``start`` begins its line in a list put to a group for discussion: a
    heading or an introduction of the list names it so ("Til drøftelse⏎- Skal vi altid indhente
    en udtalelse …?"), with no blank line between. A course's or a meeting's question is asked of
    its participants, not of the AI."""
    line_start = start_of_line(text, start)
    if line_start < 0 or not _begins_line(text, line_start, start):
        return False
    at = line_start
    for _ in range(_DISCUSSION_LINES):
        if at == 0:
            return False
        above = start_of_line(text, at - 1)
        if above < 0:
            return False
        line = text[above : at - 1]
        if not line.strip():
            return False  # a blank line ends the list
        if _DISCUSSION_CUE.search(line) is not None:
            return True
        at = above
    return False


# A chat message's head: "[10:45] Anders Toft: …" on its line, or "Mette Kragelund 09:21" on the
# line above the message.
_STAMP_SPEAKER = rx.compile_re(
    r"(?m)^[ \t]*\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?[ \t]+([^\n:\[\]]{2,40}?)[ \t]*:"
)
_SPEAKER_STAMP = rx.compile_re(
    r"(?m)^[ \t]*([A-ZÆØÅ][^\n\d:]{1,40}?)[ \t,]+(?:kl\.[ \t]*)?\d{1,2}[:.]\d{2}[ \t]*$"
)
# A bracketed time stamp and a name alone on a line, the message on the lines below ("[10:42]
# Camilla Brink⏎hej Morten – …"), as Teams copies a chat.
_BRACKET_SPEAKER = rx.compile_re(
    r"(?m)^[ \t]*\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\][ \t]+([A-ZÆØÅ][^\W\d_]*(?:[ \t-]"
    r"[A-ZÆØÅ][^\W\d_]*\.?){0,3})[ \t]*$"
)
# A bracketed time stamp before a message with no speaker ("[10:42] Hej Mette 👋 har du …"): one
# more speaker than the chat names, the one who pasted it.
_BRACKET_STAMP = rx.compile_re(r"(?m)^[ \t]*\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\][ \t]")
_CHAT_REACH = 3000
# A message addressed to the AI inside a pasted chat ("[10:31] Jonas: @Copilot bør vi …?") is a
# request all the same.
_TO_THE_AI = rx.compile_re(r"(?i:@copilot|@chatgpt|@ai\b)")


def colleagues_chat(text: str, start: int, speakers_needed: int = 2) -> bool:
    """The sentence at ``start`` is a message of a pasted chat between two or more people
    ("Jonas Fjeldsø 09:21⏎Skal jeg hente hende i skolen, …?"): colleagues ask each other, not the
    AI. A chat with the AI has one speaker: its questions stay requests. With
    ``speakers_needed=1`` one colleague's pasted message counts too ("Camilla Vestergaard
    09:24⏎skal vi sanktionere eller ej?")."""
    line_start = start_of_line(text, start)
    if line_start < 0:
        return False
    if _STAMP_SPEAKER.match(text, line_start) is None and _BRACKET_STAMP.match(
        text, line_start
    ) is None:
        if line_start == 0:
            return False
        above = start_of_line(text, line_start - 1)
        if above < 0 or (
            _SPEAKER_STAMP.fullmatch(text, above, line_start - 1) is None
            and _BRACKET_SPEAKER.fullmatch(text, above, line_start - 1) is None
        ):
            return False
    lo, hi = max(0, start - _CHAT_REACH), min(len(text), start + _CHAT_REACH)
    line_end = text.find("\n", start, hi)
    if _TO_THE_AI.search(text, line_start, hi if line_end < 0 else line_end):
        return False
    speakers = {m.group(1).strip() for m in _STAMP_SPEAKER.finditer(text, lo, hi)}
    speakers.update(m.group(1).strip() for m in _SPEAKER_STAMP.finditer(text, lo, hi))
    speakers.update(m.group(1).strip() for m in _BRACKET_SPEAKER.finditer(text, lo, hi))
    if speakers and any(
        _STAMP_SPEAKER.match(text, m.start()) is None
        and _BRACKET_SPEAKER.match(text, m.start()) is None
        for m in _BRACKET_STAMP.finditer(text, lo, hi)
    ):
        speakers.add("")  # an unnamed message: the one who pasted the chat
    return len(speakers) >= speakers_needed


def _places_of(text, word) -> list[int]:
    """Where ``word`` starts in ``text`` (str or bytes alike), in order, overlaps included
    (found in C, one ``find`` a place)."""
    places = []
    at = text.find(word)
    while at != -1:
        places.append(at)
        at = text.find(word, at + 1)
    return places


def _paragraph_around(text: str, p: int) -> tuple[int, int]:
    """The paragraph around ``p``: from a paragraph break ("\\n\\n", kept so patterns anchored
    on "\\n" see it) or a line start at most _WINDOW_REACH back, to just before the next
    paragraph break's second "\\n" however far (a label heads a table whose rows follow it), so
    "^" and "$" mean what they mean in the whole text."""
    ws = text.rfind("\n\n", max(0, p - _WINDOW_REACH), p)
    if ws == -1:
        ws = text.rfind("\n", 0, max(0, p - _WINDOW_REACH)) + 1
    we = text.find("\n\n", p)
    return ws, len(text) if we == -1 else we + 1


def _sentence_around(text: str, p: int) -> tuple[int, int]:
    return sentence_start(text, p), sentence_end(text, p)


class KeywordIndex:
    """Which keywords occur in a text, and where (see the module's docstring)."""

    def __init__(self) -> None:
        self._keywords: set[str] = set()
        self._automaton = None
        # The text the answers are for, held (as detectors._labels holds its views' text) so
        # that no other text can take its id: an identity test, not a hash of 10 MB per text.
        self._text: str | None = None
        self._hits: frozenset[str] = frozenset()
        # Where each keyword found starts, in order (None: not known for this text).
        self._starts: dict[str, list[int]] | None = None
        self._owners: list[str] = []  # the keyword of each of the automaton's patterns
        self._outside_latin1 = False
        self._questions: list[str] = []  # the keywords with a "?" (see hits)

    def add(self, keywords: tuple[str, ...]) -> None:
        if not set(keywords) <= self._keywords:
            self._keywords.update(keywords)
            self._automaton = None
            self._text = None

    def hits(self, text: str) -> frozenset[str]:
        if text is self._text:
            return self._hits
        starts: dict[str, list[int]] | None = None
        if len(text) > _SHORT_TEXT and self._automaton is None:
            self._automaton = self._build()
        if len(text) <= _SHORT_TEXT or self._automaton is False:
            # A prompt or a commit's small file: a few hundred substring tests cost less than
            # building the automaton; windows and places are for long texts only. (Also the
            # way without ahocorasick-rs.)
            lowered = text.lower()
            if not lowered.isascii():  # what the view folds ("ſ" as "s"), see detectors._labels
                lowered = lowered.translate(_FOLDS)
            hits = frozenset(k for k in self._keywords if k in lowered)
        else:
            # The lowered Latin-1 view the identifier detectors share (see detectors._labels):
            # built once per text, one byte per character with the text's offsets. Latin-1
            # capitals outside ASCII ("Ø") stay capitals there: _build adds those spellings.
            # A keyword outside Latin-1 cannot be seen in the view: then text.lower() is read.
            found = self._automaton.find_matches_as_indexes(
                text.lower() if self._outside_latin1 else _labels.view(text).lower,
                overlapping=True,
            )
            # Grouped by pattern in one pass (the automaton reports matches in order, so each
            # pattern's starts come in order): twice as fast as a sort and a groupby.
            by_pattern: defaultdict[int, list[int]] = defaultdict(list)
            for pattern, start, _ in found:
                by_pattern[pattern].append(start)
            owners = self._owners
            starts = {}
            for pattern, places in by_pattern.items():
                word = owners[pattern]
                before = starts.get(word)
                # Two spellings of one keyword ("ansøgning", "ansØgning"): their places merge.
                starts[word] = places if before is None else sorted(before + places)
            if not self._outside_latin1:
                # The view writes every character outside Latin-1 as "?" ("–", "€"): a keyword
                # with a "?" is where the text has its letters and a real question mark.
                for word in self._questions:
                    places = starts.get(word)
                    if places:
                        size = len(word)
                        places = [p for p in places if text[p : p + size].lower() == word]
                        if places:
                            starts[word] = places
                        else:
                            del starts[word]
            hits = frozenset(starts)
        self._text, self._hits, self._starts = text, hits, starts
        return hits

    def positions(self, text: str, word: str) -> list[int] | None:
        """Where ``word`` (added before) starts in ``text``, in order, overlaps included; None
        when the index has no positions for this text (a short text, no ahocorasick-rs, or
        keywords outside Latin-1, whose lower-casing may move offsets): search it yourself."""
        if word not in self._keywords:
            raise KeyError(f"{word!r} is not a keyword of the index")
        self.hits(text)
        if self._starts is None or self._outside_latin1:
            return None
        return self._starts.get(word, [])

    def windows(self, text: str, keywords: tuple[str, ...]) -> list[tuple[int, int]] | None:
        """The stretches of ``text`` worth scanning for a rule with these keywords: the
        paragraph around each keyword (from at most about 1,500 characters before it, cut at a
        line start, to the paragraph's end), merged. None means scan the whole text."""
        self.hits(text)
        if self._starts is None:  # found without the automaton: no positions
            return None
        return self._merged(text, keywords, _paragraph_around, _WINDOW_GAP)

    def _merged(self, text: str, keywords: tuple[str, ...], around, gap: int):
        """The stretches ``around`` each keyword's place gives, in order and merged when they
        overlap or lie at most ``gap`` apart; None once they cover half the text (one pass over
        the whole text then costs less)."""
        found = [self._starts[k] for k in keywords if k in self._starts]  # type: ignore[index]
        if not found:
            return []
        # In order, read lazily: the loop below stops once the windows cover half the text.
        starts = found[0] if len(found) == 1 else merge(*found)
        windows: list[tuple[int, int]] = []
        covered = 0
        half = len(text) // 2
        for p in starts:
            if windows and p < windows[-1][1]:
                continue
            ws, we = around(text, p)
            # Neighbouring windows merge when the gap is small: each window costs a call per
            # pattern, so many small ones cost more than scanning the gap.
            if windows and ws <= windows[-1][1] + gap:
                covered += we - windows[-1][1]
                windows[-1] = (windows[-1][0], we)
            else:
                covered += we - ws
                windows.append((ws, we))
            if covered > half:
                return None
        return windows

    def line_windows(self, text: str, keywords: tuple[str, ...]) -> list[tuple[int, int]] | None:
        """The stretches of ``text`` made of each keyword's line and the line after it (a label
        on one line, its value on the next), merged; each ends after its last line's "\\n".
        None means scan the whole text: positions unknown, or the lines cover half of it."""
        self.hits(text)
        if self._starts is None or self._outside_latin1:
            return None
        found = [self._starts[k] for k in keywords if k in self._starts]
        if not found:
            return []
        starts = found[0] if len(found) == 1 else merge(*found)
        size = len(text)
        half = size // 2
        find, rfind = text.find, text.rfind
        windows: list[tuple[int, int]] = []
        covered = 0
        last_line = end = -1  # the current window's last line starts at last_line
        for p in starts:
            if p < last_line:
                continue  # on the current window's first line: its next line is in already
            if p < end:
                # On the window's last line: the window takes one more line.
                nxt = find("\n", end)
                new_end = size if nxt == -1 else nxt + 1
                covered += new_end - end
                last_line, end = end, new_end
                windows[-1] = (windows[-1][0], end)
            else:
                ws = rfind("\n", 0, p) + 1
                eol = find("\n", p)
                if eol == -1:
                    last_line, we = size, size
                else:
                    nxt = find("\n", eol + 1)
                    last_line, we = eol + 1, size if nxt == -1 else nxt + 1
                if windows and ws <= end:  # the line after the previous window
                    covered += we - end
                    windows[-1] = (windows[-1][0], we)
                else:
                    covered += we - ws
                    windows.append((ws, we))
                end = we
            if covered > half:
                return None
        return windows

    def sentence_windows(
        self, text: str, keywords: tuple[str, ...]
    ) -> list[tuple[int, int]] | None:
        """The sentences that hold a keyword, merged: from the sentence's start (a line start,
        or after ". ", "? ", "! ", ": ", "; " or a dash, at most SENTENCE_REACH back; a full
        stop before a small letter or a digit is an abbreviation, not an end) to its end
        (past its "?", "!" or full stop, or the line's end). None means scan the whole text:
        positions unknown, or the sentences cover half of it."""
        self.hits(text)
        if self._starts is None or self._outside_latin1:
            return None
        return self._merged(text, keywords, _sentence_around, 0)

    def _build(self):
        try:
            import ahocorasick_rs
        except ImportError:  # pragma: no cover - a platform without the wheel still works
            return False
        # A keyword with a character outside Latin-1 cannot be seen in the lowered view (such
        # characters are "?" there): then the index scans text.lower() instead.
        self._outside_latin1 = any(ord(c) > 0xFF for word in self._keywords for c in word)
        # A keyword with a "?" is found in the view and checked in the text (see hits): in the
        # view, "?" also stands for every character outside Latin-1 ("–", "€").
        words = sorted(self._keywords)  # a fixed order
        self._questions = [k for k in words if "?" in k]
        if self._outside_latin1:
            self._owners = words
            return ahocorasick_rs.AhoCorasick(words)
        spellings = [(spelling, word) for word in words for spelling in _view_spellings(word)]
        self._owners = [word for _, word in spellings]
        # A DFA: about 1 ms to build for the shipped packs' 460 spellings (nothing worth
        # storing), and a third faster to scan than the NFA kinds (24 against 35 ms per 10 MB).
        return ahocorasick_rs.BytesAhoCorasick(
            [spelling.encode("latin-1") for spelling, _ in spellings],
            implementation=ahocorasick_rs.Implementation.DFA,
        )


def _view_spellings(word: str) -> list[str]:
    """How a lower-case keyword may appear in the lowered Latin-1 view, where ASCII letters are
    lowered but others keep their case: "ansøgning" also as "ansØgning"."""
    spellings = [""]
    for char in word:
        upper = char.upper()
        if char.isascii() or len(upper) != 1 or ord(upper) > 0xFF or upper == char:
            spellings = [s + char for s in spellings]
        else:
            spellings = [s + c for s in spellings for c in (char, upper)]
    return spellings


KEYWORDS = KeywordIndex()


def starts(text: str, lower: bytes | bytearray, literal: bytes) -> list[int]:
    """Where ``literal`` (lower case, Latin-1; added to ``KEYWORDS`` at import) starts in the
    lowered view ``lower`` of ``text``: from the index when it has them, else by searching.

    The index also reports the spellings with Latin-1 capitals the view keeps ("nØgle" for
    "nøgle") and overlapping occurrences: a caller verifies each offset anyway.
    """
    found = KEYWORDS.positions(text, literal.decode("latin-1"))
    if found is not None:
        return found
    return _places_of(lower, literal)


# A pattern's leading lower-case Latin-1 letters: the literal each of its matches starts with.
_LEADING_LETTERS = re.compile(rb"[a-z\xdf-\xf6\xf8-\xff]+")
_anchors: dict[object, str] = {}
# More than one place per this many characters: the pattern scans by itself (label_positions).
_DENSE = 512


def anchor(pattern):
    """Register the literal a bytes pattern for the lowered view always starts with (``konto``
    for ``konto(?!r)``), so that ``label_positions`` can take its places from the index.
    Returns the pattern. Literals shorter than three letters are common enough that the
    pattern's own scan is as fast: they are not registered."""
    letters = _LEADING_LETTERS.match(pattern.pattern)
    literal = letters.group() if letters else b""
    if pattern.pattern[len(literal) : len(literal) + 1] in (b"?", b"*", b"{"):
        literal = literal[:-1]  # the last letter may be missing ("ab?")
    if len(literal) >= 3:
        _anchors[pattern] = literal.decode("latin-1")
        KEYWORDS.add((_anchors[pattern],))
    return pattern


def label_positions(pattern, text: str, lower: bytes | bytearray) -> list[int]:
    """The starts of ``pattern``'s matches in the lowered view ``lower`` of ``text``, exactly as
    ``pattern.finditer(lower)`` gives them; for a pattern registered with ``anchor``, tried only
    where the index saw its literal."""
    literal = _anchors.get(pattern)
    found = None if literal is None else KEYWORDS.positions(text, literal)
    if found is None or len(found) * _DENSE > len(lower):
        # No places, or so many that trying each from Python costs more than the pattern's
        # own scan, which jumps from literal to literal in C (a page of "CVR" labels).
        return _labels.positions(pattern, lower)
    return [hit.start() for hit in _labels.verified(pattern, found, lower)]
