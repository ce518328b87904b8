//! Embedding: the snippets a host page pastes to show the explorer (or one quote) in an iframe.
//!
//! The explorer's `embed.js` turns `<report-explorer …>` elements into iframes of the explorer in
//! embed mode and keeps their height fitted; a plain `<iframe>` works without the script. The
//! element's attributes are the URL parameters of [`crate::params::Param`], by their attribute
//! names.

use crate::view_state::ViewState;

/// What a host page can paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippets {
    /// The loader script and the custom element.
    pub element: String,
    /// A plain iframe alternative.
    pub iframe: String,
    /// The URL the iframe shows.
    pub iframe_url: String,
}

/// The explorer's folder URL from its page URL ("…/explorer/index.html" → "…/explorer/").
pub fn folder_of(page: &str) -> String {
    match page.rfind('/') {
        Some(at) => page[..=at].to_owned(),
        None => String::new(),
    }
}

/// Snippets that show `state` embedded. `folder` is the explorer's folder URL (ending in `/`).
pub fn snippets(folder: &str, state: &ViewState, title: &str, content_hash: &str) -> Snippets {
    let embedded = state.for_sharing().for_embedding(content_hash);
    let iframe_url = format!("{folder}{}", embedded.to_query());
    let attributes: String = embedded
        .params()
        .iter()
        .filter_map(|(param, value)| Some((param.attribute()?, value)))
        .map(|(name, value)| format!(" {name}=\"{}\"", escape(value)))
        .collect();
    let element = format!(
        "<script src=\"{folder}embed.js\" async></script>\n<report-explorer src=\"{folder}\"{attributes}></report-explorer>",
        folder = escape(folder)
    );
    let iframe = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" loading=\"lazy\" style=\"border:0\"></iframe>",
        escape(&iframe_url),
        escape(&format!("{title}: report explorer"))
    );
    Snippets {
        element,
        iframe,
        iframe_url,
    }
}

/// Escapes text for an HTML attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facets::Facet;

    #[test]
    fn snippets_carry_the_state_and_the_report_version() {
        let mut state = ViewState::default();
        state.query.select(Facet::Faction, "levant-front");
        state.query.text = "a \"b\" <c>".into();
        state.report = Some("kessa-valley".into());
        let s = snippets(
            "https://example.org/tools/explorer/",
            &state,
            "Report",
            "abc123",
        );
        assert_eq!(
            s.element,
            "<script src=\"https://example.org/tools/explorer/embed.js\" async></script>\n<report-explorer src=\"https://example.org/tools/explorer/\" report=\"kessa-valley\" faction=\"levant-front\" q=\"a &quot;b&quot; &lt;c&gt;\" version=\"abc123\"></report-explorer>"
        );
        assert_eq!(
            s.iframe_url,
            "https://example.org/tools/explorer/?report=kessa-valley&faction=levant-front&q=a%20%22b%22%20%3Cc%3E&embed=1&v=abc123"
        );
        assert!(s.iframe.starts_with(
            "<iframe src=\"https://example.org/tools/explorer/?report=kessa-valley&amp;faction=levant-front&amp;q="
        ));
    }

    #[test]
    fn the_folder_of_a_page_keeps_its_sub_path() {
        assert_eq!(
            folder_of("https://x.org/tools/explorer/index.html"),
            "https://x.org/tools/explorer/"
        );
        assert_eq!(
            folder_of("https://x.org/tools/explorer/"),
            "https://x.org/tools/explorer/"
        );
    }
}
