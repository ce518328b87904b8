//! Scoring the parser against reference annotations: speech recall and precision, speaker and
//! faction accuracy (name-independent), and notes.
//!
//! A reference set ("gold") is a folder with `quotes.json`, `speakers.json` and `notes.json` in
//! the format of `tests/fixtures/gold/` (see its README). A gold quote is paired with the parsed
//! quote on the same line with the same text. Speaker and faction accuracy do not depend on the
//! names the parser chooses: each gold speaker (faction) is mapped one-to-one to a parsed speaker
//! (faction), the pairs that agree on the most speech quotes first, and a speech quote counts as
//! right when its parsed label is the one mapped to its gold label. The denominator is every gold
//! speech quote, so a quote the parser missed is also a wrong speaker.
//!
//! Because the mapping hides wrong labels, two further measures check the names readers see:
//! the share of speech quotes whose parsed speaker (faction) is the one mapped to their gold
//! speaker (faction) and also bears its name, compared after [`normalise_name`] (case, accents,
//! articles, a plural "s", punctuation and parenthesized remarks do not count). A gold
//! affiliation that joins two organisations with "and" ("Trump Organization and I.C. Expert")
//! is matched by the name of either.

use anyhow::{Context, Result};
use explorer_core::{NoteKind, Parsed, QuoteKind, Report, overlay};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The bundled report, relative to the repository root.
pub const BUNDLED_TEXT: &str = "public/reports/fall-of-aleppo.txt";
/// The bundled report's overlay, relative to the repository root.
pub const BUNDLED_OVERLAY: &str = "public/reports/fall-of-aleppo.overlay.json";
/// The bundled report's reference annotations, relative to the repository root.
pub const BUNDLED_GOLD: &str = "tests/fixtures/gold";
/// Invented reports of the genre with reference annotations, relative to the repository root:
/// other writers' vocabulary and syntax, always at hand (the corpus may not be).
pub const GENRE_FIXTURES: &str = "tests/fixtures/genre";
/// The environment variable that overrides where the corpus is.
pub const CORPUS_ENV: &str = "EXPLORER_CORPUS";

/// One report to score: its text, its reference annotations and an optional overlay.
#[derive(Clone, Debug)]
pub struct Case {
    /// A short name for tables ("roads-and-bridges", "fall-of-aleppo+overlay").
    pub name: String,
    /// The report's text file.
    pub text: PathBuf,
    /// The folder holding `quotes.json`, `speakers.json` and `notes.json`.
    pub gold: PathBuf,
    /// An overlay applied after parsing.
    pub overlay: Option<PathBuf>,
}

/// The repository root: the nearest folder at or above `start` that holds the bundled report.
pub fn repository_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(BUNDLED_TEXT).is_file())
        .map(Path::to_path_buf)
}

/// The corpus folder: `$EXPLORER_CORPUS`, else `../shared/corpus` beside the repository.
pub fn corpus_dir(root: &Path) -> PathBuf {
    match std::env::var_os(CORPUS_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => root.join("../shared/corpus"),
    }
}

/// The bundled report, without and with its overlay.
pub fn bundled_cases(root: &Path) -> Vec<Case> {
    let case = |name: &str, overlay: Option<PathBuf>| Case {
        name: name.to_owned(),
        text: root.join(BUNDLED_TEXT),
        gold: root.join(BUNDLED_GOLD),
        overlay,
    };
    vec![
        case("fall-of-aleppo", None),
        case("fall-of-aleppo+overlay", Some(root.join(BUNDLED_OVERLAY))),
    ]
}

/// The invented reports of [`GENRE_FIXTURES`], in name order.
pub fn genre_cases(root: &Path) -> Result<Vec<Case>> {
    corpus_cases(&root.join(GENRE_FIXTURES))
}

/// The cases under `dir`: the folder itself when it holds a `gold/` folder and one `.txt` file,
/// else each such folder inside it, in name order.
pub fn corpus_cases(dir: &Path) -> Result<Vec<Case>> {
    if let Some(case) = report_folder(dir) {
        return Ok(vec![case]);
    }
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let mut folders: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    Ok(folders.iter().filter_map(|f| report_folder(f)).collect())
}

/// A report folder: `NAME/NAME.txt` (or its only `.txt` file) with `NAME/gold/`.
fn report_folder(dir: &Path) -> Option<Case> {
    let gold = dir.join("gold");
    if !gold.join("quotes.json").is_file() {
        return None;
    }
    let name = dir.file_name()?.to_string_lossy().into_owned();
    let named = dir.join(format!("{name}.txt"));
    let text = if named.is_file() {
        named
    } else {
        let mut texts: Vec<PathBuf> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        texts.sort();
        texts.into_iter().next()?
    };
    Some(Case {
        name,
        text,
        gold,
        overlay: None,
    })
}

/// A gold quote.
#[derive(Clone, Debug)]
struct GoldQuote {
    line: u32,
    text: String,
    kind: String,
    speaker: Option<String>,
    attribution: Option<String>,
    source_note: Option<u32>,
}

/// A gold speaker: the name to print and the faction label.
#[derive(Clone, Debug)]
struct GoldSpeaker {
    name: String,
    affiliation: Option<String>,
}

/// A gold note.
#[derive(Clone, Debug)]
struct GoldNote {
    n: u32,
    kind: String,
    resolves_to: Option<u32>,
}

/// The reference annotations of one report.
#[derive(Clone, Debug)]
struct Gold {
    quotes: Vec<GoldQuote>,
    speakers: BTreeMap<String, GoldSpeaker>,
    notes: Vec<GoldNote>,
}

fn read_json(path: &Path) -> Result<Value> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not valid JSON", path.display()))
}

fn as_u32(value: &Value) -> Option<u32> {
    value.as_u64().and_then(|n| u32::try_from(n).ok())
}

fn as_string(value: &Value) -> Option<String> {
    value.as_str().map(str::to_owned)
}

impl Gold {
    fn read(dir: &Path) -> Result<Gold> {
        let quotes = read_json(&dir.join("quotes.json"))?
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|q| GoldQuote {
                line: as_u32(&q["line"]).unwrap_or(0),
                text: q["text"].as_str().unwrap_or("").trim().to_owned(),
                kind: q["kind"].as_str().unwrap_or("scare").to_owned(),
                speaker: as_string(&q["speaker"]),
                attribution: as_string(&q["attribution"]),
                source_note: as_u32(&q["source_note"]),
            })
            .collect();
        let speakers = match read_json(&dir.join("speakers.json")) {
            Ok(list) => list
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .filter_map(|s| {
                    let id = as_string(&s["id"])?;
                    let speaker = GoldSpeaker {
                        name: as_string(&s["name"]).unwrap_or_else(|| id.clone()),
                        affiliation: as_string(&s["affiliation"]),
                    };
                    Some((id, speaker))
                })
                .collect(),
            Err(_) => BTreeMap::new(),
        };
        let notes = match read_json(&dir.join("notes.json")) {
            Ok(list) => list
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .filter_map(|n| {
                    Some(GoldNote {
                        n: as_u32(&n["n"])?,
                        kind: n["kind"].as_str().unwrap_or("publication").to_owned(),
                        resolves_to: as_u32(&n["resolves_to"]),
                    })
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        Ok(Gold {
            quotes,
            speakers,
            notes,
        })
    }

    fn speaker_name(&self, id: Option<&str>) -> String {
        match id {
            Some(id) => self
                .speakers
                .get(id)
                .map_or_else(|| id.to_owned(), |s| s.name.clone()),
            None => "nobody".to_owned(),
        }
    }

    fn affiliation(&self, id: Option<&str>) -> Option<String> {
        self.speakers.get(id?)?.affiliation.clone()
    }
}

/// Something the parser got wrong, for the misses list.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Miss {
    /// The line of the quote or note.
    pub line: u32,
    /// What is wrong: `speech`, `spurious`, `speaker`, `faction`, `s-name` (right speaker, other
    /// name), `f-name` (right faction, other name), `note`, `ibid`.
    pub what: &'static str,
    /// The start of the quoted text, or the note number.
    pub text: String,
    /// What the reference says.
    pub expected: String,
    /// What the parser found.
    pub found: String,
}

/// The score of one report.
#[derive(Clone, Debug, Default)]
pub struct Score {
    /// The case's name.
    pub name: String,
    /// Speech quotes in the reference.
    pub gold_speech: usize,
    /// Speech quotes the parser found.
    pub found_speech: usize,
    /// Reference speech quotes the parser found as speech.
    pub matched_speech: usize,
    /// Speech quotes whose parsed speaker is the one mapped to their gold speaker.
    pub speaker_right: usize,
    /// Speech quotes whose parsed faction is the one mapped to their gold faction.
    pub faction_right: usize,
    /// Speech quotes with the right speaker (as mapped) whose name is the gold name.
    pub speaker_name_right: usize,
    /// Speech quotes with the right faction (as mapped) whose name is the gold affiliation.
    pub faction_name_right: usize,
    /// Matched speech quotes with the reference's attribution type.
    pub attribution_right: usize,
    /// Matched speech quotes with the reference's source note.
    pub source_note_right: usize,
    /// Matched speech quotes with a speaker at all.
    pub with_speaker: usize,
    /// Notes in the reference.
    pub notes: usize,
    /// Notes the parser gave the reference's kind.
    pub notes_kind_right: usize,
    /// Ibid notes in the reference.
    pub ibids: usize,
    /// Ibid notes the parser resolved to the reference's note.
    pub ibids_resolved: usize,
    /// Sections the parser found (a sanity figure for new reports).
    pub sections: usize,
    /// What it got wrong, in line order.
    pub misses: Vec<Miss>,
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

impl Score {
    /// Reference speech quotes found as speech, over all reference speech quotes.
    pub fn recall(&self) -> f64 {
        ratio(self.matched_speech, self.gold_speech)
    }

    /// Reference speech quotes found as speech, over all quotes parsed as speech.
    pub fn precision(&self) -> f64 {
        ratio(self.matched_speech, self.found_speech)
    }

    /// Speaker accuracy over every reference speech quote.
    pub fn speaker(&self) -> f64 {
        ratio(self.speaker_right, self.gold_speech)
    }

    /// Faction accuracy over every reference speech quote.
    pub fn faction(&self) -> f64 {
        ratio(self.faction_right, self.gold_speech)
    }

    /// Speech quotes whose speaker is right and named as the reference names it, over every
    /// reference speech quote.
    pub fn speaker_name(&self) -> f64 {
        ratio(self.speaker_name_right, self.gold_speech)
    }

    /// Speech quotes whose faction is right and named as the reference names it, over every
    /// reference speech quote.
    pub fn faction_name(&self) -> f64 {
        ratio(self.faction_name_right, self.gold_speech)
    }

    /// Notes with the reference's kind, over all reference notes.
    pub fn notes_kind(&self) -> f64 {
        ratio(self.notes_kind_right, self.notes)
    }

    /// Ibid notes resolved to the reference's note, over all reference Ibid notes.
    pub fn ibid_resolved(&self) -> f64 {
        ratio(self.ibids_resolved, self.ibids)
    }

    /// Whether every note has the right kind and every Ibid is resolved.
    pub fn notes_all_right(&self) -> bool {
        self.notes_kind_right == self.notes && self.ibids_resolved == self.ibids
    }

    /// One row of the table.
    pub fn row(&self) -> String {
        format!(
            "{:<26} {:>6.3} {:>9.3} {:>8.3} {:>8.3} {:>7.3} {:>7.3}   {:>3}/{:<3} kind, {}/{} ibid   ({} of {} speech found, {} parsed as speech)",
            self.name,
            self.recall(),
            self.precision(),
            self.speaker(),
            self.faction(),
            self.speaker_name(),
            self.faction_name(),
            self.notes_kind_right,
            self.notes,
            self.ibids_resolved,
            self.ibids,
            self.matched_speech,
            self.gold_speech,
            self.found_speech,
        )
    }

    /// The header of the table.
    pub fn header() -> String {
        format!(
            "{:<26} {:>6} {:>9} {:>8} {:>8} {:>7} {:>7}   notes",
            "report", "recall", "precision", "speaker", "faction", "s-name", "f-name"
        )
    }

    /// Secondary measures: attribution type and source note, over matched speech.
    pub fn details(&self) -> String {
        format!(
            "attribution type {:.3}, source note {:.3}, with a speaker {:.3} (of {} matched speech quotes); {} sections",
            ratio(self.attribution_right, self.matched_speech),
            ratio(self.source_note_right, self.matched_speech),
            ratio(self.with_speaker, self.matched_speech),
            self.matched_speech,
            self.sections,
        )
    }

    /// The misses, one per line.
    pub fn misses_text(&self) -> String {
        let mut out = String::new();
        for m in &self.misses {
            let _ = writeln!(
                out,
                "  L{:<5} {:<8} {:<44} expected {}; found {}",
                m.line, m.what, m.text, m.expected, m.found
            );
        }
        out
    }
}

/// Parses a case's report (applying its overlay) and scores it.
pub fn run(case: &Case) -> Result<(Parsed, Score)> {
    let text = std::fs::read_to_string(&case.text)
        .with_context(|| format!("cannot read {}", case.text.display()))?;
    let mut parsed = explorer_core::parse(&text);
    if let Some(path) = &case.overlay {
        let json = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let overlay: overlay::Overlay = serde_json::from_str(&json)
            .with_context(|| format!("{} is not a valid overlay", path.display()))?;
        let problems = overlay::apply(&mut parsed.report, &overlay);
        parsed.diagnostics.extend(problems);
    }
    let gold = Gold::read(&case.gold)?;
    let score = score(&case.name, &parsed.report, &gold);
    Ok((parsed, score))
}

/// The first words of a quote, for the misses list.
fn text_start(text: &str) -> String {
    const WIDTH: usize = 40;
    let mut out: String = text.chars().take(WIDTH).collect();
    if text.chars().count() > WIDTH {
        out.push('…');
    }
    format!("“{out}”")
}

/// Maps gold labels to parsed labels one-to-one, the largest agreement first.
fn mapping(pairs: &[(String, Option<String>)]) -> BTreeMap<String, String> {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (gold, found) in pairs {
        if let Some(found) = found {
            *counts.entry((gold.clone(), found.clone())).or_default() += 1;
        }
    }
    let mut ranked: Vec<((String, String), usize)> = counts.into_iter().collect();
    // Stable: ties keep the label order of the map.
    ranked.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    let mut map = BTreeMap::new();
    let mut taken = BTreeSet::new();
    for ((gold, found), _) in ranked {
        if !map.contains_key(&gold) && !taken.contains(&found) {
            taken.insert(found.clone());
            map.insert(gold, found);
        }
    }
    map
}

/// A name reduced to what a reader would call the same name: folded case, accents and
/// apostrophes; no parenthesized remark ("Western diplomat (anonymous)"), no articles, no
/// punctuation ("U.S." is "us"), no possessive or plural "s" at the end of a word.
pub fn normalise_name(name: &str) -> Vec<String> {
    let mut bare = String::new();
    let mut depth = 0usize;
    for c in explorer_core::text::fold(name).chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_alphanumeric() => bare.push(c),
            '-' | ' ' | '/' | '&' => bare.push(' '),
            _ => {}
        }
    }
    bare.split_whitespace()
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.len() > 2 && !stem.ends_with('s') => stem.to_owned(),
            _ => w.to_owned(),
        })
        .collect()
}

/// Whether two names are the same after [`normalise_name`].
pub fn same_name(a: &str, b: &str) -> bool {
    let a = normalise_name(a);
    !a.is_empty() && a == normalise_name(b)
}

fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Speech => "speech",
        QuoteKind::Scare => "scare",
        QuoteKind::Title => "title",
    }
}

fn note_kind_name(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Interview => "interview",
        NoteKind::Publication => "publication",
        NoteKind::Ibid => "ibid",
    }
}

/// Scores a parsed report against its reference annotations.
fn score(name: &str, report: &Report, gold: &Gold) -> Score {
    let mut s = Score {
        name: name.to_owned(),
        sections: report.sections.len(),
        ..Score::default()
    };
    // Pair gold quotes with parsed quotes: same line, same text, each used once.
    let mut used = vec![false; report.quotes.len()];
    let found: Vec<Option<usize>> =
        gold.quotes
            .iter()
            .map(|g| {
                let k =
                    report.quotes.iter().enumerate().position(|(k, q)| {
                        !used[k] && q.line == g.line && q.text.trim() == g.text
                    })?;
                used[k] = true;
                Some(k)
            })
            .collect();
    let speaker_name = |id: Option<&str>| {
        id.and_then(|id| report.speaker(id))
            .map_or_else(|| "unknown speaker".to_owned(), |sp| sp.name.clone())
    };
    let faction_label = |k: usize| report.faction_of(&report.quotes[k]).map(|f| f.id.clone());
    let faction_name = |k: usize| {
        report
            .faction_of(&report.quotes[k])
            .map_or_else(|| "no faction".to_owned(), |f| f.name.clone())
    };

    s.gold_speech = gold.quotes.iter().filter(|g| g.kind == "speech").count();
    s.found_speech = report.speech().count();
    let mut speaker_pairs = Vec::new();
    let mut faction_pairs = Vec::new();
    let mut matched = Vec::new();
    for (g, k) in gold.quotes.iter().zip(&found) {
        let parsed = k.map(|k| &report.quotes[k]);
        match (g.kind == "speech", parsed) {
            (true, Some(q)) if q.kind == QuoteKind::Speech => {
                let k = k.unwrap_or_default();
                matched.push((g, k));
                let gold_speaker = g.speaker.clone().unwrap_or_default();
                speaker_pairs.push((gold_speaker, q.speaker.clone()));
                let affiliation = gold.affiliation(g.speaker.as_deref()).unwrap_or_default();
                faction_pairs.push((affiliation, faction_label(k)));
            }
            (true, _) => s.misses.push(Miss {
                line: g.line,
                what: "speech",
                text: text_start(&g.text),
                expected: format!("speech by {}", gold.speaker_name(g.speaker.as_deref())),
                found: parsed.map_or("no quote span".to_owned(), |q| kind_name(q.kind).to_owned()),
            }),
            (false, Some(q)) if q.kind == QuoteKind::Speech => s.misses.push(Miss {
                line: g.line,
                what: "spurious",
                text: text_start(&g.text),
                expected: g.kind.clone(),
                found: format!("speech by {}", speaker_name(q.speaker.as_deref())),
            }),
            _ => {}
        }
    }
    for (k, q) in report.quotes.iter().enumerate() {
        if !used[k] && q.kind == QuoteKind::Speech {
            s.misses.push(Miss {
                line: q.line,
                what: "spurious",
                text: text_start(&q.text),
                expected: "no quote span".to_owned(),
                found: format!("speech by {}", speaker_name(q.speaker.as_deref())),
            });
        }
    }
    s.matched_speech = matched.len();

    let speaker_map = mapping(&speaker_pairs);
    let faction_map = mapping(&faction_pairs);
    for ((g, k), ((gold_speaker, found_speaker), (gold_faction, found_faction))) in
        matched.iter().zip(speaker_pairs.iter().zip(&faction_pairs))
    {
        let q = &report.quotes[*k];
        s.with_speaker += usize::from(found_speaker.is_some());
        let speaker_ok =
            found_speaker.is_some() && speaker_map.get(gold_speaker) == found_speaker.as_ref();
        let faction_ok =
            found_faction.is_some() && faction_map.get(gold_faction) == found_faction.as_ref();
        s.speaker_right += usize::from(speaker_ok);
        s.faction_right += usize::from(faction_ok);
        let parsed_speaker = q.speaker.as_deref().and_then(|id| report.speaker(id));
        let gold_name = gold.speaker_name(g.speaker.as_deref());
        let speaker_named =
            speaker_ok && parsed_speaker.is_some_and(|sp| same_name(&gold_name, &sp.name));
        s.speaker_name_right += usize::from(speaker_named);
        if speaker_ok && !speaker_named {
            s.misses.push(Miss {
                line: g.line,
                what: "s-name",
                text: text_start(&g.text),
                expected: gold_name,
                found: speaker_name(q.speaker.as_deref()),
            });
        }
        let parsed_faction = report.faction_of(q);
        let faction_named = faction_ok
            && parsed_faction.is_some_and(|f| {
                same_name(gold_faction, &f.name)
                    || gold_faction
                        .split(" and ")
                        .any(|part| same_name(part, &f.name))
            });
        s.faction_name_right += usize::from(faction_named);
        if faction_ok && !faction_named {
            s.misses.push(Miss {
                line: g.line,
                what: "f-name",
                text: text_start(&g.text),
                expected: gold_faction.clone(),
                found: faction_name(*k),
            });
        }
        if !speaker_ok {
            let mapped = speaker_map
                .get(gold_speaker)
                .map_or_else(|| "nothing".to_owned(), |id| speaker_name(Some(id)));
            s.misses.push(Miss {
                line: g.line,
                what: "speaker",
                text: text_start(&g.text),
                expected: format!(
                    "{} (mapped to {mapped})",
                    gold.speaker_name(g.speaker.as_deref())
                ),
                found: speaker_name(q.speaker.as_deref()),
            });
        }
        if !faction_ok {
            let mapped = faction_map.get(gold_faction).map_or_else(
                || "nothing".to_owned(),
                |id| report.faction(id).map_or(id.clone(), |f| f.name.clone()),
            );
            s.misses.push(Miss {
                line: g.line,
                what: "faction",
                text: text_start(&g.text),
                expected: format!("{gold_faction} (mapped to {mapped})"),
                found: faction_name(*k),
            });
        }
    }
    for (g, k) in &matched {
        let q = &report.quotes[*k];
        let attribution = q.attribution.map(|a| format!("{a:?}").to_lowercase());
        s.attribution_right += usize::from(attribution == g.attribution);
        s.source_note_right += usize::from(q.note == g.source_note);
    }

    s.notes = gold.notes.len();
    for g in &gold.notes {
        let note = report.note(g.n);
        let kind = note.map(|n| note_kind_name(n.kind));
        if kind == Some(g.kind.as_str()) {
            s.notes_kind_right += 1;
        } else {
            s.misses.push(Miss {
                line: note.map_or(0, |n| n.line),
                what: "note",
                text: format!("note {}", g.n),
                expected: g.kind.clone(),
                found: kind.unwrap_or("no note").to_owned(),
            });
        }
        if g.kind == "ibid" {
            s.ibids += 1;
            let resolved = note.and_then(|n| n.resolves_to);
            if resolved == g.resolves_to {
                s.ibids_resolved += 1;
            } else {
                s.misses.push(Miss {
                    line: note.map_or(0, |n| n.line),
                    what: "ibid",
                    text: format!("note {}", g.n),
                    expected: format!("resolves to {:?}", g.resolves_to),
                    found: format!("resolves to {resolved:?}"),
                });
            }
        }
    }
    s.misses.sort();
    s
}
