"""Secrets: the pack (patterns/packs/secrets.toml, SE001-SE005), the entropy detector and the
key-value connection strings (promptlint/detectors/secrets.py, SE006, SE007), through the engine.

The span convention: for ``password = "x"`` only x, without quotes; a connection string whole,
from its scheme or first key to its last parameter; a PEM block whole, BEGIN to END.
Keys below are made up in the providers' published shapes; none is real.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.config import Config
from promptlint.detectors.secrets import HighEntropySecretDetector, looks_random, shannon_entropy
from promptlint.scan import build_engine


@cache
def _engine(select: tuple[str, ...]):
    return build_engine(Config(select=select, plugins=False))[1]


def found(text: str, select: tuple[str, ...] = ("secret",)) -> list[tuple[str, str]]:
    return [(f.rule.code, f.value) for f in _engine(select).scan(text)]


def codes(text: str) -> list[str]:
    return [c for c, _ in found(text)]


# --- private keys (SE001) ---------------------------------------------------------------------------

PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEpAIBAAKCAQEA1c2Xq3VhQ7mF0Zp9Kx2LwT8cYbN5uJ3rE6vH1sD4gA7kM2nB\n"
    "q3VhMIIEpAIBAAKCAQEA1c2XzT0wY9uV8xR3pL6mK1jH4gF7dS2aQ5wE8rT0yU3i\n"
    "-----END RSA PRIVATE KEY-----"
)


def test_a_pem_block_is_one_finding_from_begin_to_end():
    text = f"Her er nøglen:\n{PEM}\nTak."
    [(code, value)] = found(text)
    assert code == "SE001"
    assert value == PEM


@pytest.mark.parametrize(
    "header",
    [
        "-----BEGIN PRIVATE KEY-----",
        "-----BEGIN EC PRIVATE KEY-----",
        "-----BEGIN OPENSSH PRIVATE KEY-----",
        "-----BEGIN ENCRYPTED PRIVATE KEY-----",
        "-----BEGIN PGP PRIVATE KEY BLOCK-----",
        "-----BEGIN DSA PRIVATE KEY-----",
    ],
)
def test_private_key_kinds(header):
    end = header.replace("BEGIN", "END")
    assert codes(f"{header}\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEH\n{end}") == ["SE001"]


def test_a_truncated_key_is_still_found_with_its_body():
    text = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nAAAA"
    [(code, value)] = found(text)
    assert code == "SE001" and value.endswith("AAAA")


def test_a_begin_line_without_key_material_is_not_a_key():
    text = (
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        "er den første linje i en nøglefil. Del aldrig resten af filen."
    )
    assert "SE001" not in codes(text)


def test_putty_key_file():
    text = (
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: jens@pc\n"
        "Public-Lines: 2\nAAAAC3NzaC1lZDI1NTE5\nAAAAIGx\nPrivate-Lines: 1\nAAAAIBd\n"
        "Private-MAC: 5f3a9c1d2e4b6a8f"
    )
    assert codes(text) == ["SE001"]


@pytest.mark.parametrize(
    "text",
    [
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUV\n-----END CERTIFICATE-----",
        "Læg aldrig din private key i et AI-værktøj.",
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ jens@pc",
    ],
)
def test_public_keys_and_prose_are_not_private_keys(text):
    assert "SE001" not in codes(text)


def test_the_providers_documentation_keys_are_no_secrets():
    # AWS prints these in every guide; a pasted tutorial holds no secret.
    text = (
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
        "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
    )
    assert codes(text) == []


# --- provider tokens (SE002), JWT (SE003) -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "aws_access_key_id = AKIA2E0Q8F3B244C9D8K",
        "Temporary: ASIAY34FZKBOKMUTVV7A",
        "token: ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5",
        "gho_16C7e42F292c6912E7710c838347Ae178B4a",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
        "GITLAB_TOKEN=glpat-xR7kP2mN9qL4vB8cT1wZ",
        "SLACK_BOT_TOKEN=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "https://hooks.slack.com/services/T0ABCDEFG/B0HIJKLMN/aBcDeFgHiJkLmNoPqRsTuVwX",
        "stripe.api_key = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'",
        "rk_live_51H8xYz2eZvKYlo2C0123456789abcd",
        "key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW",
        "OPENAI_API_KEY=sk-proj-Ab3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Za7Bc9De1Fg3",
        "sk-ant-api03-Ab3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Za7Bc9De1Fg3Hi5Jk7Lm9No1Pq3Rs5Tu7Vw9Xy1Za3Bc5",
        "SENDGRID=SG.aBcDeFgHiJkLmNoPqRsTuV.aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789AbCdEfG",
        "TWILIO_API_KEY=SK0123456789abcdef0123456789abcdef",
        "client_secret: xYz8Q~AbCdEfGhIjKlMnOpQrStUvWxYz0123456",
        "//registry.npmjs.org/:_authToken=npm_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
        "HF_TOKEN=hf_aBcDeFgHiJkLmNoPqRsTuVwXyZaBcDeFgH",
        "GOOGLE_CLIENT_SECRET=GOCSPX-aBcDeFgHiJkLmNoPqRsTuVwXyZ01",
    ],
)
def test_provider_tokens(text):
    assert "SE002" in codes(text)


def test_jwt():
    jwt = (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
    )
    assert found(f"Authorization: Bearer {jwt}") == [("SE003", jwt)]


@pytest.mark.parametrize(
    "text",
    [
        "Vi bruger en dansk-engelsk-ordbog-til-oversættelser-af-breve-og-notater.",
        "Nøglen ligger i AWS-kontoen, spørg IT.",
        "ghp_ er præfikset for GitHub-tokens.",
        "Ring til SK-teamet på lokal 1234.",
        "AKIA er starten på en AWS-nøgle.",
        "Et JWT begynder altid med eyJ.",
        "sk-learn er et Python-bibliotek.",
        "Se https://github.com/os2datascanner/os2datascanner for koden.",
    ],
)
def test_provider_traps(text):
    assert codes(text) == []


# --- connection strings (SE004) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "DATABASE_URL=postgres://app:Hemmelig2024@db.kommune.local:5432/sager",
        "mongodb+srv://admin:s3cr3tPass@cluster0.example.net/test",
        "https://jens:sommerfugl@intranet.example.dk/sti",
        "redis://:Kode123@cache:6379/0",
        "DefaultEndpointsProtocol=https;AccountName=lager;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net",
    ],
)
def test_connection_strings(text):
    assert "SE004" in codes(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "2025-03-02 03:10 INFO Connecting to mysql://batch:Kaffe#Kop9@db07.intern:3306/lon",
            "mysql://batch:Kaffe#Kop9@db07.intern:3306/lon",
        ),
        (
            "DATABASE_URL: postgresql://svc:Sne&Is-42@pg:5432/arkiv",
            "postgresql://svc:Sne&Is-42@pg:5432/arkiv",
        ),
        # The sentence's closing dot is not part of the path.
        ("Brug redis://:Lys9Moerke@cache01:6379/2.", "redis://:Lys9Moerke@cache01:6379/2"),
        # JDBC: the password is a parameter, the whole string is the secret.
        (
            "url=jdbc:sqlserver://sql-prod02:1433;databaseName=LON;user=lonapp;password=Birk#Eg2024",
            "jdbc:sqlserver://sql-prod02:1433;databaseName=LON;user=lonapp;password=Birk#Eg2024",
        ),
        (
            "jdbc:postgresql://pg01:5432/journal?user=svc&password=Lyngby42&ssl=true",
            "jdbc:postgresql://pg01:5432/journal?user=svc&password=Lyngby42&ssl=true",
        ),
    ],
)
def test_a_connection_string_is_reported_whole(text, value):
    assert found(text) == [("SE004", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Server=sql01;Database=sager;User Id=app;Password=fjordhest;",
            # A string that ends in ";" is copied with it.
            "Server=sql01;Database=sager;User Id=app;Password=fjordhest;",
        ),
        (
            '"Journal": "Data Source=db01; Initial Catalog=Journal; User ID=svc; Pwd=K4ffe!2024"',
            "Data Source=db01; Initial Catalog=Journal; User ID=svc; Pwd=K4ffe!2024",
        ),
        # ODBC puts the driver name in braces; an outer "key=" before the string is not part of it.
        (
            "odbc.dsn=Driver={ODBC Driver 18 for SQL Server};Server=tcp:x.example.net,1433;"
            "Uid=app;Pwd=Gran9Fyr;Encrypt=yes;",
            "Driver={ODBC Driver 18 for SQL Server};Server=tcp:x.example.net,1433;"
            "Uid=app;Pwd=Gran9Fyr;Encrypt=yes;",
        ),
        (
            "Password=Kaffe2024;User Id=svc;Data Source=db01",
            "Password=Kaffe2024;User Id=svc;Data Source=db01",
        ),
    ],
)
def test_a_key_value_connection_string_is_reported_whole(text, value):
    assert found(text) == [("SE007", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Server=sql01;Database=sager;User Id=app;Password=${DB_PASSWORD};",
        "Server=sql01;Database=sager;User Id=app;Password=****;",
        "Server=sql01;Database=sager;Integrated Security=true;",
        "sid=abc;password=x9",
        "Sæt Password= i forbindelsesstrengen til din egen kode.",
    ],
)
def test_key_value_connection_string_traps(text):
    assert "SE007" not in codes(text)


def test_connection_string_outranks_the_e_mail_shape_inside_it():
    findings = _engine(("secret", "email")).scan("postgres://app:Hemmelig2024@db.kommune.local/x")
    assert [f.rule.code for f in findings] == ["SE004"]


@pytest.mark.parametrize(
    "text",
    [
        "postgres://user:password@localhost:5432/db",
        "postgres://app:${DB_PASSWORD}@db:5432/app",
        "postgres://app:<kode>@db:5432/app",
        "https://www.borger.dk/kontanthjaelp",
        "Skriv til mette.hansen@kommune.dk",
        "postgres://localhost:5432/db",
        "Se https://example.com/side?x=1",
        "jdbc:postgresql://pg01:5432/journal?user=svc&password=${PG_PASS}",
        "https://www.example.com/login?password=glemt",
    ],
)
def test_connection_string_traps(text):
    assert "SE004" not in codes(text)


# --- passwords (SE005) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('password = "hunter2x"', "hunter2x"),
        ("DB_PASSWORD=Hemmelig2024", "Hemmelig2024"),
        ('"password": "Sommer2024!"', "Sommer2024!"),
        ("Adgangskoden er Sommer2024!", "Sommer2024!"),
        ("Adgangskoden er Sommer2024.", "Sommer2024"),
        ("Min adgangskode til Outlook er Hest123", "Hest123"),
        ("kodeord: Blaabær#77", "Blaabær#77"),
        ("Kodeordet er: Kat2024", "Kat2024"),
        ("PIN-koden er 4711", "4711"),
        ("Pinkode: 8080", "8080"),
        ("Dørkode: 1234", "1234"),
        ("smtpPassword='qwerty123'", "qwerty123"),
        ("PWD=Tr0ub4dor&3;", "Tr0ub4dor&3"),
        ("pwd: 'hemmelig'", "hemmelig"),
        ("<password>KodeOrd42</password>", "KodeOrd42"),
        ("password is hunter2", "hunter2"),
        ('MYSQL_ROOT_PASSWORD="rodkode"', "rodkode"),
        # Prose with a possessive or an apostrophe before the value.
        ("Din nye adgangskode til pc'en er Kanel#2031 – skift den i dag.", "Kanel#2031"),
        ("Koden til Wi-Fi'et: kodeord: Hyld-Bær-42", "Hyld-Bær-42"),
        # YAML and .env files with capital keys and no quotes.
        ("    MARIADB_PASSWORD: Sk0v&Sø-2025\n    MARIADB_USER: app", "Sk0v&Sø-2025"),
        ("SMTP_PASSWORD=Lyn$Torden9", "Lyn$Torden9"),
        # Danish compounds for network and device codes.
        ("Wi-Fi-kode: Gul-Cykel-318", "Gul-Cykel-318"),
        ("Netværkskoden er Fyr4Taarn!", "Fyr4Taarn!"),
        ("Passcode: 7731-22", "7731-22"),
        # The definite form right before the value, and PIN codes.
        ("Log på med kodeordet Vinter2026 og skift det bagefter.", "Vinter2026"),
        ("Jeg har prøvet adgangskoden Hav#Vind77 flere gange.", "Hav#Vind77"),
        ("Kortets PIN: 4711", "4711"),
        ("PIN-kode: 0815", "0815"),
        ("Jeg har også prøvet pinkoden 9087 på telefonen.", "9087"),
    ],
)
def test_password_value_is_the_span(text, value):
    assert ("SE005", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adgangskoden er udløbet.",
        "Skift din adgangskode: brug mindst 12 tegn.",
        "password: ********",
        "password = os.getenv('DB_PASSWORD')",
        "password=${DB_PASSWORD}",
        'password = ""',
        "password: str",
        "Glemt adgangskode? Klik her.",
        "Passport: 123456789",
        "Adgangskoden skal skiftes hver 90. dag.",
        "Koden er 1234",
        "Klassen har 24 elever.",
        "Vi sender en ny adgangskode til din e-mail.",
        "Password = changeme",
        "Din pinkode er personlig.",
        "Passwordet skal have mindst 12 tegn.",
        "POSTGRES_PASSWORD: required",
        "DB_PASSWORD: ${DB_PASSWORD}",
        "Wi-Fi-koden hænger på opslagstavlen.",
        "Netværkskode: spørg i receptionen",
        "Skift kodeordet hver 90. dag.",
        "Indtast adgangskoden to gange.",
        "Adgangskoden 12345678 er for svag.",
        "PIN: se brevet fra banken",
        "Jeg har glemt pinkoden 4 gange.",
    ],
)
def test_password_traps(text):
    assert "SE005" not in codes(text)


# --- high-entropy values after a secret name (SE006) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'api_key = "q8ZrT2vLx9NmB4wKp7Yd"',
        "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc",
        "client_secret: Zk3pQ9rT1vX7bN5mL2cF8hJ4",
        "x-auth-token: 7Fq9LmZ2vR8sT1wY4bN6cX3k",
        "API-nøgle: 8fK2mQ9xL4vB7nR1tY6wZ3cH",
        "SECRET_KEY=django-insecure-8k2m9q4x7v1b3n6r5t0y",
        "webhook_secret=whsec_9Kq2Lm8Xv4Rt7Bz1Np6Yc3Hd",
        "https://api.example.com/v1/data?token=Zk3pQ9rT1vX7bN5mL2cF8hJ4&page=2",
    ],
)
def test_random_value_after_a_secret_name(text):
    assert "SE006" in codes(text) or "SE002" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "token = abcdefghijklmnopqrstuvwxyz",
        "secret: sygedagpengelovgivningen",
        "checksum = 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc",
        "public_key: q8ZrT2vLx9NmB4wKp7Yd4Hs",
        "q8ZrT2vLx9NmB4wKp7Yd4Hs9Tn",
        "Sagsnr.: 2024-1234-5678-9012-3456",
        "url = https://www.borger.dk/kontanthjaelp/ansog",
        "max_tokens = 4096000000000000000",
        "Nøglen til succes er samarbejde.",
    ],
)
def test_entropy_traps(text):
    assert "SE006" not in codes(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'SECRET_KEY = "django-insecure-p3$w9!kz@7q^x2#m8&r5*t(1)v-b6"',
            "django-insecure-p3$w9!kz@7q^x2#m8&r5*t(1)v-b6",
        ),
        ("client_secret: 'Xf8#kQ2!mZ9@pL4$wR7&'", "Xf8#kQ2!mZ9@pL4$wR7&"),
        ('"api_key": "q8ZrT2vLx9NmB4wKp7Yd"', "q8ZrT2vLx9NmB4wKp7Yd"),
    ],
)
def test_a_quoted_random_value_is_taken_whole_without_quotes(text, value):
    assert ("SE006", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '"client_secret": "${AZURE_CLIENT_SECRET_V2}"',
        'api_key: "<indsæt-din-nøgle-her-123>"',
        'token = "{{ vault_token_prod_2024 }}"',
        '"secret": "https://example.com/callback?id=12345"',
        'secret = "Dette er en hemmelighed 2024"',
    ],
)
def test_quoted_placeholders_and_addresses_are_not_keys(text):
    assert "SE006" not in codes(text)


def test_an_unclosed_or_spaced_quote_keeps_the_plain_value():
    # No closing quote on the line, or white space before it: only the plain run counts.
    assert ("SE006", "q8ZrT2vLx9NmB4wKp7Yd") in found('token: "q8ZrT2vLx9NmB4wKp7Yd is it"')


def test_shannon_entropy_examples():
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)


@given(st.text(min_size=1, max_size=200))
def test_entropy_is_between_zero_and_log2_of_the_length(value):
    import math

    entropy = shannon_entropy(value)
    assert 0.0 <= entropy <= math.log2(len(value)) + 1e-9


@given(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"), st.integers(16, 200))
def test_a_repeated_character_never_looks_random(char, n):
    assert not looks_random(char * n)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå", min_size=16, max_size=60))
def test_words_without_digits_never_look_random(word):
    assert not looks_random(word)


def test_secrets_are_errors_with_priority_90():
    for text in (
        PEM,
        'password = "hunter2x"',
        "AKIA2E0Q8F3B244C9D8K",
        'api_key = "q8ZrT2vLx9NmB4wKp7Yd"',
        "Server=sql01;Database=sager;User Id=app;Password=fjordhest;",
    ):
        for finding in _engine(("secret",)).scan(text):
            assert (str(finding.severity), finding.rule.priority) == ("error", 90)


# --- a random value near its name without "=" or ":" (SE006) -----------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Den nye API-nøgle er klar, brug denne\nR7kQ2mZ9xT4vB8nL1pW6yC3hJ5s",
            "R7kQ2mZ9xT4vB8nL1pW6yC3hJ5s",
        ),
        (
            "Adgangsnøglen til lageret ligger her:\n\nUe4Tq9Zm2Xr7Lp1Vb8Nc3Kd6Hs",
            "Ue4Tq9Zm2Xr7Lp1Vb8Nc3Kd6Hs",
        ),
        (
            "the service account (access key AKIAZZ7QH3L2MN4PQ5RS, secret "
            "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) was disabled.",
            "Wq3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5Nm7Q",
        ),
        ("Tokenet udløber i morgen: Mx8Kp2Qw7Zr4Tn1Vb6Yc9Hd3Ls", "Mx8Kp2Qw7Zr4Tn1Vb6Yc9Hd3Ls"),
        # The text's last line, ending in a line break; 32 hex digits behind a prefix.
        (
            "API-nøglen til jeres endpoint i test er bl_test_4f9a2c71e8d04b3aa6c51f0e92d7b8c3 – "
            "den i produktion har I selv.\n",
            "bl_test_4f9a2c71e8d04b3aa6c51f0e92d7b8c3",
        ),
        ("Tokenet er Mx8Kp2Qw7Zr4Tn1Vb6Yc9Hd3Ls\n\n\n", "Mx8Kp2Qw7Zr4Tn1Vb6Yc9Hd3Ls"),
    ],
)
def test_random_value_near_its_name(text, value):
    assert value in [v for _, v in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nøglen blev roteret i commit 4f9a2c1e8b7d6a5f3e2d1c0b9a8f7e6d5c4b3a21 i går.",
        "Nøgletal 2025: Mx8Kp2Qw7Zr4Tn1Vb6Yc9Hd3Ls",
        "Tokens er beskrevet i vault_token_prod_2024_docs_v2.",
        "API-nøglen ligger i Key Vault.\n\nSe også afsnit 4 om Mx8Kp2Qw7Zr4Tn1Vb6Yc9Hd3Ls.\nOg mere.",
        "The keyboard layout q8ZrT2vLx9NmB4wKp7Yd4Hs9Tn",
        "secret: {{ vault_secret_prod_2024 }}",
        "client id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 og tenant",
    ],
)
def test_random_value_near_a_name_traps(text):
    assert "SE006" not in codes(text)


# --- password-shaped values near a word for a password (SE008) ---------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Min gamle adgangskode var Kaffe#Kop2024 og bagefter prøvede jeg Kaffe#Kop2025.",
            ["Kaffe#Kop2024", "Kaffe#Kop2025"],
        ),
        (
            "[08.02] Jens: kodeordet til printeren er Blæk!Patron7\n[08.03] Ib: og før var det Blæk!Patron6",
            ["Blæk!Patron7", "Blæk!Patron6"],
        ),
        ("Prøv Lyng&Hede42 som midlertidig kode.", ["Lyng&Hede42"]),
        ("Nyt pw: Tag?Regn9 – skift det i morgen.", ["Tag?Regn9"]),
        # A shared login given as user and password.
        (
            "så jeg loggede ind med teamets fælles login jc-integration / Sommer2025! og kopierede",
            ["Sommer2025!"],
        ),
        # ... with the app and the reason between the word and the login.
        (
            "(login til chaufførappen hvis I vil tjekke GPS: vogn417 / Holbæk!417x)",
            ["Holbæk!417x"],
        ),
    ],
)
def test_password_shaped_values_near_a_password_word(text, values):
    assert [v for c, v in found(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "En god adgangskode har mindst 12 tegn med tal og tegn som # og !.",
        "Skriv til it-support#2@kommune.dk, hvis du har glemt din kode.",
        "Fejlkode E#4412x opstod under login.",
        "Kildekoden ligger på https://git.example.dk/app#L42 i repoet.",
        "Password=${DB_PASSWORD_2}",
        "Adgangskoden er udløbet.\n\nMødet er flyttet til Rum#3B kl. 10.",
        # A value in a web address's query is part of the address.
        "Se login-siden: https://x.example.dk/login?next=a1b2!c og log ind med NemID.",
    ],
)
def test_password_shaped_traps(text):
    assert "SE008" not in codes(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "pw", a bare "kode" with a password-like value, and "adgangskode" without "er".
        ("login: heha, pw: Hest123", "Hest123"),
        ("Kode: bogstav2025", "bogstav2025"),
        ("Koden til wifi er Solsikke77.", "Solsikke77"),
        ("Log ind med brugernavn heha og adgangskode Sommer2024 i morgen.", "Sommer2024"),
    ],
)
def test_more_password_forms(text, value):
    assert value in [v for _, v in found(text)]


@pytest.mark.parametrize(
    "text",
    ["Koden er 1234", "Rabatkode: SOMMER25", "Hvad er din pw?", "Postnummer og kode: 8000"],
)
def test_more_password_form_traps(text):
    assert found(text) == []


def test_basic_authorization_header_is_a_secret():
    text = "Authorization: Basic am9uYXM6S2FmZmUhMjAyNQ=="  # "jonas:Kaffe!2025"
    assert ("SE006", "am9uYXM6S2FmZmUhMjAyNQ==") in found(text)
    assert found("Læs om Basic Authentication i RFC 7617.") == []
    assert found("basic YWJjZGVmZ2hpams=") == []  # decodes without a colon


def test_a_long_key_in_one_case_and_digits_looks_random():
    # Azure DevOps personal access tokens: 52 characters, lower case and digits. Measured against
    # a 62-letter alphabet they looked too plain to be keys.
    token = "3k7vq2xzl4m6np8rs0tu2wy4a6c8e0g2i4k6m8o0q2s4u6w8y0"
    assert looks_random(token)
    assert not looks_random("abc123" * 9)
    assert not looks_random("sygedagpengelovgivningenforsikring2024")


def test_a_hex_key_behind_a_providers_prefix_looks_random():
    # Dataforsyningen's and other providers' keys: a short prefix, then 32 hex digits.
    assert ("SE006", "dfk_live_7c1e9a44b2f04d6e8a0f3b5c2e91d7aa") in found(
        'API_KEY = "dfk_live_7c1e9a44b2f04d6e8a0f3b5c2e91d7aa"'
    )
    # The prefix may be joined by hyphens.
    assert ("SE006", "fh-live-9c2f4e1a7b8d4e6f9a0b3c5d7e2f1a84") in found(
        'BIDRAG_API_KEY = "fh-live-9c2f4e1a7b8d4e6f9a0b3c5d7e2f1a84"'
    )
    assert not looks_random("build-20241105-000000000000000000000000")
    # A build's name with a counter behind the prefix is no key.
    assert not looks_random("build_20241105_000000000000000000000000")
    assert not looks_random("release_aaaaaaaaaaaaaaaaaaaaaaaaaaaa")


def test_a_personal_access_token_after_pat():
    token = "3k7vq2xzl4m6np8rs0tu2wy4a6c8e0g2i4k6m8o0q2s4u6w8y0"
    assert [s.rule for s in HighEntropySecretDetector().find(f"PAT: {token}")] == ["SE006"]


@pytest.mark.parametrize("pad", [0, 5000])
def test_a_bearer_token_is_found_in_short_and_long_texts(pad):
    # Long texts take "bearer" from the shared keyword index, short ones search for it.
    token = "eyJhbGciOiJIUzI1NiJ9abcDEF123ghiJKL456"
    text = " " * pad + f"curl -H 'Authorization: Bearer {token}' https://api.example.org\n"
    found = [text[s.start : s.end] for s in HighEntropySecretDetector().find(text)]
    assert found == [token]


# --- the separators' places from the lowered view (see detectors/_labels.py) -----------------

_SECRET_PIECES = st.sampled_from(
    [":", "=", "=>", " ", "\t", '"', "'", "`", "Bearer ", "BEARER ", "token ", "Abc", "xYz09",
     "+/_-.~", "æø", "ı", "ſ", "\u00a0", "\u2003", "😀", "\n", "${", "://", "0123456789abcdef"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_SECRET_PIECES, max_size=40).map("".join))
def test_separator_places_from_the_view_are_those_of_a_plain_scan(text):
    from promptlint.detectors import _labels
    from promptlint.detectors.secrets import _AFTER_COLON, _AFTER_EQUALS, _IN_VIEW

    lower = _labels.view(text).lower
    for anchor in (_AFTER_EQUALS, _AFTER_COLON):
        fast = [m.span() for m in _labels.verified(anchor, _IN_VIEW[anchor], text, lower)]
        assert fast == [m.span() for m in anchor.finditer(text)]


def test_a_user_and_its_password_after_a_user_label():
    text = "brug fællesbrugeren: integration.nord / Tolk2025!Nord#7 (skift den ikke)"
    assert ("SE005", "Tolk2025!Nord#7") in found(text)
    assert ("SE005", "Sommer2024!") in found("Bruger: jhan / Sommer2024!")
    # No password shape after the slash: hours, a department.
    assert found("Brugeren: 12 / 40 timer") == []
    assert found("Bruger: Anne / HR") == []


def test_a_key_in_a_uuids_shape_is_a_secret_only_under_a_keys_name():
    # DeepL's keys are a UUID with ":fx"; under "API_KEY =" it is the key, under an id's name
    # or in prose it is an identifier.
    key = "9f3c2a71-4be0-48d2-b6a1-07c5e2d9f8aa"
    assert found(f'API_KEY = "{key}:fx"') == [("SE006", f"{key}:fx")]
    assert found(f"api_key: {key}") == [("SE006", key)]
    assert found(f"request_id: {key}") == []
    assert found(f'client_id = "{key}"') == []
    assert found(f"Sagen har id {key}, og dens token er ukendt.") == []


def test_a_services_key_in_a_variable_named_for_it():
    # holdout145: "DAWA_KEY" names a key as "api_key" does; a database's sort or partition key
    # is no secret.
    value = "dfk_live_7Hq2mZr9XwB4pLs8TgN3vKc1"
    assert found(f'DAWA_KEY = "{value}"   # adresse-opslag') == [("SE006", value)]
    assert found(f'PARTITION_KEY = "{value}"') == []
