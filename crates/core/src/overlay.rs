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
use crate::text::set_of;
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

/// One correction a reader makes in the page: each becomes overlay entries, so corrections are
/// kept, downloaded and applied as an overlay like any other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Correction {
    /// Give a quote (all its segments) to an existing speaker.
    Speaker {
        /// The quote's segments.
        quotes: Vec<String>,
        /// The speaker's id.
        speaker: String,
    },
    /// Give a quote to a speaker the report does not have yet.
    NewSpeaker {
        /// The quote's segments.
        quotes: Vec<String>,
        /// The new speaker's name.
        name: String,
        /// Their faction's id, if any.
        faction: Option<String>,
    },
    /// Make a quote speech, a scare quote or a title.
    Kind {
        /// The quote's segments.
        quotes: Vec<String>,
        /// The kind.
        kind: QuoteKind,
    },
    /// Rename a speaker.
    RenameSpeaker {
        /// The speaker's id.
        speaker: String,
        /// The new name.
        name: String,
    },
    /// Rename a faction.
    RenameFaction {
        /// The faction's id.
        faction: String,
        /// The new name.
        name: String,
    },
    /// Merge a speaker into another (the two are one person).
    MergeSpeaker {
        /// The speaker that goes.
        speaker: String,
        /// The speaker that stays.
        into: String,
    },
    /// Move a speaker to another faction.
    MoveSpeaker {
        /// The speaker's id.
        speaker: String,
        /// The faction's id.
        faction: String,
    },
    /// Create a faction.
    CreateFaction {
        /// Its name.
        name: String,
    },
}

impl Overlay {
    /// This overlay with one more correction at its end. New ids are slugs of the new names,
    /// made unique among the report's.
    pub fn with(&self, correction: &Correction, report: &Report) -> Overlay {
        let mut next = self.clone();
        let new_id =
            |name: &str, taken: &mut std::collections::BTreeSet<String>, fallback: &str| {
                crate::text::unique_id(&crate::text::slug(name), fallback, taken)
            };
        let quote_edits = |quotes: &[String], kind: Option<QuoteKind>, speaker: Option<String>| {
            quotes
                .iter()
                .map(|id| QuoteEdit {
                    id: id.clone(),
                    kind,
                    speaker: speaker.clone(),
                    why: Some("Corrected in the explorer.".to_owned()),
                })
                .collect::<Vec<_>>()
        };
        match correction {
            Correction::Speaker { quotes, speaker } => {
                next.quotes
                    .extend(quote_edits(quotes, None, Some(speaker.clone())));
            }
            Correction::NewSpeaker {
                quotes,
                name,
                faction,
            } => {
                let mut taken = set_of(report.speakers.iter().map(|s| s.id.clone()));
                taken.extend(next.speakers.iter().map(|s| s.id.clone()));
                let id = new_id(name, &mut taken, "speaker");
                next.speakers.push(SpeakerEdit {
                    id: id.clone(),
                    name: Some(name.clone()),
                    faction: faction.clone(),
                    ..SpeakerEdit::default()
                });
                next.quotes.extend(quote_edits(quotes, None, Some(id)));
            }
            Correction::Kind { quotes, kind } => {
                next.quotes.extend(quote_edits(quotes, Some(*kind), None));
            }
            Correction::RenameSpeaker { speaker, name } => next.speakers.push(SpeakerEdit {
                id: speaker.clone(),
                name: Some(name.clone()),
                ..SpeakerEdit::default()
            }),
            Correction::RenameFaction { faction, name } => next.factions.push(FactionEdit {
                id: faction.clone(),
                name: Some(name.clone()),
                ..FactionEdit::default()
            }),
            Correction::MergeSpeaker { speaker, into } => next.speakers.push(SpeakerEdit {
                id: speaker.clone(),
                merge_into: Some(into.clone()),
                ..SpeakerEdit::default()
            }),
            Correction::MoveSpeaker { speaker, faction } => next.speakers.push(SpeakerEdit {
                id: speaker.clone(),
                faction: Some(faction.clone()),
                ..SpeakerEdit::default()
            }),
            Correction::CreateFaction { name } => {
                let mut taken = set_of(report.factions.iter().map(|f| f.id.clone()));
                taken.extend(next.factions.iter().map(|f| f.id.clone()));
                let id = new_id(name, &mut taken, "faction");
                next.factions.push(FactionEdit {
                    id,
                    name: Some(name.clone()),
                    ..FactionEdit::default()
                });
            }
        }
        next
    }

    /// This overlay followed by `later`'s entries (the operator's overlay and a reader's
    /// corrections, as one file an operator can put beside the report).
    pub fn followed_by(&self, later: &Overlay) -> Overlay {
        let mut out = self.clone();
        out.content_hash = later.content_hash.clone().or(out.content_hash);
        out.title = later.title.clone().or(out.title);
        out.byline = later.byline.clone().or(out.byline);
        out.factions.extend(later.factions.iter().cloned());
        out.speakers.extend(later.speakers.iter().cloned());
        out.quotes.extend(later.quotes.iter().cloned());
        out
    }

    /// How many corrections it holds.
    pub fn len(&self) -> usize {
        self.factions.len() + self.speakers.len() + self.quotes.len()
    }

    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0 && self.title.is_none() && self.byline.is_none()
    }
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

    #[test]
    fn a_reader_s_corrections_become_an_overlay_that_applies_as_any_other() {
        let text = "Intro.\n\n“Hold,” said Jane Roe, a commander of the Hill Front.\n\n“Run,” said a Western diplomat.\n\n“Stay,” said Abu Karim, a commander of the River Brigade.\n";
        let report = crate::parse(text).report;
        let id = |start: &str| {
            report
                .quotes
                .iter()
                .find(|q| q.text.starts_with(start))
                .unwrap()
                .id
                .clone()
        };
        let mut corrections = Overlay::default();
        for correction in [
            Correction::CreateFaction {
                name: "Aid Workers".into(),
            },
            Correction::NewSpeaker {
                quotes: vec![id("Run")],
                name: "Ann Lee".into(),
                faction: Some("aid-workers".into()),
            },
            Correction::MergeSpeaker {
                speaker: "abu-karim".into(),
                into: "jane-roe".into(),
            },
            Correction::RenameFaction {
                faction: "hill-front".into(),
                name: "Hill Front Coalition".into(),
            },
            Correction::Kind {
                quotes: vec![id("Hold")],
                kind: QuoteKind::Scare,
            },
        ] {
            corrections = corrections.with(&correction, &report);
        }
        assert_eq!(corrections.len(), 6);
        // Through JSON, as a reader downloads it and `explorer parse --overlay` reads it.
        let json = serde_json::to_string(&corrections).unwrap();
        let mut corrected = report.clone();
        let problems = apply(&mut corrected, &serde_json::from_str(&json).unwrap());
        assert_eq!(problems, []);
        let run = corrected.quote(&id("Run")).unwrap();
        assert_eq!(run.speaker.as_deref(), Some("ann-lee"));
        assert_eq!(corrected.faction_of(run).unwrap().name, "Aid Workers");
        assert_eq!(
            corrected.quote(&id("Stay")).unwrap().speaker.as_deref(),
            Some("jane-roe")
        );
        assert!(corrected.speaker("abu-karim").is_none());
        assert_eq!(
            corrected.faction("hill-front").unwrap().name,
            "Hill Front Coalition"
        );
        assert_eq!(corrected.quote(&id("Hold")).unwrap().kind, QuoteKind::Scare);
        // An operator's overlay followed by the corrections gives the same report.
        let operator = Overlay {
            title: Some("Hills".into()),
            ..Overlay::default()
        };
        let mut both = report.clone();
        apply(&mut both, &operator.followed_by(&corrections));
        let mut stepwise = report.clone();
        apply(&mut stepwise, &operator);
        apply(&mut stepwise, &corrections);
        assert_eq!(both, stepwise);
    }

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
