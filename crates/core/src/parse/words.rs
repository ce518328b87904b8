//! Words of the narration: the vocabulary as fast sets, and tokens classified once.
//!
//! A paragraph is tokenized once; each token knows whether it is a role noun, part of a name,
//! a locative, a particle, or the start of a verb of saying. Everything downstream reads these
//! flags instead of looking words up again.

use super::lexicon;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: a fast, deterministic hash for the short keys of the vocabulary.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = hash;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The word in lower case, borrowed when it already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Calls `f` with the word in ASCII lower case, without allocating for short ASCII words.
/// Non-ASCII words are passed as they are (the vocabulary is ASCII).
fn with_ascii_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 40];
    if word.len() <= buffer.len() && word.is_ascii() {
        let bytes = &mut buffer[..word.len()];
        bytes.copy_from_slice(word.as_bytes());
        bytes.make_ascii_lowercase();
        // ASCII stays valid UTF-8 after lower-casing.
        return f(std::str::from_utf8(bytes).unwrap_or(word));
    }
    f(word)
}

/// What the vocabulary knows about one lower-case word.
#[derive(Clone, Debug, Default)]
struct WordInfo {
    role: Option<&'static str>,
    locative: bool,
    particle: bool,
    determiner: bool,
    armed: bool,
    /// Verbs of saying that start with this word, longest first.
    verbs: Vec<Vec<&'static str>>,
}

/// The vocabulary as one map from lower-case words, built once per parse.
pub(crate) struct Lexicon {
    words: FastMap<String, WordInfo>,
    member_roles: FastSet<&'static str>,
    verb_objects: Vec<Vec<&'static str>>,
    not_names: FastSet<&'static str>,
    org_words: FastSet<&'static str>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

impl Lexicon {
    pub(crate) fn new() -> Self {
        let mut words: FastMap<String, WordInfo> = FastMap::default();
        for role in lexicon::ROLE_NOUNS {
            words.entry((*role).to_owned()).or_default().role = Some(role);
            words.entry(plural(role)).or_default().role = Some(role);
        }
        for verb in lexicon::SPEECH_VERBS {
            let parts: Vec<&'static str> = verb.split(' ').collect();
            words
                .entry(parts[0].to_owned())
                .or_default()
                .verbs
                .push(parts);
        }
        for info in words.values_mut() {
            crate::text::sort_by_rank(&mut info.verbs, |p| crate::text::descending(p.len() as u64));
        }
        for word in lexicon::LOCATIVES {
            words.entry((*word).to_owned()).or_default().locative = true;
        }
        for word in lexicon::NAME_PARTICLES {
            words.entry((*word).to_owned()).or_default().particle = true;
        }
        for word in lexicon::DETERMINERS {
            words.entry((*word).to_owned()).or_default().determiner = true;
        }
        for word in lexicon::ARMED_CONTEXT {
            words.entry((*word).to_owned()).or_default().armed = true;
        }
        let set = |list: &[&'static str]| list.iter().copied().collect::<FastSet<_>>();
        Lexicon {
            words,
            member_roles: set(lexicon::MEMBER_ROLES),
            verb_objects: lexicon::SPEECH_VERB_OBJECTS
                .iter()
                .map(|v| v.split(' ').collect())
                .collect(),
            not_names: set(lexicon::NOT_NAMES),
            org_words: set(lexicon::ORG_WORDS),
        }
    }

    fn info(&self, word: &str) -> Option<&WordInfo> {
        if !word.is_ascii() {
            return None;
        }
        with_ascii_lower(word, |w| self.words.get(w))
    }

    /// The role noun a word is (singular), if any.
    pub(crate) fn role(&self, word: &str) -> Option<&'static str> {
        self.info(word)?.role
    }

    /// Whether a role noun names a member of an organisation ("commander").
    pub(crate) fn is_member_role(&self, role: &str) -> bool {
        self.member_roles.contains(role)
    }

    /// Whether a word could be part of a name.
    pub(crate) fn is_name_word(&self, word: &str) -> bool {
        self.role(word.trim_start_matches(['‘', '\''])).is_none() && self.has_name_shape(word)
    }

    /// Whether a word is shaped like part of a name (role nouns aside).
    fn has_name_shape(&self, word: &str) -> bool {
        let word = word.trim_start_matches(['‘', '\'']);
        let Some(first) = word.chars().next() else {
            return false;
        };
        // Names start in upper case, or with a prefix such as "al-" or "el-".
        let prefixed = first.is_ascii_lowercase()
            && matches!(word.as_bytes().get(2..4), Some([b'-', _] | [_, b'-']));
        if !(first.is_uppercase() || prefixed) {
            return false;
        }
        if self.not_names.contains(word) {
            return false;
        }
        let rest = lexicon::NAME_PREFIXES
            .iter()
            .find_map(|p| word.strip_prefix(p))
            .unwrap_or(word);
        let bare = strip_possessive(rest).unwrap_or(rest);
        (bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().any(char::is_lowercase))
            || is_acronym(bare)
    }

    /// Whether a lower-case word may sit inside a name ("bin", "de").
    pub(crate) fn is_particle(&self, word: &str) -> bool {
        self.words.get(word).is_some_and(|i| i.particle)
    }

    /// Whether a word makes a capitalized phrase an organisation.
    pub(crate) fn is_org_word(&self, word: &str) -> bool {
        let lower = lower(word);
        let bare = strip_possessive(&lower)
            .unwrap_or(&lower)
            .trim_end_matches(['’', '\'']);
        self.org_words.contains(bare)
    }

    /// The number of tokens of an object after a verb of saying ("me", "the author").
    pub(crate) fn verb_object_at(&self, toks: &[Tok<'_>], i: usize) -> usize {
        self.verb_objects
            .iter()
            .find(|object| {
                object.iter().enumerate().all(|(k, part)| {
                    toks.get(i + k)
                        .is_some_and(|t| t.word.eq_ignore_ascii_case(part))
                })
            })
            .map_or(0, Vec::len)
    }

    /// Classifies tokens in place: roles, names, particles, locatives, verbs of saying.
    fn classify(&self, toks: &mut [Tok<'_>]) {
        for i in 0..toks.len() {
            if toks[i].barrier {
                continue;
            }
            let info = self.info(toks[i].word);
            let t = &mut toks[i];
            t.role = info.and_then(|i| i.role);
            t.determiner = info.is_some_and(|i| i.determiner);
            t.armed = info.is_some_and(|i| i.armed);
            t.name = t.role.is_none() && !t.determiner && self.has_name_shape(t.word);
            if t.name {
                continue;
            }
            let Some(info) = info else { continue };
            t.particle = info.particle;
            t.locative = info.locative;
            let fits = |phrase: &[&str]| {
                phrase.iter().enumerate().all(|(k, part)| {
                    toks.get(i + k).is_some_and(|t| {
                        !t.barrier
                            && t.word.eq_ignore_ascii_case(part)
                            && (k + 1 == phrase.len() || t.punct.is_none())
                    })
                })
            };
            if let Some(phrase) = info.verbs.iter().find(|p| fits(p)) {
                toks[i].verb = u8::try_from(phrase.len()).unwrap_or(1);
            }
        }
    }
}

fn plural(word: &str) -> String {
    match word.strip_suffix("man") {
        Some(stem) => format!("{stem}men"),
        None => format!("{word}s"),
    }
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-')
}

/// "Front’s" → "Front".
pub(crate) fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))
}

/// A word of narration with its byte range in the block, the punctuation after it, and what it is.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Tok<'a> {
    /// The word without surrounding punctuation.
    pub word: &'a str,
    /// Byte offset of the word.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// Clause punctuation right after the word (`,`, `.`, `;`, `:`, `?`, `!`).
    pub punct: Option<char>,
    /// A quote or a dash: nothing reads across it.
    pub barrier: bool,
    /// The role noun the word is ("commander"), singular.
    pub role: Option<&'static str>,
    /// Whether the word can be part of a name.
    pub name: bool,
    /// Whether the word is a name particle ("bin").
    pub particle: bool,
    /// Whether the word puts a place after it ("in").
    pub locative: bool,
    /// Whether the word is a determiner ("a", "the", "another").
    pub determiner: bool,
    /// Whether the word marks armed context ("faction", "commander").
    pub armed: bool,
    /// Tokens in the verb of saying that starts here; 0 when none does.
    pub verb: u8,
}

impl Tok<'_> {
    /// The verb of saying starting at this token, as a token count.
    pub(crate) fn verb_len(&self) -> Option<usize> {
        (self.verb > 0).then_some(usize::from(self.verb))
    }
}

/// The byte that stands for a masked quote in narration.
pub(crate) const QUOTE_MASK: u8 = 0x01;
/// The byte that stands for a masked nickname ("Mohannad “Abu al-Majd” Makhzoom").
pub(crate) const NICKNAME_MASK: u8 = 0x02;

/// What kind of separator starts at a byte of masked text, and its length in bytes.
#[derive(Clone, Copy, PartialEq)]
enum Separator {
    Space(usize),
    Barrier(usize),
}

/// The separator at byte `i`, if one starts there. Separators are ASCII whitespace, the masks,
/// dashes (barriers) and the Unicode spaces the genre's texts use.
fn separator_at(bytes: &[u8], i: usize) -> Option<Separator> {
    match bytes[i] {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | NICKNAME_MASK => Some(Separator::Space(1)),
        QUOTE_MASK => Some(Separator::Barrier(1)),
        0xc2 if bytes.get(i + 1) == Some(&0xa0) => Some(Separator::Space(2)),
        0xe2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) => Some(Separator::Space(3)),
            Some(0x93 | 0x94) => Some(Separator::Barrier(3)),
            _ => None,
        },
        0xe3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => Some(Separator::Space(3)),
        _ => None,
    }
}

/// Classified tokens of `text`, read through its `masked` copy (same byte length): words, with
/// quotes and dashes as barriers and nicknames skipped.
pub(crate) fn tokenize<'a>(lex: &Lexicon, text: &'a str, masked: &str) -> Vec<Tok<'a>> {
    let bytes = masked.as_bytes();
    let to = bytes.len().min(text.len());
    let mut toks = Vec::with_capacity(to / 6);
    let mut i = 0;
    while i < to {
        match separator_at(bytes, i) {
            Some(Separator::Space(len)) => {
                i += len;
                continue;
            }
            Some(Separator::Barrier(len)) => {
                toks.push(Tok {
                    start: i,
                    end: i + len,
                    barrier: true,
                    ..Tok::default()
                });
                i += len;
                continue;
            }
            None => {}
        }
        let mut end = i + 1;
        while end < to && separator_at(bytes, end).is_none() {
            end += 1;
        }
        let Some(raw) = text.get(i..end) else {
            i = end;
            continue;
        };
        let lead = raw.len() - raw.trim_start_matches(['(', '[', '“', '"', '‘']).len();
        let word_with_tail = &raw[lead..];
        let word =
            word_with_tail.trim_end_matches([',', '.', ';', ':', '!', '?', ')', ']', '”', '"']);
        let tail = &word_with_tail[word.len()..];
        let punct = tail
            .chars()
            .filter(|p| matches!(p, ',' | '.' | ';' | ':' | '!' | '?'))
            .max_by_key(|p| punct_strength(*p));
        if !word.is_empty() {
            toks.push(Tok {
                word,
                start: i + lead,
                end: i + lead + word.len(),
                punct,
                ..Tok::default()
            });
        } else if let (Some(p), Some(last)) = (punct, toks.last_mut()) {
            last.punct = Some(p);
        }
        i = end;
    }
    lex.classify(&mut toks);
    toks
}

fn punct_strength(p: char) -> u8 {
    match p {
        ',' => 1,
        ':' | ';' => 2,
        _ => 3,
    }
}

/// Tokens of a plain string (no masking), for tests and short phrases.
#[cfg(test)]
pub(crate) fn tokenize_plain<'a>(lex: &Lexicon, text: &'a str) -> Vec<Tok<'a>> {
    tokenize(lex, text, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_know_what_they_are() {
        let lex = Lexicon::new();
        let toks = tokenize_plain(&lex, "Salkhou went on, said the commander in Aleppo.");
        let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            [
                "Salkhou",
                "went",
                "on",
                "said",
                "the",
                "commander",
                "in",
                "Aleppo"
            ]
        );
        assert!(toks[0].name);
        assert_eq!(toks[1].verb_len(), Some(2));
        assert_eq!(toks[2].punct, Some(','));
        assert_eq!(toks[3].verb_len(), Some(1));
        assert_eq!(toks[5].role, Some("commander"));
        assert!(toks[6].locative);
        assert_eq!(toks[7].punct, Some('.'));
    }
}
