//! Writing to the statute repository: `record`, `unrecord` and `init`, crash-safe and one at a time.
//!
//! Every write holds the repository's lock (`.git/lexwatch.lock`, an operating-system
//! file lock, so a killed process gives it up) and goes through the same steps:
//!
//! 1. blobs, tree and commit are written as git objects, unreferenced (harmless if
//!    the run stops here);
//! 2. a journal (`.git/lexwatch-journal`) names the branch, the old and new commits
//!    and the files;
//! 3. the branch moves from the old commit to the new one (compare and swap);
//! 4. the files are written to the working tree, each atomically, and to the index;
//! 5. the journal is removed.
//!
//! A write that finds a journal first finishes the interrupted one (the branch
//! moved: the files are written from the new commit) or rolls it back (it did
//! not: nothing visible happened), clears the stale git locks and temporary
//! files it left, and says which in [`Recovery`].

use super::act::ActId;
use super::git::{CorpusError, Repository, io_error};
use super::register::{Entry, Stage};
use crate::statute;
use crate::util::{TEMP_PREFIX, TEMP_SUFFIX, write_atomically};
use chrono::NaiveDate;
use git2::{ObjectType, Oid};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A step of a write, reported to an observer as it completes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WriteStep {
    /// The new objects are in git, not yet referenced.
    ObjectsWritten,
    /// The journal is on disk.
    JournalWritten,
    /// The branch points at the new commit.
    BranchMoved,
    /// One file of the working tree has its new content.
    FileWritten,
    /// The index names the new files.
    IndexWritten,
}

impl WriteStep {
    /// The step's name, as tests and diagnostics spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            WriteStep::ObjectsWritten => "objects-written",
            WriteStep::JournalWritten => "journal-written",
            WriteStep::BranchMoved => "branch-moved",
            WriteStep::FileWritten => "file-written",
            WriteStep::IndexWritten => "index-written",
        }
    }
}

/// A request to record one version of an act.
#[derive(Debug, Clone)]
pub struct RecordRequest {
    /// The act the text is a version of.
    pub act: ActId,
    /// The statute text, as read from the file.
    pub text: Vec<u8>,
    /// The path the text was read from, for messages.
    pub origin: String,
    /// The legal date of the version.
    pub date: NaiveDate,
    /// The stage of the version.
    pub stage: Stage,
    /// Where it was published or quoted.
    pub source: Option<String>,
    /// A free note.
    pub note: Option<String>,
    /// The version id; `<date>-<stage>` when absent.
    pub id: Option<String>,
    /// Today's date, to warn about an in-force date in the future (none: no warning).
    pub today: Option<NaiveDate>,
    /// Record a text identical to the version it follows.
    pub allow_identical: bool,
    /// Record a file whose front matter names another act.
    pub allow_other_act: bool,
}

/// What `record` did.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The register entry written.
    pub entry: Entry,
    /// The id of the commit made.
    pub commit: String,
    /// Whether the new text is now the act's file at HEAD (it is the newest version).
    pub is_latest: bool,
    /// Doubts about the text that did not stop the record (one line each).
    pub warnings: Vec<String>,
    /// An interrupted earlier write found and dealt with first.
    pub recovered: Option<Recovery>,
}

/// What `unrecord` did.
#[derive(Debug, Clone)]
pub struct Unrecorded {
    /// The register entry removed.
    pub entry: Entry,
    /// The id of the commit made.
    pub commit: String,
    /// The version now newest, if any remains.
    pub latest: Option<Entry>,
    /// An interrupted earlier write found and dealt with first.
    pub recovered: Option<Recovery>,
}

/// How an interrupted write was dealt with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recovery {
    /// The branch had moved: the working tree now matches the new commit.
    Finished(String),
    /// The branch had not moved: the write is as if it never started.
    RolledBack(String),
    /// The branch moved elsewhere since: only the journal and leftovers were removed.
    Abandoned(String),
}

impl std::fmt::Display for Recovery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Recovery::Finished(what) => write!(f, "finished an interrupted {what}"),
            Recovery::RolledBack(what) => write!(f, "rolled back an interrupted {what}"),
            Recovery::Abandoned(what) => write!(
                f,
                "found an interrupted {what} overtaken by later commits; removed its leftovers"
            ),
        }
    }
}

/// One file of a write: new content, or `None` to delete it.
type Change = (String, Option<Vec<u8>>);

/// Words the command line reads as version names, which an id must not shadow.
const VERSION_WORDS: [&str; 4] = ["latest", "newest", "previous", "head"];

/// The share of words two versions have in common below which `record` asks "wrong file?".
const LOW_OVERLAP: f64 = 0.1;

const JOURNAL: &str = "lexwatch-journal";
const LOCK: &str = "lexwatch.lock";

/// The repository's write lock, held while the value lives.
struct WriteLock {
    _file: std::fs::File,
}

impl Repository {
    /// Records a version: validates the text, writes the file and register entry, commits once.
    ///
    /// Everything is checked before anything is written; the write itself is
    /// crash-safe (see the module docs), so a failure leaves the repository as it was.
    pub fn record(&self, request: RecordRequest) -> Result<Recorded, CorpusError> {
        self.record_observed(request, &|_| {})
    }

    /// [`Repository::record`], telling `on_step` each step of the write as it completes.
    pub fn record_observed(
        &self,
        request: RecordRequest,
        on_step: &dyn Fn(WriteStep),
    ) -> Result<Recorded, CorpusError> {
        let statute = statute::parse_bytes(&request.text, &request.origin)?;
        if let Some(found) = &statute.front_matter.act
            && found != request.act.as_str()
            && !request.allow_other_act
        {
            return Err(CorpusError::Guard {
                reason: format!(
                    "the file's front matter names act {found:?}, not {:?}",
                    request.act.as_str()
                ),
                flag: "--allow-other-act",
            });
        }
        let id = request
            .id
            .clone()
            .unwrap_or_else(|| format!("{}-{}", request.date, request.stage));
        check_version_id(&id)?;
        let _lock = self.lock()?;
        let recovered = self.recover()?;
        let statute_path = request.act.statute_path();
        let register_path = request.act.register_path();
        for path in [&statute_path, &register_path] {
            self.ensure_clean(path)?;
        }
        let mut register = self.register(&request.act)?;
        let blob = Oid::hash_object(ObjectType::Blob, &request.text)?.to_string();
        let entry = Entry {
            id,
            date: request.date,
            stage: request.stage,
            source: request.source.clone(),
            blob,
            note: request.note.clone(),
        };
        let index = register.insert(entry.clone())?;
        let before = index.checked_sub(1).map(|i| &register.versions[i]);
        if let Some(previous) = before
            && previous.blob == entry.blob
            && !request.allow_identical
        {
            return Err(CorpusError::Guard {
                reason: format!(
                    "the text is identical to version {} of {}, which it would follow",
                    previous.id, request.act
                ),
                flag: "--allow-identical",
            });
        }
        let mut warnings = Vec::new();
        if let Some(neighbour) = before.or_else(|| register.versions.get(index + 1)) {
            let other = self.blob(&neighbour.blob)?;
            let shared = word_overlap(&request.text, &other);
            if shared < LOW_OVERLAP {
                warnings.push(format!(
                    "the text shares {:.0}% of its words with version {}; is it the right file?",
                    shared * 100.0,
                    neighbour.id
                ));
            }
        }
        if let Some(today) = request.today
            && request.stage == Stage::InForce
            && request.date > today
        {
            warnings.push(format!(
                "the in-force date {} is in the future (today is {today})",
                request.date
            ));
        }
        let is_latest = index + 1 == register.versions.len();
        let mut changes: Vec<Change> = vec![(register_path, Some(register.to_toml().into_bytes()))];
        if is_latest {
            changes.push((statute_path, Some(request.text.clone())));
        } else {
            // An older version found later: its text must still be in git for the
            // register's blob id to resolve, but HEAD keeps the newest text.
            self.git().blob(&request.text)?;
        }
        let message = format!(
            "Record {} {} ({}, {})\n\nSource: {}",
            request.act,
            entry.id,
            entry.stage,
            entry.date,
            entry.source.as_deref().unwrap_or("not given")
        );
        let what = format!("record of {} {}", request.act, entry.id);
        let commit = self.apply(&changes, &message, &what, on_step)?;
        Ok(Recorded {
            entry,
            commit,
            is_latest,
            warnings,
            recovered,
        })
    }

    /// Removes the last recorded version of an act in one commit.
    ///
    /// Only the version added by the latest commit that changed the act's
    /// register can be removed, so an unrecord undoes exactly one record. The
    /// act's file becomes the text of the version that is now newest; when no
    /// version remains, the act's file and register are removed.
    pub fn unrecord(&self, act: &ActId, version: &str) -> Result<Unrecorded, CorpusError> {
        self.unrecord_observed(act, version, &|_| {})
    }

    /// [`Repository::unrecord`], telling `on_step` each step of the write as it completes.
    pub fn unrecord_observed(
        &self,
        act: &ActId,
        version: &str,
        on_step: &dyn Fn(WriteStep),
    ) -> Result<Unrecorded, CorpusError> {
        let _lock = self.lock()?;
        let recovered = self.recover()?;
        let statute_path = act.statute_path();
        let register_path = act.register_path();
        for path in [&statute_path, &register_path] {
            self.ensure_clean(path)?;
        }
        let mut register = self.register(act)?;
        let Some(position) = register.versions.iter().position(|e| e.id == version) else {
            return Err(CorpusError::UnknownVersion {
                act: act.to_string(),
                spec: version.to_string(),
                available: register
                    .versions
                    .iter()
                    .map(|e| e.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        };
        let last = self.last_recorded(act)?;
        if last.as_deref() != Some(version) {
            return Err(CorpusError::NotLastRecorded {
                act: act.to_string(),
                asked: version.to_string(),
                last: last.unwrap_or_else(|| "none".to_string()),
            });
        }
        let entry = register.versions.remove(position);
        let latest = register.latest().cloned();
        let changes: Vec<Change> = match &latest {
            None => vec![(register_path, None), (statute_path, None)],
            Some(newest) => vec![
                (register_path, Some(register.to_toml().into_bytes())),
                (statute_path, Some(self.blob(&newest.blob)?)),
            ],
        };
        let message = format!(
            "Unrecord {act} {} ({}, {})",
            entry.id, entry.stage, entry.date
        );
        let what = format!("unrecord of {act} {}", entry.id);
        let commit = self.apply(&changes, &message, &what, on_step)?;
        Ok(Unrecorded {
            entry,
            commit,
            latest,
            recovered,
        })
    }

    /// Writes the files of a new statute repository in its first lexwatch commit.
    pub(super) fn write_initial(&self, files: &[(&str, &str)]) -> Result<(), CorpusError> {
        let _lock = self.lock()?;
        let changes: Vec<Change> = files
            .iter()
            .map(|(p, t)| (p.to_string(), Some(t.as_bytes().to_vec())))
            .collect();
        self.apply(&changes, "Initialize statute repository", "init", &|_| {})?;
        Ok(())
    }

    /// The id of the version still registered that the latest record added.
    ///
    /// Walks back from HEAD over the commits that changed the act's register,
    /// past unrecords, to the newest one that added a version still there.
    fn last_recorded(&self, act: &ActId) -> Result<Option<String>, CorpusError> {
        let path = act.register_path();
        let present = self.register(act)?;
        let register_id = |commit: &git2::Commit<'_>| -> Result<Option<Oid>, CorpusError> {
            Ok(commit
                .tree()?
                .get_path(Path::new(&path))
                .ok()
                .map(|e| e.id()))
        };
        let mut commit = self.git().head()?.peel_to_commit()?;
        loop {
            let here = register_id(&commit)?;
            let parent = commit.parents().next();
            let before = match &parent {
                Some(p) => register_id(p)?,
                None => None,
            };
            if here != before {
                let rev = commit.id().to_string();
                let now = self.register_at(act, &rev)?;
                let then = match &parent {
                    Some(p) => self.register_at(act, &p.id().to_string())?,
                    None => Default::default(),
                };
                let added = now
                    .versions
                    .iter()
                    .filter(|e| !then.versions.iter().any(|t| t.id == e.id))
                    .find(|e| present.versions.iter().any(|p| p.id == e.id));
                if let Some(entry) = added {
                    return Ok(Some(entry.id.clone()));
                }
            }
            match parent {
                Some(p) => commit = p,
                None => return Ok(None),
            }
        }
    }

    /// Takes the write lock, or says the repository is busy.
    fn lock(&self) -> Result<WriteLock, CorpusError> {
        let path = self.git().path().join(LOCK);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| io_error(&path, e))?;
        match file.try_lock() {
            Ok(()) => Ok(WriteLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => {
                Err(CorpusError::Busy(self.root().display().to_string()))
            }
            Err(std::fs::TryLockError::Error(e)) => Err(io_error(&path, e)),
        }
    }

    /// The branch HEAD names (`refs/heads/main`), or `HEAD` itself when detached.
    fn head_ref(&self) -> Result<String, CorpusError> {
        let head = self.git().find_reference("HEAD")?;
        Ok(head.symbolic_target()?.unwrap_or("HEAD").to_string())
    }

    /// Commits `changes` on top of HEAD and applies them to the working tree, crash-safely.
    fn apply(
        &self,
        changes: &[Change],
        message: &str,
        what: &str,
        on_step: &dyn Fn(WriteStep),
    ) -> Result<String, CorpusError> {
        for (path, _) in changes {
            self.safe_target(path)?;
        }
        let branch = self.head_ref()?;
        let parent = match self.git().head() {
            Ok(head) => Some(head.peel_to_commit()?),
            Err(_) => None,
        };
        let mut index = git2::Index::new()?;
        if let Some(parent) = &parent {
            index.read_tree(&parent.tree()?)?;
        }
        for (path, bytes) in changes {
            match bytes {
                Some(bytes) => {
                    let id = self.git().blob(bytes)?;
                    index.add(&index_entry(path, id, bytes.len()))?;
                }
                None => {
                    // Absent from the parent already is fine: the result is the same.
                    let _ = index.remove_path(Path::new(path));
                }
            }
        }
        let tree = self.git().find_tree(index.write_tree_to(self.git())?)?;
        let signature = self
            .git()
            .signature()
            .or_else(|_| git2::Signature::now("lexwatch", "lexwatch@localhost"))?;
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        let new = self
            .git()
            .commit(None, &signature, &signature, message, &tree, &parents)?;
        on_step(WriteStep::ObjectsWritten);
        let journal = Journal {
            what: what.to_string(),
            branch: branch.clone(),
            old: parent.as_ref().map(git2::Commit::id),
            new,
            paths: changes.iter().map(|(p, _)| p.clone()).collect(),
        };
        let journal_path = self.git().path().join(JOURNAL);
        write_atomically(&journal_path, journal.to_text().as_bytes())
            .map_err(|e| io_error(&journal_path, e))?;
        on_step(WriteStep::JournalWritten);
        let reflog = message.lines().next().unwrap_or(message);
        let moved = match journal.old {
            Some(old) => self
                .git()
                .reference_matching(&branch, new, true, old, reflog),
            None => self.git().reference(&branch, new, false, reflog),
        };
        if let Err(e) = moved {
            // Nothing visible happened: the new objects are unreferenced.
            let _ = std::fs::remove_file(&journal_path);
            return Err(if e.code() == git2::ErrorCode::Locked {
                CorpusError::Busy(self.root().display().to_string())
            } else {
                e.into()
            });
        }
        on_step(WriteStep::BranchMoved);
        self.write_worktree(
            changes.iter().map(|(p, b)| (p.as_str(), b.as_deref())),
            on_step,
        )?;
        std::fs::remove_file(&journal_path).map_err(|e| io_error(&journal_path, e))?;
        Ok(new.to_string())
    }

    /// Writes files to the working tree, each atomically, then the index.
    fn write_worktree<'a>(
        &self,
        files: impl Iterator<Item = (&'a str, Option<&'a [u8]>)>,
        on_step: &dyn Fn(WriteStep),
    ) -> Result<(), CorpusError> {
        let mut paths = Vec::new();
        for (path, bytes) in files {
            let target = self.safe_target(path)?;
            match bytes {
                Some(bytes) => {
                    if let Some(dir) = target.parent() {
                        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
                    }
                    write_atomically(&target, bytes).map_err(|e| io_error(&target, e))?;
                }
                None => match std::fs::remove_file(&target) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(io_error(&target, e)),
                },
            }
            on_step(WriteStep::FileWritten);
            paths.push((path, bytes.is_some()));
        }
        let mut index = self.git().index()?;
        for (path, present) in paths {
            if present {
                index.add_path(Path::new(path))?;
            } else {
                let _ = index.remove_path(Path::new(path));
            }
        }
        index.write()?;
        on_step(WriteStep::IndexWritten);
        Ok(())
    }

    /// Finishes or rolls back a write interrupted before it removed its journal.
    fn recover(&self) -> Result<Option<Recovery>, CorpusError> {
        let journal_path = self.git().path().join(JOURNAL);
        let text = match std::fs::read_to_string(&journal_path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_error(&journal_path, e)),
        };
        let journal = Journal::from_text(&text).ok_or_else(|| CorpusError::Io {
            path: journal_path.display().to_string(),
            message: "unreadable journal of an interrupted write; check `git status` and remove it"
                .to_string(),
        })?;
        // We hold lexwatch's lock and the journal says a lexwatch write was under
        // way: git locks it left behind are stale.
        let git_dir = self.git().path();
        for stale in [
            git_dir.join("index.lock"),
            git_dir.join(format!("{}.lock", journal.branch)),
        ] {
            let _ = std::fs::remove_file(stale);
        }
        self.remove_temporaries(&journal.paths);
        let current = self
            .git()
            .find_reference(&journal.branch)
            .ok()
            .and_then(|r| r.target());
        let recovery = if current == Some(journal.new) {
            let commit = self.git().find_commit(journal.new)?;
            let tree = commit.tree()?;
            let mut files = Vec::new();
            for path in &journal.paths {
                let bytes = match tree.get_path(Path::new(path)) {
                    Ok(entry) => Some(self.git().find_blob(entry.id())?.content().to_vec()),
                    Err(_) => None,
                };
                files.push((path.as_str(), bytes));
            }
            self.write_worktree(files.iter().map(|(p, b)| (*p, b.as_deref())), &|_| {})?;
            Recovery::Finished(journal.what)
        } else if current == journal.old {
            Recovery::RolledBack(journal.what)
        } else {
            Recovery::Abandoned(journal.what)
        };
        std::fs::remove_file(&journal_path).map_err(|e| io_error(&journal_path, e))?;
        Ok(Some(recovery))
    }

    /// Removes lexwatch temporary files next to `paths` and next to the journal.
    fn remove_temporaries(&self, paths: &[String]) {
        let mut dirs: Vec<PathBuf> = vec![self.git().path().to_path_buf()];
        for path in paths {
            if let Some(dir) = self.root().join(path).parent() {
                dirs.push(dir.to_path_buf());
            }
        }
        dirs.sort();
        dirs.dedup();
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
    }

    /// The working-tree path of a repository file, refusing symbolic links on the way.
    ///
    /// A cloned repository can carry a link under `statutes/` pointing anywhere;
    /// following it would write or read outside the repository.
    pub(super) fn safe_target(&self, path: &str) -> Result<PathBuf, CorpusError> {
        let mut here = self.root().to_path_buf();
        for component in Path::new(path).components() {
            here.push(component);
            match std::fs::symlink_metadata(&here) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    return Err(CorpusError::Symlink(
                        here.strip_prefix(self.root())
                            .unwrap_or(&here)
                            .display()
                            .to_string(),
                    ));
                }
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
                Err(e) => return Err(io_error(&here, e)),
            }
        }
        Ok(self.root().join(path))
    }

    /// Fails if the working-tree file differs from HEAD.
    fn ensure_clean(&self, path: &str) -> Result<(), CorpusError> {
        let target = self.safe_target(path)?;
        let on_disk = match std::fs::read(&target) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io_error(&target, e)),
        };
        let at_head = self.file_at("HEAD", path)?.map(|(_, bytes)| bytes);
        if on_disk != at_head {
            return Err(CorpusError::Dirty(path.to_string()));
        }
        Ok(())
    }
}

/// Refuses version ids that would be hard to type, unsafe to print, or shadow a version name.
fn check_version_id(id: &str) -> Result<(), CorpusError> {
    let refuse = |reason: &'static str| {
        Err(CorpusError::InvalidVersionId {
            id: id.to_string(),
            reason,
        })
    };
    if id.is_empty() {
        return refuse("it is empty");
    }
    if id.chars().count() > 64 {
        return refuse("it is longer than 64 characters");
    }
    if !id
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return refuse("it may hold only letters, digits, '-', '_' and '.'");
    }
    if id.starts_with(['-', '.']) {
        return refuse("it may not start with '-' or '.'");
    }
    let lower = id.to_lowercase();
    if VERSION_WORDS.contains(&lower.as_str()) || lower.parse::<Stage>().is_ok() {
        return refuse("it is a word that names versions (latest, previous, HEAD, a stage)");
    }
    if id.parse::<NaiveDate>().is_ok() {
        return refuse("it reads as a date, which names the version in force that day");
    }
    Ok(())
}

/// The share of distinct words two texts have in common (0 to 1).
fn word_overlap(a: &[u8], b: &[u8]) -> f64 {
    let words = |bytes: &[u8]| -> HashSet<String> {
        String::from_utf8_lossy(bytes)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 1.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

/// The record of a write under way, enough to finish or undo it.
#[derive(Debug, PartialEq, Eq)]
struct Journal {
    what: String,
    branch: String,
    old: Option<Oid>,
    new: Oid,
    paths: Vec<String>,
}

impl Journal {
    fn to_text(&self) -> String {
        let mut out = String::from("lexwatch journal 1\n");
        out.push_str(&format!("what {}\n", self.what));
        out.push_str(&format!("branch {}\n", self.branch));
        if let Some(old) = self.old {
            out.push_str(&format!("old {old}\n"));
        }
        out.push_str(&format!("new {}\n", self.new));
        for path in &self.paths {
            out.push_str(&format!("path {path}\n"));
        }
        out
    }

    fn from_text(text: &str) -> Option<Journal> {
        let mut lines = text.lines();
        if lines.next()? != "lexwatch journal 1" {
            return None;
        }
        let (mut what, mut branch, mut old, mut new) = (None, None, None, None);
        let mut paths = Vec::new();
        for line in lines {
            let (key, value) = line.split_once(' ')?;
            match key {
                "what" => what = Some(value.to_string()),
                "branch" => branch = Some(value.to_string()),
                "old" => old = Some(Oid::from_str(value).ok()?),
                "new" => new = Some(Oid::from_str(value).ok()?),
                "path" => paths.push(value.to_string()),
                _ => return None,
            }
        }
        Some(Journal {
            what: what?,
            branch: branch?,
            old,
            new: new?,
            paths,
        })
    }
}

fn index_entry(path: &str, id: Oid, size: usize) -> git2::IndexEntry {
    git2::IndexEntry {
        ctime: git2::IndexTime::new(0, 0),
        mtime: git2::IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o100644,
        uid: 0,
        gid: 0,
        file_size: u32::try_from(size).unwrap_or(u32::MAX),
        id,
        flags: 0,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journal_round_trips() {
        let journal = Journal {
            what: "record of kz/x 2024-01-01-draft".to_string(),
            branch: "refs/heads/main".to_string(),
            old: Some(Oid::hash_object(ObjectType::Blob, b"old").unwrap()),
            new: Oid::hash_object(ObjectType::Blob, b"new").unwrap(),
            paths: vec![
                "history/kz/x.toml".to_string(),
                "statutes/kz/x.md".to_string(),
            ],
        };
        assert_eq!(Journal::from_text(&journal.to_text()), Some(journal));
        assert_eq!(Journal::from_text("lexwatch journal 1\nnew zz\n"), None);
    }

    #[test]
    fn version_ids_that_shadow_names_or_break_output_are_refused() {
        for bad in [
            "",
            "latest",
            "HEAD",
            "previous",
            "draft",
            "in-force",
            "a b",
            "x\ny",
            "<b>",
            "-x",
            "2024-01-01",
        ] {
            assert!(check_version_id(bad).is_err(), "{bad:?} accepted");
        }
        for good in ["2024-01-01-draft", "v2", "mazhilis-first", "редакция-2"] {
            assert!(check_version_id(good).is_ok(), "{good:?} refused");
        }
    }

    #[test]
    fn overlap_tells_a_revision_from_another_text() {
        let v1 = "Article 1. Mass media shall register with the authorised body.".as_bytes();
        let v2 = "Article 1. Mass media and online platforms shall register.".as_bytes();
        let other = "Статья 5. Порядок уплаты налога на имущество".as_bytes();
        assert!(word_overlap(v1, v2) > 0.3);
        assert!(word_overlap(v1, other) < LOW_OVERLAP);
    }
}
