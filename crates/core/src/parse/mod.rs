//! The parser: a plain-text report in, the model plus diagnostics out. It never fails as a whole.
//!
//! A pipeline of passes, each its own module with a typed output that the next consumes:
//! [`layout`] (blocks, sections with levels and parents, the notes list) → [`notes`] (kinds,
//! Ibid, short forms, interviewees) → [`spans`] (endnote markers per block) and [`paragraph`]
//! (quote spans, sentences, tokens; [`names`] marks the words the document itself shows to be
//! names) → [`facts`] (per sentence: [`mentions`], the noun phrases that can speak, and
//! [`cues`], the words that attribute quotes) → [`registry`] (people, organisations, groups,
//! documents, with the [`factions`] claims) → [`resolve`] (who each cue's agent is, pronouns
//! included) → [`sieves`] (speech or not, and who speaks, most precise sieve first) →
//! [`sourcing`] (utterances and the note that sources each) → [`assembly`] (ids, speakers,
//! factions, the model). [`lexicon`] holds the genre's English vocabulary; [`words`] turns it
//! into one fast map and classifies tokens.

mod assembly;
mod cues;
#[cfg(test)]
mod dump;
mod factions;
mod facts;
mod ids;
mod layout;
mod lexicon;
mod mentions;
mod names;
mod notes;
mod paragraph;
mod registry;
mod resolve;
mod sieves;
mod sourcing;
mod spans;
mod words;

use crate::model::{BlockKind, Diagnostic, Note, NoteKind, Report};
use crate::text::{self, WordsQuick};
use serde::Serialize;

/// The result of parsing: the model and what the parser could not make full sense of.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Parsed {
    /// The report model.
    #[serde(flatten)]
    pub report: Report,
    /// Diagnostics with line numbers, in line order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Options for [`parse_with`].
#[derive(Clone, Debug, Default)]
pub struct ParseOptions<'a> {
    /// The title to use when the report has no title line (for example one made from a file name).
    pub fallback_title: Option<&'a str>,
}

/// Parses a plain-text report.
///
/// ```
/// let parsed = explorer_core::parse("Intro.\n\n“We held,” said Jane Roe, a commander of the Hill Front.1\n\nNotes\n\n1. Jane Roe, interview with the author, May 2020.");
/// let quote = &parsed.report.quotes[0];
/// assert_eq!(quote.speaker.as_deref(), Some("jane-roe"));
/// assert_eq!(quote.note, Some(1));
/// ```
pub fn parse(source: &str) -> Parsed {
    parse_with(source, &ParseOptions::default())
}

/// Parses a plain-text report with options.
pub fn parse_with(source: &str, options: &ParseOptions<'_>) -> Parsed {
    let lex = words::Lexicon::get();
    let mut diagnostics = Vec::new();
    let layout = layout::layout(source, &mut diagnostics);
    let notes = notes::notes(&layout.note_entries);
    let blocks = spans::mark(layout.blocks, &notes, &mut diagnostics);
    // What each word is, read once per spelling: one memo for the body, one for the notes (the
    // model takes the notes' texts while the body's paragraphs are still in use).
    let mut classes = words::WordClasses::for_text(source.len());
    let mut paragraphs = paragraph::paragraphs(lex, &mut classes, &blocks);
    // The notes that describe whom they cite: interviews, and speeches or statements ("Ruta
    // Brandvik, Minister of Defence of Tarvia, speech at …").
    let interviews: Vec<&Note> = notes
        .iter()
        .filter(|n| {
            n.kind == NoteKind::Interview || notes::speaker_of_cited_remarks(&n.text).is_some()
        })
        .collect();
    // "Answered by Harriet Colquhoun-Day, Minister for the Environment and Water, on 10 March
    // 2025": a heading that labels a turn says who speaks under it, and what it says of them
    // is read as a note's description of its interviewee is.
    let turn_headings = facts::turn_headings(lex, &layout.sections);
    let mut interview_notes: Vec<&str> = interviews.iter().map(|n| n.text.as_str()).collect();
    let mut interviewees: Vec<Option<&str>> =
        interviews.iter().map(|n| n.person.as_deref()).collect();
    for turn in &turn_headings {
        interview_notes.push(&turn.description);
        interviewees.push(Some(turn.person));
    }
    let quotes = blocks.first().map(|b| b.quotes).unwrap_or_default();
    let mut note_classes =
        words::WordClasses::for_text(interview_notes.iter().map(|n| n.len()).sum());
    let mut note_paragraphs =
        paragraph::note_paragraphs(lex, &mut note_classes, &interview_notes, quotes);
    let evidence = names::NameEvidence::learn_all(&[
        (&paragraphs, classes.spellings()),
        (&note_paragraphs, note_classes.spellings()),
    ]);
    // What each spelling is has been read into the tokens: the memos' room is given back now.
    drop(classes);
    drop(note_classes);
    for p in &mut paragraphs {
        evidence.mark(p, 0);
    }
    for p in &mut note_paragraphs {
        evidence.mark(p, 1);
    }
    let mut facts = facts::read(lex, &paragraphs);
    // Each paragraph's section, and each section's heading (none for the untitled opening).
    let paragraph_sections: Vec<usize> = paragraphs
        .iter()
        .map(|p| blocks[p.block].block.section)
        .collect();
    let section_headings: Vec<Option<&str>> = layout
        .sections
        .iter()
        .map(|section| section.title.as_deref())
        .collect();
    let section_titles: Vec<Option<&str>> = paragraph_sections
        .iter()
        .map(|&section| section_headings.get(section).copied().flatten())
        .collect();
    facts::label_turns(&mut facts, &section_titles, &turn_headings);
    facts::label_examinations(lex, &mut facts, &paragraph_sections, &section_headings);
    facts::carry_turns(&mut facts, &paragraph_sections);
    let note_facts = facts::read(lex, &note_paragraphs);
    let mut claims = factions::claims(lex, &paragraphs, &facts);
    claims.extend(factions::note_claims(
        lex,
        &note_paragraphs,
        &note_facts,
        &interviewees,
    ));
    let mut registry = registry::Registry::build(lex, &facts, &claims, &notes);
    if let Some(byline) = layout.byline.as_deref() {
        registry.add_narrator(lex, byline);
    }
    // "Saltreed Foods plc | Sustainability Report 2024" as the title: a masthead names the
    // body that writes as "we", as a byline does.
    // So does a title that is an organisation's name alone ("Brightwater Advice Trust" over
    // "Annual Report 2024-25", "Ministry of Water and Rural Affairs" over a letter).
    /// The most words of such a name.
    const MAX_NAME_TITLE: usize = 8;
    // So does the first line of a letterhead, a stack of short lines that opens the report
    // ("Residential Care Inspectorate for Northmarch" over "Inspection report" and the
    // service's name). A line in capitals is a court's heading or a bulletin's name ("IN THE
    // CROWN COURT AT TOLLGRAVE", "PICKET LINE"), whose "we" is someone else's.
    let name_alone = |t: &&str| !t.contains(':') && t.words_quick().count() <= MAX_NAME_TITLE;
    let letterhead = blocks
        .first()
        .filter(|b| b.block.line == 1 && b.block.kind == BlockKind::CaptionLabel)
        .map(|b| b.block.text.as_str())
        .filter(|t| name_alone(t) && t.bytes().any(|b| b.is_ascii_lowercase()));
    if registry.narrator.is_none()
        && registry.authoring_org.is_none()
        && let Some(title) = layout
            .title
            .as_deref()
            .filter(|t| t.contains(" | ") || name_alone(t))
            .or(letterhead)
            .filter(|t| t.contains(" | ") || mentions::lex_org_like(lex, t))
    {
        registry.add_narrator(lex, title);
    }
    let refs = resolve::resolve(&facts, &mut registry);
    // The heading over each paragraph that opens a section ("Testimony: Amal, 34, mother of
    // five"), for a quotation that stands under it alone.
    let headings: Vec<Option<&str>> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let section = blocks[p.block].block.section;
            let opens = i == 0 || blocks[paragraphs[i - 1].block].block.section != section;
            opens
                .then(|| layout.sections.get(section)?.title.as_deref())
                .flatten()
        })
        .collect();
    let inputs = sieves::Inputs::new(&paragraphs, &facts, &refs, &notes, &headings);
    let decisions = sieves::attribute(&inputs, &mut registry);
    let quotes = sourcing::source(&blocks, &paragraphs, decisions, &facts, &refs, &notes);
    assembly::report_quote_problems(&paragraphs, &blocks, &quotes, &mut diagnostics);
    let report = assembly::assemble(
        assembly::Parts {
            title: layout.title,
            byline: layout.byline,
            sections: layout.sections,
            blocks,
            quotes,
            notes,
            registry: &registry,
            source,
            fallback_title: options.fallback_title,
        },
        &mut diagnostics,
    );
    text::sort_by_rank(&mut diagnostics, |d| u64::from(d.line));
    Parsed {
        report,
        diagnostics,
    }
}
