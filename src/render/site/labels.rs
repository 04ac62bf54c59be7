//! The site's own words in English, Russian and Kazakh (`--lang`).
//!
//! Statute text, findings and citations come from the report as they are;
//! these are only the labels around them.

use crate::statute::Language;

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

/// The label in a language.
pub(crate) fn label(lang: Language, label: Label) -> &'static str {
    let (en, ru, kk) = words(label);
    match lang {
        Language::En => en,
        Language::Ru => ru,
        Language::Kk => kk,
    }
}

/// English, Russian and Kazakh for each label.
fn words(label: Label) -> (&'static str, &'static str, &'static str) {
    use Label::*;
    match label {
        SiteTitle => (
            "Statute tracker",
            "Мониторинг законодательства",
            "Заңнаманы бақылау",
        ),
        SkipToContent => ("Skip to content", "Перейти к содержанию", "Мазмұнға өту"),
        Acts => ("Acts", "Акты", "Актілер"),
        Act => ("Act", "Акт", "Акт"),
        Language => ("Language", "Язык", "Тіл"),
        LatestVersion => ("Latest version", "Последняя редакция", "Соңғы редакция"),
        Stage => ("Stage", "Стадия", "Кезең"),
        Date => ("Date", "Дата", "Күні"),
        ConcerningFindings => (
            "Concerning findings in the latest change",
            "Тревожные выводы в последнем изменении",
            "Соңғы өзгерістегі алаңдатарлық тұжырымдар",
        ),
        ConcerningHelp => (
            "Concerning: findings of medium or high severity.",
            "Тревожные: выводы средней или высокой значимости.",
            "Алаңдатарлық: орташа немесе жоғары маңызды тұжырымдар.",
        ),
        Feed => ("Atom feed", "Лента Atom", "Atom арнасы"),
        Search => ("Search", "Поиск", "Іздеу"),
        SearchWords => (
            "Words in the text of a provision",
            "Слова из текста нормы",
            "Норма мәтініндегі сөздер",
        ),
        SearchButton => ("Search", "Найти", "Табу"),
        SearchNeedsScript => (
            "Search runs in the browser and needs JavaScript; every act's page lists its provisions.",
            "Поиск работает в браузере и требует JavaScript; на странице каждого акта есть список его норм.",
            "Іздеу браузерде жұмыс істейді және JavaScript қажет; әр актінің бетінде оның нормалары тізілген.",
        ),
        SearchHint => (
            "Searches the current text of every provision of every act, in any language.",
            "Поиск по действующему тексту всех норм всех актов, на любом языке.",
            "Барлық актілердің барлық нормаларының қолданыстағы мәтіні бойынша іздеу.",
        ),
        NoResults => (
            "No provision contains these words.",
            "Ни одна норма не содержит этих слов.",
            "Бұл сөздер ешбір нормада жоқ.",
        ),
        Results => ("Results", "Результаты", "Нәтижелер"),
        Found => ("Provisions found:", "Найдено норм:", "Табылған нормалар:"),
        Timeline => ("Versions", "Редакции", "Редакциялар"),
        Source => ("Source", "Источник", "Дереккөз"),
        Note => ("Note", "Примечание", "Ескертпе"),
        Comparison => ("Changes", "Изменения", "Өзгерістер"),
        FirstVersion => (
            "first recorded version",
            "первая записанная редакция",
            "алғашқы жазылған редакция",
        ),
        ChangesAgainst => (
            "changes against",
            "изменения по сравнению с",
            "салыстырғандағы өзгерістер:",
        ),
        Provisions => ("Provisions", "Нормы", "Нормалар"),
        KeyChanges => ("Key changes", "Ключевые изменения", "Негізгі өзгерістер"),
        NoKeyChanges => (
            "No change brings a finding of medium or high severity.",
            "Ни одно изменение не содержит выводов средней или высокой значимости.",
            "Ешбір өзгерісте орташа немесе жоғары маңызды тұжырым жоқ.",
        ),
        MoreConcerning => (
            "Further changes with concerning findings, in the list below:",
            "Другие изменения с тревожными выводами — в списке ниже:",
            "Алаңдатарлық тұжырымдары бар басқа өзгерістер — төмендегі тізімде:",
        ),
        AllChanges => ("All changes", "Все изменения", "Барлық өзгерістер"),
        NoChanges => (
            "The two versions have the same provisions.",
            "Нормы двух редакций совпадают.",
            "Екі редакцияның нормалары бірдей.",
        ),
        Filter => (
            "Filter the changes",
            "Фильтр изменений",
            "Өзгерістерді сүзу",
        ),
        FilterSeverity => ("Severity", "Значимость", "Маңыздылығы"),
        FilterCategory => ("Category", "Категория", "Санат"),
        FilterAny => ("any", "любая", "кез келген"),
        FilterAtLeast => ("at least", "не ниже", "кемінде"),
        FilterApply => ("Apply", "Применить", "Қолдану"),
        Showing => ("Showing", "Показано", "Көрсетілген"),
        Of => ("of", "из", "/"),
        Findings => ("Findings", "Выводы", "Тұжырымдар"),
        Why => ("Why it matters", "Почему это важно", "Неліктен маңызды"),
        Standard => ("Standard", "Стандарт", "Стандарт"),
        Recommendation => ("Recommendation", "Рекомендация", "Ұсыным"),
        Redline => ("Redline", "Правка", "Түзету"),
        RedlineLegend => (
            "Deleted words are struck through and marked [−…]; inserted words are underlined and marked [+…].",
            "Исключённые слова зачёркнуты и помечены [−…]; добавленные подчёркнуты и помечены [+…].",
            "Алынып тасталған сөздер сызылған және [−…] белгіленген; қосылған сөздердің асты сызылған және [+…] белгіленген.",
        ),
        OldText => ("Old text", "Прежний текст", "Бұрынғы мәтін"),
        NewText => ("New text", "Новый текст", "Жаңа мәтін"),
        OldAndNewText => (
            "Old and new text",
            "Прежний и новый текст",
            "Бұрынғы және жаңа мәтін",
        ),
        WordingUnchanged => (
            "The wording is unchanged.",
            "Текст не изменился.",
            "Мәтін өзгерген жоқ.",
        ),
        RepealedBy => ("Repealed by", "Исключено", "Алып тасталды"),
        EditorialNotes => (
            "Editorial notes changed; the wording did not.",
            "Изменились сноски; текст не изменился.",
            "Ескертпелер өзгерді; мәтін өзгерген жоқ.",
        ),
        AmendingActs => (
            "Amending acts named",
            "Названы изменяющие акты",
            "Өзгертуші актілер",
        ),
        ProvisionPage => ("Provision page", "Страница нормы", "Норма беті"),
        CurrentText => (
            "Current text and history",
            "Действующий текст и история",
            "Қолданыстағы мәтін және тарихы",
        ),
        CurrentTextHelp => (
            "Each line names the version that introduced its wording.",
            "Для каждой строки указана редакция, в которой появилась её формулировка.",
            "Әр жолдың тұжырымы пайда болған редакция көрсетілген.",
        ),
        Since => ("since", "с", "бастап"),
        CitedThen => ("then cited as", "тогда", "сол кезде"),
        ChangesToProvision => (
            "Changes to this provision",
            "Изменения этой нормы",
            "Осы норманың өзгерістері",
        ),
        NoChangesToProvision => (
            "No recorded version changed this provision.",
            "Ни одна записанная редакция не меняла эту норму.",
            "Жазылған редакциялардың ешқайсысы бұл норманы өзгертпеген.",
        ),
        Repealed => ("repealed", "утратила силу", "күшін жойды"),
        Home => ("All acts", "Все акты", "Барлық актілер"),
        From => ("From", "Было", "Бұрын"),
        To => ("To", "Стало", "Қазір"),
        Summary => ("Summary", "Итог", "Қорытынды"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_and_kazakh_labels_differ_from_english() {
        for lang in [Language::Ru, Language::Kk] {
            assert_ne!(
                label(lang, Label::KeyChanges),
                label(Language::En, Label::KeyChanges)
            );
            assert_ne!(
                label(lang, Label::Timeline),
                label(Language::En, Label::Timeline)
            );
        }
        assert_eq!(label(Language::Ru, Label::KeyChanges), "Ключевые изменения");
    }
}
