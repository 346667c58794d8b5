//! One table case per rule of round 33 (second part) for organisations (English and general
//! classes from the 36th set's errors): a court named by a common noun that an article opens
//! is a court of law ("the Environment Court"); a sentence's opening plural noun of people
//! joined by "for"/"of" is no part of the name after it ("Lawyers for X said"); a legal form
//! closing coordinated trades makes one firm ("X Printing and Packaging Ltd"). Guards: a
//! venue named bare or by a place ("on Centre Court", "at Hampton Court"); a body named so
//! (its acronym in brackets, its whole name written again); two firms ("between X and Y Ltd",
//! "X Ventures and Y Properties Ltd").

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round33b_a_court_named_by_a_common_noun_is_a_court_of_law() {
    check_found(&[
        (
            &["The Environment Court has quashed a permit for the new quarry."],
            Lang::En,
            Organization,
            "Environment Court",
            true,
        ),
        (
            &["A ruling by the Youth Court was appealed on Tuesday, the lawyer said."],
            Lang::En,
            Organization,
            "Youth Court",
            true,
        ),
        (
            &["Neighbours lost their case before the Planning Court last spring."],
            Lang::En,
            Organization,
            "Planning Court",
            true,
        ),
        // guards: a venue named bare, a palace named by its place
        (
            &["They played their final on Centre Court on Sunday afternoon."],
            Lang::En,
            Organization,
            "Centre Court",
            false,
        ),
        (
            &["The flower show at Hampton Court drew large crowds on Saturday."],
            Lang::En,
            Organization,
            "Hampton Court",
            false,
        ),
    ]);
}

#[test]
fn rules_round33b_an_opening_role_plural_is_no_part_of_the_name() {
    check_found(&[
        (
            &["Lawyers for Harbin Steel Mills argue that the deal is void."],
            Lang::En,
            Organization,
            "Harbin Steel Mills",
            true,
        ),
        (
            &["Lawyers for Harbin Steel Mills argue that the deal is void."],
            Lang::En,
            Organization,
            "Lawyers for Harbin Steel Mills",
            false,
        ),
        (
            &["Attorneys for Delmare Shipping Inc. asked the judge to dismiss the case."],
            Lang::En,
            Organization,
            "Delmare Shipping Inc.",
            true,
        ),
        (
            &["Creditors of Belmont Textiles Ltd will meet in March, the court heard."],
            Lang::En,
            Organization,
            "Belmont Textiles Ltd",
            true,
        ),
        (
            &["Les avocats de Ferronnerie Dumas SA ont plaidé la nullité du contrat."],
            Lang::Fr,
            Organization,
            "Ferronnerie Dumas SA",
            true,
        ),
        // the saying verb is the lawyers': the name after them is no person for it
        (
            &["Solicitors for Pellam Quarries said the appeal would be lodged within a week."],
            Lang::En,
            Person,
            "Pellam Quarries",
            false,
        ),
        (
            &["Solicitors for Pellam Quarries said the appeal would be lodged within a week."],
            Lang::En,
            Organization,
            "Pellam Quarries",
            true,
        ),
        // guard: a person's own name after the role plural stays a person
        (
            &["Lawyers for Martin Quelleck said he would plead not guilty."],
            Lang::En,
            Person,
            "Martin Quelleck",
            true,
        ),
        // guards: a body named so, with its acronym or named again
        (
            &["Lawyers for Civic Freedom (LCF) filed a brief on Monday."],
            Lang::En,
            Organization,
            "Lawyers for Civic Freedom",
            true,
        ),
        (
            &[
                "Investors for Fair Mining Trust wrote to the board. Its chair said Investors for Fair Mining Trust had 300 members.",
            ],
            Lang::En,
            Organization,
            "Fair Mining Trust",
            false,
        ),
    ]);
}

#[test]
fn rules_round33b_a_legal_form_closes_coordinated_trades() {
    check_found(&[
        (
            &["Marden Printing and Packaging Ltd cut 40 jobs on Tuesday."],
            Lang::En,
            Organization,
            "Marden Printing and Packaging Ltd",
            true,
        ),
        (
            &["Wrenfield Shipping and Logistics Inc. filed a claim against the port."],
            Lang::En,
            Organization,
            "Wrenfield Shipping and Logistics Inc.",
            true,
        ),
        (
            &["Le groupe Ardent Foods et Textiles SA a signé le contrat lundi."],
            Lang::Fr,
            Organization,
            "Ardent Foods et Textiles SA",
            true,
        ),
        // guards: two firms, after "between" or with a second firm's own two words
        (
            &[
                "The ruling concerns a contract between Dorval Mining and Keswick Ltd, a court heard.",
            ],
            Lang::En,
            Organization,
            "Keswick Ltd",
            true,
        ),
        (
            &["Talks between Olund Tarrow Ventures and Corvale Properties Ltd broke down."],
            Lang::En,
            Organization,
            "Corvale Properties Ltd",
            true,
        ),
        (
            &["A deal by Olund Tarrow Ventures and Corvale Properties Ltd was signed."],
            Lang::En,
            Organization,
            "Corvale Properties Ltd",
            true,
        ),
    ]);
}
