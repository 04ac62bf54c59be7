//! The test harness: scratch statute repositories and runs of the real binary.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The output of one run of `lexwatch`.
#[must_use = "assert on the output or snapshot it"]
#[derive(Debug)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Output {
    /// Asserts success and returns stdout.
    pub fn success(self) -> String {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self.stdout
    }

    /// Asserts a usage/input error (exit 2) with a one-line message and returns it.
    pub fn failure(self) -> String {
        assert_eq!(
            self.code, 2,
            "expected exit 2\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            self.stderr.starts_with("lexwatch: error: "),
            "stderr: {}",
            self.stderr
        );
        let first = self.stderr.lines().next().unwrap_or_default().to_string();
        assert!(
            self.stderr.lines().skip(1).all(|l| l.starts_with("hint: ")),
            "error is not one line: {}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        first
    }
}

/// Runs `lexwatch` with `args` in `dir`, with git configuration isolated.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    let output = Command::cargo_bin("lexwatch")
        .map(|mut cmd| {
            cmd.current_dir(dir)
                .args(args)
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .env("HOME", dir)
                .env("NO_COLOR", "1")
                .env_remove("GIT_DIR")
                .output()
        })
        .unwrap_or_else(|e| panic!("cannot find the lexwatch binary: {e}"))
        .unwrap_or_else(|e| panic!("cannot run lexwatch: {e}"));
    Output {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        code: output.status.code().unwrap_or(-1),
    }
}

/// The product repository, whose `statutes/` and `history/` are the bundled corpus.
pub fn product_repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `lexwatch` against the bundled corpus.
pub fn corpus(args: &[&str]) -> Output {
    run_in(&product_repo(), args)
}

/// A scratch statute repository in a temporary directory.
pub struct TestRepo {
    pub dir: TempDir,
}

impl TestRepo {
    /// Makes a statute repository with `lexwatch init` and a fixed committer.
    pub fn new() -> TestRepo {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        run_in(dir.path(), &["init", "."]).success();
        let repo = git2::Repository::open(dir.path()).unwrap_or_else(|e| panic!("open: {e}"));
        let mut config = repo.config().unwrap_or_else(|e| panic!("config: {e}"));
        config
            .set_str("user.name", "Test Analyst")
            .unwrap_or_else(|e| panic!("{e}"));
        config
            .set_str("user.email", "analyst@example.org")
            .unwrap_or_else(|e| panic!("{e}"));
        TestRepo { dir }
    }

    /// The repository's path.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (outside `statutes/`) and returns its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path().join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("write {name}: {e}"));
        path
    }

    /// Runs `lexwatch` in the repository.
    pub fn run(&self, args: &[&str]) -> Output {
        run_in(self.path(), args)
    }

    /// Records `text` as a version of `act`.
    pub fn record(&self, act: &str, date: &str, stage: &str, text: &str) {
        let name = format!("incoming-{date}-{stage}.md");
        self.write(&name, text);
        self.run(&[
            "record", &name, "--act", act, "--date", date, "--stage", stage, "--source", "test",
        ])
        .success();
        std::fs::remove_file(self.path().join(&name)).unwrap_or_else(|e| panic!("{e}"));
    }

    /// Commits `history/` as it stands, as an analyst adding a source does.
    pub fn commit_history(&self, message: &str) {
        let git = git2::Repository::open(self.path()).unwrap_or_else(|e| panic!("{e}"));
        let mut index = git.index().unwrap_or_else(|e| panic!("{e}"));
        index
            .add_all(["history"], git2::IndexAddOption::DEFAULT, None)
            .unwrap_or_else(|e| panic!("{e}"));
        index.write().unwrap_or_else(|e| panic!("{e}"));
        let tree_id = index.write_tree().unwrap_or_else(|e| panic!("{e}"));
        let tree = git.find_tree(tree_id).unwrap_or_else(|e| panic!("{e}"));
        let sig = git2::Signature::now("Test Analyst", "analyst@example.org")
            .unwrap_or_else(|e| panic!("{e}"));
        let parent = git.head().ok().and_then(|h| h.peel_to_commit().ok());
        let parents: Vec<&git2::Commit> = parent.iter().collect();
        git.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .unwrap_or_else(|e| panic!("{e}"));
    }

    /// Every file under the repository (including `.git`) with its bytes, for before/after checks.
    pub fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = vec![self.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let bytes = std::fs::read(&path).unwrap_or_default();
                    out.push((path, bytes));
                }
            }
        }
        out.sort();
        out
    }
}

/// A blame listing with each run of spaces made one, so tests do not depend on column widths.
pub fn squeeze_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}
