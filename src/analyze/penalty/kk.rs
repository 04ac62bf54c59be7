//! Kazakh sanction clauses.
//!
//! Kazakh puts the sanction before the verb that imposes it: «… лауазымды
//! адамдарға – он, … ірі кәсіпкерлік субъектілеріне үш жүз айлық есептік
//! көрсеткіш мөлшерінде айыппұл салуға алып келеді». So this reader finds the
//! trigger («алып келеді», «әкеп соғады», «жазаланады») and reads the clause
//! that ends there from its start: subject groups and amounts are gathered
//! first and handed to the sanction head that follows them. A converb head
//! («тәркілене отырып», «тоқтата тұрып», «айыра отырып») is an additional
//! sanction, as «с конфискацией» is in Russian; «немесе» / «не» between two
//! heads makes the second an alternative; «немесе онсыз» makes the sanction
//! before it optional.
//!
//! Like the Russian reader it never fails: words it does not know are
//! skipped.

use super::{
    Amount, Role, Sanction, SanctionKind, Subject, Tok, TokKind, Unit, fold_same_offsets,
    subjects_of, tokenize,
};
use crate::analyze::numbers::parse_number;
use crate::statute::{Language, fold_lookalikes};
use std::borrow::Cow;

/// Reads the sanctions of a Kazakh provision text.
pub(super) fn extract(text: &str) -> Vec<Sanction> {
    let lower = fold_same_offsets(text);
    let toks = tokenize(&lower);
    let words = Words::new(&lower, &toks);
    let mut out = Vec::new();
    let mut from = 0;
    let mut t = 0;
    while t < toks.len() {
        let Some(after) = words.trigger(t) else {
            t += 1;
            continue;
        };
        let start = words.clause_start(from, t);
        Clause::new(&words, &mut out).read(start, t);
        from = after;
        t = after;
    }
    out
}

/// Tokens with their words lower-cased and with Latin look-alikes folded.
struct Words<'t> {
    text: &'t str,
    toks: &'t [Tok],
    words: Vec<Option<Cow<'t, str>>>,
}

/// A sanction head: the words naming a kind of sanction.
#[derive(Debug, Clone, Copy)]
struct Head {
    kind: SanctionKind,
    /// Token after the head.
    next: usize,
    /// A converb («отырып», «тұрып»): the sanction goes with another one.
    converb: bool,
    life: bool,
}

/// What an amount counts, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    Unit(Unit),
    Years,
}

/// An amount as read, before it is attached to a sanction.
#[derive(Debug, Clone, Copy)]
struct Read {
    min: Option<u64>,
    max: u64,
    unit: Option<Written>,
    /// Token after the amount.
    next: usize,
}

impl Read {
    fn is_term(&self) -> bool {
        matches!(
            self.unit,
            Some(Written::Years | Written::Unit(Unit::Months | Unit::Days | Unit::Hours))
        )
    }

    fn amount(&self, default: Unit) -> Amount {
        let (unit, scale) = match self.unit {
            Some(Written::Years) => (Unit::Months, 12),
            Some(Written::Unit(u)) => (u, 1),
            None => (default, 1),
        };
        Amount {
            unit,
            min: self.min.map(|m| m.saturating_mul(scale)),
            max: self.max.saturating_mul(scale),
        }
    }
}

impl<'t> Words<'t> {
    fn new(text: &'t str, toks: &'t [Tok]) -> Self {
        let words = toks
            .iter()
            .map(|t| (t.kind == TokKind::Word).then(|| fold_lookalikes(&text[t.start..t.end])))
            .collect();
        Words { text, toks, words }
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.words.get(i)?.as_deref()
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            TokKind::Punct(c) => Some(c),
            TokKind::Word => None,
        }
    }

    fn is(&self, i: usize, options: &[&str]) -> bool {
        self.word(i).is_some_and(|w| options.contains(&w))
    }

    fn starts(&self, i: usize, prefixes: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| prefixes.iter().any(|p| w.starts_with(p)))
    }

    fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }

    /// The byte after the last token before `next`.
    fn end_before(&self, next: usize) -> usize {
        next.checked_sub(1).map_or(0, |i| self.end(i))
    }

    /// The token after a trigger starting at `i`.
    fn trigger(&self, i: usize) -> Option<usize> {
        let w = self.word(i)?;
        match w {
            "алып" if self.is(i + 1, &["келеді"]) => Some(i + 2),
            "әкеп" | "әкеліп" if self.is(i + 1, &["соғады"]) => Some(i + 2),
            "жазаланады" => Some(i + 1),
            _ => None,
        }
    }

    /// The first token of the clause that ends at the trigger `t`: after the
    /// last full stop or semicolon, or the start of the paragraph (a sanction
    /// stands in its own paragraph after the disposition's dash).
    fn clause_start(&self, from: usize, t: usize) -> usize {
        for k in (from..t).rev() {
            if matches!(self.punct(k), Some('.' | ';' | ':' | '!' | '?')) {
                return k + 1;
            }
            if k > from && self.text[self.end(k - 1)..self.start(k)].contains('\n') {
                return k;
            }
        }
        from
    }

    /// The sanction head at word `i`, if one starts there.
    ///
    /// A head followed by «туралы» ("on") names a decision, not a sanction:
    /// «… тоқтата тұру туралы сот шешімінің заңды күшіне енуі …» is the
    /// court's decision on a suspension, the subject of the sentence.
    fn head(&self, i: usize) -> Option<Head> {
        self.head_words(i).filter(|h| !self.is(h.next, &["туралы"]))
    }

    fn head_words(&self, i: usize) -> Option<Head> {
        let w = self.word(i)?;
        let at = |kind, next| {
            Some(Head {
                kind,
                next,
                converb: false,
                life: false,
            })
        };
        // «айыра отырып», «сала отырып», «тоқтата тұрып»: a converb.
        let verb = |k: usize, dative: &[&str], converb: &[&str]| -> Option<(usize, bool)> {
            let v = self.word(k)?;
            if dative.contains(&v) {
                return Some((k + 1, false));
            }
            if converb.contains(&v) {
                return Some(if self.is(k + 1, &["отырып"]) {
                    (k + 2, true)
                } else {
                    (k + 1, true)
                });
            }
            None
        };
        let with = |kind, (next, converb): (usize, bool)| {
            Some(Head {
                kind,
                next,
                converb,
                life: false,
            })
        };
        match w {
            "айыппұл" => {
                let v = verb(i + 1, &["салуға", "салу"], &["сала", "салып"])?;
                return with(SanctionKind::Fine, v);
            }
            "ескерту" if self.is(i + 1, &["жасауға", "жасау"]) => {
                return at(SanctionKind::Warning, i + 2);
            }
            "әкімшілік" if self.is(i + 1, &["қамаққа"]) => {
                let v = verb(i + 2, &["алуға", "алу"], &["ала", "алып"])?;
                return with(SanctionKind::Arrest, v);
            }
            "қамаққа" => {
                let v = verb(i + 1, &["алуға", "алу"], &["ала"])?;
                return with(SanctionKind::Arrest, v);
            }
            "өмір" if self.is(i + 1, &["бойы"]) => {
                let h = self.head(i + 2)?;
                return (h.kind == SanctionKind::Imprisonment).then_some(Head { life: true, ..h });
            }
            "бас" if self.is(i + 1, &["бостандығынан"]) => {
                let v = verb(i + 2, &["айыруға", "айыру"], &["айыра"])?;
                return with(SanctionKind::Imprisonment, v);
            }
            "бас" if self.is(i + 1, &["бостандығын"]) => {
                let v = verb(i + 2, &["шектеуге", "шектеу"], &["шектей"])?;
                return with(SanctionKind::RestrictionOfLiberty, v);
            }
            "түзеу" if self.starts(i + 1, &["жұмыс"]) => {
                return at(SanctionKind::CorrectionalWorks, i + 2);
            }
            "қоғамдық" if self.starts(i + 1, &["жұмыс"]) => {
                let next = if self.is(i + 2, &["тартуға", "тарту"]) {
                    i + 3
                } else {
                    i + 2
                };
                return at(SanctionKind::CommunityService, next);
            }
            "тоқтата" => {
                let v = verb(i + 1, &["тұруға", "тұру"], &["тұрып"])?;
                return with(self.outlet_or_activity(i, true)?, v);
            }
            "тыйым" => {
                let v = verb(i + 1, &["салуға", "салу"], &["сала", "салып"])?;
                return with(self.outlet_or_activity(i, false)?, v);
            }
            "шығарып" => {
                let v = verb(i + 1, &["жіберуге", "жіберу"], &["жібере"])?;
                return with(SanctionKind::Expulsion, v);
            }
            _ => {}
        }
        if w.starts_with("тәркіле") {
            // «тәркілене отырып», «тәркілей отырып», «тәркіленіп»; «тәркілеуге».
            if matches!(w, "тәркілеуге" | "тәркілеу") {
                return at(SanctionKind::Confiscation, i + 1);
            }
            let next = if self.is(i + 1, &["отырып"]) {
                i + 2
            } else {
                i + 1
            };
            return with(SanctionKind::Confiscation, (next, true));
        }
        if w.starts_with("лицензия") || w == "құқығынан" {
            let kind = if w == "құқығынан" {
                SanctionKind::DeprivationOfRight
            } else {
                SanctionKind::LicenceRevocation
            };
            let v = verb(i + 1, &["айыруға", "айыру"], &["айыра"])?;
            return with(kind, v);
        }
        None
    }

    /// Whether the suspension or ban at word `i` stops a media outlet («…
    /// шығарылуын (эфирге шығуын) тоқтата тұрып») or an activity («заңды
    /// тұлғаның қызметіне тыйым сала отырып»): read from the words before
    /// it, back to the previous punctuation mark other than brackets.
    fn outlet_or_activity(&self, i: usize, suspension: bool) -> Option<SanctionKind> {
        const OUTLET: &[&str] = &["шығарыл", "шығу", "эфир", "тарат", "басылым", "өнім"];
        let mut k = i;
        while k > 0 && i - k < 8 {
            k -= 1;
            if matches!(self.punct(k), Some(',' | ';' | '.' | ':' | '–' | '—')) {
                break;
            }
            if self.starts(k, &["қызмет"]) {
                return Some(if suspension {
                    SanctionKind::ActivitySuspension
                } else {
                    SanctionKind::ActivityBan
                });
            }
            if self.starts(k, OUTLET) {
                return Some(if suspension {
                    SanctionKind::OutletSuspension
                } else {
                    SanctionKind::OutletBan
                });
            }
        }
        None
    }

    /// Whether «заңды тұлғаның» stands among the few words before `i`: the
    /// suspended or banned activity is a legal entity's.
    fn legal_entity_object(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|k| self.is(k, &["заңды"]) && self.is(k + 1, &["тұлғаның"]))
    }

    /// Subject words in the dative («лауазымды адамдарға»): the subject and
    /// the token after them.
    fn subject(&self, i: usize) -> Option<(Subject, usize)> {
        let w = self.word(i)?;
        let business = |s| {
            (self.is(i + 1, &["кәсіпкерлік"])
                && self.is(i + 2, &["субъектілеріне", "субъектісіне"]))
            .then_some((s, i + 3))
        };
        match w {
            "жеке" if self.is(i + 1, &["тұлғаларға", "тұлғаға"]) => {
                Some((Subject::Individuals, i + 2))
            }
            "лауазымды" if self.is(i + 1, &["адамдарға", "адамға"]) => {
                Some((Subject::Officials, i + 2))
            }
            "заңды" if self.is(i + 1, &["тұлғаларға", "тұлғаға"]) => {
                Some((Subject::LegalEntities, i + 2))
            }
            "коммерциялық"
                if self.is(i + 1, &["емес"]) && self.is(i + 2, &["ұйымдарға", "ұйымға"]) =>
            {
                Some((Subject::NonCommercial, i + 3))
            }
            "шағын" => business(Subject::SmallBusiness),
            "орта" => business(Subject::MediumBusiness),
            "ірі" => business(Subject::LargeBusiness),
            _ => None,
        }
    }

    /// The unit written at `i` and the token after it.
    fn unit(&self, i: usize) -> Option<(Written, usize)> {
        let w = self.word(i)?;
        if w == "айлық" && self.is(i + 1, &["есептік"]) && self.starts(i + 2, &["көрсеткіш"])
        {
            let next = if self.starts(i + 3, &["мөлшер"]) {
                i + 4
            } else {
                i + 3
            };
            return Some((Written::Unit(Unit::Mci), next));
        }
        let unit = match w {
            "тенге" | "теңге" => Written::Unit(Unit::Tenge),
            "жыл" | "жылға" | "жылдан" => Written::Years,
            "ай" | "айға" | "айдан" => Written::Unit(Unit::Months),
            _ if w.starts_with("тәулік") => Written::Unit(Unit::Days),
            _ if w.starts_with("сағат") => Written::Unit(Unit::Hours),
            _ => return None,
        };
        Some((unit, i + 1))
    }

    /// A number starting at token `i`.
    fn number(&self, i: usize) -> Option<(u64, bool, usize)> {
        let mut buf = [""; 8];
        let mut n = 0;
        while n < buf.len() {
            match self.word(i + n) {
                Some(w) => buf[n] = w,
                None => break,
            }
            n += 1;
        }
        let number = parse_number(&buf[..n], Language::Kk)?;
        let last = buf[number.len - 1];
        let from = ["дан", "ден", "тан", "тен", "нан", "нен"]
            .iter()
            .any(|e| last.ends_with(e));
        Some((number.value, from, i + number.len))
    }

    /// Reads «N [unit]», «N [unit] дейін(гі)» (up to) or «N-нан [unit] M
    /// [unit] дейін(гі)» (from N to M).
    fn amount(&self, i: usize, end: usize) -> Option<Read> {
        let (a, a_from, next) = self.number(i)?;
        let (unit_a, next) = match self.unit(next) {
            Some((u, n)) if n <= end => (Some(u), n),
            _ => (None, next),
        };
        let ablative = a_from
            || self
                .word(next.saturating_sub(1))
                .is_some_and(|w| ["дан", "ден", "тан", "тен"].iter().any(|e| w.ends_with(e)))
                && unit_a.is_some();
        if ablative && let Some((b, _, after_b)) = self.number(next).filter(|&(_, _, n)| n <= end) {
            let (unit_b, after_b) = match self.unit(after_b) {
                Some((u, n)) if n <= end => (Some(u), n),
                _ => (None, after_b),
            };
            let after = self.after_up_to(after_b).unwrap_or(after_b);
            let unit = unit_b.or(unit_a);
            let (lo, hi) = (a.min(b), a.max(b));
            return Some(Read {
                min: Some(lo),
                max: hi,
                unit,
                next: after,
            });
        }
        if let Some(after) = self.after_up_to(next) {
            return Some(Read {
                min: None,
                max: a,
                unit: unit_a,
                next: after,
            });
        }
        Some(Read {
            min: Some(a),
            max: a,
            unit: unit_a,
            next,
        })
    }

    /// «дейін», «дейінгі мерзімге»: the token after them.
    fn after_up_to(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["дейін", "дейінгі"]) {
            return None;
        }
        Some(if self.starts(i + 1, &["мерзім"]) {
            i + 2
        } else {
            i + 1
        })
    }
}

/// Subjects with the amount of their fine, waiting for the fine's head.
#[derive(Debug, Clone, Copy)]
struct Group {
    subjects: u8,
    start: usize,
    read: Option<Read>,
    /// Byte where the amount ends.
    end: usize,
}

/// How the words after a head join the next sanction to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    None,
    Comma,
    Or,
    And,
}

/// Reads one sanction clause, from its first token to its trigger.
struct Clause<'w, 't, 'o> {
    words: &'w Words<'t>,
    out: &'o mut Vec<Sanction>,
    first: usize,
    groups: Vec<Group>,
    open: Option<Group>,
    /// A term read before its head («үш айға дейінгі мерзімге»), and where
    /// its words start.
    term: Option<(Amount, usize)>,
    /// Where the words of the sanction being read start.
    item_start: Option<usize>,
    /// A head was read and no joint word after it yet.
    after_head: bool,
    joint: Joint,
    fine_role: Option<Role>,
    fine_subjects: u8,
    /// The last fine's amount, for «сол мөлшерде» (in the same amount).
    last_fine: Option<Amount>,
    /// The last custodial term, for «сол мерзімге» (for the same term).
    last_term: Option<Amount>,
    /// «сол мөлшерде» was read: the next sanction takes the last fine's amount.
    same_amount: bool,
}

impl<'w, 't, 'o> Clause<'w, 't, 'o> {
    fn new(words: &'w Words<'t>, out: &'o mut Vec<Sanction>) -> Self {
        let first = out.len();
        Clause {
            words,
            out,
            first,
            groups: Vec::new(),
            open: None,
            term: None,
            item_start: None,
            after_head: false,
            joint: Joint::None,
            fine_role: None,
            fine_subjects: 0,
            last_fine: None,
            last_term: None,
            same_amount: false,
        }
    }

    fn read(mut self, from: usize, end: usize) {
        let w = self.words;
        let mut i = from;
        while i < end {
            if let Some(c) = w.punct(i) {
                if c == ',' {
                    self.join(Joint::Comma);
                }
                i += 1;
                continue;
            }
            if w.is(i, &["немесе", "не"]) && w.is(i + 1, &["онсыз"]) {
                if let Some(last) = self.out[self.first..].last_mut() {
                    last.optional = true;
                }
                i += 2;
                continue;
            }
            if let Some(head) = w.head(i) {
                self.on_head(head, i);
                i = head.next;
                continue;
            }
            if w.is(i, &["немесе", "не", "әлде"]) {
                self.join(Joint::Or);
                i += 1;
                continue;
            }
            if w.is(i, &["және", "сондай-ақ"]) {
                self.join(Joint::And);
                i += 1;
                continue;
            }
            if w.is(i, &["сол", "осындай"]) && w.starts(i + 1, &["мөлшер"]) {
                self.same_amount = true;
                self.item_start.get_or_insert(w.start(i));
                i += 2;
                continue;
            }
            if w.is(i, &["сол", "осындай"]) && w.starts(i + 1, &["мерзім"]) {
                if let Some(term) = self.last_term {
                    self.term = Some((term, w.start(i)));
                }
                self.item_start.get_or_insert(w.start(i));
                i += 2;
                continue;
            }
            if let Some((subject, n)) = w.subject(i) {
                self.on_subject(subject, i);
                i = n;
                continue;
            }
            if let Some(read) = w.amount(i, end) {
                self.on_amount(read, i);
                i = read.next;
                continue;
            }
            self.item_start.get_or_insert(w.start(i));
            i += 1;
        }
    }

    fn join(&mut self, joint: Joint) {
        if self.after_head && self.joint == Joint::None {
            self.joint = joint;
        }
    }

    fn on_subject(&mut self, subject: Subject, i: usize) {
        let start = self.words.start(i);
        self.item_start.get_or_insert(start);
        if self.open.is_some_and(|g| g.read.is_some()) {
            self.groups.extend(self.open.take());
        }
        let group = self.open.get_or_insert(Group {
            subjects: 0,
            start,
            read: None,
            end: start,
        });
        group.subjects |= subject.bit();
    }

    fn on_amount(&mut self, read: Read, i: usize) {
        let start = self.words.start(i);
        self.item_start.get_or_insert(start);
        let end = self.words.end_before(read.next);
        if read.is_term() {
            self.term = Some((read.amount(Unit::Months), start));
            return;
        }
        match &mut self.open {
            Some(group) if group.read.is_none() => {
                group.read = Some(read);
                group.end = end;
            }
            // A figure with a unit and no subjects: a fine on anyone.
            None if read.unit.is_some() => {
                self.open = Some(Group {
                    subjects: 0,
                    start,
                    read: Some(read),
                    end,
                });
            }
            _ => {}
        }
    }

    fn role(&self, head: &Head) -> Role {
        if head.converb {
            return Role::Additional;
        }
        if head.kind == SanctionKind::Fine
            && let Some(role) = self.fine_role
        {
            return role;
        }
        let chosen = self.out[self.first..]
            .iter()
            .any(|s| s.role != Role::Additional);
        if !chosen {
            return Role::Main;
        }
        match self.joint {
            Joint::And => Role::Additional,
            Joint::None | Joint::Comma | Joint::Or => Role::Alternative,
        }
    }

    fn on_head(&mut self, head: Head, i: usize) {
        let w = self.words;
        let role = self.role(&head);
        let head_start = w.start(i);
        let head_end = w.end_before(head.next);
        let start = self.item_start.take().unwrap_or(head_start);
        self.after_head = true;
        self.joint = Joint::None;
        let same_amount = std::mem::take(&mut self.same_amount);

        match head.kind {
            SanctionKind::Fine => {
                self.push_fines(role, head_end, head_start);
                self.fine_role = Some(role);
            }
            SanctionKind::CorrectionalWorks => {
                let read = self.open.take().and_then(|g| g.read);
                let amount = match read {
                    Some(r) => Some(r.amount(Unit::Mci)),
                    None if same_amount => self.last_fine,
                    None => None,
                };
                self.push(head.kind, Subject::Any, role, amount, start..head_end);
            }
            kind => {
                let amount = if head.life {
                    Some(Amount::life())
                } else if kind.takes_term() {
                    self.term.take().map(|(a, _)| a)
                } else {
                    None
                };
                let subjects = if matches!(
                    kind,
                    SanctionKind::ActivityBan | SanctionKind::ActivitySuspension
                ) && w.legal_entity_object(i)
                {
                    Subject::LegalEntities.bit()
                } else if role == Role::Alternative && self.fine_role.is_some() {
                    // «жеке тұлғаларға – … айыппұл салуға не … әкімшілік
                    // қамаққа алуға»: the alternative is for the subjects fined.
                    self.fine_subjects
                } else {
                    0
                };
                if kind.is_custodial_term() {
                    self.term = None;
                    if let Some(a) = amount.filter(|a| matches!(a.unit, Unit::Days | Unit::Months))
                    {
                        self.last_term = Some(a);
                    }
                }
                for subject in subjects_of(subjects) {
                    self.push(kind, subject, role, amount, start..head_end);
                }
            }
        }
    }

    /// Hands the subject groups read so far to a fine: one sanction per
    /// subject. A figure without a unit takes the unit written after the
    /// last figure («он, … үш жүз айлық есептік көрсеткіш»), by default MCI.
    fn push_fines(&mut self, role: Role, head_end: usize, head_start: usize) {
        let mut groups = std::mem::take(&mut self.groups);
        groups.extend(self.open.take().filter(|g| g.read.is_some()));
        if groups.is_empty() {
            self.push(
                SanctionKind::Fine,
                Subject::Any,
                role,
                None,
                head_start..head_end,
            );
            return;
        }
        let mut unit = Unit::Mci;
        let mut amounts = Vec::with_capacity(groups.len());
        for g in groups.iter().rev() {
            let read = g.read.map(|mut r| {
                match r.unit {
                    Some(Written::Unit(u)) => unit = u,
                    _ => r.unit = Some(Written::Unit(unit)),
                }
                r.amount(unit)
            });
            amounts.push(read);
        }
        amounts.reverse();
        let last = groups.len() - 1;
        for (k, (g, amount)) in groups.iter().zip(amounts).enumerate() {
            let end = if k == last { head_end } else { g.end };
            for subject in subjects_of(g.subjects) {
                self.push(SanctionKind::Fine, subject, role, amount, g.start..end);
            }
            self.last_fine = amount;
            self.fine_subjects = g.subjects;
        }
    }

    fn push(
        &mut self,
        kind: SanctionKind,
        subject: Subject,
        role: Role,
        amount: Option<Amount>,
        span: std::ops::Range<usize>,
    ) {
        self.out.push(Sanction {
            kind,
            subject,
            role,
            optional: false,
            amount,
            span,
        });
    }
}
