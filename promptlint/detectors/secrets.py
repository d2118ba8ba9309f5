"""High-entropy secrets after a telling key: ``api_key = "q8Zr…"``, ``Authorization: Bearer …``.

The known token formats (AWS, GitHub, Slack, OpenAI …), private keys, connection strings and
passwords are declarative rules in ``patterns/packs/secrets.toml``. What a pattern cannot say is
"this value looks random", so this module adds one rule for values that

- follow ``=``, ``:`` or ``Bearer``/``Token`` after a key that names a secret (``token``,
  ``secret``, ``api_key``, ``apiKey``, ``client_secret``, ``nøgle``, ``signature`` …) on the
  same line, and
- look random: at least 16 characters from the base64/hex alphabet, several character classes,
  and a Shannon entropy near what random text of that length would have.

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

import regex

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
        "nøgle eller Bearer på samme linje. En tilfældig streng uden et sådant navn meldes ikke.",
        "en": "Finds values that look like random keys (at least 16 characters, mixed character "
        "classes, high entropy) when they follow a name such as token, secret, api_key, "
        "client_secret, nøgle (key) or Bearer on the same line. A random string without such a "
        "name is not reported.",
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
_KEY_NAME = regex.compile(
    r"(?:token|secret|api[_\-.]?key|apikey|access[_\-.]?key|private[_\-.]?key|secret[_\-.]?key|"
    r"auth|credential|signature|\bsig\b|bearer|nøgle|passphrase|session[_\-.]?id|webhook)",
    regex.IGNORECASE,
)
# Names that look like a key but hold public identifiers or checksums.
_NOT_SECRET = regex.compile(
    r"(?:public[_\-.]?key|key[_\-.]?id|keyid|token[_\-.]?type|token[_\-.]?url|checksum|hash|"
    r"sha\d*|md5|etag|fingerprint|thumbprint|tokenizer|tokens?[_\-.]?count|max[_\-.]?tokens)",
    regex.IGNORECASE,
)
# A separator, an optional scheme word and the candidate value; anchored at "=", ":" or "earer".
# A quoted value is everything up to its closing quote on the same line (symbols included);
# an unquoted one is a run of base64/URL-safe characters.
_SCHEME = r"(?:(?:Bearer|Basic|Token|token|bearer)[ \t]+)?"
_VALUE = (
    rf"(?:(?P<qt>[\"'`]){_SCHEME}(?P<value>[^\s\"'`]{{16,512}})(?P=qt)"
    rf"|[\"'`]?{_SCHEME}(?P<value>[A-Za-z0-9+/_\-.~]{{16,512}}))"
)
_AFTER_EQUALS = regex.compile(rf"=>?[ \t]*{_VALUE}")
_AFTER_COLON = regex.compile(rf":[ \t]*{_VALUE}")
# A quoted value that is a placeholder or an address, not a key: "${CLIENT_SECRET}", "<din nøgle>",
# "{{ vault_token }}", "https://…".
_NOT_A_KEY = regex.compile(r"[$<{%\[]|[^\s]*://")
_AFTER_BEARER = regex.compile(r"[Bb]earer[ \t]+(?P<value>[A-Za-z0-9+/_\-.~]{16,512})")
_ANCHORS = (_AFTER_EQUALS, _AFTER_COLON, _AFTER_BEARER)
_VALUE_END = regex.compile(r"[A-Za-z0-9+/_\-.~=]")
_LOOKBACK = 60
_HEX = frozenset("0123456789abcdefABCDEF")


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
    """
    value = value.strip(".-_~/+=")
    n = len(value)
    if n < 16:
        return False
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
    # Expected entropy of n random characters from a 62-letter alphabet, with some slack.
    expected = min(math.log2(n), 5.95)
    return entropy >= expected - 0.9 and entropy >= 3.4


class HighEntropySecretDetector:
    rules = (RULE,)

    def find(self, text: str) -> Iterator[Span]:
        seen: set[int] = set()
        for anchor in _ANCHORS:
            for match in anchor.finditer(text):
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
_PASSWORD_KEY = regex.compile(
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
_PAIR_BEFORE = regex.compile(
    rf"(?r)(?<![A-Za-z0-9_.]){_KEY}[ \t]*=[ \t]*{_PAIR_VALUE}[ \t]*;[ \t]*\Z"
)
_PAIR_AFTER = regex.compile(rf"[ \t]*;[ \t]*{_KEY}[ \t]*=[ \t]*{_PAIR_VALUE}(?<=[^;\s=])")
_PASSWORD_VALUE = regex.compile(
    r"[ \t]*(?!(?:\*{2,}|[xX]{3,}|•+|<|\$|\{|%|\[|(?i:password|passwd|pwd|secret|changeme|"
    r"kodeord|adgangskode|your_?password|none|null)(?![^;\s\"'<>])))[^;\s\"'<>]+"
)
# A key that only a connection string has: without one, "a=1;password=x" is not reported here.
_CONNECTION_KEY = regex.compile(
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


DETECTORS = (HighEntropySecretDetector, ConnectionStringDetector)
