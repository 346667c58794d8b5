#!/usr/bin/env python3
"""Makes assets/gazetteer/given_names_more.json: given names of many countries.

Source: the first names of the Faker package's person providers (MIT licence), the
Latin-script locales listed below, and the short list EXTRA written for this project. A name is left out when it is already in given_names.json,
shorter than 3 letters, a name or a capitalised word of the places' and organisations'
gazetteers, a lexicon word, a month or a day, a lowercase word of the English or French
dictionaries (Debian's wamerican, wbritish, wfrench), or found only in Faker's US census list.

Run once by hand (the output is committed):
    pip download --no-deps Faker -d /tmp/fk && unzip -q -o /tmp/fk/faker-*.whl -d /tmp/fk/x
    apt-get install -y wamerican wbritish wfrench
    python3 scripts/given_names_more.py /tmp/fk/x
"""
import importlib
import json
import sys
import unicodedata

LOCALES = (
    "en en_GB en_IE en_IN en_KE en_NG en_NZ en_PK en_US es es_AR es_CL es_CO es_ES es_MX "
    "fr_BE fr_CA fr_CH fr_DZ fr_FR fr_QC de_DE de_AT de_CH it_IT pt_BR pt_PT nl_NL nl_BE "
    "no_NO sv_SE da_DK fi_FI is_IS pl_PL cs_CZ sk_SK sl_SI hr_HR ro_RO hu_HU lt_LT lv_LV "
    "et_EE tr_TR az_AZ id_ID vi_VN sw tw_GH yo_NG ig_NG ha_NG zu_ZA ga_IE"
).split()
ROOT = "assets/gazetteer/"
# (round 65) Common given names of West, Central and East Africa and of the Maghreb that
# Faker's locales lack, written for this project from general knowledge; filtered like the
# others below. (Round 71) Ewe and Mina day names of Togo and Ghana's Volta.
EXTRA = """
Aboubacar Boubacar Abdoulaye Adama Alassane Aliou Alioune Alpha Amadou Assane Babacar Bakary
Bamba Birama Boubakar Cheikh Daouda Demba Djibril Drissa Elhadji Habib Ibrahima Idrissa Issa
Karamoko Lamine Lassana Lassina Madou Mahamadou Mamadou Mamoudou Modibo Modou Mody Moussa
Ousmane Oumar Pape Sadio Salif Samba Sekou Sékou Seydou Sidiki Siaka Souleymane Tidiane
Yacouba Youssouf Zoumana Adjoa Aïssata Aïssatou Aminata Assétou Astou Awa Binta Coumba
Djeneba Fanta Fatimata Fatoumata Fatou Hawa Kadiatou Khady Korotoumou Mariama Mariam Ndeye
Oumou Ramatoulaye Rokia Rokhaya Salimata Sokhna Aïcha Mame Dieynaba Yacine
Kofi Kwame Kwabena Kwaku Kwasi Kojo Yaw Akua Akosua Abena Adwoa Afua Efua Esi Ama Yaa
Babatunde Chinedu Chukwuma Emeka Ifeanyi Ngozi Nkechi Oluwaseun Olusegun Tunde Folake Funmilayo
Wanjiru Wanjiku Njeri Wambui Otieno Kamau Mwangi Ochieng Odhiambo Akinyi Atieno Nyokabi
Thabo Sipho Lindiwe Nomvula Tendai Chipo Tatenda Tafadzwa Kudakwashe Mpho Lerato Bongani
Jean-Baptiste Jean-Claude Jean-Pierre Jean-Marie Marie-Claire Marie-Louise Alain-Serge
Youssef Karim Rachid Nabil Samir Hamid Khalid Mounir Hicham Noureddine Abdelaziz Abderrahmane
Mustapha Mohamed Mohammed Mehdi Yassine Amine Anouar Nadia Samira Zineb Meriem Yasmina Houda
Khadija Fatima Amina Leila Latifa Naïma Saïda Souad Hayat Malika Rachida
Kossi Komla Kodjo Kokou Yawo Koffi Kwami Kafui Elikem Edem Sélom Mawuli Dodzi Akossiwa Ablavi
Abla Adjo Akouvi Yawa Enyonam Afi
""".split()
MONTHS_DAYS = set(
    "january february march april may june july august september october november december "
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "monday tuesday wednesday thursday friday saturday sunday "
    "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
)


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def faker_names(path):
    sys.path.insert(0, path)
    found = {}
    for loc in LOCALES:
        provider = importlib.import_module("faker.providers.person." + loc).Provider
        names = set()
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = next((b.__dict__[attr] for b in provider.__mro__ if attr in b.__dict__), None)
            if value is None or isinstance(value, property):
                continue
            names.update(value.keys() if isinstance(value, dict) else value)
        for n in names:
            if (
                isinstance(n, str)
                and n[:1].isupper()
                and all(c.isalpha() or c in "-'’" for c in n)
                and all(ord(c) < 0x250 for c in n)
            ):
                found.setdefault(n, set()).add(loc)
    return found


def main():
    found = faker_names(sys.argv[1])
    for n in EXTRA:
        found.setdefault(n, set()).add("extra")
    taken = set()
    for f in ("places.json", "places_admin.json", "organizations.json"):
        for entry in json.load(open(ROOT + f, encoding="utf-8")):
            for value in entry.values():
                for x in value if isinstance(value, list) else [value]:
                    if isinstance(x, str):
                        taken.add(fold(x))
                        taken.update(fold(w) for w in x.replace("-", " ").split() if w[:1].isupper())
    for value in json.load(open(ROOT + "lexicon.json", encoding="utf-8")).values():
        if isinstance(value, list):
            taken.update(fold(x) for x in value if isinstance(x, str))
    words = set()
    for d in ("american-english", "british-english", "french"):
        for line in open("/usr/share/dict/" + d, encoding="utf-8", errors="ignore"):
            line = line.strip()
            if line[:1].islower():
                words.add(fold(line))
    old = {fold(x) for x in json.load(open(ROOT + "given_names.json", encoding="utf-8"))}
    left_out = old | taken | words | MONTHS_DAYS
    keep = sorted(
        n for n, locs in found.items() if len(n) >= 3 and locs != {"en"} and fold(n) not in left_out
    )
    with open(ROOT + "given_names_more.json", "w", encoding="utf-8") as out:
        out.write("[\n" + ",\n".join(json.dumps(n, ensure_ascii=False) for n in keep) + "\n]\n")
    print(len(keep), "names")


if __name__ == "__main__":
    main()
