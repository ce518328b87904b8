//! Command-line arguments.

use anyhow::{Result, bail};
use std::ffi::OsString;
use std::path::PathBuf;

/// The usage text.
pub const USAGE: &str = "\
usage: explorer <command> FILE [--overlay FILE] [--format json|summary]
       explorer eval [DIR...]

commands:
  parse   print the report model (JSON) or a summary of counts
  check   print diagnostics with line numbers; exit 1 if there are warnings
  stats   count speech quotes per faction, speaker and section
  eval    score the parser against reference annotations: the bundled report (without and
          with its overlay) and every report folder of the corpus ($EXPLORER_CORPUS, else
          ../shared/corpus), or of the DIRs given (a folder NAME/ with NAME.txt and gold/)
  site    write DIR/NAME.model.json for every report DIR/index.json lists (run by ./x build)
";

/// What to print.
#[derive(Debug, PartialEq)]
pub enum Action {
    Parse(Format),
    Check,
    Stats,
    /// Score the parser on the bundled report and these corpus folders (all when empty).
    Eval(Vec<PathBuf>),
    Help,
}

/// Output format of `parse`.
#[derive(Debug, PartialEq)]
pub enum Format {
    Json,
    Summary,
}

/// A parsed command line.
#[derive(Debug)]
pub struct Command {
    pub action: Action,
    pub file: PathBuf,
    pub overlay: Option<PathBuf>,
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut command: Option<String> = None;
    let mut file = None;
    let mut overlay = None;
    let mut format = Format::Json;
    let mut extra: Vec<PathBuf> = Vec::new();
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => {
                return Ok(Command {
                    action: Action::Help,
                    file: PathBuf::new(),
                    overlay: None,
                });
            }
            Long("overlay") => overlay = Some(PathBuf::from(parser.value()?)),
            Long("format") => {
                format = match parser.value()?.string()?.as_str() {
                    "json" => Format::Json,
                    "summary" => Format::Summary,
                    other => bail!("unknown format {other:?} (expected json or summary)"),
                }
            }
            Value(value) if command.is_none() => command = Some(value.string()?),
            Value(value) if file.is_none() => file = Some(PathBuf::from(value)),
            Value(value) if command.as_deref() == Some("eval") => extra.push(PathBuf::from(value)),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let action = match command.as_deref() {
        Some("parse") => Action::Parse(format),
        Some("check") => Action::Check,
        Some("stats") => Action::Stats,
        Some("help") => Action::Help,
        Some("eval") => {
            let dirs = file.into_iter().chain(extra).collect();
            return Ok(Command {
                action: Action::Eval(dirs),
                file: PathBuf::new(),
                overlay,
            });
        }
        Some(other) => bail!("unknown command {other:?}\n{USAGE}"),
        None => bail!("no command given\n{USAGE}"),
    };
    if action == Action::Help {
        return Ok(Command {
            action,
            file: PathBuf::new(),
            overlay: None,
        });
    }
    let Some(file) = file else {
        bail!("no report file given\n{USAGE}")
    };
    Ok(Command {
        action,
        file,
        overlay,
    })
}
