//! `explorer site DIR`: writes the model file and the text file of every report a site's
//! manifest lists (`DIR/index.json`), so that the page loads models instead of parsing texts,
//! and the text only when the reading view needs it.

use anyhow::{Context, Result, bail};
use explorer_core::hosted::{FileKind, Manifest, ModelFile, prepare, to_bytes};
use explorer_core::overlay::Overlay;
use std::path::Path;

/// Writes `DIR/NAME.model.json` for each report of `DIR/index.json`; prints one line per report.
pub fn write_models(dir: &Path, out: &mut impl std::io::Write) -> Result<()> {
    let manifest_path = dir.join("index.json");
    let manifest: Manifest = serde_json::from_str(
        &std::fs::read_to_string(&manifest_path)
            .with_context(|| format!("cannot read {}", manifest_path.display()))?,
    )
    .with_context(|| format!("{} is not a valid manifest", manifest_path.display()))?;
    let problems = manifest.problems();
    if !problems.is_empty() {
        bail!("{}: {}", manifest_path.display(), problems.join("; "));
    }
    let index_bin = dir.join("index.bin");
    std::fs::write(&index_bin, to_bytes(FileKind::Manifest, &manifest))
        .with_context(|| format!("cannot write {}", index_bin.display()))?;
    for (name, entry) in &manifest.reports {
        let text_path = dir.join(format!("{name}.txt"));
        let text = crate::read_utf8(&text_path)?;
        let overlay: Option<Overlay> = if entry.overlay {
            let path = dir.join(format!("{name}.overlay.json"));
            Some(
                serde_json::from_str(&crate::read_utf8(&path)?)
                    .with_context(|| format!("{} is not a valid overlay", path.display()))?,
            )
        } else {
            None
        };
        let parsed = prepare(&text, &format!("{name}.txt"), overlay.as_ref());
        let (file, blocks) = ModelFile::new(name, parsed).split_text();
        let path = dir.join(format!("{name}.model.bin"));
        std::fs::write(&path, to_bytes(FileKind::Model, &file))
            .with_context(|| format!("cannot write {}", path.display()))?;
        let text_path = dir.join(format!("{name}.text.bin"));
        std::fs::write(&text_path, to_bytes(FileKind::Text, &blocks))
            .with_context(|| format!("cannot write {}", text_path.display()))?;
        writeln!(
            out,
            "{}: {} quotes, {} speakers, {} notes, {} diagnostics",
            path.display(),
            file.report.quotes.len(),
            file.report.speakers.len(),
            file.report.notes.len(),
            file.diagnostics.len()
        )?;
    }
    Ok(())
}
