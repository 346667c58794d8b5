//! One table case per rule of the fourteenth round (round 19 of the held-out sets), read off
//! the errors of sets 20 and 21: a lone unknown French name after a lowercase "le"/"l’" (a
//! river, a mountain, a region), which had fallen to the default guess, an organisation.

use super::tests_rules::check_kinds;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round14_french_article_before_a_lone_name() {
    check_kinds(&[
        // "le"/"l’" straight before a lone unknown name: a river, a mountain, a region
        (
            "La crue a emporté la passerelle qui enjambait le Vornasson en octobre.",
            Lang::Fr,
            "Vornasson",
            Some(Place),
        ),
        (
            "Les eaux usées ont rejoint l’Aurgeon avant la fin de la nuit.",
            Lang::Fr,
            "Aurgeon",
            Some(Place),
        ),
        // ... but not where an employer or a source goes, nor after "et" (no place; since
        // round 24 a lone guess named once with no cue, "par le Cermoz", is no organisation
        // either, and "chercheuse à l’" is the cue of an employer)
        (
            "Claire Mounier, chercheuse à l’Ibrave, suit ces parcelles depuis dix ans.",
            Lang::Fr,
            "Ibrave",
            Some(Organization),
        ),
        (
            "Les mesures réalisées par le Cermoz montrent une nette dégradation.",
            Lang::Fr,
            "Cermoz",
            None,
        ),
    ]);
}
