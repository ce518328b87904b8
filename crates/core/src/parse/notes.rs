//! Endnotes: kind (interview, publication, ibid), person, medium, dates, URLs, and short forms.

use super::lexicon;
use crate::model::{Note, NoteKind};
use crate::text::fold;

/// Builds notes from raw entries `(number, line, text)`.
pub(crate) fn notes(entries: &[(u32, u32, String)]) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::with_capacity(entries.len());
    let mut persons: Vec<Option<String>> = Vec::with_capacity(entries.len());
    for (n, line, text) in entries {
        let mut note = Note {
            n: *n,
            line: *line,
            text: text.clone(),
            kind: NoteKind::Publication,
            resolves_to: None,
            short_form_of: None,
            person: None,
            medium: None,
            date: None,
            urls: urls(text),
            speaker: None,
            cited_at: Vec::new(),
        };
        let dates = dates(text);
        note.date = dates.first().cloned();
        if is_ibid(text) {
            note.kind = NoteKind::Ibid;
            // Only an earlier number: a misnumbered list must not make a note repeat itself.
            note.resolves_to = notes.last().map(|previous| previous.n).filter(|p| p < n);
        } else if let Some(person) = interview_person(text) {
            note.kind = NoteKind::Interview;
            note.person = person;
            note.medium = medium(text);
        } else if let Some(full) =
            short_form_target(text, &notes, &persons).filter(|full| full.n < *n)
        {
            note.kind = NoteKind::Interview;
            note.person = full.person.clone();
            note.short_form_of = Some(full.n);
            note.medium = medium(text).or_else(|| full.medium.clone());
        } else {
            note.person = author(text);
        }
        persons.push(note.person.as_deref().map(fold));
        notes.push(note);
    }
    // An Ibid of an interview (or of a short form) carries its person and medium.
    for i in 0..notes.len() {
        if let Some(target) = notes[i].resolves_to
            && let Some(source) = notes[..i].iter().rev().find(|n| n.n == target)
        {
            let (person, medium) = (source.person.clone(), source.medium.clone());
            notes[i].person = person;
            notes[i].medium = medium;
        }
    }
    notes
}

fn is_ibid(text: &str) -> bool {
    let head: String = text.trim().chars().take(8).collect();
    let lower = head.to_lowercase();
    lower.starts_with("ibid") || lower == "id." || lower.starts_with("id., ")
}

/// For "Name, interview with the author, ..." the interviewee (`None` for "Interviews with ...").
fn interview_person(text: &str) -> Option<Option<String>> {
    let lower = text.to_lowercase();
    if !lower.contains("interview") && !lower.contains("author") {
        return None;
    }
    let markers = [
        "interview with",
        "interviews with",
        "interviewed by",
        "conversation with the author",
        "correspondence with the author",
        "author interview",
        "author’s interview",
        "phone call with the author",
        "message to the author",
        "messages to the author",
    ];
    let at = markers.iter().filter_map(|m| lower.find(m)).min()?;
    let before = text[..at].trim().trim_end_matches(',').trim();
    if before.contains(['“', '"']) {
        // "Interview" inside a quoted title: a published interview, not the author's.
        return None;
    }
    if before.is_empty() {
        return Some(None);
    }
    Some(Some(before.to_owned()))
}

/// For a short form "Name, January 2017." the earlier full interview note with the same person.
/// `persons` holds the folded person of every earlier note, in order.
fn short_form_target<'a>(
    text: &str,
    earlier: &'a [Note],
    persons: &[Option<String>],
) -> Option<&'a Note> {
    let (name, rest) = text.split_once(',')?;
    let rest = rest.trim().trim_end_matches('.');
    let only_date =
        !rest.is_empty() && !dates(rest).is_empty() && rest.split_whitespace().count() <= 3;
    if !only_date || name.contains(['“', '"']) {
        return None;
    }
    let key = fold(name.trim());
    earlier.iter().zip(persons).find_map(|(n, person)| {
        let full_interview = n.kind == NoteKind::Interview && n.short_form_of.is_none();
        (full_interview && person.as_deref() == Some(key.as_str())).then_some(n)
    })
}

/// The author of a publication: the name before the first quoted title, "et al." removed.
fn author(text: &str) -> Option<String> {
    let open = text.find(['“', '"'])?;
    let mut before = text[..open].trim().trim_end_matches(',').trim();
    if let Some(at) = before.to_lowercase().rfind(", see ") {
        before = before[at + 6..].trim();
    } else if let Some(rest) = before.strip_prefix("See ") {
        before = rest.trim();
    }
    let before = before
        .trim_end_matches("et al.")
        .trim()
        .trim_end_matches(',')
        .trim();
    let looks_like_name = !before.is_empty()
        && before.split_whitespace().count() <= 6
        && before.chars().next().is_some_and(char::is_uppercase);
    looks_like_name.then(|| before.to_owned())
}

/// The interview medium named as one of the note's comma-separated fields.
fn medium(text: &str) -> Option<String> {
    text.split([',', ';']).map(str::trim).find_map(|field| {
        let field = field.trim_end_matches('.');
        let field = field.strip_prefix("via ").unwrap_or(field);
        lexicon::MEDIA
            .iter()
            .find(|m| m.eq_ignore_ascii_case(field))
            .map(|m| (*m).to_owned())
    })
}

/// Every http(s) URL, with trailing punctuation removed.
pub(crate) fn urls(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter_map(|word| {
            let scheme_end = word.find("://")?;
            let at = word[..scheme_end].rfind("http")?;
            let url = word[at..].trim_end_matches(['.', ',', ';', ':', ')', '”', '"', '’', ']']);
            let is_http = matches!(&url[..scheme_end - at], "http" | "https");
            (is_http && url.len() > "https://".len()).then(|| url.to_owned())
        })
        .collect()
}

/// Dates such as "October 7, 2016", "Dec 26, 2016" and "January 2017", in order.
pub(crate) fn dates(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let month = words[i].trim_end_matches([',', '.']);
        if month.starts_with(|c: char| c.is_ascii_uppercase()) && lexicon::MONTHS.contains(&month) {
            let day = words.get(i + 1).map(|w| w.trim_end_matches(','));
            let is_day = day.is_some_and(|d| {
                (1..=2).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit())
            });
            let year_at = if is_day { i + 2 } else { i + 1 };
            if let Some(year) = words
                .get(year_at)
                .map(|w| w.trim_end_matches(['.', ',', ';', ')']))
                && year.len() == 4
                && year.chars().all(|c| c.is_ascii_digit())
            {
                found.push(
                    words[i..=year_at]
                        .join(" ")
                        .trim_end_matches(['.', ',', ';', ')'])
                        .to_owned(),
                );
                i = year_at + 1;
                continue;
            }
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(texts: &[&str]) -> Vec<(u32, u32, String)> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (i as u32 + 1, i as u32 + 10, (*t).to_owned()))
            .collect()
    }

    #[test]
    fn interviews_publications_ibids_and_short_forms_are_told_apart() {
        let notes = notes(&entries(&[
            "Omar Salkhou, interview with the author, WhatsApp, January 2017.",
            "Ibid.",
            "Aron Lund, “The Slow Fall,” The Century Foundation, October 7, 2016, https://tcf.org/x/.",
            "Omar Salkhou, January 2017.",
            "Interviews with the author, January 2017.",
        ]));
        let kinds: Vec<NoteKind> = notes.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            [
                NoteKind::Interview,
                NoteKind::Ibid,
                NoteKind::Publication,
                NoteKind::Interview,
                NoteKind::Interview
            ]
        );
        assert_eq!(notes[1].resolves_to, Some(1));
        assert_eq!(notes[1].medium.as_deref(), Some("WhatsApp"));
        assert_eq!(notes[2].person.as_deref(), Some("Aron Lund"));
        assert_eq!(notes[2].urls, ["https://tcf.org/x/"]);
        assert_eq!(notes[3].short_form_of, Some(1));
        assert_eq!(notes[3].medium.as_deref(), Some("WhatsApp"));
        assert_eq!(notes[4].person, None);
    }

    #[test]
    fn dates_are_read_in_full_and_month_year_forms() {
        assert_eq!(
            dates("as of Dec 26, 2016 (10:00 AM),” CCCM, December 27, 2016, http://x"),
            ["Dec 26, 2016", "December 27, 2016"]
        );
        assert_eq!(dates("Name, January 2017."), ["January 2017"]);
    }
}
