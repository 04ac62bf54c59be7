//! The site's own words in English, Russian and Kazakh (`--lang`): Fluent
//! messages in `locales/*/site.ftl`, one `site-<label>` each.
//!
//! Statute text, findings and citations come from the report as they are;
//! these are only the labels around them.

use crate::i18n;
use crate::statute::Language;
use std::sync::OnceLock;

/// A label the site prints around the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    SiteTitle,
    SkipToContent,
    Acts,
    Act,
    Language,
    LatestVersion,
    Stage,
    Date,
    ConcerningFindings,
    ConcerningHelp,
    Feed,
    Search,
    SearchWords,
    SearchButton,
    SearchNeedsScript,
    SearchHint,
    NoResults,
    Results,
    Found,
    Timeline,
    Source,
    Note,
    Comparison,
    FirstVersion,
    ChangesAgainst,
    Provisions,
    KeyChanges,
    NoKeyChanges,
    MoreConcerning,
    AllChanges,
    NoChanges,
    Filter,
    FilterSeverity,
    FilterCategory,
    FilterAny,
    FilterAtLeast,
    FilterApply,
    Showing,
    Of,
    Findings,
    Why,
    Standard,
    Recommendation,
    Redline,
    RedlineLegend,
    OldText,
    NewText,
    OldAndNewText,
    WordingUnchanged,
    RepealedBy,
    EditorialNotes,
    AmendingActs,
    ProvisionPage,
    CurrentText,
    CurrentTextHelp,
    Since,
    CitedThen,
    ChangesToProvision,
    NoChangesToProvision,
    Repealed,
    Home,
    From,
    To,
    Summary,
}

/// Every label, in the order of [`Label`]'s variants.
const ALL: [Label; 64] = [
    Label::SiteTitle,
    Label::SkipToContent,
    Label::Acts,
    Label::Act,
    Label::Language,
    Label::LatestVersion,
    Label::Stage,
    Label::Date,
    Label::ConcerningFindings,
    Label::ConcerningHelp,
    Label::Feed,
    Label::Search,
    Label::SearchWords,
    Label::SearchButton,
    Label::SearchNeedsScript,
    Label::SearchHint,
    Label::NoResults,
    Label::Results,
    Label::Found,
    Label::Timeline,
    Label::Source,
    Label::Note,
    Label::Comparison,
    Label::FirstVersion,
    Label::ChangesAgainst,
    Label::Provisions,
    Label::KeyChanges,
    Label::NoKeyChanges,
    Label::MoreConcerning,
    Label::AllChanges,
    Label::NoChanges,
    Label::Filter,
    Label::FilterSeverity,
    Label::FilterCategory,
    Label::FilterAny,
    Label::FilterAtLeast,
    Label::FilterApply,
    Label::Showing,
    Label::Of,
    Label::Findings,
    Label::Why,
    Label::Standard,
    Label::Recommendation,
    Label::Redline,
    Label::RedlineLegend,
    Label::OldText,
    Label::NewText,
    Label::OldAndNewText,
    Label::WordingUnchanged,
    Label::RepealedBy,
    Label::EditorialNotes,
    Label::AmendingActs,
    Label::ProvisionPage,
    Label::CurrentText,
    Label::CurrentTextHelp,
    Label::Since,
    Label::CitedThen,
    Label::ChangesToProvision,
    Label::NoChangesToProvision,
    Label::Repealed,
    Label::Home,
    Label::From,
    Label::To,
    Label::Summary,
];

/// The message id of a label: `site-` and the variant in kebab case.
fn id(label: Label) -> &'static str {
    use Label::*;
    match label {
        SiteTitle => "site-site-title",
        SkipToContent => "site-skip-to-content",
        Acts => "site-acts",
        Act => "site-act",
        Language => "site-language",
        LatestVersion => "site-latest-version",
        Stage => "site-stage",
        Date => "site-date",
        ConcerningFindings => "site-concerning-findings",
        ConcerningHelp => "site-concerning-help",
        Feed => "site-feed",
        Search => "site-search",
        SearchWords => "site-search-words",
        SearchButton => "site-search-button",
        SearchNeedsScript => "site-search-needs-script",
        SearchHint => "site-search-hint",
        NoResults => "site-no-results",
        Results => "site-results",
        Found => "site-found",
        Timeline => "site-timeline",
        Source => "site-source",
        Note => "site-note",
        Comparison => "site-comparison",
        FirstVersion => "site-first-version",
        ChangesAgainst => "site-changes-against",
        Provisions => "site-provisions",
        KeyChanges => "site-key-changes",
        NoKeyChanges => "site-no-key-changes",
        MoreConcerning => "site-more-concerning",
        AllChanges => "site-all-changes",
        NoChanges => "site-no-changes",
        Filter => "site-filter",
        FilterSeverity => "site-filter-severity",
        FilterCategory => "site-filter-category",
        FilterAny => "site-filter-any",
        FilterAtLeast => "site-filter-at-least",
        FilterApply => "site-filter-apply",
        Showing => "site-showing",
        Of => "site-of",
        Findings => "site-findings",
        Why => "site-why",
        Standard => "site-standard",
        Recommendation => "site-recommendation",
        Redline => "site-redline",
        RedlineLegend => "site-redline-legend",
        OldText => "site-old-text",
        NewText => "site-new-text",
        OldAndNewText => "site-old-and-new-text",
        WordingUnchanged => "site-wording-unchanged",
        RepealedBy => "site-repealed-by",
        EditorialNotes => "site-editorial-notes",
        AmendingActs => "site-amending-acts",
        ProvisionPage => "site-provision-page",
        CurrentText => "site-current-text",
        CurrentTextHelp => "site-current-text-help",
        Since => "site-since",
        CitedThen => "site-cited-then",
        ChangesToProvision => "site-changes-to-provision",
        NoChangesToProvision => "site-no-changes-to-provision",
        Repealed => "site-repealed",
        Home => "site-home",
        From => "site-from",
        To => "site-to",
        Summary => "site-summary",
    }
}

/// The label in a language (the messages are read once per language).
pub(crate) fn label(lang: Language, label: Label) -> &'static str {
    static TABLES: OnceLock<[Vec<String>; 3]> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        [Language::En, Language::Ru, Language::Kk].map(|lang| {
            let m = i18n::messages(lang);
            ALL.iter().map(|&l| m.get(id(l))).collect()
        })
    });
    let table = match lang {
        Language::En => &tables[0],
        Language::Ru => &tables[1],
        Language::Kk => &tables[2],
    };
    table.get(label as usize).map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_has_its_words_in_every_language() {
        for (i, &l) in ALL.iter().enumerate() {
            assert_eq!(l as usize, i, "ALL is out of order at {}", id(l));
            for lang in [Language::En, Language::Ru, Language::Kk] {
                assert!(i18n::messages(lang).has(id(l)), "{} in {lang:?}", id(l));
            }
        }
        assert_eq!(label(Language::Ru, Label::KeyChanges), "Ключевые изменения");
        assert_eq!(label(Language::Kk, Label::Acts), "Актілер");
        assert_eq!(label(Language::En, Label::SiteTitle), "Statute tracker");
    }
}
