//! Fold a 1/10 MB document once (index build), and search per keystroke on
//! 1/10/100 MB of French/English text with accents.
//! `cargo bench --bench search` (the 100 MB case builds its index once, ~0.3 s).

use std::hint::black_box;
use std::time::Duration;

use article_explorer::search::{Query, QueryMode, SearchIndex};
use criterion::{Criterion, criterion_group, criterion_main};

const PARAS: &[&str] = &[
    "Le décret n° 2024-1234 du 5 mai 2024, publié au Journal officiel, précise les modalités d’application de la loi. Les États-Unis et l’Union européenne ont salué cette œuvre législative « ambitieuse ».",
    "À Paris, le ministre a déclaré\u{a0}: «\u{a0}Nous poursuivrons l’effort budgétaire en 2025.\u{a0}» Selon l’INSEE, la croissance atteindrait 1,1\u{202f}% cette année, après 0,9\u{202f}% l’an dernier.",
    "The European Commission announced on Tuesday a new framework for artificial intelligence. Critics said the rules, which were negotiated over two years, do not go far enough to protect citizens’ privacy.",
    "Dans son rapport, la Cour des comptes souligne que « les dépenses de l’État ont progressé plus vite que prévu ». Elle recommande une révision générale des politiques publiques d’ici à la fin de l’été.",
    "Officials in Washington confirmed that the agreement would take effect next month.\nMarkets reacted calmly, with the S&P 500 closing slightly higher and Treasury yields little changed.",
    "Straße, façade, cœur, naïve, Noël, Öffentlichkeit, São Paulo, Łódź — autant de noms propres qu’un moteur de recherche doit savoir retrouver, même tapés sans accents.",
];

fn corpus(bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < bytes {
        // Vary blocks a little so they are not all identical.
        let p = format!("{} ({i})", PARAS[i % PARAS.len()]);
        total += p.len() + 2;
        out.push(p);
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    for mb in [1usize, 10, 100] {
        let owned = corpus(mb << 20);
        let blocks: Vec<&str> = owned.iter().map(String::as_str).collect();
        let mut g = c.benchmark_group(format!("{mb}MB"));
        g.sample_size(10).warm_up_time(Duration::from_millis(500));
        g.measurement_time(Duration::from_secs(if mb == 100 { 8 } else { 3 }));
        if mb <= 10 {
            g.bench_function("fold (SearchIndex::new)", |b| {
                b.iter(|| SearchIndex::new(black_box(&blocks)))
            });
        }
        let index = SearchIndex::new(&blocks);
        let queries = [
            ("d", QueryMode::Literal),
            ("de", QueryMode::Literal),
            ("decr", QueryMode::Literal),
            ("decret", QueryMode::Literal),
            ("l'etat", QueryMode::Literal),
            ("États", QueryMode::Literal),
            ("zzzz", QueryMode::Literal),
            (r"d.crets?\b", QueryMode::Regex),
            ("Europe", QueryMode::Regex),
        ];
        for (q, mode) in queries {
            g.bench_function(format!("find {mode:?} {q:?}"), |b| {
                b.iter(|| {
                    let query = Query::new(black_box(q), mode);
                    index.find(&blocks, &query).map(|m| m.len())
                })
            });
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
