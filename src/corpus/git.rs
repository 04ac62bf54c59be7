//! The statute repository in git: acts, registers, texts and `record`.

use super::act::{ActId, InvalidActId};
use super::register::{Register, RegisterError};
use crate::statute::ParseError;
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
    /// A git repository without a working tree, where statute files cannot be written.
    #[error("{0}: a bare git repository; lexwatch needs one with a working tree (clone it)")]
    Bare(String),
    /// The act is not in the repository.
    #[error("unknown act {act:?}{}", match suggestion {
        Some(_) => String::new(),
        None => format!("; acts here: {available}"),
    })]
    UnknownAct {
        /// What was asked for.
        act: String,
        /// The acts the repository has, comma-separated.
        available: String,
        /// The nearest act ids, when the input looks like a slip (`a or b`).
        suggestion: Option<String>,
    },
    /// Another lexwatch is writing to the repository.
    #[error("{0}: repository busy: another lexwatch is writing to it")]
    Busy(String),
    /// `record` refuses a version that looks like a mistake; a flag overrides it.
    #[error("{reason}")]
    Guard {
        /// Why the version was refused.
        reason: String,
        /// The flag that records it anyway.
        flag: &'static str,
    },
    /// A version id that cannot be used.
    #[error("invalid version id {id:?}: {reason}")]
    InvalidVersionId {
        /// What was given.
        id: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// `unrecord` asked for a version another record came after.
    #[error(
        "{act}: {asked} is not the last recorded version (that is {last}); only the last can be unrecorded"
    )]
    NotLastRecorded {
        /// The act.
        act: String,
        /// The version asked for.
        asked: String,
        /// The version the latest record added.
        last: String,
    },
    /// A symbolic link where lexwatch reads or writes a statute file or register.
    #[error("{0} is a symbolic link; lexwatch does not follow links in statutes/ and history/")]
    Symlink(String),
    /// An act id that is not a safe path.
    #[error(transparent)]
    InvalidActId(#[from] InvalidActId),
    /// A date before the act's first version: nothing was in force then.
    #[error("{act} has no version on {date}: its earliest is {first} of {first_date}")]
    BeforeFirstVersion {
        /// The act.
        act: String,
        /// The date asked for.
        date: chrono::NaiveDate,
        /// The register id of the earliest version.
        first: String,
        /// Its date.
        first_date: chrono::NaiveDate,
    },
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
    /// A statute repository is already here.
    #[error("{0} is already a statute repository")]
    AlreadyInitialized(String),
}

impl From<git2::Error> for CorpusError {
    fn from(e: git2::Error) -> Self {
        CorpusError::Git(e.message().to_string())
    }
}

pub(super) fn io_error(path: &Path, e: std::io::Error) -> CorpusError {
    CorpusError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// A git repository holding `statutes/` and `history/`.
pub struct Repository {
    git: GitRepository,
    root: PathBuf,
    pub(super) cache: super::cache::Cache,
}

const STATUTES_README: &str = "# Statutes\n\nOne Markdown file per act: `statutes/<jurisdiction>/<act>.md`, the newest version.\nRecord versions with `lexwatch record FILE --act ID --date YYYY-MM-DD --stage STAGE`.\n";
const HISTORY_README: &str = "# Version register\n\nOne TOML file per act: `history/<jurisdiction>/<act>.toml`, written by `lexwatch record`.\nEach `[[version]]` names the legal date, stage, source and git blob of one version.\n";

impl Repository {
    /// Opens the repository containing `path`.
    pub fn open(path: &Path) -> Result<Repository, CorpusError> {
        // Reading a version back would otherwise hash every blob again (a
        // tenth of `check` over a long history); the ids were checked when the
        // objects were written, and `git fsck` checks them on demand.
        git2::opts::strict_hash_verification(false);
        let git = GitRepository::discover(path)
            .map_err(|_| CorpusError::NotARepository(path.display().to_string()))?;
        let root = git
            .workdir()
            .map(Path::to_path_buf)
            .ok_or_else(|| CorpusError::Bare(git.path().display().to_string()))?;
        Ok(Repository {
            git,
            root,
            cache: Default::default(),
        })
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
            .ok_or_else(|| CorpusError::Bare(git.path().display().to_string()))?;
        let repo = Repository {
            git,
            root,
            cache: Default::default(),
        };
        if repo.root.join("history").is_dir() && repo.root.join("statutes").is_dir() {
            return Err(CorpusError::AlreadyInitialized(dir.display().to_string()));
        }
        let files = [
            ("statutes/README.md", STATUTES_README),
            ("history/README.md", HISTORY_README),
        ];
        repo.write_initial(&files)?;
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

    pub(super) fn file_at(
        &self,
        rev: &str,
        path: &str,
    ) -> Result<Option<(Oid, Vec<u8>)>, CorpusError> {
        let Some(oid) = self.blob_id_at(rev, path)? else {
            return Ok(None);
        };
        let blob = self.git.find_blob(oid)?;
        Ok(Some((oid, blob.content().to_vec())))
    }

    /// The blob id of the file at `path` in revision `rev`, without reading it.
    fn blob_id_at(&self, rev: &str, path: &str) -> Result<Option<Oid>, CorpusError> {
        let Some(tree) = self.tree_at(rev)? else {
            return Ok(None);
        };
        Ok(tree.get_path(Path::new(path)).ok().map(|entry| entry.id()))
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

    /// Finds the act a user means at HEAD: the id as typed, in another case, or an
    /// unambiguous short id (`cao-ch26-ru` for `kz/cao-ch26-ru`).
    ///
    /// Otherwise the error names the nearest ids by edit distance, when any is near.
    pub fn require_act(&self, act: &str) -> Result<ActId, CorpusError> {
        let acts = self.acts()?;
        let wanted = act.trim().to_lowercase();
        if let Some(found) = acts.iter().find(|a| a.as_str() == wanted) {
            return Ok(found.clone());
        }
        let short_name = |a: &ActId| {
            a.as_str()
                .rsplit_once('/')
                .map_or("", |(_, n)| n)
                .to_string()
        };
        let same_short: Vec<&ActId> = acts.iter().filter(|a| short_name(a) == wanted).collect();
        if let [only] = same_short.as_slice() {
            return Ok((*only).clone());
        }
        let mut near: Vec<&ActId> = same_short;
        if near.is_empty() {
            let full = crate::util::nearest(&wanted, acts.iter().map(ActId::as_str));
            let shorts: Vec<String> = acts.iter().map(short_name).collect();
            let short = crate::util::nearest(&wanted, shorts.iter().map(String::as_str));
            near = acts
                .iter()
                .filter(|a| full.contains(&a.as_str()) || short.contains(&short_name(a).as_str()))
                .collect();
        }
        if near.is_empty()
            && let Err(invalid) = wanted.parse::<ActId>()
        {
            return Err(invalid.into());
        }
        let available = if acts.is_empty() {
            "none (record one with `lexwatch record`)".to_string()
        } else {
            acts.iter()
                .map(ActId::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let suggestion = match near.as_slice() {
            [] => None,
            [only] => Some(only.to_string()),
            [rest @ .., last] => Some(format!(
                "{} or {last}",
                rest.iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
        Err(CorpusError::UnknownAct {
            act: act.to_string(),
            available,
            suggestion,
        })
    }

    /// The act's register at revision `rev` (empty when the act has none there).
    pub fn register_at(&self, act: &ActId, rev: &str) -> Result<Register, CorpusError> {
        let path = act.register_path();
        let Some(oid) = self.blob_id_at(rev, &path)? else {
            return Ok(Register::default());
        };
        if let Some(register) = self.cache.register(oid) {
            return Ok(register);
        }
        let bytes = self.git.find_blob(oid)?.content().to_vec();
        let text = String::from_utf8(bytes).map_err(|_| CorpusError::Io {
            path: path.clone(),
            message: "not UTF-8".to_string(),
        })?;
        let register = Register::from_toml(&text, &path)?;
        self.cache.keep_register(oid, &register);
        Ok(register)
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
            .blob_id_at(rev, &act.statute_path())?
            .map(|oid| oid.to_string()))
    }
}
