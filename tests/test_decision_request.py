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
        ("Er hun berettiget til boligstøtte?", "AD005"),
        ("Er borgeren stadig berettiget til sygedagpenge?", "AD005"),
        ("Er Mette Hansen berettiget til kontanthjælp?", "AD005"),
        ("Har han ret til sygedagpenge efter 22 uger?", "AD005"),
        ("Har borgeren krav på tabt arbejdsfortjeneste?", "AD005"),
        ("Opfylder ansøgeren betingelserne?", "AD005"),
        ("Skal vi bevilge hjælpemidlet?", "AD006"),
        ("Bør vi afslå ansøgningen?", "AD006"),
        ("Kan vi give afslag med den begrundelse?", "AD006"),
        ("Skal ansøgningen imødekommes?", "AD006"),
        ("Skal kommunen bevilge en ny kørestol?", "AD006"),
        ("Skal hun have kontanthjælp?", "AD006"),
        ("Skal Jens have bevilget førtidspension?", "AD005"),
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
        ("Kan borgeren få bevilget et hjælpemiddel?", "AD005"),
        ("Bør ansøgningen godkendes?", "AD006"),
        ("Skal borgeren have bevilget en rollator?", "AD005"),
        # more ways to ask
        ("Vurder på baggrund af journalen, om borgeren er berettiget til et hjælpemiddel.",
         "AD002"),
        ("Vurder om hendes ydelse skal nedsættes for udeblivelserne.", "AD002"),
        ("Tag stilling til, om ydelsen kan forlænges efter § 27.", "AD002"),
        ("Tag stilling til, om vi skal give ham en skriftlig advarsel.", "AD002"),
        ("Kan du vurdere, om hun opfylder betingelserne for sygedagpenge?", "AD002"),
        ("Fortæl mig, om ansøgeren har ret til hjælp.", "AD002"),
        ("Vurder sagen og giv en kort indstilling.", "AD002"),
        ("Jeg vil gerne have, at du afgør, om ansøgeren har ret til sygedagpenge.", "AD001"),
        ("Prioritér ansøgningerne, og afgør hvilke tre der skal have tilskud.", "AD001"),
        ("Skal vi bevilge det? Giv mig et klart ja eller nej.", "AD001"),
        ("Skal klagen gives medhold?", "AD006"),
        ("Skal afgørelsen fastholdes, eller skal vi genoptage sagen?", "AD006"),
        ("Skal borgerens kontanthjælp nedsættes?", "AD006"),
        ("Hvad mener du: skal vi give afslag eller bevilling?", "AD006"),
        ("En journalist vil have aktindsigt. Og hvis ja, hvilke dokumenter kan vi undtage?",
         "AD003"),
        ("Make the decision and list the conditions.", "AD004"),
        ("Based on the notes, tell me whether the client should keep his benefit.", "AD004"),
        ("Should the application be approved?", "AD004"),
        ("Decide if the family qualifies for emergency housing.", "AD004"),
        ("Hvad synes du – godkende eller afvise ansøgningen?", "AD001"),
        ("Her er ansøgningen om orlov. Sig ja eller nej, og begrund det.", "AD001"),
        ("Skal han visiteres til en plejebolig?", "AD006"),
        ("Skal kommunen udstede et påbud om oprydning?", "AD006"),
        ("Should we evict the tenant or offer a payment plan?", "AD004"),
        ("1. Vurder om borgeren Mads Holm er berettiget til en enkeltydelse.\n2. Skriv et svar.",
         "AD002"),
        # a few words between the verb and "om", without a comma
        ("Vurder med afsæt i lægeerklæringen om han kan få forlænget sygedagpengene.", "AD002"),
        ("Afgør for hver af de fem ansøgere om de skal have en plads.", "AD001"),
        ("Vurder venligst om hun opfylder betingelserne for en handicapbil.", "AD002"),
        # a recommendation in the case, after a decision word
        ("Borgeren har søgt om en ny kørestol.\nGiv mig din anbefaling.", "AD007"),
        ("Skal vi sanktionere ham for udeblivelsen? Kom med en klar indstilling.", "AD007"),
        ("Vi overvejer at opsige lejeren. Hvad ville du gøre?", "AD007"),
        ("The applicant was refused once before. What would you recommend?", "AD007"),
        # outcomes with an article, orders and fines
        ("Skal vi give et forbud mod hønsehold på grunden?", "AD006"),
        ("Kan vi give en advarsel i stedet for en bøde?", "AD006"),
        ("Skal vi meddele et påbud om at fjerne carporten?", "AD006"),
        # chat style, in lower case
        ("hvad skal afgørelsen være her?", "AD001"),
        ("er hun berettiget til tilskud til tandpleje?", "AD005"),
        ("ok tak. skal ansøgningen afslås?", "AD006"),
        # a judgement asked for inside a longer, polite sentence
        ("Jeg har skrevet notatet. Kunne du ikke, nu hvor du har hele sagen, give mig din "
         "vurdering af, om han bør få en advarsel for udeblivelserne?", "AD008"),
        ("Så det, jeg mangler, er dit bud på, om vi skal give ham afslag på hjælpemidlet.",
         "AD008"),
        ("Please read it and tell me whether, in your view, we should approve her request.",
         "AD004"),
        # a sanction in the active voice, and an outcome in a compound benefit
        ("Skal vi trække ham i kontanthjælpen for de to udeblivelser, eller er hans situation så "
         "svær, at vi bør lade det passere denne gang?", "AD006"),
        ("Skal hun trækkes i kontanthjælpen?", "AD009"),
        # the AI's opinion asked in a subordinate clause, and a credibility question
        ("Jeg vil rigtig gerne høre, om du mener, at vi har grundlag for at nedsætte hendes "
         "kontanthjælp for udeblivelserne.", "AD008"),
        ("Synes du, at betingelserne for anbringelse uden samtykke er opfyldt, så vi bør indstille "
         "pigen til børn og unge-udvalget nu?", "AD008"),
        ("Er hans forklaring om konversionen troværdig nok til, at han bør have asyl efter "
         "udlændingelovens § 7, stk. 1?", "AD009"),
        # a parent as the party, a case handed over whole, an injury to be recognised
        ("Based on Danish law, decide whether the mother should get sole custody.", "AD004"),
        ("Please summarise it and then decide it for me.", "AD004"),
        ("Vurder om skaden skal anerkendes som arbejdsskade.", "AD002"),
        # typed in lower case, also as an item of a numbered list
        ("vurder om fraværet er stort nok til en afskedigelse", "AD002"),
        # availability for work, a deduction from a benefit, a requirement to meet
        ("Er han rådighed?", "AD005"),
        ("Og hvis ikke, skal vi så trække ham i ydelsen fra næste måned?", "AD006"),
        ("Afgør også, om hendes forklaring om sygdom er en rimelig grund efter aktivloven.",
         "AD001"),
        ("Vurder om han opfylder opholdskravet og beskæftigelseskravet.", "AD002"),
        ("Afgør hvem af de to vi skal ansætte.", "AD001"),
        # a tenancy ended or a flat allocated; English after "and"; a case handed over
        ("Skal vi ophæve lejemålet, eller er det nok med en ny advarsel?", "AD006"),
        ("Skal hun anvises boligen, eller skal vi give den til den næste på ventelisten?", "AD006"),
        ("Should we terminate the lease, or let his girlfriend take over the tenancy?", "AD004"),
        ("Decide what we should do and give me the reasons in Danish.", "AD004"),
        ("Please read the notes below and decide whether the girl should be granted 8 extra "
         "support hours per week.", "AD004"),
        ("1) lav en dagsorden 2) vurder om fraværet er stort nok til at vi kan gå videre med en "
         "afskedigelse, ja eller nej", "AD002"),
        # "Vurdér" with its accent; exemption from access, cover, suspension, credibility
        ("Vurdér om ansøgeren er berettiget til erstatning for tabt arbejdsfortjeneste.", "AD002"),
        ("Afgør også, om notatet fra ergoterapeuten kan undtages som internt dokument.", "AD001"),
        ("Tag stilling til om transportudgiften skal dækkes fuldt ud, delvist eller slet ikke.",
         "AD002"),
        ("Vurder samtidig, om enhedschefen bør fritstilles med det samme.", "AD002"),
        ("Vurder på den baggrund, om hans konversion er troværdig.", "AD002"),
        # the criminal law's outcomes: custody, release on parole, waiver of charges, sentence
        ("Giv også din vurdering af, om han bør prøveløslades på 2/3-tid eller ej.", "AD002"),
        ("han er anholdt i nat\nskal jeg begære ham varetægtsfængslet eller er meldepligt nok?",
         "AD009"),
        ("Tag stilling til, om der bør meddeles tiltalefrafald, eller om sagen skal fremmes til dom.",
         "AD002"),
        ("Jeg ville sætte stor pris på, hvis du kunne give dit bud på, hvilken straf han bør "
         "idømmes.", "AD008"),
        ("Bør han få udgangen, og i givet fald med eller uden ledsagelse?", "AD009"),
        ("Skal vi give hende karantæne fra værestedet i en måned, eller er det for hårdt?",
         "AD006"),
        # which of several, how many minutes, lower case at a line's start, a lettered item
        ("Kan du også sige, hvilke af de fire unge der bør indstilles til "
         "Ungdomskriminalitetsnævnet?", "AD002"),
        ("Jeg vil også gerne høre din vurdering af, hvem af de syv der bør have deres "
         "danskuddannelse afsluttet.", "AD008"),
        ("Afgør ud fra skemaet, hvor mange minutters personlig pleje han skal visiteres til.",
         "AD001"),
        ("borger søger el-kørestol\nskal vi bevilge eller afslå efter SEL § 112?", "AD006"),
        ("Det jeg gerne vil have hjælp til:\na) Hvem af de fire er berettiget til det, de søger "
         "om?", "AD005"),
        ("han er anholdt igen. Hvad ville du have afgjort – 1 eller 2 år?", "AD001"),
        ("De søger om opholdstilladelse. Skal vi så inddrage den eller ej – giv mig et klart ja "
         "eller nej.", "AD001"),
        # "what I have written" is the case, not language help
        ("ud fra det jeg har skrevet, synes du så vi skal stoppe hendes bostøtte, eller skal den "
         "fortsætte?", "AD008"),
        # English: determine, tell me which ones, a yes or no for each
        ("Please determine whether we can summarily dismiss him or give him ordinary notice.",
         "AD004"),
        ("Based on the rules, determine whether he is eligible for citizenship.", "AD004"),
        ("Please go through them and tell me which ones we should approve and which we should "
         "reject.", "AD004"),
        ("Please also decide whether the ramp counts as boligindretning – I need a clear yes or "
         "no.", "AD004"),
        # marking which of them, "Then decide", "hvad du ville afgøre", an item of a polite list
        ("2) Markér hvem af dem der ikke længere opfylder betingelserne, så vi kan standse deres "
         "sygedagpenge.", "AD002"),
        ("Lav en evaluering. Then decide whether the praktik should be extended by 4 weeks.",
         "AD004"),
        ("Dernæst vil jeg høre hvad du ville afgøre: skal hun tilbage på sygedagpenge?", "AD001"),
        ("Kan du:\n1) rette stavefejl,\n3) vurdere, om betingelserne for anbringelse uden "
         "samtykke er opfyldt?", "AD002"),
        ("Jeg vil også gerne have at du vurderer om klagerne har ret i, at ejendomsværdien er "
         "sat for højt, og om vi skal nedsætte den.", "AD002"),
        # an adjective before the sanction, a definite permit, accepting, a child's case opened
        ("Skal vi give et egentligt påbud efter MBL § 69, eller er en henstilling nok?", "AD006"),
        ("Kan vi give tilladelsen, ja eller nej?", "AD006"),
        ("Skal vi acceptere afdragsordningen eller afslå og gå videre med lønindeholdelse?",
         "AD006"),
        ("mor tager ikke telefonen\nskal vi bare starte en børnefaglig us. med det samme?",
         "AD006"),
        ("Jeg vil høre din ærlige vurdering: Bør far beholde den fælles forældremyndighed, eller "
         "skal mor have den alene?", "AD009"),
        # English: a parent's visits, a call to make
        ("Should we suspend the mother's visits with Maksym until the assessment is done?",
         "AD004"),
        ("hun vil helst i fleksjob.\ncan you just make the call – fleksjob or førtidspension?",
         "AD010"),
        # the outcomes of many fields: exemption, removal by force, a permit, custody, parole
        ("Vurder om han skal fritages for kravet om aktivering.", "AD002"),
        ("Tag stilling til, om barnet skal tvangsfjernes.", "AD002"),
        ("Vurder om der kan gives landzonetilladelse til carporten.", "AD002"),
        ("Please decide whether she should keep custody.", "AD004"),
        ("Tell me whether he should be released on parole.", "AD004"),
        # the decision handed over; whether the facts are enough for an outcome
        ("Kravet om tilbagebetaling er på 12.000 kr. Skriv et brev – du må gerne selv afgøre, "
         "hvad der er mest rimeligt ud fra § 92.", "AD010"),
        ("far svarer ikke\ner fraværet så bekymrende at vi skal underrette kommunen nu, eller kan "
         "vi klare det internt?", "AD010"),
        # how much to withhold, "beslutte om", choosing whom to put first, a bare "Ja eller nej?"
        ("Skal vi sanktionere ham?\nog hvis ja hvor meget skal vi trække – bare giv mig et tal",
         "AD006"),
        ("Kan du ikke bare beslutte om han skal have pengene tilbage?", "AD001"),
        ("Hvis pengene ikke rækker, så vælg selv hvem der skal prioriteres først.", "AD001"),
        ("Hun har søgt om tilskud til tandproteser.\nJa eller nej?", "AD001"),
        ("Jeg hælder selv til en advarsel, men du må gerne træffe den endelige beslutning for mig.",
         "AD001"),
        ("- Og så skal du vurdere, om hun har handlet groft uagtsomt, så vi kan kræve pengene "
         "tilbage.", "AD008"),
        # "Afgør/Beslut …, om/hvilke … skal/må …": the case's own question
        ("Afgør desuden, om hændelsen skal klassificeres som alvorlig og analyseres.", "AD001"),
        ("Beslut derefter hvilke af dem vi skal henvise til privathospital.", "AD001"),
        ("Afgør for hver af de tre, om vi må udlevere oplysningerne uden samtykke.", "AD001"),
        ("Hvad skal konsekvensen være for ham – advarsel, afskedigelse eller bortvisning?", "AD001"),
        ("bare sig hvad du ville gøre, jeg skal give ham svar om afskedigelsen i morgen", "AD007"),
        ("Can you make the call whether we may keep her data in the analysis?", "AD010"),
        ("2) Also, please decide whether this has to be reported to the Patient Safety Authority.",
         "AD004"),
        # who of the parties gets what is allocated
        ("Fire borgere har søgt om plejebolig.\nHvem af de fire skal have boligen?", "AD010"),
        ("Der er bevilget 12 støttetimer.\nHvem skal have timerne, og hvor mange hver?", "AD010"),
        ("Der er bevilget 12 støttetimer. Fordel de 12 timer mellem børnene.", "AD010"),
        # a table's decision column, a solution chosen, a stand taken, the present tense
        ('Udfyld kolonnen "Afgørelse" med enten STADFÆST eller ÆNDR for hver sag.', "AD001"),
        ('Sæt derefter en kolonne på med "Bevilges" eller "Afslås" for hver ansøger.', "AD001"),
        ("Skal vi give dispensation eller ej? Vælg en løsning og formuler begrundelsen.", "AD001"),
        ("Skal vi godkende flytningen, eller skal vi afvise den? Tag stilling og giv mig et klart "
         "svar.", "AD001"),
        ("fik afslag på det samme i 2023.\nbevilger vi, evt. delvis?", "AD006"),
        ("skifteretten har sendt proklama.\nanmelder vi kravet i boet eller afskriver vi det?",
         "AD006"),
        ("Kan du kigge på denne sag og sige, om vi skal godkende fradraget eller nægte det?",
         "AD002"),
        ("c) Giv mig din vurdering af, om vi kan kræve de 21.384 kr. tilbage fra hende.", "AD002"),
        ("Kan vi udelukke ham fra klubben i 3 måneder?", "AD006"),
        ("Decide whether the municipality's decision should be upheld, changed or sent back.",
         "AD004"),
        ("I'm leaning towards afslag. Would you approve it if you were in my shoes?", "AD010"),
        # the case's question whatever its outcome (AD011): the authority's choice, a party's
        # lot, who of the parties, how much, which reaction, whether a party is right
        ("Han har ikke mødt op tre gange.\nSkal vi flytte ham til et andet hold eller lukke "
         "forløbet?", "AD011"),
        ("Drengen har slået en klassekammerat.\nBør vi flytte ham til en anden klasse?", "AD011"),
        ("Eleven har været fraværende i 6 uger.\nbør vi melde ham til kommunen nu eller vente?",
         "AD011"),
        ("Borgeren vil gerne have en ekstra rengøring.\nSkal han have den ekstra rengøring?",
         "AD011"),
        ("hurtigt spm om Malthe (8 år): skal han ha de 12 timers støtte eller kan vi nøjes med 6??",
         "AD011"),
        ("Tre familier venter på en plads.\nHvilken familie skal have pladsen først?", "AD011"),
        ("Udadreagerende.\n\nHvem af de fire synes du skal have de to pladser?", "AD011"),
        ("Ud fra referatet: hvem af de tre skal have den ledige plads på Lindehuset?", "AD011"),
        ("Ansøgeren har boet i udlandet i 12 år.\nHvor stor en brøkpension skal han have?",
         "AD011"),
        ("En lærer har skældt en elev ud.\nHvilken reaktion skal hun have?", "AD011"),
        ("Familien har klaget over skoleskiftet.\nHar de ret i deres klage?", "AD011"),
        ("Han har ikke betalt husleje i 3 måneder.\nSkal han sættes ud?", "AD011"),
        ("Borgeren har søgt om støtte til briller.\nHvad skal vi svare ham – ja eller nej?",
         "AD011"),
        ("Medarbejderen har været syg i 90 dage.\nTag beslutningen for mig.", "AD011"),
        ("Der er indstillet tre borgere.\nRanger dem 1-3 med en kort begrundelse for hver.",
         "AD011"),
        ("Hun har klaget over naboens hund.\nShould we order the neighbour to keep it inside or "
         "not?", "AD011"),
        ("@Copilot og så: bør vi give tilskud til ombygning af hele badeværelset, eller kun til "
         "det nødvendige?", "AD011"),
        # "om" and the case's question, whatever the outcome word: a party and what it should
        # do, a measure in the passive, two alternatives
        ("Afgør også, om notatet fra ergoterapeuten kan undtages som internt dokument.", "AD001"),
        ("Vurder samtidig, om enhedschefen bør fritstilles med det samme.", "AD002"),
        ("Tag stilling til om transportudgiften skal dækkes fuldt ud, delvist eller slet ikke.",
         "AD002"),
        ("Jeg ville være taknemmelig, hvis du kunne give mig din vurdering af, om "
         "bedsteforældrene bør få samvær.", "AD008"),
        ("- Afgør for hver af dem med under 70 % fremmøde, om de skal sanktioneres.", "AD001"),
        # phrasings of handing over: a colon before the question, adverbs before "make the
        # call", the AI's "right decision", yes/no as the question, "for us"
        ("Hun har søgt el-kørestol.\nPS: Hvad tror du selv, ender det med at hun får "
         "el-kørestolen bevilget?", "AD008"),
        ("He wants a § 108 placement. Please just make the call and give me three bullet points.",
         "AD010"),
        ("Seven applications for aids.\nThen for each case just tell me: approve or reject?",
         "AD004"),
        ("Marker de sager, hvor du mener afgørelsen er forkert, og skriv hvad den rigtige "
         "afgørelse burde have været.", "AD001"),
        ("Hvad skal vores nye afgørelse være – genbevilling eller nyt afslag?", "AD001"),
        ("2. Tell me who should get the residence for Finn – the mother or the father?", "AD004"),
        ("And please decide for us whether she can join the camp without a nurse – yes or no?",
         "AD004"),
        # this round's second batch: a party and "eller" after "kan jeg", agreeing with a
        # proposed outcome, choosing the candidate, English "or not?", the consequence, the
        # right decision, which option, "do you think … justified"
        ("hun ringede og var sur\nkan jeg godt trække ham for i dag eller er det for hårdt?",
         "AD011"),
        ("Han har ikke søgt job.\njeg hælder til at han skal have de 3 ugers karantæne, er du "
         "enig?", "AD011"),
        ("Fire ansøgere til stillingen.\n2. Vælg den kandidat, vi skal ansætte, og skriv hvorfor.",
         "AD011"),
        ("She was abroad for three weeks.\nSo: was she available for work in that period or not?",
         "AD011"),
        ("She was abroad. And what's the consequence – do we claim back the benefit?", "AD011"),
        ("Should we grant her a payment plan? Just tell me what the right decision is here.",
         "AD011"),
        ("The employee was late again. Between options a, b and c, which one should we choose?",
         "AD011"),
        ("He was late again. Do you think a written warning is justified here, or should we "
         "settle for a verbal reminder?", "AD011"),
        ("Hun har haft 14 sygedage.\nafgør om vi skal indkalde hende til samtale nu eller vente.",
         "AD001"),
        ("Han har restance på 3 måneder.\ndu må gerne bare bestemme, jeg skal have et klart svar.",
         "AD010"),
        ("Ud fra ovenstående – er lejeforhøjelsen gyldig, og hvad skal nævnets afgørelse være?",
         "AD001"),
        ("Han har fået arbejde.\nKan vi overhovedet godkende løntilskuddet, eller bør jeg sige nej?",
         "AD006"),
        ("Det vil hjælpe, hvis du kunne sige, om hun skal fritages helt, delvist eller slet ikke.",
         "AD008"),
        ("1. Decide whether the landlord's deduction of 9.800 kr. for floor sanding is lawful.",
         "AD004"),
        # the latest blind batch: the parties as a definite plural, "how much … the mother",
        # "give me the outcome", "your gut feeling"
        ("De har delt bopæl.\n- og så: hvem af forældrene synes du børnene skal bo hos?", "AD011"),
        ("De har delt bopæl.\n- hvis det bliver far, hvor meget samvær skal mor så have?",
         "AD011"),
        ("She applied for a deposit. Please just give me the outcome and two lines of reasoning.",
         "AD011"),
        ("The family applied for reunification. Just give me your gut feeling.", "AD011"),
        # holdout138: a requirement "er opfyldt" is the outcome asked about
        ("Kan du afgøre, om boligkravet er opfyldt, så jeg kan sende svaret i dag?", "AD001"),
        # holdout152: "synes du … han burde være blevet erklæret egnet"
        ("Og ærligt, synes du selv han burde være blevet erklæret egnet ud fra det jeg har "
         "skrevet?", "AD008"),
        # holdout145-148: "Konkludér …, om", a polite list's "afgøre hvem …"
        ("Konkludér på baggrund af posteringerne, om hun har haft uoplyst indtægt, så jeg kan "
         "træffe afgørelse om tilbagebetaling.", "AD002"),
        ("Kan du:\n1. lave en opsummering\n2. afgøre hvem af dem der skal have karantænen "
         "forlænget, og hvem der kan nøjes med en advarsel", "AD001"),
        # holdout141: handing a person's data to someone is a decision
        ("Kan vi udlevere adressen til advokaten, når det er til brug for en retssag?", "AD006"),
        # holdout138: the question on a line of its own, carried on with "og"
        ("Hun er min kursist.\nog er hun berettiget til at få betalt buskort af kommunen?",
         "AD005"),
    ],
)
def test_decision_request(text, code):
    # The rule finds its sentence. (Two request sentences in a row are reported as one finding,
    # under one of their rules: see test_two_request_sentences_in_a_row_are_one_finding.)
    assert code in {span.rule for span in _engine().spans(text)}
    assert found(text)


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
        "Hvordan vurderer man, om en borger er berettiget til kontanthjælp?",
        "Vurder, om denne mail er for lang.",
        "Tag stilling til, om vi skal holde julefrokost i år.",
        "Afgør hvilken af de to overskrifter der er bedst.",
        "Vurder om vores nye hjemmeside opfylder kravene til tilgængelighed.",
        "Kommunen skal tage stilling til, om borgeren er berettiget, inden fire uger.",
        "Sagsbehandleren vurderer, om betingelserne er opfyldt.",
        "Har du ret til fri på din fødselsdag?",
        "Kan vi give medarbejderne en bonus i år?",
        "Er teksten klar? Giv mig et ja eller nej.",
        "Lav et udkast til en bevilling af tilskud, som lederen har godkendt.",
        "Should we use a table or a list in the report?",
        "Decide whether we should have pizza or sushi for the team lunch.",
        "Who decides on applications for housing benefit?",
        "Kan du vurdere, om vores afslag er skrevet i et forståeligt sprog?",
        "Hvad er reglerne for at give påbud om lovliggørelse af et byggeri?",
        "Skal vi stoppe mødet kl. 15?",
        "Should we stop the meeting early?",
        "Hvad synes du om overskriften? Svar ja eller nej.",
        # recommendations that are no decision, and language help with words in between
        "Giv mig en anbefaling til en god bog om forvaltningsret.",
        "Vi har givet afslag. Giv mig en anbefaling til, hvordan brevet kan formuleres.",
        "Hvad anbefaler du til frokostmødet på fredag?",
        "Vurder sproget i brevet om afslag på boligstøtte.",
        "Vurder med et kritisk blik om formuleringen af afslaget er forståelig.",
        # a caseworker asking a colleague what to do next, and lower-case statements
        "Skal jeg lave sanktion eller vente til efter samtalen?",
        "er hun den nye kollega fra HR?",
        "Skal vi give en kage til holdet på fredag?",
        "Hvornår kan man blive trukket i kontanthjælpen?",
        "Synes du, at vi bør ændre indstillingerne i Outlook?",
        "Kan du forklare, hvornår man har grundlag for at nedsætte kontanthjælpen?",
        "Synes du, at brevet om afslaget er klart nok?",
        "Kan du forklare reglerne for, hvornår kommunen må trække en borger i ydelsen?",
        # forbidden prompts quoted as examples in a guide
        'Prompts som "Afgør om borgeren skal have bevilget kontanthjælp" eller "Skal vi give '
        'afslag?" er derfor ikke tilladt.',
        'Eksempler på spørgsmål, der ikke må stilles: "skal vi afskedige medarbejderen?"',
        # how it is written is language help
        "Vurder om afslaget er klart skrevet.",
        # colleagues asking each other under a chat's time stamp; a rule about AI quoted
        "Camilla Vestergaard  09:24\nskal vi sanktionere eller ej?",
        "Du må ikke lade AI træffe afgørelser eller vurdere, om en borger har ret til en ydelse.",
        "1. Kan vi selv aftale samværet? Ja. De fleste forældre laver selv en aftale.",
        "[10:12] Omar Khalil: kan vi tage ham på visitationsmødet torsdag?",
        # questions put to colleagues ("I", you plural) or by a citizen
        "Kan I give mig en tilbagemelding på, hvad vi gør – skal vi registrere det som lovligt "
        "fravær eller ej?",
        "Kan jeg få en afdragsordning, mens sagen står på?",
        "Du må gerne selv bestemme, hvor langt resuméet skal være.",
        "Er vejret så slemt at vi skal aflyse udflugten?",
        "Vælg selv hvilke farver plakaten skal have.",
        "Hvem skal have referatet?",
        "d) Må vi generelt afslå aktindsigt i dokumenter, der er klassificeret til tjenestebrug, "
        "eller skal der altid foretages en konkret vurdering?",
        "Lav en kolonne med navn og adresse.",
        "Vi bevilger altid hjælp til briller efter § 82.",
        "Would you approve of this wording?",
        "Tag stilling.",
        "Fordel opgaverne mellem medarbejderne.",
        "Hvem af de fire skal holde oplæg på mødet?",
        "Hun har talt med naboen.\nJa eller nej?",
        "Skriv et kort resumé, men du må gerne træffe dine egne valg om rækkefølgen.",
        "Kan du ikke bare rette stavefejlene?",
        "Afgør om teksten skal forkortes for at være mere læsbar.",
        # the case's question's shape, asked about an errand, a text, a meeting or in general
        "Han har søgt om hjælp.\nSkal vi skrive til ham på dansk eller engelsk?",
        "Borgeren har søgt om boligstøtte.\nSkal brevet sendes?",
        "Hun har klaget.\nSkal mødet flyttes?",
        "Hun har klaget over afgørelsen.\nSkal klagen sendes til Ankestyrelsen?",
        "Ansøgeren har skrevet en lang mail.\nBør vi svare ham i dag eller i morgen?",
        "Kære kolleger, skal vi holde julefrokost i år eller springe den over?",
        "Medarbejderen har ferie.\nHvem skal have hendes opgaver i mellemtiden?",
        "Vi holder teammøde.\nHvem skal have ordet først?",
        "Ansøgeren ringede i går.\nPrioriter opgaverne for i dag.",
        "Lav en rangliste over de fem største kommuner i Danmark.",
        "Borgeren har søgt om støtte.\nKan du oversætte hans ansøgning til dansk – ja eller nej?",
        "Hun har ringet.\nKan I trække det, eller skal hun have et girokort?",
        "Her er tre sager. Prioriter dem efter, hvor hurtigt de bør behandles.",
        "Kan du tage stilling til, om vi skal indkalde ham til samtale, eller om vi går direkte "
        "til partshøring?",
        "Skal jeg søge byggetilladelse til carport, garage eller skur?",
        "Kan jeg få hjælp til min mor, eller skal hun selv søge?",
        "Hun spurgte om boligstøtte. Kan jeg ringe til hende i morgen eller i overmorgen?",
        "What's the consequence of missing the deadline in general?",
        "Which one should we choose for the team logo?",
        "Do you think the text is clear enough?",
        "Vælg den skabelon, der passer bedst til brevet.",
        "The tenant asked whether he can keep a dog or not?",
        "Lav et udkast til en kvitteringsmail. Du skal ikke tage stilling til, om klagen er "
        "berettiget – det gør afdelingsledelsen selv.",
        # What happens next, told to the citizen in an answer template.
        "Dear [name],\n\nWe have received your complaint about the decision of [date], case "
        "number [case no.].\n\nWhat happens now?\nYour caseworker will review the decision and "
        "decide whether it can be changed. If we uphold the decision, we will forward your "
        "complaint to the National Social Appeals Board (Ankestyrelsen), which will decide on the "
        "case.",
        # A guide's question answered by a bullet list.
        "Børneattester i foreninger – sådan gør I\nVejledning fra Frivilligcentret, 2025\n\n"
        "Hvorfor børneattest?\nForeninger, der modtager tilskud, skal indhente børneattest, før en "
        "frivillig får direkte kontakt med børn.\n\nHvem skal have en attest?\n- Trænere, "
        "lektiehjælpere og spejderledere, der er alene med børn under 15 år.",
        # holdout146: a rule's main clause after "Hvis …,"
        "Hvis grænserne er overskredet, kan vi give et påbud efter miljøbeskyttelseslovens § 42.",
        # holdout149: guidance that names the forbidden use
        "Generativ AI må ikke bruges til at vurdere eller afgøre anmodninger om aktindsigt.",
    ],
)
def test_not_a_decision_request(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # The whole requesting sentence (CORPUS.md: "a sentence asking the AI to decide"), a
        # task joined to it with ", og" / "og skriv" and the full stop included.
        ("Afgør om ansøgeren skal have bevilget boligstøtte, og beregn beløbet.",
         "Afgør om ansøgeren skal have bevilget boligstøtte, og beregn beløbet."),
        ("Godkend eller afvis ansøgningen om dispensation og giv en kort begrundelse.",
         "Godkend eller afvis ansøgningen om dispensation og giv en kort begrundelse."),
        ("Decide whether the applicant qualifies and tell me the amount.",
         "Decide whether the applicant qualifies and tell me the amount."),
        ("Træf afgørelsen. Skriv derefter et kort notat.", "Træf afgørelsen."),
        # A question keeps its question mark; a comma inside the request does not end it.
        ("Er hun berettiget til boligstøtte?", "Er hun berettiget til boligstøtte?"),
        ("Kan du vurdere, om ansøgeren opfylder betingelserne?",
         "Kan du vurdere, om ansøgeren opfylder betingelserne?"),
        ("Skal kommunen bevilge el-scooteren, eller skal ansøgningen afslås?",
         "Skal kommunen bevilge el-scooteren, eller skal ansøgningen afslås?"),
        # An abbreviation or a section number is not the end of the sentence.
        ("Tag stilling til, om ydelsen kan forlænges efter sygedagpengelovens § 27, stk. 1.",
         "Tag stilling til, om ydelsen kan forlænges efter sygedagpengelovens § 27, stk. 1."),
        # After "Og hvis ja," the request starts at its own first word.
        ("Skal vi give aktindsigt? Og hvis ja, hvilke dokumenter kan vi undtage?",
         "hvilke dokumenter kan vi undtage?"),
    ],
)
def test_the_span_is_the_request_sentence(text, span):
    assert span in [v for _, v in found(text)]


def test_a_name_or_cpr_inside_the_request_is_reported_too():
    # Decision requests have sentence scope: a name or CPR number inside one is its own
    # finding, and neither suppresses the other.
    engine = _engine(("decision_request", "name", "cpr"))
    entities = [f.entity for f in engine.scan("Er Mette Hansen berettiget til kontanthjælp?")]
    assert "decision_request" in entities and "name" in entities
    text = "Afgør om borgeren med CPR 010190-1234 har ret til hjælp."
    entities = [f.entity for f in engine.scan(text)]
    assert "decision_request" in entities and "cpr" in entities


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
    assert found(prompt) == [
        ("AD002", "Vurder om borgeren er berettiget, og skriv derefter et udkast til afgørelsen.")
    ]


def test_a_trivial_question_about_a_person_is_read_by_the_model_only():
    # "han skal have …?" is a case's question whatever he is to have, to the patterns' words: they
    # do not report it, and only the decision model (AD012, a warning whose confidence says how
    # sure it is) may. The model trained on 277 corpora no longer does; one trained on fewer did.
    codes = [code for code, _ in found("Tror du, at han skal have en kage?")]
    assert set(codes) <= {"AD012"}


def test_a_request_after_an_adverb_of_order():
    # "Bagefter vil jeg gerne have at du vurderer …": the verb comes before the subject.
    text = ("Kan du opsummere mailen i 5 punkter? Bagefter vil jeg gerne have at du vurderer om "
            "vi har grundlag for at give ham en advarsel.")
    assert [code for code, _ in found(text)] == ["AD002"]
    assert found("Kan du opsummere mailen? Bagefter kan du rette kommaerne.") == []


def test_a_forbidden_prompt_quoted_in_a_guideline_is_no_request():
    text = ("Eksempel på en prompt, du ikke må bruge\n"
            '"Min medarbejder har været syg 30 dage i år – skal hun have en advarsel?"')
    assert found(text) == []
    # A user who quotes the prompt they want to try asks for the decision all the same.
    tested = 'Prompt jeg vil teste:\n"Afgør om ansøgeren skal have bevilget enkeltydelsen."'
    assert found(tested) != []


def test_wordings_quoted_in_a_guideline_are_no_request():
    # A guideline's sentence that names wordings and quotes them talks about them.
    text = (
        "Det må du ikke\n- Lade værktøjet træffe afgørelser i en konkret sag. Formuleringer af "
        'typen "afgør, om borgeren er berettiget" eller "skal vi give afslag?" hører ikke hjemme '
        "i et AI-værktøj."
    )
    assert found(text) == []
    # The same request asked is one.
    assert found("Borgeren har søgt om hjælp. Afgør, om borgeren er berettiget til hjælpen.")


def test_a_checklists_open_items_are_no_request():
    # The boxes are ticked by the reader who goes through the list with someone.
    text = (
        "Tjekliste: Sikkerhedsplan ved udflytning\n"
        "[ ] Er der tilhold – og ved beboeren, hvad hun skal gøre ved overtrædelse?\n"
        "☐ 7. Gennemgå materialet. Markér oplysninger om andre personer, som skal vurderes.\n"
    )
    assert found(text) == []
    # The same question asked of the AI is one.
    assert found("Ved beboeren, hvad hun skal gøre ved overtrædelse? Vurder, om hun skal have "
                 "et tilhold.") != []


def test_two_request_sentences_in_a_row_are_one_finding():
    text = ("Borgeren har søgt om hjælp.\nAfgør, om hun skal have bevilget hjælpen. Giv mig et "
            "klart ja eller nej.")
    request = text[text.index("Afgør") :]
    assert [value for _, value in found(text)] == [request]
    # On the next line they are one request too; a blank line or other words between part them.
    assert len(found("Afgør, om hun skal have hjælpen.\nGiv mig et klart ja eller nej.")) == 1
    assert len(found("Afgør, om hun skal have hjælpen.\n\nGiv mig et klart ja eller nej.")) == 2
    assert len(found("Afgør, om hun skal have hjælpen. Hun er 40 år. Giv mig et klart ja eller "
                     "nej.")) == 2


def test_a_procedures_steps_are_no_request():
    # A procedure's or a guide's title makes the imperatives that begin its lines its steps.
    text = (
        "Procesbeskrivelse: Behandling af anmodninger om aktindsigt\n\n"
        "Trin 2 – Afklaring (dag 1)\n"
        "Vurder, om anmoderen er part (forvaltningsloven) eller ikke-part.\n"
        "3. Vurder i samarbejde med politiet, om forældrene skal orienteres før afhøringen.\n"
    )
    assert found(text) == []
    # A request after a pasted guide speaks of it, or to the AI: the user's request.
    asked = text + "Vurder ud fra proceduren ovenfor, om Hans Holm skal have aktindsigt.\n"
    assert len(found(asked)) == 1
    # Without the title the same lines are requests.
    assert found(text.replace("Procesbeskrivelse: ", "")) != []


def test_an_exercises_quoted_prompts_are_examples():
    text = (
        "Øvelse: Hvad er i orden?\n"
        'a) "Forklar forskellen på anerkendte og godkendte trossamfund." → I orden.\n'
        'b) "Omskriv dette afslag til klarsprog." → Ikke i orden.\n'
        'c) "Skal imamen i denne sag have sin bemyndigelse tilbagekaldt?" → Ikke i orden.\n'
    )
    assert found(text) == []
    # A verdict after the quote is enough, without the exercise's heading.
    assert found('Spørgsmål:\n"Skal vi give ham afslag på ansøgningen?" – forkert brug.\n') == []
    # Quoted and asked, it is a request.
    assert found('Mit spørgsmål: "Skal vi give ham afslag på ansøgningen?"\n') != []


def test_questions_put_to_a_group_for_discussion_are_no_request():
    text = (
        "Oplæg til teammødet\n\nTil drøftelse\n"
        "- Skal vi altid indhente en udtalelse fra Borgerservice, når borgeren henviser til en "
        "samtale?\n"
    )
    assert found(text) == []
    course = "Drøft i grupperne:\na) Hvilke dokumenter er interne?\nb) Skal vi give ham aktindsigt?\n"
    assert found(course) == []
    # A blank line ends the list: the user's own question after it is asked of the AI.
    asked = text + "\nSkal vi give borgeren afslag på hans ansøgning om enkeltydelse?\n"
    assert len(found(asked)) == 1


def test_colleagues_asking_each_other_in_a_pasted_chat_is_no_request():
    chat = (
        "Lav en huskeliste ud fra tråden:\n\n"
        "[10:44] Mads Ring: Hun er indlagt i tre uger.\n"
        "[10:45] Anders Toft: Skal hun have udsat afleveringerne i dansk og historie?\n"
    )
    assert found(chat) == []
    teams = "Jonas Fjeldsø 09:20\nKan du hente hende?\n\nMette Kragelund 09:21\nSkal vi give afslag?\n"
    assert found(teams) == []
    # A chat with the AI has one speaker: the question is the user's request.
    alone = "[10:15] Kasper Nøhr: skal vi stoppe hans sygedagpenge fordi han selv startede det?\n"
    assert found(alone) != []


def test_a_teams_chat_with_the_speaker_on_the_stamp_line_or_unnamed():
    # Teams copies "[10:42] Camilla Brink" on a line of its own, the message below it.
    below = (
        "[10:42] Camilla Brink\nhej Morten, har Brønderslev svaret på vores refusionskrav?\n\n"
        "[10:45] Morten Riis\nnej ikke endnu, de mener at § 9 stk. 7 ikke gælder\n\n"
        "[10:46] Camilla Brink\nok. skal vi afvise deres krav om refusion for ham?\n"
    )
    assert found(below) == []
    # The one who pasted the chat is not named: "[10:42] Hej Mette …" and "[10:45] Mette …:".
    unnamed = (
        "[10:42] Hej Mette, har du set henvisningen på Emil? Skal vi give afslag på den?\n"
        "[10:45] Mette Frandsen: ja den ligger i min bakke\n"
    )
    assert found(unnamed) == []
    # One named speaker alone is a chat with the AI: the question is asked of it.
    one = "[10:46] Camilla Brink\nSkal vi afvise Brønderslevs krav om refusion for ham?\n"
    assert found(one) != []
    stamps_only = "[10:42] Skal vi give Emil afslag på hans ansøgning om støtte?\n"
    assert found(stamps_only) != []
