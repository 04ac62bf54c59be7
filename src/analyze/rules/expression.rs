//! Whether a provision punishes or restricts expression: the test that sets
//! the severity of the element-of-offence rules (intent, conduct).
//!
//! A provision punishes expression when it carries a sanction, or reads as
//! an offence or a prohibition, and speaks of information, dissemination,
//! publication, media or online platforms.

use super::super::lexicon::Patterns;
use super::super::penalty;
use crate::statute::Language;
use std::sync::OnceLock;

/// Words that make a provision an offence or a prohibition, by language.
const LIABILITY: [&[&str]; 3] = [
    &[
        "shall entail",
        "shall be punished",
        "punishable",
        "liability",
        "offence|offense",
        "prohibited|prohibition|prohibits",
        "shall not be allowed",
    ],
    &[
        "влеч{ет,ут}",
        "наказыва{ется,ются}",
        "ответственност*",
        "правонарушени*",
        "запреща{ется,ются}|запрещен*",
        "не допуска{ется,ются}",
    ],
    &[
        "әкеп соғады",
        "жазаланады",
        "жауаптылық*",
        "құқық бұзушылық*",
        "тыйым салынады",
        "жол берілмейді",
    ],
];

/// Words of expression, information and media, by language.
const EXPRESSION: [&[&str]; 3] = [
    &[
        "information",
        "dissemination|disseminate*|disseminating",
        "publication|publish*",
        "media",
        "online platform*",
        "statement*|speech|expression",
        "journalist*",
        "press",
        "broadcast*",
        "internet",
    ],
    &[
        "информаци*",
        "распространени*|распространя*",
        "размещени*|размеща*",
        "опубликовани*|публикаци*|опубликова*",
        "масс-медиа|сми",
        "средств* массовой информации",
        "онлайн-платформ*",
        "сообщени*|материал*",
        "журналист*",
        "высказывани*|выступлени*",
        "интернет*",
        "вещани*|телерадио*",
    ],
    &[
        "ақпарат*",
        "тарат*",
        "орналастыр*",
        "жария*",
        "масс-медиа*",
        "бұқаралық ақпарат*",
        "онлайн-платформ*",
        "журналист*",
        "хабар*",
        "интернет*",
    ],
];

fn index(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::Ru => 1,
        Language::Kk => 2,
    }
}

/// The compiled word lists for one language: (liability, expression).
fn patterns(lang: Language) -> &'static (Patterns, Patterns) {
    static CELLS: [OnceLock<(Patterns, Patterns)>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = index(lang);
    CELLS[i].get_or_init(|| {
        (
            Patterns::new(&[LIABILITY[i]]),
            Patterns::new(&[EXPRESSION[i]]),
        )
    })
}

/// Whether a provision (its text and its article's heading) punishes or restricts expression.
pub fn punishes_expression(text: &str, heading: Option<&str>, lang: Language) -> bool {
    let (liability, expression) = patterns(lang);
    let heading = heading.unwrap_or("");
    let liable = liability.any_in(text)
        || liability.any_in(heading)
        || !penalty::extract(text, lang).is_empty();
    liable && (expression.any_in(text) || expression.any_in(heading))
}

/// Whether a provision is an offence (it has a sanction or speaks of liability) about expression.
///
/// Narrower than [`punishes_expression`]: a prohibition or a right that
/// mentions dissemination is not an offence whose conduct could widen.
pub fn is_expression_offence(text: &str, heading: Option<&str>, lang: Language) -> bool {
    let (_, expression) = patterns(lang);
    let offence = offence(lang);
    let heading = heading.unwrap_or("");
    let liable = offence.any_in(text) || !penalty::extract(text, lang).is_empty();
    liable && (expression.any_in(text) || expression.any_in(heading))
}

/// The liability words without the prohibitions (the first four of each list).
fn offence(lang: Language) -> &'static Patterns {
    static CELLS: [OnceLock<Patterns>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = index(lang);
    CELLS[i].get_or_init(|| Patterns::new(&[&LIABILITY[i][..4]]))
}

/// Whether a text speaks of information, dissemination, publication or media.
pub fn speaks_of_expression(text: &str, lang: Language) -> bool {
    patterns(lang).1.any_in(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_parse() {
        for lists in [LIABILITY, EXPRESSION] {
            for list in lists {
                Patterns::all_parse(&[list]).unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }

    #[test]
    fn tells_expression_offences_from_others() {
        assert!(punishes_expression(
            "Размещение ложной информации в масс-медиа – влечет штраф",
            None,
            Language::Ru
        ));
        assert!(!punishes_expression(
            "Нарушение правил пожарной безопасности – влечет штраф",
            None,
            Language::Ru
        ));
        assert!(punishes_expression(
            "Dissemination of false information shall entail a fine",
            None,
            Language::En
        ));
        assert!(!punishes_expression(
            "The journalist has the right to attend meetings.",
            None,
            Language::En
        ));
        assert!(punishes_expression(
            "Жалған ақпаратты тарату – айыппұл салуға әкеп соғады.",
            None,
            Language::Kk
        ));
        assert!(!punishes_expression(
            "Салық төлеу мерзімін бұзу – айыппұл салуға әкеп соғады.",
            None,
            Language::Kk
        ));
    }
}
