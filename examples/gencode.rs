//! Deterministic generator of a large statute code and an amended version of it.
//!
//! The pair is the benchmark input for `benches/run.sh`: a whole code of about
//! 1,000 articles (1–3 MB) in the statute file format, and a new version with a
//! realistic amendment pattern — word edits concentrated in some chapters,
//! articles inserted (Kazakh `N-1` numbering in one part of the code, a block
//! that renumbers every later article in another), deleted (removed, or kept
//! as an "excluded" stub), moved to another chapter, and reflowed.
//!
//! ```text
//! cargo run --release --example gencode -- --lang ru --articles 1000 --seed 42 --change 0.05 --out DIR
//! ```
//!
//! writes `DIR/old.md` and `DIR/new.md` and prints a one-line summary to
//! stderr. With `--versions V` it writes a history instead: `DIR/v0001.md` to
//! `DIR/vV.md`, each amending the one before (the input of `benches/history.sh`).
//! The same arguments always give byte-identical files: the only
//! source of randomness is a seeded splitmix64, and nothing iterates a hash map.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: gencode --lang en|ru [--articles N] [--seed S] [--change F] [--versions V] --out DIR";

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("gencode: error: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("gencode: error: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    lang: Lang,
    articles: usize,
    seed: u64,
    change: f64,
    /// A history of this many versions instead of one pair.
    versions: Option<usize>,
    out: PathBuf,
}

impl Args {
    fn parse(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
        let (mut lang, mut out) = (None, None);
        let (mut articles, mut seed, mut change) = (1000usize, 42u64, 0.05f64);
        let mut versions = None;
        while let Some(flag) = it.next() {
            if flag == "-h" || flag == "--help" {
                return Ok(None);
            }
            let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
            let bad = |what: &str| format!("{flag}: expected {what}, found {value:?}");
            match flag.as_str() {
                "--lang" => {
                    lang = Some(match value.as_str() {
                        "en" => Lang::En,
                        "ru" => Lang::Ru,
                        _ => return Err(bad("en or ru")),
                    })
                }
                "--articles" => {
                    articles = value.parse().map_err(|_| bad("a number"))?;
                    if !(20..=100_000).contains(&articles) {
                        return Err(bad("a number from 20 to 100000"));
                    }
                }
                "--seed" => seed = value.parse().map_err(|_| bad("an unsigned integer"))?,
                "--change" => {
                    change = value.parse().map_err(|_| bad("a fraction"))?;
                    if !(0.0..=0.5).contains(&change) {
                        return Err(bad("a fraction from 0 to 0.5"));
                    }
                }
                "--versions" => {
                    let n: usize = value.parse().map_err(|_| bad("a number"))?;
                    if !(2..=10_000).contains(&n) {
                        return Err(bad("a number from 2 to 10000"));
                    }
                    versions = Some(n);
                }
                "--out" => out = Some(PathBuf::from(value)),
                _ => return Err(format!("unknown flag {flag}")),
            }
        }
        Ok(Some(Args {
            lang: lang.ok_or("--lang is required")?,
            articles,
            seed,
            change,
            versions,
            out: out.ok_or("--out is required")?,
        }))
    }
}

fn run(args: &Args) -> Result<(), String> {
    let mut g = Gen {
        rng: Rng(args.seed ^ 0x6c65_7877_6174_6368),
        lang: args.lang,
        ids: args.articles,
        amendment: 0,
        amended_share: 0.2,
    };
    let old = g.code(args.articles);
    if let Some(versions) = args.versions {
        return write_history(&mut g, old, args, versions);
    }
    let old_text = render(&old, args.lang, &numbers_of(&old, &[]));
    let total_words = old_text.split_whitespace().count();
    let mut new = old.clone();
    let stats = amend(&mut g, &mut new, args.change, total_words);
    let new_text = render(&new, args.lang, &numbers_of(&new, &numbers_of(&old, &[])));

    std::fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    for (name, text) in [("old.md", &old_text), ("new.md", &new_text)] {
        let path = args.out.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let count = |c: &Code| c.chapters.iter().map(|ch| ch.articles.len()).sum::<usize>();
    eprintln!(
        "gencode: lang={} seed={} old={}B/{}art new={}B/{}art words={} changed={} ({:.1}%) in {} articles; \
         inserted={} (n-1 {}, renumbering {}) deleted={} (removed {}, stubbed {}) moved={} reflowed={}",
        args.lang.code(),
        args.seed,
        old_text.len(),
        count(&old),
        new_text.len(),
        count(&new),
        total_words,
        stats.changed_words,
        100.0 * stats.changed_words as f64 / total_words.max(1) as f64,
        stats.amended,
        stats.inserted_n1 + stats.inserted_renumbering,
        stats.inserted_n1,
        stats.inserted_renumbering,
        stats.removed + stats.stubbed,
        stats.removed,
        stats.stubbed,
        stats.moved,
        stats.reflowed,
    );
    Ok(())
}

/// Writes `v0001.md` … one file per version, each amending the one before
/// by `args.change` of its words, and prints a one-line summary.
fn write_history(g: &mut Gen, mut code: Code, args: &Args, versions: usize) -> Result<(), String> {
    std::fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    g.amended_share = 0.02;
    let mut numbers = numbers_of(&code, &[]);
    let (mut bytes, mut changed) = (0usize, 0usize);
    for k in 1..=versions {
        let text = render(&code, args.lang, &numbers);
        bytes += text.len();
        let path = args.out.join(format!("v{k:04}.md"));
        std::fs::write(&path, &text)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        if k < versions {
            g.amendment = k;
            let words = text.split_whitespace().count();
            changed += amend(g, &mut code, args.change, words).changed_words;
            numbers = numbers_of(&code, &numbers);
        }
    }
    eprintln!(
        "gencode: lang={} seed={} versions={versions} articles={}..{} bytes={bytes} changed words={changed}",
        args.lang.code(),
        args.seed,
        args.articles,
        code.chapters
            .iter()
            .map(|ch| ch.articles.len())
            .sum::<usize>(),
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// Randomness

/// splitmix64: tiny, fast, and good enough that the text does not repeat.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n`; `n` must be positive. The modulo bias is far below
    /// anything a benchmark input could notice.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------
// Model

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    En,
    Ru,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }
}

/// An article number as written: `451`, or `451-1` for a Kazakh insertion.
#[derive(Clone, Copy, PartialEq)]
struct Num {
    base: u32,
    ins: u32,
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.ins {
            0 => write!(f, "{}", self.base),
            i => write!(f, "{}-{}", self.base, i),
        }
    }
}

/// A token of running text. Cross-references hold the target's identity, so
/// that renumbering rewrites them the way a consolidated text would.
#[derive(Clone)]
enum Tok {
    W(String),
    /// A reference to an article by id, and the punctuation glued after it.
    Ref(usize, &'static str),
}

impl Tok {
    fn is_word(&self) -> bool {
        matches!(self, Tok::W(w) if w.chars().next().is_some_and(char::is_alphabetic))
    }
}

type Text = Vec<Tok>;

#[derive(Clone)]
enum Block {
    /// A (numbered) paragraph: text, optional subparagraphs, optional sanction.
    Para {
        num: Option<String>,
        text: Text,
        subs: Vec<Text>,
        sanction: Option<Text>,
    },
    /// `*2. Исключен Законом РК от …*`
    Excluded {
        num: String,
        text: Text,
    },
    Note(Text),
}

impl Block {
    fn parts(&self) -> usize {
        match self {
            Block::Para { subs, .. } => subs.len() + 2,
            Block::Excluded { .. } => 0,
            Block::Note(_) => 1,
        }
    }
    fn part_len(&self, i: usize) -> usize {
        match self {
            Block::Para {
                text,
                subs,
                sanction,
                ..
            } => match i {
                0 => text.len(),
                i if i <= subs.len() => subs[i - 1].len(),
                _ => sanction.as_ref().map_or(0, Vec::len),
            },
            Block::Note(t) if i == 0 => t.len(),
            _ => 0,
        }
    }
    fn part_mut(&mut self, i: usize) -> Option<&mut Text> {
        match self {
            Block::Para {
                text,
                subs,
                sanction,
                ..
            } => match i {
                0 => Some(text),
                i if i <= subs.len() => Some(&mut subs[i - 1]),
                _ => sanction.as_mut(),
            },
            Block::Note(t) if i == 0 => Some(t),
            _ => None,
        }
    }
    fn words(&self) -> usize {
        match self {
            Block::Para {
                text,
                subs,
                sanction,
                ..
            } => {
                text.len()
                    + subs.iter().map(Vec::len).sum::<usize>()
                    + sanction.as_ref().map_or(0, Vec::len)
            }
            Block::Excluded { text, .. } | Block::Note(text) => text.len(),
        }
    }
}

#[derive(Clone)]
struct Article {
    id: usize,
    num: Num,
    title: Text,
    body: Vec<Block>,
    footnote: Option<Text>,
    /// Hard-wrap paragraph lines (same words, different line breaks).
    reflow: bool,
}

#[derive(Clone)]
struct Chapter {
    num: u32,
    title: String,
    /// Sanctions in the style of the Code of Administrative Offences (fines
    /// per kind of subject) rather than of the Criminal Code.
    cao: bool,
    articles: Vec<Article>,
}

#[derive(Clone)]
struct Code {
    title: String,
    chapters: Vec<Chapter>,
}

/// Current number of every article id; ids absent from `code` keep the
/// number they had in `fallback` (a reference to a deleted article dangles,
/// as it does in real consolidated texts).
fn numbers_of(code: &Code, fallback: &[Num]) -> Vec<Num> {
    let max = code
        .chapters
        .iter()
        .flat_map(|c| &c.articles)
        .map(|a| a.id + 1)
        .max()
        .unwrap_or(0);
    let mut nums = fallback.to_vec();
    nums.resize(max.max(fallback.len()), Num { base: 0, ins: 0 });
    for a in code.chapters.iter().flat_map(|c| &c.articles) {
        nums[a.id] = a.num;
    }
    nums
}

// ---------------------------------------------------------------------------
// Vocabulary

/// Russian noun declensions, as endings for the six cases, singular then plural.
#[rustfmt::skip]
const RU_DECL: [[&str; 12]; 6] = [
    // договор (m, hard)
    ["", "а", "у", "", "ом", "е", "ы", "ов", "ам", "ы", "ами", "ах"],
    // нарушение (n, -ие)
    ["е", "я", "ю", "е", "ем", "и", "я", "й", "ям", "я", "ями", "ях"],
    // лицо (n, hard)
    ["о", "а", "у", "о", "ом", "е", "а", "", "ам", "а", "ами", "ах"],
    // норма (f, hard)
    ["а", "ы", "е", "у", "ой", "е", "ы", "", "ам", "ы", "ами", "ах"],
    // организация (f, -ия)
    ["я", "и", "и", "ю", "ей", "и", "и", "й", "ям", "и", "ями", "ях"],
    // деятельность (f, soft)
    ["ь", "и", "и", "ь", "ью", "и", "и", "ей", "ям", "и", "ями", "ях"],
];
const RU_GENDER: [usize; 6] = [0, 2, 2, 1, 1, 1]; // m, n, n, f, f, f

#[rustfmt::skip]
const RU_NOUNS: [&[&str]; 6] = [
    &[
        "договор", "орган", "закон", "кодекс", "суд", "запрет", "отказ", "документ", "материал",
        "ресурс", "доступ", "период", "размер", "срок", "штраф", "арест", "собственник", "прокурор",
        "депутат", "акт", "результат", "интерес", "способ", "вред", "ущерб", "объект", "субъект",
        "режим", "статус", "надзор", "реестр", "выпуск", "эфир", "сайт", "журналист", "редактор",
        "блогер", "модератор", "оператор",
    ],
    &[
        "нарушени", "распространени", "размещени", "требовани", "действи", "решени", "положени",
        "заключени", "исполнени", "опубликовани", "предоставлени", "уведомлени", "обеспечени",
        "изменени", "приостановлени", "прекращени", "осуществлени", "использовани", "разрешени",
        "поручени", "объединени", "сообщени", "издани", "учреждени", "правонарушени",
        "воспрепятствовани", "уклонени", "сокрыти", "разглашени", "оскорблени", "унижени",
        "возбуждени", "деяни",
    ],
    &[
        "лиц", "производств", "средств", "прав", "государств", "имуществ", "обществ",
        "законодательств", "свидетельств", "руководств", "агентств", "предпринимательств",
    ],
    &[
        "норм", "программ", "форм", "защит", "реклам", "служб", "систем", "платформ", "групп",
        "сумм", "работ", "мер", "цен", "пропаганд",
    ],
    &[
        "организаци", "информаци", "продукци", "территори", "комисси", "лицензи", "категори",
        "регистраци", "аккредитаци", "публикаци", "деклараци", "компенсаци", "операци", "редакци",
    ],
    &[
        "деятельност", "ответственност", "безопасност", "собственност", "обязанност", "возможност",
        "должност", "необходимост", "власт", "связ", "чест", "част", "сет", "достоверност",
    ],
];

/// Hard-stem adjectives; endings by gender (m, f, n, plural) and case.
#[rustfmt::skip]
const RU_ADJ_END: [[&str; 6]; 4] = [
    ["ый", "ого", "ому", "ый", "ым", "ом"],
    ["ая", "ой", "ой", "ую", "ой", "ой"],
    ["ое", "ого", "ому", "ое", "ым", "ом"],
    ["ые", "ых", "ым", "ые", "ыми", "ых"],
];
#[rustfmt::skip]
const RU_ADJ: &[&str] = &[
    "государственн", "административн", "уголовн", "незаконн", "публичн", "официальн", "массов",
    "иностранн", "информационн", "электронн", "судебн", "местн", "исполнительн", "заведом", "ложн",
    "умышленн", "установленн", "указанн", "предусмотренн", "повторн", "письменн", "обязательн",
    "специальн", "уполномоченн", "территориальн", "финансов", "отечественн", "периодическ",
    "достоверн", "конфиденциальн", "персональн", "необходим", "коммерческ", "общественн",
    "национальн", "межнациональн", "религиозн", "социальн", "нравственн", "законн",
];

/// Prepositions with the case they govern (0 nom … 5 prep).
#[rustfmt::skip]
const RU_PREP: &[(&str, usize)] = &[
    ("в", 5), ("на", 5), ("о", 5), ("при", 5), ("по", 2), ("для", 1), ("без", 1), ("от", 1),
    ("до", 1), ("с", 4), ("в", 3), ("на", 3), ("за исключением", 1), ("в соответствии с", 4),
    ("в отношении", 1), ("в целях", 1), ("в течение", 1), ("в случае", 1), ("путем", 1),
    ("посредством", 1), ("в области", 1), ("в сфере", 1), ("со стороны", 1), ("вследствие", 1),
    ("вопреки", 2), ("перед", 4), ("между", 4),
];
#[rustfmt::skip]
const RU_CONJ: &[&str] = &[
    "и", "или", "либо", "а равно", "а также", "и (или)", "или иных", "и других",
];
#[rustfmt::skip]
const RU_PARTICIPLE: &[&str] = &[
    "совершенное", "совершенные", "предусмотренные", "повлекшее", "причинившее", "допущенное",
    "осуществляемое", "направленное на", "содержащие", "влекущие", "создающей условия для",
    "выразившееся в", "совершенное в отношении", "размещенной в", "распространяемой через",
];
#[rustfmt::skip]
const RU_BOILER: &[&str] = &[
    "если эти действия не содержат признаков уголовно наказуемого деяния",
    "в течение года после наложения административного взыскания",
    "в соответствии с законодательством Республики Казахстан",
    "за исключением случаев, предусмотренных статьей {ref} настоящего Кодекса",
    "предусмотренные частью {ord} настоящей статьи",
    "за исключением действий, предусмотренных статьей {ref} настоящего Кодекса",
    "совершенные повторно в течение года после наложения административного взыскания",
    "с использованием средств массовой информации или сетей телекоммуникаций",
    "с использованием масс-медиа, сетей телекоммуникаций или онлайн-платформ",
    "лицом с использованием своего служебного положения",
    "указанных в статье {ref} настоящего Кодекса",
    "в порядке, установленном законодательством Республики Казахстан",
];
#[rustfmt::skip]
const RU_ORD: &[&str] = &[
    "первой", "второй", "третьей", "четвертой", "пятой", "шестой",
];
#[rustfmt::skip]
const RU_SUBJECT_HEAD: &[&str] = &[
    "Нарушение", "Распространение", "Размещение", "Неисполнение", "Непредоставление",
    "Воспрепятствование", "Уклонение от", "Сокрытие", "Разглашение", "Изготовление",
    "Использование", "Невыполнение", "Незаконное ограничение", "Публичные призывы к",
    "Производство", "Несоблюдение", "Отказ в", "Неправомерный отказ в", "Опубликование", "Действия",
    "Деяния",
];
/// Numbers in the genitive, as in "в размере двадцати месячных расчетных показателей".
#[rustfmt::skip]
const RU_FINE: &[&str] = &[
    "пяти", "десяти", "пятнадцати", "двадцати", "двадцати пяти", "тридцати", "сорока", "пятидесяти",
    "шестидесяти", "семидесяти", "восьмидесяти", "ста", "ста пятидесяти", "двухсот", "трехсот",
    "пятисот", "одной тысячи", "двух тысяч", "трех тысяч",
];
#[rustfmt::skip]
const RU_YEARS: &[&str] = &[
    "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "десяти", "двенадцати",
    "пятнадцати",
];
#[rustfmt::skip]
const RU_FINE_SUBJ: &[&str] = &[
    "на физических лиц", "на должностных лиц",
    "на субъектов малого предпринимательства или некоммерческие организации",
    "на субъектов среднего предпринимательства", "на субъектов крупного предпринимательства",
];
#[rustfmt::skip]
const RU_NUMBER_WORDS: &[&str] = &[
    "пяти", "десяти", "пятнадцати", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
    "семидесяти", "восьмидесяти", "ста", "двухсот", "трехсот", "пятисот", "двух", "трех", "четырех",
    "шести", "семи", "восьми", "двенадцати",
];

#[rustfmt::skip]
const EN_NOUNS: &[(&str, &str)] = &[
    ("violation", "violations"), ("dissemination", "dissemination"),
    ("publication", "publications"), ("information", "information"), ("procedure", "procedures"),
    ("requirement", "requirements"), ("body", "bodies"), ("authority", "authorities"),
    ("official", "officials"), ("person", "persons"), ("entity", "entities"),
    ("organisation", "organisations"), ("product", "products"), ("content", "content"),
    ("platform", "platforms"), ("resource", "resources"), ("network", "networks"),
    ("right", "rights"), ("interest", "interests"), ("order", "orders"), ("security", "security"),
    ("property", "property"), ("activity", "activities"), ("accreditation", "accreditations"),
    ("registration", "registrations"), ("licence", "licences"), ("decision", "decisions"),
    ("act", "acts"), ("measure", "measures"), ("court", "courts"), ("owner", "owners"),
    ("user", "users"), ("journalist", "journalists"), ("broadcaster", "broadcasters"),
    ("channel", "channels"), ("programme", "programmes"), ("advertising", "advertising"),
    ("document", "documents"), ("material", "materials"), ("state", "states"),
    ("citizen", "citizens"), ("service", "services"), ("operator", "operators"),
    ("communication", "communications"), ("access", "access"), ("legislation", "legislation"),
    ("rule", "rules"), ("period", "periods"), ("damage", "damage"), ("reputation", "reputations"),
    ("dignity", "dignity"), ("honour", "honour"), ("morality", "morality"), ("health", "health"),
    ("minor", "minors"), ("outlet", "outlets"), ("agency", "agencies"), ("statement", "statements"),
    ("call", "calls"), ("propaganda", "propaganda"), ("discord", "discord"),
    ("representative", "representatives"), ("record", "records"), ("consent", "consent"),
    ("restriction", "restrictions"), ("suspension", "suspensions"), ("termination", "terminations"),
    ("distribution", "distribution"), ("production", "production"), ("storage", "storage"),
    ("editor", "editors"), ("founder", "founders"), ("website", "websites"), ("means", "means"),
    ("society", "societies"), ("group", "groups"), ("duty", "duties"), ("safety", "safety"),
];
#[rustfmt::skip]
const EN_ADJ: &[&str] = &[
    "unlawful", "public", "official", "administrative", "criminal", "false", "foreign", "local",
    "electronic", "personal", "confidential", "established", "relevant", "competent", "authorised",
    "commercial", "periodical", "repeated", "deliberate", "national", "international", "religious",
    "social", "reliable", "unreliable", "legitimate", "special", "written", "mandatory",
    "technical", "financial", "judicial", "executive", "mass", "state", "interethnic", "untrue",
    "knowingly false",
];
#[rustfmt::skip]
const EN_PREP: &[&str] = &[
    "of", "of", "of", "in", "on", "by", "for", "with", "against", "from", "to", "within", "without",
    "under", "through", "in the field of", "in respect of", "in accordance with",
    "with the exception of", "by means of", "on the basis of", "in relation to",
];
const EN_CONJ: &[&str] = &["and", "or", "and (or)", "as well as", "or", "and"];
#[rustfmt::skip]
const EN_PARTICIPLE: &[&str] = &[
    "committed by", "provided for by", "established by", "causing", "aimed at", "carried out by",
    "containing", "resulting in", "expressed in", "committed against", "posted on",
    "disseminated through", "creating conditions for",
];
#[rustfmt::skip]
const EN_BOILER: &[&str] = &[
    "if these actions do not contain signs of a criminally punishable act",
    "within a year after the imposition of an administrative penalty",
    "in accordance with the legislation of the Republic of Kazakhstan",
    "except for the cases provided for by Article {ref} of this Code",
    "provided for by part {ord} of this article",
    "with the exception of the actions provided for by Article {ref} of this Code",
    "committed repeatedly within a year after the imposition of an administrative penalty",
    "using the mass media or telecommunications networks",
    "using mass media, telecommunications networks or online platforms",
    "by a person using his official position", "specified in Article {ref} of this Code",
    "in the manner established by the legislation of the Republic of Kazakhstan",
];
const EN_ORD: &[&str] = &["one", "two", "three", "four", "five", "six"];
#[rustfmt::skip]
const EN_SUBJECT_HEAD: &[&str] = &[
    "Violation of", "Dissemination of", "Placement of", "Failure to comply with",
    "Failure to provide", "Obstruction of", "Evasion of", "Concealment of", "Disclosure of",
    "Production of", "Use of", "Non-fulfilment of", "Unlawful restriction of", "Public calls for",
    "Refusal of", "Publication of", "Actions of", "Acts of",
];
#[rustfmt::skip]
const EN_FINE: &[&str] = &[
    "five", "ten", "fifteen", "twenty", "twenty-five", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "one hundred", "one hundred and fifty", "two hundred", "three hundred",
    "five hundred", "one thousand", "two thousand", "three thousand",
];
#[rustfmt::skip]
const EN_YEARS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "fifteen",
];
#[rustfmt::skip]
const EN_FINE_SUBJ: &[&str] = &[
    "on individuals", "on officials", "on small businesses or non-commercial organisations",
    "on medium-sized businesses", "on large businesses",
];
#[rustfmt::skip]
const EN_NUMBER_WORDS: &[&str] = &[
    "five", "ten", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "two", "three", "four", "six", "seven", "eight", "twelve",
];

/// The amending law of the new version, and a pool for old footnotes.
const RU_NEW_LAW: &str = "от 16.07.2025 № 210-VIII";
const EN_NEW_LAW: &str = "dated 16.07.2025 № 210-VIII";
#[rustfmt::skip]
const RU_IN_FORCE: &str = "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)";
#[rustfmt::skip]
const EN_IN_FORCE: &str = "(shall be enforced upon expiry of ten calendar days after the day of its first official publication)";

// ---------------------------------------------------------------------------
// Text generation

struct Gen {
    rng: Rng,
    lang: Lang,
    /// Next free article id.
    ids: usize,
    /// Which amending law this is: 0 for a pair's, k for a history's k-th.
    amendment: usize,
    /// The mean share of articles an amendment edits: a fifth for a pair
    /// (years of amendments at once), a fiftieth for each law of a history.
    amended_share: f64,
}

fn push_words(out: &mut Text, s: &str) {
    out.extend(s.split_whitespace().map(|w| Tok::W(w.to_string())));
}

/// The case a Russian head phrase governs: "Отказ в" + prepositional,
/// "Призывы к" + dative, otherwise genitive ("Нарушение порядка").
fn head_case(head: &str) -> usize {
    if head.ends_with(" к") {
        2
    } else if head.ends_with(" в") {
        5
    } else {
        1
    }
}

/// Drops what cannot end a phrase after a cut: a dangling comma, a trailing
/// conjunction, preposition or article. The caller adds the ending.
fn trim_tail(t: &mut Text) {
    while t.len() > 3 {
        match t.last_mut() {
            Some(Tok::W(w)) => {
                while w.ends_with(',') {
                    w.pop();
                }
                let short = w.chars().count() <= 3 && !w.chars().any(|c| c.is_ascii_digit());
                if short
                    || ["other", "иных", "других", "within", "without", "through"]
                        .contains(&w.as_str())
                {
                    t.pop();
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl Gen {
    fn ru_adj(&mut self, gender_or_pl: usize, case: usize) -> String {
        let stem = *self.rng.pick(RU_ADJ);
        let end = RU_ADJ_END[gender_or_pl][case];
        // Velar stems spell -ий/-ие/-их where hard stems have -ый/-ые/-ых.
        let end = if stem.ends_with('к') {
            end.replacen('ы', "и", 1)
        } else {
            end.to_string()
        };
        format!("{stem}{end}")
    }

    /// A noun phrase in `case` (Russian) — adjective, noun, genitive tail.
    fn np(&mut self, case: usize, depth: usize, out: &mut Text) {
        match self.lang {
            Lang::Ru => {
                let decl = self.rng.below(6);
                let stem = *self.rng.pick(RU_NOUNS[decl]);
                // Abstract soft nouns ("ответственность") rarely take a plural.
                let plural = decl != 5 && self.rng.chance(0.25);
                if self.rng.chance(0.45) {
                    let g = if plural { 3 } else { RU_GENDER[decl] };
                    let adj = self.ru_adj(g, case);
                    out.push(Tok::W(adj));
                }
                let end = RU_DECL[decl][case + if plural { 6 } else { 0 }];
                out.push(Tok::W(format!("{stem}{end}")));
                if depth < 2 && self.rng.chance(0.45) {
                    if self.rng.chance(0.12) {
                        let tail = *self.rng.pick(&[
                            "Республики Казахстан",
                            "средств массовой информации",
                            "онлайн-платформ",
                            "сетей телекоммуникаций",
                        ]);
                        push_words(out, tail);
                    } else {
                        self.np(1, depth + 1, out);
                    }
                }
            }
            Lang::En => {
                let (sg, pl) = *self.rng.pick(EN_NOUNS);
                let plural = self.rng.chance(0.25);
                let adj = self.rng.chance(0.45).then(|| *self.rng.pick(EN_ADJ));
                if depth > 0 || self.rng.chance(0.6) {
                    let first = adj.unwrap_or(if plural { pl } else { sg });
                    let art = if plural || self.rng.chance(0.8) {
                        "the"
                    } else if first.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "an"
                    } else {
                        "a"
                    };
                    out.push(Tok::W(art.to_string()));
                }
                if let Some(a) = adj {
                    push_words(out, a);
                }
                out.push(Tok::W((if plural { pl } else { sg }).to_string()));
                if depth < 2 && self.rng.chance(0.45) {
                    out.push(Tok::W("of".into()));
                    self.np(1, depth + 1, out);
                }
            }
        }
    }

    fn boilerplate(&mut self, out: &mut Text) {
        let (list, ord) = match self.lang {
            Lang::Ru => (RU_BOILER, RU_ORD),
            Lang::En => (EN_BOILER, EN_ORD),
        };
        let phrase = *self.rng.pick(list);
        for w in phrase.split_whitespace() {
            match w {
                "{ref}" => {
                    let target = self.rng.below(self.ids);
                    out.push(Tok::Ref(target, ""));
                }
                "{ord}" => out.push(Tok::W(self.rng.pick(ord).to_string())),
                _ => out.push(Tok::W(w.to_string())),
            }
        }
    }

    fn comma_after_last(out: &mut Text) {
        match out.last_mut() {
            Some(Tok::W(w)) if !w.ends_with(',') => w.push(','),
            Some(Tok::Ref(_, p)) if p.is_empty() => *p = ",",
            _ => {}
        }
    }

    /// One legal sentence of 15–60 words (most near 25), without final punctuation.
    fn sentence(&mut self, min: usize, max: usize) -> Text {
        // Skewed towards short sentences; the last phrase may overshoot a bit.
        let u = self.rng.unit();
        let target = min + ((max * 4 / 5 - min) as f64 * u * u * u) as usize;
        let mut out = Text::new();
        let head = match self.lang {
            Lang::Ru => *self.rng.pick(RU_SUBJECT_HEAD),
            Lang::En => *self.rng.pick(EN_SUBJECT_HEAD),
        };
        push_words(&mut out, head);
        self.np(head_case(head), 0, &mut out);
        while out.len() < target {
            let r = self.rng.unit();
            if r < 0.3 {
                if self.lang == Lang::En {
                    out.push(Tok::W("of".into()));
                }
                self.np(1, 1, &mut out);
            } else if r < 0.6 {
                match self.lang {
                    Lang::Ru => {
                        let (p, case) = *self.rng.pick(RU_PREP);
                        push_words(&mut out, p);
                        self.np(case, 0, &mut out);
                    }
                    Lang::En => {
                        let p = *self.rng.pick(EN_PREP);
                        push_words(&mut out, p);
                        self.np(1, 1, &mut out);
                    }
                }
            } else if r < 0.75 {
                let c = match self.lang {
                    Lang::Ru => *self.rng.pick(RU_CONJ),
                    Lang::En => *self.rng.pick(EN_CONJ),
                };
                push_words(&mut out, c);
                self.np(1, 1, &mut out);
            } else if r < 0.9 {
                Self::comma_after_last(&mut out);
                match self.lang {
                    Lang::Ru => {
                        let p = *self.rng.pick(RU_PARTICIPLE);
                        push_words(&mut out, p);
                        let case = if p.ends_with(" на") || p.ends_with(" в") {
                            3
                        } else {
                            4
                        };
                        self.np(case, 0, &mut out);
                    }
                    Lang::En => {
                        let p = *self.rng.pick(EN_PARTICIPLE);
                        push_words(&mut out, p);
                        self.np(1, 1, &mut out);
                    }
                }
                Self::comma_after_last(&mut out);
            } else {
                Self::comma_after_last(&mut out);
                self.boilerplate(&mut out);
                Self::comma_after_last(&mut out);
            }
        }
        out.truncate(max);
        trim_tail(&mut out);
        if let Some(Tok::W(w)) = out.first_mut() {
            *w = capitalize(w);
        }
        out
    }

    fn fine(&mut self, out: &mut Text) {
        let (fines, subjects, unit) = match self.lang {
            Lang::Ru => (RU_FINE, RU_FINE_SUBJ, "месячных расчетных показателей"),
            Lang::En => (EN_FINE, EN_FINE_SUBJ, "monthly calculation indices"),
        };
        let first = self.rng.below(3);
        let last = if self.rng.chance(0.65) { first } else { 4 };
        let mut at = self.rng.below(6);
        for (i, subject) in subjects.iter().enumerate().take(last + 1).skip(first) {
            if i > first {
                Self::comma_after_last(out);
            }
            push_words(out, subject);
            if i > first {
                out.push(Tok::W("–".into()));
            }
            push_words(
                out,
                if self.lang == Lang::Ru {
                    "в размере"
                } else {
                    "in the amount of"
                },
            );
            push_words(out, fines[at.min(fines.len() - 1)]);
            at += self.rng.range(1, 3);
        }
        push_words(out, unit);
    }

    /// A sanction, in the style of the Code of Administrative Offences
    /// (`cao`) or of the Criminal Code.
    fn sanction(&mut self, cao: bool) -> Text {
        let mut out = Text::new();
        let ru = self.lang == Lang::Ru;
        if cao {
            push_words(
                &mut out,
                match (ru, self.rng.chance(0.5)) {
                    (true, true) => "влечет",
                    (true, false) => "влекут",
                    (false, _) => "shall entail",
                },
            );
            if self.rng.chance(0.08) {
                push_words(
                    &mut out,
                    if ru {
                        "предупреждение"
                    } else {
                        "a warning"
                    },
                );
                return out;
            }
            push_words(&mut out, if ru { "штраф" } else { "a fine" });
            self.fine(&mut out);
            if self.rng.chance(0.2) {
                let days = if ru {
                    ["десяти", "пятнадцати", "двадцати"][self.rng.below(3)]
                } else {
                    ["ten", "fifteen", "twenty"][self.rng.below(3)]
                };
                let s = if ru {
                    format!("либо административный арест на срок до {days} суток")
                } else {
                    format!("or administrative arrest for up to {days} days")
                };
                push_words(&mut out, &s);
            }
            if self.rng.chance(0.25) {
                Self::comma_after_last(&mut out);
                let s = if ru {
                    *self.rng.pick(&[
                        "с конфискацией предмета административного правонарушения",
                        "с приостановлением выпуска (выхода в эфир) средства массовой информации на срок до трех месяцев",
                        "с лишением лицензии",
                    ])
                } else {
                    *self.rng.pick(&[
                        "with confiscation of the object of the administrative offence",
                        "with suspension of the release (broadcast) of the mass media for up to three months",
                        "with deprivation of the licence",
                    ])
                };
                push_words(&mut out, s);
            }
        } else {
            let years = if ru { RU_YEARS } else { EN_YEARS };
            let a = self.rng.below(years.len() - 2);
            let b = self.rng.range(a + 1, years.len() - 1);
            push_words(
                &mut out,
                if ru {
                    "наказывается"
                } else {
                    "shall be punished by"
                },
            );
            if self.rng.chance(0.5) {
                let s = if ru {
                    format!(
                        "лишением свободы на срок от {} до {} лет",
                        years[a], years[b]
                    )
                } else {
                    format!(
                        "imprisonment for a term of {} to {} years",
                        years[a], years[b]
                    )
                };
                push_words(&mut out, &s);
            } else {
                let fine = *self.rng.pick(if ru { RU_FINE } else { EN_FINE });
                let s = if ru {
                    format!(
                        "штрафом в размере до {fine} месячных расчетных показателей либо исправительными работами \
                         в том же размере, либо ограничением свободы на срок до {} лет, либо лишением свободы на тот же срок",
                        years[a]
                    )
                } else {
                    format!(
                        "a fine in the amount of up to {fine} monthly calculation indices, or correctional works \
                         in the same amount, or restriction of liberty for a term of up to {} years, or \
                         imprisonment for the same term",
                        years[a]
                    )
                };
                push_words(&mut out, &s);
            }
            if self.rng.chance(0.3) {
                Self::comma_after_last(&mut out);
                let s = if ru {
                    format!(
                        "с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до {} лет",
                        years[a]
                    )
                } else {
                    format!(
                        "with deprivation of the right to hold certain positions or engage in certain activities for up to {} years",
                        years[a]
                    )
                };
                push_words(&mut out, &s);
            }
        }
        out
    }

    fn law_ref(&mut self, year_from: usize) -> String {
        let year = self.rng.range(year_from, 2024);
        let conv = match year {
            ..=2015 => "V",
            2016..=2020 => "VI",
            2021..=2022 => "VII",
            _ => "VIII",
        };
        let (d, m, n) = (
            self.rng.range(1, 28),
            self.rng.range(1, 12),
            self.rng.range(1, 450),
        );
        match self.lang {
            Lang::Ru => format!("от {d:02}.{m:02}.{year} № {n}-{conv} {RU_IN_FORCE}"),
            Lang::En => format!("dated {d:02}.{m:02}.{year} № {n}-{conv} {EN_IN_FORCE}"),
        }
    }

    /// "Сноска. Статья N с изменениями, внесенными законами РК от …" (no final period).
    fn footnote(&mut self, id: usize) -> Text {
        let mut out = Text::new();
        let laws = match self.rng.unit() {
            u if u < 0.6 => 1,
            u if u < 0.9 => 2,
            _ => 3,
        };
        match self.lang {
            Lang::Ru => {
                push_words(&mut out, "Сноска. Статья");
                out.push(Tok::Ref(id, ""));
                push_words(
                    &mut out,
                    if laws == 1 {
                        "с изменением, внесенным Законом РК"
                    } else {
                        "с изменениями, внесенными законами РК"
                    },
                );
            }
            Lang::En => {
                push_words(&mut out, "Footnote. Article");
                out.push(Tok::Ref(id, ""));
                push_words(
                    &mut out,
                    if laws == 1 {
                        "as amended by the Law of the RK"
                    } else {
                        "as amended by the Laws of the RK"
                    },
                );
            }
        }
        for i in 0..laws {
            if i > 0
                && let Some(Tok::W(w)) = out.last_mut()
            {
                w.push(';');
            }
            let law = self.law_ref(2015);
            push_words(&mut out, &law);
        }
        out
    }

    fn title(&mut self) -> Text {
        let mut t = Text::new();
        let head = match self.lang {
            Lang::Ru => *self.rng.pick(RU_SUBJECT_HEAD),
            Lang::En => *self.rng.pick(EN_SUBJECT_HEAD),
        };
        push_words(&mut t, head);
        self.np(head_case(head), 0, &mut t);
        if self.rng.chance(0.3) {
            let c = if self.lang == Lang::Ru {
                *self.rng.pick(RU_CONJ)
            } else {
                *self.rng.pick(EN_CONJ)
            };
            push_words(&mut t, c);
            self.np(1, 1, &mut t);
        }
        t.truncate(14);
        trim_tail(&mut t);
        t
    }

    fn chapter_title(&mut self) -> String {
        let mut t = Text::new();
        self.np(1, 0, &mut t);
        let np: Vec<String> = t.iter().map(|tok| tok_str(tok, &[])).collect();
        let np = np.join(" ");
        match self.lang {
            Lang::Ru => {
                let head = *self.rng.pick(&[
                    "Административные правонарушения в области",
                    "Уголовные правонарушения против",
                    "Правонарушения, посягающие на права",
                    "Общие положения о порядке",
                    "Правонарушения в сфере",
                ]);
                format!("{head} {np}").to_uppercase()
            }
            Lang::En => {
                let head = *self.rng.pick(&[
                    "Administrative offences in the field of",
                    "Criminal offences against",
                    "Offences infringing the rights of",
                    "General provisions on",
                    "Offences in the sphere of",
                ]);
                format!("{head} {np}")
            }
        }
    }

    fn note(&mut self) -> Text {
        let mut t = Text::new();
        push_words(
            &mut t,
            if self.lang == Lang::Ru {
                "Примечание."
            } else {
                "Note."
            },
        );
        let mut s = self.sentence(15, 45);
        if let Some(Tok::W(w)) = s.last_mut() {
            w.push('.');
        }
        t.append(&mut s);
        t
    }

    fn paragraph(&mut self, num: Option<String>, sanctions: bool, cao: bool) -> Block {
        let mut text = self.sentence(15, 60);
        let mut subs = Vec::new();
        if self.rng.chance(0.15) {
            // An enumeration: "…, совершенное в виде:" then "1) …;" lines.
            if let Some(Tok::W(w)) = text.last_mut() {
                w.push(':');
            }
            let n = self.rng.range(2, 5);
            for i in 0..n {
                let mut s = self.sentence(8, 30);
                if let Some(Tok::W(w)) = s.first_mut() {
                    *w = w.to_lowercase();
                }
                let last = i + 1 == n;
                if let Some(Tok::W(w)) = s.last_mut() {
                    w.push_str(if !last {
                        ";"
                    } else if sanctions {
                        ","
                    } else {
                        "."
                    });
                }
                if last && sanctions {
                    s.push(Tok::W("–".into()));
                }
                subs.push(s);
            }
        } else if sanctions {
            if self.rng.chance(0.4) {
                Self::comma_after_last(&mut text);
            }
            text.push(Tok::W("–".into()));
        } else if let Some(Tok::W(w)) = text.last_mut() {
            w.push('.');
        }
        let sanction = sanctions.then(|| {
            let mut s = self.sanction(cao);
            if let Some(Tok::W(w)) = s.last_mut() {
                w.push('.');
            }
            s
        });
        Block::Para {
            num,
            text,
            subs,
            sanction,
        }
    }

    fn article(&mut self, id: usize, num: Num, cao: bool) -> Article {
        let title = self.title();
        let sanctions = self.rng.chance(0.6);
        let mut body = Vec::new();
        if self.rng.chance(0.12) {
            body.push(self.paragraph(None, sanctions, cao));
        } else {
            let n = 2 + (6.99 * self.rng.unit().powi(4)) as usize;
            let mut p = 0u32;
            let mut sub = 0u32;
            for _ in 0..n {
                // Occasional Kazakh insertion numbering inside an article: "2-1.", "2-2."
                let num = if p > 0 && self.rng.chance(0.05) {
                    sub += 1;
                    format!("{p}-{sub}")
                } else {
                    p += 1;
                    sub = 0;
                    p.to_string()
                };
                if p > 1 && !num.contains('-') && self.rng.chance(0.03) {
                    let mut text = Text::new();
                    push_words(
                        &mut text,
                        if self.lang == Lang::Ru {
                            "Исключен Законом РК"
                        } else {
                            "Excluded by the Law of the RK"
                        },
                    );
                    let law = self.law_ref(2015);
                    push_words(&mut text, &law);
                    body.push(Block::Excluded { num, text });
                } else {
                    body.push(self.paragraph(Some(num), sanctions, cao));
                }
            }
        }
        if self.rng.chance(0.08) {
            body.push(Block::Note(self.note()));
        }
        let footnote = self.rng.chance(0.35).then(|| self.footnote(id));
        Article {
            id,
            num,
            title,
            body,
            footnote,
            reflow: false,
        }
    }

    /// The old version: `n` articles in chapters of about 20.
    fn code(&mut self, n: usize) -> Code {
        let mut chapters = Vec::new();
        let mut id = 0;
        let mut num = Num { base: 0, ins: 0 };
        while id < n {
            let size = self.rng.range(12, 28).min(n - id);
            let cao = self.rng.chance(0.6);
            let title = self.chapter_title();
            let mut articles = Vec::with_capacity(size);
            for _ in 0..size {
                num = if num.base > 0 && self.rng.chance(0.02) {
                    Num {
                        base: num.base,
                        ins: num.ins + 1,
                    }
                } else {
                    Num {
                        base: num.base + 1,
                        ins: 0,
                    }
                };
                articles.push(self.article(id, num, cao));
                id += 1;
            }
            chapters.push(Chapter {
                num: chapters.len() as u32 + 1,
                title,
                cao,
                articles,
            });
        }
        let title = match self.lang {
            Lang::Ru => "Кодекс об условных правонарушениях (сгенерированный текст)",
            Lang::En => "Code of Sample Offences (generated text)",
        };
        Code {
            title: title.into(),
            chapters,
        }
    }
}

// ---------------------------------------------------------------------------
// Amendment

#[derive(Default)]
struct Stats {
    changed_words: usize,
    amended: usize,
    inserted_n1: usize,
    inserted_renumbering: usize,
    removed: usize,
    stubbed: usize,
    moved: usize,
    reflowed: usize,
}

fn is_number_word(lang: Lang, w: &str) -> bool {
    let bare = w.trim_end_matches([',', '.', ';', ':']);
    match lang {
        Lang::Ru => RU_NUMBER_WORDS.contains(&bare),
        Lang::En => EN_NUMBER_WORDS.contains(&bare),
    }
}

impl Gen {
    /// A replacement word: another number for a number (so penalties move),
    /// otherwise a fresh word of running text.
    fn replacement(&mut self, old: &str) -> String {
        let suffix: String = old
            .chars()
            .rev()
            .take_while(|c| ",.;:".contains(*c))
            .collect();
        for _ in 0..8 {
            let w = if is_number_word(self.lang, old) {
                match self.lang {
                    Lang::Ru => self.rng.pick(RU_NUMBER_WORDS).to_string(),
                    Lang::En => self.rng.pick(EN_NUMBER_WORDS).to_string(),
                }
            } else {
                let mut t = Text::new();
                let case = self.rng.below(6);
                self.np(case, 2, &mut t);
                match t.pop() {
                    Some(Tok::W(w)) => w,
                    _ => continue,
                }
            };
            let w = format!("{w}{}", suffix.chars().rev().collect::<String>());
            if w != old {
                return w;
            }
        }
        format!(
            "{old}-{}",
            if self.lang == Lang::Ru {
                "бис"
            } else {
                "bis"
            }
        )
    }

    /// Edits word runs in `article` until about `budget` words changed.
    /// Returns the number of words substituted, inserted or deleted.
    fn edit_words(&mut self, article: &mut Article, budget: usize) -> usize {
        let parts: Vec<(usize, usize)> = article
            .body
            .iter()
            .enumerate()
            .flat_map(|(b, blk)| (0..blk.parts()).map(move |p| (b, p)))
            .filter(|&(b, p)| article.body[b].part_len(p) >= 6)
            .collect();
        if parts.is_empty() {
            return 0;
        }
        let mut done = 0;
        let mut attempts = 0;
        while done < budget && attempts < budget * 8 + 20 {
            attempts += 1;
            let (b, p) = *self.rng.pick(&parts);
            let mut t = article.body[b]
                .part_mut(p)
                .map(std::mem::take)
                .unwrap_or_default();
            let run = self.rng.range(1, 4).min(budget - done);
            // Never touch the first word (capitalized) or the last token (the ending).
            if t.len() < run + 3 {
                if let Some(slot) = article.body[b].part_mut(p) {
                    *slot = t;
                }
                continue;
            }
            let at = self.rng.range(1, t.len() - 1 - run);
            let op = self.rng.unit();
            if op < 0.5 {
                if t[at..at + run].iter().all(Tok::is_word) {
                    for tok in &mut t[at..at + run] {
                        if let Tok::W(w) = tok {
                            *w = self.replacement(w);
                        }
                    }
                    done += run;
                }
            } else if op < 0.75 {
                let mut ins = Text::new();
                let case = self.rng.below(6);
                self.np(case, 1, &mut ins);
                ins.truncate(run);
                done += ins.len();
                t.splice(at..at, ins);
            } else if t.len() > run + 8 && t[at..at + run].iter().all(Tok::is_word) {
                t.drain(at..at + run);
                done += run;
            }
            if let Some(slot) = article.body[b].part_mut(p) {
                *slot = t;
            }
        }
        done
    }

    /// Records the amending law in the article's footnote, as a consolidated
    /// text does. Returns the number of words added.
    /// The amending law: a pair's is fixed; each of a history's has its own
    /// date and number, as a consolidated text's footnotes name one law each.
    fn new_law(&self) -> String {
        let k = self.amendment;
        let law = match (self.lang, k) {
            (Lang::Ru, 0) => return RU_NEW_LAW.to_string(),
            (Lang::En, 0) => return EN_NEW_LAW.to_string(),
            (Lang::Ru, _) => "от",
            (Lang::En, _) => "dated",
        };
        let (day, month, year) = (1 + k % 28, 1 + (k / 28) % 12, 2000 + k / 336);
        format!("{law} {day:02}.{month:02}.{year} № {}-VIII", 100 + k)
    }

    fn note_amendment(&mut self, article: &mut Article) -> usize {
        let new_law = self.new_law();
        let (law, force) = match self.lang {
            Lang::Ru => (new_law.as_str(), RU_IN_FORCE),
            Lang::En => (new_law.as_str(), EN_IN_FORCE),
        };
        match &mut article.footnote {
            Some(f) => {
                if let Some(Tok::W(w)) = f.last_mut() {
                    w.push(';');
                }
                let before = f.len();
                push_words(f, law);
                push_words(f, force);
                f.len() - before
            }
            None => {
                let mut f = Text::new();
                match self.lang {
                    Lang::Ru => {
                        push_words(&mut f, "Сноска. Статья");
                        f.push(Tok::Ref(article.id, ""));
                        push_words(&mut f, "с изменением, внесенным Законом РК");
                    }
                    Lang::En => {
                        push_words(&mut f, "Footnote. Article");
                        f.push(Tok::Ref(article.id, ""));
                        push_words(&mut f, "as amended by the Law of the RK");
                    }
                }
                push_words(&mut f, law);
                push_words(&mut f, force);
                let n = f.len();
                article.footnote = Some(f);
                n
            }
        }
    }

    /// A new article for the amending law, with its "supplemented by" footnote.
    fn inserted_article(&mut self, chapter: u32, num: Num, cao: bool) -> Article {
        let id = self.ids;
        self.ids += 1;
        let mut a = self.article(id, num, cao);
        let mut f = Text::new();
        match self.lang {
            Lang::Ru => {
                push_words(
                    &mut f,
                    &format!("Сноска. Глава {chapter} дополнена статьей"),
                );
                f.push(Tok::Ref(id, ""));
                push_words(
                    &mut f,
                    &format!(
                        "в соответствии с Законом РК {} {RU_IN_FORCE}",
                        self.new_law()
                    ),
                );
            }
            Lang::En => {
                push_words(
                    &mut f,
                    &format!("Footnote. Chapter {chapter} is supplemented by Article"),
                );
                f.push(Tok::Ref(id, ""));
                push_words(
                    &mut f,
                    &format!(
                        "in accordance with the Law of the RK {} {EN_IN_FORCE}",
                        self.new_law()
                    ),
                );
            }
        }
        a.footnote = Some(f);
        a
    }
}

/// Position of an article in document order.
#[derive(Clone, Copy)]
struct Pos {
    ch: usize,
    at: usize,
}

fn positions(code: &Code) -> Vec<Pos> {
    code.chapters
        .iter()
        .enumerate()
        .flat_map(|(ch, c)| (0..c.articles.len()).map(move |at| Pos { ch, at }))
        .collect()
}

fn article_mut(code: &mut Code, id: usize) -> Option<&mut Article> {
    code.chapters
        .iter_mut()
        .flat_map(|c| c.articles.iter_mut())
        .find(|a| a.id == id)
}

fn chapter_of(code: &Code, id: usize) -> Option<usize> {
    code.chapters
        .iter()
        .position(|c| c.articles.iter().any(|a| a.id == id))
}

/// Inserts an article after the run of articles sharing the base number of
/// the article at `pos`, numbered `base-k` as Kazakh amendments do. The run
/// may continue into the next chapter; the article then joins that chapter.
fn insert_n1(code: &mut Code, pos: Pos, make: impl FnOnce(u32, Num) -> Article) {
    let all = positions(code);
    let at = |p: Pos| &code.chapters[p.ch].articles[p.at];
    let base = at(pos).num.base;
    let mut i = all
        .iter()
        .position(|p| p.ch == pos.ch && p.at == pos.at)
        .unwrap_or(0);
    while i + 1 < all.len() && at(all[i + 1]).num.base == base {
        i += 1;
    }
    let last = all[i];
    let num = Num {
        base,
        ins: at(last).num.ins + 1,
    };
    let chnum = code.chapters[last.ch].num;
    code.chapters[last.ch]
        .articles
        .insert(last.at + 1, make(chnum, num));
}

fn amend(g: &mut Gen, code: &mut Code, change: f64, total_words: usize) -> Stats {
    let mut st = Stats::default();
    let n = positions(code).len();
    let scale = |per_thousand: usize| (per_thousand * n).div_ceil(1000).max(2);

    // Pick the articles each kind of change applies to, disjoint, by id.
    // Amendments cluster: each chapter gets an intensity, most chapters low.
    let intensity: Vec<f64> = code.chapters.iter().map(|_| g.rng.unit().powi(3)).collect();
    let mean = intensity.iter().sum::<f64>() / intensity.len() as f64;
    // Ids are positions in a fresh code; after earlier amendments (a history)
    // some are gone and new ones are higher, so pick among the live ones.
    let live: Vec<usize> = code
        .chapters
        .iter()
        .flat_map(|c| &c.articles)
        .map(|a| a.id)
        .collect();
    let mut taken = vec![false; live.iter().max().map_or(0, |&m| m + 1)];
    let mut amended = Vec::new();
    for (ch, c) in code.chapters.iter().enumerate() {
        let p = (g.amended_share * intensity[ch] / mean.max(1e-9)).min(0.9);
        for a in &c.articles {
            // Draw even when `change` is 0, so the other choices stay put.
            if g.rng.chance(p) && change > 0.0 {
                taken[a.id] = true;
                amended.push(a.id);
            }
        }
    }
    let mut pick_free = |g: &mut Gen, lo: usize, hi: usize| -> usize {
        let mut tries = 0;
        loop {
            let id = live[g.rng.range(lo, hi)];
            tries += 1;
            // On a tiny code everything may be taken; then share an article.
            if !taken[id] || tries > 100 * n {
                taken[id] = true;
                return id;
            }
        }
    };
    let removed: Vec<usize> = (0..scale(2)).map(|_| pick_free(g, 0, n - 1)).collect();
    let stubbed: Vec<usize> = (0..scale(2)).map(|_| pick_free(g, 0, n - 1)).collect();
    let moved: Vec<usize> = (0..scale(3)).map(|_| pick_free(g, 0, n - 1)).collect();
    let reflowed: Vec<usize> = (0..scale(4)).map(|_| pick_free(g, 0, n - 1)).collect();

    // 1. Word edits, spread over the amended articles in proportion to their
    //    size. The footnote recording the amending law counts against the budget.
    let mut budget = (change * total_words as f64) as usize;
    for &id in &amended {
        if let Some(a) = article_mut(code, id) {
            let n = g.note_amendment(a);
            st.changed_words += n;
            budget = budget.saturating_sub(n);
        }
    }
    let sizes: Vec<usize> = amended
        .iter()
        .map(|&id| {
            let a = code
                .chapters
                .iter()
                .flat_map(|c| &c.articles)
                .find(|a| a.id == id);
            a.map_or(0, |a| a.body.iter().map(Block::words).sum())
        })
        .collect();
    let weights: Vec<f64> = sizes
        .iter()
        .map(|&s| s as f64 * (0.3 + 1.4 * g.rng.unit()))
        .collect();
    let wsum: f64 = weights.iter().sum::<f64>().max(1.0);
    for (i, &id) in amended.iter().enumerate() {
        let words = ((budget as f64 * weights[i] / wsum).round() as usize).min(sizes[i] / 2);
        let cao = chapter_of(code, id).is_some_and(|ch| code.chapters[ch].cao);
        let Some(a) = article_mut(code, id) else {
            continue;
        };
        let mut changed = 0;
        if words >= 30 && g.rng.chance(0.1) {
            // A new paragraph "k-1." after a numbered paragraph k.
            let target = a.body.iter().enumerate().find_map(|(k, b)| match b {
                Block::Para {
                    num: Some(n),
                    sanction,
                    ..
                } if !n.contains('-') => Some((k, format!("{n}-1"), sanction.is_some())),
                _ => None,
            });
            if let Some((k, num, sanctions)) = target {
                let exists = a
                    .body
                    .iter()
                    .any(|b| matches!(b, Block::Para { num: Some(n), .. } if *n == num));
                if !exists {
                    let p = g.paragraph(Some(num), sanctions, cao);
                    changed += p.words();
                    a.body.insert(k + 1, p);
                }
            }
        }
        changed += g.edit_words(a, words.saturating_sub(changed));
        st.changed_words += changed;
        st.amended += 1;
    }

    // 2. Deletions: some removed outright, some left as "excluded" stubs.
    for &id in &removed {
        for c in &mut code.chapters {
            c.articles.retain(|a| a.id != id);
        }
        st.removed += 1;
    }
    for &id in &stubbed {
        if let Some(a) = article_mut(code, id) {
            let mut f = Text::new();
            match g.lang {
                Lang::Ru => {
                    push_words(&mut f, "Сноска. Статья");
                    f.push(Tok::Ref(id, ""));
                    push_words(
                        &mut f,
                        &format!("исключена Законом РК {RU_NEW_LAW} {RU_IN_FORCE}"),
                    );
                }
                Lang::En => {
                    push_words(&mut f, "Footnote. Article");
                    f.push(Tok::Ref(id, ""));
                    push_words(
                        &mut f,
                        &format!("is excluded by the Law of the RK {EN_NEW_LAW} {EN_IN_FORCE}"),
                    );
                }
            }
            a.body.clear();
            a.footnote = Some(f);
            st.stubbed += 1;
        }
    }

    // 3. Moves to another chapter, under an insertion number there.
    for &id in &moved {
        let Some(from) = chapter_of(code, id) else {
            continue;
        };
        if code.chapters.len() < 2 {
            break;
        }
        let at = code.chapters[from]
            .articles
            .iter()
            .position(|a| a.id == id)
            .unwrap_or(0);
        let art = code.chapters[from].articles.remove(at);
        let mut to = g.rng.below(code.chapters.len());
        if to == from || code.chapters[to].articles.is_empty() {
            to = (from + 1 + g.rng.below(code.chapters.len() - 1)) % code.chapters.len();
        }
        if code.chapters[to].articles.is_empty() {
            code.chapters[from].articles.insert(at, art);
            continue;
        }
        let pos = Pos {
            ch: to,
            at: g.rng.below(code.chapters[to].articles.len()),
        };
        insert_n1(code, pos, |_, num| Article { num, ..art });
        st.moved += 1;
    }

    // 4. Reflowed articles: same words, different line breaks.
    for &id in &reflowed {
        if let Some(a) = article_mut(code, id) {
            a.reflow = true;
            st.reflowed += 1;
        }
    }

    // 5. "N-1" insertions in the first half of the code.
    let all = positions(code);
    for _ in 0..scale(3) {
        let pos = all[g.rng.below(all.len() / 2)];
        let cao = code.chapters[pos.ch].cao;
        insert_n1(code, pos, |ch, num| g.inserted_article(ch, num, cao));
        st.inserted_n1 += 1;
    }

    // 6. A block inserted at about two thirds of the code that renumbers every
    //    later article (and so every reference to them).
    let all = positions(code);
    let k = scale(2);
    let mut p = all[all.len() * 2 / 3 + g.rng.below(all.len() / 10 + 1)];
    while p.at + 1 < code.chapters[p.ch].articles.len()
        && code.chapters[p.ch].articles[p.at].num.ins != 0
    {
        p.at += 1;
    }
    let first = code.chapters[p.ch].articles[p.at].num.base;
    let cao = code.chapters[p.ch].cao;
    let chnum = code.chapters[p.ch].num;
    for (ch, c) in code.chapters.iter_mut().enumerate() {
        for (at, a) in c.articles.iter_mut().enumerate() {
            if (ch, at) >= (p.ch, p.at) {
                a.num.base += k as u32;
            }
        }
    }
    for i in 0..k {
        let art = g.inserted_article(
            chnum,
            Num {
                base: first + i as u32,
                ins: 0,
            },
            cao,
        );
        code.chapters[p.ch].articles.insert(p.at + i, art);
        st.inserted_renumbering += 1;
    }
    st
}

// ---------------------------------------------------------------------------
// Rendering

fn tok_str(t: &Tok, nums: &[Num]) -> String {
    match t {
        Tok::W(w) => w.clone(),
        Tok::Ref(id, p) => match nums.get(*id) {
            Some(n) => format!("{n}{p}"),
            None => format!("{id}{p}"),
        },
    }
}

/// A line break before this word would start a new Markdown block, or leave
/// the closing dash of a disposition alone on its line.
fn no_break_before(w: &str) -> bool {
    let digits = w.trim_start_matches(|c: char| c.is_ascii_digit());
    (digits.len() < w.len() && (digits == "." || digits == ")"))
        || w.starts_with(['#', '>', '-', '+', '*', '=', '`', '<', '|', '~', '_', '–'])
}

/// Writes `first` + `words`, on one line, or wrapped at 80 columns with
/// continuation lines indented by `cont` spaces.
fn write_wrapped(out: &mut String, first: &str, words: &[String], cont: usize, wrap: bool) {
    out.push_str(first);
    let mut col = first.chars().count();
    for (i, w) in words.iter().enumerate() {
        let len = w.chars().count();
        if i > 0 {
            if wrap && col + 1 + len > 80 && !no_break_before(w) {
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', cont));
                col = cont;
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(w);
        col += len;
    }
    out.push_str("\n\n");
}

fn render(code: &Code, lang: Lang, nums: &[Num]) -> String {
    let words = |t: &Text| t.iter().map(|tok| tok_str(tok, nums)).collect::<Vec<_>>();
    let (chapter, article) = match lang {
        Lang::Ru => ("Глава", "Статья"),
        Lang::En => ("Chapter", "Article"),
    };
    let mut out = String::with_capacity(4 << 20);
    out.push_str(&format!(
        "+++\nact = \"xx/generated-code\"\ntitle = \"Generated code\"\nlanguage = \"{}\"\n+++\n# {}\n\n",
        lang.code(),
        code.title
    ));
    for c in &code.chapters {
        out.push_str(&format!("## {chapter} {}. {}\n\n", c.num, c.title));
        for a in &c.articles {
            out.push_str(&format!("<a id=\"st{}\"></a>\n\n", a.num));
            let title = words(&a.title).join(" ");
            out.push_str(&format!("### {article} {}. {title}\n\n", a.num));
            let numbered = a
                .body
                .iter()
                .any(|b| matches!(b, Block::Para { num: Some(_), .. }));
            let indent = if numbered { "   " } else { "" };
            for b in &a.body {
                match b {
                    Block::Para {
                        num,
                        text,
                        subs,
                        sanction,
                    } => {
                        let first = num.as_ref().map_or(String::new(), |n| format!("{n}. "));
                        write_wrapped(
                            &mut out,
                            &first,
                            &words(text),
                            first.chars().count(),
                            a.reflow,
                        );
                        for (i, s) in subs.iter().enumerate() {
                            let first = format!("{indent}{}) ", i + 1);
                            write_wrapped(
                                &mut out,
                                &first,
                                &words(s),
                                first.chars().count(),
                                a.reflow,
                            );
                        }
                        if let Some(s) = sanction {
                            write_wrapped(&mut out, indent, &words(s), indent.len(), a.reflow);
                        }
                    }
                    Block::Excluded { num, text } => {
                        out.push_str(&format!("*{num}. {}.*\n\n", words(text).join(" ")));
                    }
                    Block::Note(t) => {
                        write_wrapped(&mut out, indent, &words(t), indent.len(), a.reflow)
                    }
                }
            }
            if let Some(f) = &a.footnote {
                out.push_str(&format!("> *{}.*\n\n", words(f).join(" ")));
            }
        }
    }
    out.pop();
    out
}
