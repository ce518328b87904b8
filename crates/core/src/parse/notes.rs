//! Endnotes: kind (interview, publication, ibid), person, medium, dates, URLs, and short forms.

use super::layout::NoteEntry;
use super::lexicon;
use crate::model::{Note, NoteKind};
use crate::text::{TrimQuick, WordsQuick, fold, lower_case};
use std::sync::OnceLock;

/// Builds notes from the entries of the notes list.
pub(crate) fn notes(entries: &[NoteEntry]) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::with_capacity(entries.len());
    let mut persons: Vec<Option<String>> = Vec::with_capacity(entries.len());
    // Each note's text folded, once a short form asks for it.
    let mut folded_texts: Vec<Option<String>> = vec![None; entries.len()];
    for NoteEntry { n, line, text } in entries {
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
        note.date = dates(text).next();
        if is_ibid(text) {
            note.kind = NoteKind::Ibid;
            // Only an earlier number: a misnumbered list must not make a note repeat itself.
            note.resolves_to = notes.last().map(|previous| previous.n).filter(|p| p < n);
        } else if let Some(person) = interview_person(text) {
            note.kind = NoteKind::Interview;
            note.person = person;
            note.medium = medium(text);
        } else if let Some(full) =
            short_form_target(text, &notes, &persons, &mut folded_texts).filter(|full| full.n < *n)
        {
            note.kind = NoteKind::Interview;
            note.person = full.person.clone();
            note.short_form_of = Some(full.n);
            note.medium = medium(text).or_else(|| full.medium.clone());
        } else {
            note.person = author(text)
                .or_else(|| speaker_of_cited_remarks(text))
                .or_else(|| oral_evidence_witness(text));
            note.short_form_of = short_title_target(text, &notes).map(|full| full.n);
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
    /// The longest head the forms below need.
    const HEAD_CHARS: usize = 8;
    // "Ibid.", "Id.", "Id., at 5", "Id. at 12." (the legal form), "Id. (reply of …)."
    crate::text::with_lower_head(text.trim_quick(), HEAD_CHARS, |lower| {
        lower.starts_with("ibid")
            || lower == "id."
            || lower.starts_with("id., ")
            || lower.starts_with("id. at ")
            || lower.starts_with("id. (")
    })
}

/// For a note that cites an interview by the author (or the authoring office or committee),
/// the interviewee if the note names one: `Some(None)` for "Interviews with the author, ...".
///
/// The genre's forms: "Name, interview with the author, ..."; "Email interview with Name";
/// "Transcribed Interview of Name" (and continued, informal interviews, depositions);
/// "Name 9/12/18 302" (an interview report); "The Office twice interviewed Name".
fn interview_person(text: &str) -> Option<Option<String>> {
    // "FGD05, young men, Mabvu village, 14 March 2024.", "KII02, district agricultural
    // officer, …", "Farmer 12, March 2024.": a field study's code for whom it interviewed.
    if interview_code(text) {
        return Some(None);
    }
    let lower = lower_case(text);
    if !lower.contains("interview")
        && !lower.contains("author")
        && !lower.contains("deposition")
        && !markers_without_common_words()
            .iter()
            .any(|m| lower.contains(m))
    {
        if let Some(person) = interview_report_person(text) {
            return Some(Some(person));
        }
        return None;
    }
    if let Some(person) = interview_with(text, &lower) {
        return Some(person);
    }
    if let Some(person) = oral_history_interview(text) {
        return Some(Some(person));
    }
    if let Some(person) = organisation_interview(text, &lower) {
        return Some(person);
    }
    if recorded_interview(text) {
        return Some(None);
    }
    for form in lexicon::RECORDED_INTERVIEW_FORMS {
        if let Some(at) = lower.find(form) {
            return Some(name_after(&text[at + form.len()..]));
        }
    }
    if let Some(person) = interview_report_person(text) {
        return Some(Some(person));
    }
    interviewed_by_author(text, &lower)
}

/// "Dennis Marlow, interview by Rob Tilley, 4 June 2017, Recording MOH/2017/01": an oral
/// history's citation of its own recording, the narrator first. Not "Wrenn, Terry (1994).
/// Interview by Hilda Corbel. …", an archive's item cited as a work, nor "Bernard Dusek,
/// interview by Gene Varga, …, in We Were the Mill, p. 41", one printed in a book.
fn oral_history_interview(text: &str) -> Option<String> {
    const MARKER: &str = ", interview by ";
    let at = text.find(MARKER)?;
    if [", in ", " p. ", " pp. "]
        .iter()
        .any(|printed| text.contains(printed))
    {
        return None;
    }
    let narrator = text[..at].trim_quick();
    let words = narrator.words_quick().count();
    ((2..=4).contains(&words)
        && narrator
            .words_quick()
            .all(|w| w.starts_with(char::is_uppercase)))
    .then(|| narrator.to_owned())
}

/// The interview markers with neither "interview" nor "author" in them: the only ones a note
/// without those words can hold.
fn markers_without_common_words() -> &'static [&'static str] {
    static MARKERS: OnceLock<Vec<&'static str>> = OnceLock::new();
    MARKERS.get_or_init(|| {
        lexicon::INTERVIEW_MARKERS
            .iter()
            .copied()
            .filter(|m| !m.contains("interview") && !m.contains("author"))
            .collect()
    })
}

/// Whether a note opens on an interviewee's code and dates the interview: letters and a number
/// ("FGD05", "KII02", "F12", "INT-07") or a role and a number ("Farmer 12", "Participant 3").
fn interview_code(text: &str) -> bool {
    /// The most capital letters of a code.
    const MAX_LETTERS: usize = 4;
    /// The most digits of a code's number.
    const MAX_DIGITS: usize = 3;
    // "KII with KI-06, water officer, …", "FGD 6, women aged 36 and over, …": the genre's own
    // words for its interviews, whatever follows.
    let trimmed = text.trim_quick().as_bytes();
    let head = trimmed
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    // ("KIIs with …": a plural too.)
    let end = head + usize::from(trimmed.get(head) == Some(&b's'));
    if lexicon::INTERVIEW_ACRONYMS
        .iter()
        .any(|code| code.as_bytes() == &trimmed[..head])
        && trimmed.get(end).is_none_or(|b| !b.is_ascii_alphabetic())
    {
        return true;
    }
    let Some((first, rest)) = text.split_once(',') else {
        return false;
    };
    let first = first.trim_quick();
    let number =
        |n: &str| (1..=MAX_DIGITS).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit());
    let letters_digits = {
        let letters = first.bytes().take_while(u8::is_ascii_uppercase).count();
        let digits = first[letters..].trim_start_matches(['-', ' ']);
        (1..=MAX_LETTERS).contains(&letters) && number(digits)
    };
    let role_number = super::names::role_label(super::words::Lexicon::get(), first)
        .is_some_and(|label| label.numbered);
    // What follows the code describes the interviewee in lower case ("young men", "district
    // agricultural officer") or dates the interview; a channel's code is followed by its
    // programme's name ("RF1, The Nation Tonight, 3 March 2024").
    let second = rest.split(',').next().unwrap_or("").trim_quick();
    let describes = second.starts_with(char::is_lowercase) || has_date(second);
    (letters_digits || role_number) && describes && has_date(rest)
}

/// Where the first of `markers` in `text` begins, and its length (the shortest of those that
/// begin there), found in one pass over `text`.
fn first_marker(text: &str, markers: &[&str]) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut opens = [false; 256];
    for m in markers {
        if let Some(&first) = m.as_bytes().first() {
            opens[usize::from(first)] = true;
        }
    }
    (0..bytes.len()).find_map(|at| {
        if !opens[usize::from(bytes[at])] {
            return None;
        }
        // Only the markers that open on this byte are compared.
        markers
            .iter()
            .filter(|m| m.as_bytes().first() == Some(&bytes[at]))
            .filter(|m| bytes[at..].starts_with(m.as_bytes()))
            .map(|m| m.len())
            .min()
            .map(|len| (at, len))
    })
}

/// "Name, interview with the author" (the name before) or "Email interview with Name" (the
/// name after, a medium before).
fn interview_with(text: &str, lower: &str) -> Option<Option<String>> {
    let (at, mut marker_len) = first_marker(lower, lexicon::INTERVIEW_MARKERS)
        .or_else(|| interview_in_a_manner_with(text, lower))?;
    // "Author interview with Joseph Banda": the marker goes on to "with".
    const WITH: &str = " with ";
    if !lower[at..at + marker_len].ends_with("with") && lower[at + marker_len..].starts_with(WITH) {
        marker_len += WITH.len() - 1;
    }
    let marker = &lower[at..at + marker_len];
    let before = text[..at].trim_quick().trim_end_matches(',').trim_quick();
    if before.contains(['“', '"']) {
        // "Interview" inside a quoted title: a published interview, not the author's.
        return None;
    }
    let after = &text[at + marker_len..];
    let after_lower = lower_case(after.trim_start());
    let with_author = lexicon::AUTHOR_PARTIES
        .iter()
        .any(|party| has_phrase_at(&after_lower, party, 0));
    let before_is_medium = before.is_empty() || medium_words(before);
    // "Meridian Rights interview with Leyla": the interviewer before, with no comma between.
    let interviewer_before = !text[..at].trim_end().ends_with(',');
    if !with_author && (before_is_medium || interviewer_before) && marker.ends_with("with") {
        return Some(name_after(after).or_else(|| description_after(after)));
    }
    // "Wyvenmoor Courier, interview with Celia Braybrook, 12 March 2026.": a newspaper's or a
    // broadcaster's interview, published, not the author's.
    if !with_author && marker.ends_with("with") && lexicon::names_outlet(before.words_quick()) {
        return None;
    }
    if before.is_empty() || before_is_medium {
        return Some(None);
    }
    Some(Some(before.to_owned()))
}

/// "Interview in person with X", "Interview by secure messaging application with X": an
/// interview, the manner of it (a few words with no punctuation), then "with" and the
/// interviewee: where the phrase starts and its length.
fn interview_in_a_manner_with(original: &str, lower: &str) -> Option<(usize, usize)> {
    /// The most characters between "interview" and "with" ("by secure messaging application").
    const MAX_MANNER: usize = 48;
    const INTERVIEW: &str = "interview ";
    const WITH: &str = "with ";
    let at = lower.find(INTERVIEW)?;
    let rest = &lower[at + INTERVIEW.len()..];
    let with = rest.find(WITH).filter(|&w| w <= MAX_MANNER)?;
    // The manner is lower-case words or media ("via Zoom"); a name there is the interviewer
    // ("Interview by The Courier with X": a published interview, not the author's).
    let manner = &original[at + INTERVIEW.len()..at + INTERVIEW.len() + with];
    // "Interview by the Forum's protection monitors with X": the interviewer's own staff,
    // named by a role in lower case, interviewed for the report.
    let by_staff = manner.starts_with("by ")
        && manner.words_quick().last().is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && crate::parse::words::Lexicon::get().role(w).is_some()
        });
    // "Interview by the Coalition with a guest of the shelter": the body that writes the
    // report, by its short name (not "by The Courier", a newspaper's).
    let by_short_name = match manner.words_quick().collect::<Vec<_>>()[..] {
        ["by", "the", name] => {
            name.starts_with(char::is_uppercase) && !lexicon::names_outlet(std::iter::once(name))
        }
        _ => false,
    };
    let plain = by_staff
        || by_short_name
        || manner.words_quick().all(|w| {
            !w.starts_with(char::is_uppercase)
                || lexicon::MEDIA.iter().any(|m| m.eq_ignore_ascii_case(w))
        });
    if !plain || manner.contains([',', '.', ';', '(', ':']) {
        return None;
    }
    Some((at, INTERVIEW.len() + with + WITH.len() - 1))
}

/// "Crisis Group interview, Ilse Bratu, mayor of Varnek, Varnek, March 2023." or "Crisis Group
/// telephone interview, Western diplomat, May 2023.": the authoring organisation's interview,
/// then whom (a name, or a description of someone unnamed).
fn organisation_interview(text: &str, lower: &str) -> Option<Option<String>> {
    // "Crisis Group interview, Ilse Bratu, …"; "Office interview of Officer 2, April 2, 2024".
    let (at, marker) = [
        "interviews, ",
        "interview, ",
        "interviews of ",
        "interview of ",
    ]
    .iter()
    .filter_map(|m| lower.find(m).map(|at| (at, *m)))
    .min()?;
    let before = text[..at].trim_quick();
    // The interviewer: capitalized words, then media words ("Crisis Group telephone").
    let words: Vec<&str> = before.words_quick().collect();
    let named = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let plain = words.iter().all(|w| {
        w.starts_with(char::is_uppercase)
            || lexicon::MEDIA.iter().any(|m| m.eq_ignore_ascii_case(w))
    });
    // "See Interview of Donald J Trump, Jr, Senate Judiciary Committee": a citation signal
    // cites someone else's interview.
    let signal = words
        .first()
        .is_some_and(|w| lexicon::CITATION_SIGNALS.contains(&w.trim_end_matches(',')));
    // "Interview of Employee 8, 29 October 2025.": the report's own interview, by whom it names.
    let opens_note = before.is_empty();
    if !(named || opens_note) || !plain || signal || before.contains(['“', '"', ',']) {
        return None;
    }
    let after = &text[at + marker.len()..];
    let whom = after.split(',').next().unwrap_or("").trim_quick();
    // A name ("Ilse Bratu"), or a description of someone unnamed ("Tarsk Battalion fighter",
    // "senior Belmoran official") that the note sieve turns into a group.
    const MAX_DESCRIPTION_WORDS: usize = 5;
    let name = name_after(after).filter(|n| n == whom);
    let description = (!whom.is_empty()
        && whom.words_quick().count() <= MAX_DESCRIPTION_WORDS
        && !whom.chars().any(|c| c.is_ascii_digit()))
    .then(|| whom.to_owned());
    Some(name.or(description))
}

/// Whether `phrase` stands at byte `at` of `text` as whole words.
fn has_phrase_at(text: &str, phrase: &str, at: usize) -> bool {
    let Some(found) = text.get(at..at + phrase.len()) else {
        return false;
    };
    let before = text[..at].chars().next_back();
    let after = text[at + phrase.len()..].chars().next();
    found == phrase
        && before.is_none_or(|c| !c.is_alphanumeric())
        && after.is_none_or(|c| !c.is_alphanumeric())
}

/// "Interview C-0412.", "Interviews C-0233 and C-0235.", "Telephone interview conducted in
/// Pellonia, 3 May 2024.": an interview on the author's record, by its reference number or
/// where it was held, with no one named.
fn recorded_interview(text: &str) -> bool {
    let mut words = text
        .words_quick()
        .skip_while(|w| medium_words(w) && !w.to_lowercase().starts_with("interview"));
    let head = words.next().unwrap_or("").trim_end_matches([',', '.']);
    let next = words.next().unwrap_or("");
    (head.eq_ignore_ascii_case("interview") || head.eq_ignore_ascii_case("interviews"))
        && (next.chars().any(|c| c.is_ascii_digit()) || next == "conducted" || next == "held")
}

/// Whether a phrase only names interview media ("Email", "Phone and email", "Skype").
fn medium_words(phrase: &str) -> bool {
    phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .all(|w| lexicon::MEDIA.iter().any(|m| m.eq_ignore_ascii_case(w)) || w == "call")
}

/// The capitalized name at the start of `text` ("Joshua Findlay, (May 25, 2022)" → "Joshua
/// Findlay"), stopping at a comma, a parenthesis or a lower-case word.
fn name_after(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for word in text.words_quick() {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        let capitalized =
            bare.chars().next().is_some_and(char::is_uppercase) || bare.starts_with(['“', '"']);
        if !capitalized || bare.starts_with('(') {
            break;
        }
        words.push(bare);
        if bare.len() != word.len() && !bare.ends_with('.') {
            break;
        }
        if word.ends_with(',') {
            break;
        }
    }
    let name = words.join(" ");
    (!name.is_empty()).then_some(name)
}

/// "with the mother of a detainee (name withheld)": an unnamed interviewee known by whose
/// relative they are, the relation ("mother"), when the note withholds the name. (Other
/// descriptions, "a surgeon at Aldstrom City Hospital No. 2", are left to the text, which
/// names the same person with more.)
fn description_after(text: &str) -> Option<String> {
    const MAX_WORDS: usize = 2;
    let text = text.trim_start();
    let rest = ["a ", "an ", "the "]
        .iter()
        .find_map(|article| text.strip_prefix(article))?;
    let (description, after) = rest.split_once('(')?;
    if !lower_case(after.trim_start()).starts_with("name withheld") {
        return None;
    }
    let (head, _) = description.split_once(" of ")?;
    let words: Vec<&str> = head.words_quick().collect();
    let lower = words.iter().all(|w| !w.starts_with(char::is_uppercase));
    (lower && !words.is_empty() && words.len() <= MAX_WORDS).then(|| words.join(" "))
}

/// "Cohen 9/12/18 302, at 5." (an interview report): the name before the date.
fn interview_report_person(text: &str) -> Option<String> {
    // Most notes hold no report's number at all.
    if !text.contains(lexicon::INTERVIEW_REPORT) {
        return None;
    }
    let words: Vec<&str> = text.words_quick().collect();
    let at = words.windows(2).position(|w| {
        w[1].trim_end_matches([',', '.', ';']) == lexicon::INTERVIEW_REPORT && is_numeric_date(w[0])
    })?;
    let mut start = at;
    while start > 0
        && words[start - 1]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        start -= 1;
    }
    let name = words[start..at].join(" ");
    (!name.is_empty()).then_some(name)
}

/// "9/12/18" or "1/25/2018".
fn is_numeric_date(word: &str) -> bool {
    let mut parts = 0;
    word.split('/').all(|p| {
        parts += 1;
        (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    }) && parts == 3
}

/// "The Office twice interviewed Name", "in two interviews conducted by our Office": a sentence
/// that speaks of interviews and of the author as a party.
fn interviewed_by_author(text: &str, lower: &str) -> Option<Option<String>> {
    let mut offset = 0;
    for sentence in lower.split_inclusive(". ") {
        let start = offset;
        offset += sentence.len();
        if !sentence.contains("interview") {
            continue;
        }
        let author_party = lexicon::AUTHOR_PARTIES.iter().any(|party| {
            sentence
                .match_indices(party)
                .any(|(at, _)| has_phrase_at(sentence, party, at))
        });
        if !author_party {
            continue;
        }
        let person = sentence
            .find("interviewed ")
            .and_then(|at| name_after(&text[start + at + "interviewed ".len()..]));
        return Some(person);
    }
    None
}

/// For a short form "Name, January 2017." the earlier full interview note with the same person.
/// `persons` holds the folded person of every earlier note, in order.
/// `folded_texts` holds each earlier note's text folded, filled in as it is first needed.
fn short_form_target<'a>(
    text: &str,
    earlier: &'a [Note],
    persons: &[Option<String>],
    folded_texts: &mut [Option<String>],
) -> Option<&'a Note> {
    // "Corbeanu interview.": an interview already cited in full, by its interviewee's surname.
    /// The most words of the name before "interview".
    const MAX_NAME_WORDS: usize = 3;
    let head = text.split(',').next().unwrap_or(text).trim_quick();
    if let Some(name) = head.trim_end_matches('.').strip_suffix(" interview")
        && name.starts_with(char::is_uppercase)
        && name.words_quick().nth(MAX_NAME_WORDS).is_none()
    {
        let key = fold(name);
        let suffix = format!(" {key}");
        return earlier.iter().zip(persons).find_map(|(n, person)| {
            (n.kind == NoteKind::Interview
                && n.short_form_of.is_none()
                && person
                    .as_deref()
                    .is_some_and(|p| p == key || p.ends_with(&suffix)))
            .then_some(n)
        });
    }
    let (name, rest) = text.split_once(',')?;
    let rest = rest.trim_quick().trim_end_matches('.');
    // A date is three words at most: the words are counted (as far as a fourth) before a date
    // is looked for.
    let only_date = !rest.is_empty() && rest.words_quick().nth(3).is_none() && has_date(rest);
    if !only_date || name.contains(['“', '"']) {
        return None;
    }
    let key = fold(name.trim_quick());
    // The person the full note names, or anyone it names that way ("Interview with Dr. Ines
    // Baro, …" for "Ines Baro, February 2024.", "Office interview with Relief Agency program
    // officials, …" for "Relief Agency program officials, March 12, 2024.").
    let key_before_comma = format!("{key},");
    earlier
        .iter()
        .zip(persons)
        .zip(folded_texts)
        .find_map(|((n, person), folded)| {
            let full_interview = n.kind == NoteKind::Interview && n.short_form_of.is_none();
            // Only a full interview's text is folded and searched.
            let mut named = || {
                person.as_deref() == Some(key.as_str())
                    || folded
                        .get_or_insert_with(|| fold(&n.text))
                        .contains(&key_before_comma)
            };
            (full_interview && named()).then_some(n)
        })
}

/// The earlier note a publication note's short title stands for ("Sharing the Cost of the
/// Coast, p. 9." after "Department for Flood and Coastal Resilience, Sharing the Cost of the
/// Coast: a consultation …, p. 7."): the latest full note with that title after its author.
fn short_title_target<'a>(text: &str, earlier: &'a [Note]) -> Option<&'a Note> {
    const MIN_TITLE_WORDS: usize = 3;
    let (title, locator) = text.split_once(',')?;
    let title = title
        .trim_quick()
        .trim_matches(['“', '”', '"'])
        .trim_end_matches(',');
    let titled = title.words_quick().count() >= MIN_TITLE_WORDS
        && title.chars().next().is_some_and(char::is_uppercase);
    // Only a title and where in it: "p. 9", "pp. 4–5", "para. 3.2", "at 14", "ch. 2".
    let first = locator.words_quick().next().unwrap_or("");
    if !titled || !lexicon::is_one_of(first, lexicon::CITATION_LOCATORS) {
        return None;
    }
    // The title comes after a full note's author ("Author, Title: Subtitle, …").
    let after_author = format!(", {title}");
    earlier.iter().rev().find(|n| {
        n.kind == NoteKind::Publication
            && n.short_form_of.is_none()
            && n.text.contains(&after_author)
    })
}

/// Who gave the speech, remarks or statement a note cites ("Oskar Lind, speech to the Lerholm
/// Chamber of Commerce, 8 February 2023."; "Ruta Brandvik, Minister of Defence of Tarvia,
/// speech at the Naval Staff College, …"; "Granholt Paving Ltd., written statement to …"):
/// the name that opens the note, when a field after it names the speech.
pub(crate) fn speaker_of_cited_remarks(text: &str) -> Option<String> {
    /// The fields after the name that may name the speech (the second is a role or title).
    const FIELDS_AFTER_NAME: usize = 2;
    const MAX_NAME_WORDS: usize = 6;
    let mut fields = text.split(',').map(|field| field.trim_quick());
    let name = fields.next()?;
    let names_remarks = fields.take(FIELDS_AFTER_NAME).any(|field| {
        let mut words = field.words_quick();
        let first = words.next().unwrap_or("");
        let noun = if lexicon::is_one_of(first, lexicon::REMARKS_MODIFIERS) {
            words.next().unwrap_or("")
        } else {
            first
        };
        lexicon::is_one_of(noun, lexicon::REMARKS_NOUNS)
    });
    // The name is read only after the fields: few notes name remarks.
    let name_like = || {
        !name.is_empty()
            && name.words_quick().count() <= MAX_NAME_WORDS
            && name.starts_with(char::is_uppercase)
            && !name.contains(|c: char| c.is_ascii_digit() || c == '“' || c == '"')
    };
    (names_remarks && name_like()).then(|| name.to_owned())
}

/// The witness a committee's citation of its oral evidence names: "Q 62 [Professor Alan
/// Keble]", "Qq 171–172 [Callum Reid]", "Q123 (Mr Hale)".
fn oral_evidence_witness(text: &str) -> Option<String> {
    /// The most words of the name.
    const MAX_NAME_WORDS: usize = 6;
    let rest = text
        .strip_prefix("Qq")
        .or_else(|| text.strip_prefix('Q'))?
        .trim_start();
    let numbers = rest.find(['[', '(']).filter(|&at| {
        at > 0
            && rest[..at]
                .trim_end()
                .starts_with(|c: char| c.is_ascii_digit())
    })?;
    if !rest[..numbers]
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | ',' | ' '))
    {
        return None;
    }
    let inner = &rest[numbers + 1..];
    let name = inner[..inner.find([']', ')'])?].trim_quick();
    (!name.is_empty()
        && name.words_quick().count() <= MAX_NAME_WORDS
        && name.starts_with(char::is_uppercase)
        && !name.contains(|c: char| c.is_ascii_digit()))
    .then(|| name.to_owned())
}

/// The author of a publication: the name before the first quoted title, "et al." removed.
fn author(text: &str) -> Option<String> {
    let Some(open) = text.find(['“', '"']) else {
        return short_citation_author(text);
    };
    let mut before = text[..open].trim_quick().trim_end_matches(',').trim_quick();
    if let Some(at) = lower_case(before).rfind(", see ") {
        before = before[at + 6..].trim_quick();
    } else if let Some(rest) = before.strip_prefix("See ") {
        before = rest.trim_quick();
    }
    let before = before
        .trim_end_matches("et al.")
        .trim_quick()
        .trim_end_matches(',')
        .trim_quick();
    let looks_like_name = !before.is_empty()
        && before.words_quick().count() <= 6
        && before.chars().next().is_some_and(char::is_uppercase);
    if looks_like_name {
        return Some(before.to_owned());
    }
    // "The phrase goes back at least to Nora Haskett, “Salt and Solidarity”": the name the
    // words of the note end on, before the title.
    trailing_name(before)
}

/// The run of two to four capitalized words a phrase in lower case ends on ("… at least to
/// Nora Haskett").
fn trailing_name(text: &str) -> Option<String> {
    const MAX_NAME_WORDS: usize = 4;
    let words: Vec<&str> = text.words_quick().collect();
    let capitalized = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
    let run = words.iter().rev().take_while(capitalized).count();
    let before = words.len().checked_sub(run + 1)?;
    let lower_before = words[before].chars().all(|c| c.is_lowercase());
    ((2..=MAX_NAME_WORDS).contains(&run) && lower_before)
        .then(|| words[words.len() - run..].join(" "))
}

/// The author of a short citation: "Carter, p. 137.", "Duberman, pp. 192–193.", "Carter p. 74.",
/// "Faderman and Timmons, pp. 1–2", "Witt et al., p. 210".
fn short_citation_author(text: &str) -> Option<String> {
    const MAX_AUTHOR_WORDS: usize = 5;
    let t = text.trim_quick();
    let at = [", p. ", ", pp. ", " p. ", " pp. ", ", p.", ", pp."]
        .iter()
        .filter_map(|m| t.find(m))
        .min()?;
    let author = t[..at]
        .trim_quick()
        .trim_end_matches("et al.")
        .trim_quick()
        .trim_end_matches(',')
        .trim_quick();
    let words: Vec<&str> = author.words_quick().collect();
    let name_like = !words.is_empty()
        && words.len() <= MAX_AUTHOR_WORDS
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "and" | "&"));
    name_like.then(|| author.to_owned())
}

/// The interview medium named as one of the note's comma-separated fields.
fn medium(text: &str) -> Option<String> {
    text.split([',', ';'])
        .map(|field| field.trim_quick())
        .find_map(|field| {
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
    words_with_scheme(text).filter_map(url_in).collect()
}

/// The URL a word holds, if any: from the "http" before its first "://", its trailing
/// punctuation removed.
fn url_in(word: &str) -> Option<String> {
    let scheme_end = scheme_separator(word)?;
    let at = word[..scheme_end].rfind("http")?;
    let url = word[at..].trim_end_matches(['.', ',', ';', ':', ')', '”', '"', '’', ']']);
    let is_http = matches!(&url[..scheme_end - at], "http" | "https");
    (is_http && url.len() > "https://".len()).then(|| url.to_owned())
}

/// The words of a text (as `split_whitespace` reads them) that hold "://", in order, found
/// from each "://" outward instead of by reading every word: most of a note is no URL.
fn words_with_scheme(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + scheme_separator(text.get(from..)?)?;
        let start = text[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let end = whitespace_in(&text[at..]).map_or(text.len(), |k| at + k);
        from = end;
        Some(&text[start..end])
    })
}

/// Where the first whitespace character of a text stands, as `text.find(char::is_whitespace)`
/// says: an ASCII byte is told by itself, without reading it as a character.
fn whitespace_in(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            // The ASCII whitespace of `char::is_whitespace`: U+0009 to U+000D and the space.
            if matches!(b, b'\t'..=b'\r' | b' ') {
                return Some(at);
            }
            at += 1;
        } else {
            let c = text[at..].chars().next()?;
            if c.is_whitespace() {
                return Some(at);
            }
            at += c.len_utf8();
        }
    }
    None
}

/// Where "://" first stands in a word, as `word.find("://")` says, found from its colons.
fn scheme_separator(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    let mut from = 0;
    // A colon is ASCII, found by its byte (a word is shorter than a searcher's setup): the
    // byte after one opens a character.
    while let Some(k) = bytes.get(from..)?.iter().position(|&b| b == b':') {
        let colon = from + k;
        if bytes[colon + 1..].starts_with(b"//") {
            return Some(colon);
        }
        from = colon + 1;
    }
    None
}

/// Dates such as "October 7, 2016", "Dec 26, 2016" and "January 2017", in order, read as they
/// are asked for (most callers want the first).
pub(crate) fn dates(text: &str) -> impl Iterator<Item = String> + '_ {
    date_words(text).map(|(month, day, year)| {
        let mut date = String::from(month);
        for w in day.into_iter().chain([year]) {
            date.push(' ');
            date.push_str(w);
        }
        let kept = date.trim_end_matches(['.', ',', ';', ')']).len();
        date.truncate(kept);
        date
    })
}

/// Whether the text holds a date ([`dates`]), read without writing it out.
fn has_date(text: &str) -> bool {
    date_words(text).next().is_some()
}

/// The words of each date in the text, as written: the month, the day if any, the year.
fn date_words(text: &str) -> impl Iterator<Item = (&str, Option<&str>, &str)> + '_ {
    let bytes = text.as_bytes();
    // Where to look for the next month: the text is split into words only after a capital
    // that opens a month's name.
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(k) = bytes
            .get(from..)?
            .iter()
            .position(|&b| lexicon::opens_month(b))
        {
            let start = from + k;
            from = start + 1;
            if !lexicon::opens_month_name(&bytes[start..]) {
                continue;
            }
            // A month opens a word on its capital, which no trimming of its end removes.
            if !text[..start]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
            {
                continue;
            }
            let mut words = text[start..].words_quick();
            let Some(word) = words.next() else {
                continue;
            };
            let month = word.trim_end_matches([',', '.']);
            if !lexicon::is_month(month) {
                continue;
            }
            let mut after = words.clone();
            let is_day = words.clone().next().is_some_and(|d| {
                let d = d.trim_end_matches(',');
                (1..=2).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit())
            });
            let day = if is_day { after.next() } else { None };
            let Some(year_word) = after.next() else {
                continue;
            };
            let year = year_word.trim_end_matches(['.', ',', ';', ')']);
            if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) {
                // On past the year, a slice of `text` (as every word here is).
                from = year_word.as_ptr() as usize - text.as_ptr() as usize + year_word.len();
                return Some((word, day, year_word));
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(texts: &[&str]) -> Vec<NoteEntry> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| NoteEntry {
                n: i as u32 + 1,
                line: i as u32 + 10,
                text: (*t).to_owned(),
            })
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
            "Interview C-0412.",
            "Telephone interview conducted in Pellonia, 3 May 2024.",
            "Interviews C-0233 and C-0235.",
            "Interview by The Courier with Ana Forde, 3 May 2024.",
            "Interview with Dr. Ines Baro, MAB medical coordinator, Merrin camp, 13 February 2024.",
            "Ines Baro, February 2024.",
            "Id. at 12.",
            "Wyvenmoor Courier, interview with Celia Braybrook, 12 March 2026.",
            "Id. (reply of Abigail Strand, 6:44 p.m.).",
        ]));
        let kinds: Vec<NoteKind> = notes.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            [
                NoteKind::Interview,
                NoteKind::Ibid,
                NoteKind::Publication,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Publication,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Ibid,
                // A newspaper's interview, published.
                NoteKind::Publication,
                NoteKind::Ibid,
            ]
        );
        assert_eq!(notes[13].resolves_to, Some(13));
        assert_eq!(notes[10].short_form_of, Some(10));
        assert_eq!(notes[1].resolves_to, Some(1));
        assert_eq!(notes[1].medium.as_deref(), Some("WhatsApp"));
        assert_eq!(notes[2].person.as_deref(), Some("Aron Lund"));
        assert_eq!(notes[2].urls, ["https://tcf.org/x/"]);
        assert_eq!(notes[3].short_form_of, Some(1));
        assert_eq!(notes[3].medium.as_deref(), Some("WhatsApp"));
        assert_eq!(notes[4].person, None);
    }

    #[test]
    fn an_interviewees_surname_and_interview_stands_for_the_full_interview_note() {
        let notes = notes(&entries(&[
            "Interview with Nadia Corbeanu, leader of Forward Kavrena, Drevna, 6 February 2026.",
            "Vesna Ilic, The Lanvarre Monitor, 3 March 2026.",
            "Corbeanu interview.",
            "Halvorsen interview.",
        ]));
        let kinds: Vec<NoteKind> = notes.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            [
                NoteKind::Interview,
                NoteKind::Publication,
                NoteKind::Interview,
                // No interview of a Halvorsen was cited before.
                NoteKind::Publication,
            ]
        );
        assert_eq!(notes[2].short_form_of, Some(1));
        assert_eq!(notes[2].person.as_deref(), Some("Nadia Corbeanu"));
    }

    #[test]
    fn a_short_title_with_a_page_stands_for_the_full_note_of_that_title() {
        let notes = notes(&entries(&[
            "Ministry of Water, Paying for the Pipes: a consultation on tariffs (March 2024), p. 7.",
            "Ministry of Water, press release, 2 May 2024.",
            "Ministry of Water, notes of a workshop, 9 May 2024.",
            "Paying for the Pipes, p. 9.",
        ]));
        let short_forms: Vec<Option<u32>> = notes.iter().map(|n| n.short_form_of).collect();
        // An author's name again is no short title: each of its notes is a work of its own.
        assert_eq!(short_forms, [None, None, None, Some(1)]);
    }

    #[test]
    fn a_note_that_cites_a_speech_or_a_statement_names_who_gave_it() {
        let notes = notes(&entries(&[
            "Ruta Brandvik, Minister of Defence of Tarvia, speech at the Naval Staff College, Brenzlau, 3 May 2024.",
            "Granholt Paving Ltd., written statement to the Varnholt Daily, 18 September 2024.",
            "Exhibit 7, Written statement of Officer 1, submitted through counsel, January 10, 2024.",
            "Bank of Lorrey, Monetary Policy Report, February 2025, Box 3.",
        ]));
        let people: Vec<Option<&str>> = notes.iter().map(|n| n.person.as_deref()).collect();
        assert_eq!(
            people,
            [
                Some("Ruta Brandvik"),
                Some("Granholt Paving Ltd."),
                None,
                None
            ]
        );
    }

    #[test]
    fn short_citations_name_their_author() {
        let notes = notes(&entries(&[
            "Carter, p. 137.",
            "Teal p. 2.",
            "Witt et al., p. 210",
            "Page scans.",
        ]));
        let authors: Vec<Option<&str>> = notes.iter().map(|n| n.person.as_deref()).collect();
        assert_eq!(authors, [Some("Carter"), Some("Teal"), Some("Witt"), None]);
    }

    #[test]
    fn a_note_in_prose_names_the_author_it_ends_on_before_the_title() {
        let notes = notes(&entries(&[
            "The phrase goes back at least to Nora Haskett, “Salt and Solidarity,” Labor History Review 12 (1981).",
            "On this see the Ministry of Labour, “Annual Report 1931.”",
        ]));
        let authors: Vec<Option<&str>> = notes.iter().map(|n| n.person.as_deref()).collect();
        assert_eq!(authors, [Some("Nora Haskett"), None]);
    }

    #[test]
    fn a_field_studys_codes_and_an_offices_own_interviews_make_interview_notes() {
        let notes = notes(&entries(&[
            "FGD05, young men, Mabvu village, Ombeni district, 14 March 2024.",
            "KII02, district agricultural officer, Lowmere District Council, 11 March 2024.",
            "Individual interview F12, woman, 45, Lowmere district, 6 March 2024.",
            "Farmer 12, March 2024.",
            "A1, the road from Vashenga to the coast, resurfaced in 2019.",
            "UNHCR, Global Trends 2023, p. 4.",
            "RF1, The Nation Tonight, 3 March 2024, recording on file.",
            "Office interview of Officer 2, April 2, 2024, transcript at 18.",
            "See Interview of Donald J Trump, Jr, Senate Judiciary Committee, 115th Cong.",
            "FGD 6, women aged 36 and over, Tamali camp, 8 March 2032.",
            "KII with KI-06, water officer, Tamali camp committee, 5 March 2032.",
            "KIIs with three district officials, March 2032.",
            "FGDA Annual Review, 2031.",
        ]));
        let kinds: Vec<NoteKind> = notes.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            [
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Publication,
                NoteKind::Publication,
                NoteKind::Publication,
                NoteKind::Interview,
                NoteKind::Publication,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Interview,
                NoteKind::Publication,
            ]
        );
    }

    #[test]
    fn an_unnamed_relative_is_known_by_the_relation() {
        let notes = notes(&entries(&[
            "Calloway Rights Watch telephone interview with the mother of a detainee (name withheld), Vosk, 19 February 2024.",
            "Interview with a surgeon at Aldstrom City Hospital No. 2 (name withheld), 10 March 2024.",
        ]));
        let found: Vec<Option<&str>> = notes.iter().map(|n| n.person.as_deref()).collect();
        assert_eq!(found, [Some("mother"), None]);
    }

    #[test]
    fn interviews_are_found_in_the_forms_the_genre_uses() {
        let notes = notes(&entries(&[
            "Email interview with Steve Marquess",
            "Meridian Rights interview with Leyla (pseudonym), Derel, 12 March 2021.",
            "Meridian Rights interview with a farmer (name withheld), Ostim, 2 March 2021.",
            "Meeting with Jane Roe, Port Serrat, 6 March 2019.",
            "Confidential source, 12 May 2019.",
            "Select Committee, Transcribed Interview of Joshua Findlay, (May 25, 2022), p. 29.",
            "Select Committee, Deposition of Laura Cox, (May 3, 2022), pp. 77–78.",
            "Cohen 9/12/18 302, at 5.",
            "The Office twice interviewed Rtskhiladze, Grand Jury",
            "See, e.g., Interview of Donald J Trump, Jr, Senate Judiciary Committee, 115th Cong.",
            "For example, he asked for a phone interview. No interview took place.",
            "Interview in person with Arvid (not his real name), Aldstrom, 8 March 2024.",
            "Interview by secure messaging application with Liesl, 14 March 2024.",
            "SSCI Transcript, Interview of the Chief of Station, June 2, 2021, p. 41.",
            "Committee transcript of the interview of Mara Quell, June 4, 2021, p. 33.",
            "Interview by Amboru Basin NGO Forum protection monitors with Mwajuma, 34, Ruvesi.",
            "Interview by The Courier with Ines Baro, 3 May 2024.",
            "Conversation with Amina Okafor, Lagos, 2 May 2024.",
            "Conversation between Henrietta Vallis and Efua Dansoman, chair of the cooperative.",
            "Dennis Marlow, interview by Rob Tilley, 4 June 2017, Recording MOH/2017/01.",
            "Bernard Dusek, interview by Gene Varga, June 14, 1977, in We Were the Mill, p. 41.",
            "Wrenn, Terry (1994). Interview by Hilda Corbel. Kellaway Voices Oral History Project.",
            "Interview by the Coalition with a guest of the Harbour Night Shelter, 6 January 2025.",
            "Meeting between the Coalition and Councillor Ines Marlow, Pellow Town Hall.",
            "Interview of Idris Fenwick, 4 November 2025.",
        ]));
        let found: Vec<(NoteKind, Option<&str>)> = notes
            .iter()
            .map(|n| (n.kind, n.person.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                (NoteKind::Interview, Some("Steve Marquess")),
                (NoteKind::Interview, Some("Leyla")),
                (NoteKind::Interview, None),
                (NoteKind::Interview, Some("Jane Roe")),
                (NoteKind::Interview, None),
                (NoteKind::Interview, Some("Joshua Findlay")),
                (NoteKind::Interview, Some("Laura Cox")),
                (NoteKind::Interview, Some("Cohen")),
                (NoteKind::Interview, Some("Rtskhiladze")),
                (NoteKind::Publication, None),
                (NoteKind::Publication, None),
                (NoteKind::Interview, Some("Arvid")),
                (NoteKind::Interview, Some("Liesl")),
                (NoteKind::Interview, None),
                (NoteKind::Interview, Some("Mara Quell")),
                (NoteKind::Interview, Some("Mwajuma")),
                (NoteKind::Publication, None),
                (NoteKind::Interview, Some("Amina Okafor")),
                (NoteKind::Interview, None),
                (NoteKind::Interview, Some("Dennis Marlow")),
                (NoteKind::Publication, None),
                (NoteKind::Publication, None),
                (NoteKind::Interview, None),
                (NoteKind::Interview, None),
                (NoteKind::Interview, Some("Idris Fenwick")),
            ]
        );
    }

    #[test]
    fn a_committee_s_citation_of_oral_evidence_names_its_witness() {
        let notes = notes(&entries(&[
            "Q 62 [Professor Alan Keble]",
            "Qq 171–172 [Callum Reid]",
            "Q123 (Mr Hale)",
            "Q 146",
            "Qatar Airways, Annual Report (2023), p. 4.",
        ]));
        let persons: Vec<Option<&str>> = notes.iter().map(|n| n.person.as_deref()).collect();
        assert_eq!(
            persons,
            [
                Some("Professor Alan Keble"),
                Some("Callum Reid"),
                Some("Mr Hale"),
                None,
                None
            ]
        );
        assert!(notes.iter().all(|n| n.kind == NoteKind::Publication));
    }

    #[test]
    fn a_scheme_separator_is_found_where_find_finds_it() {
        for word in [
            "https://x.org",
            "a:b://c",
            "::://",
            "x:/",
            "no",
            "é:://",
            "http:",
        ] {
            assert_eq!(scheme_separator(word), word.find("://"), "{word}");
        }
    }

    #[test]
    fn whitespace_is_found_where_find_finds_it() {
        for c in (0..=0x3000).filter_map(char::from_u32) {
            for text in [
                format!("{c}"),
                format!("ab{c}c d"),
                format!("é{c}"),
                "x".to_owned(),
            ] {
                assert_eq!(
                    whitespace_in(&text),
                    text.find(char::is_whitespace),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn the_words_with_a_scheme_are_the_words_that_hold_one() {
        let texts = [
            "See https://a.org/x, and http://b.org.\u{a0}then ftp://c and x://y://z.",
            "://",
            " :// ",
            "a://b c://d",
            "“https://q.org/”",
            "no address here",
            "",
            "https://e.org\u{2003}https://f.org\tend",
            "é://x ü http://ü.org/ä",
        ];
        for text in texts {
            let by_words: Vec<&str> = text.words_quick().filter(|w| w.contains("://")).collect();
            assert_eq!(
                words_with_scheme(text).collect::<Vec<_>>(),
                by_words,
                "{text}"
            );
        }
    }

    #[test]
    fn dates_open_only_on_a_word_and_resume_past_the_year() {
        assert_eq!(
            dates("May June 2016, xMay 2017 (March 3, 2018) on March 3, 2018 March\u{a0}2019")
                .collect::<Vec<_>>(),
            ["June 2016", "March 3, 2018", "March 2019"]
        );
        assert!(!has_date("January, Feb 20"));
    }

    #[test]
    fn dates_are_read_in_full_and_month_year_forms() {
        assert_eq!(
            dates("as of Dec 26, 2016 (10:00 AM),” CCCM, December 27, 2016, http://x")
                .collect::<Vec<_>>(),
            ["Dec 26, 2016", "December 27, 2016"]
        );
        assert_eq!(
            dates("Name, January 2017.").collect::<Vec<_>>(),
            ["January 2017"]
        );
    }

    #[test]
    fn an_organisations_own_interview_note_names_whom_it_interviewed() {
        let notes = notes(&entries(&[
            "Crisis Group interview, Ilse Bratu, mayor of Varnek, Varnek, March 2023.",
            "Crisis Group telephone interview, Western diplomat, May 2023.",
            "Correspondence with Leah Danvers, Corvan Homes, 6 February 2024.",
            "“Halas: Drusa Post Is an Act of War”, Sarn Herald, interview, 2 December 2022.",
        ]));
        let kinds: Vec<(NoteKind, Option<&str>)> = notes
            .iter()
            .map(|n| (n.kind, n.person.as_deref()))
            .collect();
        assert_eq!(
            kinds,
            [
                (NoteKind::Interview, Some("Ilse Bratu")),
                (NoteKind::Interview, Some("Western diplomat")),
                (NoteKind::Interview, Some("Leah Danvers")),
                (NoteKind::Publication, None),
            ]
        );
    }
}
