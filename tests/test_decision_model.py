"""The decision-request model (AD012, promptlint/detectors/decision_model.py): its candidates,
its features, the sentences it must not read as requests, and its shipped data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlint.detectors.decision_model import (
    DecisionModelDetector,
    Model,
    candidates,
    features,
    shipped_model,
)

ROOT = Path(__file__).resolve().parents[1]


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DecisionModelDetector().find(text)]


def test_features_are_words_pairs_first_words_and_the_question():
    assert features("Skal vi bevilge hjælpen?") == {
        "w:skal", "w:vi", "w:bevilge", "w:hjælpen", "w:?",
        "b:skal_vi", "b:vi_bevilge", "b:bevilge_hjælpen", "b:hjælpen_?",
        "f:skal", "f2:skal_vi", "q",
    }
    assert "q" not in features("Vurder om hun er berettiget.")


def test_candidates_are_the_sentences_with_a_cue():
    text = (
        "Borgeren har søgt om en ny kørestol. Hun bor alene.\n"
        "Skal hun have den store model eller den lille?\n"
        "Vurder om hun opfylder betingelserne."
    )
    assert [text[a:b] for a, b in candidates(text)] == [
        "Skal hun have den store model eller den lille?",
        "Vurder om hun opfylder betingelserne.",
    ]
    # A cue must stand as a word: "industri" holds no "du", "ansvar" no "svar".
    assert candidates("Industrien tager ansvar for det hele her.") == []
    # Three words or fewer say too little.
    assert candidates("Ja eller nej?") == []


@given(st.text(alphabet=st.sampled_from(list("ab du?.\n æøå,Skal vi")), max_size=300))
@settings(max_examples=300, deadline=None)
def test_candidates_are_ordered_apart_and_inside_the_text(text):
    spans = candidates(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_a_probability_is_between_zero_and_one(sentence):
    assert 0.0 <= shipped_model().probability(sentence) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        # New wordings of the case's question, which no pattern knows.
        "Hun har været syg i 90 dage. Skal hun fortsætte i jobbet, eller er det tid til en "
        "afsked?",
        "Borgeren har søgt om tilskud til en ny seng. Synes du, hun bør få den?",
        # The polite indirect ask: "om du mener" (not "mener du"), after "Jeg vil gerne høre".
        "Notat fra børnesamtalen med Noah (9). Jeg vil også gerne høre, om du mener, at vi bør "
        "flytte barnets bopæl til far, så jeg kan skrive det ind i indstillingen.",
        # What the answer is for is no errand: "jeg skal bruge svaret til konferencen".
        "Patienten er udeblevet to gange. Skal vi afslutte henvisningen, eller skal han have en "
        "tredje chance – tag stilling, jeg skal bruge svaret til konferencen i morgen.",
        # "du vælger" (not "vælg"), and a case sent to the bailiff is an outcome, not an errand.
        "Restancer i afdeling 7:\n| Lejer | Restance |\n| Per Holm | 14.906 |\n"
        "Og så vil jeg gerne have at du vælger hvilke to lejere vi skal sende til fogeden først.",
        # "skal du bestemme" (not "bestem").
        "Passageren sparkede til sædet og råbte. Og så skal du bestemme om han skal udelukkes fra "
        "flextur fremover, jeg skriver bare det du siger til Midttrafik.",
        # Who of a list gets what.
        "Ansøgninger om bidrag:\n| Navn | Indkomst |\n| Lise Holm | 12.000 |\n"
        "Gå dem igennem og skriv, hvilke der skal have afslag, og hvilke der skal have bevilget "
        "bidraget.",
        # A child's language case ("sprogstimulering") is no language help.
        "Sprogvurderinger: barnet Ali fik 3,1 og Sara 3,4.\nAfgør ud fra resultaterne, hvilke af "
        "børnene der skal visiteres til den ekstra sprogstimuleringsgruppe.",
    ],
)
def test_a_request_in_new_words_is_read(text):
    assert found(text)


@pytest.mark.parametrize(
    "text",
    [
        # No case or person: trivial choices of an office.
        "Skal vi give en kage til holdet på fredag, eller er det for meget?",
        "Should we use a table or a list in the report?",
        "Kan vi give medarbejderne en bonus i år?",
        # Language help, an errand, a statement, someone else's question.
        "Borgeren har fået afslag. Vurder om afslaget er klart skrevet.",
        "Han har søgt om hjælp.\nSkal vi skrive til ham på dansk eller engelsk?",
        "Borgeren har søgt om hjælp. Vi skal vurdere, om han er berettiget, og skrive det selv.",
        "Borgeren har klaget. Jeg vil gerne høre, om du kan gøre mailen kortere.",
        "Hun har fået afslag. Skal vi gøre sproget i brevet enklere, eller er det fint?",
        "The tenant asked whether he can keep a dog or not.",
        # Talk about AI, a quoted example of a forbidden prompt, colleagues' chat.
        "Du må ikke bruge ChatGPT til at afgøre, om en borger skal have hjælp.",
        'Eksempel på en prompt, du ikke må bruge:\n"Her er sagen – skal han i specialklasse?"',
        "[10:12] Omar Khalil: han kom ikke i dag\n[10:13] Mette Lund: skal vi sanktionere "
        "eller ej?",
        # A checklist's item, and a design question next to an agency's name (no surname).
        "Før borgeren går:\n☐ Er det gamle kørekort udløbet, eller skal han have et nyt?",
        "Afklaring med Digitaliseringsstyrelsen om tidsplan.\n"
        "- Skal eksterne konsulenter have gæstekonti (B2B) eller fulde konti?",
        # The layout of the answer is the AI's to choose.
        "Forklar forskellen på stadfæstelse og hjemvisning i sagen om Ole.\n"
        "You can decide whether a table or bullet points work better for the last item.",
        # A sentence about quoted wordings shows a request, as a guideline does.
        'Hun har søgt om hjælp.\nSpørgsmål som "skal vi give hende afslag, eller skal hun have '
        'hjælpen?" hører ikke hjemme i et AI-værktøj.',
        # A question answered on the next line: a FAQ.
        "Spørgsmål og svar om skilsmisse\n\nSkal vi være separeret, før vi kan blive skilt?\n"
        "Nej. Hvis I er enige, kan I blive skilt med det samme.",
        # Who decides: a question about the authority.
        "1) hvem afgør klager over afslag på familiesammenføring – Udlændingenævnet eller "
        "Flygtningenævnet?",
        # A chat message under its own header line of time and writer.
        "[10:06] Mette Kjær\nHun er på kontanthjælp og har det svært. Skal hun have mere "
        "støtte eller ej?",
        # A turn in a transcript of a conversation between two speakers.
        "B: Jeg har en sag kørende for butikstyveri.\nM: Hvad ville være anderledes, hvis du "
        "røg mindre?\nB: Så kunne jeg måske starte på HF igen.\nM: Skal du så have bostøtte, "
        "eller klarer du dig?",
    ],
)
def test_no_request_is_read(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # A line of its own after the chat.
        (
            "[10:30] Jonas: han kan ikke klare trapperne mere\n"
            "@Copilot og så: bør vi give ham tilskud til hele badeværelset, eller kun til det "
            "nødvendige?",
            "bør vi give ham tilskud til hele badeværelset, eller kun til det nødvendige?",
        ),
        # The chat's own line, stamped and signed, yet addressed to the AI: the request stands.
        (
            "[10:29] Mette: han kan ikke klare trapperne mere\n"
            "[10:30] Jonas: @Copilot bør vi give ham tilskud til hele badeværelset, eller kun til "
            "det nødvendige?",
            "@Copilot bør vi give ham tilskud til hele badeværelset, eller kun til det nødvendige?",
        ),
    ],
)
def test_an_address_to_the_ai_in_a_chat_is_read(text, asked):
    assert found(text) == [asked]


def test_a_repeated_sentence_is_scored_once():
    calls = []

    class Counting(Model):
        def probability(self, sentence):
            calls.append(sentence)
            return 0.9

    model = Counting({}, 0.0, 0.5)
    line = "Borgeren har søgt. Skal hun have hjælpen eller ej?\n"
    spans = list(DecisionModelDetector(model).find(line * 5))
    assert len(spans) == 5
    assert len(calls) == 1


def test_the_shipped_model_is_data_with_its_threshold_and_provenance():
    data = json.loads((ROOT / "patterns/data/decisions/model.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert 0 < data["threshold"] < 1
    assert data["trained_on"]["corpora"] >= 70
    assert data["trained_on"]["requests"] > 500
    assert all(isinstance(w, float) for w in data["weights"].values())


def test_the_shipped_model_is_what_the_rebuild_makes_of_the_corpora():
    # The model is trained with a fixed seed: a change of the corpora, the features or the
    # candidates must come with a rebuilt model.json.
    result = subprocess.run(
        [sys.executable, "patterns/data/rebuild_decision_model.py", "--check"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
