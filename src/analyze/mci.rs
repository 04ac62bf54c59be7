//! The monthly calculation index (MCI / МРП / АЕК): the tenge value of one
//! MCI in each year, used to show what a fine set in MCI costs.
//!
//! The table is `data/mci.toml`, compiled into the binary so that conversions
//! need no files at run time. Years outside the table have no value: a caller
//! shows the fine in MCI only rather than guess.

use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The MCI of one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MciYear {
    /// The calendar year.
    pub year: i32,
    /// The value of one MCI in tenge used for fines that year.
    pub mci: u32,
    /// Where the value comes from, or what is odd about the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Deserialize)]
struct MciFile {
    year: Vec<MciYear>,
}

static TABLE: LazyLock<Vec<MciYear>> = LazyLock::new(|| {
    let file: MciFile = toml::from_str(include_str!("../../data/mci.toml"))
        // The file is part of the source tree, not user input; the
        // `table_is_complete` test below parses it on every test run.
        .expect("data/mci.toml is valid (checked by mci::tests::table_is_complete)");
    let mut years = file.year;
    years.sort_by_key(|y| y.year);
    years
});

/// The whole table, oldest year first.
pub fn mci_table() -> &'static [MciYear] {
    &TABLE
}

/// The tenge value of one MCI in `year`, if the table has that year.
pub fn mci_for_year(year: i32) -> Option<u32> {
    TABLE
        .binary_search_by_key(&year, |y| y.year)
        .ok()
        .map(|i| TABLE[i].mci)
}

/// Converts an amount in MCI to tenge at the MCI of `year`.
pub fn mci_to_tenge(amount: u64, year: i32) -> Option<u64> {
    amount.checked_mul(u64::from(mci_for_year(year)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete() {
        let years: Vec<i32> = mci_table().iter().map(|y| y.year).collect();
        assert_eq!(years, (2014..=2026).collect::<Vec<_>>());
        assert!(mci_table().windows(2).all(|w| w[0].mci < w[1].mci));
    }

    #[test]
    fn looks_up_years() {
        for (year, mci) in [
            (2014, 1_852),
            (2016, 2_121),
            (2019, 2_525),
            (2020, 2_778),
            (2022, 3_063),
            (2023, 3_450),
            (2024, 3_692),
            (2025, 3_932),
            (2026, 4_325),
        ] {
            assert_eq!(mci_for_year(year), Some(mci), "{year}");
        }
        assert_eq!(mci_for_year(2013), None);
        assert_eq!(mci_for_year(2030), None);
    }

    #[test]
    fn keeps_the_2020_note() {
        let note = mci_table()
            .iter()
            .find(|y| y.year == 2020)
            .and_then(|y| y.note.as_deref());
        assert!(note.is_some_and(|n| n.contains("2,651") && n.contains("1 April")));
    }

    /// The conversions the legal review (seed 002) prints.
    #[test]
    fn matches_the_legal_review() {
        for (mci, year, tenge) in [
            (20, 2022, 61_260),
            (160, 2023, 552_000),
            (750, 2023, 2_587_500),
            (50, 2023, 172_500),
            (1_000, 2023, 3_450_000),
            (25, 2023, 86_250),
        ] {
            assert_eq!(mci_to_tenge(mci, year), Some(tenge), "{mci} MCI in {year}");
        }
        assert_eq!(mci_to_tenge(u64::MAX, 2023), None);
    }
}
