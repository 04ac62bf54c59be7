//! The statute repository in git: acts, registers, texts and `record`.

use super::act::{ActId, InvalidActId};
use super::register::{Entry, Register, RegisterError, Stage};
use crate::statute::{self, ParseError};
use chrono::NaiveDate;
use git2::{ObjectType, Oid, Repository as GitRepository};
use std::path::{Path, PathBuf};

/// What can go wrong reading or writing a statute repository.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CorpusError {
    /// No git repository at or above the path.
    #[error("{0}: not a git repository (run `lexwatch init` to make one)")]
    NotARepository(String),
    /// git itself failed.
    #[error("git: {0}")]
    Git(String),
    /// The act is not in the repository.
    #[error("unknown act {act:?}; acts here: {available}")]
    UnknownAct {
        /// What was asked for.
        act: String,
        /// The acts the repository has, comma-separated.
        available: String,
    },
    /// An act id that is not a safe path.
    #[error(transparent)]
    InvalidActId(#[from] InvalidActId),
    /// A version name that matches nothing.
    #[error(
        "{act}: no version {spec:?}; versions: {available} (or latest, previous, a date, a stage or a git revision)"
    )]
    UnknownVersion {
        /// The act.
        act: String,
        /// What was asked for.
        spec: String,
        /// The register ids, comma-separated.
        available: String,
    },
    /// The register is broken.
    #[error(transparent)]
    Register(#[from] RegisterError),
    /// A text that does not parse.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// A file that cannot be read or written.
    #[error("{path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        message: String,
    },
    /// A file that `record` would overwrite has uncommitted changes.
    #[error("{0} has uncommitted changes; commit or discard them before recording")]
    Dirty(String),
    /// A file recorded under another act than its front matter names.
    #[error("the file's front matter names act {found:?}, not {expected:?}")]
    ActMismatch {
        /// The act given on the command line.
        expected: String,
        /// The act in the front matter.
        found: String,
    },
    /// A statute repository is already here.
    #[error("{0} is already a statute repository")]
    AlreadyInitialized(String),
}

impl From<git2::Error> for CorpusError {
    fn from(e: git2::Error) -> Self {
        CorpusError::Git(e.message().to_string())
    }
}

fn io_error(path: &Path, e: std::io::Error) -> CorpusError {
    CorpusError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// A git repository holding `statutes/` and `history/`.
pub struct Repository {
    git: GitRepository,
    root: PathBuf,
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
}

const STATUTES_README: &str = "# Statutes\n\nOne Markdown file per act: `statutes/<jurisdiction>/<act>.md`, the newest version.\nRecord versions with `lexwatch record FILE --act ID --date YYYY-MM-DD --stage STAGE`.\n";
const HISTORY_README: &str = "# Version register\n\nOne TOML file per act: `history/<jurisdiction>/<act>.toml`, written by `lexwatch record`.\nEach `[[version]]` names the legal date, stage, source and git blob of one version.\n";

impl Repository {
    /// Opens the repository containing `path`.
    pub fn open(path: &Path) -> Result<Repository, CorpusError> {
        let git = GitRepository::discover(path)
            .map_err(|_| CorpusError::NotARepository(path.display().to_string()))?;
        let root = git
            .workdir()
            .map(Path::to_path_buf)
            .ok_or_else(|| CorpusError::NotARepository(path.display().to_string()))?;
        Ok(Repository { git, root })
    }

    /// Makes `dir` a statute repository: a git repository with `statutes/` and `history/`.
    pub fn init(dir: &Path) -> Result<Repository, CorpusError> {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        let git = match GitRepository::open(dir) {
            Ok(git) => git,
            Err(_) => GitRepository::init(dir)?,
        };
        let root = git
            .workdir()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| dir.to_path_buf());
        let repo = Repository { git, root };
        if repo.root.join("history").is_dir() && repo.root.join("statutes").is_dir() {
            return Err(CorpusError::AlreadyInitialized(dir.display().to_string()));
        }
        let files = [
            ("statutes/README.md", STATUTES_README),
            ("history/README.md", HISTORY_README),
        ];
        let blobs: Vec<(String, Vec<u8>)> = files
            .iter()
            .map(|(p, t)| (p.to_string(), t.as_bytes().to_vec()))
            .collect();
        repo.commit_files(&blobs, "Initialize statute repository")?;
        repo.write_worktree(&blobs)?;
        Ok(repo)
    }

    /// The repository's working directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The underlying git repository.
    pub fn git(&self) -> &GitRepository {
        &self.git
    }

    fn tree_at(&self, rev: &str) -> Result<Option<git2::Tree<'_>>, CorpusError> {
        match self.git.revparse_single(rev) {
            Ok(object) => Ok(Some(object.peel_to_tree()?)),
            Err(_) if rev == "HEAD" => Ok(None),
            Err(e) => Err(CorpusError::Git(format!("{rev}: {}", e.message()))),
        }
    }

    fn file_at(&self, rev: &str, path: &str) -> Result<Option<(Oid, Vec<u8>)>, CorpusError> {
        let Some(tree) = self.tree_at(rev)? else {
            return Ok(None);
        };
        match tree.get_path(Path::new(path)) {
            Ok(entry) => {
                let blob = self.git.find_blob(entry.id())?;
                Ok(Some((entry.id(), blob.content().to_vec())))
            }
            Err(_) => Ok(None),
        }
    }

    /// The acts whose registers are at revision `rev` (usually `HEAD`), sorted.
    pub fn acts_at(&self, rev: &str) -> Result<Vec<ActId>, CorpusError> {
        let Some(tree) = self.tree_at(rev)? else {
            return Ok(Vec::new());
        };
        let mut acts = Vec::new();
        let Ok(history) = tree.get_path(Path::new("history")) else {
            return Ok(acts);
        };
        let history = self.git.find_tree(history.id())?;
        history.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
            if let Some(name) = entry.name().ok().and_then(|n| n.strip_suffix(".toml"))
                && entry.kind() == Some(ObjectType::Blob)
                && let Ok(act) = format!("{dir}{name}").parse::<ActId>()
            {
                acts.push(act);
            }
            git2::TreeWalkResult::Ok
        })?;
        acts.sort();
        Ok(acts)
    }

    /// The acts at HEAD.
    pub fn acts(&self) -> Result<Vec<ActId>, CorpusError> {
        self.acts_at("HEAD")
    }

    /// Checks that an act exists at HEAD.
    pub fn require_act(&self, act: &str) -> Result<ActId, CorpusError> {
        let id: ActId = act.parse()?;
        let acts = self.acts()?;
        if acts.contains(&id) {
            return Ok(id);
        }
        let available = if acts.is_empty() {
            "none (record one with `lexwatch record`)".to_string()
        } else {
            acts.iter()
                .map(ActId::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        };
        Err(CorpusError::UnknownAct {
            act: act.to_string(),
            available,
        })
    }

    /// The act's register at revision `rev` (empty when the act has none there).
    pub fn register_at(&self, act: &ActId, rev: &str) -> Result<Register, CorpusError> {
        let path = act.register_path();
        match self.file_at(rev, &path)? {
            Some((_, bytes)) => {
                let text = String::from_utf8(bytes).map_err(|_| CorpusError::Io {
                    path: path.clone(),
                    message: "not UTF-8".to_string(),
                })?;
                Ok(Register::from_toml(&text, &path)?)
            }
            None => Ok(Register::default()),
        }
    }

    /// The act's register at HEAD.
    pub fn register(&self, act: &ActId) -> Result<Register, CorpusError> {
        self.register_at(act, "HEAD")
    }

    /// The bytes of a blob.
    pub fn blob(&self, id: &str) -> Result<Vec<u8>, CorpusError> {
        let oid = Oid::from_str(id)
            .map_err(|e| CorpusError::Git(format!("blob {id}: {}", e.message())))?;
        let blob = self
            .git
            .find_blob(oid)
            .map_err(|e| CorpusError::Git(format!("blob {id}: {}", e.message())))?;
        Ok(blob.content().to_vec())
    }

    /// The blob id of the act's statute file at a git revision.
    pub fn statute_blob_at(&self, act: &ActId, rev: &str) -> Result<Option<String>, CorpusError> {
        Ok(self
            .file_at(rev, &act.statute_path())?
            .map(|(oid, _)| oid.to_string()))
    }

    /// Records a version: validates the text, writes the file and register entry, commits once.
    ///
    /// Everything is checked before anything is written, so a failure leaves
    /// the repository as it was.
    pub fn record(&self, request: RecordRequest) -> Result<Recorded, CorpusError> {
        let statute = statute::parse_bytes(&request.text, &request.origin)?;
        if let Some(found) = &statute.front_matter.act
            && found != request.act.as_str()
        {
            return Err(CorpusError::ActMismatch {
                expected: request.act.to_string(),
                found: found.clone(),
            });
        }
        let statute_path = request.act.statute_path();
        let register_path = request.act.register_path();
        for path in [&statute_path, &register_path] {
            self.ensure_clean(path)?;
        }
        let mut register = self.register(&request.act)?;
        let blob = Oid::hash_object(ObjectType::Blob, &request.text)?.to_string();
        let id = request
            .id
            .clone()
            .unwrap_or_else(|| format!("{}-{}", request.date, request.stage));
        let entry = Entry {
            id,
            date: request.date,
            stage: request.stage,
            source: request.source.clone(),
            blob,
            note: request.note.clone(),
        };
        let index = register.insert(entry.clone())?;
        let is_latest = index + 1 == register.versions.len();
        let mut files = vec![(register_path, register.to_toml().into_bytes())];
        if is_latest {
            files.push((statute_path, request.text.clone()));
        } else {
            // An older version found later: its text must still be in git for the
            // register's blob id to resolve, but HEAD keeps the newest text.
            self.git.blob(&request.text)?;
        }
        let message = format!(
            "Record {} {} ({}, {})\n\nSource: {}",
            request.act,
            entry.id,
            entry.stage,
            entry.date,
            entry.source.as_deref().unwrap_or("not given")
        );
        let commit = self.commit_files(&files, &message)?;
        self.write_worktree(&files)?;
        Ok(Recorded {
            entry,
            commit,
            is_latest,
        })
    }

    /// Fails if the working-tree file differs from HEAD.
    fn ensure_clean(&self, path: &str) -> Result<(), CorpusError> {
        let on_disk = match std::fs::read(self.root.join(path)) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io_error(&self.root.join(path), e)),
        };
        let at_head = self.file_at("HEAD", path)?.map(|(_, bytes)| bytes);
        if on_disk != at_head {
            return Err(CorpusError::Dirty(path.to_string()));
        }
        Ok(())
    }

    /// Commits `files` on top of HEAD's tree (not the index), returning the commit id.
    fn commit_files(
        &self,
        files: &[(String, Vec<u8>)],
        message: &str,
    ) -> Result<String, CorpusError> {
        let mut index = git2::Index::new()?;
        let parent = match self.git.head() {
            Ok(head) => Some(head.peel_to_commit()?),
            Err(_) => None,
        };
        if let Some(parent) = &parent {
            index.read_tree(&parent.tree()?)?;
        }
        for (path, bytes) in files {
            let id = self.git.blob(bytes)?;
            index.add(&index_entry(path, id, bytes.len()))?;
        }
        let tree_id = index.write_tree_to(&self.git)?;
        let tree = self.git.find_tree(tree_id)?;
        let signature = self
            .git
            .signature()
            .or_else(|_| git2::Signature::now("lexwatch", "lexwatch@localhost"))?;
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        let commit = self.git.commit(
            Some("HEAD"),
            &signature,
            &signature,
            message,
            &tree,
            &parents,
        )?;
        Ok(commit.to_string())
    }

    /// Writes committed files to the working tree and the index, each file atomically.
    fn write_worktree(&self, files: &[(String, Vec<u8>)]) -> Result<(), CorpusError> {
        for (path, bytes) in files {
            let target = self.root.join(path);
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
            }
            let temp = target.with_extension("lexwatch-tmp");
            std::fs::write(&temp, bytes).map_err(|e| io_error(&temp, e))?;
            std::fs::rename(&temp, &target).map_err(|e| io_error(&target, e))?;
        }
        let mut index = self.git.index()?;
        for (path, _) in files {
            index.add_path(Path::new(path))?;
        }
        index.write()?;
        Ok(())
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
