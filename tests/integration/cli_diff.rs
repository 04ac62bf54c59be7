//! `diff`: alignment cases on small files, and the bundled corpus.
