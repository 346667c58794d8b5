//! (Round 69) Portuguese places' names in French and English news: "São Félix do Xingu",
//! "Terra do Meio", "Foz do Iguaçu", "Ilha das Flores". The run takes the Portuguese
//! "do"/"das" (see [`super::candidates::CONNECTORS`]) and, opened by a word that opens
//! places' names there, is a place (saints' and other given names may follow: "São José dos
//! Campos", "Ilha das Flores"); another first word ("Maria do Carmo"), a body's or a title's
//! word ("Banco do Brasil") is read as before.

use super::candidates::Item;
use super::classify::{Ctx, lex};

/// Words opening Portuguese places' names: saints, rivers, lands, mouths, towns, islands,
/// points, ports, beaches, ranges, hills, valleys, fields, bars, capes, lagoons, "new",
/// "good", "high" and "low".
const OPENINGS: &[&str] = &[
    "São",
    "Santa",
    "Santo",
    "Rio",
    "Terra",
    "Foz",
    "Vila",
    "Ilha",
    "Ponta",
    "Porto",
    "Praia",
    "Serra",
    "Morro",
    "Vale",
    "Campo",
    "Campos",
    "Barra",
    "Cabo",
    "Lagoa",
    "Nova",
    "Novo",
    "Boa",
    "Bom",
    "Alto",
    "Baixo",
    "Monte",
    "Ribeirão",
    "Cachoeira",
    "Chapada",
    "Mato",
    "Pedra",
];

/// A word of [`OPENINGS`], or a body's Portuguese noun ("Banco do Brasil", "Partido dos
/// Trabalhadores"): a sentence's first word that takes "do" or "das" after it.
pub(super) fn opening(w: &str) -> bool {
    OPENINGS.contains(&w)
        || matches!(
            w,
            "Banco"
                | "Partido"
                | "Universidade"
                | "Instituto"
                | "Ministério"
                | "Tribunal"
                | "Supremo"
                | "Companhia"
                | "Sindicato"
                | "Associação"
                | "Federação"
                | "Movimento"
                | "Fundação"
                | "Estado"
                | "Governo"
                | "Secretaria"
        )
}

/// `run` (`words` its words) is a Portuguese place's name: an opening of [`OPENINGS`], plain
/// words, and a Portuguese "do", "da", "dos" or "das" between two of them.
pub(super) fn portuguese_place(ctx: &Ctx, run: &[Item], words: &[usize]) -> bool {
    let Some(&Item::Word(first)) = run.first() else {
        return false;
    };
    OPENINGS.contains(&ctx.w(first))
        && run
            .iter()
            .any(|i| matches!(*i, Item::Conn(c) if matches!(ctx.w(c), "do" | "da" | "dos" | "das")))
        && run.iter().all(|i| match *i {
            Item::Word(_) => true,
            Item::Conn(c) => matches!(ctx.w(c), "do" | "da" | "dos" | "das"),
            Item::Gaz { .. } => false,
        })
        && matches!(run.last(), Some(Item::Word(_)))
        && words[1..].iter().all(|&k| {
            !ctx.is(k, lex::ORG_CUE | lex::TITLE)
                // ("Santa Casa da Misericórdia", a charity; "Vila do Samba", a samba school)
                && !matches!(ctx.w(k), "Casa" | "Escola" | "Samba")
        })
}
