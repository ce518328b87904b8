//! Note text with its http(s) URLs as links. Everything else stays plain text.

use crate::components::highlighted::Highlighted;
use leptos::prelude::*;

/// A piece of note text.
#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text(String),
    Link(String),
}

/// Splits text at http(s) URLs (trailing punctuation stays text).
fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest
        .find("http://")
        .or_else(|| rest.find("https://"))
        .map(|a| {
            // The earlier of the two schemes.
            match (rest.find("http://"), rest.find("https://")) {
                (Some(x), Some(y)) => x.min(y),
                _ => a,
            }
        })
    {
        let end = rest[at..]
            .find(char::is_whitespace)
            .map_or(rest.len(), |e| at + e);
        let url = rest[at..end].trim_end_matches(['.', ',', ';', ':', ')', '”', '"', '’', ']']);
        let url_end = at + url.len();
        if at > 0 {
            out.push(Piece::Text(rest[..at].to_owned()));
        }
        out.push(Piece::Link(url.to_owned()));
        rest = &rest[url_end..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

/// Text with its http(s) URLs linked (opening in a new tab, no referrer) and the search's
/// matches marked.
#[component]
pub fn NoteText(
    /// The note's text.
    text: String,
) -> impl IntoView {
    pieces(&text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => view! { <Highlighted text /> }.into_any(),
            Piece::Link(url) => view! {
                <a href=url.clone() target="_blank" rel="noopener noreferrer" class="url">
                    {url.clone()}
                </a>
            }
            .into_any(),
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_urls_become_links() {
        let p =
            pieces("See https://a.org/x. Or javascript:alert(1) and ftp://b and http://c.net/y;");
        assert_eq!(
            p,
            [
                Piece::Text("See ".into()),
                Piece::Link("https://a.org/x".into()),
                Piece::Text(". Or javascript:alert(1) and ftp://b and ".into()),
                Piece::Link("http://c.net/y".into()),
                Piece::Text(";".into()),
            ]
        );
    }
}
