"""High-entropy secrets after a telling key: ``api_key = "q8Zr…"``, ``Authorization: Bearer …``.

The known token formats (AWS, GitHub, Slack, OpenAI …), private keys, connection strings and
passwords are declarative rules in ``patterns/packs/secrets.toml``. What a pattern cannot say is
"this value looks random", so this module adds one rule for values that

- follow ``=``, ``:`` or ``Bearer``/``Token`` after a key that names a secret (``token``,
  ``secret``, ``api_key``, ``apiKey``, ``client_secret``, ``nøgle``, ``signature`` …) on the
  same line, and
- look random: at least 16 characters from the base64/hex alphabet, several character classes,
  and a Shannon entropy near what random text of that length would have.

A value may also follow its name without a separator, in prose or on the next line ("API-nøglen
er roteret, ny er" and the key below it; "access key AKIA…, secret …"): then it must be longer
(20+ characters) and mix capitals, small letters and digits. ``Authorization: Basic …`` is
reported when the value decodes to "user:password".

Without the key nothing is reported: long random-looking strings are everywhere in ordinary
files (hashes, IDs, base64 images), and detect-secrets' experience is that context-free entropy
alerts drown users. Scanning starts from the rare characters ``=`` and ``:`` and the literal
``earer``, so prose costs almost nothing. A quoted value is taken whole, up to its closing quote
on the same line (``SECRET_KEY = "django-insecure-8f$k2@x!…"``): symbols inside a quoted key
belong to it, and the quotes themselves are not part of the secret.

A second rule reports key-value connection strings (ADO.NET, ODBC) whole, the way a reader sees
them: ``Server=sql01;Database=sager;User Id=app;Password=…``. A regex cannot start its match at
the first pair when it must anchor on the rare ``password=`` for speed, so this module finds the
password pair and walks left and right over the ``;``-separated pairs around it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

from promptlint import _rx as rx
from promptlint.detectors import _keywords, _labels
from promptlint.model import Rule, Severity, Span

RULE = Rule(
    code="SE006",
    name="high-entropy-secret",
    entity="secret",
    severity=Severity.ERROR,
    guideline=2,
    priority=90,
    mask="full",
    message={
        "da": "Tilfældig værdi efter 'token', 'secret' eller 'nøgle': sandsynligvis en hemmelighed",
        "en": "Random-looking value after 'token', 'secret' or 'key': probably a secret",
    },
    what={
        "da": "Finder værdier, der ligner tilfældige nøgler (mindst 16 tegn, blandede tegntyper, høj "
        "entropi), når de står efter et navn som token, secret, api_key, client_secret, "
        "nøgle eller Bearer på samme linje, eller lige efter navnet uden = og kolon (også på "
        "linjen under), og værdien efter 'Basic' (brugernavn:kode i base64). En tilfældig streng "
        "uden et sådant navn meldes ikke.",
        "en": "Finds values that look like random keys (at least 16 characters, mixed character "
        "classes, high entropy) when they follow a name such as token, secret, api_key, "
        "client_secret, nøgle (key) or Bearer on the same line, or right after the name without "
        "= or colon (also on the line below), and the value after 'Basic' (user:password in "
        "base64). A random string without such a name is not reported.",
    },
    why={
        "da": "En nøgle eller et token giver adgang til en tjeneste i ejerens navn. Sendt til et "
        "offentligt AI-værktøj må den betragtes som lækket (retningslinje 2).",
        "en": "A key or token grants access to a service in its owner's name. Sent to a public AI "
        "tool, it must be treated as leaked (guideline 2).",
    },
    instead={
        "da": "Erstat værdien med en pladsholder, fx [TOKEN]. Er den allerede sendt: tilbagekald "
        "den og lav en ny.",
        "en": "Replace the value with a placeholder such as [TOKEN]. If it has already been sent: "
        "revoke it and make a new one.",
    },
    examples=(
        'api_key = "q8ZrT2vLx9NmB4wKp7Yd"',
        "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc",
        "client_secret: Zk3pQ9rT1vX7bN5mL2cF8hJ4",
    ),
    counter_examples=(
        "token = abcdefghijklmnopqrstuvwxyz",
        "secret: sygedagpengelovgivningen",
        "checksum = 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc",
    ),
)

# Names that say "the value is a secret", matched in the text before the separator on the same
# line ("API_KEY", "apiKey", "client-secret", "x-auth-token", "API-nøgle").
_KEY_NAME = rx.compile(
    r"(?:token|secret|api[_\-.]?key|apikey|access[_\-.]?key|private[_\-.]?key|secret[_\-.]?key|"
    r"auth|credential|signature|\bsig\b|\bpat\b|bearer|nøgle(?!tal|ord|person|kort|boks|rolle|hul|ring)|passphrase|session[_\-.]?id|webhook|"
    # A service's key in a variable: "DAWA_KEY", "maps-key", "stripe.key".
    r"(?<=[a-z0-9])[_\-.]key(?![a-z]))",
    rx.IGNORECASE,
)
# Names that look like a key but hold public identifiers or checksums.
_NOT_SECRET = rx.compile(
    r"(?:public[_\-.]?key|key[_\-.]?id|keyid|token[_\-.]?type|token[_\-.]?url|checksum|hash|"
    r"sha\d*|md5|etag|fingerprint|thumbprint|tokenizer|tokens?[_\-.]?count|max[_\-.]?tokens|"
    r"(?:primary|foreign|sort|partition|cache|idempotency|lookup|row|dict|map|group|order)[_\-.]?key)",
    rx.IGNORECASE,
)
# A separator, an optional scheme word and the candidate value; anchored at "=", ":" or "earer".
# A quoted value is everything up to its closing quote on the same line (symbols included);
# an unquoted one is a run of base64/URL-safe characters.
_SCHEME = r"(?:(?:Bearer|Basic|Token|token|bearer)[ \t]+)?"
_VALUE = (
    rf"(?:(?P<qt>[\"'`]){_SCHEME}(?P<value>[^\s\"'`]{{16,512}})(?P=qt)"
    rf"|[\"'`]?{_SCHEME}(?P<value>[A-Za-z0-9+/_\-.~]{{16,512}}))"
)
_AFTER_EQUALS = rx.compile(rf"=>?[ \t]*{_VALUE}")
_AFTER_COLON = rx.compile(rf":[ \t]*{_VALUE}")
# A quoted value that is a placeholder or an address, not a key: "${CLIENT_SECRET}", "<din nøgle>",
# "{{ vault_token }}", "https://…".
_NOT_A_KEY = rx.compile(r"[$<{%\[]|[^\s]*://")
_AFTER_BEARER = rx.compile(r"[Bb]earer[ \t]+(?P<value>[A-Za-z0-9+/_\-.~]{16,512})")
_ANCHORS = (_AFTER_EQUALS, _AFTER_COLON, _AFTER_BEARER)
# Where _AFTER_EQUALS and _AFTER_COLON can match, in the lowered view (see _labels): the separator,
# then a look-ahead for the first 16 characters of a value in the view's spelling (ASCII lowered,
# any other character a byte that the value classes accept). A colon is one character in 300 of
# case text ("Sagsnr.:", "Borger:"); the view's byte scan tries each twice as fast as the
# pattern on the text. Only the separator is consumed, so no later separator is skipped.
_VIEW_VALUE = (
    rb"(?=[ \t]*(?:[\"'`](?:(?:bearer|basic|token)[ \t]+)?[^\s\"'`]{16}"
    rb"|[\"'`]?(?:(?:bearer|basic|token)[ \t]+)?[a-z0-9+/_\-.~]{16}))"
)
_IN_VIEW = {
    _AFTER_EQUALS: rx.compile_re(rb"=>?" + _VIEW_VALUE),
    _AFTER_COLON: rx.compile_re(rb":" + _VIEW_VALUE),
}
# "bearer" is rare: its places come from the shared keyword index, not from a scan of its own.
_keywords.KEYWORDS.add(("bearer",))
_BASIC = rx.compile(r"(?<![\w])[Bb]asic[ \t]+(?P<value>[A-Za-z0-9+/]{8,512}={0,2})(?![\w+/=])")
_VALUE_END = rx.compile(r"[A-Za-z0-9+/_\-.~=]")
_LOOKBACK = 60
_HEX = frozenset("0123456789abcdefABCDEF")
_HEX_DASH = _HEX | {"-"}


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value``'s own character distribution.

    >>> shannon_entropy("aaaa")
    0.0
    >>> round(shannon_entropy("abcd"), 2)
    2.0
    """
    if not value:
        return 0.0
    n = len(value)
    return sum(c / n * math.log2(n / c) for c in Counter(value).values())


def looks_random(value: str) -> bool:
    """True when ``value`` is long and varied enough to be a generated key, not a word or an ID.

    Random text of length n has entropy close to log2(n) (for n up to the alphabet size); a word,
    a repeated pattern or a counter falls far below. Hex needs more length, its alphabet is small.

    >>> looks_random("q8ZrT2vLx9NmB4wKp7Yd")
    True
    >>> looks_random("sygedagpengelovgivningen")
    False
    >>> looks_random("abcabcabcabcabcabc123")
    False
    >>> looks_random("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    False
    >>> looks_random("/opt/ci/keys/deploy_ed25519")  # a key's file, not the key
    False
    >>> looks_random("dfk_live_7c1e9a44b2f04d6e8a0f3b5c2e91d7aa")  # a prefix, then hex
    True
    >>> looks_random("fh-live-9c2f4e1a7b8d4e6f9a0b3c5d7e2f1a84")
    True
    """
    if value.startswith(("/", "~/", "./", "../")) and value.count("/") >= 2:
        return False  # a file's path ("ansible_ssh_private_key_file: /opt/ci/keys/…")
    value = value.strip(".-_~/+=")
    n = len(value)
    if n < 16 or "EXAMPLE" in value:
        # A provider's documentation key ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") is shown
        # to everyone: no secret.
        return False
    core = value.rpartition(":")[0] if 0 < len(value.rpartition(":")[2]) <= 4 else value
    if "-" in core and set(core) <= _HEX_DASH:
        # A key in a UUID's shape, perhaps with a short suffix ("9f3c2a71-…-07c5e2d9f8aa:fx",
        # DeepL's form): judged as hex on its digits. Only ever asked about a value that a
        # key's name holds ("API_KEY = …"); a bare UUID is an identifier.
        digits = core.replace("-", "")
        return len(digits) >= 24 and shannon_entropy(digits) >= 3.0
    tail = value.rpartition("_")[2]
    if tail == value:
        tail = value.rpartition("-")[2]
    if tail != value and len(tail) >= 24 and set(tail) <= _HEX:
        # A provider's prefix before a hex key ("dfk_live_7c1e9a44…", "fh-live-9c2f4e1a…"):
        # judged on the hex part.
        return shannon_entropy(tail) >= 3.0
    classes = (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
    )
    if not any(c.isdigit() for c in value) or classes < 2:
        return False
    entropy = shannon_entropy(value)
    if set(value) <= _HEX:
        return n >= 24 and entropy >= 3.0
    # Expected entropy of n random characters from the alphabet in use, with some slack: 62
    # letters and digits, or 36 for a key in one case (Azure DevOps tokens and many API keys are
    # lower case and digits; measured against 62, a 52-character one looked too plain).
    expected = min(math.log2(n), 5.95 if classes == 3 else 5.17)
    return entropy >= expected - 0.9 and entropy >= 3.4


# A value that follows its name without "=" or ":": "API-nøglen er roteret, ny er\n<key>",
# "(access key AKIA…, secret <key>)". Found from the name: the literals below are searched in the
# lowered view (see _labels), the whole word around a hit must name a secret, and the value must
# come within the next two lines and look random. Stricter than after "=": at least 20
# characters, and no word between name and value that makes the value an identifier or a hash.
# Each literal costs a scan of the lowered view (about 0.6 ms a MB), so the list is short: an
# upper-case "NØGLE" (the view keeps Ø as it is) and rarer names ("credential", "passphrase")
# are left to the anchored pass, which reads them before "=" or ":".
_NAME_LITERALS = (b"token", b"secret", b"key", b"n\xf8gle")
_keywords.KEYWORDS.add(tuple(literal.decode("latin-1") for literal in _NAME_LITERALS))
_WORD_CHARS = rx.compile(r"[\w.\-]{0,40}")
_WORD_CHARS_BEFORE = rx.compile(r"(?r)[\w.\-]{0,40}")
# "access key", "API key", "secret key" … : a bare "key" names a secret only after one of these.
_KEY_QUALIFIER = rx.compile(
    r"(?i)(?:api|access|secret|private|account|storage|subscription|master|signing|encryption|"
    r"client|app|license|licens|shared)[ _\-.]?\Z"
)
# Danish "nøgle" ends the compound that names a key ("API-nøglen", "adgangsnøgle"); "nøgletal",
# "nøgleord" and "nøglekort" are other things.
_NOEGLE_HEAD = rx.compile(r"(?i)nøgle(?:n|r|rne|ns)?\Z")
_NEAR_VALUE = rx.compile(
    r"(?<![\w+/=\-.~@:$%{<\[])(?P<value>[A-Za-z0-9+/_\-]{20,512}={0,2})(?![\w+/=\-~@}>\]]|[.:]\w)"
)
_NOT_SECRET_NEAR = rx.compile(
    r"(?i)(?:commit|revision|uuid|guid|offentlig|public|serial|serienummer|request[ _\-]?id|"
    r"trace[ _\-]?id|correlation|tenant|client[ _\-]?id|app[ _\-]?id|object[ _\-]?id|"
    r"build|version|image|digest)"
)
_NEAR_REACH = 200
_NON_BLANK = rx.compile(r"\S")


def _names_a_secret(text: str, hit: int, literal: bytes) -> int | None:
    """The end of the word around ``hit`` if that word names a secret, else None."""
    after = _WORD_CHARS.match(text, hit + len(literal))
    before = _WORD_CHARS_BEFORE.search(text, max(0, hit - 40), hit)
    start = before.start() if before else hit
    end = after.end() if after else hit + len(literal)
    word = text[start:end].strip(".-")
    if _NOT_SECRET.search(word):
        return None
    if literal == b"key":
        bare = word.casefold() in ("key", "keys")
        if bare and not _KEY_QUALIFIER.search(text, max(0, start - 16), start):
            return None
        if not bare and not _KEY_NAME.search(word):
            return None
    elif literal[:1] == b"n":
        if not _NOEGLE_HEAD.search(word):
            return None
    elif not _KEY_NAME.search(word):
        return None
    return end


def _random_without_name(value: str) -> bool:
    """Stricter than looks_random, for a value not tied to its name by "=" or ":": capitals,
    small letters and digits all present (a generated key), or 32+ hex digits (alone or behind
    a prefix). Identifiers
    such as ``vault_token_prod_2024`` or ``{{ var }}`` placeholders have no capitals."""
    if not looks_random(value):
        return False
    if set(value) <= _HEX:
        return len(value) >= 32
    tail = value.rsplit("_", 1)[-1].rsplit("-", 1)[-1]
    if len(tail) >= 32 and set(tail) <= _HEX:
        return True  # 32+ hex digits behind a prefix: "bl_test_4f9a2c71e8d04b3a…"
    return any(c.isupper() for c in value) and any(c.islower() for c in value)


def _bearers(text: str):
    """``_AFTER_BEARER.finditer(text)``, tried only where the keyword index saw "bearer"."""
    places = _keywords.starts(text, _labels.view(text).lower, b"bearer")
    return _labels.verified(_AFTER_BEARER, places, text)


class HighEntropySecretDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        seen: set[int] = set()
        yield from self._anchored(text, seen)
        yield from self._near_name(text, seen)
        if "asic" in text:
            yield from self._basic_auth(text, seen)

    @staticmethod
    def _basic_auth(text: str, seen: set[int]) -> Iterator[Span]:
        """``Authorization: Basic <base64>``: the value is "user:password" in base64, readable
        by anyone; it needs no randomness test, only to decode to a user and a password."""
        for match in _BASIC.finditer(text):
            import base64  # here: most texts have no "Basic" header, and it costs start-up

            start, end = match.span("value")
            if start in seen:
                continue
            try:
                plain = base64.b64decode(match.group("value"), validate=True).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                continue
            user, colon, password = plain.partition(":")
            if colon and user and password and plain.isprintable():
                seen.add(start)
                yield Span(RULE.code, start, end, 0.9)

    def _near_name(self, text: str, seen: set[int]) -> Iterator[Span]:
        lower = _labels.view(text).lower
        for literal in _NAME_LITERALS:
            for hit in _keywords.starts(text, lower, literal):
                end = _names_a_secret(text, hit, literal)
                if end is not None:
                    yield from self._value_after(text, end, seen)

    @staticmethod
    def _value_after(text: str, pos: int, seen: set[int]) -> Iterator[Span]:
        # The rest of the name's line and the next non-blank line ("ny er\n\n<key>").
        stop = min(len(text), pos + _NEAR_REACH)
        first = text.find("\n", pos, stop)
        if first != -1:
            line = _NON_BLANK.search(text, first, stop)
            if line is None:
                stop = first  # only blanks after the name's line: the value is on it or nowhere
            else:
                second = text.find("\n", line.start(), stop)
                if second != -1:
                    stop = second
        for match in _NEAR_VALUE.finditer(text, pos, stop):
            start, end = match.span("value")
            if first != -1 and start > first:
                # On a later line the value is pasted alone, at the start of its line.
                line_start = text.rfind("\n", 0, start) + 1
                if text[line_start:start].strip(" \t\"'`>"):
                    continue
            if _NOT_SECRET_NEAR.search(text, pos, start) or _NOT_SECRET.search(text, pos, start):
                return
            if start not in seen and _random_without_name(match.group("value")):
                seen.add(start)
                yield Span(RULE.code, start, end, 0.7)
                return

    def _anchored(self, text: str, seen: set[int]) -> Iterator[Span]:
        lower = _labels.view(text).lower
        for anchor in _ANCHORS:
            if anchor is _AFTER_BEARER:
                matches = _bearers(text)
            else:
                matches = _labels.verified(anchor, _IN_VIEW[anchor], text, lower)
            for match in matches:
                start, end = match.span("value")
                if start in seen:
                    continue
                quoted = "qt" in match.re.groupindex and match.group("qt") is not None
                if quoted and _NOT_A_KEY.match(text, start):
                    continue
                if not quoted and end < len(text) and _VALUE_END.match(text, end):
                    continue  # the run is longer than 512 characters: a blob, not a key
                if not looks_random(text[start:end]):
                    continue
                if not self._named_as_secret(text, match.start()):
                    continue
                seen.add(start)
                yield Span(RULE.code, start, end, 0.75)

    @staticmethod
    def _named_as_secret(text: str, sep: int) -> bool:
        line_start = text.rfind("\n", 0, sep) + 1
        before = text[max(line_start, sep - _LOOKBACK) : sep + 6]
        if _NOT_SECRET.search(before):
            return False
        return bool(_KEY_NAME.search(before))


CONNECTION_RULE = Rule(
    code="SE007",
    name="connection-string-key-value",
    entity="secret",
    severity=Severity.ERROR,
    guideline=2,
    priority=90,
    mask="full",
    message={
        "da": "Forbindelsesstreng med adgangskode (Server=…;Password=…)",
        "en": "Connection string with a password (Server=…;Password=…)",
    },
    what={
        "da": "Finder forbindelsesstrenge i nøgle=værdi-form (ADO.NET, ODBC, JDBC-parametre) med "
        "Password= eller Pwd= blandt parrene, fx Server=sql01;Database=sager;User Id=app;"
        "Password=…. Hele strengen meldes, fra første til sidste par. En pladsholder som "
        "${DB_PASSWORD} eller **** tæller ikke.",
        "en": "Finds key=value connection strings (ADO.NET, ODBC, JDBC parameters) with Password= "
        "or Pwd= among their pairs, for example Server=sql01;Database=sager;User Id=app;"
        "Password=…. The whole string is reported, from its first pair to its last. A "
        "placeholder such as ${DB_PASSWORD} or **** does not count.",
    },
    why={
        "da": "Med forbindelsesstrengen kan man logge direkte på databasen, ofte med adgang til alle "
        "data. Sendt til et offentligt AI-værktøj er den lækket (retningslinje 2).",
        "en": "With the connection string anyone can log in to the database directly, often with "
        "access to all data. Sent to a public AI tool, it has leaked (guideline 2).",
    },
    instead={
        "da": "Erstat adgangskoden med en pladsholder (Password=[KODE]). Er den sendt: skift den.",
        "en": "Replace the password with a placeholder (Password=[PASSWORD]). If it has been sent: "
        "change it.",
    },
    examples=(
        "Server=sql01;Database=sager;User Id=app;Password=fjordhest;",
        '"Default": "Data Source=db01;Initial Catalog=Journal;User ID=svc;Pwd=K4ffe!2024"',
    ),
    counter_examples=(
        "Server=sql01;Database=sager;User Id=app;Password=${DB_PASSWORD};",
        "Server=sql01;Database=sager;Integrated Security=true;",
        "password=hunter2",
    ),
)

# "Password=" / "Pwd=" as a pair's key; the scan anchors on the "=" (a rare character in prose).
_PASSWORD_KEY = rx.compile(
    r"(?<=(?<![\w.\-])(?:[Pp]ass(?:word|wd)|PASS(?:WORD|WD)|[Pp]wd|PWD)[ \t]*)="
)
# Keys of several words that connection strings use; other keys are one word ("Server", "Uid").
_MULTIWORD = (
    r"(?i:data source|user id|initial catalog|integrated security|persist security info|"
    r"application name|trust server certificate|connect timeout|connection timeout)"
)
_KEY = rf"(?:{_MULTIWORD}|[A-Za-z][A-Za-z0-9_.]{{0,30}})"
# A value runs to the next ";"; ODBC puts one with spaces in braces ("Driver={ODBC Driver 18}").
# An "=" inside a value means a key before it ("db.url=Server=…"): only base64 padding may end one.
_PAIR_VALUE = r"(?:\{[^{}\n]{0,100}\}|[^;\s\"'<>=]*=*)"
# One pair ending just before ``endpos``, searched backwards from there ("(?r)").
_PAIR_BEFORE = rx.compile(
    rf"(?r)(?<![A-Za-z0-9_.]){_KEY}[ \t]*=[ \t]*{_PAIR_VALUE}[ \t]*;[ \t]*\Z"
)
_PAIR_AFTER = rx.compile(rf"[ \t]*;[ \t]*{_KEY}[ \t]*=[ \t]*{_PAIR_VALUE}(?<=[^;\s=])")
_PASSWORD_VALUE = rx.compile(
    r"[ \t]*(?!(?:\*{2,}|[xX]{3,}|•+|<|\$|\{|%|\[|(?i:password|passwd|pwd|secret|changeme|"
    r"kodeord|adgangskode|your_?password|none|null)(?![^;\s\"'<>])))[^;\s\"'<>]+"
)
# A key that only a connection string has: without one, "a=1;password=x" is not reported here.
_CONNECTION_KEY = rx.compile(
    r"(?i)(?:server|data source|datasource|host|hostname|address|addr|provider|driver|dsn|"
    r"database|initial catalog|dbname|user id|userid|uid|user|username|port|"
    r"integrated security|trusted_connection)[ \t]*="
)
_MAX_PAIRS = 20


class ConnectionStringDetector:
    """Key=value connection strings with a password, reported whole (rule SE007)."""

    rules = (CONNECTION_RULE,)

    def find(self, text: str) -> Iterator[Span]:
        if "=" not in text:
            return
        last_end = -1
        for match in _PASSWORD_KEY.finditer(text):
            value = _PASSWORD_VALUE.match(text, match.end())
            if value is None or match.start() < last_end:
                continue
            key_start = self._key_start(text, match.start())
            start, pairs, known = key_start, 1, False
            while pairs < _MAX_PAIRS:
                before = _PAIR_BEFORE.search(text, 0, start)
                if before is None or "://" in before.group():
                    break  # a URL before the pairs is a JDBC address: rule SE004 reports it whole
                start = before.start()
                pairs += 1
                known = known or bool(_CONNECTION_KEY.match(text, start))
            end = value.end()
            while pairs < _MAX_PAIRS:
                after = _PAIR_AFTER.match(text, end)
                if after is None:
                    break
                key = text[after.start() : after.end()].lstrip(" \t;")
                known = known or bool(_CONNECTION_KEY.match(key))
                end = after.end()
                pairs += 1
            if pairs >= 2 and known:
                # A string that ends in ";" is copied with it: "…;Encrypt=True;" is one value.
                if text.startswith(";", end) and (
                    end + 1 == len(text) or text[end + 1] in " \t\r\n\"'`<"
                ):
                    end += 1
                last_end = end
                yield Span(CONNECTION_RULE.code, start, end, 0.9)

    @staticmethod
    def _key_start(text: str, equals: int) -> int:
        """Start of the "Password"/"Pwd" key before the "=" at ``equals``."""
        pos = equals
        while pos > 0 and text[pos - 1] in " \t":
            pos -= 1
        while pos > 0 and text[pos - 1].isalpha():
            pos -= 1
        return pos


PASSWORD_RULE = Rule(
    code="SE008",
    name="password-near-password-word",
    entity="secret",
    severity=Severity.ERROR,
    guideline=2,
    priority=90,
    mask="full",
    message={
        "da": "Værdi, der ligner en adgangskode, i et afsnit om adgangskoder",
        "en": "A password-like value in a paragraph about passwords",
    },
    what={
        "da": "Finder værdier med bogstaver, tal og et tegn (Sommer#2025, Hest!42kage) i samme "
        "afsnit som ordene adgangskode, kodeord, kode, password eller pw (højst 100 tegn før og "
        "200 efter), også når værdien ikke står lige efter ordet: 'mit gamle kodeord var … og "
        "jeg har prøvet med …'. "
        "E-mailadresser, adresser på nettet og pladsholdere som ${KODE} tæller ikke.",
        "en": "Finds values of letters, digits and a symbol (Sommer#2025, Hest!42kage) in the "
        "same paragraph as the words adgangskode, kodeord, kode (password), password or pw (at "
        "most 100 characters before and 200 after), also when the value does not follow the "
        "word directly: 'my old password was … and I tried …'. E-mail addresses, web addresses and placeholders such as ${PASSWORD} do not count.",
    },
    why={
        "da": "En adgangskode i en prompt er lækket: udbyderen gemmer den. Det gælder også den "
        "nye kode, man har prøvet, og den gamle, der ofte ligner den nye (retningslinje 2).",
        "en": "A password in a prompt has leaked: the provider stores it. That goes for the new "
        "one tried as well as the old one, which often resembles the new (guideline 2).",
    },
    instead={
        "da": "Erstat koden med [ADGANGSKODE]. Er den allerede sendt: skift den med det samme.",
        "en": "Replace it with [PASSWORD]. If it has already been sent: change it at once.",
    },
    examples=(
        "Mit gamle kodeord var Blomst#2024, og jeg har også prøvet Blomst#2025.",
        "Prøv Kaffe!Kop7 som midlertidig adgangskode.",
    ),
    counter_examples=(
        "Adgangskoden skal have mindst 12 tegn, fx både tal og tegn som # og !.",
        "Send koden til it-support@kommune.dk.",
        "Password=${DB_PASSWORD}",
    ),
)

# Words for a password, found in the lowered view (see _labels): "kodeord", "adgangskoden",
# "engangskode", "password", "passwd", "pw", "pwd", and a login given as user and password
# ("teamets fælles login jc-integration / Sommer2025!"). Codes that are no password are left out.
_PASSWORD_LITERALS = (b"kode", b"pass", b"pw", b"login")
_keywords.KEYWORDS.add(tuple(literal.decode("latin-1") for literal in _PASSWORD_LITERALS))
_PASSWORD_WORD = rx.compile(
    r"[\w\-]{0,20}kode(?:ordene|ordet|ord|rne|n|r)?|[\w\-]{0,20}pass(?:word|wd|code)\w{0,6}|pwd?|"
    r"[\w\-]{0,20}login(?:s|et|oplysninger)?"
)
_NOT_PASSWORD_CODES = tuple(
    """
    fejl kilde program post streg qr farve lande område vare rabat produkt status svar bar html
    python java maskin kontrol regnskabs konto funktions art kle emne diagnose procedure sygdoms
    """.split()
)
_LOGIN_GIVEN = rx.compile(r"[ \t]*[:=]|[^\n]{0,60}?[ \t]/[ \t]+\S|[ \t]+\S{2,40}/\S")
# A candidate value: no spaces, quotes, brackets or separators of key=value pairs.
_PASSWORD_TOKEN = rx.compile(r"[^\s\"'`;,<>()\[\]{}=|]{6,64}")
_PASSWORD_SYMBOLS = frozenset("!#$%&*+?@^~")
_PARAGRAPH_END = rx.compile(r"\n[ \t\r]*\n")
_PARAGRAPH_END_BEFORE = rx.compile(r"(?r)\n[ \t\r]*\n")
_PASSWORD_REACH = 200


def password_shaped(token: str) -> bool:
    """Letters, digits and a symbol, as password rules demand: Sommer#2025, Hest!42kage.

    >>> password_shaped("Sommer#2025"), password_shaped("Sommer2025"), password_shaped("#4412")
    (True, False, False)
    """
    if token[0] in "$%{<[#@" or "://" in token:
        return False
    at = token.find("@")
    if at > 0 and "." in token[at:]:
        return False  # an e-mail address
    return (
        any(c.isalpha() for c in token)
        and any(c.isdigit() for c in token)
        and any(c in _PASSWORD_SYMBOLS for c in token)
    )


class PasswordNearWordDetector:
    """Password-shaped values in the paragraph around a word for a password (rule SE008)."""

    rules = (PASSWORD_RULE,)

    def find(self, text: str) -> Iterator[Span]:
        lower = _labels.view(text).lower
        found: set[int] = set()  # a value near two password words counts once
        for literal in _PASSWORD_LITERALS:
            for hit in _keywords.starts(text, lower, literal):
                if self._password_word(text, hit):
                    yield from self._paragraph(text, hit, found)

    @staticmethod
    def _password_word(text: str, hit: int) -> bool:
        """Whether the whole word around ``hit`` is a word for a password ("kodeordet",
        "engangskode", "pw"), not another code ("fejlkode", "postkode") or word ("kodeks")."""
        start = hit
        while start > max(0, hit - 20) and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        end = hit
        while end < min(len(text), hit + 30) and text[end].isalnum():
            end += 1
        word = text[start:end].lower()
        if _PASSWORD_WORD.fullmatch(word) is None:
            return False
        if "login" in word:
            # A login given: "login: heha / Hest123", "login jc-integration / Sommer2025!",
            # "login til projektet er forsk_kard02 / Hjerte2025!Aarhus"; not the event ("Fejlkode E#4412x opstod under login").
            return _LOGIN_GIVEN.match(text, end) is not None
        return not word.startswith(_NOT_PASSWORD_CODES) or "ord" in word[-6:]

    @staticmethod
    def _paragraph(text: str, hit: int, found: set[int]) -> Iterator[Span]:
        # The paragraph around the word, at most 100 characters before and 200 after: a chat
        # or a mail often gives the password first and the one tried next in a new sentence.
        begin = _PARAGRAPH_END_BEFORE.search(text, max(0, hit - _PASSWORD_REACH // 2), hit)
        start = begin.end() if begin else max(0, hit - _PASSWORD_REACH // 2)
        end_match = _PARAGRAPH_END.search(text, hit, min(len(text), hit + _PASSWORD_REACH))
        stop = end_match.start() if end_match else min(len(text), hit + _PASSWORD_REACH)
        for match in _PASSWORD_TOKEN.finditer(text, start, stop):
            a, b = match.span()
            while b > a and text[b - 1] in ".,:;!?":
                if text[b - 1] in "!?" and b - 1 > a and text[b - 2] not in ".,:;!? ":
                    break  # "Sommer2024!" ends in its own symbol
                b -= 1
            if b - a < 6 or a in found:
                continue
            token = text[a:b]
            if password_shaped(token) and not _in_web_address(text, a):
                found.add(a)
                yield Span(PASSWORD_RULE.code, a, b, 0.8)


def _in_web_address(text: str, start: int) -> bool:
    """``start`` lies inside a web address ("https://x.dk/login?next=a1b2!c"): a query's value."""
    low = max(0, start - 200)
    run = max(text.rfind(blank, low, start) for blank in " \t\n") + 1
    head = text[run:start]
    return "://" in head or head.startswith("www.")


DETECTORS = (HighEntropySecretDetector, ConnectionStringDetector, PasswordNearWordDetector)
