"""Prompts that ask the AI to decide or judge an individual case (patterns/packs/decisions.toml,
AD0xx, guideline 4), through the engine.

Guideline 4 forbids letting the AI decide; it allows drafts, summaries, translations, language
help and general explanations of the law. The negative texts below are exactly those.
"""

from __future__ import annotations

from functools import cache

import pytest

from promptlint.config import Config
from promptlint.scan import build_engine


@cache
def _engine(select: tuple[str, ...] = ("decision_request",)):
    return build_engine(Config(select=select, plugins=False))[1]


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule.code, f.value) for f in _engine().scan(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Afgør om ansøgeren skal have bevilget boligstøtte.", "AD001"),
        ("Afgør, om borgeren er berettiget til merudgifter.", "AD001"),
        ("Afgør sagen ud fra oplysningerne nedenfor.", "AD001"),
        ("Afgør hvorvidt klagen skal imødekommes.", "AD001"),
        ("Kan du afgøre, om borgeren har ret til kontanthjælp?", "AD001"),
        ("Hjælp mig med at afgøre, om hun skal have tilskud.", "AD001"),
        ("Træf afgørelse i sagen om tabt arbejdsfortjeneste.", "AD001"),
        ("Træf en endelig afgørelse.", "AD001"),
        ("Læs sagen, og træf en afgørelse.", "AD001"),
        ("Kan du træffe afgørelsen for mig?", "AD001"),
        ("Hvad skal afgørelsen være?", "AD001"),
        ("Hvilken afgørelse skal vi træffe i sagen?", "AD001"),
        ("Hvad er din afgørelse?", "AD001"),
        ("Godkend eller afvis ansøgningen om byggetilladelse.", "AD001"),
        ("Bevilg eller afslå hjælpemidlet.", "AD001"),
        ("Beslut om familien skal have økonomisk hjælp.", "AD001"),
        ("Vurder om borgeren er berettiget til merudgifter efter serviceloven § 41.", "AD002"),
        ("Vurder, om ansøgeren opfylder betingelserne for fleksjob.", "AD002"),
        ("Kan du vurdere, om vi skal give afslag?", "AD002"),
        ("Læs bilagene og vurder om vi skal give afslag.", "AD002"),
        ("Tag stilling til, om klagen skal imødekommes.", "AD002"),
        ("Bedøm om familien har ret til hjælp.", "AD002"),
        ("Er hun berettiget til boligstøtte?", "AD002"),
        ("Er borgeren stadig berettiget til sygedagpenge?", "AD002"),
        ("Er Mette Hansen berettiget til kontanthjælp?", "AD002"),
        ("Har han ret til sygedagpenge efter 22 uger?", "AD002"),
        ("Har borgeren krav på tabt arbejdsfortjeneste?", "AD002"),
        ("Opfylder ansøgeren betingelserne?", "AD002"),
        ("Skal vi bevilge hjælpemidlet?", "AD002"),
        ("Bør vi afslå ansøgningen?", "AD002"),
        ("Kan vi give afslag med den begrundelse?", "AD002"),
        ("Skal ansøgningen imødekommes?", "AD002"),
        ("Skal kommunen bevilge en ny kørestol?", "AD002"),
        ("Skal hun have kontanthjælp?", "AD002"),
        ("Skal Jens have førtidspension?", "AD002"),
        ("Skal vi give aktindsigt i mailkorrespondancen?", "AD003"),
        ("Kan vi afslå aktindsigt med henvisning til § 23?", "AD003"),
        ("Skal der gives delvis aktindsigt?", "AD003"),
        ("Må vi undtage notatet fra aktindsigt?", "AD003"),
        ("Skal anmodningen om aktindsigt imødekommes?", "AD003"),
        ("Decide whether the applicant should receive housing benefit.", "AD004"),
        ("Please approve or reject this application.", "AD004"),
        ("Should we grant the permit?", "AD004"),
        ("Determine eligibility for the disability allowance.", "AD004"),
        ("Is she eligible for unemployment benefits?", "AD004"),
        ("Is the applicant entitled to compensation?", "AD004"),
        ("Make the decision on her application.", "AD004"),
        ("Godkend ansøgningen.", "AD001"),
        ("Vil du afslå ansøgningen?", "AD001"),
        ("Hvad vil du anbefale: bevilling eller afslag?", "AD001"),
        ("Giv mig din vurdering af, om borgeren har ret til hjælp.", "AD002"),
        ("Kan borgeren få bevilget et hjælpemiddel?", "AD002"),
        ("Bør ansøgningen godkendes?", "AD002"),
        ("Skal borgeren have bevilget en rollator?", "AD002"),
    ],
)
def test_decision_request(text, code):
    assert code in [c for c, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        # drafting, summarising, translating, language help
        "Skriv et udkast til afgørelse, hvor vi giver afslag.",
        "Skriv et resumé af afgørelsen.",
        "Oversæt afgørelsen til engelsk.",
        "Forbedr sproget i dette afslag.",
        "Skriv et brev til borgeren om, at vi har bevilget hjælpemidlet.",
        "Formuler en venlig begrundelse for afslaget, som jeg har truffet.",
        "Lav en kort opsummering af sagens akter.",
        # explaining the law in general
        "Forklar hvad serviceloven § 41 siger om merudgifter.",
        "Forklar, hvordan kommunen træffer afgørelse om kontanthjælp.",
        "Hvornår er man berettiget til boligstøtte?",
        "Hvilke betingelser skal være opfyldt for at få fleksjob?",
        "Hvilke dokumenter kan undtages fra aktindsigt efter offentlighedsloven?",
        "Forklar reglerne om aktindsigt i interne dokumenter.",
        "Hvad betyder det, at en afgørelse skal begrundes?",
        # statements and other senses
        "Afgørelsen blev truffet den 3. marts.",
        "Borgeren er berettiget til hjælp, og det skal fremgå af brevet.",
        "Vi skal vurdere, om borgeren er berettiget, og skrive afgørelsen selv.",
        "Kommunen skal træffe afgørelse inden fire uger.",
        "Vi har modtaget en anmodning om aktindsigt.",
        "Afgør om sætningen er grammatisk korrekt.",
        "Vurder om teksten er let at læse.",
        "Skal vi holde møde i morgen?",
        "Skal vi bruge du eller De i brevet?",
        "Er teksten klar nok?",
        "Er der berettiget kritik af planen?",
        "Explain how the municipality decides on housing benefit.",
        "Decide whether the text should use British spelling.",
        "Who is eligible for housing benefit in general?",
        "Summarise the applicant's letter.",
        "Ansøgningen er modtaget den 4. april.",
        "Borgeren har fået bevilget en rollator, og det skal stå i brevet.",
        "Skriv en kvittering for ansøgningen.",
    ],
)
def test_not_a_decision_request(text):
    assert found(text) == []


def test_the_span_is_the_request_phrase():
    assert found("Afgør om ansøgeren skal have bevilget boligstøtte.") == [("AD001", "Afgør om")]
    assert found("Er hun berettiget til boligstøtte?") == [("AD002", "berettiget til")]
    assert found("Kan du vurdere, om ansøgeren opfylder betingelserne?") == [
        ("AD002", "vurdere, om")
    ]


def test_a_name_inside_the_request_is_its_own_finding():
    # The decision span leaves the party out, so both findings survive overlap resolution.
    engine = _engine(("decision_request", "name"))
    entities = {f.entity for f in engine.scan("Er Mette Hansen berettiget til kontanthjælp?")}
    assert "decision_request" in entities


def test_decision_requests_point_to_guideline_4():
    for finding in _engine().scan("Afgør om borgeren skal have hjælp. Skal vi bevilge det?"):
        assert finding.rule.guideline == 4
        assert "Retningslinje 4" in finding.rule.why["da"]


def test_a_whole_prompt():
    prompt = (
        "Du er sagsbehandler i en kommune.\n"
        "Her er sagens oplysninger: ansøgning om merudgifter efter § 41, lægeerklæring vedlagt.\n"
        "Vurder om borgeren er berettiget, og skriv derefter et udkast til afgørelsen.\n"
    )
    assert [c for c, _ in found(prompt)] == ["AD002"]
