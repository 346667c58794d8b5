//! Round 71 (regional bodies: names that list their remits after an agency's or a board's
//! head).

use super::tests_merge::check_found;
use crate::extract::types::{EntityKind, Lang};
use EntityKind::*;

#[test]
fn rules_round71_an_agency_or_a_board_listing_its_remits_is_one_body() {
    let vermont =
        "The Vermont Agency of Agriculture, Food and Markets said it would inspect the farm.";
    let marine = "The Department of Agriculture, Food and the Marine said it would act.";
    let parks = "The New York State Office of Parks, Recreation and Historic Preservation runs it.";
    let institute = "A report from the Institute of Food, Nutrition and Health came out on Monday.";
    // guards: a list that names known places, firms, towns or given names is a list of
    // other things
    let inquiry = "The Board of Inquiry, France and Germany agreed on Monday.";
    let fisheries = "The Agency of Fisheries, Google and Amazon agreed on it.";
    let physics = "The Institute of Physics, Oxford University and Imperial College signed it.";
    check_found(&[
        (
            &[vermont],
            Lang::En,
            Organization,
            "Vermont Agency of Agriculture, Food and Markets",
            true,
        ),
        (&[vermont], Lang::En, Organization, "Markets", false),
        (
            &[marine],
            Lang::En,
            Organization,
            "Department of Agriculture, Food and the Marine",
            true,
        ),
        (
            &[parks],
            Lang::En,
            Organization,
            "New York State Office of Parks, Recreation and Historic Preservation",
            true,
        ),
        (
            &[institute],
            Lang::En,
            Organization,
            "Institute of Food, Nutrition and Health",
            true,
        ),
        (&[inquiry], Lang::En, Place, "France", true),
        (
            &[inquiry],
            Lang::En,
            Organization,
            "Board of Inquiry, France and Germany",
            false,
        ),
        (&[fisheries], Lang::En, Organization, "Google", true),
        (
            &[physics],
            Lang::En,
            Organization,
            "Institute of Physics",
            true,
        ),
    ]);
}
