//! The explorer's state as a URL query string, the one source of truth for what a reader sees.
//!
//! `?faction=a,b&speaker=..&section=..&source=..&q=..&view=quotes|read|notes&quote=<id>`, plus
//! the embedding parameters `embed=1`, `theme=light|dark|auto` and `v=<content hash>`. Reading a
//! query string never fails: unknown parameters and values are dropped and reported as notices
//! for the page to show. Writing is canonical (fixed order, sorted values), so equal states give
//! equal URLs.
//!
//! ```
//! use explorer_core::view_state::{View, ViewState};
//! let report = explorer_core::parse("Intro.\n\n“Hold,” said Jane Roe, a commander of the Hill Front.\n").report;
//! let index = explorer_core::facets::FacetIndex::new(&report);
//! let (state, notices) = ViewState::from_query("?faction=hill-front,nope&view=read&x=1", &report, &index);
//! assert_eq!(state.view, View::Read);
//! assert_eq!(notices.len(), 2);
//! assert_eq!(state.to_query(), "?faction=hill-front&view=read");
//! ```

use crate::facets::{Facet, FacetIndex, FacetQuery};
use crate::model::Report;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// Which view of the report is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    /// Cards, one per utterance.
    #[default]
    Quotes,
    /// The whole report in order.
    Read,
    /// The endnotes.
    Notes,
}

impl View {
    /// The URL value.
    pub fn key(self) -> &'static str {
        match self {
            View::Quotes => "quotes",
            View::Read => "read",
            View::Notes => "notes",
        }
    }
}

/// A colour theme an embedding page may force.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Everything the URL says.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewState {
    /// Another report in the explorer's `reports/` folder (its file name without `.txt`).
    pub report: Option<String>,
    /// Filters and search.
    pub query: FacetQuery,
    /// The view shown.
    pub view: View,
    /// A quote to scroll to and highlight.
    pub quote: Option<String>,
    /// Compact chrome for embedding.
    pub embed: bool,
    /// Forced theme.
    pub theme: Theme,
    /// The content hash the link was made for.
    pub version: Option<String>,
}

/// Something in the URL that was dropped, for the page to tell the reader.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrlNotice {
    /// The parameter.
    pub param: String,
    /// The value dropped (empty for a parameter dropped whole).
    pub value: String,
    /// A sentence for the reader.
    pub message: String,
}

const MAX_VALUES: usize = 64;
const MAX_TEXT: usize = 200;

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Never fails.
    pub fn from_query(
        query: &str,
        report: &Report,
        index: &FacetIndex,
    ) -> (ViewState, Vec<UrlNotice>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let mut notice = |param: &str, value: &str, message: String| {
            notices.push(UrlNotice {
                param: param.to_owned(),
                value: value.to_owned(),
                message,
            });
        };
        for pair in query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value))
            else {
                notice(
                    raw_key,
                    raw_value,
                    "A link parameter was not valid and was ignored.".to_owned(),
                );
                continue;
            };
            let facet = Facet::ALL.into_iter().find(|f| f.key() == key);
            match (key.as_str(), facet) {
                (_, Some(facet)) => {
                    for id in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                        if state.query.values(facet).len() >= MAX_VALUES {
                            notice(
                                &key,
                                id,
                                format!(
                                    "Too many {} values; the rest were ignored.",
                                    facet.label().to_lowercase()
                                ),
                            );
                            break;
                        }
                        if index.has_value(facet, id) {
                            state.query.select(facet, id);
                        } else {
                            notice(
                                &key,
                                id,
                                format!(
                                    "There is no {} “{}” in this report.",
                                    facet.label().to_lowercase(),
                                    shorten(id)
                                ),
                            );
                        }
                    }
                }
                ("q", None) => state.query.text = value.chars().take(MAX_TEXT).collect(),
                ("view", None) => match value.as_str() {
                    "quotes" | "" => state.view = View::Quotes,
                    "read" => state.view = View::Read,
                    "notes" => state.view = View::Notes,
                    other => notice(
                        "view",
                        other,
                        format!("There is no view “{}”; showing quotes.", shorten(other)),
                    ),
                },
                ("quote", None) => {
                    if report.quote(&value).is_some() {
                        state.quote = Some(value);
                    } else {
                        notice(
                            "quote",
                            &value,
                            format!("There is no quote “{}” in this report.", shorten(&value)),
                        );
                    }
                }
                ("embed", None) => state.embed = matches!(value.as_str(), "1" | "true" | ""),
                ("theme", None) => match value.as_str() {
                    "light" => state.theme = Theme::Light,
                    "dark" => state.theme = Theme::Dark,
                    "auto" | "" => state.theme = Theme::Auto,
                    other => notice(
                        "theme",
                        other,
                        format!("There is no theme “{}”.", shorten(other)),
                    ),
                },
                ("v", None) => state.version = Some(value.chars().take(32).collect()),
                ("report", None) => match report_name(&value) {
                    Some(name) => state.report = Some(name.to_owned()),
                    None => notice(
                        "report",
                        &value,
                        format!(
                            "“{}” is not a report name; showing the bundled report.",
                            shorten(&value)
                        ),
                    ),
                },
                (other, None) => notice(
                    other,
                    &value,
                    format!(
                        "The link parameter “{}” is not known and was ignored.",
                        shorten(other)
                    ),
                ),
            }
        }
        (state, notices)
    }

    /// Writes the canonical query string, `?` included (empty when nothing is set).
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        let mut add = |key: &str, value: &str| {
            out.push(if out.is_empty() { '?' } else { '&' });
            out.push_str(key);
            out.push('=');
            out.push_str(&percent_encode(value));
        };
        if let Some(report) = &self.report {
            add("report", report);
        }
        for facet in Facet::ALL {
            let values = self.query.values(facet);
            if !values.is_empty() {
                add(
                    facet.key(),
                    &values.iter().cloned().collect::<Vec<_>>().join(","),
                );
            }
        }
        if !self.query.text.is_empty() {
            add("q", &self.query.text);
        }
        if self.view != View::Quotes {
            add("view", self.view.key());
        }
        if let Some(quote) = &self.quote {
            add("quote", quote);
        }
        if self.embed {
            add("embed", "1");
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => add("theme", "light"),
            Theme::Dark => add("theme", "dark"),
        }
        if let Some(version) = &self.version {
            add("v", version);
        }
        out
    }

    /// The same state with one facet value added or removed.
    pub fn toggled(&self, facet: Facet, id: &str) -> ViewState {
        let mut next = self.clone();
        let values = &mut next.query.selected[facet as usize];
        if !values.remove(id) {
            values.insert(id.to_owned());
        }
        next.quote = None;
        next
    }

    /// The same state with a facet cleared.
    pub fn cleared(&self, facet: Facet) -> ViewState {
        let mut next = self.clone();
        next.query.selected[facet as usize].clear();
        next.quote = None;
        next
    }

    /// The same state with every filter and the search cleared.
    pub fn cleared_all(&self) -> ViewState {
        ViewState {
            query: FacetQuery::default(),
            quote: None,
            ..self.clone()
        }
    }
}

/// A report name as it may appear in a URL: 1 to 64 lower-case letters, digits, `-` or `_`
/// (nothing that could leave the `reports/` folder).
pub fn report_name(value: &str) -> Option<&str> {
    let ok = (1..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    ok.then_some(value)
}

/// The report a query string asks for, read before the report is loaded.
pub fn requested_report(query: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == "report")
            .then(|| percent_decode(value))
            .flatten()
            .and_then(|v| report_name(&v).map(str::to_owned))
    })
}

fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        short.push('…');
    }
    short
}

/// Decodes `%XX` escapes and `+` (as space). `None` for broken escapes or invalid UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Encodes everything but unreserved characters and the comma that separates values.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(char::from(b))
            }
            b' ' => out.push_str("%20"),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> (Report, FacetIndex) {
        let report = crate::parse("Intro.\n\n“Hold,” said Jane Roe, a commander of the Hill Front.\n\nLater\n\n“Go,” said a Western diplomat.\n").report;
        let index = FacetIndex::new(&report);
        (report, index)
    }

    #[test]
    fn a_query_string_round_trips() {
        let (report, index) = fixture();
        let query = "?faction=hill-front,western-diplomats&section=later&q=it%E2%80%99s%20a,%20b&view=notes&quote=hold";
        let (state, notices) = ViewState::from_query(query, &report, &index);
        assert_eq!(notices, []);
        assert_eq!(state.query.text, "it’s a, b");
        assert_eq!(state.to_query(), query);
        let (escaped, _) =
            ViewState::from_query(&query.replace("a,%20b", "a%2C+b"), &report, &index);
        assert_eq!(
            escaped, state,
            "escaped commas and + for spaces read the same"
        );
        let (again, _) = ViewState::from_query(&state.to_query(), &report, &index);
        assert_eq!(again, state);
    }

    #[test]
    fn unknown_and_malformed_parts_become_notices() {
        let (report, index) = fixture();
        let (state, notices) = ViewState::from_query(
            "?faction=%ZZ&speaker=nobody&view=map&quote=missing&utm=1&theme=neon",
            &report,
            &index,
        );
        assert_eq!(state, ViewState::default());
        let params: Vec<&str> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(
            params,
            ["faction", "speaker", "view", "quote", "utm", "theme"]
        );
        assert!(notices.iter().all(|n| !n.message.is_empty()));
    }

    #[test]
    fn a_report_name_cannot_leave_the_reports_folder() {
        let (report, index) = fixture();
        let (state, notices) = ViewState::from_query("?report=kessa-valley", &report, &index);
        assert_eq!(state.report.as_deref(), Some("kessa-valley"));
        assert_eq!(notices, []);
        assert_eq!(state.to_query(), "?report=kessa-valley");
        for bad in ["..%2Fsecret", "a/b", "UPPER", "", "x.txt"] {
            let (state, notices) =
                ViewState::from_query(&format!("?report={bad}"), &report, &index);
            assert_eq!(state.report, None, "{bad}");
            assert_eq!(notices.len(), 1, "{bad}");
        }
        assert_eq!(
            requested_report("?faction=x&report=kessa-valley"),
            Some("kessa-valley".to_owned())
        );
        assert_eq!(requested_report("?report=..%2Fetc"), None);
    }

    #[test]
    fn toggling_adds_and_removes_a_value() {
        let (report, index) = fixture();
        let (state, _) = ViewState::from_query("?quote=hold", &report, &index);
        let on = state.toggled(Facet::Faction, "hill-front");
        assert_eq!(on.to_query(), "?faction=hill-front");
        assert_eq!(on.toggled(Facet::Faction, "hill-front").to_query(), "");
    }

    #[test]
    fn percent_coding_handles_text_of_any_kind() {
        for text in [
            "",
            "a b",
            "Abū Bakr’s “quote”",
            "100%",
            "a+b&c=d#e",
            "<script>",
        ] {
            assert_eq!(percent_decode(&percent_encode(text)).as_deref(), Some(text));
        }
        assert_eq!(percent_decode("%E2%80"), None, "invalid UTF-8");
        assert_eq!(percent_decode("%4"), None, "cut escape");
    }
}
