//! The report model: what a parsed report is made of.
//!
//! Everything here is plain data that serializes with serde. Cross references use stable ids
//! (slugs) for sections, speakers, factions and quotes, and numbers for notes, so that a URL naming
//! them survives re-parsing. Offsets into block text are UTF-8 byte offsets.

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

/// What part of the report a section is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// The untitled opening before the first heading.
    Front,
    /// A titled section of the body.
    Body,
    /// The endnotes list.
    Notes,
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

/// What a block of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The report's title line.
    Title,
    /// The byline or date line under the title.
    Byline,
    /// A section heading.
    Heading,
    /// Body text.
    Paragraph,
    /// A quotation set as its own paragraph (indented or introduced by "X said:").
    BlockQuote,
    /// The short label line of an image or video ("Omar Salkhou").
    CaptionLabel,
    /// An image or video caption.
    Caption,
    /// A sentence of the body repeated as a display quote.
    PullQuote,
    /// A video title or embed line.
    Media,
    /// A photo credit line.
    Credit,
    /// One entry of the endnotes list.
    NoteEntry,
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

/// What kind of quoted span a quote is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words of an identifiable person or organisation.
    Speech,
    /// A term in quotes with no speaker: a name, a nickname, a coined phrase.
    Scare,
    /// The title of a video or publication.
    Title,
}

impl QuoteKind {
    /// The kind named by its JSON form (`speech`, `scare`, `title`).
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "speech" => QuoteKind::Speech,
            "scare" => QuoteKind::Scare,
            "title" => QuoteKind::Title,
            _ => return None,
        })
    }
}

/// How a quote's speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// A name or role noun in the quote's own sentence.
    Explicit,
    /// A pronoun ("he said") resolved to an earlier mention.
    Pronoun,
    /// The speaker named only in an earlier sentence.
    Context,
    /// The interview endnote attached to the quote names the speaker.
    Note,
    /// Set by the editorial overlay.
    Overlay,
}

/// How sure the parser is of a speech quote's speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// The speaker is named (or is an unambiguous pronoun) right by the quote.
    High,
    /// Found with some inference: an earlier sentence, a lead-in, a role, a note.
    Medium,
    /// A guess worth an editor's look, or no speaker at all.
    Low,
}

impl Confidence {
    /// The confidence named by its JSON form (`high`, `medium`, `low`).
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "high" => Confidence::High,
            "medium" => Confidence::Medium,
            "low" => Confidence::Low,
            _ => return None,
        })
    }

    /// The JSON form (`high`, `medium`, `low`).
    pub fn key(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
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

/// What kind of speaker a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An anonymous source or group ("a Western diplomat").
    Anonymous,
    /// An organisation speaking through a statement.
    Organisation,
}

impl SpeakerKind {
    /// The kind named by its JSON form (`person`, `anonymous`, `organisation`).
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "person" => SpeakerKind::Person,
            "anonymous" => SpeakerKind::Anonymous,
            "organisation" => SpeakerKind::Organisation,
            _ => return None,
        })
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

/// What kind of side a faction is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactionKind {
    /// A rebel, militia or other armed faction.
    ArmedGroup,
    /// A government or its diplomats and officials.
    Government,
    /// Civilians, activists, journalists, aid workers.
    CivilSociety,
    /// A court, council, committee or other institution.
    Institution,
    /// Anything else.
    Other,
}

impl FactionKind {
    /// The kind named by its JSON form (`armed_group`...).
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "armed_group" => FactionKind::ArmedGroup,
            "government" => FactionKind::Government,
            "civil_society" => FactionKind::CivilSociety,
            "institution" => FactionKind::Institution,
            "other" => FactionKind::Other,
            _ => return None,
        })
    }

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

/// What an endnote is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// An interview with the author (full or short form).
    Interview,
    /// A published source.
    Publication,
    /// "Ibid.": the same source as the note before.
    Ibid,
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

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; the model is complete.
    Info,
    /// Something the parser could not make full sense of.
    Warning,
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
