//! Tests of the penalty module.

use super::*;

/// The sanctions of a text, one line each in their report form.
fn show(text: &str, lang: Language) -> Vec<String> {
    extract(text, lang)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn check(table: &[(&str, &[&str])], lang: Language) {
    for (text, want) in table {
        assert_eq!(show(text, lang), *want, "\n{text}");
    }
}

/// Criminal Code sanctions as the ARTICLE 19 submission (seed 000)
/// translates them in its footnotes 14–17, 19, 28, 37 and 39, one part
/// at a time.
const SEED_000: &[(&str, &[&str])] = &[
    // Art. 376 part 1
    (
        "– shall be punished by the fine in the amount of up to two hundred monthly calculation indices or correctional works in the same amount, or arrest for the term of up to fifty days;",
        &[
            "fine: up to 200 MCI",
            "correctional works: up to 200 MCI (alternative)",
            "arrest: up to 50 days (alternative)",
        ],
    ),
    // Art. 376 part 2
    (
        "- shall be punished by the fine in the amount of up to two thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to two years, or imprisonment for the same term;",
        &[
            "fine: up to 2,000 MCI",
            "correctional works: up to 2,000 MCI (alternative)",
            "restriction of liberty: up to 2 years (alternative)",
            "imprisonment: up to 2 years (alternative)",
        ],
    ),
    // Art. 376 part 3, Art. 373 part 2, Art. 375 part 2
    (
        "– shall be punished by the fine in the amount of up to three thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to three years, or imprisonment for the same term;",
        &[
            "fine: up to 3,000 MCI",
            "correctional works: up to 3,000 MCI (alternative)",
            "restriction of liberty: up to 3 years (alternative)",
            "imprisonment: up to 3 years (alternative)",
        ],
    ),
    // Art. 378 part 1
    (
        "– shall be punished by the fine in the amount of up to eighty monthly calculation indices or correctional works in the same amount, or community services for the term of up to eighty hours, or arrest for the term of up to twenty days;",
        &[
            "fine: up to 80 MCI",
            "correctional works: up to 80 MCI (alternative)",
            "community service: up to 80 hours (alternative)",
            "arrest: up to 20 days (alternative)",
        ],
    ),
    // Art. 378 part 2
    (
        "- shall be punished by the fine in the amount of up to one hundred and sixty monthly calculation indices or correctional works in the same amount, or community services for the term of up to one hundred and sixty hours, or arrest for the term of up to forty days;",
        &[
            "fine: up to 160 MCI",
            "correctional works: up to 160 MCI (alternative)",
            "community service: up to 160 hours (alternative)",
            "arrest: up to 40 days (alternative)",
        ],
    ),
    // Art. 373 part 1, Art. 375 part 1
    (
        "– shall be punished by the fine in the amount of up to two thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to two years, or imprisonment for the same term;",
        &[
            "fine: up to 2,000 MCI",
            "correctional works: up to 2,000 MCI (alternative)",
            "restriction of liberty: up to 2 years (alternative)",
            "imprisonment: up to 2 years (alternative)",
        ],
    ),
    // Art. 373 part 3 (the footnote ends with a full stop), Art. 375 part 3
    (
        "– shall be punished by the fine in the amount of up to five thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to five years, or imprisonment for the same term.",
        &[
            "fine: up to 5,000 MCI",
            "correctional works: up to 5,000 MCI (alternative)",
            "restriction of liberty: up to 5 years (alternative)",
            "imprisonment: up to 5 years (alternative)",
        ],
    ),
    // Art. 274 part 1
    (
        "- shall be punished by the fine in the amount of up to one thousand monthly calculation indices or correctional works in the same amount, community service of up to 400 hours, restriction of liberty for the term of up to one year, or imprisonment for the same term;",
        &[
            "fine: up to 1,000 MCI",
            "correctional works: up to 1,000 MCI (alternative)",
            "community service: up to 400 hours (alternative)",
            "restriction of liberty: up to 1 year (alternative)",
            "imprisonment: up to 1 year (alternative)",
        ],
    ),
    // Art. 274 part 2
    (
        "3) with the use of mass media or information and communication networks,- shall be punished by the fine in the amount of up to five thousand monthly calculation indices or correctional works in the same amount, community service of up to eight hundred hours, restriction of liberty for the term of up to three years, or imprisonment for the same term;",
        &[
            "fine: up to 5,000 MCI",
            "correctional works: up to 5,000 MCI (alternative)",
            "community service: up to 800 hours (alternative)",
            "restriction of liberty: up to 3 years (alternative)",
            "imprisonment: up to 3 years (alternative)",
        ],
    ),
    // Art. 274 part 3, with its disposition ("entailed … consequences")
    (
        "3. The actions, provided by first or second parts of this Article, entailed infliction of heavy damage to the citizen, organization or the state or other grave consequences, - shall be punished by the fine in the amount of up to five thousand monthly calculation indices or correctional works in the same amount, community service of up to 1200 hours, restriction of liberty for up to five years, or imprisonment for the same term;",
        &[
            "fine: up to 5,000 MCI",
            "correctional works: up to 5,000 MCI (alternative)",
            "community service: up to 1,200 hours (alternative)",
            "restriction of liberty: up to 5 years (alternative)",
            "imprisonment: up to 5 years (alternative)",
        ],
    ),
    // Art. 274 part 4
    (
        "2) in the conditions of emergency situation or in the face of the enemy, or in time of war, or during public events -shall be punished by imprisonment for the term of three to seven years.",
        &["imprisonment: 3–7 years"],
    ),
    // Art. 174 part 1
    (
        "- shall be punished by restriction of liberty for the term of two to seven years or imprisonment for the same term;",
        &[
            "restriction of liberty: 2–7 years",
            "imprisonment: 2–7 years (alternative)",
        ],
    ),
    // Art. 174 part 2
    (
        "- shall be punished by imprisonment for the term of five to ten years with deprivation of the right to occupy determined positions or to engage in a determined activity for the term of up to three years or without it;",
        &[
            "imprisonment: 5–10 years",
            "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
        ],
    ),
    // Art. 174 part 3
    (
        "- shall be punished by imprisonment for the term of twelve to twenty years with deprivation of the right to occupy determined positions or to engage in a determined activity for the term of up to three years or without it.",
        &[
            "imprisonment: 12–20 years",
            "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
        ],
    ),
    // Art. 180 part 1
    (
        "- shall be punished with a fine of one thousand up to five thousand monthly calculation indices either by restriction of freedom for a period of up to seven years, or imprisonment for the same period;",
        &[
            "fine: 1,000–5,000 MCI",
            "restriction of liberty: up to 7 years (alternative)",
            "imprisonment: up to 7 years (alternative)",
        ],
    ),
    // Art. 180 part 2
    (
        "- is punished by imprisonment for the term from five up to ten years;",
        &["imprisonment: 5–10 years"],
    ),
    // Art. 180 part 3
    (
        "- shall be punished with imprisonment for a term of ten to fifteen years with or without the deprivation of citizenship of the Republic of Kazakhstan.",
        &[
            "imprisonment: 10–15 years",
            "deprivation of citizenship (additional, optional)",
        ],
    ),
    // Art. 256 (the part the submission quotes)
    (
        "- shall be punished with confiscation of property; 2. The same acts committed by a person using his official position either by the leader of a public association, or by using mass media or telecommunications networks, or by a group of persons or a group of persons by prior agreement, including using funds received from foreign sources, - is punishable by imprisonment for a term of seven to twelve years with confiscation of property.",
        &[
            "confiscation",
            "imprisonment: 7–12 years",
            "confiscation (additional)",
        ],
    ),
];

#[test]
fn reads_the_criminal_code_translations() {
    check(SEED_000, Language::En);
}

/// A whole footnote: parts joined by "; 2.", the note negated.
#[test]
fn reads_a_whole_footnote() {
    let footnote = "15 Article 378. Insult of representative of authority: 1. Insult of representative of authority upon performance by him (her) of his (her) duties or in connection with their performance – shall be punished by the fine in the amount of up to eighty monthly calculation indices or correctional works in the same amount, or \
community services for the term of up to eighty hours, or arrest for the term of up to twenty days; 2. The same action, committed publicly or with the use of mass \
media or information and communication networks, - shall be punished by the fine in the amount of up to one hundred and sixty monthly calculation indices or \
correctional works in the same amount, or community services for the term of up to one hundred and sixty hours, or arrest for the term of up to forty days; Note. \
Public performances, containing criticisms on official activity of the representative of authority shall not entail criminal responsibility under this Article.";
    let got = show(footnote, Language::En);
    assert_eq!(got.len(), 8, "{got:#?}");
    assert_eq!(got[0], "fine: up to 80 MCI");
    assert_eq!(got[7], "arrest: up to 40 days (alternative)");
}

/// Code of Administrative Offences sanctions as the legal review (seed
/// 002) describes them, with every figure it gives.
const SEED_002: &[(&str, &[&str])] = &[
    // Art. 451 part 1 (the review calls it 451-1)
    (
        "According to the provisions of the Law on Mass Media, some violations by the media entail fines under the Administrative Code¹⁴, without registration after a decision has been made to suspend, terminate their release (broadcast) or recognize the certificate of registration as invalid - on officials in the amount ten, for small businesses - in the amount of twenty, for medium-sized businesses - in the amount of fifty, for large businesses - in the amount of three hundred monthly calculation indices, with confiscation of media products (Chapter 26, Article 451-1).",
        &[
            "fine on officials: 10 MCI",
            "fine on small businesses: 20 MCI",
            "fine on medium businesses: 50 MCI",
            "fine on large businesses: 300 MCI",
            "confiscation (additional)",
        ],
    ),
    // Art. 451 parts 2 and 3 (451-2, 451-3)
    (
        "If there was no re-registration in cases of change of owner or its legal form, name, as well as the name of the media, change in the language of publication or broadcasting, territory of distribution, main thematic focus, frequency of release - entail a fine on officials in the amount of forty, for small businesses - in the amount of one hundred, for medium-sized businesses - in the amount of two hundred, for large businesses - in the amount of one thousand monthly calculation indices, with the suspension of the release (broadcast) of the media for a period of up to three months. In case of repeated violation within a year after the imposition of an administrative penalty, it will entail a ban on the publication (broadcasting) of the mass media (Chapter 26, Article 451-2,3).",
        &[
            "fine on officials: 40 MCI",
            "fine on small businesses: 100 MCI",
            "fine on medium businesses: 200 MCI",
            "fine on large businesses: 1,000 MCI",
            "suspension of the outlet: up to 3 months (additional)",
            "ban of the outlet",
        ],
    ),
    // Art. 73-3
    (
        "The above article assumes the imposition of serious administrative fines, ranging from 160 to 750 MCI and more, as well as the possibility of being under administrative arrest for a period of 20 to 30 days.",
        &["fine: 160–750 MCI", "arrest: 20–30 days (alternative)"],
    ),
    // Art. 460-1
    (
        "Thus, [Article 460-1 of the Code of Administrative Offenses](#)⁴⁴ for violation of the procedure for submitting information about the receipt of money and (or) other property from foreign states, international and foreign organizations, foreigners, stateless persons or their spending, depending on the circumstances, implies a sanction in the form of a fine between 50 and 1,000 monthly calculation indices, as well as a possible prohibition of activities for legal entities.",
        &[
            "fine: 50–1,000 MCI",
            "ban of activity on legal entities (additional, optional)",
        ],
    ),
    // Art. 460-2
    (
        "[Article 460-2 of the Code of Administrative Offenses](#) is provided for violation of the procedure for publishing, distributing and (or) posting materials by persons receiving money and (or) other property from foreign states, international and foreign organizations, foreigners, stateless persons, depending on the circumstances, entail a warning or a sanction in the form of a fine in the amount of 25 monthly calculation indices.⁴⁵",
        &["warning", "fine: 25 MCI (alternative)"],
    ),
];

#[test]
fn reads_the_legal_review() {
    check(SEED_002, Language::En);
}

/// The review's tenge figures for 2023 (MCI 3,450).
#[test]
fn converts_the_legal_review_figures_to_tenge() {
    let tenge = |text: &str| {
        extract(text, Language::En)
            .iter()
            .filter(|s| s.kind == SanctionKind::Fine)
            .map(|s| Tenge::of(s.amount.as_ref(), Some(2023)).map(|t| (t.min, t.max)))
            .collect::<Vec<_>>()
    };
    assert_eq!(tenge(SEED_002[2].0), [Some((Some(552_000), 2_587_500))]);
    assert_eq!(tenge(SEED_002[3].0), [Some((Some(172_500), 3_450_000))]);
    assert_eq!(tenge(SEED_002[4].0), [Some((Some(86_250), 86_250))]);
}

/// Code of Administrative Offences, chapter 26, as in force on
/// 9 September 2024: every part of Arts. 451, 453 and 456-2.
const CAO_2024: &[(&str, &[&str])] = &[
    // Art. 451 part 1
    (
        "влечет штраф на должностных лиц в размере десяти, на субъектов малого предпринимательства – в размере двадцати, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере трехсот месячных расчетных показателей, с конфискацией продукции средства массовой информации.",
        &[
            "fine on officials: 10 MCI",
            "fine on small businesses: 20 MCI",
            "fine on medium businesses: 50 MCI",
            "fine on large businesses: 300 MCI",
            "confiscation (additional)",
        ],
    ),
    // Art. 451 part 2
    (
        "влекут штраф на должностных лиц в размере сорока, на субъектов малого предпринимательства – в размере ста, на субъектов среднего предпринимательства – в размере двухсот, на субъектов крупного предпринимательства – в размере одной тысячи месячных расчетных показателей, с приостановлением выпуска (выхода в эфир) средства массовой информации на срок до трех месяцев.",
        &[
            "fine on officials: 40 MCI",
            "fine on small businesses: 100 MCI",
            "fine on medium businesses: 200 MCI",
            "fine on large businesses: 1,000 MCI",
            "suspension of the outlet: up to 3 months (additional)",
        ],
    ),
    // Art. 451 part 3
    (
        "влекут запрещение выпуска (выхода в эфир) средства массовой информации.",
        &["ban of the outlet"],
    ),
    // Art. 451 part 4
    (
        "влечет штраф на физических лиц в размере пяти, на должностных лиц, субъектов малого предпринимательства или некоммерческие организации – в размере двадцати пяти, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
        &[
            "fine on individuals: 5 MCI",
            "fine on officials: 25 MCI",
            "fine on small businesses: 25 MCI",
            "fine on non-commercial organisations: 25 MCI",
            "fine on medium businesses: 50 MCI",
            "fine on large businesses: 100 MCI",
        ],
    ),
    // Art. 451 part 5
    (
        "влечет штраф на физических и должностных лиц, субъектов малого предпринимательства или некоммерческие организации в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей.",
        &[
            "fine on individuals: 50 MCI",
            "fine on officials: 50 MCI",
            "fine on small businesses: 50 MCI",
            "fine on non-commercial organisations: 50 MCI",
            "fine on medium businesses: 100 MCI",
            "fine on large businesses: 200 MCI",
        ],
    ),
    // Art. 451 parts 6, 12 and 14
    (
        "влечет штраф на должностных лиц в размере пятидесяти, на субъектов малого предпринимательства или некоммерческие организации – в размере ста, на субъектов среднего предпринимательства – в размере ста пятидесяти, на субъектов крупного предпринимательства – в размере трехсот месячных расчетных показателей.",
        &[
            "fine on officials: 50 MCI",
            "fine on small businesses: 100 MCI",
            "fine on non-commercial organisations: 100 MCI",
            "fine on medium businesses: 150 MCI",
            "fine on large businesses: 300 MCI",
        ],
    ),
    // Art. 451 parts 7, 13 and 15
    (
        "влекут штраф на должностных лиц в размере ста, на субъектов малого предпринимательства или некоммерческие организации – в размере ста пятидесяти, на субъектов среднего предпринимательства – в размере двухсот, на субъектов крупного предпринимательства – в размере четырехсот месячных расчетных показателей.",
        &[
            "fine on officials: 100 MCI",
            "fine on small businesses: 150 MCI",
            "fine on non-commercial organisations: 150 MCI",
            "fine on medium businesses: 200 MCI",
            "fine on large businesses: 400 MCI",
        ],
    ),
    // Art. 451 part 8
    (
        "влечет предупреждение или штраф на должностных лиц в размере десяти, на субъектов малого предпринимательства – в размере двадцати, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере трехсот месячных расчетных показателей.",
        &[
            "warning",
            "fine on officials: 10 MCI (alternative)",
            "fine on small businesses: 20 MCI (alternative)",
            "fine on medium businesses: 50 MCI (alternative)",
            "fine on large businesses: 300 MCI (alternative)",
        ],
    ),
    // Art. 451 part 9
    (
        "влечет штраф на должностных лиц в размере пятидесяти, на субъектов малого предпринимательства – в размере ста пятидесяти, на субъектов среднего предпринимательства – в размере двухсот пятидесяти, на субъектов крупного предпринимательства – в размере одной тысячи месячных расчетных показателей, с лишением лицензии на деятельность по организации телевизионного и (или) радиовещания и приостановлением выпуска (выхода в эфир) средства массовой информации на срок до трех месяцев.",
        &[
            "fine on officials: 50 MCI",
            "fine on small businesses: 150 MCI",
            "fine on medium businesses: 250 MCI",
            "fine on large businesses: 1,000 MCI",
            "licence revocation (additional)",
            "suspension of the outlet: up to 3 months (additional)",
        ],
    ),
    // Art. 451 part 10
    (
        "влечет штраф на должностных лиц в размере пятидесяти, на юридических лиц – в размере ста месячных расчетных показателей.",
        &[
            "fine on officials: 50 MCI",
            "fine on legal entities: 100 MCI",
        ],
    ),
    // Art. 451 part 11
    (
        "влечет штраф на должностных лиц в размере ста, на юридических лиц – в размере двухсот месячных расчетных показателей.",
        &[
            "fine on officials: 100 MCI",
            "fine on legal entities: 200 MCI",
        ],
    ),
    // Art. 453 part 1 («влекут»); part 2 is the same with «влечет»
    (
        "влекут штраф на физических лиц в размере двадцати, на должностных лиц – в размере двадцати пяти, на субъектов малого предпринимательства или некоммерческие организации – в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей, с конфискацией продукции масс-медиа.",
        &[
            "fine on individuals: 20 MCI",
            "fine on officials: 25 MCI",
            "fine on small businesses: 50 MCI",
            "fine on non-commercial organisations: 50 MCI",
            "fine on medium businesses: 100 MCI",
            "fine on large businesses: 200 MCI",
            "confiscation (additional)",
        ],
    ),
    (
        "влечет штраф на физических лиц в размере двадцати, на должностных лиц – в размере двадцати пяти, на субъектов малого предпринимательства или некоммерческие организации – в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей, с конфискацией продукции масс-медиа.",
        &[
            "fine on individuals: 20 MCI",
            "fine on officials: 25 MCI",
            "fine on small businesses: 50 MCI",
            "fine on non-commercial organisations: 50 MCI",
            "fine on medium businesses: 100 MCI",
            "fine on large businesses: 200 MCI",
            "confiscation (additional)",
        ],
    ),
    // Art. 453 part 3
    (
        "влекут штраф на физических лиц в размере ста, на должностных лиц – в размере ста пятидесяти, на субъектов малого предпринимательства или некоммерческие организации – в размере двухсот, на субъектов среднего предпринимательства – в размере трехсот, на субъектов крупного предпринимательства – в размере тысячи пятисот месячных расчетных показателей, с конфискацией продукции масс-медиа с лишением лицензии на деятельность по организации телевизионных программ и (или) радиовещания и запрещением деятельности юридического лица.",
        &[
            "fine on individuals: 100 MCI",
            "fine on officials: 150 MCI",
            "fine on small businesses: 200 MCI",
            "fine on non-commercial organisations: 200 MCI",
            "fine on medium businesses: 300 MCI",
            "fine on large businesses: 1,500 MCI",
            "confiscation (additional)",
            "licence revocation (additional)",
            "ban of activity on legal entities (additional)",
        ],
    ),
    // Art. 453 part 4
    (
        "влекут штраф на физических лиц в размере ста, на должностных лиц – в размере ста пятидесяти, на субъектов малого предпринимательства или некоммерческие организации – в размере двухсот, на субъектов среднего предпринимательства – в размере трехсот, на субъектов крупного предпринимательства – в размере тысячи пятисот месячных расчетных показателей, с конфискацией продукции.",
        &[
            "fine on individuals: 100 MCI",
            "fine on officials: 150 MCI",
            "fine on small businesses: 200 MCI",
            "fine on non-commercial organisations: 200 MCI",
            "fine on medium businesses: 300 MCI",
            "fine on large businesses: 1,500 MCI",
            "confiscation (additional)",
        ],
    ),
    // Art. 453 part 5
    (
        "влекут штраф на физических лиц в размере двухсот, на должностных лиц – в размере трехсот, на субъектов малого предпринимательства или некоммерческие организации – в размере трехсот пятидесяти, на субъектов среднего предпринимательства – в размере четырехсот, на субъектов крупного предпринимательства – в размере двух тысяч месячных расчетных показателей, с лишением лицензии на деятельность по организации телевизионного и (или) радиовещания и запрещением деятельности юридического лица.",
        &[
            "fine on individuals: 200 MCI",
            "fine on officials: 300 MCI",
            "fine on small businesses: 350 MCI",
            "fine on non-commercial organisations: 350 MCI",
            "fine on medium businesses: 400 MCI",
            "fine on large businesses: 2,000 MCI",
            "licence revocation (additional)",
            "ban of activity on legal entities (additional)",
        ],
    ),
    // Art. 456-2 part 1
    (
        "влечет штраф на должностных лиц, субъектов малого предпринимательства, некоммерческие организации – в размере тридцати, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
        &[
            "fine on officials: 30 MCI",
            "fine on small businesses: 30 MCI",
            "fine on non-commercial organisations: 30 MCI",
            "fine on medium businesses: 50 MCI",
            "fine on large businesses: 100 MCI",
        ],
    ),
    // Art. 456-2 part 2
    (
        "влекут штраф на должностных лиц, субъектов малого предпринимательства, некоммерческие организации – в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей.",
        &[
            "fine on officials: 50 MCI",
            "fine on small businesses: 50 MCI",
            "fine on non-commercial organisations: 50 MCI",
            "fine on medium businesses: 100 MCI",
            "fine on large businesses: 200 MCI",
        ],
    ),
    // Art. 456-2 part 3
    (
        "влекут штраф на физических лиц – в размере двадцати, на субъектов малого предпринимательства, некоммерческие организации – в размере тридцати, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
        &[
            "fine on individuals: 20 MCI",
            "fine on small businesses: 30 MCI",
            "fine on non-commercial organisations: 30 MCI",
            "fine on medium businesses: 50 MCI",
            "fine on large businesses: 100 MCI",
        ],
    ),
    // Art. 456-2 part 4: an arrest as the individuals' alternative
    (
        "влекут штраф на физических лиц – в размере сорока месячных расчетных показателей либо административный арест на срок до десяти суток, на субъектов малого предпринимательства, некоммерческие организации – в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей.",
        &[
            "fine on individuals: 40 MCI",
            "arrest on individuals: up to 10 days (alternative)",
            "fine on small businesses: 50 MCI",
            "fine on non-commercial organisations: 50 MCI",
            "fine on medium businesses: 100 MCI",
            "fine on large businesses: 200 MCI",
        ],
    ),
    // Art. 456-2 part 5
    (
        "влекут штраф на физических лиц – в размере тридцати, на субъектов малого предпринимательства, некоммерческие организации – в размере сорока, на субъектов среднего предпринимательства – в размере восьмидесяти, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
        &[
            "fine on individuals: 30 MCI",
            "fine on small businesses: 40 MCI",
            "fine on non-commercial organisations: 40 MCI",
            "fine on medium businesses: 80 MCI",
            "fine on large businesses: 100 MCI",
        ],
    ),
    // Art. 456-2 part 6
    (
        "влекут штраф на физических лиц – в размере пятидесяти месячных расчетных показателей либо административный арест на срок до пятнадцати суток, на субъектов малого предпринимательства, некоммерческие организации – в размере шестидесяти, на субъектов среднего предпринимательства – в размере ста двадцати, на субъектов крупного предпринимательства – в размере двухсот пятидесяти месячных расчетных показателей.",
        &[
            "fine on individuals: 50 MCI",
            "arrest on individuals: up to 15 days (alternative)",
            "fine on small businesses: 60 MCI",
            "fine on non-commercial organisations: 60 MCI",
            "fine on medium businesses: 120 MCI",
            "fine on large businesses: 250 MCI",
        ],
    ),
];

#[test]
fn reads_the_administrative_code() {
    check(CAO_2024, Language::Ru);
}

/// Criminal Code Arts. 174 and 274 as in force on 16 September 2025.
const CRIMINAL_CODE_2025: &[(&str, &[&str])] = &[
    // Art. 174 part 1: «от двух тысяч до семи тысяч»
    (
        "наказываются штрафом в размере от двух тысяч до семи тысяч месячных расчетных показателей либо ограничением свободы на срок от двух до семи лет, либо лишением свободы на тот же срок.",
        &[
            "fine: 2,000–7,000 MCI",
            "restriction of liberty: 2–7 years (alternative)",
            "imprisonment: 2–7 years (alternative)",
        ],
    ),
    // Art. 174 part 2
    (
        "наказываются лишением свободы на срок от пяти до десяти лет с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до трех лет или без такового.",
        &[
            "imprisonment: 5–10 years",
            "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
        ],
    ),
    // Art. 174 part 3
    (
        "наказываются лишением свободы на срок от двенадцати до двадцати лет с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до трех лет или без такового.",
        &[
            "imprisonment: 12–20 years",
            "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
        ],
    ),
    // Art. 274 part 1: «в том же размере», «на тот же срок»
    (
        "наказывается штрафом в размере до одной тысячи месячных расчетных показателей либо исправительными работами в том же размере, либо привлечением к общественным работам на срок до четырехсот часов, либо ограничением свободы на срок до одного года, либо лишением свободы на тот же срок.",
        &[
            "fine: up to 1,000 MCI",
            "correctional works: up to 1,000 MCI (alternative)",
            "community service: up to 400 hours (alternative)",
            "restriction of liberty: up to 1 year (alternative)",
            "imprisonment: up to 1 year (alternative)",
        ],
    ),
    // Art. 274 part 2
    (
        "наказывается штрафом в размере до трех тысяч месячных расчетных показателей либо исправительными работами в том же размере, либо привлечением к общественным работам на срок до восьмисот часов, либо ограничением свободы на срок до трех лет, либо лишением свободы на тот же срок.",
        &[
            "fine: up to 3,000 MCI",
            "correctional works: up to 3,000 MCI (alternative)",
            "community service: up to 800 hours (alternative)",
            "restriction of liberty: up to 3 years (alternative)",
            "imprisonment: up to 3 years (alternative)",
        ],
    ),
    // Art. 274 part 3
    (
        "наказываются штрафом в размере до пяти тысяч месячных расчетных показателей либо исправительными работами в том же размере, либо привлечением к общественным работам на срок до одной тысячи двухсот часов, либо ограничением свободы на срок до пяти лет, либо лишением свободы на тот же срок.",
        &[
            "fine: up to 5,000 MCI",
            "correctional works: up to 5,000 MCI (alternative)",
            "community service: up to 1,200 hours (alternative)",
            "restriction of liberty: up to 5 years (alternative)",
            "imprisonment: up to 5 years (alternative)",
        ],
    ),
    // Art. 274 part 4
    (
        "наказываются ограничением свободы на срок от трех до семи лет либо лишением свободы на тот же срок.",
        &[
            "restriction of liberty: 3–7 years",
            "imprisonment: 3–7 years (alternative)",
        ],
    ),
];

#[test]
fn reads_the_criminal_code() {
    check(CRIMINAL_CODE_2025, Language::Ru);
}

/// The seed sanctions written in Russian by hand, and other wordings the
/// codes use.
const RUSSIAN_WRITTEN: &[(&str, &[&str])] = &[
    // CC Art. 376 part 1
    (
        "– наказывается штрафом в размере до двухсот месячных расчетных показателей либо исправительными работами в том же размере, либо арестом на срок до пятидесяти суток.",
        &[
            "fine: up to 200 MCI",
            "correctional works: up to 200 MCI (alternative)",
            "arrest: up to 50 days (alternative)",
        ],
    ),
    // CC Art. 378 part 2
    (
        "наказывается штрафом в размере до ста шестидесяти месячных расчетных показателей либо исправительными работами в том же размере, либо привлечением к общественным работам на срок до ста шестидесяти часов, либо арестом на срок до сорока суток.",
        &[
            "fine: up to 160 MCI",
            "correctional works: up to 160 MCI (alternative)",
            "community service: up to 160 hours (alternative)",
            "arrest: up to 40 days (alternative)",
        ],
    ),
    // CC Art. 180 parts 1 and 3
    (
        "наказываются штрафом в размере от одной тысячи до пяти тысяч месячных расчетных показателей либо ограничением свободы на срок до семи лет, либо лишением свободы на тот же срок.",
        &[
            "fine: 1,000–5,000 MCI",
            "restriction of liberty: up to 7 years (alternative)",
            "imprisonment: up to 7 years (alternative)",
        ],
    ),
    (
        "наказываются лишением свободы на срок от десяти до пятнадцати лет с лишением гражданства Республики Казахстан или без такового.",
        &[
            "imprisonment: 10–15 years",
            "deprivation of citizenship (additional, optional)",
        ],
    ),
    // CAO Art. 73-3, 460-1, 460-2 in the shape the review describes
    (
        "влечет штраф в размере ста шестидесяти месячных расчетных показателей либо административный арест на срок от двадцати до тридцати суток.",
        &["fine: 160 MCI", "arrest: 20–30 days (alternative)"],
    ),
    (
        "влечет штраф на физических лиц в размере пятидесяти, на юридических лиц – в размере одной тысячи месячных расчетных показателей с запрещением деятельности юридического лица или без такового.",
        &[
            "fine on individuals: 50 MCI",
            "fine on legal entities: 1,000 MCI",
            "ban of activity on legal entities (additional, optional)",
        ],
    ),
    (
        "влечет предупреждение или штраф в размере двадцати пяти месячных расчетных показателей.",
        &["warning", "fine: 25 MCI (alternative)"],
    ),
    // «от трех до семи тысяч»: the lower bound shares «тысяч»
    (
        "наказывается штрафом в размере от трех до семи тысяч месячных расчетных показателей либо исправительными работами в том же размере.",
        &[
            "fine: 3,000–7,000 MCI",
            "correctional works: 3,000–7,000 MCI (alternative)",
        ],
    ),
    // «от пятисот до двух тысяч»: here it does not
    (
        "наказывается штрафом в размере от пятисот до двух тысяч месячных расчетных показателей либо привлечением к общественным работам на срок от трехсот до шестисот часов.",
        &[
            "fine: 500–2,000 MCI",
            "community service: 300–600 hours (alternative)",
        ],
    ),
    // A multiple of a sum
    (
        "наказываются штрафом в размере от шестидесятикратной до семидесятикратной суммы переданных денег или стоимости переданного имущества либо лишением свободы на срок от семи до двенадцати лет с конфискацией имущества, с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до трех лет.",
        &[
            "fine: 60–70 times the sum",
            "imprisonment: 7–12 years (alternative)",
            "confiscation (additional)",
            "deprivation of the right to hold positions or engage in activity: up to 3 years (additional)",
        ],
    ),
    // Life, death, citizenship, optional confiscation
    (
        "наказываются лишением свободы на срок от пятнадцати до двадцати лет либо пожизненным лишением свободы с лишением гражданства Республики Казахстан или без такового, либо смертной казнью, с конфискацией имущества.",
        &[
            "imprisonment: 15–20 years",
            "imprisonment: for life (alternative)",
            "deprivation of citizenship (additional, optional)",
            "death penalty (alternative)",
            "confiscation (additional)",
        ],
    ),
    (
        "наказываются лишением свободы на срок от двенадцати до семнадцати лет с конфискацией имущества, лишением гражданства Республики Казахстан или без такового.",
        &[
            "imprisonment: 12–17 years",
            "confiscation (additional)",
            "deprivation of citizenship (additional, optional)",
        ],
    ),
    (
        "наказываются лишением свободы на срок от семнадцати до двадцати лет с пожизненным лишением права занимать определенные должности или заниматься определенной деятельностью либо пожизненным лишением свободы.",
        &[
            "imprisonment: 17–20 years",
            "deprivation of the right to hold positions or engage in activity: for life (additional)",
            "imprisonment: for life (alternative)",
        ],
    ),
    (
        "наказываются лишением свободы на срок от десяти до пятнадцати лет с лишением права занимать определенные должности или заниматься определенной деятельностью сроком на десять лет или без такового.",
        &[
            "imprisonment: 10–15 years",
            "deprivation of the right to hold positions or engage in activity: 10 years (additional, optional)",
        ],
    ),
    (
        "наказывается исправительными работами в размере до двухсот месячных расчетных показателей либо привлечением к общественным работам на срок до двухсот часов, либо арестом на срок до пятидесяти суток с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до трех лет или без такового.",
        &[
            "correctional works: up to 200 MCI",
            "community service: up to 200 hours (alternative)",
            "arrest: up to 50 days (alternative)",
            "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
        ],
    ),
    // A term this reader cannot bound is left without an amount
    (
        "наказываются лишением свободы на срок до четырех лет, с лишением права занимать определенные должности или заниматься определенной деятельностью на срок от пяти лет до установления запрета занимать должность руководящего работника финансовой организации пожизненно.",
        &[
            "imprisonment: up to 4 years",
            "deprivation of the right to hold positions or engage in activity (additional)",
        ],
    ),
    // Digits, tenge, a capital letter, «ё»
    (
        "Влечёт штраф в размере 2 000 тенге.",
        &["fine: 2,000 tenge"],
    ),
    // Not a sanction: negated, or no sanction words
    ("не влечет административной ответственности.", &[]),
    (
        "Воспрепятствование законной профессиональной деятельности журналиста влечет установленную законами Республики Казахстан ответственность.",
        &[],
    ),
    (
        "Незаконное лишение свободы, не связанное с его похищением, –",
        &[],
    ),
];

#[test]
fn reads_russian_wordings() {
    check(RUSSIAN_WRITTEN, Language::Ru);
}

/// Every sanction clause of the official texts in the bundled corpus (`statutes/kz`):
/// never a panic, something read from every clause that names a
/// sanction, an amount for every sanction that has one, and one
/// alternative per «либо» and one additional sanction per «с».
#[test]
fn reads_every_sanction_clause_of_the_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("statutes/kz");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    let mut clauses = 0;
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
    {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let name = path.display();
        let lang = Language::detect(&text);
        for s in extract(&text, lang) {
            assert!(
                s.span.start < s.span.end && s.span.end <= text.len(),
                "{name}: {s:?}"
            );
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
        for line in text.lines() {
            let folded = fold_same_offsets(line);
            let toks = tokenize(&folded);
            let words = Words {
                text: &folded,
                toks: &toks,
                en: false,
            };
            let Some(t) = (0..toks.len()).find(|&i| words.is_trigger(i)) else {
                continue;
            };
            let after = &folded[toks[t].end..];
            let names_sanction = [
                "штраф",
                "арест",
                "лишением свободы",
                "ограничением свободы",
                "исправительн",
                "общественным работам",
                "конфискаци",
                "предупреждени",
                "запрещени",
                "приостановлени",
            ]
            .iter()
            .any(|stem| after.contains(stem));
            let got = extract(line, lang);
            if !names_sanction {
                assert!(got.is_empty(), "{name}: {line}\n{got:#?}");
                continue;
            }
            clauses += 1;
            assert!(!got.is_empty(), "{name}: nothing read from\n{line}");
            for s in &got {
                let needs_amount = matches!(
                    s.kind,
                    SanctionKind::Fine
                        | SanctionKind::CorrectionalWorks
                        | SanctionKind::CommunityService
                        | SanctionKind::Arrest
                        | SanctionKind::RestrictionOfLiberty
                        | SanctionKind::Imprisonment
                        | SanctionKind::OutletSuspension
                );
                assert!(!needs_amount || s.amount.is_some(), "{name}: {s}\n{line}");
            }
            let count = |role| got.iter().filter(|s| s.role == role).count();
            let either = after.matches(" либо ").count();
            let with = after.matches(" с ").count();
            assert!(
                count(Role::Alternative) >= either,
                "{name}: {got:#?}\n{line}"
            );
            assert!(count(Role::Additional) >= with, "{name}: {got:#?}\n{line}");
        }
    }
    eprintln!("{clauses} sanction clauses read");
    assert!(clauses > 300, "only {clauses} sanction clauses found");
}

/// English wordings beyond the seed footnotes.
const ENGLISH_WRITTEN: &[(&str, &[&str])] = &[
    (
        "shall entail administrative arrest for a period of up to 10 days.",
        &["arrest: up to 10 days"],
    ),
    (
        "is punishable by a fine of up to 2,000 MCI, or by restriction of freedom from two to seven years, or by imprisonment for the same period.",
        &[
            "fine: up to 2,000 MCI",
            "restriction of liberty: 2–7 years (alternative)",
            "imprisonment: 2–7 years (alternative)",
        ],
    ),
    (
        "shall be punished by a fine of sixty to seventy times the amount of the bribe or by imprisonment for a term of seven to twelve years with confiscation of property.",
        &[
            "fine: 60–70 times the sum",
            "imprisonment: 7–12 years (alternative)",
            "confiscation (additional)",
        ],
    ),
    (
        "shall be punished by deprivation of liberty for a term of fifteen to twenty years or life imprisonment, or the death penalty.",
        &[
            "imprisonment: 15–20 years",
            "imprisonment: for life (alternative)",
            "death penalty (alternative)",
        ],
    ),
    (
        "shall entail a fine on individuals in the amount of forty monthly calculation indices or administrative arrest for up to ten days, on legal entities – in the amount of two hundred monthly calculation indices, with deprivation of the licence.",
        &[
            "fine on individuals: 40 MCI",
            "arrest on individuals: up to 10 days (alternative)",
            "fine on legal entities: 200 MCI",
            "licence revocation (additional)",
        ],
    ),
    (
        "The crime is punishable by up to 5 years’ imprisonment.",
        &["imprisonment: up to 5 years"],
    ),
    (
        "Public performances shall not entail criminal responsibility under this Article.",
        &[],
    ),
    ("The court imposed a fine of 20 MCI.", &[]),
];

#[test]
fn reads_english_wordings() {
    check(ENGLISH_WRITTEN, Language::En);
}

#[test]
fn stores_terms_in_months_and_keeps_spans() {
    let text = "- shall be punished by restriction of liberty for the term of two to seven years or imprisonment for the same term;";
    let got = extract(text, Language::En);
    let want = Amount {
        unit: Unit::Months,
        min: Some(24),
        max: 84,
    };
    assert_eq!(got[0].amount, Some(want));
    assert_eq!(got[1].amount, Some(want));
    assert_eq!(
        &text[got[0].span.clone()],
        "restriction of liberty for the term of two to seven years"
    );
    assert_eq!(&text[got[1].span.clone()], "imprisonment for the same term");

    let text = "влечет штраф на должностных лиц в размере десяти, на субъектов малого предпринимательства – в размере двадцати месячных расчетных показателей.";
    let spans: Vec<&str> = extract(text, Language::Ru)
        .iter()
        .map(|s| &text[s.span.clone()])
        .collect();
    assert_eq!(
        spans,
        [
            "штраф на должностных лиц в размере десяти",
            "на субъектов малого предпринимательства – в размере двадцати месячных расчетных показателей",
        ]
    );
}

#[test]
fn displays_amounts() {
    let a = |unit, min, max| Amount { unit, min, max }.to_string();
    assert_eq!(a(Unit::Months, None, 24), "up to 2 years");
    assert_eq!(a(Unit::Months, None, 12), "up to 1 year");
    assert_eq!(a(Unit::Months, Some(24), 84), "2–7 years");
    assert_eq!(a(Unit::Months, None, 18), "up to 18 months");
    assert_eq!(a(Unit::Months, Some(6), 24), "6–24 months");
    assert_eq!(a(Unit::Mci, Some(2_000), 7_000), "2,000–7,000 MCI");
    assert_eq!(a(Unit::Mci, Some(20), 20), "20 MCI");
    assert_eq!(a(Unit::Days, None, 10), "up to 10 days");
    assert_eq!(a(Unit::Hours, None, 1), "up to 1 hour");
    assert_eq!(a(Unit::Tenge, None, 61_260), "up to 61,260 tenge");
    assert_eq!(a(Unit::SumMultiple, Some(60), 70), "60–70 times the sum");
    assert_eq!(a(Unit::Life, None, 0), "for life");
}

#[test]
fn serializes_for_json_output() {
    let got = extract(
        "наказывается арестом на срок до двадцати суток.",
        Language::Ru,
    );
    let json = serde_json::to_string(&got).unwrap_or_default();
    assert_eq!(
        json,
        r#"[{"kind":"arrest","subject":"any","role":"main","optional":false,"amount":{"unit":"days","min":null,"max":20},"span":{"start":25,"end":86}}]"#
    );
}

fn changes(old: &str, new: &str, lang: Language, ctx: CompareContext) -> Vec<PenaltyChange> {
    compare(&extract(old, lang), &extract(new, lang), &ctx)
}

const YEARS: CompareContext = CompareContext {
    old_year: Some(2019),
    new_year: Some(2024),
};

/// CC Art. 378 part 1 against part 2: every penalty doubled.
#[test]
fn reports_raised_penalties_with_factor_and_tenge() {
    let got = changes(SEED_000[3].0, SEED_000[4].0, Language::En, YEARS);
    let summary: Vec<_> = got
        .iter()
        .map(|c| (c.kind, c.subject, c.change, c.factor))
        .collect();
    assert_eq!(
        summary,
        [
            (
                SanctionKind::Fine,
                Subject::Any,
                ChangeKind::Raised,
                Some(2.0)
            ),
            (
                SanctionKind::CorrectionalWorks,
                Subject::Any,
                ChangeKind::Raised,
                Some(2.0)
            ),
            (
                SanctionKind::CommunityService,
                Subject::Any,
                ChangeKind::Raised,
                Some(2.0)
            ),
            (
                SanctionKind::Arrest,
                Subject::Any,
                ChangeKind::Raised,
                Some(2.0)
            ),
        ]
    );
    let fine = &got[0];
    assert_eq!(
        fine.old_tenge,
        Some(Tenge {
            year: 2019,
            mci: 2_525,
            min: None,
            max: 202_000
        })
    );
    assert_eq!(
        fine.new_tenge,
        Some(Tenge {
            year: 2024,
            mci: 3_692,
            min: None,
            max: 590_720
        })
    );
    assert_eq!(
        fine.to_string(),
        "fine: raised ×2 (up to 80 MCI = up to 202,000 tenge at 2,525 MCI (2019) → up to 160 MCI = up to 590,720 tenge at 3,692 MCI (2024))"
    );
    assert_eq!(got[3].old_tenge, None);
    assert_eq!(
        got[3].to_string(),
        "arrest: raised ×2 (up to 20 days → up to 40 days)"
    );
}

#[test]
fn reports_an_added_punishment() {
    let old = "shall be punished by the fine in the amount of up to two hundred monthly calculation indices or correctional works in the same amount;";
    let new = "shall be punished by the fine in the amount of up to two hundred monthly calculation indices or correctional works in the same amount, or imprisonment for a term of up to two years;";
    let got = changes(old, new, Language::En, YEARS);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(
        (got[0].kind, got[0].change),
        (SanctionKind::Imprisonment, ChangeKind::Added)
    );
    assert_eq!(got[0].to_string(), "imprisonment: added (up to 2 years)");
    let back = changes(new, old, Language::En, YEARS);
    assert_eq!(
        (back[0].kind, back[0].change),
        (SanctionKind::Imprisonment, ChangeKind::Removed)
    );
}

#[test]
fn ignores_a_reworded_penalty() {
    let old = "shall be punished by the fine in the amount of up to two thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to two years;";
    let new = "is punishable by a fine of up to 2,000 MCI, or by correctional works in the same amount, or by restriction of freedom for a period of up to 2 years.";
    assert_eq!(changes(old, new, Language::En, YEARS), []);
    // The same values in another year: the tenge differ, the law does not.
    assert_eq!(changes(old, old, Language::En, YEARS), []);
}

/// CC Art. 174 part 1, 2018 against 2025: a fine was added.
#[test]
fn reports_a_russian_change() {
    let old = "наказываются ограничением свободы на срок от двух до семи лет либо лишением свободы на тот же срок.";
    let new = CRIMINAL_CODE_2025[0].0;
    let ctx = CompareContext {
        old_year: Some(2018),
        new_year: Some(2025),
    };
    let got = changes(old, new, Language::Ru, ctx);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(
        (got[0].kind, got[0].change),
        (SanctionKind::Fine, ChangeKind::Added)
    );
    assert_eq!(
        got[0].new_tenge,
        Some(Tenge {
            year: 2025,
            mci: 3_932,
            min: Some(7_864_000),
            max: 27_524_000
        })
    );
}

/// CAO Art. 456-2: per-subject fines and an arrest for individuals.
#[test]
fn compares_per_subject() {
    let old = "влекут штраф на физических лиц – в размере двадцати, на субъектов малого предпринимательства – в размере тридцати месячных расчетных показателей.";
    let new = "влекут штраф на физических лиц – в размере сорока месячных расчетных показателей либо административный арест на срок до десяти суток, на субъектов малого предпринимательства – в размере тридцати месячных расчетных показателей.";
    let ctx = CompareContext {
        old_year: Some(2023),
        new_year: Some(2024),
    };
    let got = changes(old, new, Language::Ru, ctx);
    let summary: Vec<_> = got
        .iter()
        .map(|c| (c.kind, c.subject, c.change, c.factor))
        .collect();
    assert_eq!(
        summary,
        [
            (
                SanctionKind::Fine,
                Subject::Individuals,
                ChangeKind::Raised,
                Some(2.0)
            ),
            (
                SanctionKind::Arrest,
                Subject::Individuals,
                ChangeKind::Added,
                None
            ),
        ]
    );
    assert_eq!(got[0].old_tenge.map(|t| t.max), Some(69_000));
    assert_eq!(got[0].new_tenge.map(|t| t.max), Some(147_680));
}

#[test]
fn compares_a_plain_fine_with_named_subjects() {
    let old = "влечет штраф в размере двадцати месячных расчетных показателей.";
    let new = "влечет штраф на должностных лиц в размере двадцати, на юридических лиц – в размере ста месячных расчетных показателей.";
    let got = changes(old, new, Language::Ru, CompareContext::default());
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(
        (got[0].subject, got[0].change, got[0].factor),
        (Subject::LegalEntities, ChangeKind::Raised, Some(5.0))
    );
    assert_eq!(got[0].old_tenge, None);
}

#[test]
fn ranks_other_changes() {
    let ru = |old: &str, new: &str| -> Vec<(SanctionKind, ChangeKind)> {
        changes(old, new, Language::Ru, YEARS)
            .iter()
            .map(|c| (c.kind, c.change))
            .collect()
    };
    // Confiscation made optional: milder.
    assert_eq!(
        ru(
            "наказывается лишением свободы на срок до пяти лет с конфискацией имущества.",
            "наказывается лишением свободы на срок до пяти лет с конфискацией имущества или без таковой.",
        ),
        [(SanctionKind::Confiscation, ChangeKind::Lowered)]
    );
    // Life imprisonment outranks any term; lowered minimum.
    assert_eq!(
        ru(
            "наказываются лишением свободы на срок от пятнадцати до двадцати лет.",
            "наказываются лишением свободы на срок от десяти до двадцати лет либо пожизненным лишением свободы.",
        ),
        [(SanctionKind::Imprisonment, ChangeKind::Raised)]
    );
    assert_eq!(
        ru(
            "наказываются лишением свободы на срок от пятнадцати до двадцати лет.",
            "наказываются лишением свободы на срок от десяти до двадцати лет.",
        ),
        [(SanctionKind::Imprisonment, ChangeKind::Lowered)]
    );
    // Days against months.
    assert_eq!(
        ru(
            "влечет административный арест на срок до тридцати суток.",
            "влечет административный арест на срок до двух месяцев.",
        ),
        [(SanctionKind::Arrest, ChangeKind::Raised)]
    );
    // A stated amount where there was none cannot be ranked.
    assert_eq!(
        changes(
            "is punishable by a fine.",
            "is punishable by a fine of up to 80 MCI.",
            Language::En,
            YEARS
        )
        .iter()
        .map(|c| (c.kind, c.change))
        .collect::<Vec<_>>(),
        [(SanctionKind::Fine, ChangeKind::Changed)]
    );
    // MCI against a multiple of a sum cannot be ranked.
    assert_eq!(
        ru(
            "наказывается штрафом в размере до двух тысяч месячных расчетных показателей.",
            "наказывается штрафом в размере от десятикратной до двадцатикратной суммы взятки.",
        ),
        [(SanctionKind::Fine, ChangeKind::Changed)]
    );
    // A fine in tenge against one in MCI, ranked at the years' MCI.
    assert_eq!(
        ru(
            "влечет штраф в размере 100 000 тенге.",
            "влечет штраф в размере пятидесяти месячных расчетных показателей.",
        ),
        [(SanctionKind::Fine, ChangeKind::Raised)]
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Words of sanction clauses, shuffled into arbitrary sequences.
    const VOCABULARY: &[&str] = &[
        "влечет",
        "наказывается",
        "штраф",
        "штрафом",
        "на",
        "физических",
        "и",
        "должностных",
        "лиц",
        "субъектов",
        "малого",
        "предпринимательства",
        "–",
        "в",
        "размере",
        "до",
        "от",
        "двух",
        "тысяч",
        "ста",
        "шестидесяти",
        "месячных",
        "расчетных",
        "показателей",
        "либо",
        "или",
        "с",
        "без",
        "такового",
        "лишением",
        "свободы",
        "права",
        "ограничением",
        "арестом",
        "срок",
        "тот",
        "же",
        "том",
        "лет",
        "суток",
        "часов",
        "исправительными",
        "работами",
        "конфискацией",
        "пожизненным",
        "шестидесятикратной",
        "суммы",
        ",",
        ";",
        ".",
        "(",
        ")",
        "2 000",
        "2,000",
        "160",
        "shall",
        "be",
        "punished",
        "by",
        "the",
        "fine",
        "amount",
        "of",
        "up",
        "to",
        "two",
        "thousand",
        "monthly",
        "calculation",
        "indices",
        "or",
        "with",
        "without",
        "it",
        "imprisonment",
        "for",
        "same",
        "term",
        "years",
        "hundred",
        "and",
        "sixty",
        "arrest",
        "days",
        "officials",
        "small",
        "businesses",
        "ё",
        "Ё",
        "İ",
        "ß",
        "1-",
        "-",
        "’",
        "\u{a0}",
    ];

    proptest! {
        #[test]
        fn on_shuffled_clause_words(picks in prop::collection::vec(0..VOCABULARY.len(), 0..60)) {
            let text: Vec<&str> = picks.iter().map(|&i| VOCABULARY[i]).collect();
            let text = text.join(" ");
            for lang in [Language::Ru, Language::En, Language::Kk] {
                for s in extract(&text, lang) {
                    prop_assert!(s.span.start <= s.span.end && s.span.end <= text.len());
                    prop_assert!(text.is_char_boundary(s.span.start));
                    prop_assert!(text.is_char_boundary(s.span.end));
                }
            }
        }

        #[test]
        fn on_any_text(text in "\\PC{0,200}") {
            let _ = extract(&text, Language::Ru);
            let _ = extract(&text, Language::En);
        }
    }
}

/// Kazakh sanction clauses as the CAO (Chapter 26, 2024-09-09) and the
/// Criminal Code write them, some with the Latin `i` the official texts mix
/// in.
const KAZAKH: &[(&str, &[&str])] = &[
    // CAO 451-бап 1-бөлік: confiscation first, then the fine per subject.
    (
        "бұқаралық ақпарат құралының өнімі тәркілене отырып, лауазымды адамдарға – он, шағын кәсіпкерлік субъектілеріне – жиырма, орта кәсіпкерлік субъектілеріне – елу, ірі кәсіпкерлік субъектілеріне үш жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға алып келеді.",
        &[
            "confiscation (additional)",
            "fine on officials: 10 MCI",
            "fine on small businesses: 20 MCI",
            "fine on medium businesses: 50 MCI",
            "fine on large businesses: 300 MCI",
        ],
    ),
    // CAO 451-бап 4-бөлік: several subjects share one figure.
    (
        "жеке тұлғаларға – бес, лауазымды адамдарға, шағын кәсiпкерлiк субъектiлерiне немесе коммерциялық емес ұйымдарға – жиырма бес, орта кәсіпкерлік субъектілеріне – елу, iрi кәсiпкерлiк субъектiлерiне бір жүз айлық есептiк көрсеткiш мөлшерiнде айыппұл салуға алып келеді.",
        &[
            "fine on individuals: 5 MCI",
            "fine on officials: 25 MCI",
            "fine on small businesses: 25 MCI",
            "fine on non-commercial organisations: 25 MCI",
            "fine on medium businesses: 50 MCI",
            "fine on large businesses: 100 MCI",
        ],
    ),
    // CAO 456-2-бап 4-бөлік: arrest as the alternative for individuals.
    (
        "жеке тұлғаларға – қырық айлық есептік көрсеткіш мөлшерінде айыппұл салуға не он тәулікке дейінгі мерзімге әкімшілік қамаққа алуға, лауазымды адамдарға, шағын кәсіпкерлік субъектілеріне, коммерциялық емес ұйымдарға – елу, орта кәсіпкерлік субъектілеріне – бір жүз, ірі кәсіпкерлік субъектілеріне екі жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға алып келеді.",
        &[
            "fine on individuals: 40 MCI",
            "arrest on individuals: up to 10 days (alternative)",
            "fine on officials: 50 MCI",
            "fine on small businesses: 50 MCI",
            "fine on non-commercial organisations: 50 MCI",
            "fine on medium businesses: 100 MCI",
            "fine on large businesses: 200 MCI",
        ],
    ),
    // CAO 451-бап 9-бөлік: licence revocation and suspension of the outlet.
    (
        "телевизия және (немесе) радиохабарларын таратуды ұйымдастыру жөнiндегi қызметке арналған лицензиядан айыра отырып және бұқаралық ақпарат құралының шығарылуын (эфирге шығуын) үш айға дейінгі мерзімге тоқтата тұрып, лауазымды адамдарға – елу, заңды тұлғаларға бір мың айлық есептік көрсеткіш мөлшерiнде айыппұл салуға алып келеді.",
        &[
            "licence revocation (additional)",
            "suspension of the outlet: up to 3 months (additional)",
            "fine on officials: 50 MCI",
            "fine on legal entities: 1,000 MCI",
        ],
    ),
    // CAO 451-бап 3-бөлік and 8-бөлік: a ban alone; a warning or a fine.
    (
        "бұқаралық ақпарат құралының шығарылуына (эфирге шығуына) тыйым салуға алып келеді.",
        &["ban of the outlet"],
    ),
    (
        "ескерту жасауға немесе лауазымды адамдарға – он, iрi кәсiпкерлiк субъектiлерiне үш жүз айлық есептiк көрсеткiш мөлшерiнде айыппұл салуға алып келеді.",
        &[
            "warning",
            "fine on officials: 10 MCI (alternative)",
            "fine on large businesses: 300 MCI (alternative)",
        ],
    ),
    // CAO 453-бап 3-бөлік: a legal entity's activity banned.
    (
        "масс-медиа өнiмi тәркiлене отырып, лицензиядан айыра отырып және заңды тұлғаның қызметiне тыйым сала отырып, жеке тұлғаларға – бір жүз, ірі кәсіпкерлік субъектілеріне бір мың бес жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.",
        &[
            "confiscation (additional)",
            "licence revocation (additional)",
            "ban of activity on legal entities (additional)",
            "fine on individuals: 100 MCI",
            "fine on large businesses: 1,500 MCI",
        ],
    ),
    // Criminal Code style: alternatives, «сол мөлшерде», «сол мерзімге», a range.
    (
        "– бес жүз айлық есептік көрсеткішке дейінгі мөлшерде айыппұл салуға не сол мөлшерде түзеу жұмыстарына не үш жүз сағатқа дейінгі мерзімге қоғамдық жұмыстарға тартуға не бір жылға дейінгі мерзімге бас бостандығын шектеуге не сол мерзімге бас бостандығынан айыруға жазаланады.",
        &[
            "fine: up to 500 MCI",
            "correctional works: up to 500 MCI (alternative)",
            "community service: up to 300 hours (alternative)",
            "restriction of liberty: up to 1 year (alternative)",
            "imprisonment: up to 1 year (alternative)",
        ],
    ),
    (
        "– белгілі бір лауазымдарды атқару немесе белгілі бір қызметпен айналысу құқығынан айыра отырып, екі жылдан бес жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.",
        &[
            "deprivation of the right to hold positions or engage in activity (additional)",
            "imprisonment: 2–5 years",
        ],
    ),
    // Text outside a sanction clause: no sanctions.
    (
        "Қазақстан Республикасының заңдарында белгіленген жауаптылыққа алып келеді.",
        &[],
    ),
    // A decision «on» a suspension is the subject, not the sanction (2024 Law
    // on Mass Media, 23-бап 7-тармақ; the Russian text reads no sanction there).
    (
        "масс-медианы шығаруды не масс-медиа өнімін таратуды тоқтата тұру туралы сот шешімінің заңды күшіне енуі домендік атты пайдалануға үш айдан аспайтын мерзімге тыйым салуға алып келеді.",
        &[],
    ),
];

#[test]
fn reads_kazakh_sanction_clauses() {
    check(KAZAKH, Language::Kk);
}
