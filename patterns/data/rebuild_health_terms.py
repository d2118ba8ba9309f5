"""Rebuild ``patterns/data/health/health_terms.txt`` from the Danish medical handbook's index words.

Run from the repository root::

    python patterns/data/rebuild_health_terms.py [--source ../shared/data/os2datascanner]

Source: ``da_20211018_laegehaandbog_stikord.jsonl``, the index words (stikord) of Lægehåndbogen
(the Danish medical handbook for doctors, sundhed.dk), 18 Oct 2021, as shipped by the
OS2datascanner project (MPL-2.0). One JSON string a line, 1,869 words.

The list is tokenised and noisy: index entries were split into words, so it holds anatomy in
Latin (``acetabulum``, ``ulna``), adjectives (``akut``, ``distalt``, ``kronisk``), English words
(``after``, ``white``), parts of eponyms that are also surnames (``hunt``, ``wolff``, ``charcot``)
and procedures (``førstehjælp``, ``stentning``). A health *term* for promptlint is a word that
names a condition, an injury, a treatment for one or a state of health, so that "borgeren har
<term>" reveals health data. The filter keeps a word when

1. it ends in a suffix that names a condition (``-itis``, ``-ose``, ``-syndrom``, ``-sygdom``,
   ``-kræft``, ``-infektion``, ``-brud``, ``-lidelse``, ``-forstyrrelse``, ``-svigt`` …), or
2. it is in ``KEEP`` below (conditions without such a suffix: ``depression``, ``demens``,
   ``skizofreni``, ``gravid`` …),

and it is at least five letters long and not in ``DROP`` (words that pass the suffix test but
are ordinary words or too vague: ``skade``, ``forstyrrelser``, ``sygdom``, ``symptomer`` …).
The detector adds its own curated health words (patterns/data/special_category/terms.toml), so
this file only has to be precise, not complete.

Output: one lower-case term a line, sorted, with a ``#`` header naming source and licence. The
file stays under MPL-2.0 (see ``health/LICENSE-MPL-2.0.txt``). Rebuilding is deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

SOURCE_NAME = "da_20211018_laegehaandbog_stikord.jsonl"

# A word that ends like this names a condition (Danish and Latin medical word endings).
CONDITION_SUFFIX = re.compile(
    r"(?:itis|it|ose|oser|osis|isme|syndrom|syndromet|syndromer|sygdom|sygdomme|syge|kræft|"
    r"cancer|carcinom|karcinom|sarkom|sarcoma|lymfom|lymfomer|melanom|myelom|gliom|adenom|lipom|"
    r"fibrom|angiom|hæmangiom|blastom|teratom|thymom|insulinom|mesoteliom|tumor|tumorer|svulst|"
    r"svulster|infektion|infektioner|forgiftning|forgiftninger|skade|skader|brud|fraktur|"
    r"frakturer|lidelse|lidelser|forstyrrelse|forstyrrelser|svigt|insufficiens|sten|cyste|cyster|"
    r"eksem|allergi|astma|diabetes|gigt|sklerose|trombose|emboli|blødning|prolaps|lammelse|"
    r"lammelser|epilepsi|migræne|psykose|psykoser|demens|depression|depressioner|angst|fobi|mani|"
    r"afhængighed|misbrug|abstinens|virus|virusinfektion|feber|pest|anæmi|æmi|pati|patier|algi|"
    r"plegi|trofi|dystrofi|ektasi|ataksi|dystoni|dysplasi|parese|stenose|neurose|ødem|anomali|"
    r"anomalier|inkontinens|hepatitis|influenza|betændelse|hjernerystelse|arytmi|arytmier|infarkt|"
    r"apopleksi|hypertension|sepsis|ulcus|psoriasis|akne|vorter|tinea|scabies|cøliaki|refluks|"
    r"dyspepsi|diarre|impotens|infertilitet|leukæmi|leukæmier|malaria|mæslinger|tuberkulose|"
    r"syfilis|gonore|klamydiainfektion|herpes|zoster|neuralgi|neuropati|neuropatier|retinopati|"
    r"kardiomyopati|nefropati|myopati|spasticitet|takykardi|ikterus|urticaria|vitiligo|rosacea|"
    r"katarakt|glaukom|glaucom|tics|tremor|vertigo|svimmelhed|synkope|narkolepsi|søvnapnø|"
    r"hedeslag|forfrysninger|underernæring|overvægt|fedme|anfald|kramper|smerter|smertesyndrom)$"
)

# Conditions and health states the suffix test misses.
KEEP = {
    "abort", "aborter", "abortus", "akne", "anoreksi", "astma", "autisme", "bulimi",
    "delir", "delirium", "demens", "dialyse", "epilepsi", "fedme", "gravid", "gravide",
    "graviditet", "graviditeten", "hallucinationer", "hukommelsestab", "hørenedsættelse",
    "kemoterapi", "kræft", "kræftpatient", "lupus", "omsorgssvigt",
    "panikangst", "paranoia", "parkinson", "parkinsons", "rygmarvsskade",
    "selvmord", "selvmordsforsøg", "selvskade", "skizofreni", "spilleafhængighed",
    "spiseforstyrrelser", "strålebehandling", "substitutionsbehandling", "svangerskab",
    "svangerskabet", "synsnedsættelse", "synstab", "tvangsindlæggelse", "tvangslidelse",
    "tvangslidelser", "tvangstanker", "tvangshandlinger", "tourettes", "huntingtons",
    "hodgkins", "alzheimer", "crohns", "cushings", "ludomani", "methadon",
    "opiatabstinens", "personlighedsforstyrrelser", "postpartum", "præeklampsi",
    "stamcelletransplantation", "levertransplantation", "nyretransplantation",
    "hjerterehabilitering", "hjertedefibrillator", "pacemakerbehandling", "peritonealdialyse",
    "nærsynethed", "langsynethed", "svagsynethed", "blindhed", "døvhed", "ordblindhed",
    "udviklingsforstyrrelser", "sprogforstyrrelser", "overgreb", "voldtægt",
    "dødfødsel", "graviditetstab", "flerfoldsgraviditet", "menopausen", "klimakteriet",
    "hjertesvigt", "leversvigt", "nyresvigt", "influenza", "covid", "coronavirus",
}

# Pass the suffix test but are ordinary words, too vague, or body parts.
DROP = {
    "skade", "skader", "sygdom", "sygdomme", "smerte", "smerter", "lidelser", "forstyrrelser",
    "forstyrret", "anfald", "kramper", "feber", "virus", "syndrom", "sten", "brud", "cyster",
    "tumor", "tumorer", "svulster", "infektion", "infektioner", "forgiftning", "forgiftninger",
    "fraktur", "frakturer", "lammelser", "overgreb", "mani", "otit", "bursit", "ets", "tbe",
    "hunt", "white", "after", "akut", "anal", "oral", "orale", "borne", "syre", "svie", "hoste",
    "kløe", "tick", "tarda", "vera", "alba", "rosea", "sicca", "molle", "legg", "barr", "budd",
    "calv", "churg", "coats", "freys", "mobid", "ventr", "beh", "diar", "ilo", "tao", "tca", "tci",
    "tfc", "tms", "tss", "sle", "ards", "bpsd", "hellp", "pfapa", "mgus", "mers", "sars", "korea",
    "stensygdom", "importsygdomme", "idrætsskader", "fiskekrogskade", "sårskader",
    "stråleskadet", "hudskader", "hjerneskader", "kæbeskader", "tandskader", "spilleautomat",
    "svangerskabsomsorg", "svangerskabskontrol", "udlændingesager", "flygtningepatienten",
    "kosttilskud", "tilsætningsstoffer", "laboratorieprøver", "førstehjælp",
    "førstehjælpsprincipper", "pleuravæske", "hjertet", "lunger", "nyrer", "knogler",
    "testikler", "svælget", "spiserør", "mavesæk", "tyktarm", "tyndtarm", "livmoderen",
    "nethinden", "synsnerven", "regnbuehinden", "urinveje", "urinvejene", "galdevejene",
    "luftvejene", "tårevejene", "spytkirtlerne", "tårekirtlen", "mundhulen", "øregang",
    "halspulsåren", "underekstremiteterne", "muskelskelet", "hjertekar", "hjerteklapper",
    "seneskeder", "svedkirtler", "slimsække", "symptomer", "sundhedsmæssige", "terapi",
    "operation", "rygning", "piller", "medicin", "lægemidler", "trimester", "pubertet",
    "fødsel", "nyfødte", "menstruationer", "prævention", "sterilisering", "omskæring",
    "piercing", "jetlag", "overophedning", "udslæt", "opkast", "kvalme", "hæshed", "halten",
    "svimmelhed", "træthedssyndrom", "ophidselse", "kateter", "katetre", "transfusion",
    "vaccinationer", "vitamin", "smertelindring", "smertebehandling", "mundbindsbetinget",
    "hjerteredning", "lungeredning", "retsmedicin", "nyfødtmedicin", "plejehjemsmedicin",
    "socialpædiatri", "odontologi", "onkologi", "neurologi", "ortopædi", "proktologi",
    "endokrinologi", "traumatologi", "neurokirurgi", "småkirurgi", "kiropraktik",
    "rygeafvænning", "rygeanamnese", "rygeintervention", "snusbrug", "præmedicinering",
    "smertefuldt", "uhelbredeligt", "symptomscreening", "specialistudredning",
    "demensudredning", "demensmistanke", "kræftfaresignaler", "recidiv", "mobning",
    "sårheling", "sårlukning", "lækageproblemer", "kateterproblemer", "lithotripsy",
    "capitis", "addison",
}

MIN_LENGTH = 5


def keep(word: str) -> bool:
    """Whether an index word names a condition (see the module docstring).

    >>> keep("diabetes"), keep("lungebetændelse"), keep("acetabulum"), keep("akut")
    (True, True, False, False)
    >>> keep("skade"), keep("migræne")
    (False, True)
    """
    if word in DROP:
        return False
    if word in KEEP:
        return True
    return len(word) >= MIN_LENGTH and bool(CONDITION_SUFFIX.search(word))


def build(source: Path) -> list[str]:
    words = set()
    with open(source / SOURCE_NAME, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                words.add(json.loads(line).strip().lower())
    return sorted(w for w in words if w and keep(w))


HEADER = """\
# Health terms: conditions, injuries and health states. Generated by
# patterns/data/rebuild_health_terms.py from the index words of Lægehåndbogen (18 Oct 2021) as
# shipped by OS2datascanner (src/os2datascanner/engine2/rules/datasets/wordlists/
# da_20211018_laegehaandbog_stikord.jsonl, commit 09610409c). MPL-2.0: see LICENSE-MPL-2.0.txt
# beside this file. One lower-case term a line; do not edit, rebuild.
"""


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--source",
        type=Path,
        default=here.parent.parent.parent / "shared" / "data" / "os2datascanner",
        help="directory holding " + SOURCE_NAME,
    )
    args = parser.parse_args()
    terms = build(args.source)
    out = here / "health"
    out.mkdir(exist_ok=True)
    (out / "health_terms.txt").write_text(HEADER + "\n".join(terms) + "\n", encoding="utf-8")
    licence = args.source / "LICENSE-MPL-2.0.txt"
    if licence.is_file():
        shutil.copyfile(licence, out / "LICENSE-MPL-2.0.txt")
    print(f"{len(terms)} terms -> {out / 'health_terms.txt'}")


if __name__ == "__main__":
    main()
