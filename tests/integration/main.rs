//! Integration tests: real temporary git repositories, the real binary.

mod common;

mod cli_analyze;
mod cli_corpus;
mod cli_diff;
mod cli_record;
mod cli_rules;
mod cli_site;
mod cli_workflow;
mod comparative_table;
mod escaping;
mod hardening;
mod import;
mod kazakh;
mod parallel;
mod properties;
mod publishers;
mod pull;
mod ranking;
mod sarif_schema;
mod site_browser;
mod site_keyboard;
mod snapshots;
mod succession;
