//! `prerender DIST`: renders the default report's first view to HTML at build time, with the
//! same components the page runs, and writes it into `DIST/index.html` (with the preload of the
//! report's model and the report's name for the page to load first). Run by `scripts/site.sh`
//! after `explorer site`, so that the first quote paints before any script runs.

use explorer_app::app::ExplorerPage;
use explorer_app::load::{Loaded, Origin};
use explorer_app::state::Data;
use explorer_core::embed::escape;
use explorer_core::hosted::{FileKind, MANIFEST_BIN_PATH, Manifest, ModelFile, from_bytes};
use leptos::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Where the first view goes in `index.html` (see `web/index.html`), as written and as Trunk's
/// minifier writes it.
const SLOTS: [&str; 2] = [
    r#"<div id="first-view"></div>"#,
    "<div id=first-view></div>",
];

/// The page's gate script (see `web/index.html`), as written and as Trunk's minifier writes it.
/// It moves to the end of the head, after Trunk's preloads and the report's: a blocking script
/// holds back the fetches of the links after it.
const GATE: [&str; 2] = [
    r#"<script src="gate.js"></script>"#,
    "<script src=gate.js></script>",
];

/// Marks the page's preloads (the app's JS and wasm) low priority: every fetch starts at once,
/// but after what the first paint needs (the HTML, the stylesheet), so that on a slow link the
/// app's files do not take its bandwidth.
fn low_priority_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(at) = rest.find("<link ") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..end];
        let preload = [
            "rel=preload",
            "rel=\"preload\"",
            "rel=modulepreload",
            "rel=\"modulepreload\"",
        ]
        .iter()
        .any(|r| tag.contains(r));
        if preload && !tag.contains("fetchpriority") {
            out.push_str("<link fetchpriority=\"low\" ");
            out.push_str(&tag["<link ".len()..]);
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

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
    let index = std::fs::read(dist.join(MANIFEST_BIN_PATH))
        .map_err(|e| format!("cannot read {MANIFEST_BIN_PATH}: {e} (run `explorer site` first)"))?;
    let manifest: Manifest =
        from_bytes(FileKind::Manifest, &index).map_err(|e| format!("{MANIFEST_BIN_PATH}: {e}"))?;
    let name = manifest.default.clone();
    let model_path = Manifest::model_path(&name);
    let bytes = std::fs::read(dist.join(&model_path))
        .map_err(|e| format!("cannot read {model_path}: {e} (run `explorer site` first)"))?;
    let model: ModelFile =
        from_bytes(FileKind::Model, &bytes).map_err(|e| format!("{model_path}: {e}"))?;
    let title = model.report.title.clone();
    let data = Arc::new(Data::new(
        Loaded::new(model, Origin::Hosted),
        String::new(),
        None,
    ));
    let owner = Owner::new();
    let html = owner.with(|| {
        explorer_app::editing::provide();
        view! { <ExplorerPage data query=String::new() framed=false /> }.to_html()
    });

    let index_path = dist.join("index.html");
    let index = read(&index_path)?;
    let slot = SLOTS
        .iter()
        .find(|slot| index.contains(*slot))
        .ok_or_else(|| format!("{} has no empty #first-view", index_path.display()))?;
    let gate = GATE
        .iter()
        .find(|gate| index.contains(*gate))
        .ok_or_else(|| format!("{} has no gate script", index_path.display()))?;
    let head = format!(
        "<meta name=\"explorer-default-report\" content=\"{}\"><link rel=\"preload\" fetchpriority=\"low\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\">{gate}</head>",
        escape(&name),
        escape(&model_path)
    );
    let index = low_priority_preloads(&index)
        .replacen(slot, &format!(r#"<div id="first-view">{html}</div>"#), 1)
        .replacen(gate, "", 1)
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
