//! `explorer`: parse a plain-text report and print its model, check it, or count what is in it.
//!
//! ```text
//! explorer parse FILE [--overlay FILE] [--format json|summary]
//! explorer check FILE [--overlay FILE]
//! explorer stats FILE [--overlay FILE]
//! explorer eval [DIR...]
//! explorer site DIR        (writes DIR/NAME.model.json for every report of DIR/index.json)
//! ```

mod args;
mod output;
mod site;

use anyhow::{Context, Result, bail};
use explorer_core::{Parsed, overlay};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        // `explorer eval | head`: the reader stopped reading; nothing went wrong.
        Err(error) if broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("explorer: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether an error is a write to a pipe whose reader has gone.
fn broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run() -> Result<ExitCode> {
    let mut raw = std::env::args_os().skip(1);
    if raw.next().is_some_and(|c| c == "site") {
        let dir = raw.next().context("usage: explorer site DIR")?;
        site::write_models(Path::new(&dir), &mut std::io::stdout().lock())?;
        return Ok(ExitCode::SUCCESS);
    }
    let command = args::parse(std::env::args_os().skip(1))?;
    match &command.action {
        args::Action::Eval(dirs) => return eval(dirs),
        args::Action::Help => {
            write!(std::io::stdout().lock(), "{}", args::USAGE)?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let parsed = load(&command.file, command.overlay.as_deref())?;
    let mut stdout = std::io::stdout().lock();
    match command.action {
        args::Action::Parse(args::Format::Json) => output::json(&mut stdout, &parsed)?,
        args::Action::Parse(args::Format::Summary) => output::summary(&mut stdout, &parsed)?,
        args::Action::Stats => output::stats(&mut stdout, &parsed)?,
        args::Action::Check => {
            output::check(&mut stdout, &command.file, &parsed)?;
            if parsed
                .diagnostics
                .iter()
                .any(|d| d.severity == explorer_core::Severity::Warning)
            {
                return Ok(ExitCode::from(1));
            }
        }
        args::Action::Help | args::Action::Eval(_) => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads and prepares a report (the same way the explorer does), applying an overlay if given.
fn load(file: &Path, overlay_path: Option<&Path>) -> Result<Parsed> {
    let text = read_utf8(file)?;
    let overlay: Option<overlay::Overlay> = match overlay_path {
        Some(path) => Some(
            serde_json::from_str(&read_utf8(path)?)
                .with_context(|| format!("{} is not a valid overlay", path.display()))?,
        ),
        None => None,
    };
    let name = file.to_str().unwrap_or("report.txt");
    Ok(explorer_core::hosted::prepare(
        &text,
        name,
        overlay.as_ref(),
    ))
}

/// Reads a file that must be UTF-8 text.
pub(crate) fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => bail!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        ),
    }
}

/// `explorer eval`: the score table, then the misses of each report.
fn eval(dirs: &[std::path::PathBuf]) -> Result<ExitCode> {
    use explorer_cli::eval;
    let cwd = std::env::current_dir()?;
    let root = eval::repository_root(&cwd)
        .or_else(|| eval::repository_root(Path::new(env!("CARGO_MANIFEST_DIR"))))
        .context("cannot find the repository (public/reports/fall-of-aleppo.txt)")?;
    let mut cases = eval::bundled_cases(&root);
    if dirs.is_empty() {
        cases.extend(eval::genre_cases(&root)?);
        let corpus = eval::corpus_dir(&root);
        if corpus.is_dir() {
            cases.extend(eval::corpus_cases(&corpus)?);
        } else {
            eprintln!(
                "explorer: no corpus at {} (set {})",
                corpus.display(),
                eval::CORPUS_ENV
            );
        }
    } else {
        for dir in dirs {
            cases.extend(eval::corpus_cases(dir)?);
        }
    }
    let mut scores = Vec::new();
    for case in &cases {
        let (_, score) = eval::run(case)?;
        scores.push(score);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", eval::Score::header())?;
    for score in &scores {
        writeln!(out, "{}", score.row())?;
    }
    for score in &scores {
        writeln!(out, "\n== {}: {}", score.name, score.details())?;
        write!(out, "{}", score.misses_text())?;
    }
    Ok(ExitCode::SUCCESS)
}
