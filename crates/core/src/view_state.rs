//! The explorer's state as a URL query string, the one source of truth for what a reader sees,
//! and every transition between states.
//!
//! The parameters are those of [`crate::params::Param`]. Reading a query string never fails:
//! unknown parameters and values are dropped and reported as notices for the page to show.
//! Writing is canonical (fixed order, sorted values), so equal states give equal URLs.
//! Components never build a [`ViewState`] themselves: they call a transition (`read_in_context`,
//! `toggled`, `with_search`...), which keeps what must survive (the report, the embedding
//! settings and, where a reader expects it, the filters).
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
use crate::keys::keyed_enum;
use crate::model::Report;
use crate::params::{self, Param};
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// Which view of the report is shown.
    #[derive(Default)]
    pub enum View {
        /// Cards, one per quote.
        #[default]
        Quotes = "quotes",
        /// The whole report in order.
        Read = "read",
        /// The endnotes.
        Notes = "notes",
    }
}

keyed_enum! {
    /// A colour theme an embedding page may force.
    #[derive(Default)]
    pub enum Theme {
        /// Follow `prefers-color-scheme`.
        #[default]
        Auto = "auto",
        /// Light.
        Light = "light",
        /// Dark.
        Dark = "dark",
    }
}

/// Everything the URL says.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewState {
    /// Another report than the default: a hosted report's name or `local:<hash>`.
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
/// The longest search text kept from a URL, in characters.
pub const MAX_SEARCH: usize = 200;
const MAX_VERSION: usize = 32;

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
        for (key, value) in params::decode_pairs(query) {
            let Some(param) = Param::from_key(&key) else {
                notice(
                    &key,
                    &value,
                    format!(
                        "The link parameter “{}” is not known and was ignored.",
                        shorten(&key)
                    ),
                );
                continue;
            };
            if let Some(facet) = param.facet() {
                for id in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    if state.query.values(facet).len() >= MAX_VALUES {
                        notice(
                            &key,
                            id,
                            format!(
                                "Too many {} values; the rest were ignored.",
                                facet.label().to_ascii_lowercase()
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
                                facet.label().to_ascii_lowercase(),
                                shorten(id)
                            ),
                        );
                    }
                }
                continue;
            }
            match param {
                Param::Search => state.query.text = value.chars().take(MAX_SEARCH).collect(),
                Param::View => match View::from_key(&value) {
                    Some(view) => state.view = view,
                    None if value.is_empty() => state.view = View::Quotes,
                    None => notice(
                        &key,
                        &value,
                        format!("There is no view “{}”; showing quotes.", shorten(&value)),
                    ),
                },
                Param::Quote => {
                    if report.quote(&value).is_some() {
                        state.quote = Some(value);
                    } else {
                        notice(
                            &key,
                            &value,
                            format!("There is no quote “{}” in this report.", shorten(&value)),
                        );
                    }
                }
                Param::Embed => state.embed = matches!(value.as_str(), "1" | "true" | ""),
                Param::Theme => match Theme::from_key(&value) {
                    Some(theme) => state.theme = theme,
                    None if value.is_empty() => state.theme = Theme::Auto,
                    None => notice(
                        &key,
                        &value,
                        format!("There is no theme “{}”.", shorten(&value)),
                    ),
                },
                Param::Version => state.version = Some(value.chars().take(MAX_VERSION).collect()),
                Param::Report => match report_name(&value) {
                    Some(name) => state.report = Some(name.to_owned()),
                    None => notice(
                        &key,
                        &value,
                        format!(
                            "“{}” is not a report name; showing the default report.",
                            shorten(&value)
                        ),
                    ),
                },
                // Facets were handled above.
                Param::Faction
                | Param::Speaker
                | Param::Section
                | Param::Source
                | Param::Confidence => {}
            }
        }
        (state, notices)
    }

    /// The state's parameters in canonical order, with their written values (only those set).
    pub fn params(&self) -> Vec<(Param, String)> {
        let mut out = Vec::new();
        for &param in Param::ALL {
            let value = match param {
                Param::Report => self.report.clone(),
                Param::Search => Some(self.query.text.clone()).filter(|t| !t.is_empty()),
                Param::View => (self.view != View::Quotes).then(|| self.view.key().to_owned()),
                Param::Quote => self.quote.clone(),
                Param::Embed => self.embed.then(|| "1".to_owned()),
                Param::Theme => (self.theme != Theme::Auto).then(|| self.theme.key().to_owned()),
                Param::Version => self.version.clone(),
                Param::Faction
                | Param::Speaker
                | Param::Section
                | Param::Source
                | Param::Confidence => param.facet().and_then(|facet| {
                    let values = self.query.values(facet);
                    (!values.is_empty())
                        .then(|| values.iter().cloned().collect::<Vec<_>>().join(","))
                }),
            };
            if let Some(value) = value {
                out.push((param, value));
            }
        }
        out
    }

    /// Writes the canonical query string, `?` included (empty when nothing is set).
    pub fn to_query(&self) -> String {
        let params = self.params();
        params::encode_pairs(params.iter().map(|(p, v)| (p.key(), v.as_str())))
    }

    /// A link's `href` for this state: its query string, or `./` for the plain page.
    pub fn href(&self) -> String {
        let query = self.to_query();
        if query.is_empty() {
            "./".to_owned()
        } else {
            query
        }
    }

    /// Reads one quote in the reading view, with the filters kept (quotes outside them are dimmed).
    pub fn read_in_context(&self, quote: &str) -> ViewState {
        ViewState {
            view: View::Read,
            quote: Some(quote.to_owned()),
            ..self.clone()
        }
    }

    /// Another report, from its first view, in the same frame settings (embed and theme).
    pub fn with_report(&self, name: &str) -> ViewState {
        ViewState {
            report: Some(name.to_owned()),
            embed: self.embed,
            theme: self.theme,
            ..ViewState::default()
        }
    }

    /// A link to one quote, to share or cite: the same report, that quote, nothing else.
    pub fn permalink(&self, quote: &str) -> ViewState {
        ViewState {
            report: self.report.clone(),
            quote: Some(quote.to_owned()),
            ..ViewState::default()
        }
    }

    /// Another view, with the same filters.
    pub fn with_view(&self, view: View) -> ViewState {
        ViewState {
            view,
            quote: None,
            ..self.clone()
        }
    }

    /// Another search text (cut to [`MAX_SEARCH`] characters).
    pub fn with_search(&self, text: &str) -> ViewState {
        let mut next = self.clone();
        next.query.text = text.chars().take(MAX_SEARCH).collect();
        next.quote = None;
        next
    }

    /// The same state with one facet value added or removed.
    pub fn toggled(&self, facet: Facet, id: &str) -> ViewState {
        let mut next = self.clone();
        next.query.toggle(facet, id);
        next.quote = None;
        next
    }

    /// The same state with a facet cleared.
    pub fn cleared(&self, facet: Facet) -> ViewState {
        let mut next = self.clone();
        next.query.clear(facet);
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

    /// The state a shared link names: the same view on the full page, not tied to a version.
    pub fn for_sharing(&self) -> ViewState {
        ViewState {
            embed: false,
            version: None,
            ..self.clone()
        }
    }

    /// The state an embed of this view shows: compact chrome, tied to the report's version.
    pub fn for_embedding(&self, content_hash: &str) -> ViewState {
        ViewState {
            embed: true,
            version: Some(content_hash.to_owned()),
            ..self.clone()
        }
    }

    /// The state a `report-explorer:set` message asks for: the message's filters and view in
    /// place of the current ones, the report and embedding settings kept. Returned as a query
    /// string, to be read back through [`ViewState::from_query`] like any URL.
    pub fn with_message(&self, values: &[(Param, String)]) -> String {
        let kept = self.params();
        let pairs = values
            .iter()
            .filter(|(p, _)| Param::STATE.contains(p))
            .chain(kept.iter().filter(|(p, _)| !Param::STATE.contains(p)))
            .map(|(p, v)| (p.key(), v.as_str()));
        params::encode_pairs(pairs)
    }

    /// The filters the quotes are narrowed by in this view. The search narrows quotes only in
    /// the Quotes view; in the Read view it finds words in the text, and in the Notes view it
    /// narrows the notes.
    pub fn quote_filter(&self) -> FacetQuery {
        if self.view == View::Quotes {
            self.query.clone()
        } else {
            FacetQuery {
                text: String::new(),
                ..self.query.clone()
            }
        }
    }

    /// Whether the state asks for one quote's card alone: embedded, a quote, nothing else.
    pub fn is_single_quote(&self) -> bool {
        self.embed && self.quote.is_some() && self.query.is_empty() && self.view == View::Quotes
    }
}

/// One parameter of the state, as an embedding page is told about it (`report-explorer:change`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateEntry {
    /// The parameter ([`Param::STATE`]).
    pub param: Param,
    /// Its value.
    pub value: StateValue,
}

/// A state parameter's value for an embedding page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateValue {
    /// A facet's chosen ids (a list, empty when none).
    List(Vec<String>),
    /// A text (the search, the view).
    Text(String),
    /// Not set (no quote).
    Missing,
}

impl ViewState {
    /// The state an embedding page is told about: every parameter of [`Param::STATE`].
    pub fn state_entries(&self) -> Vec<StateEntry> {
        Param::STATE
            .iter()
            .map(|&param| {
                let value = match param.facet() {
                    Some(facet) => {
                        StateValue::List(self.query.values(facet).iter().cloned().collect())
                    }
                    None => match param {
                        Param::View => StateValue::Text(self.view.key().to_owned()),
                        Param::Search => StateValue::Text(self.query.text.clone()),
                        Param::Quote => self
                            .quote
                            .clone()
                            .map_or(StateValue::Missing, StateValue::Text),
                        _ => StateValue::Missing,
                    },
                };
                StateEntry { param, value }
            })
            .collect()
    }
}

/// A report name as it may appear in a URL: a hosted report's name (1 to 64 lower-case letters,
/// digits, `-` or `_`: nothing that could leave the `reports/` folder), or `local:` and the hex
/// content hash of a report stored in the browser.
pub fn report_name(value: &str) -> Option<&str> {
    let hosted = |name: &str| {
        (1..=64).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    let local =
        |hash: &str| (6..=64).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit());
    let ok = match value.strip_prefix(LOCAL_PREFIX) {
        Some(hash) => local(hash),
        None => hosted(value),
    };
    ok.then_some(value)
}

/// The prefix of a report stored in the reader's browser: `local:<content hash>`.
pub const LOCAL_PREFIX: &str = "local:";

/// The report a query string asks for, read before the report is loaded.
pub fn requested_report(query: &str) -> Option<String> {
    params::decode_pairs(query)
        .into_iter()
        .find(|(key, _)| key == Param::Report.key())
        .and_then(|(_, value)| report_name(&value).map(str::to_owned))
}

fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        short.push('…');
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> (Report, FacetIndex) {
        let report = crate::parse("Intro.\n\n“Hold,” said Jane Roe, a commander of the Hill Front.\n\nLater\n\n“Go,” said a Western diplomat.\n").report;
        let index = FacetIndex::new(&report);
        (report, index)
    }

    fn read(query: &str) -> ViewState {
        let (report, index) = fixture();
        let (state, notices) = ViewState::from_query(query, &report, &index);
        assert_eq!(notices, [], "{query}");
        state
    }

    #[test]
    fn a_query_string_round_trips() {
        let (report, index) = fixture();
        let query = "?report=kessa-valley&faction=hill-front,western-diplomats&section=later&q=it%E2%80%99s%20a,%20b&view=notes&quote=hold&embed=1&theme=dark&v=abc";
        let state = read(query);
        assert_eq!(state.query.text, "it’s a, b");
        assert_eq!(state.to_query(), query);
        let (escaped, _) =
            ViewState::from_query(&query.replace("a,%20b", "a%2C+b"), &report, &index);
        assert_eq!(
            escaped, state,
            "escaped commas and + for spaces read the same"
        );
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
        assert_eq!(
            read("?report=kessa-valley").report.as_deref(),
            Some("kessa-valley")
        );
        assert_eq!(
            read("?report=local:0123abcd").report.as_deref(),
            Some("local:0123abcd")
        );
        let (report, index) = fixture();
        for bad in [
            "..%2Fsecret",
            "a/b",
            "UPPER",
            "",
            "x.txt",
            "local:xyz",
            "local:",
        ] {
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

    /// Each transition, from a state with every parameter set: what it gives as a query string.
    #[test]
    fn every_transition_keeps_the_report_and_the_embedding_settings() {
        let from = "?report=kessa-valley&faction=hill-front&q=hold&view=notes&quote=go&embed=1&theme=dark&v=abc";
        let state = read(from);
        let cases: [(&str, ViewState, &str); 12] = [
            (
                "read in context",
                state.read_in_context("hold"),
                "?report=kessa-valley&faction=hill-front&q=hold&view=read&quote=hold&embed=1&theme=dark&v=abc",
            ),
            (
                "another report",
                state.with_report("border-talks"),
                "?report=border-talks&embed=1&theme=dark",
            ),
            (
                "a quote's own link",
                state.permalink("hold"),
                "?report=kessa-valley&quote=hold",
            ),
            (
                "another view",
                state.with_view(View::Read),
                "?report=kessa-valley&faction=hill-front&q=hold&view=read&embed=1&theme=dark&v=abc",
            ),
            (
                "another search",
                state.with_search("go on"),
                "?report=kessa-valley&faction=hill-front&q=go%20on&view=notes&embed=1&theme=dark&v=abc",
            ),
            (
                "a faction added",
                state.toggled(Facet::Faction, "western-diplomats"),
                "?report=kessa-valley&faction=hill-front,western-diplomats&q=hold&view=notes&embed=1&theme=dark&v=abc",
            ),
            (
                "a faction removed",
                state.toggled(Facet::Faction, "hill-front"),
                "?report=kessa-valley&q=hold&view=notes&embed=1&theme=dark&v=abc",
            ),
            (
                "a facet cleared",
                state.cleared(Facet::Faction),
                "?report=kessa-valley&q=hold&view=notes&embed=1&theme=dark&v=abc",
            ),
            (
                "everything cleared",
                state.cleared_all(),
                "?report=kessa-valley&view=notes&embed=1&theme=dark&v=abc",
            ),
            (
                "the share link",
                state.for_sharing(),
                "?report=kessa-valley&faction=hill-front&q=hold&view=notes&quote=go&theme=dark",
            ),
            (
                "the embed link",
                state.for_sharing().for_embedding("def"),
                "?report=kessa-valley&faction=hill-front&q=hold&view=notes&quote=go&embed=1&theme=dark&v=def",
            ),
            (
                "a search as long as a page",
                state.with_search(&"x".repeat(500)),
                &format!(
                    "?report=kessa-valley&faction=hill-front&q={}&view=notes&embed=1&theme=dark&v=abc",
                    "x".repeat(MAX_SEARCH)
                ),
            ),
        ];
        for (what, next, expected) in cases {
            assert_eq!(next.to_query(), expected, "{what}");
            assert_eq!(read(&next.to_query()), next, "{what}: reads back the same");
        }
    }

    #[test]
    fn a_message_replaces_the_view_but_keeps_the_frame_settings() {
        let state =
            read("?report=kessa-valley&faction=hill-front&view=notes&embed=1&theme=dark&v=abc");
        let query = state.with_message(&[
            (Param::Speaker, "jane-roe".to_owned()),
            (Param::Report, "other".to_owned()),
            (Param::Embed, "0".to_owned()),
        ]);
        assert_eq!(
            query,
            "?speaker=jane-roe&report=kessa-valley&embed=1&theme=dark&v=abc"
        );
    }

    #[test]
    fn an_embedding_page_is_told_every_state_parameter() {
        let state = read("?faction=hill-front&q=go&view=read&embed=1");
        let entries = state.state_entries();
        let keys: Vec<&str> = entries.iter().map(|e| e.param.key()).collect();
        assert_eq!(
            keys,
            [
                "faction",
                "speaker",
                "section",
                "source",
                "confidence",
                "q",
                "view",
                "quote"
            ]
        );
        assert_eq!(
            entries[0].value,
            StateValue::List(vec!["hill-front".into()])
        );
        assert_eq!(entries[1].value, StateValue::List(vec![]));
        assert_eq!(entries[5].value, StateValue::Text("go".into()));
        assert_eq!(entries[6].value, StateValue::Text("read".into()));
        assert_eq!(entries[7].value, StateValue::Missing);
    }

    #[test]
    fn a_single_quote_is_an_embed_with_a_quote_and_nothing_else() {
        assert!(read("?quote=hold&embed=1").is_single_quote());
        assert!(!read("?quote=hold").is_single_quote());
        assert!(!read("?quote=hold&embed=1&faction=hill-front").is_single_quote());
        assert!(!read("?quote=hold&embed=1&view=read").is_single_quote());
    }

    #[test]
    fn the_plain_page_links_to_its_folder() {
        assert_eq!(ViewState::default().href(), "./");
        assert_eq!(read("?view=read").href(), "?view=read");
    }
}
