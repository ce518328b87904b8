//! `prerender DIST`: renders the default report's first view to HTML at build time, with the
//! same components the page runs, and writes it into `DIST/index.html` (with the preload of the
//! report's model and the report's name for the page to load first). Run by `scripts/site.sh`
//! after `explorer site`, so that the first quote paints before any script runs.

use explorer_app::app::ExplorerPage;
use explorer_app::load::Loaded;
use explorer_app::state::Data;
use explorer_core::embed::escape;
use explorer_core::hosted::{Manifest, ModelFile};
use leptos::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Where the first view goes in `index.html` (see `web/index.html`).
const SLOT: &str = r#"<div id="first-view"></div>"#;

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIST");
        return ExitCode::from(2);
    };
    match prerender(&dist) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn prerender(dist: &Path) -> Result<String, String> {
    let manifest: Manifest = serde_json::from_str(&read(&dist.join("reports/index.json"))?)
        .map_err(|e| format!("reports/index.json: {e}"))?;
    let name = manifest.default.clone();
    let model_path = Manifest::model_path(&name);
    let model: ModelFile = serde_json::from_str(&read(&dist.join(&model_path))?)
        .map_err(|e| format!("{model_path}: {e} (run `explorer site` first)"))?;
    let title = model.report.title.clone();
    let data = Arc::new(Data::new(Loaded::from(model), String::new()));
    let owner = Owner::new();
    let html =
        owner.with(|| view! { <ExplorerPage data query=String::new() framed=false /> }.to_html());
    let index_path = dist.join("index.html");
    let index = read(&index_path)?;
    if !index.contains(SLOT) {
        return Err(format!("{} has no {SLOT}", index_path.display()));
    }
    let head = format!(
        "<meta name=\"explorer-default-report\" content=\"{}\">\n    <link rel=\"preload\" fetchpriority=\"low\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\">\n  </head>",
        escape(&name),
        escape(&model_path)
    );
    // Every fetch starts at once, but after what the first paint needs (the HTML, the
    // stylesheet): on a slow link the app's files must not take its bandwidth.
    let index = index
        .replace(
            "<link rel=\"modulepreload\" ",
            "<link rel=\"modulepreload\" fetchpriority=\"low\" ",
        )
        .replace(
            "<link rel=\"preload\" href=",
            "<link rel=\"preload\" fetchpriority=\"low\" href=",
        )
        .replacen(SLOT, &format!(r#"<div id="first-view">{html}</div>"#), 1)
        .replacen("</head>", &head, 1)
        .replacen(
            "<title>Report Explorer</title>",
            &format!("<title>{} · Report Explorer</title>", escape(&title)),
            1,
        );
    std::fs::write(&index_path, &index)
        .map_err(|e| format!("cannot write {}: {e}", index_path.display()))?;
    Ok(format!(
        "{}: the first view of “{title}” ({} bytes of HTML)",
        index_path.display(),
        html.len()
    ))
}
