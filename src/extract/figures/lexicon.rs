//! Word lists used by the figure rules (lowercase unless stated).

/// Measurement units written as symbols (case-sensitive).
#[rustfmt::skip]
pub const SYMBOL_UNITS: &[&str] = &[
    "GW", "MW", "kW", "TW", "GWh", "MWh", "kWh", "TWh", "GWc", "MWc", "kWc", "Mt", "Gt", "kt",
    "t", "kg", "km", "km²", "m²", "m³", "m", "ha", "Mbit", "Go", "To", "GB", "TB", "PB", "MtCO2",
    "tCO2", "bbl", "Mbps", "Gbps", "TFLOPS", "PFLOPS", "EFLOPS", "qubits",
];

/// Time units, percentages, calendar words: never a counted quantity.
#[rustfmt::skip]
pub const EXCLUDED: &[&str] = &[
    "an", "ans", "année", "années", "mois", "jour", "jours", "semaine", "semaines", "heure",
    "heures", "h", "min", "minute", "minutes", "seconde", "secondes", "s", "siècle", "siècles",
    "décennie", "décennies", "trimestre", "trimestres", "semestre", "semestres", "saison",
    "saisons", "fois", "pourcent", "%", "‰", "points", "point", "degrés", "degré", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "ème", "e", "er", "ère", "reprises", "nuits", "nuit", "printemps",
    "été", "hiver", "automne", "year", "years", "month", "months", "day", "days", "week", "weeks",
    "hour", "hours", "hr", "hrs", "minute", "minutes", "mins", "second", "seconds", "decade",
    "decades", "century", "centuries", "quarter", "quarters", "season", "seasons", "times",
    "percent", "pc", "pct", "percentage", "degrees", "degree", "bps", "basis", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "th", "st", "nd", "rd", "am", "pm", "nights", "night", "a.m", "p.m",
    "o", "clock", "mph",
];

/// Function words that cannot be the counted noun.
#[rustfmt::skip]
pub const STOP: &[&str] = &[
    "de", "des", "du", "d", "la", "le", "les", "l", "un", "une", "et", "ou", "à", "au", "aux",
    "en", "dans", "par", "sur", "sous", "avec", "sans", "chez", "entre", "contre", "vers", "que",
    "qui", "dont", "où", "se", "sa", "son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
    "il", "elle", "ils", "elles", "on", "nous", "vous", "est", "sont", "a", "ont", "était",
    "sera", "seront", "fut", "plus", "moins", "environ", "près", "selon", "après", "avant",
    "depuis", "pendant", "jusqu", "lors", "afin", "contre", "parmi", "dont", "mais", "donc",
    "car", "ni", "soit", "si", "ne", "pas", "y", "tout", "tous", "toutes", "autant", "déjà",
    "encore", "aussi", "seulement", "contre", "millions", "milliards", "million", "milliard",
    "supplémentaires", "nouveaux", "of", "the", "an", "and", "or", "to", "in", "on", "at", "by",
    "for", "from", "with", "without", "than", "that", "which", "who", "is", "are", "was", "were",
    "be", "been", "will", "would", "could", "should", "can", "may", "might", "has", "have", "had",
    "more", "less", "fewer", "as", "into", "over", "under", "across", "after", "before", "since",
    "during", "between", "up", "down", "out", "off", "about", "around", "so", "it", "its",
    "their", "his", "her", "this", "these", "those", "all", "each", "not", "no", "still", "also",
    "only", "just", "while", "when", "if", "but", "per", "vs", "versus", "against", "through",
    "last", "next", "million", "billion", "thousand", "trillion", "other", "others", "of",
    "among", "including", "out", "plus", "via", "then", "there", "here", "said", "says", "say",
    "do", "does", "did", "what", "how", "why", "where", "yet", "ago", "later", "earlier",
    "apiece", "each", "are",
];

/// Adjectives skipped before the noun ("2,500 new jobs", "5 000 nouveaux emplois").
#[rustfmt::skip]
pub const SKIP_ADJ: &[&str] = &[
    "new", "additional", "extra", "more", "further", "full", "part", "permanent", "existing",
    "direct", "indirect", "skilled", "temporary", "local", "high", "well", "nouveaux",
    "nouvelles", "nouvel", "nouveau", "nouvelle", "autres", "premiers", "premières", "derniers",
    "dernières", "grands", "grandes", "petits", "petites", "gros", "principaux", "principales",
    "full-time", "part-time", "high-end", "well-paid", "high-paying", "cutting-edge",
];

/// Nouns naming a sum of money: "5 milliards d’investissements" is money, not a quantity.
#[rustfmt::skip]
pub const MONEY_NOUNS: &[&str] = &[
    "investissement", "investissements", "dépense", "dépenses", "recette", "recettes", "dette",
    "dettes", "subvention", "subventions", "aide", "aides", "économie", "économies", "perte",
    "pertes", "bénéfice", "bénéfices", "revenu", "revenus", "budget", "budgets", "financement",
    "financements", "crédit", "crédits", "prêt", "prêts", "capitaux", "fonds", "chiffre",
    "investment", "investments", "spending", "funding", "revenue", "revenues", "sales", "savings",
    "losses", "debt", "profit", "profits", "loans", "capital", "subsidies", "grants", "aid",
    "financing", "deal", "deals", "contract", "contracts", "fine", "fines", "bonus", "bonuses",
    "valuation", "cash", "turnover",
];

/// Words before a number that make it an identifier, not an amount ("article 5", "n° 3").
#[rustfmt::skip]
pub const PREV_BLOCKERS: &[&str] = &[
    "article", "art", "n", "no", "nº", "numéro", "numero", "number", "page", "p", "pages",
    "chapitre", "chapter", "section", "version", "top", "rang", "rank", "classe", "class",
    "niveau", "level", "phase", "édition", "edition", "série", "tome", "vol", "volume", "acte",
    "act", "épisode", "episode", "groupe", "group", "ligue", "league", "rue", "avenue", "bd",
    "boulevard", "route", "autoroute", "highway", "lot", "room", "porte", "gate", "terminal",
    "flight", "vol", "ligne", "line", "tier", "gen", "génération", "generation", "step", "étape",
    "tranche", "tableau", "table", "figure", "annexe", "appendix", "note", "code", "loi",
];

/// Verb stems that make "de A à B" / "from A to B" a change between two figures, not a range.
#[rustfmt::skip]
pub const CHANGE_STEMS: &[&str] = &[
    "raise", "raising", "increas", "boost", "lift", "cut", "reduc", "lower", "grow", "grew",
    "rise", "rising", "rose", "risen", "jump", "climb", "fell", "fall", "drop", "doubl", "tripl",
    "upgrad", "revis", "hike", "expand", "swell", "slash", "trim", "bump", "augment", "passé",
    "passée", "passer", "passera", "passant", "passait", "passent", "porté", "portée", "porter",
    "portera", "portant", "relev", "rédui", "redui", "baiss", "grimp", "chut", "recul",
    "progress", "bondi", "hauss", "gonfl", "diminu", "rabot", "rehauss", "multipli", "revu",
    "révis", "went", "gone", "moved", "soared", "surged", "plunged", "plummeted", "shrank",
];

/// Words allowed between a figure and its restatement.
#[rustfmt::skip]
pub const RESTATE: &[&str] = &[
    "soit", "environ", "about", "around", "roughly", "approximately", "approx", "ou", "or",
    "some", "près", "de", "c", "ca", "nearly", "almost", "presque", "quelque", "entre", "between",
    "equivalent", "to", "équivalent", "à", "l", "the", "or",
];

/// Words after which "par"/"by" does not introduce the agent of the figure.
#[rustfmt::skip]
pub const AGENT_STOP: &[&str] = &[
    "in", "into", "on", "at", "for", "with", "of", "led", "dans", "pour", "avec", "sur", "à",
    "au", "aux", "en", "mené", "menée", "dirigé", "dirigée", "conduit", "auprès", "du", "des",
    "de", "and", "et", "to", "than", "que",
];

/// "par an", "par mois", "per share": distributive "par", not an agent.
#[rustfmt::skip]
pub const PER_WORDS: &[&str] = &[
    "an", "année", "mois", "jour", "semaine", "heure", "tête", "habitant", "salarié", "action",
    "personne", "foyer", "match", "year", "month", "week", "day", "share", "head", "person",
];

/// Sources, lead investors and acquisition targets: not the subject of a nearby figure.
#[rustfmt::skip]
pub const SOURCE_WORDS: &[&str] = &[
    "selon", "according", "led", "mené", "menée", "menés", "dirigé", "dirigée", "auprès",
    "analysts", "analystes", "cabinet", "told", "reported",
];

#[rustfmt::skip]
pub const TARGET_WORDS: &[&str] = &[
    "rachat", "racheter", "rachète", "racheté", "rachetée", "acquisition", "acquire", "acquiring",
    "takeover", "purchase", "achat", "acheter", "acquérir", "buy", "buying", "bought",
];
