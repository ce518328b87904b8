//! The editorial overlay: corrections that only an editor could know, kept in a data file beside
//! the report (JSON) and applied after parsing.
//!
//! An overlay can set the title and byline, add or rename speakers and factions, merge one into
//! another, and re-assign a quote's kind or speaker. Everything is addressed by the model's stable
//! ids, so an overlay keeps working when the parser improves. Each entry may say `why`.
//!
//! ```
//! use explorer_core::overlay::{apply, Overlay};
//! let mut report = explorer_core::parse("Text.\n\n“Come back,” said Jane Roe.\n").report;
//! let overlay: Overlay = Overlay { title: Some("Hill Country".into()), ..Overlay::default() };
//! assert!(apply(&mut report, &overlay).is_empty());
//! assert_eq!(report.title, "Hill Country");
//! ```

use crate::model::{
    Attribution, Diagnostic, Faction, FactionKind, QuoteKind, Report, Speaker, SpeakerKind,
};
use serde::{Deserialize, Serialize};

/// An editorial overlay for one report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Overlay {
    /// The report's content hash the overlay was written for; a mismatch is reported.
    pub content_hash: Option<String>,
    /// Replaces the title.
    pub title: Option<String>,
    /// Replaces the byline.
    pub byline: Option<String>,
    /// Adds factions or changes existing ones (matched by id).
    pub factions: Vec<FactionEdit>,
    /// Adds speakers or changes existing ones (matched by id).
    pub speakers: Vec<SpeakerEdit>,
    /// Changes quotes (matched by id).
    pub quotes: Vec<QuoteEdit>,
}

/// A change to a faction.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FactionEdit {
    /// The faction's id; a new faction when no faction has it.
    pub id: String,
    /// New name.
    pub name: Option<String>,
    /// New kind.
    pub kind: Option<FactionKind>,
    /// Aliases to add.
    pub aliases: Vec<String>,
    /// Moves this faction's speakers to another faction and removes this one.
    pub merge_into: Option<String>,
    /// Why the editor made the change.
    pub why: Option<String>,
}

/// A change to a speaker.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SpeakerEdit {
    /// The speaker's id; a new speaker when no speaker has it.
    pub id: String,
    /// New name.
    pub name: Option<String>,
    /// New role.
    pub role: Option<String>,
    /// New kind.
    pub kind: Option<SpeakerKind>,
    /// New faction id.
    pub faction: Option<String>,
    /// Aliases to add.
    pub aliases: Vec<String>,
    /// Moves this speaker's quotes to another speaker and removes this one.
    pub merge_into: Option<String>,
    /// Why the editor made the change.
    pub why: Option<String>,
}

/// A change to a quote.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct QuoteEdit {
    /// The quote's id.
    pub id: String,
    /// New kind.
    pub kind: Option<QuoteKind>,
    /// New speaker id.
    pub speaker: Option<String>,
    /// Why the editor made the change.
    pub why: Option<String>,
}

/// Applies an overlay. Entries that name unknown ids are skipped and reported; nothing panics.
pub fn apply(report: &mut Report, overlay: &Overlay) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if let Some(hash) = &overlay.content_hash
        && *hash != report.content_hash
    {
        problems.push(Diagnostic::warning(
            0,
            "overlay-stale",
            format!(
                "The overlay was written for report version {hash}; this report is {}.",
                report.content_hash
            ),
        ));
    }
    if let Some(title) = &overlay.title {
        report.title = title.clone();
    }
    if let Some(byline) = &overlay.byline {
        report.byline = Some(byline.clone());
    }
    for edit in &overlay.factions {
        edit_faction(report, edit, &mut problems);
    }
    for edit in &overlay.speakers {
        edit_speaker(report, edit, &mut problems);
    }
    for edit in &overlay.quotes {
        edit_quote(report, edit, &mut problems);
    }
    for edit in overlay.speakers.iter().filter(|e| e.merge_into.is_some()) {
        merge_speaker(report, edit, &mut problems);
    }
    for edit in overlay.factions.iter().filter(|e| e.merge_into.is_some()) {
        merge_faction(report, edit, &mut problems);
    }
    problems
}

fn edit_faction(report: &mut Report, edit: &FactionEdit, problems: &mut Vec<Diagnostic>) {
    let faction = match report.factions.iter_mut().find(|f| f.id == edit.id) {
        Some(f) => f,
        None => {
            let Some(name) = &edit.name else {
                problems.push(Diagnostic::warning(0, "overlay-unknown-faction", format!("The overlay changes faction “{}”, which the report does not have, without naming it.", edit.id)));
                return;
            };
            report.factions.push(Faction {
                id: edit.id.clone(),
                name: name.clone(),
                kind: FactionKind::Other,
                aliases: Vec::new(),
            });
            let Some(last) = report.factions.last_mut() else {
                return;
            };
            last
        }
    };
    if let Some(name) = &edit.name {
        faction.name = name.clone();
    }
    if let Some(kind) = edit.kind {
        faction.kind = kind;
    }
    faction.aliases.extend(edit.aliases.iter().cloned());
}

fn edit_speaker(report: &mut Report, edit: &SpeakerEdit, problems: &mut Vec<Diagnostic>) {
    if let Some(faction) = &edit.faction
        && report.faction(faction).is_none()
    {
        problems.push(Diagnostic::warning(
            0,
            "overlay-unknown-faction",
            format!(
                "The overlay puts speaker “{}” in faction “{faction}”, which does not exist.",
                edit.id
            ),
        ));
        return;
    }
    let speaker = match report.speakers.iter_mut().find(|s| s.id == edit.id) {
        Some(s) => s,
        None => {
            let Some(name) = &edit.name else {
                problems.push(Diagnostic::warning(0, "overlay-unknown-speaker", format!("The overlay changes speaker “{}”, which the report does not have, without naming it.", edit.id)));
                return;
            };
            report.speakers.push(Speaker {
                id: edit.id.clone(),
                name: name.clone(),
                aliases: Vec::new(),
                role: None,
                kind: SpeakerKind::Person,
                faction: None,
            });
            let Some(last) = report.speakers.last_mut() else {
                return;
            };
            last
        }
    };
    if let Some(name) = &edit.name {
        if *name != speaker.name && !speaker.aliases.contains(&speaker.name) {
            speaker.aliases.push(speaker.name.clone());
        }
        speaker.name = name.clone();
    }
    if let Some(role) = &edit.role {
        speaker.role = Some(role.clone());
    }
    if let Some(kind) = edit.kind {
        speaker.kind = kind;
    }
    if let Some(faction) = &edit.faction {
        speaker.faction = Some(faction.clone());
    }
    speaker.aliases.extend(edit.aliases.iter().cloned());
}

fn edit_quote(report: &mut Report, edit: &QuoteEdit, problems: &mut Vec<Diagnostic>) {
    if let Some(speaker) = &edit.speaker
        && report.speaker(speaker).is_none()
    {
        problems.push(Diagnostic::warning(
            0,
            "overlay-unknown-speaker",
            format!(
                "The overlay gives quote “{}” to speaker “{speaker}”, who does not exist.",
                edit.id
            ),
        ));
        return;
    }
    let Some(quote) = report.quotes.iter_mut().find(|q| q.id == edit.id) else {
        problems.push(Diagnostic::warning(
            0,
            "overlay-unknown-quote",
            format!(
                "The overlay changes quote “{}”, which the report does not have.",
                edit.id
            ),
        ));
        return;
    };
    if let Some(kind) = edit.kind {
        quote.kind = kind;
        if kind != QuoteKind::Speech {
            quote.speaker = None;
            quote.attribution = None;
        }
    }
    if let Some(speaker) = &edit.speaker {
        quote.kind = QuoteKind::Speech;
        quote.speaker = Some(speaker.clone());
        quote.attribution = Some(Attribution::Overlay);
    }
}

fn merge_speaker(report: &mut Report, edit: &SpeakerEdit, problems: &mut Vec<Diagnostic>) {
    let Some(into) = &edit.merge_into else { return };
    if report.speaker(into).is_none() || report.speaker(&edit.id).is_none() {
        problems.push(Diagnostic::warning(
            0,
            "overlay-unknown-speaker",
            format!(
                "The overlay merges speaker “{}” into “{into}”; one of them does not exist.",
                edit.id
            ),
        ));
        return;
    }
    for quote in report
        .quotes
        .iter_mut()
        .filter(|q| q.speaker.as_deref() == Some(edit.id.as_str()))
    {
        quote.speaker = Some(into.clone());
    }
    let Some(at) = report.speakers.iter().position(|s| s.id == edit.id) else {
        return;
    };
    let merged = report.speakers.remove(at);
    if let Some(target) = report.speakers.iter_mut().find(|s| s.id == *into) {
        target.aliases.push(merged.name);
        target.aliases.extend(merged.aliases);
    }
    for note in report
        .notes
        .iter_mut()
        .filter(|n| n.speaker.as_deref() == Some(edit.id.as_str()))
    {
        note.speaker = Some(into.clone());
    }
}

fn merge_faction(report: &mut Report, edit: &FactionEdit, problems: &mut Vec<Diagnostic>) {
    let Some(into) = &edit.merge_into else { return };
    if report.faction(into).is_none() || report.faction(&edit.id).is_none() {
        problems.push(Diagnostic::warning(
            0,
            "overlay-unknown-faction",
            format!(
                "The overlay merges faction “{}” into “{into}”; one of them does not exist.",
                edit.id
            ),
        ));
        return;
    }
    for speaker in report
        .speakers
        .iter_mut()
        .filter(|s| s.faction.as_deref() == Some(edit.id.as_str()))
    {
        speaker.faction = Some(into.clone());
    }
    let Some(at) = report.factions.iter().position(|f| f.id == edit.id) else {
        return;
    };
    let merged = report.factions.remove(at);
    if let Some(target) = report.factions.iter_mut().find(|f| f.id == *into) {
        target.aliases.push(merged.name);
        target.aliases.extend(merged.aliases);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        crate::parse("Text.\n\n“Come back,” said Jane Roe, a commander of the Hill Front. He said the “High Road” was closed.\n").report
    }

    #[test]
    fn an_overlay_can_add_a_speaker_and_give_them_a_quote() {
        let mut report = report();
        let overlay = Overlay {
            factions: vec![FactionEdit {
                id: "road-board".into(),
                name: Some("Road Board".into()),
                kind: Some(FactionKind::Institution),
                ..Default::default()
            }],
            speakers: vec![SpeakerEdit {
                id: "road-board".into(),
                name: Some("Road Board".into()),
                faction: Some("road-board".into()),
                kind: Some(SpeakerKind::Organisation),
                ..Default::default()
            }],
            quotes: vec![QuoteEdit {
                id: "high-road".into(),
                speaker: Some("road-board".into()),
                ..Default::default()
            }],
            ..Overlay::default()
        };
        assert_eq!(apply(&mut report, &overlay), []);
        let quote = report.quote("high-road").unwrap();
        assert_eq!(quote.kind, QuoteKind::Speech);
        assert_eq!(report.faction_of(quote).unwrap().name, "Road Board");
    }

    #[test]
    fn merging_a_speaker_moves_its_quotes() {
        let mut report = report();
        let overlay = Overlay {
            speakers: vec![
                SpeakerEdit {
                    id: "j-roe".into(),
                    name: Some("J. Roe".into()),
                    ..Default::default()
                },
                SpeakerEdit {
                    id: "jane-roe".into(),
                    merge_into: Some("j-roe".into()),
                    ..Default::default()
                },
            ],
            ..Overlay::default()
        };
        assert_eq!(apply(&mut report, &overlay), []);
        assert!(report.speaker("jane-roe").is_none());
        assert_eq!(
            report.quote("come-back").unwrap().speaker.as_deref(),
            Some("j-roe")
        );
    }

    #[test]
    fn unknown_ids_are_reported_not_fatal() {
        let mut report = report();
        let overlay = Overlay {
            quotes: vec![QuoteEdit {
                id: "nope".into(),
                kind: Some(QuoteKind::Scare),
                ..Default::default()
            }],
            ..Overlay::default()
        };
        let problems = apply(&mut report, &overlay);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].code, "overlay-unknown-quote");
    }
}
