"""A realistic mixed Danish text generator for benchmarks (seeded, so runs are comparable).

The text mixes what promptlint meets in practice: case notes with names, CPR numbers, addresses
and phone numbers; e-mails; meeting minutes; prompts; code and configuration; and plenty of clean
prose with dates, amounts and law references (the traps).
"""

from __future__ import annotations

import random

FIRST = ["Mette", "Jens", "Anne", "Søren", "Aisha", "Mohammed", "Kirsten", "Lars", "Freja",
         "Oliver", "Ayşe", "Katarzyna", "Niels", "Ida", "Emil", "Fatima", "Hanne", "Peter"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Møller", "Thykjær", "Khalid",
        "Yılmaz", "Nowak", "Kristensen", "Lund Hansen", "Østergaard", "Bach", "Madsen"]
STREETS = ["Østergade", "Nørrebrogade", "Vestergade", "Skovvej", "Kirkestræde", "Havnegade",
           "Søndre Allé", "Bakkedraget", "Rosenvænget", "Algade"]
TOWNS = ["8000 Aarhus C", "2200 København N", "5000 Odense C", "9000 Aalborg", "7100 Vejle",
         "4000 Roskilde", "6700 Esbjerg"]
PROSE = [
    "Kommunen har i 2024 brugt 1.234.567 kr. på området, jf. lov nr. 502 af 23. maj 2018.",
    "Mødet blev holdt den 21.10.2024 kl. 14.30 i mødelokale 3, og referatet følger.",
    "Ifølge servicelovens § 41, stk. 2, kan der ydes hjælp til nødvendige merudgifter.",
    "Budgettet for 2025 viser et fald på 3,5 procent i forhold til sidste år.",
    "Vi skal have en ny skabelon til breve om aktindsigt, som er kort og klar.",
    "Projektet afsluttes i fjerde kvartal, når den sidste leverance er godkendt.",
    "Faktura 0101701234 er betalt, og ordrenummer 40123456 er sendt til lageret.",
    "Skriv et kort resumé af høringssvarene på højst 200 ord i et klart sprog.",
    "Den nye version 2.4.1 af systemet blev installeret den 3. marts 2025.",
    "Borgerservice har åbent mandag til fredag fra kl. 10.00 til 15.00.",
]


def _cpr(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}-{rng.randint(0, 3)}{rng.randint(0, 999):03d}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _case_note(rng: random.Random) -> str:
    name = _name(rng)
    return (
        f"Sagsnr.: 2024 - {rng.randint(1000, 9999)}\n"
        f"Borger: {name}, CPR-nr. {_cpr(rng)}\n"
        f"Adresse: {rng.choice(STREETS)} {rng.randint(1, 120)}, {rng.randint(1, 4)}. th., {rng.choice(TOWNS)}\n"
        f"Tlf. {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}\n"
        f"Borgeren modtager kontanthjælp og er sygemeldt. Sagsbehandler: {_name(rng)}.\n"
    )


def _email(rng: random.Random) -> str:
    first = rng.choice(FIRST)
    return (
        f"Kære {first}\n\nTak for din henvendelse af {rng.randint(1, 28)}. marts 2025. "
        f"Du kan skrive til {first.lower()}.{rng.choice(LAST).lower().replace(' ', '')}@kommune.dk "
        f"eller ringe på +45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}.\n\n"
        f"Med venlig hilsen\n{_name(rng)}\n"
    )


def _code(rng: random.Random) -> str:
    return (
        "def beregn(ydelse: float, sats: float = 0.35) -> float:\n"
        "    # beregn den nye ydelse efter regulering\n"
        f"    return round(ydelse * (1 + sats), {rng.randint(0, 2)})\n"
        f'config = {{"timeout": {rng.randint(1, 60)}, "retries": 3, "endpoint": "/api/v1/sager"}}\n'
    )


def _prompt(rng: random.Random) -> str:
    return (
        "Hej ChatGPT. Kan du omskrive denne tekst, så den bliver lettere at læse? "
        + " ".join(rng.sample(PROSE, 3))
        + "\n"
    )


def _prose(rng: random.Random) -> str:
    return " ".join(rng.choice(PROSE) for _ in range(rng.randint(3, 8))) + "\n"


_KINDS = [(_case_note, 2), (_email, 2), (_code, 1), (_prompt, 2), (_prose, 6)]


def generate(size: int, seed: int = 2025) -> str:
    """About ``size`` characters of mixed Danish text."""
    rng = random.Random(seed)
    makers = [m for m, weight in _KINDS for _ in range(weight)]
    parts: list[str] = []
    total = 0
    while total < size:
        block = rng.choice(makers)(rng) + "\n"
        parts.append(block)
        total += len(block)
    return "".join(parts)[:size]
