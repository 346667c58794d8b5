//! Table-driven tests: one row per format of the specification.
#![allow(clippy::type_complexity)] // row tuples of the tables

use super::*;

type Row = (
    &'static str,
    Lang,
    &'static [(f64, Option<f64>, Option<&'static str>, Option<&'static str>)],
);

fn run(text: &str, lang: Lang) -> Vec<(f64, Option<f64>, Option<String>, Option<String>)> {
    extract_figures(&[text], lang, &[])
        .into_iter()
        .map(|f| {
            (
                f.amount,
                f.amount_max(),
                f.currency().map(str::to_string),
                f.unit().map(str::to_string),
            )
        })
        .collect()
}

fn check(rows: &[Row]) {
    let mut failures = Vec::new();
    for (text, lang, want) in rows {
        let got = run(text, *lang);
        let want: Vec<_> = want
            .iter()
            .map(|(a, m, c, u)| (*a, *m, c.map(str::to_string), u.map(str::to_string)))
            .collect();
        let same = got.len() == want.len()
            && got.iter().zip(&want).all(|(g, w)| {
                (g.0 - w.0).abs() <= w.0.abs() * 1e-9
                    && g.1
                        .zip(w.1)
                        .is_none_or(|(a, b)| (a - b).abs() <= b.abs() * 1e-9)
                    && g.1.is_some() == w.1.is_some()
                    && g.2 == w.2
                    && g.3 == w.3
            });
        if !same {
            failures.push(format!("{text:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const EUR: Option<&str> = Some("EUR");
const USD: Option<&str> = Some("USD");
const GBP: Option<&str> = Some("GBP");

#[test]
fn french_money_formats() {
    check(&[
        (
            "Un plan de 20 milliards d’euros.",
            Lang::Fr,
            &[(20e9, None, EUR, None)],
        ),
        (
            "Il a mobilisé 1,2 milliard d’euros.",
            Lang::Fr,
            &[(1.2e9, None, EUR, None)],
        ),
        (
            "Soit 22 milliards de dollars.",
            Lang::Fr,
            &[(22e9, None, USD, None)],
        ),
        (
            "Le marché pèse 4 300 milliards de dollars.",
            Lang::Fr,
            &[(4.3e12, None, USD, None)],
        ),
        (
            "Le marché pèse 4\u{a0}300 milliards de dollars.",
            Lang::Fr,
            &[(4.3e12, None, USD, None)],
        ),
        (
            "Le marché pèse 4\u{202f}300 milliards de dollars.",
            Lang::Fr,
            &[(4.3e12, None, USD, None)],
        ),
        (
            "Un fonds de 17 Md€ est prévu.",
            Lang::Fr,
            &[(17e9, None, EUR, None)],
        ),
        (
            "Une levée de 2,5 M€ pour la start-up.",
            Lang::Fr,
            &[(2.5e6, None, EUR, None)],
        ),
        (
            "Un chèque de 450 millions d'euros.",
            Lang::Fr,
            &[(450e6, None, EUR, None)],
        ),
        (
            "La prime atteint 3 500 € par salarié.",
            Lang::Fr,
            &[(3500.0, None, EUR, None)],
        ),
        (
            "Quarante-deux milliards d’euros sont en jeu.",
            Lang::Fr,
            &[(42e9, None, EUR, None)],
        ),
        (
            "Il faudra vingt milliards d’euros.",
            Lang::Fr,
            &[(20e9, None, EUR, None)],
        ),
        (
            "La dette atteint 3 billions d’euros.",
            Lang::Fr,
            &[(3e12, None, EUR, None)],
        ),
        (
            "Un besoin de mille milliards d’euros.",
            Lang::Fr,
            &[(1e12, None, EUR, None)],
        ),
        (
            "Un prêt de 300 millions de livres sterling.",
            Lang::Fr,
            &[(300e6, None, GBP, None)],
        ),
        (
            "Un contrat de 2 milliards de francs suisses.",
            Lang::Fr,
            &[(2e9, None, Some("CHF"), None)],
        ),
        (
            "Un rachat pour 5 milliards de dollars canadiens.",
            Lang::Fr,
            &[(5e9, None, Some("CAD"), None)],
        ),
        (
            "Le billet coûte 25 $.",
            Lang::Fr,
            &[(25.0, None, USD, None)],
        ),
        (
            "Un budget de 7,5 millions €.",
            Lang::Fr,
            &[(7.5e6, None, EUR, None)],
        ),
    ]);
}

#[test]
fn english_money_formats() {
    check(&[
        (
            "It pledged $25 billion.",
            Lang::En,
            &[(25e9, None, USD, None)],
        ),
        (
            "It pledged $ 12 billion.",
            Lang::En,
            &[(12e9, None, USD, None)],
        ),
        (
            "A US$12 billion deal.",
            Lang::En,
            &[(12e9, None, USD, None)],
        ),
        (
            "A C$12 billion deal.",
            Lang::En,
            &[(12e9, None, Some("CAD"), None)],
        ),
        (
            "An A$3 billion deal.",
            Lang::En,
            &[(3e9, None, Some("AUD"), None)],
        ),
        ("A £8 billion plan.", Lang::En, &[(8e9, None, GBP, None)]),
        ("A $15B round.", Lang::En, &[(15e9, None, USD, None)]),
        ("A £4billion plan.", Lang::En, &[(4e9, None, GBP, None)]),
        (
            "A $7.2 billion loss.",
            Lang::En,
            &[(7.2e9, None, USD, None)],
        ),
        ("A €200bn fund.", Lang::En, &[(200e9, None, EUR, None)]),
        (
            "A USD 2 million grant.",
            Lang::En,
            &[(2e6, None, USD, None)],
        ),
        ("Shares rose 4 cents.", Lang::En, &[(0.04, None, USD, None)]),
        (
            "Debt of $1 trillion, then 1.5 trillion.",
            Lang::En,
            &[(1e12, None, USD, None), (1.5e12, None, USD, None)],
        ),
        (
            "A £300m transfer fee.",
            Lang::En,
            &[(300e6, None, GBP, None)],
        ),
        (
            "A 2 million euros prize.",
            Lang::En,
            &[(2e6, None, EUR, None)],
        ),
        (
            "It costs $1,200 a month.",
            Lang::En,
            &[(1200.0, None, USD, None)],
        ),
        (
            "Some 3 billion yen.",
            Lang::En,
            &[(3e9, None, Some("JPY"), None)],
        ),
        (
            "A CHF 40 million deal.",
            Lang::En,
            &[(40e6, None, Some("CHF"), None)],
        ),
        (
            "A 5-billion-dollar plan.",
            Lang::En,
            &[(5e9, None, USD, None)],
        ),
        (
            "Twenty billion dollars.",
            Lang::En,
            &[(20e9, None, USD, None)],
        ),
    ]);
}

#[test]
fn carry_ranges_and_restatements() {
    check(&[
        (
            "22 milliards de dollars annoncés par Microsoft, 5 milliards par Google.",
            Lang::Fr,
            &[(22e9, None, USD, None), (5e9, None, USD, None)],
        ),
        (
            "Un plan de 75 milliards de dollars. Les 75 milliards évoqués plus haut.",
            Lang::Fr,
            &[(75e9, None, USD, None), (75e9, None, USD, None)],
        ),
        (
            "Il faudra entre 8 et 10 milliards d’euros.",
            Lang::Fr,
            &[(8e9, Some(10e9), EUR, None)],
        ),
        (
            "Il faudra de 3 milliards à 4 milliards d’euros.",
            Lang::Fr,
            &[(3e9, Some(4e9), EUR, None)],
        ),
        (
            "Il faudra 30 à 50 milliards d’euros.",
            Lang::Fr,
            &[(30e9, Some(50e9), EUR, None)],
        ),
        (
            "It will cost between $10 and $12 billion.",
            Lang::En,
            &[(10e9, Some(12e9), USD, None)],
        ),
        (
            "It will cost $10-12 billion.",
            Lang::En,
            &[(10e9, Some(12e9), USD, None)],
        ),
        (
            "It raised its pledge from $2 billion to $3 billion.",
            Lang::En,
            &[(2e9, None, USD, None), (3e9, None, USD, None)],
        ),
        (
            "A £8 billion ($10.9 billion) plan.",
            Lang::En,
            &[(8e9, None, GBP, None), (10.9e9, None, USD, None)],
        ),
        (
            "Un plan de 300 milliards de dollars (260 milliards d’euros).",
            Lang::Fr,
            &[(300e9, None, USD, None), (260e9, None, EUR, None)],
        ),
        (
            "Tickets cost €35, and 20 for children.",
            Lang::En,
            &[(35.0, None, EUR, None), (20.0, None, EUR, None)],
        ),
    ]);
}

#[test]
fn quantities() {
    check(&[
        (
            "La livraison de 120 000 GPU par Nvidia.",
            Lang::Fr,
            &[(120000.0, None, None, Some("GPU"))],
        ),
        (
            "It ordered 40,000 GPUs.",
            Lang::En,
            &[(40000.0, None, None, Some("GPU"))],
        ),
        (
            "It bought 16,000 H100 chips.",
            Lang::En,
            &[(16000.0, None, None, Some("chip"))],
        ),
        (
            "The plant will create 2,500 jobs.",
            Lang::En,
            &[(2500.0, None, None, Some("job"))],
        ),
        (
            "Une capacité de 1,4 GW.",
            Lang::Fr,
            &[(1.4, None, None, Some("GW"))],
        ),
        (
            "It runs 12 data centres in Europe.",
            Lang::En,
            &[(12.0, None, None, Some("data centre"))],
        ),
        (
            "Le site couvre 3 400 hectares.",
            Lang::Fr,
            &[(3400.0, None, None, Some("hectare"))],
        ),
        (
            "Le projet crée 5 000 emplois.",
            Lang::Fr,
            &[(5000.0, None, None, Some("emploi"))],
        ),
        (
            "L’usine emploie 300 salariés.",
            Lang::Fr,
            &[(300.0, None, None, Some("salarié"))],
        ),
        (
            "Elle compte 1,5 million de foyers abonnés.",
            Lang::Fr,
            &[(1.5e6, None, None, Some("foyer"))],
        ),
        (
            "Entre 5 000 et 6 000 emplois.",
            Lang::Fr,
            &[(5000.0, Some(6000.0), None, Some("emploi"))],
        ),
    ]);
}

#[test]
fn traps_are_not_figures() {
    let none: &[(f64, Option<f64>, Option<&str>, Option<&str>)] = &[];
    check(&[
        ("Publié le 27 novembre 2025 à Paris.", Lang::Fr, none),
        (
            "Entre 2022 et 2025, la part a atteint 15 %.",
            Lang::Fr,
            none,
        ),
        ("La 3e édition du salon.", Lang::Fr, none),
        (
            "Appelez le 01 23 45 67 89 ou le +33 6 12 34 56 78.",
            Lang::Fr,
            none,
        ),
        ("Plusieurs centaines de millions d’euros.", Lang::Fr, none),
        ("Des dizaines de milliards de dollars.", Lang::Fr, none),
        ("Un modèle, deux dynamiques, sur dix ans.", Lang::Fr, none),
        ("It signed multibillion-dollar deals.", Lang::En, none),
        (
            "Sales grew 12% in 2024 and 3.5 percent in Q1.",
            Lang::En,
            none,
        ),
        ("A 10-year contract for the 25-year-old.", Lang::En, none),
        ("Il a signé pour 4 saisons et 12 mois.", Lang::Fr, none),
        ("It finished 3rd in the 21st edition.", Lang::En, none),
        ("The Boeing 737 and the CAC 40 index.", Lang::En, none),
        ("Selon l’article 5 de la loi.", Lang::Fr, none),
        ("Call 555-123-4567 now.", Lang::En, none),
        ("Il a gagné 3-0 le 4 mai.", Lang::Fr, none),
        ("Il a fait 2 fois le tour.", Lang::Fr, none),
        ("Le Covid-19 et la 5G.", Lang::Fr, none),
    ]);
}

#[test]
fn offsets_and_text() {
    let text = "Le plan, doté de 20\u{a0}milliards d’euros, et 120\u{202f}000 GPU.";
    let figs = extract_figures(&[text], Lang::Fr, &[]);
    assert_eq!(figs.len(), 2);
    assert_eq!(figs[0].text_in(text), "20\u{a0}milliards d’euros");
    assert_eq!(figs[1].text_in(text), "120\u{202f}000 GPU");
}

#[test]
fn subjects() {
    let e = |name: &str, kind, text: &str, hay: &str| {
        let start = hay.find(text).unwrap();
        EntitySpan {
            name: name.into(),
            kind,
            block: 0,
            start,
            end: start + text.len(),
        }
    };
    let rows: &[(&str, Lang, &[(&str, EntityKind, &str)], &[Option<&str>])] = &[
        (
            "Londres attire 22 milliards de dollars annoncés par Microsoft, 5 milliards par Google, et 120 000 GPU par Nvidia.",
            Lang::Fr,
            &[
                ("Londres", EntityKind::Place, "Londres"),
                ("Microsoft", EntityKind::Organization, "Microsoft"),
                ("Google", EntityKind::Organization, "Google"),
                ("Nvidia", EntityKind::Organization, "Nvidia"),
            ],
            &[Some("Microsoft"), Some("Google"), Some("Nvidia")],
        ),
        (
            "Ils promettent 22 milliards de dollars annoncés par l’américain Corvane, 5 milliards par le groupe canadien Northpeak.",
            Lang::Fr,
            &[
                ("États-Unis", EntityKind::Place, "américain"),
                ("Corvane", EntityKind::Organization, "Corvane"),
                ("Northpeak", EntityKind::Organization, "Northpeak"),
            ],
            &[Some("Corvane"), Some("Northpeak")],
        ),
        (
            "A $4 billion order placed by the chipmaker Veltor.",
            Lang::En,
            &[("Veltor", EntityKind::Organization, "Veltor")],
            &[Some("Veltor")],
        ),
        (
            "Amazon investira 10 milliards d’euros en France.",
            Lang::Fr,
            &[
                ("Amazon", EntityKind::Organization, "Amazon"),
                ("France", EntityKind::Place, "France"),
            ],
            &[Some("Amazon")],
        ),
        (
            "Le plan de la Commission européenne, doté de 20 milliards d’euros, avance.",
            Lang::Fr,
            &[(
                "Commission européenne",
                EntityKind::Organization,
                "Commission européenne",
            )],
            &[Some("Commission européenne")],
        ),
        (
            "Microsoft's $25 billion plan.",
            Lang::En,
            &[("Microsoft", EntityKind::Organization, "Microsoft")],
            &[Some("Microsoft")],
        ),
        (
            "Oracle announced a $9 billion investment in Spain.",
            Lang::En,
            &[
                ("Oracle", EntityKind::Organization, "Oracle"),
                ("Spain", EntityKind::Place, "Spain"),
            ],
            &[Some("Oracle")],
        ),
        (
            "Meta raised its pledge from $2 billion to $3 billion.",
            Lang::En,
            &[("Meta", EntityKind::Organization, "Meta")],
            &[Some("Meta"), Some("Meta")],
        ),
        (
            "Une enveloppe de 3 milliards d’euros.",
            Lang::Fr,
            &[],
            &[None],
        ),
    ];
    for (text, lang, ents, want) in rows {
        let spans: Vec<EntitySpan> = ents.iter().map(|(n, k, t)| e(n, *k, t, text)).collect();
        let got: Vec<Option<String>> = extract_figures(&[text], *lang, &spans)
            .into_iter()
            .map(|f| f.subject.as_deref().map(str::to_string))
            .collect();
        let want: Vec<Option<String>> = want.iter().map(|w| w.map(str::to_string)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn same_as_points_to_first() {
    let figs = extract_figures(&["A £8 billion ($10.9 billion) plan."], Lang::En, &[]);
    assert_eq!(figs.len(), 2);
    assert_eq!(figs[1].same_as(), Some(0));
    assert_eq!(figs[0].same_as(), None);
}

/// A sum in a heading that the text under it tells again is that one; another subject, another
/// currency, or a figure past the next heading is another sum.
#[test]
fn headings_restate_the_figures_told_under_them() {
    let usd = |block: usize, amount: f64, subject: Option<&str>| {
        Figure::new(FigureKind::Money, block, 0, 4, amount)
            .with_currency(Some("USD"))
            .with_subject(subject.map(Arc::from))
    };
    let mut figs = vec![
        usd(0, 410e6, Some("Acme")), // the title
        usd(0, 3e9, None),
        usd(1, 3e9, Some("Beta")), // told again, by another subject named only here
        usd(1, 410e6, None),       // told again
        usd(2, 410e6, Some("Gamma")), // another subject
        usd(3, 7e6, None).with_currency(Some("EUR")), // a subheading
        usd(4, 7e6, None),         // dollars, not euros
        usd(4, 5e6, None),
        usd(5, 5e6, None), // the next heading
        usd(6, 5e6, None),
    ];
    restated_under_headings(&mut figs, |b| [0, 3, 5].contains(&b));
    let same: Vec<Option<usize>> = figs.iter().map(Figure::same_as).collect();
    assert_eq!(
        same,
        [
            Some(3),
            Some(2),
            None,
            None,
            None,
            None,
            None,
            None,
            Some(9),
            None
        ]
    );
    assert_eq!(figs[3].subject.as_deref(), Some("Acme"));
    assert_eq!(figs[2].subject.as_deref(), Some("Beta"));
}
