//! The metadata of the families whose checks live in `annotate.rs`:
//! vague terms (lexicon), penalties and dangling references.
//!
//! Their findings take rationale and recommendation from the lexicon entry
//! or the penalty comparison; these words are what SARIF and the docs show
//! for the rule as a whole.

use super::{Rule, RuleText};
use crate::analyze::Severity;

/// A vague or overbroad term occurs more often in the new text.
pub const VAGUE_TERM_INTRODUCED: Rule = Rule {
    id: "vague-term-introduced",
    category: "vague-term",
    severity: Severity::Medium,
    standards: &["GC34-25"],
    en: RuleText {
        title: "A vague or overbroad term was introduced",
        message: "{statement}",
        rationale: "A restriction of expression must be formulated with enough precision for a person to regulate their conduct.",
        recommendation: "Define the term precisely or remove it.",
    },
    ru: RuleText {
        title: "Введено расплывчатое или чрезмерно широкое понятие",
        message: "{statement}",
        rationale: "Ограничение свободы выражения должно быть сформулировано достаточно точно, чтобы человек мог соотносить с ним свое поведение.",
        recommendation: "Дать точное определение понятия или исключить его.",
    },
    kk: RuleText {
        title: "Бұлыңғыр немесе тым кең ұғым енгізілді",
        message: "{statement}",
        rationale: "Сөз бостандығын шектеу адам өз мінез-құлқын соған сәйкес реттей алатындай дәл тұжырымдалуы тиіс.",
        recommendation: "Ұғымды дәл анықтау немесе алып тастау.",
    },
};

/// A vague term occurs less often in the new text.
pub const VAGUE_TERM_REMOVED: Rule = Rule {
    id: "vague-term-removed",
    category: "vague-term",
    severity: Severity::Info,
    standards: &["GC34-25"],
    en: RuleText {
        title: "A vague or overbroad term was removed",
        message: "{statement}",
        rationale: "Removing a vague term makes the provision more foreseeable.",
        recommendation: "",
    },
    ru: RuleText {
        title: "Исключено расплывчатое или чрезмерно широкое понятие",
        message: "{statement}",
        rationale: "Исключение расплывчатого понятия делает норму более предсказуемой.",
        recommendation: "",
    },
    kk: RuleText {
        title: "Бұлыңғыр немесе тым кең ұғым алынып тасталды",
        message: "{statement}",
        rationale: "Бұлыңғыр ұғымды алып тастау норманы болжамды етеді.",
        recommendation: "",
    },
};

/// The words every penalty rule shares, in one language.
macro_rules! penalty_rule {
    ($name:ident, $id:literal, $severity:expr, $en:literal, $ru:literal, $kk:literal) => {
        #[doc = concat!("Penalty findings: ", $en, ".")]
        pub const $name: Rule = Rule {
            id: $id,
            category: "penalty",
            severity: $severity,
            standards: &["GC34-22"],
            en: RuleText {
                title: $en,
                message: "{statement}",
                rationale: "Sanctions on expression must be necessary and proportionate to the harm shown.",
                recommendation: "",
            },
            ru: RuleText {
                title: $ru,
                message: "{statement}",
                rationale: "Санкции за выражение мнения должны быть необходимыми и соразмерными доказанному вреду.",
                recommendation: "",
            },
            kk: RuleText {
                title: $kk,
                message: "{statement}",
                rationale: "Пікір білдіргені үшін санкциялар қажетті және дәлелденген зиянға мөлшерлес болуы тиіс.",
                recommendation: "",
            },
        };
    };
}

penalty_rule!(
    PENALTY_RAISED,
    "penalty-raised",
    Severity::High,
    "A penalty was raised",
    "Санкция усилена",
    "Санкция күшейтілді"
);
penalty_rule!(
    PENALTY_LOWERED,
    "penalty-lowered",
    Severity::Info,
    "A penalty was lowered",
    "Санкция смягчена",
    "Санкция жеңілдетілді"
);
penalty_rule!(
    PENALTY_ADDED,
    "penalty-added",
    Severity::High,
    "A penalty was added",
    "Добавлена санкция",
    "Санкция қосылды"
);
penalty_rule!(
    PENALTY_REMOVED,
    "penalty-removed",
    Severity::Info,
    "A penalty was removed",
    "Санкция исключена",
    "Санкция алынып тасталды"
);
penalty_rule!(
    PENALTY_CHANGED,
    "penalty-changed",
    Severity::Medium,
    "A penalty changed in a way that cannot be ranked",
    "Санкция изменена так, что её нельзя сравнить",
    "Санкция салыстыруға келмейтіндей өзгертілді"
);

/// A removed or repealed article is still referred to.
pub const DANGLING_REFERENCE: Rule = Rule {
    id: "dangling-reference",
    category: "cross-reference",
    severity: Severity::Low,
    standards: &["VC-ROL"],
    en: RuleText {
        title: "A cross-reference points to a provision that is gone",
        message: "{statement}",
        rationale: "A reference to a provision that no longer exists makes the referring provision uncertain.",
        recommendation: "Amend or remove the references.",
    },
    ru: RuleText {
        title: "Отсылка к утратившей силу или исключенной норме",
        message: "{statement}",
        rationale: "Отсылка к несуществующей норме делает ссылающуюся норму неопределенной.",
        recommendation: "Изменить или исключить отсылки.",
    },
    kk: RuleText {
        title: "Жоқ нормаға сілтеме",
        message: "{statement}",
        rationale: "Жоқ нормаға сілтеме сілтеме жасайтын норманы белгісіз етеді.",
        recommendation: "Сілтемелерді өзгерту немесе алып тастау.",
    },
};
