//! The report model: what a parsed report is made of.
//!
//! Everything here is plain data that serializes with serde. Cross references use stable ids
//! (slugs) for sections, speakers, factions and quotes, and numbers for notes, so that a URL naming
//! them survives re-parsing. Offsets into block text are UTF-8 byte offsets.

use crate::keys::keyed_enum;
use crate::wire::wire_struct;
use serde::{Deserialize, Serialize};

/// A parsed report: its sections, blocks in reading order, quotes, speakers, factions and notes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The report's title: its title line, the overlay's, or a name given by the caller.
    pub title: String,
    /// The byline ("By Jane Doe") where the report has one.
    pub byline: Option<String>,
    /// The publication date where the report states one near the top.
    pub date: Option<String>,
    /// A short hash of the source text, so an embed can tell when the hosted report changed.
    pub content_hash: String,
    /// Sections in reading order; the untitled opening counts as one.
    pub sections: Vec<Section>,
    /// Blocks (paragraphs, captions, headings...) in reading order.
    pub blocks: Vec<Block>,
    /// Every span in double quotes, in reading order.
    pub quotes: Vec<Quote>,
    /// People, anonymous groups and organisations that speak in the report.
    pub speakers: Vec<Speaker>,
    /// The sides speakers belong to.
    pub factions: Vec<Faction>,
    /// Endnotes in number order.
    pub notes: Vec<Note>,
}

keyed_enum! {
    /// What part of the report a section is.
    pub enum SectionKind {
        /// The untitled opening before the first heading.
        Front = "front",
        /// A titled section of the body.
        Body = "body",
        /// The endnotes list.
        Notes = "notes",
    }
}

/// A section of the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Stable slug, e.g. `internal-rot`; the opening is `opening`.
    pub id: String,
    /// The heading as written; `None` for the untitled opening.
    pub title: Option<String>,
    /// What part of the report this is.
    pub kind: SectionKind,
    /// Line of the heading, if any (1-based).
    pub heading_line: Option<u32>,
    /// First line of the section (1-based).
    pub start_line: u32,
    /// Last line of the section (1-based).
    pub end_line: u32,
    /// Depth in the report's outline: 1 for a chapter or top-level section (and for the
    /// untitled opening and the notes), 2 for a subsection, and so on.
    #[serde(default = "top_level")]
    pub level: u8,
    /// The id of the enclosing section, for a subsection.
    #[serde(default)]
    pub parent: Option<String>,
}

/// The level of a section written before levels existed.
fn top_level() -> u8 {
    1
}

impl Section {
    /// The name to show a reader: the title, or "Opening" for the untitled front section.
    pub fn label(&self) -> &str {
        self.title.as_deref().unwrap_or("Opening")
    }
}

keyed_enum! {
    /// What a block of text is.
    pub enum BlockKind {
        /// The report's title line.
        Title = "title",
        /// The byline or date line under the title.
        Byline = "byline",
        /// A section heading.
        Heading = "heading",
        /// Body text.
        Paragraph = "paragraph",
        /// A quotation set as its own paragraph (indented or introduced by "X said:").
        BlockQuote = "block_quote",
        /// The short label line of an image or video ("Omar Salkhou").
        CaptionLabel = "caption_label",
        /// An image or video caption.
        Caption = "caption",
        /// A sentence of the body repeated as a display quote.
        PullQuote = "pull_quote",
        /// A video title or embed line.
        Media = "media",
        /// A photo credit line.
        Credit = "credit",
        /// One entry of the endnotes list.
        NoteEntry = "note_entry",
        /// One entry of a bibliography after the notes list ("References", "Bibliography"):
        /// a source, not a note.
        Reference = "reference",
    }
}

impl BlockKind {
    /// Whether the block is body text, where quotes are counted.
    pub fn is_body(self) -> bool {
        matches!(self, BlockKind::Paragraph | BlockKind::BlockQuote)
    }
}

/// A block of text: one paragraph, heading, caption... with its place in the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// First line (1-based).
    pub line: u32,
    /// Last line (1-based); equal to `line` for one-line blocks.
    pub end_line: u32,
    /// Index of the section the block belongs to, in [`Report::sections`].
    pub section: usize,
    /// The text, with hard-wrapped lines joined by single spaces.
    pub text: String,
    /// For a pull quote or caption, the line of the text it repeats.
    pub repeats_line: Option<u32>,
    /// Quote spans in this block, in order.
    pub quote_spans: Vec<TextSpan>,
    /// Endnote markers in this block, in order.
    pub note_markers: Vec<NoteMarker>,
}

/// A quote's place inside a block's text (byte offsets, quote marks excluded).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// Index of the quote in [`Report::quotes`].
    pub quote: usize,
    /// Start byte offset of the quoted text.
    pub start: usize,
    /// End byte offset of the quoted text.
    pub end: usize,
}

/// An endnote marker's place inside a block's text (byte offsets of the marker itself).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteMarker {
    /// The note number.
    pub n: u32,
    /// Start byte offset of the marker (digits, or the bracket).
    pub start: usize,
    /// End byte offset of the marker.
    pub end: usize,
}

keyed_enum! {
    /// What kind of quoted span a quote is.
    pub enum QuoteKind {
        /// Words of an identifiable person or organisation.
        Speech = "speech",
        /// A term in quotes with no speaker: a name, a nickname, a coined phrase.
        Scare = "scare",
        /// The title of a video or publication.
        Title = "title",
    }
}

keyed_enum! {
    /// How a quote's speaker was found.
    pub enum Attribution {
        /// A name or role noun in the quote's own sentence.
        Explicit = "explicit",
        /// A pronoun ("he said") resolved to an earlier mention.
        Pronoun = "pronoun",
        /// The speaker named only in an earlier sentence.
        Context = "context",
        /// The interview endnote attached to the quote names the speaker.
        Note = "note",
        /// Set by the editorial overlay.
        Overlay = "overlay",
    }
}

/// A span in double quotes in the body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Stable id: a slug of the first words, made unique with a suffix.
    pub id: String,
    /// The quoted text, quote marks excluded.
    pub text: String,
    /// Speech, scare quote or title.
    pub kind: QuoteKind,
    /// The speaker's id, for speech.
    pub speaker: Option<String>,
    /// How the speaker was found.
    pub attribution: Option<Attribution>,
    /// The section's id.
    pub section: String,
    /// Index of the block in [`Report::blocks`].
    pub block: usize,
    /// Line of the opening quote mark (1-based).
    pub line: u32,
    /// The endnote that sources the quote, resolved to a note number.
    pub note: Option<u32>,
    /// The id of the previous segment when one utterance is split ("A," he said. "B.").
    pub continues: Option<String>,
    /// The id of the first segment of the utterance this quote belongs to.
    pub utterance: String,
    /// False when the closing mark is missing (the quote runs on to the next paragraph).
    pub closed: bool,
    /// How sure the parser is of the speaker; set for every speech quote.
    #[serde(default)]
    pub confidence: Option<Confidence>,
    /// A short sentence for readers saying why this speaker ("Named in the same sentence
    /// (said)"), or why none was found.
    #[serde(default)]
    pub reason: Option<String>,
}

keyed_enum! {
    /// How sure the parser is of an attribution, from the evidence that decided it.
    pub enum Confidence {
        /// The speaker is named or unambiguously referred to in the quote's own sentence.
        High = "high",
        /// The speaker comes from nearby context or a note.
        Medium = "medium",
        /// A guess an editor should check.
        Low = "low",
    }
}

keyed_enum! {
    /// What kind of speaker a speaker is.
    pub enum SpeakerKind {
        /// A named person.
        Person = "person",
        /// An anonymous source or group ("a Western diplomat").
        Anonymous = "anonymous",
        /// An organisation speaking through a statement.
        Organisation = "organisation",
    }
}

/// Someone who speaks in the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Stable slug of the name, e.g. `omar-salkhou`.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Other forms used in the text ("Salkhou", "the diplomat").
    pub aliases: Vec<String>,
    /// The role as the text describes it ("military commander of the Levant Front").
    pub role: Option<String>,
    /// Person, anonymous group or organisation.
    pub kind: SpeakerKind,
    /// The faction's id.
    pub faction: Option<String>,
}

keyed_enum! {
    /// What kind of side a faction is.
    pub enum FactionKind {
        /// A rebel, militia or other armed faction.
        ArmedGroup = "armed_group",
        /// A government or its diplomats and officials.
        Government = "government",
        /// Civilians, activists, journalists, aid workers.
        CivilSociety = "civil_society",
        /// A court, council, committee or other institution.
        Institution = "institution",
        /// Anything else.
        Other = "other",
    }
}

impl FactionKind {
    /// A short label for readers.
    pub fn label(self) -> &'static str {
        match self {
            FactionKind::ArmedGroup => "armed group",
            FactionKind::Government => "government",
            FactionKind::CivilSociety => "civil society",
            FactionKind::Institution => "institution",
            FactionKind::Other => "other",
        }
    }
}

/// A side that speakers belong to: an armed faction, a government, a civil-society group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Faction {
    /// Stable slug of the name, e.g. `levant-front`.
    pub id: String,
    /// Name as the text gives it.
    pub name: String,
    /// What kind of side it is.
    pub kind: FactionKind,
    /// Other names for it in the text ("Zinki").
    pub aliases: Vec<String>,
}

keyed_enum! {
    /// What an endnote is.
    pub enum NoteKind {
        /// An interview with the author (full or short form).
        Interview = "interview",
        /// A published source.
        Publication = "publication",
        /// "Ibid.": the same source as the note before.
        Ibid = "ibid",
    }
}

/// An endnote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// The note number.
    pub n: u32,
    /// Line of the note in the notes list (1-based).
    pub line: u32,
    /// The exact text, number excluded.
    pub text: String,
    /// Interview, publication or ibid.
    pub kind: NoteKind,
    /// For an Ibid, the note it repeats.
    pub resolves_to: Option<u32>,
    /// For a short form ("Name, January 2017."), the full note it abbreviates.
    pub short_form_of: Option<u32>,
    /// The interviewee or author as written.
    pub person: Option<String>,
    /// The interview medium (WhatsApp, Skype...), from the full note for short forms.
    pub medium: Option<String>,
    /// The first date in the note.
    pub date: Option<String>,
    /// Every http(s) URL in the note, trailing punctuation removed.
    pub urls: Vec<String>,
    /// The speaker the note names, when it is an interview with one.
    pub speaker: Option<String>,
    /// Every place in the body that cites this note.
    pub cited_at: Vec<Citation>,
}

/// A place in the body that cites a note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Index of the block in [`Report::blocks`].
    pub block: usize,
    /// Line of the marker (1-based).
    pub line: u32,
}

keyed_enum! {
    /// How serious a diagnostic is.
    pub enum Severity {
        /// Worth knowing; the model is complete.
        Info = "info",
        /// Something the parser could not make full sense of.
        Warning = "warning",
    }
}

/// Something the parser noticed, with the line it is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Line (1-based); 0 when it concerns the whole report.
    pub line: u32,
    /// How serious it is.
    pub severity: Severity,
    /// A stable code, e.g. `unclosed-quote`.
    pub code: String,
    /// A readable sentence.
    pub message: String,
}

impl Diagnostic {
    /// A warning about one line.
    pub fn warning(line: u32, code: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            line,
            severity: Severity::Warning,
            code: code.to_owned(),
            message: message.into(),
        }
    }

    /// An informational note about one line.
    pub fn info(line: u32, code: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            line,
            severity: Severity::Info,
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

impl Report {
    /// The quote with this id.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.id == id)
    }

    /// The speaker with this id.
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    /// The faction with this id.
    pub fn faction(&self, id: &str) -> Option<&Faction> {
        self.factions.iter().find(|f| f.id == id)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The note with this number.
    pub fn note(&self, n: u32) -> Option<&Note> {
        self.notes.iter().find(|note| note.n == n)
    }

    /// The faction a quote's speaker belongs to.
    pub fn faction_of(&self, quote: &Quote) -> Option<&Faction> {
        let speaker = self.speaker(quote.speaker.as_deref()?)?;
        self.faction(speaker.faction.as_deref()?)
    }

    /// Follows Ibid and short forms to the note that holds the full citation.
    pub fn source_note(&self, n: u32) -> Option<&Note> {
        let mut note = self.note(n)?;
        // Each step goes to a lower number, so this ends; the bound guards malformed input.
        for _ in 0..self.notes.len() {
            match note.resolves_to.or(note.short_form_of) {
                Some(next) if next < note.n => note = self.note(next)?,
                _ => break,
            }
        }
        Some(note)
    }

    /// Speech quotes, in reading order.
    pub fn speech(&self) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(|q| q.kind == QuoteKind::Speech)
    }
}

// The binary form of the model, field by field (see `wire.rs`).
wire_struct!(Report {
    title,
    byline,
    date,
    content_hash,
    sections,
    blocks,
    quotes,
    speakers,
    factions,
    notes
});
wire_struct!(Section {
    id,
    title,
    kind,
    heading_line,
    start_line,
    end_line,
    level,
    parent
});
wire_struct!(Block {
    kind,
    line,
    end_line,
    section,
    text,
    repeats_line,
    quote_spans,
    note_markers
});
wire_struct!(TextSpan { quote, start, end });
wire_struct!(NoteMarker { n, start, end });
wire_struct!(Quote {
    id,
    text,
    kind,
    speaker,
    attribution,
    section,
    block,
    line,
    note,
    continues,
    utterance,
    closed,
    confidence,
    reason
});
wire_struct!(Speaker {
    id,
    name,
    aliases,
    role,
    kind,
    faction
});
wire_struct!(Faction {
    id,
    name,
    kind,
    aliases
});
wire_struct!(Note {
    n,
    line,
    text,
    kind,
    resolves_to,
    short_form_of,
    person,
    medium,
    date,
    urls,
    speaker,
    cited_at
});
wire_struct!(Citation { block, line });
wire_struct!(Diagnostic {
    line,
    severity,
    code,
    message
});
