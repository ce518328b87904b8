//! The explorer's URL parameters, listed once, and the one codec for query strings.
//!
//! Reading and writing the URL ([`crate::view_state`]), the embed snippets ([`crate::embed`]),
//! the messages an embedding page exchanges with the explorer, and `public/embed.js` (checked
//! against [`Param::STATE`] and [`Param::FRAME`] by a test) all use this table.
//!
//! Query strings are decoded with `form_urlencoded` (`+` is a space, `%XX` escapes) and values are
//! encoded with `percent-encoding`, leaving the comma that separates facet values readable.

use crate::facets::Facet;
use crate::keys::keyed_enum;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

keyed_enum! {
    /// One URL parameter of the explorer, written as its key.
    pub enum Param {
        /// Another report: a hosted report's name, or `local:<hash>` for one stored in the browser.
        Report = "report",
        /// Factions, comma-separated ids.
        Faction = "faction",
        /// Speakers, comma-separated ids.
        Speaker = "speaker",
        /// Sections, comma-separated ids.
        Section = "section",
        /// Kinds of source, comma-separated ids.
        Source = "source",
        /// How sure the parser is of the speaker: `high`, `medium`, `low`.
        Confidence = "confidence",
        /// The search text.
        Search = "q",
        /// The view: `quotes`, `read` or `notes`.
        View = "view",
        /// One quote's id: scrolled to and highlighted, or alone in an embed.
        Quote = "quote",
        /// `1` for the compact chrome of an embed.
        Embed = "embed",
        /// A forced colour theme: `light`, `dark` or `auto`.
        Theme = "theme",
        /// The report's content hash when the link or embed was made.
        Version = "v",
    }
}

impl Param {
    /// What a reader changes inside the explorer: what an embedding page is told about and may
    /// set by message (`report-explorer:change`, `report-explorer:set`), in this order.
    pub const STATE: [Param; 8] = [
        Param::Faction,
        Param::Speaker,
        Param::Section,
        Param::Source,
        Param::Confidence,
        Param::Search,
        Param::View,
        Param::Quote,
    ];

    /// Settings of the frame itself that a `<report-explorer>` element takes as attributes
    /// besides [`Param::STATE`] (the element also takes `src` and `title`, which are not URL
    /// parameters).
    pub const FRAME: [Param; 3] = [Param::Report, Param::Theme, Param::Version];

    /// The attribute of the `<report-explorer>` element that sets this parameter (`None` for
    /// `embed`, which the element always sets).
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Param::Embed => None,
            Param::Version => Some("version"),
            other => Some(other.key()),
        }
    }

    /// The facet this parameter filters, if it is one.
    pub fn facet(self) -> Option<Facet> {
        Facet::ALL.iter().copied().find(|f| f.param() == self)
    }

    /// Whether the value is a comma-separated list.
    pub fn is_list(self) -> bool {
        self.facet().is_some()
    }
}

/// Characters escaped in a value: everything but letters, digits, `-_.~`, the comma that
/// separates facet values and the colon of `local:<hash>` (both allowed in a query).
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b',')
    .remove(b':');

/// Encodes one value for a query string.
pub fn encode_value(value: &str) -> String {
    utf8_percent_encode(value, VALUE).to_string()
}

/// Writes `key=value` pairs as a query string, `?` included (empty when there are none).
pub fn encode_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(&encode_value(key));
        out.push('=');
        out.push_str(&encode_value(value));
    }
    out
}

/// Reads a query string (with or without the leading `?`) into decoded pairs, in order.
/// Invalid UTF-8 becomes U+FFFD; broken escapes stay as written.
pub fn decode_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_of_any_kind_survive_a_round_trip() {
        for text in [
            "",
            "a b",
            "Abū Bakr’s “quote”",
            "100%",
            "a+b&c=d#e",
            "<script>",
            "a,b",
        ] {
            let query = encode_pairs([("q", text)]);
            assert_eq!(decode_pairs(&query), [("q".to_owned(), text.to_owned())]);
        }
    }

    #[test]
    fn commas_stay_readable_and_spaces_are_escaped() {
        assert_eq!(
            encode_pairs([("faction", "a,b"), ("q", "x y")]),
            "?faction=a,b&q=x%20y"
        );
        assert_eq!(
            decode_pairs("q=x+y&faction=a%2Cb"),
            [("q".into(), "x y".into()), ("faction".into(), "a,b".into())]
        );
    }

    #[test]
    fn every_parameter_has_one_key_and_state_and_frame_do_not_overlap() {
        for &param in Param::ALL {
            assert_eq!(Param::from_key(param.key()), Some(param));
        }
        for param in Param::FRAME {
            assert!(!Param::STATE.contains(&param), "{param:?}");
        }
        assert_eq!(Param::Version.attribute(), Some("version"));
        assert_eq!(Param::Faction.facet(), Some(Facet::Faction));
        assert_eq!(Param::Search.facet(), None);
    }

    /// `public/embed.js` names the element's attributes in two lists; they must be this table's.
    #[test]
    fn the_embed_loader_knows_exactly_the_parameters_of_this_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/embed.js");
        let script = std::fs::read_to_string(path).expect("public/embed.js");
        let list = |name: &str| -> Vec<String> {
            let start = script
                .find(&format!("const {name} = ["))
                .unwrap_or_else(|| panic!("embed.js has no {name} list"));
            let rest = &script[start..];
            let end = rest.find(']').unwrap();
            rest[rest.find('[').unwrap() + 1..end]
                .split(',')
                .map(|s| s.trim().trim_matches('\'').to_owned())
                .filter(|s| !s.is_empty())
                .collect()
        };
        let state: Vec<String> = Param::STATE
            .iter()
            .filter_map(|p| p.attribute())
            .map(str::to_owned)
            .collect();
        assert_eq!(list("STATE"), state);
        let mut frame: Vec<String> = vec!["src".into(), "title".into()];
        frame.extend(
            Param::FRAME
                .iter()
                .filter_map(|p| p.attribute())
                .map(str::to_owned),
        );
        assert_eq!(list("FRAME"), frame);
    }
}
