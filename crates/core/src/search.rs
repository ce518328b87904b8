//! Search: what a reader types, split into words and "quoted phrases", matched against folded
//! text (case, accents and apostrophes ignored), with the places it matches for highlighting.
//!
//! ```
//! use explorer_core::search::SearchQuery;
//! let query = SearchQuery::parse("“political vacuum” russia");
//! assert_eq!(query.terms, ["political vacuum", "russia"]);
//! let text = "Russia’s Political  vacuum grew.";
//! assert!(query.matches(&explorer_core::search::fold_for_search(text)));
//! assert_eq!(query.highlights(text), [0..6, 11..28]);
//! ```

use crate::text::{push_folded, sort_by_rank};
use std::ops::Range;

/// A parsed search: every term must occur (in any order).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// Folded terms; a quoted phrase is one term with single spaces inside.
    pub terms: Vec<String>,
}

impl SearchQuery {
    /// Reads what a reader typed: words, and phrases in straight or curly double quotes.
    pub fn parse(text: &str) -> SearchQuery {
        let mut terms = Vec::new();
        let mut phrase: Option<String> = None;
        let mut word = String::new();
        let push = |term: &str, terms: &mut Vec<String>| {
            let folded = fold_for_search(term);
            let folded = folded.trim();
            if !folded.is_empty() && !terms.iter().any(|t| t == folded) {
                terms.push(folded.to_owned());
            }
        };
        for c in text.chars() {
            let is_mark = matches!(c, '"' | '“' | '”' | '„');
            match (&mut phrase, is_mark) {
                (Some(p), true) => {
                    push(p, &mut terms);
                    phrase = None;
                }
                (Some(p), false) => p.push(c),
                (None, true) => {
                    push(&word, &mut terms);
                    word.clear();
                    phrase = Some(String::new());
                }
                (None, false) if c.is_whitespace() => {
                    push(&word, &mut terms);
                    word.clear();
                }
                (None, false) => word.push(c),
            }
        }
        // An unclosed phrase counts as a phrase; a trailing word as a word.
        if let Some(p) = phrase {
            push(&p, &mut terms);
        }
        push(&word, &mut terms);
        SearchQuery { terms }
    }

    /// Whether there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether folded text (see [`fold_for_search`]) holds every term.
    pub fn matches(&self, folded: &str) -> bool {
        self.terms.iter().all(|t| folded.contains(t.as_str()))
    }

    /// Where any term occurs in `text`: byte ranges of the original text, sorted, not
    /// overlapping, each on character boundaries.
    pub fn highlights(&self, text: &str) -> Vec<Range<usize>> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        let folded = Folded::new(text);
        let mut found: Vec<Range<usize>> = Vec::new();
        for term in &self.terms {
            let mut from = 0;
            while let Some(at) = folded
                .text
                .get(from..)
                .and_then(|rest| rest.find(term.as_str()))
            {
                let start = from + at;
                let end = start + term.len();
                found.push(folded.original(start..end, text));
                from = end;
            }
        }
        sort_by_rank(&mut found, |r| ((r.start as u64) << 32) | r.end as u64);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
        for range in found {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }
}

/// A piece of text, and whether the search matched it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextPiece<'a> {
    /// The text.
    pub text: &'a str,
    /// Whether it is a match, to be marked.
    pub matched: bool,
}

impl SearchQuery {
    /// `text` cut into pieces at the matches, in order; one unmatched piece when nothing matches.
    pub fn pieces<'a>(&self, text: &'a str) -> Vec<TextPiece<'a>> {
        let mut out = Vec::new();
        let mut at = 0;
        for range in self.highlights(text) {
            if range.start > at {
                out.push(TextPiece {
                    text: &text[at..range.start],
                    matched: false,
                });
            }
            out.push(TextPiece {
                text: &text[range.clone()],
                matched: true,
            });
            at = range.end;
        }
        if at < text.len() || out.is_empty() {
            out.push(TextPiece {
                text: &text[at..],
                matched: false,
            });
        }
        out
    }
}

impl SearchQuery {
    /// A short passage of `text` around its first match (about `width` characters each side,
    /// cut at word boundaries, with ellipses where it was cut), or `None` when nothing matches.
    pub fn snippet(&self, text: &str, width: usize) -> Option<String> {
        let first = self.highlights(text).into_iter().next()?;
        let before: Vec<(usize, char)> = text[..first.start].char_indices().collect();
        let start = before.len().checked_sub(width).map_or(0, |k| {
            let at = before[k].0;
            text[at..first.start].find(' ').map_or(at, |s| at + s + 1)
        });
        let after = &text[first.end..];
        let end = match after.char_indices().nth(width) {
            None => text.len(),
            Some((at, _)) => first.end + after[..at].rfind(' ').unwrap_or(at),
        };
        let mut out = String::new();
        if start > 0 {
            out.push('…');
        }
        out.push_str(text[start..end].trim());
        if end < text.len() {
            out.push('…');
        }
        Some(out)
    }
}

/// Where a search matched outside what a card shows, and the passage around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchElsewhere {
    /// The field that matched ("Note 12", "Also named").
    pub field: String,
    /// The passage (see [`SearchQuery::snippet`]).
    pub snippet: String,
}

impl SearchQuery {
    /// When some term is not in what is `shown`, the first `hidden` field (label, text) that
    /// holds a term, with a passage around the match: the reason the quote is a result.
    pub fn matched_elsewhere(
        &self,
        shown: &[&str],
        hidden: &[(String, String)],
    ) -> Option<MatchElsewhere> {
        if self.is_empty() {
            return None;
        }
        let visible = fold_for_search(&shown.join("\n"));
        if self.terms.iter().all(|t| visible.contains(t.as_str())) {
            return None;
        }
        hidden.iter().find_map(|(field, text)| {
            self.snippet(text, 40).map(|snippet| MatchElsewhere {
                field: field.clone(),
                snippet,
            })
        })
    }
}

/// Folds text for search: [`crate::text::fold`], with every run of white space made one space.
pub fn fold_for_search(text: &str) -> String {
    Folded::new(text).text
}

/// Folded text that remembers, for each of its bytes, where it came from in the original.
struct Folded {
    text: String,
    origin: Vec<usize>,
}

impl Folded {
    fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut one = String::new();
        for (at, c) in original.char_indices() {
            one.clear();
            if c.is_whitespace() {
                one.push(' ');
            } else {
                push_folded(c, &mut one);
            }
            if one == " " && text.ends_with(' ') {
                continue;
            }
            text.push_str(&one);
            origin.extend(std::iter::repeat_n(at, one.len()));
        }
        Folded { text, origin }
    }

    /// The original byte range of a folded byte range.
    fn original(&self, folded: Range<usize>, original: &str) -> Range<usize> {
        let start = self
            .origin
            .get(folded.start)
            .copied()
            .unwrap_or(original.len());
        let last = self
            .origin
            .get(folded.end.saturating_sub(1))
            .copied()
            .unwrap_or(start);
        let end = last + original[last..].chars().next().map_or(0, char::len_utf8);
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_phrases_are_read_from_what_a_reader_types() {
        let cases: [(&str, &[&str]); 6] = [
            ("Russia  Assad", &["russia", "assad"]),
            ("\"political vacuum\"", &["political vacuum"]),
            (
                "“political   vacuum” aleppo",
                &["political vacuum", "aleppo"],
            ),
            ("\"unclosed phrase", &["unclosed phrase"]),
            ("Abū Bakr’s", &["abu", "bakrs"]),
            ("  ", &[]),
        ];
        for (typed, terms) in cases {
            assert_eq!(SearchQuery::parse(typed).terms, terms, "{typed}");
        }
    }

    #[test]
    fn a_phrase_matches_only_its_words_in_order() {
        let query = SearchQuery::parse("\"political vacuum\"");
        assert!(query.matches(&fold_for_search("a political\u{a0}vacuum here")));
        assert!(!query.matches(&fold_for_search("a vacuum, political")));
    }

    #[test]
    fn highlights_fall_on_the_original_text_whatever_folding_did() {
        let text = "Abū Bakr’s men; ABU BAKRS again";
        let query = SearchQuery::parse("abu bakrs");
        let marked: Vec<&str> = query
            .highlights(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(marked, ["Abū", "Bakr’s", "ABU", "BAKRS"]);
    }

    #[test]
    fn text_is_cut_into_marked_and_unmarked_pieces() {
        let query = SearchQuery::parse("bridge");
        let pieces = query.pieces("Hold the bridge, then the Bridge.");
        let marked: Vec<(&str, bool)> = pieces.iter().map(|p| (p.text, p.matched)).collect();
        assert_eq!(
            marked,
            [
                ("Hold the ", false),
                ("bridge", true),
                (", then the ", false),
                ("Bridge", true),
                (".", false)
            ]
        );
        assert_eq!(SearchQuery::default().pieces("x").len(), 1);
    }

    #[test]
    fn a_snippet_shows_the_match_with_some_words_around_it() {
        let query = SearchQuery::parse("whatsapp");
        let note = "Omar Salkhou, interview with the author, WhatsApp, January 2017, about the fall of the city.";
        let snippet = query.snippet(note, 20).unwrap();
        assert!(snippet.contains("WhatsApp"), "{snippet}");
        assert!(
            snippet.starts_with('…') && snippet.ends_with('…'),
            "{snippet}"
        );
        assert!(snippet.chars().count() < note.chars().count());
        assert_eq!(query.snippet("WhatsApp", 20).as_deref(), Some("WhatsApp"));
        assert_eq!(query.snippet("Skype", 20), None);
    }

    #[test]
    fn a_match_only_in_a_hidden_field_is_explained() {
        let hidden = vec![(
            "Note 1".to_owned(),
            "Interview, WhatsApp, May 2020.".to_owned(),
        )];
        let query = SearchQuery::parse("whatsapp");
        let found = query
            .matched_elsewhere(&["“We held.”", "Jane Roe"], &hidden)
            .unwrap();
        assert_eq!(found.field, "Note 1");
        assert!(found.snippet.contains("WhatsApp"));
        assert_eq!(
            SearchQuery::parse("held").matched_elsewhere(&["We held."], &hidden),
            None,
            "the match is on the card"
        );
        assert_eq!(SearchQuery::default().matched_elsewhere(&[], &hidden), None);
    }

    #[test]
    fn overlapping_terms_give_one_highlight() {
        let query = SearchQuery::parse("vacu cuum");
        assert_eq!(query.highlights("vacuum"), vec![0..6]);
    }
}
