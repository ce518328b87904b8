//! Words and noun phrases of the narration: who is named, with which role and organisation.
//!
//! The parser reads narration (the text outside quotes) as tokens. A mention is a noun phrase
//! that can speak: a pronoun ("he"), a name with its descriptors ("the Levant Front’s Jumu’ah Abu
//! Ahmed", "Ahrar al-Sham commander al-Farouq Abu Bakr"), or a role ("another Western diplomat").

use super::lexicon;
use super::words::{Lexicon, Tok, strip_possessive};

/// What a mention refers to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum MentionKind {
    /// "he", "she", "it", "they".
    Pronoun(String),
    /// A name ("Omar Salkhou", "Fateh al-Sham").
    Named(String),
    /// A role without a name ("another Western diplomat", "a market guard").
    Role {
        /// The role noun, singular ("diplomat", "aid worker").
        noun: &'static str,
        /// Capitalized words before the noun ("Western", "UN").
        qualifier: Option<String>,
        /// A lower-case word before the noun ("market", "senior").
        adjective: Option<String>,
    },
}

/// A noun phrase that can speak, with what it says about the speaker.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Mention {
    pub kind: MentionKind,
    /// The phrase as written.
    pub surface: String,
    /// Role nouns in the phrase ("commander").
    pub roles: Vec<&'static str>,
    /// Organisations the phrase ties the speaker to ("Ahrar al-Sham").
    pub orgs: Vec<String>,
    /// The descriptive part before the name ("Aleppo activist-journalist").
    pub descriptor: Option<String>,
    /// Token range of the phrase.
    pub toks: std::ops::Range<usize>,
    /// Byte offset of the phrase in its block.
    pub start: usize,
}

/// One element of a noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Det,
    Role(&'static str),
    Name,
    Possessive,
    Adjective,
    And,
}

/// Classifies a token as part of a noun phrase, looking at its right neighbour where needed.
fn part(toks: &[Tok<'_>], i: usize) -> Option<Part> {
    let t = toks.get(i)?;
    if t.barrier {
        return None;
    }
    let w = t.word;
    if t.determiner {
        return Some(Part::Det);
    }
    if let Some(role) = t.role {
        return Some(Part::Role(role));
    }
    if t.name {
        return Some(if strip_possessive(w).is_some() {
            Part::Possessive
        } else {
            Part::Name
        });
    }
    if t.particle {
        return Some(Part::Name);
    }
    if w == "and" {
        return Some(Part::And);
    }
    let next_is_role = toks
        .get(i + 1)
        .is_some_and(|n| !n.barrier && n.role.is_some());
    let lower_word = w.chars().next().is_some_and(char::is_lowercase);
    if next_is_role && lower_word && t.punct.is_none() && !lexicon::is_one_of(w, STOP_WORDS) {
        return Some(Part::Adjective);
    }
    None
}

/// Lower-case words that never describe a speaker.
const STOP_WORDS: &[&str] = &[
    "said", "says", "told", "that", "which", "who", "whom", "whose", "when", "where", "while",
    "or", "but", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
    "were", "had", "has", "have", "be", "been", "it", "they", "he", "she", "we", "i", "me", "his",
    "her", "their", "its", "our", "these", "those", "what", "not", "also", "just", "only", "then",
    "there", "here", "if", "than", "so", "even", "all", "other", "others", "many", "most", "more",
];

/// Reads a mention that starts at token `i`, going right.
pub(crate) fn mention_forward(lex: &Lexicon, toks: &[Tok<'_>], i: usize) -> Option<Mention> {
    if let Some(p) = pronoun(toks, i) {
        return Some(p);
    }
    let mut parts = Vec::new();
    let mut j = i;
    while let Some(p) = part(toks, j) {
        if p == Part::Det && !parts.is_empty() {
            break;
        }
        parts.push(p);
        let ends_clause = toks[j].punct.is_some();
        j += 1;
        if ends_clause {
            break;
        }
    }
    let mention = interpret(lex, toks, i, &parts)?;
    // "the Alliance’s chief negotiator, Petra Lind": the name after the role is the speaker.
    let apposed = matches!(mention.kind, MentionKind::Role { .. })
        && toks
            .get(mention.toks.end - 1)
            .is_some_and(|t| t.punct == Some(','));
    if apposed
        && let Some(named) = mention_forward(lex, toks, mention.toks.end)
        && let MentionKind::Named(_) = named.kind
        && named.roles.is_empty()
    {
        let opens_with_det =
            lexicon::is_one_of(toks[mention.toks.start].word, lexicon::DETERMINERS);
        let descriptor = join_surface(
            toks,
            mention.toks.start + usize::from(opens_with_det),
            mention.toks.end,
        );
        return Some(Mention {
            surface: format!("{}, {}", mention.surface, named.surface),
            roles: mention.roles,
            orgs: mention.orgs,
            descriptor: Some(descriptor).filter(|d| !d.is_empty()),
            toks: mention.toks.start..named.toks.end,
            start: mention.start,
            kind: named.kind,
        });
    }
    Some(mention)
}

/// Reads a mention that ends at token `last` (inclusive), going left.
pub(crate) fn mention_backward(lex: &Lexicon, toks: &[Tok<'_>], last: usize) -> Option<Mention> {
    if let Some(p) = pronoun(toks, last) {
        return Some(p);
    }
    let mut parts = Vec::new();
    let mut j = last as isize;
    while j >= 0 {
        let k = j as usize;
        if k != last && toks[k].punct.is_some() {
            break;
        }
        let Some(p) = part(toks, k) else { break };
        parts.push(p);
        if p == Part::Det {
            break;
        }
        j -= 1;
    }
    parts.reverse();
    let first = last + 1 - parts.len();
    interpret(lex, toks, first, &parts)
}

fn pronoun(toks: &[Tok<'_>], i: usize) -> Option<Mention> {
    let t = toks.get(i)?;
    let pronoun = ["he", "she", "it", "they"]
        .into_iter()
        .find(|p| t.word.eq_ignore_ascii_case(p))?;
    (!t.barrier).then(|| Mention {
        kind: MentionKind::Pronoun(pronoun.to_owned()),
        surface: t.word.to_owned(),
        roles: Vec::new(),
        orgs: Vec::new(),
        descriptor: None,
        toks: i..i + 1,
        start: t.start,
    })
}

/// Turns the parts of a phrase into a mention: the name after the last role or possessive.
fn interpret(lex: &Lexicon, toks: &[Tok<'_>], first: usize, parts: &[Part]) -> Option<Mention> {
    // Trim glue that cannot open or end a phrase.
    let mut parts = parts;
    let mut first = first;
    while matches!(parts.first(), Some(Part::And)) {
        parts = &parts[1..];
        first += 1;
    }
    while matches!(parts.last(), Some(Part::And | Part::Adjective | Part::Det)) {
        parts = &parts[..parts.len() - 1];
    }
    if parts.is_empty() {
        return None;
    }
    let words: Vec<&str> = (first..first + parts.len()).map(|k| toks[k].word).collect();
    let split = parts
        .iter()
        .rposition(|p| matches!(p, Part::Role(_) | Part::Possessive));
    let name_start = split.map_or(usize::from(parts[0] == Part::Det), |s| s + 1);
    let name_parts = &parts[name_start..];
    let roles: Vec<&'static str> = parts
        .iter()
        .filter_map(|p| {
            if let Part::Role(r) = p {
                Some(*r)
            } else {
                None
            }
        })
        .collect();
    let orgs = orgs_in(lex, &words, parts);
    let surface = join_surface(toks, first, first + parts.len());
    let range = first..first + parts.len();
    let start = toks[first].start;

    if !name_parts.is_empty() && name_parts.iter().all(|p| *p == Part::Name) {
        // Particles cannot open or close a name on their own.
        let name_words = &words[name_start..];
        if name_words.first().is_some_and(|w| lex.is_particle(w))
            || name_words.last().is_some_and(|w| lex.is_particle(w))
        {
            return None;
        }
        let descriptor = (name_start > 0).then(|| {
            let start = if parts[0] == Part::Det { 1 } else { 0 };
            join_surface(toks, first + start, first + name_start)
        });
        let name = name_words.join(" ");
        let descriptor = descriptor.filter(|d| !d.is_empty() && !roles.is_empty());
        return Some(Mention {
            kind: MentionKind::Named(name),
            surface,
            roles,
            orgs,
            descriptor,
            toks: range,
            start,
        });
    }
    if name_parts.is_empty()
        && let Some(Part::Role(noun)) = parts.last()
    {
        // A role without a name: "the diplomat", "another Western diplomat", "One diplomat".
        let starts_with_det = parts[0] == Part::Det;
        let last = parts.len() - 1;
        if toks[first + last].word.to_lowercase() != *noun {
            // A plural ("diplomats") names a group, not one speaker.
            return None;
        }
        let mut noun = *noun;
        let mut adjective = None;
        let mut before_noun = last;
        if last > 0 && parts[last - 1] == Part::Adjective {
            let adj = words[last - 1];
            match lex.role(&format!("{adj} {noun}")) {
                Some(compound) => noun = compound,
                None => adjective = Some(adj.to_owned()),
            }
            before_noun = last - 1;
        }
        let qualifiers: Vec<&str> = (usize::from(starts_with_det)..before_noun)
            .filter(|&k| parts[k] == Part::Name)
            .map(|k| words[k])
            .collect();
        if !starts_with_det && qualifiers.is_empty() {
            return None;
        }
        let qualifier = (!qualifiers.is_empty()).then(|| qualifiers.join(" "));
        return Some(Mention {
            kind: MentionKind::Role {
                noun,
                qualifier,
                adjective,
            },
            surface,
            roles,
            orgs,
            descriptor: None,
            toks: range,
            start,
        });
    }
    None
}

/// Organisations named in a phrase: a capitalized run before a member role ("Ahrar al-Sham
/// commander") or a possessive ("the Levant Front’s").
fn orgs_in(lex: &Lexicon, words: &[&str], parts: &[Part]) -> Vec<String> {
    let mut orgs = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for (word, p) in words.iter().zip(parts) {
        match p {
            Part::Name => run.push(word),
            Part::Possessive => {
                run.push(strip_possessive(word).unwrap_or(word));
                orgs.push(run.join(" "));
                run.clear();
            }
            Part::Role(role) => {
                if !run.is_empty() && lex.is_member_role(role) {
                    orgs.push(run.join(" "));
                }
                run.clear();
            }
            _ => run.clear(),
        }
    }
    orgs
}

/// The original text from token `from` to token `to` (exclusive), punctuation inside kept.
fn join_surface(toks: &[Tok<'_>], from: usize, to: usize) -> String {
    toks[from..to]
        .iter()
        .map(|t| t.word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What an apposition says about the person before it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Apposition {
    /// The role as written ("military commander of the Levant Front in Aleppo").
    pub role: String,
    /// The organisation it names, if any ("Levant Front").
    pub org: Option<String>,
}

/// The apposition after a named mention: ", military commander of the Levant Front in Aleppo,".
pub(crate) fn apposition(toks: &[Tok<'_>], after: usize) -> Option<Apposition> {
    let first = toks.get(after)?;
    if first.barrier {
        return None;
    }
    let mut end = after;
    while let Some(t) = toks.get(end) {
        if t.barrier {
            break;
        }
        end += 1;
        if t.punct.is_some() {
            break;
        }
    }
    let phrase = &toks[after..end];
    if phrase.len() > 14 || phrase.is_empty() {
        return None;
    }
    let role_at = phrase.iter().take(5).position(|t| t.role.is_some())?;
    let text = phrase.iter().map(|t| t.word).collect::<Vec<_>>().join(" ");
    let link_at = phrase
        .iter()
        .skip(role_at + 1)
        .position(|t| lexicon::ROLE_LINKS.contains(&t.word))
        .map(|p| p + role_at + 1);
    let org = link_at.and_then(|link| {
        let mut runs: Vec<Vec<&str>> = Vec::new();
        let mut current: Vec<&str> = Vec::new();
        for t in &phrase[link + 1..] {
            if t.name || (!current.is_empty() && t.particle) {
                current.push(t.word);
            } else {
                if !current.is_empty() {
                    runs.push(std::mem::take(&mut current));
                }
                if !runs.is_empty() && t.locative {
                    break;
                }
            }
        }
        if !current.is_empty() {
            runs.push(current);
        }
        runs.pop().map(|run| run.join(" "))
    });
    Some(Apposition { role: text, org })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forward(text: &str) -> Option<Mention> {
        let lex = Lexicon::new();
        let toks = super::super::words::tokenize_plain(&lex, text);
        mention_forward(&lex, &toks, 0)
    }

    fn backward(text: &str) -> Option<Mention> {
        let lex = Lexicon::new();
        let toks = super::super::words::tokenize_plain(&lex, text);
        mention_backward(&lex, &toks, toks.len() - 1)
    }

    fn named(m: &Option<Mention>) -> Option<&str> {
        match &m.as_ref()?.kind {
            MentionKind::Named(name) => Some(name),
            _ => None,
        }
    }

    #[test]
    fn names_are_read_after_roles_and_possessives() {
        let m = forward("negotiator and Ahrar al-Sham commander al-Farouq Abu Bakr.");
        assert_eq!(named(&m), Some("al-Farouq Abu Bakr"));
        assert_eq!(m.as_ref().unwrap().orgs, ["Ahrar al-Sham"]);
        let m = backward("The Levant Front’s Jumu’ah Abu Ahmed");
        assert_eq!(named(&m), Some("Jumu’ah Abu Ahmed"));
        assert_eq!(m.unwrap().orgs, ["Levant Front"]);
        assert_eq!(
            named(&forward("Dentist Salem Abualnaser spoke")),
            Some("Salem Abualnaser")
        );
        assert_eq!(
            named(&forward("Omar Salkhou, Aleppo commander")),
            Some("Omar Salkhou")
        );
    }

    #[test]
    fn a_role_without_a_name_is_an_anonymous_mention() {
        let m = forward("another Western diplomat told me").unwrap();
        assert_eq!(
            m.kind,
            MentionKind::Role {
                noun: "diplomat",
                qualifier: Some("Western".into()),
                adjective: None
            }
        );
        let m = backward("the diplomat").unwrap();
        assert_eq!(
            m.kind,
            MentionKind::Role {
                noun: "diplomat",
                qualifier: None,
                adjective: None
            }
        );
        assert!(forward("Rebel sponsors only").is_none());
        let m = forward("said one aid worker.").map(|m| m.kind);
        assert_eq!(m, None, "a verb is not a phrase");
        let m = forward("one aid worker.").unwrap();
        assert_eq!(
            m.kind,
            MentionKind::Role {
                noun: "aid worker",
                qualifier: None,
                adjective: None
            }
        );
        let m = forward("A market guard known").unwrap();
        assert_eq!(
            m.kind,
            MentionKind::Role {
                noun: "guard",
                qualifier: None,
                adjective: Some("market".into())
            }
        );
    }

    #[test]
    fn appositions_give_role_and_organisation() {
        let lex = Lexicon::new();
        let text = "Jumu’ah Abu Ahmed, military commander of the Levant Front in Aleppo, said";
        let toks = super::super::words::tokenize_plain(&lex, text);
        let found = apposition(&toks, 3).unwrap();
        assert_eq!(
            found.role,
            "military commander of the Levant Front in Aleppo"
        );
        assert_eq!(found.org.as_deref(), Some("Levant Front"));
        let text = "Bakr, Aleppo commander for opposition faction and Islamist movement Ahrar al-Sham, led";
        let toks = super::super::words::tokenize_plain(&lex, text);
        assert_eq!(
            apposition(&toks, 1).unwrap().org.as_deref(),
            Some("Ahrar al-Sham")
        );
    }
}
