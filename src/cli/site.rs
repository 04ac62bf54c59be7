//! `lexwatch site`: the static tracker site.

use super::common::{self, CliError, Ctx};
use crate::site::{SiteOptions, build, publish};
use crate::statute::Language;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Write a static tracker site: the acts, each act's versions, every comparison and every provision.
///
/// The site is plain HTML with relative links: it works from file:// and from
/// any static host, and every page works without JavaScript (a small script
/// adds the severity and category filter and the search). Pages: index.html
/// (acts, latest versions, concerning findings), acts/<act>/index.html
/// (versions and provisions), acts/<act>/changes/<version>.html (key changes
/// first, then every change with its redline and findings),
/// acts/<act>/<citation>.html (a provision's text and history, at a stable
/// address such as art-456-2.html), search.html and feed.xml. A later run
/// into the same folder rewrites only the pages whose bytes changed.
///
/// Examples:
///   lexwatch site -o public
///   lexwatch site -o public --base-url https://example.org/lexwatch --lang ru
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SiteArgs {
    /// The folder to write (empty, or a site lexwatch wrote before).
    #[arg(short, long, value_name = "DIR")]
    output: PathBuf,
    /// The address the site is published at (for canonical links and the feed).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// The language of the site's labels (statute texts stay as written).
    #[arg(long, value_enum, default_value_t = SiteLang::En)]
    lang: SiteLang,
    /// The feed's title.
    #[arg(long, default_value = "lexwatch: statute versions")]
    feed_title: String,
}

/// The languages of the site's labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SiteLang {
    /// Russian.
    Ru,
    /// English.
    En,
    /// Kazakh.
    Kk,
}

/// Runs `site`.
pub fn run(ctx: &Ctx, args: &SiteArgs) -> Result<ExitCode, CliError> {
    if let Some(url) = &args.base_url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        return Err(CliError::new(format!(
            "--base-url {url:?} is not an http:// or https:// address"
        )));
    }
    let repo = ctx.repo()?;
    let options = SiteOptions {
        lang: match args.lang {
            SiteLang::Ru => Language::Ru,
            SiteLang::En => Language::En,
            SiteLang::Kk => Language::Kk,
        },
        base_url: args.base_url.clone(),
        feed_title: args.feed_title.clone(),
    };
    let site = build(&repo, &ctx.lexicon_in(&repo)?, &options).map_err(crate::Error::from)?;
    let pages = crate::render::render_site(&site);
    let published = publish(&args.output, &pages).map_err(crate::Error::from)?;
    let mut out = common::stdout();
    writeln!(
        out,
        "{}: {} files ({} written, {} unchanged, {} removed)",
        args.output.display(),
        pages.len(),
        published.written,
        published.unchanged,
        published.removed
    )?;
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}
