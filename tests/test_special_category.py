"""Sensitive personal data about a person (promptlint/detectors/special_category.py, SP0xx).

The rule under test: a sensitive word is reported only when the text is about a person; the
same word in general talk is not. Positive texts name or point to someone; negative texts talk
about the topic, explain rules, use the word in another sense, or name an organisation.

The span is the revealing term or phrase ("dømt for vold", "medlem af 3F", "somalisk
herkomst"), as the annotated corpus marks it; verbs such as "modtager" or "har" stay outside.
"""

from __future__ import annotations

import time
from functools import cache

import pytest

from promptlint.config import Config
from promptlint.detectors.special_category import (
    RULES,
    SpecialCategoryDetector,
    load_lexicon,
)
from promptlint.resources import patterns_dir
from promptlint.scan import build_engine


@cache
def _engine():
    return build_engine(Config(select=("special_category",), plugins=False))[1]


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule.code, f.value) for f in _engine().scan(text)]


def values(text: str) -> list[str]:
    return [v for _, v in found(text)]


def rule_values(text: str) -> list[str]:
    """What the rules alone report: in a text of 300 characters or more the trained model
    (tests/test_special_model.py) has the last word, and where the corpora's writers disagree
    with the rules it may overrule them; these tests are about the rules."""
    return [text[s.start : s.end] for s in _RULES.find(text)]


_RULES = SpecialCategoryDetector(rules_only=True)


def codes(text: str) -> set[str]:
    return {c for c, _ in found(text)}


# --- about a person: reported, with the revealing term as the span -------------------------------


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        # health
        ("Borgeren har diabetes og tager insulin.", "SP001", "diabetes"),
        ("Borgeren har diabetes og tager insulin.", "SP001", "insulin"),
        ("Hun er sygemeldt med stress.", "SP001", "sygemeldt med stress"),
        ("Mette Hansen fik konstateret brystkræft i 2023.", "SP001", "brystkræft"),
        ("Ansøgeren lider af depression og angst.", "SP001", "depression"),
        ("Min kollega har ADHD.", "SP001", "ADHD"),
        ("Patienten er indlagt på psykiatrisk afdeling.", "SP001",
         "indlagt på psykiatrisk afdeling"),
        ("Han har et alkoholmisbrug.", "SP001", "alkoholmisbrug"),
        ("Hans mor har demens og bor på plejehjem.", "SP001", "demens"),
        ("Medarbejderen er gravid i 5. måned.", "SP001", "gravid"),
        ("Borgeren er blind og har brug for hjælp.", "SP001", "blind"),
        ("Jeg har fået konstateret sklerose.", "SP001", "sklerose"),
        ("Hun tager sertralin mod sin depression.", "SP001", "sertralin"),
        ("Borgerens lægeerklæring beskriver skizofreni.", "SP001", "skizofreni"),
        ("Klienten har KOL og bruger ilt.", "SP001", "KOL"),
        ("Mette har diabetes.", "SP001", "diabetes"),
        ("Jens Madsen har haft en blodprop og taler stadig utydeligt.", "SP001", "blodprop"),
        ("Vores kollega Karsten har kroniske rygsmerter.", "SP001", "kroniske rygsmerter"),
        ("Han er diagnosticeret med paranoid skizofreni.", "SP001", "paranoid skizofreni"),
        ("Borgeren bruger rollator efter et lårbensbrud.", "SP001", "lårbensbrud"),
        ("Hun har fået en knæoperation og er væk i seks uger.", "SP001", "knæoperation"),
        ("Han tager Cipralex mod sin angst.", "SP001", "Cipralex"),
        ("Han har ikke villet tage sin medicin i en uge.", "SP001", "medicin"),
        ("Fru Olsen har Parkinsons sygdom.", "SP001", "Parkinsons"),
        ("Eleven har en autismediagnose og skal have støtte.", "SP001", "autismediagnose"),
        ("Hun er begyndt på antidepressiv medicin.", "SP001", "antidepressiv medicin"),
        ("Ansøgeren oplyser, at hun lider af kronisk træthedssyndrom.", "SP001",
         "kronisk træthedssyndrom"),
        ("Min svigerfar er alkoholiker.", "SP001", "alkoholiker"),
        ("Han er i behandling for en spiseforstyrrelse.", "SP001", "spiseforstyrrelse"),
        ("Jeg har en klient, Rasmus, som modtager uddannelseshjælp.", "SP003",
         "uddannelseshjælp"),
        ("Dragan Petrović (52) fik en hjernerystelse i 2023.", "SP001", "hjernerystelse"),
        ("Den 45-årige har været hjemløs i to år.", "SP003", "hjemløs"),
        ("Skriv en præsentation til nyhedsbrevet: Hasse har været tillidsrepræsentant i 20 år.",
         "SP006", "tillidsrepræsentant"),
        ("Patienten er Jehovas Vidne og har frabedt sig blod.", "SP005", "Jehovas Vidne"),
        # criminal offences
        ("Ansøgeren er tidligere dømt for vold.", "SP002", "dømt for vold"),
        ("Han sidder varetægtsfængslet.", "SP002", "varetægtsfængslet"),
        ("Borgeren har en plettet straffeattest.", "SP002", "plettet straffeattest"),
        ("Hun blev sigtet for tyveri i 2022.", "SP002", "sigtet for tyveri"),
        ("Borgerens søn er sigtet for vold mod en betjent.", "SP002", "sigtet for vold"),
        ("Han fik 30 dages betinget fængsel.", "SP002", "dages betinget fængsel"),
        ("Hendes far sidder i fængsel.", "SP002", "sidder i fængsel"),
        ("He was convicted of fraud in 2018.", "SP002", "convicted of fraud"),
        # social conditions
        ("Borgeren modtager kontanthjælp.", "SP003", "kontanthjælp"),
        ("Hendes søn er anbragt uden for hjemmet.", "SP003", "anbragt uden for hjemmet"),
        ("Familien har gæld til kommunen, og han er hjemløs.", "SP003", "hjemløs"),
        ("Han har gæld til inkasso.", "SP003", "gæld til inkasso"),
        ("Ansøgeren er på førtidspension.", "SP003", "førtidspension"),
        ("Ansøgeren har fået tilkendt førtidspension i 2022.", "SP003", "førtidspension"),
        ("Borgeren er i gang med en skilsmisse.", "SP003", "skilsmisse"),
        ("Hun fortalte, at hun bliver slået af sin kæreste.", "SP003",
         "bliver slået af sin kæreste"),
        ("Han bor på et forsorgshjem i Odense.", "SP003", "forsorgshjem"),
        # political, religion, union, ethnic, sexual, genetic
        ("Han er medlem af Enhedslisten.", "SP004", "medlem af Enhedslisten"),
        ("Min kollega stemmer på Venstre.", "SP004", "stemmer på Venstre"),
        ("Hun er aktiv i Dansk Folkeparti.", "SP004", "aktiv i Dansk Folkeparti"),
        ("Han stiller op til byrådet for partiet.", "SP004", "stiller op til byrådet"),
        ("Ansøgeren er muslim.", "SP005", "muslim"),
        ("Hun er konverteret til katolicismen.", "SP005", "konverteret til katolicismen"),
        ("Min kollega holder ramadan og spiser ikke før solnedgang.", "SP005", "ramadan"),
        ("Medarbejderen er medlem af 3F.", "SP006", "medlem af 3F"),
        ("Hun er tillidsrepræsentant.", "SP006", "tillidsrepræsentant"),
        ("Klienten er flygtning fra Syrien.", "SP007", "flygtning fra Syrien"),
        ("Han er af anden etnisk oprindelse.", "SP007", "anden etnisk oprindelse"),
        ("Klienten er af tyrkisk oprindelse og taler kun lidt dansk.", "SP007",
         "tyrkisk oprindelse"),
        ("Ansøgeren er kurder fra Irak.", "SP007", "kurder"),
        ("Hun er lesbisk.", "SP008", "lesbisk"),
        ("Borgeren har været udsat for seksuelle overgreb.", "SP008", "seksuelle overgreb"),
        ("Eleven er transkønnet og har ændret juridisk køn.", "SP008", "juridisk køn"),
        ("Patienten har fået taget en gentest.", "SP009", "gentest"),
        ("Hans fingeraftryk blev registreret.", "SP009", "fingeraftryk"),
        ("Han fik en blodprop i hjertet sidste år.", "SP001", "blodprop i hjertet"),
        ("Testen viser, at din far er bærer af BRCA2-mutationen.", "SP009",
         "bærer af BRCA2-mutationen"),
        ("Vores kollega er sunnimuslim og beder fredagsbøn.", "SP005", "sunnimuslim"),
        ("Din mor har demens, skriver du.", "SP001", "demens"),
        ("Hun har haft smerter i knæet siden ulykken.", "SP001", "smerter i knæet"),
        # English
        ("The applicant has diabetes.", "SP001", "diabetes"),
        ("She is a muslim.", "SP005", "muslim"),
        ("He has epilepsy and had a seizure last week.", "SP001", "seizure"),
        ("He is also a member of HK.", "SP006", "member of HK"),
        ("Her mother was diagnosed with dementia.", "SP001", "dementia"),
        # General wording in a later clause ("…, så …") does not reach back to her.
        ("Hun er muslim og bærer tørklæde, så hun vil gerne kende jeres regler.", "SP005",
         "muslim"),
        # The person is named at the start of a long sentence: a second medicine far from the
        # pronoun is about the same person as the first.
        ("Han fortæller, at han nu er i behandling hos privatpraktiserende psykiater og tager "
         "Sertralin 100 mg om morgenen og Quetiapin 25 mg til natten.", "SP001", "Quetiapin"),
        ("Han fortæller, at han nu er i behandling hos privatpraktiserende psykiater.", "SP001",
         "privatpraktiserende psykiater"),
        ("Hun har PTSD og går til traumebehandling hver torsdag.", "SP001", "traumebehandling"),
        ("Hun er på hjemrejseydelse.", "SP003", "hjemrejseydelse"),
        ("Han blev sat ud på grund af huslejerestance.", "SP003", "huslejerestance"),
        # General wording in a later main clause after ", og" does not reach back to him.
        ('Han stiller op for Enhedslisten, og en kollega har sagt, at "sådan nogle" ikke burde '
         "arbejde i kommunen.", "SP004", "stiller op for Enhedslisten"),
        # English eponyms and religions are written with a capital.
        ("Her Parkinson's has progressed a lot over the past month.", "SP001", "Parkinson's"),
        ("She is a devout Catholic and has asked to receive the last rites.", "SP005",
         "Catholic"),
        ("She is a devout Catholic and has asked to receive the last rites.", "SP005",
         "last rites"),
        ("She is on morphine, 5 mg s.c. as needed.", "SP001", "morphine"),
        ("He has trouble swallowing.", "SP001", "trouble swallowing"),
        ("Han fejrer Eid med familien.", "SP005", "Eid"),
        ("Hun spiser kun halalkost.", "SP005", "halalkost"),
        ("Hun har inkontinens.", "SP001", "inkontinens"),
        ("Han har et spilleproblem.", "SP001", "spilleproblem"),
        # A note's sentence without its subject: "Er i …" is "(she) is in …", not "Are you …"
        ("Borger: Louise Bjerregaard, 250679-2044\nEr i behandling hos psykiatrisk "
         "ambulatorium og får Sertralin, dosis øget i september.", "SP001", "Sertralin"),
        ("He was admitted with chest pain and had an NSTEMI.", "SP001", "NSTEMI"),
        ("She receives haemodialysis three times a week.", "SP001", "haemodialysis"),
        # A table's row about a person: a cell starts like a sentence, a tab is a space.
        ("3 | Mette Frølund | Fredericia Kommune | Cøliaki – skal have glutenfrit", "SP001",
         "Cøliaki"),
        ("Mette Frølund\tFredericia Kommune\tcøliaki", "SP001", "cøliaki"),
        ("7 | Peter Haahr | Type 1-diabetiker – behøver mellemmåltid kl. 10", "SP001",
         "Type 1-diabetiker"),
        # An inmate is a person; a CPR number written "300592 - 1671" heads a case file.
        ("Den indsatte har tidligere været straffet med betinget dom i 2019.", "SP002",
         "straffet med betinget dom"),
        ("Indsat: Mikkel Bo Sørensen\nCPR-nr.: 300592 - 1671\n\nUdtalelse til brug for vurdering "
         "af prøveløsladelse.", "SP002", "prøveløsladelse"),
        ("Han har deltaget i dåbsundervisning i 12 uger.", "SP005", "dåbsundervisning"),
        ("Han er aktiv i Indre Mission og går til bibeltime hver tirsdag.", "SP005",
         "Indre Mission"),
        ("Hun er faldet flere gange i år.", "SP001", "er faldet flere gange"),
        ("Jeg får Fampyra og baklofen for spasticiteten.", "SP001", "Fampyra"),
        ("Hun og faren er ved at gå fra hinanden.", "SP003", "gå fra hinanden"),
        ("We are a same-sex couple and my husband uses two forearm crutches.", "SP008",
         "same-sex couple"),
        ("She was admitted to hospital with severe hypoglycaemia.", "SP001",
         "severe hypoglycaemia"),
        ("He receives sickness benefit and is in physiotherapy.", "SP001", "physiotherapy"),
        ("He got a written warning for being drunk at work and was referred to alcohol "
         "treatment.", "SP001", "alcohol treatment"),
        # Words of the round with holdout269-276: eating disorders, a wish to die, infections,
        # epilepsy, forced marriage and honour-related control, extremist views.
        ("Hun har modtaget behandling for tvangsoverspisning siden januar.", "SP001",
         "tvangsoverspisning"),
        ("Asta har haft amenore siden juni.", "SP001", "amenore"),
        ("Eleven skrev til sin kontaktlærer, at han ikke vil leve mere.", "SP001",
         "ikke vil leve mere"),
        ("Din datter Ellen er testet positiv for kighoste.", "SP001",
         "testet positiv for kighoste"),
        ("Alma har Dravet syndrom og er sat på ketogen diæt.", "SP001", "ketogen diæt"),
        ("Hun fik sin Buccolam kl. 11.05 efter aftale med mor.", "SP001", "Buccolam"),
        ("Zainab frygter tvangsægteskab under sommerferien i Somalia.", "SP003",
         "tvangsægteskab"),
        ("Hun har i flere år været udsat for økonomisk kontrol fra sin far.", "SP003",
         "økonomisk kontrol"),
        ("Han sagde til læreren, at han er nationalsocialist.", "SP004", "nationalsocialist"),
        ("Politiet har fundet IS-propaganda på hans telefon.", "SP004", "IS-propaganda"),
        ("Mikkel lugtede tydeligt af hash, da han kom.", "SP001", "lugtede tydeligt af hash"),
        # The round with holdout277-284: heart surgery, gum disease, rent arrears, escort work.
        ("Han fik foretaget sternotomi 3/10 og har hypokinesi anteriort.", "SP001", "sternotomi"),
        ("Tandlægen beskriver svær paradentose hos Ole.", "SP001", "svær paradentose"),
        ("Hun har restance på huslejen for to måneder.", "SP003", "restance på huslejen"),
        ("Hun har haft indtægter fra escortvirksomhed siden 2023.", "SP008", "escortvirksomhed"),
        # The round with holdout285-292: a child's health at school start, sexual acts.
        ("Mia tisser stadig i sengen 2-3 nætter om ugen.", "SP001", "tisser stadig i sengen"),
        ("Jonas har sendt nøgenbilleder til en medarbejder.", "SP008", "nøgenbilleder"),
        ("Line fik en fortrydelsespille på apoteket.", "SP001", "fortrydelsespille"),
        # The round with holdout293-300: wounds and pain pumps, the cervix, a wish to die.
        ("Hun har en smertepumpe med morfin, som skiftes hver tredje dag.", "SP001",
         "smertepumpe med morfin"),
        ("Hun har nedsat følesans i begge fødder.", "SP001", "nedsat følesans"),
        ("Forældrekompetenceundersøgelsen af Maja og Jonas starter i uge 3.", "SP003",
         "Forældrekompetenceundersøgelsen"),
        ("Mette Holm er henvist til kolposkopi på grund af celleforandringer.", "SP001",
         "kolposkopi"),
        # The round with holdout309-316: early-psychosis teams, coercion, screening scores.
        ("Som du ved er Sofie tilknyttet OPUS Nordvest.", "SP001", "tilknyttet OPUS"),
        ("Oliver har været i OPUS-behandling siden januar.", "SP001", "OPUS-behandling"),
        ("Patient på P3 (Nadia) personligt skærmet siden 10.11.", "SP001",
         "personligt skærmet"),
        ("Han blev tvangsindlagt og var uden sygdomsindsigt.", "SP001", "uden sygdomsindsigt"),
        ("Han udskrives med tvungen opfølgning i 6 måneder.", "SP001", "tvungen opfølgning"),
        ("Jørgen har psoriasisgigt og kan ikke komme op af badekarret.", "SP001",
         "psoriasisgigt"),
        ("Gunnar har polymyalgia rheumatica og falder ofte.", "SP001", "polymyalgia"),
        ("Sofie Andersen, barn 7 uger – EPDS 9", "SP001", "EPDS 9"),
        ("Hun er meget træt, EPDS-score på 16 i dag.", "SP001", "EPDS-score på 16"),
        ("Sofie er ordblind og har ordblindheden fra sin far.", "SP001", "ordblindheden"),
        # The round with holdout317-324: incontinence, stillbirth, weight lost, gender identity.
        ("Karen har urgeinkontinens og bruger bleer om natten.", "SP001", "urgeinkontinens"),
        ("Marianne fødte en dødfødt dreng i fredags.", "SP001", "dødfødt"),
        ("Stue 4: Sara Kjær, IUFD i uge 34, konstateret i går.", "SP001", "IUFD"),
        ("Han har tabt sig næsten 8 kilo siden jul.", "SP001", "tabt sig næsten 8 kilo"),
        ("Sam er nonbinær og vil kaldes hen.", "SP008", "nonbinær"),
        ("Mikkel blev smidt ud hjemmefra i oktober.", "SP003", "smidt ud hjemmefra"),
        # The round with holdout325-340: Parkinson's, amputations, functional disorders.
        ("Han har udtalte dyskinesier og pludselige off-perioder.", "SP001", "off-perioder"),
        ("Grethe Nørgaard har fået en ny underbensprotese.", "SP001", "underbensprotese"),
        ("Han er transfemoralt amputeret og har fantomsmerter om natten.", "SP001",
         "fantomsmerter"),
        ("Hun har haft ME i fire år og er nu på kontanthjælp.", "SP001", "ME"),
        ("Han har postcommotionelt syndrom efter faldet.", "SP001", "postcommotionelt"),
        # The round with holdout341-348: dialysis, allergies, a concussion's late effects.
        ("Han er i hæmodialyse på Regionshospitalet Randers tre gange om ugen.", "SP001",
         "hæmodialyse"),
        ("Clara har fået konstateret sesamallergi.", "SP001", "sesamallergi"),
        ("Noah har astma og skal have Flixotide morgen og aften.", "SP001", "Flixotide"),
        ("Lægen har sagt hjernehvile en uge til Freja.", "SP001", "hjernehvile"),
        # The round with holdout349-356: stuttering, hepatitis C, rare diseases.
        ("Han stammer meget mere igen efter forældrenes skilsmisse.", "SP001",
         "stammer meget mere"),
        ("Frida har moderat stammen, og hun er ordblind.", "SP001", "moderat stammen"),
        ("Tomasz er HCV-RNA positiv ved prøve taget 12.01.", "SP001", "HCV-RNA"),
        ("Ella er i behandling med Kaftrio og Creon til alle måltider.", "SP001", "Kaftrio"),
        ("Pige 8 år, Rett syndrom, ingen verbalt sprog.", "SP001", "Rett syndrom"),
        # The round with holdout357-364: malformations at birth, sexual health.
        ("Alma blev født med myelomeningocele og fik lagt en shunt.", "SP001",
         "myelomeningocele"),
        ("Drengen Ahmad er født med bilateral klumpfod.", "SP001", "klumpfod"),
        ("Han har haft ubeskyttet sex med en mand, han mødte via en app.", "SP001",
         "ubeskyttet sex"),
        # The round with holdout365-372: dental anxiety, prostate cancer.
        ("Kurt Dalsgaard har haft tandlægeskræk hele livet.", "SP001", "tandlægeskræk"),
        ("Han er henvist i pakkeforløb efter en PSA på 31.", "SP001", "PSA på 31"),
        # The round from holdout373 on.
        ("Hun har ASF og angst.", "SP001", "ASF"),
        ("Hun har haft en vægtøgning på 30 kg på to år.", "SP001", "vægtøgning på 30 kg"),
        ("Han har lungetuberkulose og skal isoleres.", "SP001", "lungetuberkulose"),
        ("Hun fik fjernet livmoderen i maj.", "SP001", "fik fjernet livmoderen"),
        ("Hun har natrium 129.", "SP001", "natrium 129"),
        ("Hans mor beder middagsbøn kort efter.", "SP005", "middagsbøn"),
        ("Hun siger, at hun meldte sig ud af 3F i august.", "SP006", "meldte sig ud af 3F"),
        ("Han har moderat OSA og bruger CPAP om natten.", "SP001", "CPAP"),
        ("Hun har posttraumatisk stressforstyrrelse.", "SP001", "posttraumatisk stressforstyrrelse"),
        ("Han er MRSA-positiv efter indlæggelsen.", "SP001", "MRSA"),
        ("Hun har SLE og Raynaud.", "SP001", "SLE"),
        ("Han har en 2. grads forbrænding af hånden.", "SP001", "forbrænding"),
        ("Han har et sår på hælen og får insulin.", "SP001", "et sår på hælen"),
        ("Hun har absencer flere gange om dagen.", "SP001", "absencer"),
        # The round from holdout429 on: sclerosis, Parkinson's, allergies, long covid.
        ("Søren har MS med nedsat kraft i venstre ben.", "SP001", "MS med nedsat kraft"),
        ("Hun er påvirket efter sit seneste attak i april.", "SP001", "attak"),
        ("Hun har stadig sløret syn ved træthed.", "SP001", "sløret syn"),
        ("Han frøs fast i døråbningen i går aftes.", "SP001", "frøs fast"),
        ("Oscar har komælksproteinallergi.", "SP001", "komælksproteinallergi"),
        ("Hun siger, at hjernetrætheden er det værste.", "SP001", "hjernetrætheden"),
        ("Han har en apomorfinpumpe og får Jext ved behov.", "SP001", "Jext"),
        ("Hun går til lysbehandling og har udtalt udtrættelighed.", "SP001", "lysbehandling"),
        ("Han har chorea og får tetrabenazin.", "SP001", "tetrabenazin"),
        ("Hej. Jeg meldte mig ud af folkekirken i april.", "SP005",
         "meldte mig ud af folkekirken"),
        ("Hun har 42 CAG-gentagelser i det ene gen.", "SP009", "42 CAG-gentagelser"),
        ("Datteren oplyser, at hun selv bærer anlægget.", "SP009", "bærer anlægget"),
        ("Hendes iltkoncentrator piber og viser fejlkode E3.", "SP001", "iltkoncentrator"),
        ("Han har pladecellekarcinom på højre øre.", "SP001", "pladecellekarcinom"),
        ("Hun har haft mange vokale tics i timerne.", "SP001", "vokale tics"),
        ("Hun vil tage på hajj sammen med sin mand i maj.", "SP005", "hajj"),
        ("Hun bliver udadreagerende ved personlig pleje.", "SP001", "udadreagerende"),
        ("SFO har målt blodsukker over 20 hos Sebastian.", "SP001", "blodsukker over 20"),
        ("Hun har haft et par natlige følinger, siger Ida.", "SP001", "følinger"),
        ("Han har KOL og ryger stadig inde.", "SP001", "ryger stadig"),
        ("Aage var uorienteret i tid, siger Ruth.", "SP001", "uorienteret"),
        ("Hun blev trombolysebehandlet inden for tre timer.", "SP001", "trombolysebehandlet"),
        ("Han har keratokonus og venter på en ny hornhinde.", "SP001", "keratokonus"),
        ("Hun går i koranskole om lørdagen.", "SP005", "koranskole"),
        ("Emir har hæmofili B og får faktor IX-behandling.", "SP001", "hæmofili"),
        ("Ida har von Willebrands sygdom og hyppigt næseblod.", "SP001", "von Willebrands"),
        ("Han har svær hæmofili A og får Hemlibra hver uge.", "SP001", "Hemlibra"),
        # The round from holdout501 on: schizophrenia, HIV, gangs, blood refused, fertility.
        ("Hun har paranoide forestillinger om naboen.", "SP001", "paranoide"),
        ("Hun er velbehandlet og har umålelig virusmængde.", "SP001", "umålelig virusmængde"),
        ("Kasper, 22 år, prospect i Red Devils i 1½ år.", "SP002", "Red Devils"),
        ("Jeg er exitkoordinator for Kenneth, som er på vej ud af Hells Angels.", "SP002",
         "Hells Angels"),
        ("Pt. er Jehovas Vidne og ikke ønsker blodtransfusion.", "SP001",
         "ikke ønsker blodtransfusion"),
        ("Erna Vind er Jehovas Vidne og vil ikke have blod.", "SP001", "vil ikke have blod"),
        ("Hans Hb var 7,1 mmol/l før operationen.", "SP001", "Hb var 7"),
        ("Hun skal have foretaget ægudtagning i næste uge.", "SP001", "ægudtagning"),
        ("Han skal have ICSI-behandling, fordi han har nedsat sædkvalitet.", "SP001",
         "ICSI-behandling"),
        ("Noah starter næste kemoblok i uge 12.", "SP001", "kemoblok"),
        ("Han er immunsupprimeret og må ikke tage bussen.", "SP001", "immunsupprimeret"),
        ("Hun er i vedligeholdelsesbehandling for ALL.", "SP001", "vedligeholdelsesbehandling"),
        ("Borger var desorienteret i tid, siger Ruth.", "SP001", "desorienteret"),
        # A role and an age, as a hasty prompt gives them, name the person (holdout509).
        ("hurtigt spm: borger 41 år, hjerneblødning aug 2024, afasi", "SP001", "afasi"),
        ("Patient, 67 år, har synsfeltsudfald efter blodproppen.", "SP001", "synsfeltsudfald"),
        ("Han er lidt tunghør, så tal langsomt, siger Bent.", "SP001", "tunghør"),
        ("Han har fået skulderslid i begge skuldre.", "SP001", "skulderslid"),
        ("Maja har de sidste uger flere gange besvimet i idræt.", "SP001", "besvimet"),
        ("Mor 23:11: og jeg har været til AA-møde hver tirsdag", "SP001", "AA-møde"),
        ("Holger Winther (Usher 2, fast besøg tirsdag)", "SP001", "Usher 2"),
        ("Hun er svært hørenedsat og har høreapparater i begge ører.", "SP001", "svært hørenedsat"),
        ("Han har et oligodendrogliom, reseceret 11/2024.", "SP001", "oligodendrogliom"),
        ("Jens Ole har fået ICD og må ikke køre skraldebil.", "SP001", "ICD"),
        ("Rune fik i januar en pacemaker på grund af AV-blok.", "SP001", "AV-blok"),
        ("Celleprøven viser HSIL hos Sofie, og hun skal have et keglesnit.", "SP001", "HSIL"),
        ("Han har muskeldysmorfi og tager anabole steroider.", "SP001", "muskeldysmorfi"),
        ("Ibrahim (14) har et børne- og ungepålæg fra nævnet.", "SP002", "børne- og ungepålæg"),
        ("Hun har svær fødselsangst efter dødfødslen.", "SP001", "svær fødselsangst"),
        ("Laura har Lynch syndrom, som er arveligt.", "SP001", "Lynch syndrom"),
        # The round from holdout541 on: thyroid disease, foetal alcohol syndrome, the dying,
        # rape, Ménière's disease.
        ("Han har forhøjet stofskifte og skal have radioaktivt jod.", "SP001",
         "forhøjet stofskifte"),
        ("Han har Graves sygdom og er helt flad om eftermiddagen.", "SP001", "Graves sygdom"),
        ("Sebastian har FAS og vågner flere gange hver nat.", "SP001", "FAS"),
        ("Hun er terminalerklæret af egen læge 11.11.2025.", "SP001", "terminalerklæret"),
        ("Erik ønsker at dø hjemme, siger hustruen.", "SP001", "ønsker at dø hjemme"),
        ("Hendes mor blev flyttet til hospice i morges.", "SP001", "flyttet til hospice"),
        ("Hun har været på CSO i Roskilde i nat.", "SP001", "CSO"),
        ("Han har Menières sygdom og fik et svimmelhedsanfald i går.", "SP001", "Menières"),
        ("Hun har haft tre svimmelhedsanfald i denne måned.", "SP001", "svimmelhedsanfald"),
        ("Drengen er 12 år og har Duchenne.", "SP001", "Duchenne"),
        ("Hun fik nødprævention og PEP-behandling i 28 dage.", "SP001", "nødprævention"),
        ("Hun har tidligere haft rosen to gange.", "SP001", "haft rosen"),
        ("Han har bageriastma og er sygemeldt.", "SP001", "bageriastma"),
        ("Han fik førerretten frakendt efter narkokørsel i 2021.", "SP002", "narkokørsel"),
        ("Fru Rahimi er svagtseende og har demens.", "SP001", "svagtseende"),
        ("Malik, som har en guineansk baggrund, er blevet drillet.", "SP007",
         "guineansk baggrund"),
        ("Ruben går med kippa i skolen.", "SP005", "kippa"),
        ("Han blev mobbet på grund af sin homoseksualitet.", "SP008", "homoseksualitet"),
        ("Yusuf har leget seksualiserede lege med yngre børn.", "SP008", "seksualiserede lege"),
        ("Han bor i socialpsykiatrisk botilbud i Silkeborg.", "SP003",
         "socialpsykiatrisk botilbud"),
        ("Hun blev udsat for incest af sin morfar.", "SP001", "incest"),
        ("Hun har skizoaffektiv lidelse og hører stemmer.", "SP001", "skizoaffektiv"),
        ("Vi har bestilt en tolk, som taler tigrinya, til dig, Yonas.", "SP007",
         "tolk, som taler tigrinya"),
        ("Samtalen med ham foregik med telefontolk på dari.", "SP007", "telefontolk på dari"),
        ("Han har postkommotionelt syndrom efter cykelulykken.", "SP001", "postkommotionelt"),
        ("Liam er ikke vaccineret overhovedet, siger mor.", "SP001", "ikke vaccineret"),
        ("Valdemar er født i uge 34 og vejede 2.190 g.", "SP001", "født i uge"),
        ("Han har selv oplyst, at han er roma.", "SP007", "roma"),
        ("Han fik neuroborreliose sidste efterår efter et flåtbid.", "SP001", "neuroborreliose"),
        ("Hun har CRP 142 og leukocytter 14,2, siger Inger.", "SP001", "CRP 142"),
        ("Mor har svært ved at synke og skal have fortykket drikke.", "SP001",
         "svært ved at synke"),
        ("Han kan kun spise purékost (IDDSI 4).", "SP001", "IDDSI 4"),
        ("Elias bor lige nu i en akutplejefamilie.", "SP003", "akutplejefamilie"),
        ("Hun har kokainbrug siden 2021 og er i ambulant efterbehandling.", "SP001",
         "kokainbrug"),
        ("Hun fik fjernet strubehovedet (total laryngektomi).", "SP001", "laryngektomi"),
        ("Mette stak sig på en brugt kanyle og er startet på PEP.", "SP001", "PEP"),
        ("Han har vilkår om sexologisk behandling og får Androcur.", "SP001", "Androcur"),
        ("Hun er gravid og går med krykker på dårlige dage.", "SP001", "går med krykker"),
        ("Han har eksokrin pankreasinsufficiens og glemmer sine enzymkapsler.", "SP001",
         "enzymkapsler"),
        ("Hans bror har truet ham på livet over Messenger.", "SP003", "truet ham på livet"),
        ("Hun har været spillefri i 10 uger, siger behandleren.", "SP001", "spillefri"),
        ("Han har siden ikke kunnet holde på vandet.", "SP001", "holde på vandet"),
        ("Hun har svær kronisk insomni og tager zolpidem.", "SP001", "svær kronisk insomni"),
        ("Han har IgA-nefropati og er startet i hjemme-PD.", "SP001", "IgA-nefropati"),
        ("Hun har langt QT-syndrom type 2, ligesom sin far.", "SP009", "langt QT-syndrom"),
        ("Samira recently had a positive IGRA test in our school.", "SP001", "IGRA"),
        ("Fru Dalsgaard er ekstuberet i formiddag og delirøs.", "SP001", "delirøs"),
        ("Grethe har fået helvedesild på højre side af ryggen.", "SP001", "helvedesild"),
        ("Inga har også ESBL i urinen.", "SP001", "ESBL"),
        ("Hun har fået ordineret hormonspiral pga. kraftige blødninger.", "SP001", "hormonspiral"),
        ("Far har khatmisbrug og kan være truende.", "SP001", "khatmisbrug"),
        ("Hun er behandlet med 6 x R-CHOP og er nu i komplet remission.", "SP001",
         "komplet remission"),
        ("Hun er kommet til Danmark fra Somalia for to år siden.", "SP007",
         "kommet til Danmark fra Somalia"),
        ("Oliver fra 8.b er taget for at stjæle i Bilka igen.", "SP002", "taget for at stjæle"),
        ("Emma Kjærsgaard har revet korsbåndet igen.", "SP001", "korsbåndet"),
        ("Oscar tåler ikke latex, brug kun nitrilhandsker.", "SP001", "tåler ikke latex"),
        ("Hun har spina bifida og skal til shuntkontrol.", "SP001", "spina bifida"),
        ("Han er på shoydelse og svarer ikke på e-boks.", "SP003", "shoydelse"),
        ("Politiet oplyste, at han har nattelivsforbud til oktober 2026.", "SP002",
         "nattelivsforbud"),
        ("Mikkels forældre er pinsevenner.", "SP005", "pinsevenner"),
        ("Hun er på PARP-hæmmer.", "SP001", "PARP-hæmmer"),
        ("Aktuelt: CA-125 steget fra 34 til 212 kU/l hos Birgit.", "SP001",
         "CA-125 steget fra 34"),
        ("Synes han konfabulerer mere end sidste uge.", "SP001", "konfabulerer"),
        ("MR viser hos hende subdurale hæmatomer og nethindeblødninger.", "SP001",
         "nethindeblødninger"),
        ("Hun har fortsat korsetbehandling 20 timer i døgnet.", "SP001", "korsetbehandling"),
        ("Du skal have din næste indsprøjtning i højre øje, Samira.", "SP001",
         "indsprøjtning i højre øje"),
        ("Han fik sin Klopoxid i går aftes.", "SP001", "Klopoxid"),
        ("Ejeren vedtog i januar et bødeforelæg.", "SP002", "bødeforelæg"),
        ("Hun har oligomenoré og er henvist til ovulationsinduktion.", "SP001", "oligomenoré"),
        ("Han har fået konstateret hjerteflimmer.", "SP001", "hjerteflimmer"),
        ("Sofie er 33 år og har svær spastisk CP.", "SP001", "CP"),
        ("Det var svært, da borgeren kun taler arabisk.", "SP007", "kun taler arabisk"),
        ("Hun fik en sphincterruptur grad 3b ved fødslen.", "SP001", "sphincterruptur"),
        ("Han modtager bostøtte og førtidspension.", "SP003", "modtager bostøtte"),
        ("Han er indvandret fra Pakistan i 1971.", "SP007", "indvandret fra Pakistan"),
        ("Hun har svie ved vandladning og er meget konfus.", "SP001", "svie ved vandladning"),
        ("Hun har fået kapselkontraktur i venstre bryst.", "SP001", "kapselkontraktur"),
        ("Hun har været udsat for sexchikane fra en sergent.", "SP002", "sexchikane"),
        ("Han har nyopdaget metabolisk syndrom.", "SP001", "metabolisk syndrom"),
        ("Amalie har oligoartikulær børnegigt og uveitis.", "SP001", "uveitis"),
        ("Han har været anfaldsfri siden 2023.", "SP001", "anfaldsfri"),
        ("Han venter på stødbølgebehandling af sine nyresten.", "SP001",
         "stødbølgebehandling af sine nyresten"),
        ("Hun havde indtaget GHB på campingpladsen.", "SP001", "GHB"),
    ],
)
def test_about_a_person(text, code, span):
    assert (code, span) in found(text)


def test_an_acronym_before_a_hyphen_and_a_ward_or_a_team_is_the_place():
    # "TB-ambulatoriet", "TB-teamet": where someone works or is sent, no one's illness; the
    # acronym with a treatment after the hyphen still tells ("TB-behandling").
    assert values("Pernille Juul, sygeplejerske, TB-teamet. Hun er henvist til TB-ambulatoriet.") == []
    assert "TB" in values("Han har fået TB-behandling hver dag siden oktober.")


def test_ms_before_a_program_is_microsoft():
    # "MS" alone is multiple sclerosis; before the name of one of Microsoft's programs it is the
    # company.
    assert values("Hun sender et link til ham i MS Teams.") == []
    assert values("Han skriver notatet i MS Word.") == []
    assert values("Han har MS og går dårligt.") == ["MS"]


def test_the_round_from_holdout501s_words_said_in_general_are_no_ones():
    assert values("Konflikten mellem Hells Angels og Bandidos blussede op i 2024.") == []
    assert values("Patienter kan afvise blodtransfusion af religiøse grunde.") == []
    assert values("Ved løsladelse skal der være en plan for bolig.") == []
    # Anyone of an age is no one: "en borger på 67 år".
    assert values("Hvis en borger på 67 år har demens, kan kommunen hjælpe.") == []
    # "Usher" before another capitalised word names an institute, not the syndrome.
    assert values("Dr. Priya Raman, Usher Institute, University of Edinburgh") == []
    # "ICD-10", "ICD 10": the classification of diseases, not a defibrillator.
    assert values("Borgerens diagnose kodes efter ICD-10 og ICD 11 i systemet.") == []


def test_the_round_from_holdout541s_words_said_in_general_are_no_ones():
    assert values("Temadag om børn med FAS og ADHD i plejefamilier.") == []
    assert values("Højt stofskifte kan give hjertebanken og vægttab.") == []
    assert values("Plejevederlag kan gives, når en døende ønsker at dø hjemme.") == []
    assert values("Medarbejdere må bære kippa, kors og tørklæde på arbejdet.") == []
    assert values("Antallet af underretninger om bekymrende seksuel adfærd er steget.") == []
    assert values("Spædbørn, som endnu ikke er vaccineret, er særligt udsatte.") == []
    assert values("Vi måler CRP hos alle beboere med feber.") == []


def test_a_line_that_calls_itself_made_up_is_about_no_one():
    # A case under a numbered exercise heading, its own line saying it is made up (holdout561).
    text = "4. Øvelse (gruppearbejde, 30 min.)\nCasen er fiktiv: En 52-årig mand har fået et kraniebrud."
    assert values(text) == []
    assert values("4. Øvelse\nBorger: Hans Jensen har fået et kraniebrud.") == ["kraniebrud"]


def test_an_option_not_ticked_is_not_the_persons():
    # A form's empty box: the option was not chosen (holdout555, 559); after a colon the line is
    # written on, and a ticked box is chosen.
    form = "Borger: Hans Hansen\nForsørgelse:  ☐ Sygedagpenge   ☐ Kontanthjælp/uddannelseshjælp"
    assert values(form) == []
    assert values("Hans Hansen\n[ ] Forhøjet blodtryk\n[ ] PCOS") == []
    assert values("Hans Hansen\n☐ Økonomi: kontanthjælpen er stoppet") == ["kontanthjælpen"]


def test_a_prayer_or_a_union_said_in_general_is_no_ones():
    assert values("Vi tilbyder halal og kosher kost på alle plejecentre.") == []
    assert values("Udmeldelse af folkekirken sker via borger.dk.") == []
    assert values("Blodsukkeret skal måles før frokost.") == []
    assert values("Vi har god føling med borgerne i området.") == []
    assert values("Alle ansatte kan melde sig ind i en fagforening.") == []


def test_cpr_number_makes_it_about_a_person():
    assert "SP001" in codes("CPR 010190-1234: diabetes type 2, insulinbehandlet.")


def test_case_note_header_in_the_same_paragraph():
    note = "Navn: Mette Hansen\nAlder: 45\nDiagnose: depression\nBehandling: samtaleterapi"
    assert ("SP001", "depression") in found(note)


def test_a_medicine_list_under_the_notes_header():
    # The person is named at the top; the list two paragraphs down is about them.
    note = (
        "Overdragelse – Poul Erik Svendsen, stue 2\n\n"
        "Medicin:\n- Metformin 500 mg morgen\n- Eliquis 5 mg x 2\n- Amlodipin 10 mg"
    )
    assert values(note) == ["Metformin", "Eliquis", "Amlodipin"]


def test_a_medicine_is_found_by_its_dose():
    # "Amlodipin" is in no list; the dose says it is a medicine.
    assert ("SP001", "Furix") in found("Borger: Anne Holm\n- Furix 40 mg morgen")
    assert found("Hun tager 20 mg om dagen.") == []  # a verb before the dose is no medicine


def test_a_diagnosis_after_a_cue_is_found_even_when_unlisted():
    assert ("SP001", "Ehlers-Danlos") in found("Borgeren er diagnosticeret med Ehlers-Danlos.")
    assert values("Hun fik diagnosen ADHD sidste år.") == ["ADHD"]
    # "diagnosen" alone points back to one already named: it is not itself a finding.
    assert "diagnosen" not in values("Han blev udredt for ADHD, og diagnosen blev bekræftet.")


def test_first_name_that_is_also_a_word_as_subject():
    # "Per" is a preposition too; as the subject of a sentence it is a name.
    assert ("SP001", "alkoholbehandling") in found("Per har været i alkoholbehandling siden maj.")


def test_name_earlier_in_the_paragraph():
    text = "Vi har talt med Niels-Erik Bruun. Bruun er medlem af Enhedslisten."
    assert ("SP004", "medlem af Enhedslisten") in found(text)


def test_weak_word_next_to_the_person_counts():
    assert ("SP001", "stress") in found("Hun har stress.")
    assert ("SP001", "ondt i ryggen") in found("Hun har ondt i ryggen og kan ikke løfte.")


def test_case_words_count_in_a_text_about_a_person():
    case = (
        "Lukas på 7 år er anbragt i en plejefamilie.\n\n"
        "Underretningen kom fra skolen den 3. marts. Samværet gik godt."
    )
    assert ("SP003", "Underretningen") in found(case)
    assert ("SP003", "Samværet") in found(case)
    health = "Mor har en depression. Der blev fundet hash på værelset."
    assert ("SP001", "hash") in found(health)


def test_case_words_alone_or_in_general_sentences_are_not_reported():
    # No finding about a person of the word's kind: a guide, a template.
    assert found("Underretningen sendes til kommunen. Samværet aftales med forældrene.") == []
    assert found("Alkohol og hash er de mest brugte rusmidler blandt unge.") == []
    # In a case, but said in general: "if …", "a report must …".
    for general in (
        "Hvis der er mistanke om vold, skal der laves en underretning.",
        "Alle fagpersoner har pligt til at lave en underretning ved mistanke om omsorgssvigt.",
        "En underretning skal altid vurderes inden for 24 timer.",
    ):
        assert "underretning" not in values("Hun er anbragt i en plejefamilie. " + general)
    # One report, said of this child: counted.
    text = "Hun er anbragt i en plejefamilie. Skolen har sendt en underretning."
    assert "underretning" in values(text)
    # A compound is no case word: "underretningspligt" is a duty, not a report.
    text = "Hun er anbragt på et opholdssted. Skolen har skærpet underretningspligt."
    assert values(text) == ["anbragt på et opholdssted"]


def test_drunk_or_high_only_where_the_word_means_it():
    assert ("SP001", "påvirket") in found("Ved hjemmebesøget fremstod mor påvirket.")
    assert ("SP001", "drikker") in found("Mor siger, at han drikker igen.")
    # Affected by something, a verb with an object, a drink that is no alcohol.
    assert found("Hun er påvirket af situationen på arbejdet.") == []
    assert found("Han mener, at det kan have påvirket vælgerne.") == []
    assert found("Hun drikker kaffe hver morgen.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Han har gæld til det offentlige på i alt 212.640 kr.", "gæld til det offentlige"),
        # A side or a possessive before the body part belongs to the injury.
        ("Han har et brud på højre hælben.", "brud på højre hælben"),
        ("Hun har brækket sin venstre arm.", "brækket sin venstre arm"),
        ("Hun oplyser, at hun vred om på højre knæ, da hun bar en kasse.", "vred om på højre knæ"),
        # Birth and the newborn; a student grant's debt written with its acronym.
        ("Hun fødte ved akut kejsersnit i uge 36.", "akut kejsersnit"),
        ("Han har SU-gæld på 40.000 kr.", "SU-gæld"),
        # A treatment named after a medicine the lists hold as a name; a benefit for carers;
        # fleeing from a country.
        ("Hun er startet i metadonbehandling i januar.", "metadonbehandling"),
        ("Familien er flygtet fra Syrien i 2015.", "flygtet fra Syrien"),
        # Conditions of disability services; an eponym written with its capital.
        ("Han har spinal muskelatrofi og bruger respirator om natten.", "spinal muskelatrofi"),
        ("Han har Downs syndrom og bor i bofællesskab.", "Downs syndrom"),
        # Falls, time served, homelessness, conditions of children.
        ("Rasmus skriver: han er faldet igen i nat og lå på gulvet.", "er faldet igen"),
        ("Han er kendt alkoholiker og har siddet inde for vold.", "siddet inde for vold"),
        ("Før det var han gadesovende i omkring to år.", "gadesovende"),
        ("Lucas har diagnoserne ADHD og tilknytningsforstyrrelse.", "tilknytningsforstyrrelse"),
        # Care records' words: swallowing, pareses, stomas, amputations, self-harm, a union as
        # one word, a record that is not clean.
        # The feeding tube's acronym ("PEG") joins the condition before it.
        ("Pt. har dysfagi med PEG-sonde anlagt 03.2025.", "dysfagi med PEG"),
        ("Han har venstresidig hemiparese efter blodproppen.", "hemiparese"),
        ("Borger har Crohns sygdom og ileostomi siden 2017.", "ileostomi"),
        ("Han er underbensamputeret i højre side.", "underbensamputeret"),
        ("Fortæller at hun har skåret i armene to gange i september.", "skåret i armene"),
        ("Emma på 6 år har selektiv mutisme og taler ikke i skolen.", "selektiv mutisme"),
        ("Karen Holm er HK-medlem og har bedt om bisidder.", "HK-medlem"),
        ("Ansøgeren har ikke ren straffeattest.", "ikke ren straffeattest"),
        ("Hun er i ak-behandling efter blodproppen.", "ak-behandling"),
        ("Borger er i AK-behandling (Marevan), INR tages hver 14. dag.", "AK-behandling"),
        ("Borger har været i obstipation i flere dage.", "obstipation"),
        # Homelessness as notes tell it; conditions of the old and of addiction.
        ("Han har sovet på gaden siden marts og er uden fast bolig.", "sovet på gaden"),
        ("Hun sover i sin bil og har ingen fast bolig.", "sover i sin bil"),
        ("Borger fik en udsættelsesdom i maj.", "udsættelsesdom"),
        ("Borger har Korsakoff efter mange års alkoholmisbrug.", "Korsakoff"),
        ("Hun har hofteartrose og venter på en ny hofte.", "hofteartrose"),
        # Old age's conditions, rehabilitation and treatments, in Danish and English.
        ("He has mild cognitive impairment and cannot read the display.", "mild cognitive impairment"),
        ("Han har ortostatisk hypotension og falder let.", "ortostatisk hypotension"),
        ("Pt. er dyspnøisk ved let anstrengelse.", "dyspnøisk"),
        ("Han er henvist til lungerehabilitering i januar.", "lungerehabilitering"),
        ("Hun skal til kontrol på håndkirurgisk ambulatorium.", "håndkirurgisk ambulatorium"),
        ("Han er i behandling med SSRI.", "SSRI"),
        ("Parole requires treatment for his cannabis dependence.", "cannabis dependence"),
        ("Fru Østergaard er lige blevet hofteopereret og vil have en badebænk.", "hofteopereret"),
        ("Han har taget 4 kg på, og lægen har konstateret forhøjet blodsukker.", "forhøjet blodsukker"),
        ("Far har fået diagnosen ALS, er i rullestol og bor hjemme.", "rullestol"),
        ("Der ligger et varsel om udsættelse til ham pga huslejerestance.", "varsel om udsættelse"),
        # A value in quotation marks: a JSON field, a quoted word.
        ('{"navn": "Kirsten Hvidberg", "diagnose": "ALS, bulbær debut"}', "ALS"),
    ],
)
def test_debt_and_injuries_about_a_person(text, value):
    assert value in values(text)


def test_a_table_row_of_a_persons_initials_is_about_that_person():
    # A team's overview: one row a citizen, the first cell their initials or name.
    sheet = "Init.\tAlder\tBemærkning\nKMH\t44\tpsykose i sept.\nA.S.\t29\tADHD + hashmisbrug\n"
    assert values(sheet) == ["psykose", "ADHD", "hashmisbrug"]
    assert values("Borger;Ydelse;Note\nJBN;kontanthjælp;ny ansøgning\n") == ["kontanthjælp"]
    assert values("| Mette Hansen | 51 | diabetes |\n") == ["diabetes"]
    # A row named by a topic, not a person, says nothing about anyone.
    assert values("Emne\tAntal\tNote\nSygdom\t12\tdiabetes og KOL\nNB\t3\tdepression\n") == []


def test_a_hurried_chat_starts_its_sentences_in_lower_case():
    # "… i Vestre. politiet ringede …": the sentence about "nogle ældre" (general) is another one.
    text = ("han har været anholdt 2 gange for butikstyveri og far sidder inde i Vestre. politiet "
            "sagde at han hænger ud med nogle ældre fra Bispehaven. skolen siger han har ADHD og "
            "får medicin.")
    assert values(text) == ["anholdt", "butikstyveri", "sidder inde", "ADHD", "får medicin"]


def test_a_chats_next_request_on_its_own_line_is_another_sentence():
    # No full stop ends the line, but "kan du …" opens a request: "forklare" (general talk) there
    # says nothing of the line before. A line wrapped inside a sentence still runs on.
    text = ("det er min far det drejer sig om, han har demens så jeg hjælper ham med posten\n"
            "kan du forklare det så jeg kan læse det højt for ham")
    assert values(text) == ["demens"]
    wrapped = "Vi kan forklare, hvordan man lever med demens\nog andre sygdomme i hverdagen."
    assert values(wrapped) == []


def test_general_wording_in_another_clause_leaves_the_person_alone():
    # "man" and "generelt" stand in a clause of their own, after a comma or a dash.
    text = "Jeg har sukkersyge og skal tage insulin på faste tider, det kan man ikke på et hotel."
    assert values(text) == ["sukkersyge", "insulin"]
    text = "Fru Jensen har en aftale pga. sin kroniske sygdom – hvad betyder det generelt?"
    assert values(text) == ["kroniske sygdom"]
    # "generelt" as "on the whole" about one person is no general talk; "der er generelt mange" is.
    assert values("Simon har Downs syndrom og trives generelt godt i huset.") == ["Downs syndrom"]
    assert values("Ole bemærkede, at der generelt er mange med rygproblemer.") == []
    # A clause that follows ("og at nogle drenge …", ", som udgør en risiko …") is another.
    text = "Han fortalte at han er homoseksuel og at nogle drenge fra 9.c har drillet ham."
    assert values(text) == ["homoseksuel"]
    # In the word's own clause they still make it general.
    assert values("Hvis man har sukkersyge, skal man tage insulin på faste tider.") == []


def test_an_indefinite_person_after_the_word_is_no_subject():
    # "en medarbejder" after the word is its object, not who it is about.
    text = "Vi har en note om, at han blev anholdt i receptionen efter en episode med en medarbejder."
    assert values(text) == ["anholdt"]
    assert values("Klienten er sigtet for bedrageri og mener, at en medarbejder har lækket det.") != []
    # "man" anywhere in the clause still makes it anyone's.
    assert values("Diabetes kan man sagtens leve med.") == []
    # A "that" clause with a person is about them, whatever plural stands before it.
    text = "He has told former colleagues that he is being treated for PTSD."
    assert values(text) == ["PTSD"]


def test_one_of_a_group_is_one_person():
    # "en af mine medarbejdere" is someone at hand, not staff in general.
    text = "En af mine medarbejdere, Sanne Frederiksen, har været sygemeldt med stress i 9 uger."
    assert values(text)[-1] == "sygemeldt med stress"
    assert values("One of my employees has been diagnosed with depression.") == ["depression"]
    assert values("Mange medarbejdere bliver sygemeldt med stress.") == []


def test_a_clause_after_derfor_is_another():
    text = "Jeg har diabetes og var syg i 2 uger i september, derfor blev nogle områder ikke slået."
    assert values(text) == ["diabetes"]


def test_a_made_up_case_is_no_ones():
    case = (
        "Fiktiv case til drøftelse i grupper\n"
        "En kvinde i 30'erne drikker hver aften. Hun er henvist til distriktspsykiatrien.\n"
    )
    assert values(case) == []
    # The same case under another heading is about her.
    assert values(case.replace("Fiktiv case", "Case")) != []
    # A made-up case in the middle of a text leaves the next paragraph a real one's.
    real = "Referat fra teammødet\nDato: 3. marts\n\nOpgaver i ugen: journal og opfølgning.\n\n"
    assert values(real + case + "\nHun er henvist til distriktspsykiatrien.") == ["distriktspsykiatrien"]


def test_a_made_up_case_under_a_heading_or_a_title():
    # A short heading paragraph above the case says it is made up; so does a text's title for
    # the questions that follow the case.
    text = (
        "Introforløb for nye rådgivere – dag 3\n"
        "Case 2 (fiktiv – konstrueret til undervisningsbrug)\n\n"
        "En 47-årig kvinde har modtaget sygedagpenge i 22 uger. Sygemeldingen skyldes stress.\n\n"
        "Gruppearbejde\n1. Hvornår overgår hun til et jobafklaringsforløb?\n"
    )
    assert values(text) == []
    heading = "Referat\nTeamets møde\nDeltagere: alle\n\nCase 2 (fiktiv)\n\n"
    case = "Hanne (47) har modtaget sygedagpenge i 22 uger. Sygemeldingen skyldes stress.\n"
    assert values(heading + case) == []
    assert values(heading.replace(" (fiktiv)", "") + case) != []
    # An introduction among a text's first lines speaks for the case below it.
    intro = ("Undervisningsmateriale – modul 3\n\nCasen nedenfor er konstrueret til undervisning."
             " Alle oplysninger er opdigtede.\n\nCase\nHun er gravid i 11. uge og ønsker abort.\n")
    assert values(intro) == []


def test_a_guides_faq_reader_is_anyone():
    faq = ("Ofte stillede spørgsmål om juridisk kønsskifte\n\nHvem kan søge?\nDu kan søge, hvis du "
           "er fyldt 18 år.\n\nSkal jeg være i hormonbehandling eller være opereret?\nNej. Der er "
           "ingen krav om medicinsk behandling eller operation.\n")
    assert values(faq) == []
    # The same question from a person who writes is theirs.
    assert values("Hej\n\nSkal jeg være i hormonbehandling, når jeg er opereret?\n") != []


def test_a_statutes_text_is_no_ones():
    law = ("Uddrag af sundhedsloven:\n\n§ 92. En kvinde kan få sit svangerskab afbrudt, hvis hun "
           "fastholder sit ønske.\n\n§ 93. Er kvinden under 15 år, kræves samtykke fra "
           "forældremyndighedens indehaver.\n\nStk. 2. Hvis svangerskabet medfører fare for "
           "kvindens helbred, …\n")
    assert values(law) == []
    # A note that cites the section inside a sentence is about its person.
    assert values("Efter § 92 har Mette Holm fået sit svangerskab afbrudt.") == ["svangerskab"]


def test_a_case_to_be_made_up_is_a_real_one():
    # Asked to make it up ("med fiktive navne", "Lav en fiktiv case ud fra"): the case is real.
    for ask in ("Anonymiser teksten med fiktive navne:", "Lav en fiktiv case ud fra denne sag:",
                "Use fictional names instead of the real ones:"):
        assert values(ask + "\nHans Jensen har diabetes.\n") == ["diabetes"], ask


def test_an_age_range_is_no_ones_age():
    # "som 4- og 5-årig" in a leaflet is every child's age: the leaflet stays a guide.
    leaflet = (
        "Gratis vaccination af dit barn\n\nAlle børn i Danmark får tilbudt gratis vaccinationer "
        "i børnevaccinationsprogrammet. Vaccinerne beskytter mod alvorlige sygdomme som "
        "mæslinger, kighoste og polio.\n\nHvornår?\nDit barn skal vaccineres, når det er 3, 5 og "
        "12 måneder, og igen som 4- og 5-årig. MFR-vaccinen (mæslinger, fåresyge og røde hunde) "
        "gives som 15 måneder og 4 år.\n\nHvor?\nHos jeres egen læge. Det er gratis. Ring til "
        "lægen og bestil en tid.\n"
    )
    assert len(leaflet) > 400
    assert values(leaflet) == []
    assert values(leaflet.replace("4- og 5-årig", "5-årig, som Emil")) != []


def test_a_partner_of_the_same_sex():
    assert values("hun og hendes kone venter barn i januar") == ["hendes kone"]
    assert values("He came to the meeting with his husband.") == ["his husband"]
    assert values("Hans kone er med til mødet.") == []


def test_a_group_as_the_object_of_a_role_is_no_general_talk():
    text = "Hun har depression. Hun er medlem af FOA og tillidsrepræsentant for de ansatte."
    assert "medlem af FOA" in values(text)
    assert values("Der er mange medarbejdere med stress blandt de ansatte.") == []


def test_words_the_writers_rarely_mark():
    # Measured over 117 corpora: "dagpenge" (unemployment insurance) was marked in 3 of 10
    # uses, "familiebehandler" (the staff member) in 2 of 11, "dommen" (a verdict named
    # before) in 2 of 10. The person's status stays: "dagpengemodtager", "arbejdsløs".
    assert values("Han har fået dagpenge siden maj.") == []
    assert values("Familiebehandleren kommer på tirsdag.") == []
    assert values("Han er dagpengemodtager og arbejdsløs.") == ["dagpengemodtager", "arbejdsløs"]
    # Over 133 corpora: "erhvervsevnetab" (a compensation's name) 0 of 8, "sår på" 1 of 8,
    # "plejehjem" (the place) 3 of 10. A pressure sore and a nursing-home place stay.
    assert values("Hun har søgt erstatning for erhvervsevnetab og bor på plejehjem.") == []
    assert values("Hun har tryksår på hælen.") == ["tryksår på hælen"]


def test_a_persons_party():
    assert values("Jeg har talt med Mette fra SF, og vi er enige.") == ["SF"]
    assert values("Vi har fået en mail fra Venstre om plakaterne.") == []
    assert values("Til stede: Ole Harboe (Konservative) og Lise Brix.") == ["Konservative"]
    table = (
        "Navn                  Telefon         Parti                  Rolle\n"
        "Jens Vestergaard      40 22 19 87     Venstre                formand\n"
    )
    assert values(table) == ["Venstre"]


def test_prison_words():
    assert values("Han har bandetilknytning ifølge politiet.") == ["bandetilknytning"]
    assert values("Hun er medlem af Fængselsforbundet.") == ["medlem af Fængselsforbundet"]


def test_typos_and_compulsion_words():
    assert values("hun siger hun har depresion") == ["depresion"]
    assert values("Mette fra Trafik er sygmeldt igen.") == ["sygmeldt"]
    assert values("Han blev tvangstilbageholdt de første 4 døgn.") == ["tvangstilbageholdt"]


def test_a_family_or_plural_persons_of_a_faith_or_an_origin():
    assert values("Familien er muslimer og har bedt om at bo tæt på en moské.") == ["muslimer", "moské"]
    assert values("De er syriske flygtninge og kom til Danmark i 2023.") == ["flygtninge"]


def test_a_union_in_a_union_column_of_a_table():
    sheet = "Nr;Navn;Cpr;Fagf;Løntrin\n10442;Jannie Holm;090173-2744;3F;L31\n10470;Kurt Sommer;x;FOA;L29\n"
    assert values(sheet) == ["3F", "FOA"]
    # In another column, or in a column about something else, it is no membership.
    assert values("Nr;Navn;Leverandør\n1;Kurt Sommer;FOA\n") == []


def test_a_fact_sheet_about_an_education_for_a_group_is_general():
    # "3-årig" is the education's length, no person's age.
    text = (
        "STU – ungdomsuddannelse for unge med særlige behov\n\nHvad er STU?\n"
        "STU er en 3-årig ungdomsuddannelse for unge udviklingshæmmede og andre unge med særlige "
        "behov, som ikke kan gennemføre en anden ungdomsuddannelse, heller ikke med "
        "specialpædagogisk støtte. Uddannelsen er individuelt tilrettelagt og skal give den unge "
        "personlige, sociale og faglige kompetencer til et selvstændigt voksenliv. Den unge har "
        "retskrav på STU, hvis betingelserne er opfyldt. Kommunen skal vejlede om STU og træffe "
        "afgørelse om optagelse. Forløbet sammensættes af undervisning og praktik. "
    )
    assert values(text) == []
    # A person's age still makes a case of it for the rules: "en 17-årig med autisme". (After
    # eleven general sentences the model, retrained on 381 corpora, overrules the one unnamed
    # boy; with a name it reports him, see test_about_a_person.)
    assert rule_values(text + "En 17-årig dreng med autisme starter i august.") != []
    assert values(text + "Emil på 17 år med autisme starter i august.") != []


def test_a_job_before_an_everyday_word_is_not_work_on_it():
    text = "Mette Holm, cpr 120378-4417\nsygemeldt fra job som SOSU-assistent siden 3/3 pga stress og angst."
    assert values(text) == ["sygemeldt", "stress", "angst"]
    # Right before it, the work is the subject: no fact about a person.
    assert values("Hun arbejder med stress i sit job som coach.") == []


def test_sankt_hans_is_a_parish_not_his():
    assert values("Referat – menighedsrådsmøde i Sankt Hans Sogn\nBudgettet blev drøftet.") == []
    assert values("Hans kone er muslim.") == ["muslim"]


def test_a_job_title_is_no_condition():
    assert values("Internt notat til handicapchefen om Ole Hansens flytning.") == []


def test_words_that_only_look_like_case_words():
    # "børnesagkyndig" is a child expert, not a child's case; a judgment named by its date.
    assert values("Skal vi have Helle med som børnesagkyndig?") == []
    text = "Han blev ved Retten i Aarhus' dom af 9. maj 2019 idømt 40 dages betinget fængsel."
    assert values(text) == ["dages betinget fængsel"]
    assert values("Der er et brud på hegnet, og han er anbragt.") == ["anbragt"]


def test_staff_titles_and_topic_compounds_are_no_condition():
    # A coordinator's title, a room fit for wheelchairs and the kind of data are about the
    # topic, not about the person next to them.
    assert values("Borgeren talte med demenskoordinator Susanne Brix.") == []
    assert values("Han er kørestolsbruger og skal have et handicapvenligt værelse.") == [
        "kørestolsbruger"
    ]
    assert values("Må vi undtage mors helbredsoplysninger fra aktindsigten?") == []
    assert values("Hun er demensramt.") == ["demensramt"]
    assert values("Han har møde med misbrugskonsulenten i dag.") == ["misbrugskonsulenten"]


def test_a_stay_named_again_is_no_new_finding():
    # "Under indlæggelsen" dates what the text has told; the writers of 45 corpora marked
    # "sover dårligt", "syg", "ædru" and "medicinen" alone in a third of their uses or less.
    text = "Hun var indlagt i tre uger. Under indlæggelsen er hun genstartet i Abilify."
    assert values(text) == ["indlagt", "Abilify"]
    assert "indlæggelsen" in values("Hun siger, at indlæggelsen skyldtes et misbrug.")
    assert values("Hun sover dårligt, og hun er syg. Far mødte ædru.") == []
    # Small aids at home: 3 of 17 uses marked.
    assert values("Hun har fået en toiletforhøjer, en badebænk og en gribetang.") == []
    # A stay or an arrest named again: "under anholdelsen" dates what was told.
    assert values("Han er anholdt for vold. Under anholdelsen slog han en betjent.") == [
        "anholdt for vold"
    ]


def test_what_a_person_has_not_is_no_finding():
    assert values("Bor alene, ingen børn, ingen gæld oplyst.") == []
    assert values("He has no criminal record. She has no debt to the municipality.") == []
    assert values("Hun har kunnet øge timetallet uden tilbagefald.") == []
    # Only right before the word: "ingen akut selvmordsrisiko" still tells of a risk.
    assert values("Hun har uden tvivl en depression.") == ["depression"]
    assert values("Han har ikke forældremyndigheden.") == ["forældremyndigheden"]


def test_a_bare_role_known_with_conditions_in_a_care_record():
    text = "Borger kendt med KOL (FEV1 38 %), hjertesvigt og moderat Alzheimers demens."
    assert values(text) == ["KOL", "hjertesvigt", "moderat Alzheimers demens"]
    assert values("Hun har pancreascancer med levermetastaser.") == [
        "pancreascancer med levermetastaser"
    ]


def test_a_time_stamp_column_names_no_one():
    log = (
        "Tidsstempel    Type                          Antal\n"
        "011024-0215    Trusler mod personale         1\n"
        "081024-1120    Overdosis (naloxon givet)     1\n"
        "211024-1430    Fastholdelse (magtanvendelse) 1\n"
    )
    assert values(log) == []
    assert values("CPR 081024-4120: Overdosis (naloxon givet) i nat.") == ["Overdosis", "naloxon"]


def test_an_acronym_inside_a_heading_in_capitals_is_a_word():
    assert values("Borgeren er 80 år. UDDRAG AF RAPPORT – Syd- og Sønderjyllands Politi") == []
    assert values("Han har AF og er i behandling med Eliquis.") == ["AF", "Eliquis"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hun har socialangst – det var svært i kassen.", "socialangst"),
        ("Mark Sand: depr. + alkoholoverforbrug", "depr."),
        ("Hun deltog i kommunens smerteforløb.", "smerteforløb"),
        ("Han har skulderluksation højre efter fald.", "skulderluksation"),
        ("Alex er i hormonbehandling.", "hormonbehandling"),
    ],
)
def test_kinds_of_anxiety_treatments_and_injuries(text, value):
    assert value in values(text)


def test_a_sentence_broken_across_lines_as_a_pdf_copies_it():
    text = (
        "Oversigt over året.\n\nForvaltningen bemærker, at moren i flere år har haft et\n"
        "alkoholmisbrug, som er forværret."
    )
    assert values(text) == ["alkoholmisbrug"]
    general = "Regler.\n\nEn borger kan i nogle tilfælde have et\nalkoholmisbrug, som skal behandles."
    assert values(general) == []


def test_a_care_records_row_of_date_heading_and_note():
    row = (
        "11.11.2024   Sygeplejefaglig udredning         Borger kendt med KOL (FEV1 38 %), "
        "hjertesvigt og moderat Alzheimers demens."
    )
    assert values(row) == ["KOL", "hjertesvigt", "moderat Alzheimers demens"]
    assert values("12.11.2024 Borgerne har ofte depression.") == []


def test_a_first_name_and_a_surname_must_stand_together():
    # "Per 1. juli" (as of 1 July) and a later word ending in -sen make no "Per …sen".
    text = "Per 1. juli skiftede vi leverandør. Afvigelsen på kontanthjælp skyldes få tilkendelser."
    assert values(text) == []
    assert values("Per Hansen modtager kontanthjælp.") == ["kontanthjælp"]


def test_a_spreadsheets_column_header_is_no_finding():
    sheet = "Debitor\tCPR\tRestance\tNote\nBrian Holm\t120387-4411\t12.450,00\tkontanthjælp\n"
    assert values(sheet) == ["kontanthjælp"]


def test_findings_of_one_kind_next_to_each_other_are_one_span():
    assert values("Borgerens to børn er anbragt på et opholdssted.") == [
        "anbragt på et opholdssted"
    ]
    # Two facts joined by "og" stay two findings.
    assert values("Hun har sklerose og sidder i kørestol.") == ["sklerose", "sidder i kørestol"]


# --- general talk and other senses: not reported -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Diabetes er en af de mest udbredte folkesygdomme.",
        "Mange borgere med depression får hjælp i psykiatrien.",
        "Kriminaliteten i kommunen faldt sidste år.",
        "Kontanthjælpen blev sat ned i 2024.",
        "Venstre og Socialdemokratiet indgik forlig.",
        "Religion fylder meget i debatten om integration.",
        "Fagforeningerne har indgået en ny overenskomst.",
        "Danmark tog imod flere flygtninge i 2015.",
        "Pride handler om rettigheder for LGBT+-personer.",
        "Ansigtsgenkendelse er omdiskuteret.",
        "Forklar hvad serviceloven § 41 siger om merudgifter ved kronisk sygdom.",
        "Hvis borgeren modtager kontanthjælp, skal kommunen vurdere rådighed.",
        "Når en borger er sygemeldt, skal der afholdes opfølgningssamtaler.",
        "Skriv en artikel om demens til vores nyhedsbrev.",
        "Hvad er symptomerne på diabetes?",
        "Statistikken viser, at 7 procent har astma.",
        "Kommunens sundhedscenter tilbyder kurser om KOL og diabetes.",
        "ADHD-foreningen holder møde i aften.",
        "Her er nogle eksempler på gode tekster, sagde hun.",
        "Min kollega er kold og træt af regnvejret.",
        "Hun søger ledige stillinger inden for økonomi.",
        "Han arbejder som psykolog i kommunen.",
        "Der står et skilt ved indgangen.",
        "Hun stammer fra Tyrkiet.",
        "De gældende regler blev ændret i 2023.",
        "Vi skal udsætte mødet til næste uge.",
        "Kristen Nielsen er ny afdelingsleder.",
        "Hun er tilmeldt kurset i religion.",
        # a benefit as the subject of an application, a rule or a document
        "Vi har modtaget en ansøgning om boligstøtte fra en enlig mor.",
        "Er han berettiget til kontanthjælp efter de nye regler?",
        "Vurder om borgeren opfylder betingelserne for førtidspension.",
        "Borgeren skal altid identificere sig, før der gives oplysninger om gæld.",
        "Kommunen har i år fået flere ansøgninger om førtidspension end sidste år.",
        "Skriv en pjece til borgere om, hvordan man søger om boligstøtte.",
        "Hun skrev speciale om depression blandt unge.",
        "Jeg har lige læst en god bog om skizofreni.",
        "Mødet handler om sygefravær og trivsel.",
        # plural and statistics
        "Andelen af anbringelser i slægten er vokset.",
        "Plejefamilier er den mest anvendte anbringelsesform.",
        "Vores afdeling har mange sygemeldinger i år.",
        "Førtidspension kan tilkendes personer, hvis arbejdsevnen er varigt nedsat.",
        "Attesten viser, om personen er dømt for seksuelle overgreb mod børn.",
        "Har du en kronisk sygdom, kan du søge om en § 56-aftale.",
        # work and organisations
        "Hun arbejder som sygeplejerske på psykiatrisk afdeling.",
        "Hun er uddannet psykiatrisk sygeplejerske.",
        "Han er ansat som pædagog på et opholdssted for unge.",
        "Han arbejder som fængselsbetjent i Vestre Fængsel.",
        "Hun er leder af Hjemmeplejen Nord.",
        "Han arbejder på Kræftens Bekæmpelse.",
        "Kirsten Madsen er ny direktør for Dansk Flygtningehjælp.",
        "Vores nye kollega kommer fra Kriminalforsorgen.",
        "Vi byder velkommen til Maja, som starter i hjemmeplejen 1. marts.",
        "She works as a nurse in the cancer ward.",
        # other senses
        "Vi skal finde en ny tillidsrepræsentant i afdelingen.",
        "Han har bedt om, at en tillidsrepræsentant deltager i mødet.",
        "Der er flest stemmer på et nyt multibaneområde.",
        "Han er medlem af bestyrelsen i boligforeningen.",
        "Hun har ondt af ham.",
        "Den indhentede straffeattest er uden anmærkninger.",
        "Faren skal selv møde op (biometri), datteren deltager som hjælp.",
        "Der skal bruges tolk ved alle samtaler.",
        "Søren Kirkegaard skrev om angst.",
        "Mette Frederiksen er formand for Socialdemokratiet.",
        "Hvilke dokumenter skal vi typisk have fra borgeren, fx lægeerklæringer?",
        "Hvordan kan jeg undgå at blive udbrændt?",
        "Ole bemærkede, at der i afdelingen generelt er mange med rygproblemer.",
        "Hej Mette, kan du sende mig tallene for sygefravær i 2024?",
        "Fortæl din leder det, hvis du bliver sygemeldt.",
        "Ring til din læge, hvis du får feber.",
        "Vi holder temadag: kl. 9 oplæg om stress, kl. 11 workshop om konflikter.",
        "The employee handbook explains how to report sick leave.",
        # A personal-data breach is no broken bone.
        "Hændelsen er registreret som brud på persondatasikkerheden og anmeldt til Datatilsynet.",
        "Medarbejderen har begået brud på tavshedspligten.",
        # General wording before "så" goes on after it.
        "Førtidspension kan tilkendes personer, hvis arbejdsevnen er varigt nedsat, så personen "
        "ikke kan forsørge sig selv, heller ikke i et fleksjob.",
        # A capitalised first name that is also a religion's word in English is a name.
        "Christian kommer til mødet i morgen.",
        "Kantinen serverer halal-mad om fredagen, og alle er velkomne.",
        "Parkinson's disease is a progressive disorder of the nervous system.",
        "Chest pain can have many causes.",
        "I så fald skal han ringe til os igen.",
        "Same-sex marriage has been legal in Denmark since 2012.",
        # "Er I …": a question to the readers, about anyone
        "Er I medlem af en fagforening, kan I få hjælp til sagen.",
        # "Når en borger …" stays general; a ward's name is no medicine
        "Når en borger har diabetes, kan man søge om tilskud.",
        "Afdelingen hedder nu hjertemedicinsk afdeling.",
        "Vi bestiller en arabisk tolk til informationsmødet for alle forældre.",
        "Hvis man har en psykiater, kan man spørge sin psykiater om råd.",
        "Han er dansk statsborger.",
        "During Ramadan some Muslim colleagues fast from sunrise to sunset.",
        "Mange personer med diabetes oplever træthed.",
        "Lønindeholdelsesprocenten er 20.",
        # a CPR-shaped run number names no one, so "En sigtelse" stays general
        "En sigtelse er ikke ensbetydende med en dom. Tabel STRAF11 opdateres kvartalsvis; seneste "
        "kørsel 211025-0930.",
        # The round with holdout269-276: the same topics in general terms.
        "Tvangsægteskab og social kontrol er emnet for temadagen den 4. marts.",
        "Kighoste smitter mest i den første uge, og gravide tilbydes vaccination.",
        "- virksomhedens egne laboratorieresultater for salmonella",
        "Infohuset rådgiver om forebyggelse af højreradikalisering og militant islamisme.",
        # A parking space for the disabled is no one's disability.
        "Bilen holdt på handicappladsen ved Kvickly, og kortet lå ikke i forruden.",
        # The round with holdout309-316: a team's name in a signature, a screening named alone,
        # a test or a class for a condition (the person is not said to have it).
        "Mvh Jonas Bak Frederiksen, kontaktperson, OPUS Nordvest",
        "Mor kommer til 2-måneders-besøget, hvor vi laver EPDS.",
        "Hun tog ordblindetesten i januar, og resultatet kommer i næste uge.",
        "Han søger om ordblindeundervisning for voksne.",
        "Hun har tabt sin bøjle i skolen.",
        "CALL ME IF YOU HAVE QUESTIONS ABOUT THE FORM.",
        "Regionen stiller dialysemaskine og vandrensningsanlæg til rådighed ved hjemmedialyse.",
        "Tallene stammer fra Børne- og Undervisningsministeriet.",
        "PSA-måling anbefales ikke som screening af alle mænd.",
        "Mor har søgt om tabt arbejdsfortjeneste efter barnets lov § 87.",
        # The round with holdout589-596: the conditions in general.
        "Helvedesild skyldes skoldkoppevirus, der blusser op igen.",
        "Ældre over 50 år kan vaccineres mod helvedesild.",
        "Septisk shock kræver behandling på intensiv.",
        "Korsbåndsskader er hyppige blandt unge håndboldspillere.",
        "Nattelivsforbud kan gives efter restaurationslovens regler.",
        "Korsetbehandling bruges ved skoliose med en kurve over 25 grader.",
        "Rystet barn-syndrom kan give nethindeblødninger hos spædbørn.",
        "Hjerteflimmer behandles ofte med blodfortyndende medicin.",
        "Opgiv dit CP-nummer ved henvendelsen.",
        "Kapselkontraktur er den hyppigste komplikation efter brystforstørrelse.",
        "Festivalen har i år fokus på GHB og MDMA.",
        "Børnegigt rammer omkring 1 ud af 1.000 børn.",
    ],
)
def test_general_talk_is_not_reported(text):
    assert found(text) == []


def test_word_inside_a_longer_word_is_not_a_match():
    # "eksem" must not match "eksempler", "kol" not "kollega", "gæld" not "gældende".
    assert found("Borgeren gav eksempler på gældende regler til sin kollega.") == []


def test_general_sentence_next_to_a_person_noun_in_the_paragraph():
    assert found("Borgeren bor alene.\nDiabetes er en folkesygdom, som kræver kontrol.") == []


def test_a_field_label_is_not_itself_a_finding():
    assert values("Borgeren: Jens, 45 år.\nDiagnose: depression") == ["depression"]


# --- data and rules ----------------------------------------------------------------------------------


def test_every_category_has_a_rule_with_texts_in_both_languages():
    lexicon = load_lexicon(patterns_dir() / "data")
    categories = {entry.category for entry in lexicon.entries.values()}
    assert categories == set(RULES)
    for rule in RULES.values():
        assert rule.entity == "special_category" and rule.priority == 40
        for attr in ("message", "what", "why", "instead"):
            assert getattr(rule, attr)["da"] and getattr(rule, attr)["en"]


def test_the_derived_health_list_is_loaded():
    lexicon = load_lexicon(patterns_dir() / "data")
    # Words that only the Lægehåndbogen list has.
    assert lexicon.entries["karpaltunnelsyndrom"].category == "health"
    assert "eksempler" not in lexicon.entries


def test_lexicon_loads_quickly():
    # The lists are read and the automaton built on the first scan; 30 ms on the project
    # machine, with room here for a busy test runner.
    detector = SpecialCategoryDetector()
    began = time.perf_counter()
    list(detector.find("Borgeren har diabetes."))
    assert time.perf_counter() - began < 0.3


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_rule_examples(rule):
    detector = SpecialCategoryDetector()
    for text in rule.examples:
        assert rule.code in {s.rule for s in detector.find(text)}, text
    for text in rule.counter_examples:
        assert list(detector.find(text)) == [], text


def test_social_conditions_are_warnings_and_art9_errors():
    severities = {r.code: str(r.severity) for r in RULES.values()}
    assert severities["SP003"] == "warning"
    assert all(v == "error" for k, v in severities.items() if k != "SP003")


def test_spans_are_offsets_into_the_original_text():
    text = "Diabetes er udbredt.\n\nBorgeren har diabetes."
    [(start, end)] = [(s.start, s.end) for s in SpecialCategoryDetector().find(text)]
    assert text[start:end] == "diabetes" and start == text.rindex("diabetes")


def test_word_at_the_very_start_of_the_text():
    assert ("SP001", "Diabetes") in found("Diabetes har hun haft i ti år.")


def test_the_garbage_collector_is_left_as_it_was():
    # The scan pauses the collector for speed; it must be back on afterwards, and stay off
    # when the caller had turned it off.
    import gc

    detector = SpecialCategoryDetector()
    assert gc.isenabled()
    assert list(detector.find("Borgeren har diabetes."))
    assert gc.isenabled()
    gc.disable()
    try:
        list(detector.find("Borgeren har diabetes."))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_scan_without_the_automaton_finds_the_same():
    text = (
        "Borgeren har diabetes og tager insulin. Hun er medlem af fagforeningen.\n"
        "Diabetes er udbredt. Min kollega er sygemeldt (stress) og modtager sygedagpenge.\n"
        "Navn: Ole Hansen\n- Furix 40 mg\nHan er dømt for vold og har gæld til inkasso."
    )
    detector = SpecialCategoryDetector()
    with_automaton = [(s.rule, s.start, s.end) for s in detector.find(text)]
    detector._load()[0]._automaton = False  # as on a platform without ahocorasick-rs
    assert [(s.rule, s.start, s.end) for s in detector.find(text)] == with_automaton
    assert len(with_automaton) >= 7


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Navn: Mette Hansen\nHelbred: sukkersyge\nMedicin: insulin", "sukkersyge"),
        ("Borgeren: Jens, 45 år.\nDiagnose: depression", "depression"),
        ("Borgeren har været sygemeldt i seks måneder pga. rygsmerter og depression.",
         "depression"),
        ("Borger: Anne Holm\n\nHelbred:\n- Astma\n- Migræne", "Migræne"),
    ],
)
def test_case_notes_and_abbreviations(text, word):
    assert ("SP001", word) in found(text)


def test_an_organisation_adds_words_in_a_pack_not_in_code(tmp_path):
    # The lists are data: a copy of the data directory with one more word is picked up.
    import shutil

    data = tmp_path / "data"
    shutil.copytree(patterns_dir() / "data" / "special_category", data / "special_category")
    shutil.copytree(patterns_dir() / "data" / "health", data / "health")
    terms = data / "special_category" / "terms.toml"
    terms.write_text(
        terms.read_text(encoding="utf-8").replace(
            '"diabet*",', '"diabet*", "morbus testus",', 1
        ),
        encoding="utf-8",
    )
    detector = SpecialCategoryDetector(data)
    text = "Borgeren har morbus testus."
    assert [text[s.start : s.end] for s in detector.find(text)] == ["morbus testus"]


# --- families added for texts written by others (round 2) ----------------------------------------
# Each family is tested with its own sentences: medicines by name, clinical notes that leave the
# patient out, counts, letters to the person ("du"), offences named with a conviction, drinking and
# violence at home, unions in brackets and in English, bone fractures, and the general texts that
# must stay silent.


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # medicines by active substance or brand, listed (patterns/data/health/medicines.txt)
        ("Borgeren tager Furix og Selo-Zok om morgenen.", "Furix"),
        ("Borgeren tager Furix og Selo-Zok om morgenen.", "Selo-Zok"),
        ("Ansøgeren er behandlet med Humira i to år.", "Humira"),
        ("Hun er sat i behandling med amlodipin og losartan.", "losartan"),
        ("Min mor får blodfortyndende medicin efter sin blodprop.", "blodfortyndende medicin"),
        ("Han skal have øjendråber tre gange dagligt, siger hans datter.", "øjendråber"),
        # clinical notes: the patient left out, "Pt.", a dotted abbreviation inside a sentence
        ("Patient: Kirsten Holm\n\nIndlagt 3/4 med lungebetændelse.", "Indlagt"),
        ("Patient: Kirsten Holm\n\nBehandlet med penicillin i 7 dage.", "penicillin"),
        ("Borger: Ole Bach\n\nKendt med hjertesvigt og forhøjet kolesterol.",
         "forhøjet kolesterol"),
        ("Pt. kendt med atrieflimren, i behandling med Eliquis.", "atrieflimren"),
        # a case note's role noun without its article: the person the note is about
        ("Borger har diagnosen paranoid skizofreni.", "paranoid skizofreni"),
        ("Borger modtager kontanthjælp, men er ikke mødt op.", "kontanthjælp"),
        ("Ansøger blev anholdt i oktober.", "anholdt"),
        ("Borger har tidl. en dom for butikstyveri (2017, bøde).", "dom for butikstyveri"),
        ("Hustru er også på kontanthjælp og er gravid i 6. md.", "gravid"),
        ("Emil har ikke haft samvær med far siden sommer.", "samvær med far"),
        ("Hun stillede op for Enhedslisten ved kommunalvalget.", "stillede op for Enhedslisten"),
        ("Tiltalte findes skyldig i overensstemmelse med anklageskriftet.", "findes skyldig"),
        ("Lukas reported sick on Monday.", "reported sick"),
        ("Pt. har cannabismisbrug og sænket stemningsleje.", "cannabismisbrug"),
        ("Hun har UVI igen og er mere konfus.", "UVI"),
        ("Forældrene gik fra hinanden i 2022, og Emil bor hos mor.", "gik fra hinanden"),
        ("Mors kæreste blev sigtet for vold mod mor.", "sigtet for vold"),
        ("She told me that she has rent arrears and is facing eviction.", "rent arrears"),
        ("The client is a 45-year-old man who came to Denmark as a refugee in 2015.", "refugee"),
        ("Han beder fem gange om dagen og går i moskeen.", "beder fem gange"),
        ("Hun har fortalt kontaktlæreren, at hun har skåret i sig selv.", "skåret i sig selv"),
        ("Borgeren har fået bevilget en BPA-ordning og en el-kørestol.", "BPA-ordning"),
        ("Sigtede var påvirket af kokain og blev indsat i arresten.", "påvirket af kokain"),
        ("Pupil: Oliver Mathiasen\nCPR: 150814-4537\n\nTesting was done in October. The reading "
         "and spelling profile is consistent with dyslexia.", "dyslexia"),
        ("He sees a psychologist every week.", "sees a psychologist"),
        ("Borger har diagnosen skizofreni. Der er et samtidigt misbrug af kokain.", "misbrug af kokain"),
        ("Borger: Arne Poulsen\n\nDiagnoser:\n* type 2-diabetes, insulinkrævende – NovoMix 30 morgen "
         "+ aften", "NovoMix"),
        ("Deltagere: Jens Holm (drift), Henrik Aagaard (tillidsrepræsentant, 3F)", "tillidsrepræsentant"),
        ("Hun har været i ambulant behandling hos Alkoholbehandlingen.", "ambulant behandling"),
        ("Mormor Grethe Bak vil gerne være netværksplejefamilie for ham.", "netværksplejefamilie"),
        ("Pt.: Bo Holm\n\nStartet i.v. Zinacef, derefter p.o. Selexid 400 mg.", "p.o. Selexid"),
        # a weak word in a sentence that already reveals something of its kind
        ("Borger: Ib Lund\n\nLægeerklæring: hoftebrud, opereret 2/5, genoptræning i gang.",
         "genoptræning"),
        # a count makes a plural one person's: the number belongs to the span
        ("Hun har haft 27 sygedage det seneste år.", "27 sygedage"),
        ("Der er modtaget 3 underretninger om Emil siden august.", "3 underretninger"),
        # a letter to the person: "du" is the addressee; a capital "I" is a person anywhere
        ("Kære Bent Holm\n\nDu skriver i din klage, at du har kræft.", "kræft"),
        ("Kære Fatima\n\nDa I er kommet til Danmark som flygtninge, har I ret til danskkurser.",
         "flygtninge"),
        ("Dear Ms Shaw\n\nYou told us that you have epilepsy.", "epilepsy"),
        # the offence next to a conviction in the same sentence
        ("Han blev idømt seks måneders fængsel for røveri og vold.", "vold"),
        # drinking and violence at home
        ("Jens har et alkoholproblem og drikker for meget i weekenderne.", "drikker for meget"),
        ("Hun fortalte, at far slår hende, når han er fuld.", "slår hende"),
        # the definite form points back to what was said about the person before
        ("Hun har fortalt, at hun drikker for meget. Vi skal tale om alkoholproblemet, "
         "jf. personalepolitikkens regler om fravær.", "alkoholproblemet"),
        # unions: in brackets after a person, and "member of the X union"
        ("Medarbejderen Anne Lund (HK) deltog i mødet som bisidder.", "HK"),
        ("She told me she is a member of the Unite union.", "member of the Unite union"),
        # conditions the handbook list lacks, English terms, fractures, body parts
        ("He is being treated for lymphoma at Rigshospitalet.", "lymphoma"),
        ("Borgeren har brækket hoften og venter på en plads.", "brækket hoften"),
        ("Han fik en infektion i knæet efter indgrebet.", "infektion i knæet"),
        ("Anders er blevet opereret for grå stær.", "grå stær"),
        ("Hanne har tryksår på begge hæle.", "tryksår på begge hæle"),
        ("Han har en medfødt hjertefejl.", "medfødt hjertefejl"),
        ("Søren fik et hjertestop i sidste uge.", "hjertestop"),
        # a law cited and a greeting do not make a sentence general
        ("- Børnefaglig undersøgelse efter barnets lov § 20 er i gang for Emil.",
         "Børnefaglig undersøgelse"),
        ("Hej alle, husk at Karen skal have insulin kl. 12.", "insulin"),
        # English contractions and "me": the writer about themself
        ("On top of that, I'm 11 weeks pregnant.", "pregnant"),
        ("The neurologist started me on Ocrevus infusions.", "Ocrevus"),
        # plural persons and a copula: what these persons are
        ("Begge forældre er sunnimuslimer.", "sunnimuslimer"),
        ("De er oprindeligt kurdere fra Afrin.", "kurdere"),
        # words of social work, treatment and faith the first lists lacked
        ("Hun modtager kontanthjælp og boligstøtte.", "kontanthjælp"),
        ("Hun ønsker at blive døbt påskedag.", "blive døbt"),
        ("Patienten beskrev vedvarende selvmordstanker.", "selvmordstanker"),
        ("Han blev henvist til DBT-behandling i klinikken.", "DBT"),
        ("Han har et dagligt kokainforbrug, siger han.", "kokainforbrug"),
        ("Han er sigtet efter overtrædelse af knivloven.", "overtrædelse af knivloven"),
        # a surname alone as a clause's subject; a quantifier before an object
        ("Kilden siger, at Wulff var sygemeldt i tre måneder.", "sygemeldt"),
        ("Hun har gæld hos flere inkassofirmaer.", "gæld hos flere inkassofirmaer"),
        # "forebyggende medicin" is a treatment, not prevention talk
        ("Jeg har også fået forebyggende medicin (Propranolol).", "Propranolol"),
        ("Han fortalte at stemmerne er blevet værre, og at han hører stemmer om natten.",
         "hører stemmer"),
        ("Han har fået varsel om ophævelse af lejemålet.", "ophævelse af lejemålet"),
        # a nurse's log: "pt." in lower case, a medicine after "Afviser"
        ("pt. vågen hele natten. Afviser Zyprexa kl 22 og igen kl 02.", "Zyprexa"),
        # an injury to a part of the body
        ("Han har brud på lårbenshalsen efter faldet.", "brud på lårbenshalsen"),
        # "alle møder" is no general wording ("alle borgere", "alle der …" are)
        ("Hun er medlem af BUPL og har haft TR med til alle møder siden april.", "medlem af BUPL"),
        # an anonymised case gives one person's age and sex: its words are about that person
        ("Medarbejderen er kvinde, 52 år, og ansat i vuggestuen.\n\nFraværet i 2024: en "
         "sammenhængende sygemelding fra 5. februar til 21. april.", "sygemelding"),
        # a one-word line over a short line is an item of a list, not a heading
        ("Borger: Ole Hansen\nDiagnoser\nDiabetes\nKOL\n", "Diabetes"),
        # "når han er …" of one man is "since", not "if"
        ("hr. Nygaard nægter insulin. det går jo ikke når han er type 1-diabetiker",
         "type 1-diabetiker"),
        # an interpreter's language tells the person's origin
        ("Samtalen blev holdt med kurmanji-tolk, og han fortalte om sin flugt.", "kurmanji-tolk"),
        ("She came with an interpreter (Tigrinya) to the meeting.", "interpreter (Tigrinya)"),
        ("Hun har ikke fået sin morgenmedicin i dag.", "morgenmedicin"),
        ("Boligselskabet har varslet udsættelse, hvis hun ikke betaler.", "varslet udsættelse"),
        ("- Tager dagligt Spiolto og Panodil\nBorger: Jens Holm", "Spiolto"),
        # "man" in the main clause, one person in the "at" clause
        ("Et år efter fandt man ud af, at hun også har cøliaki.", "cøliaki"),
        # the entry names its person itself
        ("Men min psykiater har i sin statusattest skrevet, at jeg ikke kan arbejde.",
         "min psykiater"),
        ("He states that he converted and became Christian two years ago.", "became Christian"),
        ("She reacted within minutes, and the staff had to use her EpiPen.", "EpiPen"),
        # a nationality after an origin adjective; torture; a named man among "otte personer"
        ("Ansøgeren er syrisk statsborger og kurder.", "syrisk statsborger"),
        ("Han har været udsat for tortur og har torturspor på ryggen.", "torturspor"),
        ("Vidnet så et billede med otte personer og udpegede Daniel Whitmore, der er sigtet for "
         "tyveri.", "sigtet for tyveri"),
        ("Hun er tillidsrepræsentant for 3F.", "tillidsrepræsentant for 3F"),
        ("She is of Somali background and has been harassed at work.", "Somali background"),
        ("He has been on kontanthjælp since May.", "kontanthjælp"),
        ("Hun har hoftefraktur og skal have hemialloplastik.", "hoftefraktur"),
        ("Han har fået Tazocin 4 g x3.", "Tazocin"),
        ("Borger: Ole Hansen\nDiagnoser: KOL, AF og DM2", "KOL, AF og DM2"),  # the whole field
        ("She has a herniated disc and has been sleeping badly.", "herniated disc"),
    ],
)
def test_round_two_families_about_a_person(text, span):
    assert span in values(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paracetamol er det mest solgte smertestillende lægemiddel i Danmark.",
        "Lægemiddelstyrelsen har godkendt Wegovy til behandling af svær overvægt.",
        "Regionen har brugt 40 mio. kr. på antibiotika i 2024.",
        "Sygeplejersken har udleveret 10 mg til afdelingen.",
        "Han har taget 300 mg koffein i form af kaffe.",
        # "du" in guidance, also in a letter; greetings to a group; "I" at a sentence start
        "Kære Mette\n\nHvis du bliver syg, skal du kontakte din læge.",
        "Kære Mette\n\nDu kan læse om sygedagpenge på borger.dk.",
        "Kære Jens\n\nDu kan søge om kontanthjælp hos kommunen.",
        "Hvis I er syge, skal I ringe før kl. 8.",
        "Kære alle\n\nHusk at melde jer syge før kl. 8.",
        "I dag holder vi møde om sygefravær.",
        # counts in statistics, notifications, headings
        "Kommunen modtog 2.300 underretninger i 2024.",
        "Der kom 40 underretninger sidste år, og antallet stiger.",
        "Underretning om indstilling af efterforskning",
        # a compound cut by a hyphen, an organisation acting, activities
        "Jeg arbejder i en psykiatri- og misbrugsafdeling og skal skrive et oplæg.",
        "Fagforeningen har indkaldt til møde om den nye overenskomst, skriver han.",
        "The security operations team meets on Monday.",
        "Militære operationer i Irak blev diskuteret på mødet med Mette.",
        # everyday senses of "slår", "brækket", a measure proposed
        "Hun slår op i ordbogen.",
        "Morten slår græsplænen hver lørdag.",
        "Printeren er brækket, siger Ole.",
        "Forældrene er imod anbringelse, og sagen skal behandles i udvalget.",
        # a law cited inside a general sentence
        "Vi skal beskrive, hvordan vi behandler sager om vold i hjemmet, jf. servicelovens § 109.",
        # a rule about "borger" without article: a modal verb, not a case note
        "Borger skal selv søge om kontanthjælp i jobcentret.",
        "Mødet (tillidsrepræsentant og leder) var godt.",
        # "beder" is asking here, not praying
        "Jeg har ikke råd til at flytte, så jeg beder jer om at gøre noget ved det nu.",
        # an FAQ's questions are anyone's
        "Q: Do I have to be a member of a trade union to work in Denmark?",
        "Har I en medarbejder med diabetes, kan I søge tilskud.",
        # a policy that speaks to the reader: "lederen" is any manager
        "Raskmelding sker også til lederen, senest dagen før du møder ind igen.",
        # "lederen" in a policy is any manager
        "- Helligdage: medarbejdere kan søge fri. Lederen skal behandle ansøgningerne ens.\n"
        "- Ramadan: hvordan man tager hensyn. Ramadanen 2025 starter omkring 1. marts.",
        # "de fleste", "mange af dem": a group; an FAQ's "whether I'm …" is anyone
        "De fleste er flygtninge fra Syrien.",
        "Mange af dem er flygtninge.",
        "Q: Can my employer ask whether I'm a member of a union?",
        "Forebyggelse af diabetes er vigtigt for borgeren.",
        "Jakob will draft the joint report by Friday.",
        "Alle med diabetes kan få hjælp til fodpleje.",
        # a key's fingerprint, a fence's damage
        "Krypteret indrapportering: PGP-nøgle med fingeraftryk 4F2A 91C0 7D3B E884.",
        "Borgeren kræver erstatning for skade på hegn ved snerydning.",
    ],
)
def test_round_two_general_texts_stay_silent(text):
    assert found(text) == []


def test_a_long_guide_that_names_no_one_is_general():
    guide = (
        "Retningslinjer for medicin i skolen\n\n"
        "Forældrene har ansvaret for elevens medicin. Skolen giver kun medicin, når der foreligger "
        "en skriftlig aftale. Hvis en elev skal have medicin i skoletiden, skal forældrene udfylde "
        "skemaet, jf. bekendtgørelsens § 3. Medarbejderen, der giver medicinen, kvitterer i "
        "elevens medicinskema. Hvis eleven har diabetes, kan skolen lave en handleplan. "
    ) * 3
    assert len(guide) > 1000
    assert found(guide) == []
    # The same text under a named pupil's header is about her.
    assert "medicin" in values("Elev: Sofie Hansen, 5.b\n\n" + guide)
    # A case told without its names says "hun" of her: not a guide, however many rule words.
    case = (
        "Jeg har fjernet navn og CPR. Borgeren er en kvinde på 45 år, som har diabetes og "
        "modtager kontanthjælp. Hun skal til samtale, og hun kan ikke deltage i aktivering. "
        "Brevet skal forklare, at hun kan søge om en enkeltydelse, hvis hun har udgifter, jf. § 81. "
    ) * 4
    assert len(case) > 1000
    assert "diabetes" in values(case)
    # Or without pronouns, with her age: "Medarbejderen (kvinde, 38)".
    hr_case = "Medarbejderen (kvinde, 38) er ansat på et plejecenter. " + (
        "Medarbejderen har været sygemeldt med stress siden august. Medarbejderen skal til "
        "samtale, og medarbejderen kan ikke arbejde fuld tid, jf. § 7. Hvis medarbejderen ikke "
        "kan møde, skal lederen ringe. "
    ) * 5
    assert len(hr_case) > 1000
    assert "sygemeldt med stress" in values(hr_case)
    # A letter's recipient under a person label names someone, listed name or not.
    letter = (
        "Jeg skal have hjælp til at formulere et afslag på permanent opholdstilladelse. "
        "Afgørelsen er truffet af min teamleder i dag, du skal kun "
        "hjælpe med formuleringen, så den bliver klar og venlig i tonen. Brug gerne "
        "standardformuleringer om begrundelse og klagevejledning (§ 25).\n\n"
        "Modtager: {}\n\nBegrundelse:\n1. Ansøgeren har forfalden gæld til det offentlige "
        "(restskat under inddrivelse), jf. udlændingelovens § 11, stk. 3, nr. 3.\n"
    )
    assert len(letter) > 400
    assert rule_values(letter.format("Guillermo Andrés Rivas Ortega")) == [
        "gæld til det offentlige"
    ]
    assert values(letter.format("[navn]")) == []



def test_a_template_with_wishes_is_no_case_log():
    # "Ønsker meddeles senest 1. marts" is the plural noun, not a log's "Ønsker hjælp til …".
    template = (
        "SAMVÆRSAFTALE (skabelon)\n\nForælder 1: [Fulde navn]\nForælder 2: [Fulde navn]\n\n"
        "Barnet har bopæl hos [Forælder 1/Forælder 2]. Forældrene har [fælles "
        "forældremyndighed / forældremyndigheden ligger hos ___].\n\n2. Almindeligt samvær\n"
        "Barnet er hos samværsforælderen hver [anden/tredje] weekend.\n- Sommerferie: [2 eller "
        "3] sammenhængende uger. Ønsker meddeles senest 1. marts.\n"
    ) + "Aftalen kan ændres, hvis begge forældre er enige, jf. forældreansvarsloven § 19. " * 3
    assert len(template) > 400
    assert values(template) == []
    # A log's "Ønsker" is the person's wish, and the log is about that person.
    assert "forældremyndigheden" in rule_values(
        template.replace("Ønsker meddeles", "Ønsker forældremyndigheden alene, oplyser mor")
    )


def test_a_log_about_one_person_leaves_the_person_out():
    # Two or more sentences opening with the person left out or as a bare role make a log
    # about one person: its listed words are about that person, its everyday words too.
    log = (
        "19.08.24 – Første opfølgningssamtale\n"
        "Borger sygemeldt fra fuldtidsstilling som chauffør siden juni. Oplyser diskusprolaps i "
        "lænden. Tager ibuprofen og tramadol efter behov.\n"
        "Smerter med udstråling til venstre ben.\n"
        "Bekymringsbesked sendt til psykiatrien.\n"
    )
    got = values(log)
    for word in ("sygemeldt", "diskusprolaps", "ibuprofen", "tramadol", "Smerter"):
        assert word in got, found(log)
    assert "psykiatrien" not in got  # the service it deals with, not the person
    # One such sentence is no log: a rule text about tramadol stays silent.
    assert found("Tager ibuprofen og tramadol efter behov. Læs indlægssedlen.") == []


@pytest.mark.parametrize(
    "heading",
    ["Indlæggelsesårsag", "1. Afsoningsforløb", "## Misbrugsbehandling"],
)
def test_a_heading_over_prose_is_no_finding(heading):
    text = f"Epikrise for Anna Berg\n{heading}\n28-årig kvinde, indlagt akut via skadestuen i går.\n"
    assert heading.split()[-1] not in values(text), found(text)
    assert "indlagt" in values(text)


def test_minutes_with_few_rule_words_are_general_but_a_log_without_names_is_not():
    minutes = (
        "Referat af udvalgsmøde\n\n5. Ventetid på behandling for stof- og alkoholmisbrug\n"
        "Udvalget drøftede ventetiden på behandling for stofmisbrug, der er steget i årets første "
        "tre kvartaler. Forvaltningen orienterede om tal fra nabokommunerne og om budgettet for "
        "næste år, som udvalget tog til efterretning. Sagen drøftes igen i marts.\n"
    ) * 4
    assert len(minutes) > 1000
    assert found(minutes) == []
    log = (
        "Borger oplyser smerter i ryggen og tager tramadol. Oplyser søvnbesvær. Mødt med "
        "ægtefælle som bisidder, og næste samtale er aftalt til efter operationen i marts.\n"
    ) * 7
    assert len(log) > 1000
    assert "tramadol" in values(log)


def test_a_guide_with_danish_her_and_an_age_group_is_still_a_guide():
    # Danish "her" is "here", and "de 12-17-årige" is an age group, not one person's age.
    guide = (
        "Her er det især anbringelser af de 12-17-årige, der stiger. Kommunen skal tilbyde "
        "familiebehandling, og en familie kan få hjælp, hvis barnet har ADHD. "
    ) * 8
    assert len(guide) > 1000
    assert found(guide) == []
    # One person's age makes it a case for the rules: "den 17-årige". (The model trained on 373
    # corpora has the last word in a text this long, and overrules this one sentence among eight
    # general ones; with a name it reports it, see below.)
    assert rule_values("Den 17-årige er anbragt på et opholdssted. " + guide) != []
    assert found("Den 17-årige Mikkel er anbragt på et opholdssted. " + guide) != []


def test_the_medicine_list_is_loaded_with_capitals():
    lexicon = load_lexicon(patterns_dir() / "data")
    for word in ("furosemid", "amlodipin", "levothyroxin", "furix", "selo-zok", "mabthera"):
        assert lexicon.entries[word].proper, word
    assert lexicon.written["mabthera"] == "MabThera"


def test_short_text_look_ups_find_what_the_automaton_finds():
    # A short text is scanned by dictionary look-ups, a long one by the automaton: same hits.
    from promptlint.detectors import special_category as sc

    texts = [e for rule in sc.RULES.values() for e in rule.examples + rule.counter_examples]
    texts += [
        "Borgeren har KOL og tager Furix 40 mg. Hun er medlem af 3F og sygemeldt med stress.",
        "Lars Holm (BUPL) er dømt for vold; hans mor modtager kontanthjælp. Crohns sygdom",
        # Characters outside Latin-1 in the text ("ı", "ş"), and forms outside it (a capital
        # Greek "Μg"): the automaton reads Latin-1 bytes and searches such forms apart.
        "Ayşe Yılmaz er sygemeldt og får Furix 40 Μg; borgeren Ayşe har diabetes.",
        "Hun får B12 1000 µg og 5 Μg om dagen.",
        # A form with a bracket inside: the automaton's copy has a space there (holdout207: the
        # automaton missed "tolk (polsk)" that look-ups found, so a short text's findings
        # depended on whether a long text had been scanned before it).
        "Mor Ewa Nowak, 81 år – tolk (polsk) ved besøget. Borgeren har tolk (dari) med.",
    ]
    lexicon = load_lexicon(patterns_dir() / "data")
    built = sc._build_automaton(lexicon._space_keys())
    assert built[2], "a form outside Latin-1 to test with"
    for text in texts:
        t = " " + text
        by_lookup = lexicon.hits(t)
        assert lexicon._automaton is None
        lexicon._automaton = sc._build_automaton(lexicon._space_keys())
        assert lexicon.hits(t) == by_lookup
        # The same from the Latin-1 bytes the identifier detectors' views hold.
        assert lexicon.hits(t, t.encode("latin-1", "replace")) == by_lookup
        lexicon._automaton = None


def test_the_automaton_scan_keeps_line_breaks_and_brackets_apart_from_spaces():
    # The automaton scans a copy with every boundary character turned into a space: a form with
    # a space inside must still not match across a line break or a bracket in the text.
    from promptlint.detectors import special_category as sc

    lexicon = load_lexicon(patterns_dir() / "data")
    lexicon._automaton = sc._build_automaton(lexicon._space_keys())
    assert "medlem af" in lexicon.entries
    def keys(text: str) -> list[str]:
        return [key for _, _, key, _ in lexicon.hits(" " + text)]

    assert "medlem af" in keys("Hun er medlem af 3F.")
    assert "medlem af" not in keys("Hun er medlem\naf 3F.")
    assert "medlem af" not in keys("Hun er medlem(af 3F.")
    # A line break or a bracket before a word is a boundary, as a space is.
    assert {"KOL", "sygemeld"} <= set(keys("Borgeren (KOL) og\nsygemeldt"))


# --- a short text's look-ups answer exactly as the table of every form --------------------------


def _lookup_reference(lexicon, t: str) -> list[tuple[int, tuple]]:
    """The short-text scan as it was: every slice after a boundary looked up in _key_forms."""
    from promptlint.detectors import special_category as sc

    forms = lexicon._key_forms()
    lengths = sorted({len(f) for f in forms})
    found = []
    for match in sc._BOUNDARY_RE.finditer(t):
        i = match.start() + 1
        for n in lengths:
            if i + n > len(t):
                break
            value = forms.get(t[i : i + n])
            if value is not None:
                found.append((i + n - 1, value))
    return found


@cache
def _shipped_lexicon():
    lexicon = load_lexicon(patterns_dir() / "data")
    return lexicon, dict(lexicon._key_forms())


def _variants(word: str) -> set[str]:
    return {word, word.lower(), word.upper(), word[:1].upper() + word[1:], word.capitalize(),
            word.title()}


def test_form_look_up_answers_as_the_forms_table_for_every_form_and_case_variant():
    # _hits_by_lookup does not make _key_forms (2-3 ms); _form must give what forms.get gives.
    lexicon, forms = _shipped_lexicon()
    candidates = set(forms)
    for key in lexicon.entries:
        candidates |= _variants(key)
    for written in lexicon.written.values():
        candidates |= _variants(written)
    assert len(candidates) > len(forms)
    wrong = [s for s in candidates if lexicon._form(s) != forms.get(s)]
    assert wrong == []


def test_short_text_look_ups_find_every_form_as_the_forms_table_does():
    lexicon, forms = _shipped_lexicon()
    words = sorted({v for key in lexicon.entries for v in _variants(key)} | set(forms))
    for i in range(0, len(words), 150):
        for sep in (" ", "\n", "(", " x", "-"):
            t = " " + sep.join(words[i : i + 150]) + "s"
            assert list(lexicon._hits_by_lookup(t)) == _lookup_reference(lexicon, t)


def test_form_look_up_takes_the_later_entry_when_two_entries_make_one_form():
    # The shipped lists have no such clash, so a made-up lexicon checks the rule: in _key_forms
    # the entry written later overwrites the form ("Prosa" the acronym, "prosa" capitalised).
    from promptlint.detectors import special_category as sc

    def lexicon(entries, written):
        return sc.Lexicon(entries=entries, phrases={}, context=None, written=written)

    plain, acronym = sc._entry("union"), sc._entry("union", "exact", "acronym", True)
    medicine = sc._entry("health", "infl", "terms", True)
    cases = [
        lexicon({"prosa": plain, "Prosa": acronym}, {}),
        lexicon({"Prosa": acronym, "prosa": plain}, {}),
        lexicon({"µg": plain, "mg": medicine, "Μg": acronym}, {}),  # "µ".upper() is Greek "Μ"
        lexicon({"novorapid": medicine, "novoRapid": plain}, {"novorapid": "NovoRapid"}),
        lexicon({"abc": plain, "xbc": medicine}, {"xbc": "Abc", "abc": "ABC"}),
        lexicon({"ab c": plain, "ßx": plain, "ı̇x": medicine, "ix": plain}, {"ab c": "Ab  c"}),
    ]
    for lex in cases:
        forms = dict(lex._key_forms())
        candidates = set(forms) | {v for key in lex.entries for v in _variants(key)}
        for s in candidates:
            assert lex._form(s) == forms.get(s), s
        t = " " + " ".join(sorted(candidates)) + " "
        assert list(lex._hits_by_lookup(t)) == _lookup_reference(lex, t)
    assert cases[0]._form("Prosa")[0] == "Prosa" and cases[1]._form("Prosa")[0] == "prosa"


def _random_texts():
    from hypothesis import strategies as st

    lexicon, forms = _shipped_lexicon()
    pieces = sorted(forms)
    alphabet = st.sampled_from(sorted(set("".join(pieces)) | set(" \n(.,:-*=ΜÆØÅ")))
    return st.lists(
        st.one_of(st.sampled_from(pieces), st.text(alphabet, max_size=8)), max_size=30
    ).map("".join)


def test_form_look_up_answers_as_the_forms_table_for_random_strings():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    lexicon, forms = _shipped_lexicon()

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(max_size=12), _random_texts()))
    def check(s):
        assert lexicon._form(s) == forms.get(s)
        t = " " + s
        assert list(lexicon._hits_by_lookup(t)) == _lookup_reference(lexicon, t)

    check()


@pytest.mark.parametrize(
    "text, value",
    [
        # A CSV row: the cells are separated by semicolons.
        ("2025-3310;Bente Kirkegaard;040271-1884;§ 100 merudgifter;bipolar lidelse;Afslag",
         "bipolar"),
        # A CSV cell starts like a sentence: its capital is no organisation's name.
        ("Navn;Ydelse;Diagnose\nOle Berg;Udd.hjælp;Diabetes", "Diabetes"),
        ("Navn;Ydelse;Diagnose\nOle Berg;Udd.hjælp;Diabetes", "Udd.hjælp"),
        # Two conditions written with a slash, a table's cell without blanks.
        ("Hun har angst/depression.", "depression"),
        ("| Ole Berg |diabetes| 2024 |", "diabetes"),
    ],
)
def test_a_word_after_a_semicolon_slash_or_bar_is_found(text, value):
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        # Words the writers of 65 corpora marked in a third of their uses or less.
        "Hans Berg har fået plads i specialklassen på Østskolen.",
        "Mor har fået tabt arbejdsfortjeneste efter SEL § 42.",
        "Hun bor i en plejefamilie i Vejle.",
        "Han kører med handicapkørsel til lægen.",
        "Hun har søgt el-kørestol.",
        "Han får personligt tillæg til huslejen.",
    ],
)
def test_words_writers_rarely_mark_are_not_reported(text):
    assert values(text) == []


def test_holdout137_to_140_words_about_a_person():
    # Conditions, treatments and stays that the lists lacked (holdout137-140).
    assert values("Fru Thomsen har oplyst, at hun er i kemobehandling.") == ["kemobehandling"]
    assert values("Min mand Kurt har lige fået en ny hjerteklap.") == ["hjerteklap"]
    assert values("Jørgen Skov har skulderartrose.") == ["skulderartrose"]
    assert values("Thomas Kjær har en menisklæsion i højre knæ.") == ["menisklæsion"]
    assert values("Han har været til samtale i psykiatrisk akutmodtagelse.") == [
        "psykiatrisk akutmodtagelse"
    ]
    assert values("Han er kendt i socialpsykiatrien fra tidligere.") == [
        "kendt i socialpsykiatrien"
    ]
    assert values("Han sover på herberget på Sct. Knuds Vej.") == ["sover på herberget"]
    assert values("Han forventes løsladt i foråret.") == ["forventes løsladt"]
    assert values("Hun har bedt om fri til Jom Kippur.") == ["Jom Kippur"]
    assert values("Jeg er imam og underviser frivilligt.") == ["imam"]
    assert values("Han er pt. indsat i Arresthuset i Næstved.") == ["indsat i Arresthuset"]
    assert values("Hun er fritaget for tilbud til 30.11. pga. helbred.") == ["pga. helbred"]
    assert values("Han har cerebral parese og sidder i el-kørestol.") == [
        "cerebral parese", "sidder i el-kørestol"
    ]
    assert values("Han har været til kontrol på onkologisk ambulatorium.") == [
        "onkologisk ambulatorium"
    ]
    # A sport or a grant's topic made of the word is no one's condition.
    assert values("Sagstitel: tilskud til ledsager, handicapidræt\nPart: Mikkel Søgaard") == []
    assert values("Teksten er indsat i fængslets nyhedsbrev, skriver han.") == []


def test_holdout137_to_140_words_that_are_not_about_a_person():
    # The shelter acting or addressed is an organisation; "tro" as a verb is no faith; a
    # release from custody after questioning tells nothing the arrest did not.
    assert values("Kære herberg\n\nHan kommer i morgen kl. 10.") == []
    assert values("Personalet på herberget bakker op om planen, siger han.") == []
    assert values("Han er muslim og personalet tro han var aggressiv.") == ["muslim"]
    assert values("Hans tro betyder meget for ham.") == ["tro"]
    # Teaching material is general talk; a person who teaches is not.
    assert values("Undervisningen handler om, hvordan han med diabetes kan leve.") == []


def test_a_shelter_that_acts_or_owns_is_the_institution():
    # Her stay at the shelter is reported; the shelter's own staff, number or assessment is not.
    assert values("Hun har boet på krisecenter siden 2. oktober.") == ["krisecenter"]
    assert values("Han har selv sagt til krisecentrets børnemedarbejder, at han er glad.") == []
    assert values("Hun flyttede i juni. Krisecentret vurderer, at der er tale om kontrol.") == []
    assert values("Hun har ikke flyttet adresse, fordi krisecentret har frarådet det.") == []
    assert values("Vi kan køre ham i bostedets bil, siger hun.") == []
    # The definite form as the place of the stay still counts.
    assert values("Hun bor på krisecentret med sine to børn.") == ["krisecentret"]


def test_a_checklists_open_question_is_a_templates():
    # "[ ] Er der tilhold …?" is asked of whoever fills in the list; a filled-in line states facts.
    assert values("Tjekliste\n[ ] Er der tilhold eller opholdsforbud – og ved beboeren, hvad "
                  "hun skal gøre?\n") == []
    assert values("Udskrivning af Jens Bo\n☐ Økonomi: kontanthjælpen er stoppet under "
                  "indlæggelsen\n") == ["kontanthjælpen"]
    assert values("Jens Bo:\n- Er der tilhold, og ved hun, hvad hun skal gøre?") == ["tilhold"]


def test_a_device_an_office_or_a_yard_named_by_the_word():
    assert values("Kollegaen trykkede på overfaldsalarmen, da han slog ud efter hende.") == []
    assert values("Hun sender det videre til kirkekontoret, siger hun.") == []
    assert values("Kirkeministeriet har den 12. juni modtaget hans ansøgning.") == []
    # The assault itself, and a stay, are still his.
    assert values("Han blev dømt for overfald på en kollega.") == ["dømt for overfald"]


def test_holdout181_to_200_words():
    # Probation named with its capital, gender incongruence, an honour-related conflict, a
    # young person's support after a placement, an Islamist movement.
    assert values("Han har tilsyn fra Kriminalforsorgen frem til marts.") == [
        "tilsyn fra Kriminalforsorgen"
    ]
    assert values("Hun er henvist med kønsinkongruens.") == ["kønsinkongruens"]
    assert values("Der er tale om en æresrelateret konflikt i hendes familie.") == [
        "æresrelateret konflikt"
    ]
    assert values("Han har haft ungestøtte i form af fast kontaktperson siden 2023.") == [
        "ungestøtte"
    ]
    assert values("Faren sympatiserer med Hizb ut-Tahrir, siger han.") == ["Hizb ut-Tahrir"]
    # A person's social frikort; a person who feels lonely.
    assert values("Han arbejder i genbrugsbutikken på socialt frikort.") == ["socialt frikort"]
    assert values("Han føler sig meget ensom om aftenen.") == ["ensom"]
    assert values("Socialt frikort giver udsatte borgere mulighed for at tjene penge.") == []
    # The supervision as a rule is no one's.
    assert values("Kriminalforsorgen fører tilsyn med dømte i prøvetiden.") == []


def test_a_union_representative_for_or_from_a_named_union():
    assert values("Hun har bedt om at få sin tillidsrepræsentant fra DSR med.") == [
        "tillidsrepræsentant fra DSR"
    ]
    assert values("Lars er TR for HK.") == ["TR for HK"]
    assert values("Hun var tillidsrepræsentant for afdelingen.") == ["tillidsrepræsentant"]


def test_a_diagnosis_column_of_a_table_about_named_persons():
    # Whatever a diagnosis cell says is that person's health, listed word or not.
    table = (
        "Henv.dato   CPR            Navn                      Henvisningsdiagnose            Dage\n"
        "----------  -------------  ------------------------  -----------------------------  ----\n"
        "12.06.2025  140312-4826    Emma Kirstine Lauridsen   Skoliose, progredierende       102\n"
        "15.07.2025  0906014932     Ali Reza Mohammadi        Rekonstruktion af korsbånd     69\n"
        "19.07.2025  010180-1237    Thomas Kjær               -                              60\n"
    )
    assert values(table) == ["Skoliose, progredierende", "Rekonstruktion af korsbånd"]
    assert values("Navn | Diagnose | Bemærkning\nKurt Sommer | gonartrose | tlf. først\n") == [
        "gonartrose"
    ]
    # A statistics table's diagnosis column names no one.
    stats = "Diagnose | Antal | Ventetid\nSkoliose | 41 | 12 uger\nMenisklæsion | 88 | 9 uger\n"
    assert values(stats) == []


def test_holdout141_to_144_words_about_a_person():
    assert values("Jeg brækkede mit højre håndled og var på skadestuen.") == [
        "brækkede mit højre håndled"
    ]
    assert values("Han faldt ned fra rutsjebanen og brækkede underarmen.") == ["brækkede underarmen"]
    assert values("Jørgen (67) knækkede to fortænder. Han har dårligt syn.") == [
        "knækkede to fortænder", "dårligt syn"
    ]
    assert values("Moderen havde i perioden seksuelt samkvem med to mænd.") == ["seksuelt samkvem"]
    assert values("For Dennis Brøndum viser DNA-undersøgelsen en sandsynlighed på 99,98 %.") == [
        "DNA-undersøgelsen"
    ]
    assert values("Inseminationen er foretaget i hjemmet, oplyser moderen.") == ["Inseminationen"]
    assert values("Lejer har astmatisk bronkitis og har sendt en lægeerklæring.") == [
        "astmatisk bronkitis"
    ]
    assert values("Oplyser at han har boet på gaden det meste af året.") == ["boet på gaden"]
    assert values("Advokaten repræsenterer Ruben Ekström i en sag om samvær.") == ["sag om samvær"]


def test_holdout141_to_144_words_that_are_not_about_a_person():
    # An age limit, a victim, a safety representative, an absence in a list
    assert values("Han var 13 år og dermed under den kriminelle lavalder.") == []
    assert values("Hun blev overfaldet i venteværelset, fortæller hun.") == []
    assert values("Rikke Wind (arbejdsmiljørepræsentant) deltog.") == []
    assert values("Der foreligger ingen fuldmagt eller værgemål for hende.") == []


def test_a_diagnosis_field_of_a_note_about_a_person():
    # Whatever a diagnosis field says, typos and abbreviations too, in a note that names its
    # person; "Tilstand" only under a CPR number (a car's or a house's state is no one's health).
    note = (
        "CPR-nr:   2501832882\nAdresse:   Ålbækvej 22 , 9300  Sæby\n"
        "Tilstand   :  glioblastom , terminal , kramper sidst  11/11\n"
        "Indsats    :   Tilsyn kl 23 og 03.\n"
    )
    assert values(note) == ["glioblastom , terminal , kramper sidst  11/11"]
    assert values("Borger: Jens Holm\nDiagnoser: infantil autisme, lungecancr\n") == [
        "infantil autisme, lungecancr"
    ]
    assert values("Bil: VW Up\nTilstand: god, nye dæk\n") == []
    # A field of prose is read word by word (one span over it would cover the name in it).
    prose = "Borger: Lene Holm\nHelbred: Lene har en tilbagevendende depression. Hun tager Venlafaxin.\n"
    assert values(prose) == ["tilbagevendende depression", "Venlafaxin"]
    assert values("Patient: [Navn]\nDiagnose: [indsæt diagnose]\n") == []


def test_holdout145_to_148_words_about_a_person():
    assert values("Oksana Kovalenko, CPR 120693-2584, er fordrevet fra Ukraine.") == [
        "fordrevet fra Ukraine"
    ]
    assert values("Naboen siger, at han arbejder sort for en tømrer.") == ["arbejder sort"]
    assert values("Han har slået mig i flere år, skriver hun.") == ["har slået mig"]
    assert values("Kasper, 49 år, glioblastoma, wife and two kids.") == ["glioblastoma"]


def test_holdout145_to_148_words_that_are_not_about_a_person():
    # Absent, a licence's matter, an organisation, water not alcohol
    assert values("Ingen tegn på tryksår hos fru Hansen.") == []
    assert values("Bartender Freja serverede alkohol uden at have serveringsbevis.") == []
    assert values("Hun var tilknyttet det palliative team de sidste uger.") == []
    assert values("Datteren siger, at hun ikke har drukket noget siden i går.") == []
    assert values("Han ønsker at komme på hospice, siger hustruen.") == []


def test_holdout149_to_152_words_about_a_person():
    assert values("Jeg blev tvangsfjernet i 1966 og kom på børnehjem i Vejle.") == [
        "tvangsfjernet", "børnehjem"
    ]
    assert values("Min mor levede af bistandshjælp, skriver han.") == ["bistandshjælp"]
    assert values("Jesper Lund er medlem af CS.") == ["medlem af CS"]
    assert values("Han pådrog sig en forstuvning af højre ankel.") == ["forstuvning af højre ankel"]
    assert values("Vi er ved at gå fra hinanden, skriver hun.") == ["gå fra hinanden"]
    assert values("Stat. 10.3.83: Obs. MBD hos drengen.") == ["MBD"]
    assert values("Hans far er p.t. indsat i Vestre Fængsel.") == ["indsat i Vestre Fængsel"]


def test_no_known_allergies_is_no_finding():
    assert values("Kendt med astma. Ingen kendte allergier hos Jonas.") == ["astma"]


def test_holdout153_to_156_words_about_a_person():
    assert values("Familien er flygtet fra Kharkiv i 2022.") == ["flygtet fra Kharkiv"]
    assert values("Naboerne siger, han er begyndt at drikke igen efter behandlingen.") == [
        "begyndt at drikke"
    ]
    assert values("Hun er førtidspens. og alkholiker ifølge sagen.") == ["førtidspens.", "alkholiker"]
    assert values("Susanne er gået ned med stress.") == ["gået ned med stress"]
    assert values("Tobias, 16 år, er i forbedringsforløb siden marts.") == ["forbedringsforløb"]


def test_a_talk_of_concern_is_no_finding():
    # Of the 12 uses of "bekymringssamtale" it flagged over 156 corpora, writers marked 2:
    # police and SSP hold it with many young people, as a routine.
    assert values("Vi vil gerne holde en bekymringssamtale med Ali og forældrene.") == []


def test_holdout157_to_160_words_about_a_person():
    assert values("Der ses friske snitsår på venstre underarm hos Ida.") == ["snitsår"]
    assert values("Mor havde en depri efter den første, siger han.") == ["depri"]
    assert values("Mikkel har motoriske tics, som er blevet værre.") == ["motoriske tics"]
    assert values("Han var hjertepatient og havde fået pacemaker i 2021.") == ["hjertepatient", "pacemaker"]
    assert values("Patient: known asthmatic, uses an inhaler") == ["asthmatic"]
    assert values("Far fortæller, at han er vokset op i en alevitisk familie.") == ["alevitisk"]
    assert values("Jeg har fortalt min mor, at jeg er bi.") == ["jeg er bi"]
    assert values("Hun siger, at børnenes far sidder i Vestre.") == ["sidder i Vestre"]
    assert values("Afdøde havde en alkoholdemens de sidste år.") == ["alkoholdemens"]
    # A suspected condition names it, listed or not.
    assert values("Lasse er kørt til Herlev, mistanke om commotio cerebri.") == [
        "commotio cerebri"
    ]


def test_holdout157_to_160_words_that_are_not_about_a_person():
    # "blind alarm" is a false alarm; "bi" alone is a bee.
    assert values("Min nabo klager over regningen for en blind alarm i hans lejlighed.") == []
    assert values("Han blev stukket af en bi i haven.") == []


def test_holdout161_to_164_words_about_a_person():
    assert values("Hun fortæller, at hun har solgt sex i området omkring Halmtorvet.") == [
        "solgt sex"
    ]
    assert values("Hun blev identificeret som offer for menneskehandel i februar.") == [
        "identificeret som offer"
    ]
    assert values("Klienten har været offer for menneskehandel.") == ["offer for menneskehandel"]
    assert values("Valentina er en transkvinde, der har arbejdet som escort siden 2019.") == [
        "transkvinde", "arbejdet som escort"
    ]
    assert values("She told us she was trafficked to Italy in 2016.") == ["trafficked"]
    assert values("Kardiologen mener ikke, han bør vente så længe pga. ustabil angina.") == [
        "angina"
    ]
    assert values("Patient Liva Thomsen venter på en skeleoperation.") == ["skeleoperation"]
    assert values("She has been going to Odense for IVF treatment since August.") == ["IVF"]


def test_away_on_a_course_is_no_teaching_material():
    # "på kursus" says where someone is; "kurset om demens" is teaching material.
    assert values("Mette Hansen har diabetes og er på kursus i denne uge.") == ["diabetes"]
    assert values("Kurset om demens er for pårørende til mennesker med demens.") == []


def test_arrears_as_such_are_financial_not_a_social_condition():
    # DOMAIN.md lists "restance" under financial data; rent arrears put a home at risk.
    assert values("Fru Hansen har en restance på 5.870 kr. på fjernvarmen.") == []
    assert values("Vi har sat lønindeholdelse i gang hos Per Holm.") == []
    assert values("Per Holm blev sat ud på grund af huslejerestance.") == ["huslejerestance"]
    assert values("Han er RKI-registreret siden 2021, oplyser Per Holm.") == ["RKI-registreret"]


def test_a_court_step_or_the_criminal_case_itself_is_no_finding():
    # A victim's lawyer and an interpreter name them too; the charge or the sentence tells.
    assert values("Klienten Ole Hansen er forurettet i straffesagen mod naboen.") == []
    assert values("Tolken var med ved grundlovsforhøret for Ole Hansen.") == []
    assert values("Ole Hansen er sigtet for vold.") == ["sigtet for vold"]


def test_a_condition_of_animals_is_no_finding():
    # An inspector's notes on a farm or a hoarding case: the animals' conditions, no person's.
    assert values("Landmanden har 14 grise med store navlebrok uden for sygesti.") == []
    assert values(
        "14 chihuahuaer + 2 blandingshunde. flere med hudinfektion, en tæve med juvertumor."
    ) == []
    # A person in the sentence keeps it theirs; "får" (gets) and "kat." (category) are no animals.
    assert values("Hun har en hund og har diabetes.") == ["diabetes"]
    assert values("Ellen har KOL og får ilt 16 timer i døgnet.") == ["KOL", "ilt"]


def test_holdout165_to_168_words_about_a_person():
    assert values("Han har sagt til mig, at han har tænkt på at gøre en ende på det.") == [
        "gøre en ende på det"
    ]
    assert values("En mand har forgrebet sig seksuelt på hende, fortæller Amira.") == [
        "forgrebet sig"
    ]
    assert values("Bilal H. – latent TB, starter forebyggende behandling mandag.") == ["TB"]


def test_a_writer_who_gives_their_name_writes_about_themself():
    # A long letter with no "han"/"hun" and a name no list knows well is still no guide when the
    # writer names themself.
    letter = (
        "Hej studievejledning\n\nJeg hedder Sine Rasmussen Holm og læser psykologi på 4. semester. "
        "Jeg har været sygemeldt siden marts pga en depresion og er startet på medicin i april. "
        + "Jeg nåede ikke at gå op til eksamen, og jeg er bange for at miste min SU. " * 6
    )
    assert len(letter) > 400
    assert "sygemeldt" in values(letter)
    assert rule_values(letter.replace("Jeg hedder Sine Rasmussen Holm og læser", "Man læser")) == []


def test_calling_in_sick_and_sick_leave_in_a_compound():
    assert values("Birgitte har lige ringet og meldt sig syg igen.") == ["meldt sig syg"]
    assert values("Hun ringede sig syg i morges.") == ["ringede sig syg"]
    assert values("Han er fuldtidssygemeldt siden marts.") == ["fuldtidssygemeldt"]
    assert values("Hvis medarbejderen ikke melder sig syg til tiden, kan man give en advarsel.") == []


def test_holdout177_to_180_words_about_a_person():
    assert values("Hun fik ledegigt i hænderne, siger Inge.") == ["ledegigt"]
    assert values("Det er rigtigt, at jeg fik 30 dages betinget i 2016.") == ["dages betinget"]
    # "paranoid*" is listed since holdout501, and the two words are one finding.
    assert values("Han har paranoide vrangforestillinger og hørehallucinationer.") == [
        "paranoide vrangforestillinger", "hørehallucinationer"
    ]
