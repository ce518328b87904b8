//! Names learned from the document's own evidence, not from lists of words.
//!
//! A capitalized word that the document also capitalizes in the middle of a sentence is a name
//! (or part of one); a word capitalized only where a sentence starts, and written in lower
//! case elsewhere, is not ("Ultimately", "Instead"). A sentence-initial word never seen
//! elsewhere is a name when a name or a verb of saying follows it ("Solara replied"), or when
//! the next sentence calls it "the organization" ("Oxfam has worked there since 2010. The
//! organization said"), or a relative clause is about it ("Verdant, which employs 4,000
//! people, said"). The closed
//! classes of English and honorifics are never names, and a role noun stays a role when a name
//! follows it ("President Trump") or a determiner precedes it ("the President").

use super::lexicon;
use super::paragraph::Paragraph;
use super::words::{FastMap, Lexicon, ShortKey, Tok, VerbForm, WordList, strip_possessive};
use std::borrow::Cow;
use std::hash::BuildHasherDefault;

/// How often the document writes a word capitalized mid-sentence, and in lower case.
#[derive(Clone, Copy, Debug, Default)]
struct WordCounts {
    mid_capitalized: u32,
    lower: u32,
}

/// What the document says about its capitalized words.
#[derive(Debug, Default)]
pub(crate) struct NameEvidence<'a> {
    /// Each key's counts in `totals`.
    keys: Keys<'a>,
    /// The counts, by key.
    totals: Vec<WordCounts>,
    /// For each set of paragraphs learned, each spelling's key in `totals` (by its number), for
    /// a spelling the set writes mid-sentence or in lower case: its tokens' counts are read
    /// without their key.
    spelling_keys: Vec<Vec<Option<usize>>>,
}

/// The index of each key's counts: a short key ([`ShortKey`]) by its packed bytes, a longer
/// one by its bytes (borrowed from the text when the word is in lower case already).
#[derive(Debug, Default)]
struct Keys<'a> {
    short: FastMap<ShortKey, usize>,
    long: FastMap<Cow<'a, [u8]>, usize>,
}

/// The key a word is counted under ([`with_key`]): packed when short, else its bytes.
#[derive(Clone, Copy)]
enum CountKey<'k> {
    Short(ShortKey),
    Long(&'k [u8]),
}

impl<'k> CountKey<'k> {
    fn of(bytes: &'k [u8]) -> Self {
        ShortKey::of_bytes(bytes).map_or(CountKey::Long(bytes), CountKey::Short)
    }
}

impl<'a> Keys<'a> {
    fn get(&self, key: CountKey<'_>) -> Option<usize> {
        match key {
            CountKey::Short(short) => self.short.get(&short).copied(),
            CountKey::Long(key) => self.long.get(key).copied(),
        }
    }

    /// The index of a key's counts in `totals`, where new counts are made for a new key; a
    /// long key is borrowed as `written` (the word's bytes in the text) when it is those bytes.
    fn index(
        &mut self,
        key: CountKey<'_>,
        written: impl FnOnce() -> &'a [u8],
        totals: &mut Vec<WordCounts>,
    ) -> usize {
        let new = || {
            totals.push(WordCounts::default());
            totals.len() - 1
        };
        let key = match key {
            CountKey::Short(short) => return *self.short.entry(short).or_insert_with(new),
            CountKey::Long(key) => key,
        };
        if let Some(&k) = self.long.get(key) {
            return k;
        }
        let written = written();
        let key = if written == key {
            Cow::Borrowed(written)
        } else {
            Cow::Owned(key.to_vec())
        };
        *self.long.entry(key).or_insert_with(new)
    }
}

/// Calls `f` with the key a word is counted under: lower case, no possessive, no opening
/// apostrophe (without allocating for short ASCII words).
fn with_key<R>(word: &str, f: impl FnOnce(CountKey<'_>) -> R) -> R {
    let word = word.trim_start_matches(['‘', '\'']);
    let word = strip_possessive(word).unwrap_or(word);
    if let Some(short) = ShortKey::of_ascii_lower(word) {
        return f(CountKey::Short(short));
    }
    let mut buffer = [0u8; 32];
    match super::words::ascii_lower_into(word, &mut buffer) {
        Some(bytes) => f(CountKey::of(bytes)),
        None => f(CountKey::of(word.to_lowercase().as_bytes())),
    }
}

/// A name that is a role and the label the text gives an unnamed person ("Officer 1",
/// "Witness A", "Farmer 12").
pub(crate) struct RoleLabel {
    /// The role noun ("officer").
    pub role: &'static str,
    /// Whether the label is a number rather than a letter.
    pub numbered: bool,
}

/// Reads a name as a capitalized role noun and a label: one capital letter, or a number of up
/// to three digits.
pub(crate) fn role_label(lex: &Lexicon, name: &str) -> Option<RoleLabel> {
    /// The longest number of such a label.
    const MAX_DIGITS: usize = 3;
    // Every label ends on a capital or a digit: most names are told at their last byte.
    if !name
        .trim_end()
        .as_bytes()
        .last()
        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return None;
    }
    let mut words = name.split_whitespace();
    let (Some(role), Some(label), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let letter = label.len() == 1 && label.bytes().all(|b| b.is_ascii_uppercase());
    let numbered = (1..=MAX_DIGITS).contains(&label.len())
        && label.bytes().all(|b| b.is_ascii_digit())
        || is_code_label(label);
    if !role.starts_with(char::is_uppercase) || !(letter || numbered) {
        return None;
    }
    Some(RoleLabel {
        role: lex.role(&role.to_lowercase())?,
        numbered,
    })
}

/// "CM-041", "RM-12", "C-0412": capitals, a hyphen and digits, a court's or a study's code for
/// a person it keeps anonymous ("Witness CM-041").
pub(crate) fn is_code_label(word: &str) -> bool {
    const MAX_LETTERS: usize = 3;
    const MAX_DIGITS: usize = 5;
    let Some((letters, digits)) = word.split_once('-') else {
        return false;
    };
    (1..=MAX_LETTERS).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=MAX_DIGITS).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a word is a social-media handle ("@low_tide_lendria", "@VeyraMFA").
pub(crate) fn is_handle(word: &str) -> bool {
    /// The longest handle.
    const MAX_LEN: usize = 30;
    word.strip_prefix('@').is_some_and(|rest| {
        (1..=MAX_LEN).contains(&rest.len())
            && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    })
}

/// Whether a word is shaped like part of a name: capitalized (with a lower-case letter or as an
/// acronym), or with a lower-case transliteration prefix ("al-Farouq").
// Asked of every new spelling and of every word of the names the registry reads, most of which
// are told by their first bytes: inlined.
#[inline(always)]
pub(crate) fn has_name_shape(word: &str) -> bool {
    // Fast path: most words start with an ASCII lower-case letter and have no prefix.
    let bytes = word.as_bytes();
    // "jQuery", "iPhone", "eBay": a brand's lower-case letter before a capital.
    if bytes.first().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.get(1).is_some_and(|b| b.is_ascii_uppercase())
        && bytes[2..].iter().any(u8::is_ascii_lowercase)
    {
        return true;
    }
    if bytes.first().is_some_and(|b| b.is_ascii_lowercase())
        && !matches!(bytes.get(2..4), Some([b'-', _] | [_, b'-']))
    {
        return false;
    }
    let word = word.trim_start_matches(['‘', '\'']);
    let Some(first) = word.chars().next() else {
        return false;
    };
    let prefixed = first.is_ascii_lowercase()
        && super::lexicon::NAME_PREFIXES.iter().any(|p| {
            word.strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        });
    if prefixed {
        return true;
    }
    if !first.is_uppercase() {
        return false;
    }
    let bare = strip_possessive(word).unwrap_or(word);
    bare.chars().any(char::is_lowercase) || is_acronym(bare) || is_initial(bare)
}

/// "FSA", "U.S.", "GOP": two or more capitals and nothing lower case.
pub(crate) fn is_acronym(word: &str) -> bool {
    // Most words fail at their first lower-case letter, before their letters are counted.
    word.chars()
        .all(|c| c.is_uppercase() || c == '.' || c == '-' || c == '&')
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// "MoIA", "DoD", "FinCEN": one word whose capitals are at least half its letters (two at
/// least), which a surname such as "McDonald" or "DeSantis" never has.
pub(crate) fn is_mixed_case_acronym(word: &str) -> bool {
    const MIN_CAPITALS: usize = 2;
    // The cheap tests first: a name of several words has a space, which is no letter.
    if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let letters = word.chars().count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    capitals >= MIN_CAPITALS && capitals * 2 >= letters
}

/// "S." in "Robert S. Mueller".
pub(crate) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

impl<'a> NameEvidence<'a> {
    /// Counts every word of the body paragraphs, whose tokens number their spellings in
    /// `spellings`.
    #[cfg(test)]
    pub(crate) fn learn(paragraphs: &[Paragraph<'a>], spellings: &[&'a str]) -> Self {
        Self::learn_all(&[(paragraphs, spellings)])
    }

    /// Counts every word of several sets of paragraphs (the body and the notes), each with the
    /// spellings its tokens are numbered by (its [`WordClasses`]).
    ///
    /// [`WordClasses`]: super::words::WordClasses
    pub(crate) fn learn_all(sets: &[(&[Paragraph<'a>], &[&'a str])]) -> Self {
        let spellings: usize = sets.iter().map(|(_, spellings)| spellings.len()).sum();
        let mut evidence = NameEvidence {
            keys: Keys {
                short: FastMap::with_capacity_and_hasher(spellings, BuildHasherDefault::default()),
                long: FastMap::default(),
            },
            totals: Vec::with_capacity(spellings),
            spelling_keys: Vec::with_capacity(sets.len()),
        };
        for (paragraphs, spellings) in sets {
            evidence.learn_set(paragraphs, spellings);
        }
        evidence
    }

    /// Counts the words of a set of paragraphs whose tokens number their spellings in
    /// `spellings`: by spelling first, by its number (a report writes most words many times),
    /// then each spelling under its key, once.
    fn learn_set(&mut self, paragraphs: &[Paragraph<'a>], spellings: &[&'a str]) {
        let mut by_spelling = vec![WordCounts::default(); spellings.len()];
        for p in paragraphs {
            for t in p.all_tokens() {
                if t.barrier || t.word.is_empty() {
                    continue;
                }
                let capital = t.shaped;
                if capital && t.sentence_initial {
                    continue;
                }
                // A word opening on an ASCII byte other than an apostrophe is told by that byte.
                let lower_case = !capital
                    && match t.word.as_bytes()[0] {
                        b'\'' | 0x80.. => t
                            .word
                            .trim_start_matches(['‘', '\''])
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase),
                        first => first.is_ascii_lowercase(),
                    };
                if !capital && !lower_case {
                    continue;
                }
                let Some(counts) = by_spelling.get_mut(t.spelling) else {
                    continue;
                };
                if capital {
                    counts.mid_capitalized += 1;
                } else {
                    counts.lower += 1;
                }
            }
        }
        let mut spelling_keys = Vec::with_capacity(spellings.len());
        for (&word, spelled) in spellings.iter().zip(&by_spelling) {
            if spelled.mid_capitalized == 0 && spelled.lower == 0 {
                spelling_keys.push(None);
                continue;
            }
            let written = || {
                let bare = word.trim_start_matches(['‘', '\'']);
                strip_possessive(bare).unwrap_or(bare).as_bytes()
            };
            let k = with_key(word, |key| self.keys.index(key, written, &mut self.totals));
            let counts = &mut self.totals[k];
            counts.mid_capitalized += spelled.mid_capitalized;
            counts.lower += spelled.lower;
            spelling_keys.push(Some(k));
            // "Bashar al-Jaafari … Jaafari, for his part,": the surname after a particle is
            // written capitalized where no sentence opens too.
            if spelled.mid_capitalized > 0
                && let Some((particle, surname)) = word.split_once('-')
                && !particle.is_empty()
                && particle.chars().all(char::is_lowercase)
                && surname.starts_with(char::is_uppercase)
                && !surname.contains('-')
            {
                let written = || strip_possessive(surname).unwrap_or(surname).as_bytes();
                let k = with_key(surname, |key| {
                    self.keys.index(key, written, &mut self.totals)
                });
                self.totals[k].mid_capitalized += spelled.mid_capitalized;
            }
        }
        self.spelling_keys.push(spelling_keys);
    }

    fn counts(&self, word: &str) -> WordCounts {
        with_key(word, |key| {
            self.keys
                .get(key)
                .map_or(WordCounts::default(), |k| self.totals[k])
        })
    }

    /// The counts of a token's word of the paragraphs of `set` (as learned): by its spelling's
    /// number where the set counted that spelling, else by its key.
    fn counts_of(&self, set: usize, t: &Tok<'_>) -> WordCounts {
        match self.spelling_keys[set].get(t.spelling) {
            Some(&Some(k)) if !t.barrier => self.totals[k],
            _ => self.counts(t.word),
        }
    }

    /// Sets each token's `name` flag (and clears the role of a role noun used as a name) in a
    /// paragraph of `set`, the index of its set in [`NameEvidence::learn_all`].
    pub(crate) fn mark(&self, p: &mut Paragraph<'_>, set: usize) {
        let toks = p.tokens_mut();
        // Read before names clear the roles of role nouns used as names ("Officer 2").
        // Each token's (label, name) flags, read before any token changes.
        let flags: Vec<(bool, bool)> = (0..toks.len())
            .map(|i| {
                // "(Interview R12, May 2021)" cites; it names no one.
                let name = self.is_name(set, toks, i) && !toks[i].cites_an_interview();
                (i > 0 && label_of_role(toks, i), name)
            })
            .collect();
        for (t, &(_, name)) in toks.iter_mut().zip(&flags) {
            if name && t.role.is_some() {
                t.role = None;
                t.plural_role = false;
            }
            t.name = name;
        }
        // "the 7th Motorised Brigade": an ordinal in digits opens the name of a unit.
        let lex = Lexicon::get();
        for i in 0..toks.len().saturating_sub(1) {
            // Told first by the name after it: few tokens are ordinals, fewer open names.
            let opens_unit = toks[i + 1].name
                && toks[i].punct.is_none()
                && !toks[i].barrier
                && is_ordinal(toks[i].word)
                && toks[i + 1..]
                    .iter()
                    .take_while(|t| t.name && !t.barrier)
                    .any(|t| t.says_org_word(lex, t.bare()));
            if opens_unit {
                toks[i].name = true;
            }
        }
        // "the Women’s Refugee Commission": from a plural's possessive to the organisation
        // word, every word is the name's, a role noun's too.
        for i in 0..toks.len() {
            if super::mentions::possessive_inside_org_name(toks, i) {
                // "the Prosecutor General’s Office": the post's title is the name's too.
                if super::mentions::office_of_a_post(toks, i) {
                    for t in toks[..i].iter_mut().rev() {
                        if !t.capitalized() || t.barrier || t.punct.is_some() || t.function {
                            break;
                        }
                        t.name = true;
                        t.role = None;
                        t.plural_role = false;
                    }
                }
                for t in toks[i..].iter_mut() {
                    let org_word = t.org_word;
                    t.name = true;
                    t.role = None;
                    t.plural_role = false;
                    if org_word {
                        break;
                    }
                }
            }
        }
        // "a biology major": after a subject in lower case, the rank is a student's.
        let (rank, student) = lexicon::STUDENT_OF_A_SUBJECT;
        for i in 1..toks.len() {
            if toks[i].role == Some(rank) && !toks[i].capitalized() {
                let subject = &toks[i - 1];
                if subject.word.starts_with(char::is_lowercase)
                    && subject.punct.is_none()
                    && !subject.function
                    && !subject.determiner
                    && subject.role.is_none()
                    && subject.verb.is_none()
                {
                    toks[i].role = Some(student);
                }
            }
        }
        // "@low_tide_lendria wrote": an account's handle names it.
        for t in toks
            .iter_mut()
            .filter(|t| t.word.starts_with('@') && is_handle(t.bare()))
        {
            t.name = true;
            t.role = None;
            t.plural_role = false;
        }
        // "Witness A", "Source 3": an unnamed person labelled by a role and a letter or number.
        for i in 1..toks.len() {
            if flags[i].0 {
                for t in &mut toks[i - 1..=i] {
                    t.name = true;
                    t.honorific = false;
                    t.role = None;
                    t.plural_role = false;
                    t.function = false;
                    t.determiner = false;
                }
            }
        }
    }

    fn is_name(&self, set: usize, toks: &[Tok<'_>], i: usize) -> bool {
        let t = &toks[i];
        if t.barrier || !t.shaped || t.function || t.honorific {
            return false;
        }
        let bare = t.bare();
        // "Q. Did anyone read it?" / "A. I read it.": a transcript's labels open its lines.
        let opens_line = i == 0 || matches!(toks[i - 1].punct, Some('.' | '?' | '!'));
        if opens_line && lexicon::is_one_of(t.word, lexicon::TRANSCRIPT_LABELS) {
            return false;
        }
        if (is_acronym(bare) && t.role.is_none()) || is_initial(bare) {
            return true;
        }
        let next = toks.get(i + 1).filter(|n| !n.barrier && t.punct.is_none());
        // "Ursula von der Leyen": past lower-case particles to the name they carry.
        let next = next.and_then(|n| {
            if !n.particle {
                return Some(n);
            }
            toks[i + 1..]
                .iter()
                .take(3)
                .find(|m| !m.particle)
                .filter(|m| !m.barrier && toks[i + 1].punct.is_none())
        });
        let next_is_name_like = || {
            next.is_some_and(|n| {
                n.shaped
                    && !n.function
                    && n.role.is_none()
                    && self.counts_of(set, n).mid_capitalized > 0
            })
        };
        if t.role.is_some() {
            // "I.C. Expert Investment Company": a role noun inside an organisation's name.
            // "Transparency Monitor, a … group,": one the apposition says is an organisation.
            if i > 0
                && (inside_org_name(toks, i)
                    || (apposed_org(toks, i) && toks[i - 1].shaped && toks[i - 1].punct.is_none()))
            {
                return true;
            }
            // "The General Federation of Lorreyan Workers", "General Motors": a role noun that
            // opens a name right before its organisation word.
            let opens_org_name = next.is_some_and(|n| {
                n.shaped
                    && n.capitalized()
                    && n.role.is_none()
                    && n.says_org_word(crate::parse::words::Lexicon::get(), n.bare())
            }) && (i == 0 || toks[i - 1].determiner || !toks[i - 1].shaped);
            if opens_org_name {
                return true;
            }
            // "According to Baker," is a name; "President Trump" and "the President" are roles.
            let previous = i.checked_sub(1).map(|k| &toks[k]).filter(|p| !p.barrier);
            // "its Chairperson, Halina Vorst": a possessive makes a title of it too.
            let after_modifier = previous.is_some_and(|p| {
                p.determiner
                    || p.on(WordList::PossessivePronouns)
                    || (p.punct.is_none() && (p.shaped || p.possessive()))
                    || p.word.chars().next().is_some_and(char::is_lowercase)
                        && p.punct.is_none()
                        && !p.function
            });
            let before_name = next.is_some_and(|n| n.shaped && !n.function);
            // "to Chief of Staff Mark Meadows": a title with its complement.
            // "Director of the Harnsund Centre": past "the" too.
            let complement_at = if toks.get(i + 2).is_some_and(|c| c.is("the")) {
                i + 3
            } else {
                i + 2
            };
            let before_complement = next.is_some_and(|n| n.is("of") || n.is("for"))
                && toks
                    .get(complement_at)
                    .is_some_and(|c| c.shaped && !c.function && !c.barrier);
            let counts = self.counts_of(set, t);
            // "James Governor", "Jessica Lord": a role noun the document never writes in lower
            // case, right after a first name, is a surname.
            // The first name opens the name: no capitalized word before it ("U.S. Senate
            // Parliamentarian" is a title), and it is no organisation's word.
            let opens_name = i < 2 || !toks[i - 2].shaped || toks[i - 2].barrier;
            let after_first_name = opens_name
                && previous.is_some_and(|p| {
                    p.shaped
                        && p.role.is_none()
                        && !p.function
                        && !p.honorific
                        && p.punct.is_none()
                        && !p.possessive()
                        && !is_acronym(p.bare())
                        && !p.org_word
                        && self.counts_of(set, p).mid_capitalized > 0
                });
            if after_first_name
                && !before_name
                && !before_complement
                && !t.plural_role
                && counts.lower == 0
                && counts.mid_capitalized > 0
            {
                return true;
            }
            // "Helen Dartry, President and Chief Executive Officer": a title joined to another.
            let before_other_title = t.punct.is_none()
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.is("and") && n.punct.is_none())
                && toks
                    .get(i + 2)
                    .is_some_and(|n| n.role.is_some() && n.capitalized() && !n.barrier);
            // "Edda Halloran, Governor; Piet Vasko, …": a title set off after a full name.
            let set_off_title = i >= 2
                && matches!(t.punct, Some(';' | ',' | '.'))
                && previous.is_some_and(|p| p.shaped && p.punct == Some(','))
                && toks[i - 2].shaped
                && toks[i - 2].punct.is_none()
                && !toks[i - 2].barrier;
            return !t.sentence_initial
                && !after_modifier
                && !set_off_title
                && !before_other_title
                && !before_name
                && !before_complement
                && !t.plural_role
                && counts.mid_capitalized > 0;
        }
        let counts = self.counts_of(set, t);
        if counts.mid_capitalized > 0 {
            return true;
        }
        if t.sentence_initial && counts.lower == 0 {
            // "Newspapers called her": the plural of a noun the text writes in lower case
            // ("this newspaper") is that noun, not a name.
            /// The fewest letters of the singular (not "Ines" for "in").
            const MIN_STEM: usize = 4;
            let word = t.bare();
            let plural_of_lower = word.ends_with('s')
                && [word.strip_suffix('s'), word.strip_suffix("es")]
                    .into_iter()
                    .flatten()
                    .any(|stem| {
                        stem.len() >= MIN_STEM
                            && !t.function
                            && self.counts(&stem.to_lowercase()).lower > 0
                    });
            if plural_of_lower {
                return false;
            }
            // "Following reports in the Courier": an opening participle before a noun that
            // could be a verb is no speaker.
            let participle = t.word.len() > 5 && t.word.ends_with("ing");
            let next_says = next.is_some_and(|n| {
                n.verb
                    .is_some_and(|v| !participle || v.form == VerbForm::Past)
            });
            // "German officials were quoted": a qualifier before a role noun. "Ukrainian
            // President Volodymyr Zelensky", "Chinese foreign ministry spokesperson Mao Ning": a
            // state's people's word before a title.
            /// The most words between such a word and its role.
            const DEMONYM_REACH: usize = 3;
            // "Government forces said", "Security forces said": the forces of a side.
            let before_role = next.is_some_and(|n| n.role.is_some() && n.plural_role)
                || next.is_some_and(|n| n.word == "forces")
                || (demonym_shaped(Lexicon::get(), t.word)
                    && toks[i + 1..]
                        .iter()
                        .take(DEMONYM_REACH)
                        .take_while(|n| !n.barrier && n.punct.is_none())
                        // "Israeli forces said": or a body of its state.
                        .any(|n| n.role.is_some() || (n.org_word && !n.capitalized())));
            // "Hamas official Basem Naim said", "Oxfam campaigner Ana Lima": a word before a
            // title in lower case and the name it titles is the body or people the title is of.
            let before_title_and_name = t.punct.is_none()
                && next.is_some_and(|n| {
                    n.role.is_some() && !n.plural_role && !n.capitalized() && n.punct.is_none()
                })
                && toks.get(i + 2).is_some_and(|n| {
                    !n.barrier && n.shaped && n.capitalized() && !n.function && n.role.is_none()
                });
            // "Rania, 26, brought her son": a name given an age.
            let aged = t.punct == Some(',')
                && toks.get(i + 1).is_some_and(|n| {
                    !n.barrier
                        && n.punct == Some(',')
                        && (1..=3).contains(&n.word.len())
                        && n.word.bytes().all(|b| b.is_ascii_digit())
                });
            return next_says
                || aged
                || cites_year(toks, i)
                || t.possessive()
                || next_is_name_like()
                || before_role
                || before_title_and_name
                || apposed_role(toks, i)
                || run_apposed_org(toks, i)
                || called_by_kind_next(toks, i)
                || relative_follows(toks, i);
        }
        false
    }
}

/// "Verdant, which employs 4,000 people, said": a word set off before a relative clause is
/// what the clause is about.
fn relative_follows(toks: &[Tok<'_>], i: usize) -> bool {
    toks[i].punct == Some(',')
        && toks
            .get(i + 1)
            .is_some_and(|n| !n.barrier && (n.is("which") || n.is("who") || n.is("whose")))
}

/// "Oxfam has worked in the region since 2010. The organization said …": a word that opens a
/// sentence as its subject (a verb follows it) is a name when the next sentence opens by
/// calling it "the organization", "the company" or "the charity".
fn called_by_kind_next(toks: &[Tok<'_>], i: usize) -> bool {
    let verb_follows = toks.get(i + 1).is_some_and(|n| {
        !n.barrier
            && toks[i].punct.is_none()
            && (n.verb.is_some()
                || lexicon::is_one_of(n.word, lexicon::AUXILIARIES)
                || (n.word.ends_with("ed") && n.word.starts_with(char::is_lowercase)))
    });
    if !verb_follows {
        return false;
    }
    let Some(next) = (i + 1..toks.len()).find(|&k| toks[k].sentence_initial) else {
        return false;
    };
    toks[next].word == "The"
        && toks.get(next + 1).is_some_and(|n| {
            !n.barrier
                && n.punct.is_none()
                && lexicon::is_one_of(n.word, lexicon::ORG_GENERIC_KINDS)
        })
}

/// Whether a capitalized word has the shape of a state's people's word ("Russian", "Chinese",
/// "Israeli", "Turkish"): not a role or an organisation word, and not "Regional" or "Federal".
pub(crate) fn demonym_shaped(lex: &Lexicon, word: &str) -> bool {
    const ENDINGS: &[&str] = &["ian", "ese", "ish", "ean", "an", "i"];
    const MIN_LEN: usize = 4;
    word.len() >= MIN_LEN
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].bytes().all(|b| b.is_ascii_lowercase())
        && ENDINGS.iter().any(|e| word.ends_with(e))
        && lex.role(word).is_none()
        && !lex.is_org_word(word)
        && !lex.is_function_word(word)
}

/// Whether a word is a state's people's by an ending no organisation's one-word name has
/// ("Russian", "Sudanese", "Kurdish", "Korean"; not "Taliban" or "Houthi").
pub(crate) fn strong_demonym(lex: &Lexicon, word: &str) -> bool {
    demonym_shaped(lex, word)
        && ["ian", "ese", "ish", "ean"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// Whether a word opens an author–date citation ("Castellan (2020, p. 5) describes", "Obiri
/// and Halvorsen (2021) argue"): a year in parentheses after it, past co-authors' names.
fn cites_year(toks: &[Tok<'_>], i: usize) -> bool {
    /// The most words between the first author and the year ("and Halvorsen", "et al.").
    const MAX_AUTHORS: usize = 3;
    toks[i + 1..]
        .iter()
        .take(MAX_AUTHORS + 1)
        .take_while(|t| !t.barrier)
        .find(|t| t.paren_open || !(t.shaped || t.is("and") || t.is("et") || t.is("al.")))
        .is_some_and(|t| t.paren_open && opens_with_year(t.word))
        && toks[i].punct.is_none()
}

/// Whether a word opens with a year in digits ("2021", "2020,").
pub(crate) fn opens_with_year(word: &str) -> bool {
    word.as_bytes()
        .get(..4)
        .is_some_and(|head| head.iter().all(u8::is_ascii_digit))
}

/// Whether the token at `i` is the letter or number that labels an unnamed person after a
/// capitalized role noun ("Witness A,", "Source 3 said", "Interviewee 12:").
fn label_of_role(toks: &[Tok<'_>], i: usize) -> bool {
    let (role, label) = (&toks[i - 1], &toks[i]);
    // Most words follow no capitalized role or honorific: nothing more to read.
    if !(role.role.is_some() || role.honorific)
        || role.punct.is_some()
        || role.barrier
        || label.barrier
        || !role.capitalized()
    {
        return false;
    }
    let word = label.bare();
    let letter = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) && word != "I";
    let number = !word.is_empty() && word.len() <= 3 && word.chars().all(|c| c.is_ascii_digit())
        || is_code_label(word);
    // What follows is the sentence's verb ("Source 3 said", "Officer 1 told"), an adverb
    // aside ("Employee 3 then wrote").
    let ends = label.punct.is_some()
        || toks.get(i + 1).is_some_and(|n| {
            n.barrier
                || n.verb.is_some()
                || (n.word.starts_with(char::is_lowercase) && !n.function && !n.determiner)
                || (n.on(WordList::SubjectVerbFillers)
                    && n.punct.is_none()
                    && toks.get(i + 2).is_some_and(|v| v.verb.is_some()))
        });
    // "Mr A", "Ms B": an honorific and a letter stand for a person the text keeps anonymous.
    let honoured_letter = role.honorific && letter;
    (role.role.is_some() || role.honorific)
        && role.capitalized()
        && role.punct.is_none()
        && !role.barrier
        && !label.barrier
        && (letter || number)
        && (ends || honoured_letter)
}

/// "Nadia R. (not her real name)", "Terry Wrenn, who grew up on Tanner Street": what the text
/// says after a name (ending at `end`) marks a private person, not someone who speaks for a
/// body: a pseudonym, or a clause about where they live. (An age says nothing: reporters give
/// anyone's; nor does "whose sister", which may tie a businessman to an official.)
pub(crate) fn private_person_after(toks: &[Tok<'_>], end: usize) -> bool {
    const PAREN_WORDS: usize = 5;
    let Some(next) = toks.get(end).filter(|t| !t.barrier) else {
        return false;
    };
    // "(not her real name)", "(a pseudonym)", "(name changed)".
    if next.paren_open {
        let inside: Vec<&str> = toks[end..]
            .iter()
            .take(PAREN_WORDS)
            .scan(false, |closed, t| {
                let was = *closed;
                *closed = t.paren_close;
                (!was).then_some(t.bare())
            })
            .collect();
        let has = |w: &str| inside.iter().any(|x| x.eq_ignore_ascii_case(w));
        return lexicon::WITHHELD_NAME_WORDS.iter().any(|w| has(w))
            || private_person_after(toks, end + inside.len());
    }
    let previous = end.checked_sub(1).map(|k| &toks[k]);
    if previous.is_none_or(|p| p.punct != Some(',')) {
        return false;
    }
    let then = toks.get(end + 1).filter(|t| !t.barrier);
    if !next.is("who") {
        return false;
    }
    // "who lives in", "who grew up on", "who farms at", "who has lived".
    let verb = match then {
        Some(t) if t.is("has") || t.is("had") => toks.get(end + 2),
        other => other,
    };
    verb.is_some_and(|t| lexicon::is_one_of(t.bare(), lexicon::RESIDING_VERBS))
}

/// "Transparency Monitor, a non-governmental election observation group,": a comma after the
/// word at `i`, then a phrase headed by an organisation word. What the apposition says makes
/// the capitalized run before it an organisation's name, whatever its words are.
pub(crate) fn apposed_org(toks: &[Tok<'_>], i: usize) -> bool {
    apposed_org_kind(toks, i).is_some()
}

/// The kind an organisation apposition after token `i` gives ("group" of ", the Lebanese
/// militant group,"), as [`apposed_org`] reads it.
pub(crate) fn apposed_org_kind<'a>(toks: &[Tok<'a>], i: usize) -> Option<&'a str> {
    const WITHIN: usize = 6;
    let lex = crate::parse::words::Lexicon::get();
    let article = |t: &Tok<'_>| t.is("a") || t.is("an") || t.is("the");
    if toks[i].punct != Some(',') || !toks.get(i + 1).is_some_and(article) {
        return None;
    }
    // Modifiers, then the organisation word: "a lawyer for the trust," is a person. A role noun
    // may only modify the organisation word itself ("the largest domestic observer
    // organisation,").
    // "the Lebanese militant group,": a people's or a country's name may modify it too.
    let words: Vec<&Tok<'a>> = toks[i + 2..]
        .iter()
        .take(WITHIN)
        .take_while(|t| !t.barrier && !t.function && (!t.capitalized() || t.punct.is_none()))
        .collect();
    // It ends at a comma, or before a relative clause ("the militant group that controls
    // Gaza,").
    let relative_at = i + 2 + words.len();
    let before_relative = toks
        .get(relative_at)
        .is_some_and(|t| lexicon::is_one_of(t.word, &["that", "which"]))
        && !words.is_empty();
    let end = words
        .iter()
        .position(|t| t.punct.is_some())
        .or_else(|| before_relative.then(|| words.len() - 1))?;
    if words[end].capitalized() {
        return None;
    }
    // "a volunteer rescue group": a role noun used as a modifier further back too, when an
    // organisation's kind ends the phrase.
    let kind = words[end].bare();
    // ", an independent weekly,": an outlet's kind, though "broadcaster" is a trade too.
    let outlet = words[end].on(WordList::OutletNouns);
    ((lex.is_org_word(kind) || outlet)
        && (words[..end.saturating_sub(1)]
            .iter()
            .all(|t| t.role.is_none())
            || end >= 2 && lexicon::is_one_of(kind, lexicon::ORG_GENERIC_KINDS))
        && (words[end].role.is_none() || outlet))
        .then_some(kind)
}

/// "Narodni Glas (pro-government daily)", "Varsko Tamo (a rebel group)": the kind a bracket
/// right after a name (the token at `at` opens it) gives, when its first phrase is a few
/// lower-case words ending on an organisation's or an outlet's word.
pub(crate) fn bracketed_org_kind<'a>(toks: &[Tok<'a>], at: usize) -> Option<&'a str> {
    /// The most words in the bracket.
    const WITHIN: usize = 8;
    let lex = crate::parse::words::Lexicon::get();
    if !toks.get(at)?.paren_open {
        return None;
    }
    let close = (at..toks.len().min(at + WITHIN)).find(|&k| toks[k].paren_close)?;
    // "(independent daily, opposition-leaning)": the kind ends the first phrase.
    let end = (at..close)
        .find(|&k| toks[k].punct == Some(','))
        .unwrap_or(close);
    let words = &toks[at..=end];
    let plain = words.iter().enumerate().all(|(k, t)| {
        !t.barrier
            && !t.capitalized()
            && (t.punct.is_none() || k + 1 == words.len())
            && (!t.function || k == 0 && (t.is("a") || t.is("an") || t.is("the")))
    });
    let last = words.last()?;
    let kind = last.bare();
    let outlet = last.on(WordList::OutletNouns);
    (plain
        && (lex.is_org_word(kind) || outlet)
        && (last.role.is_none() || outlet)
        && words[..words.len() - 1]
            .iter()
            .rev()
            .skip(1)
            .all(|t| t.role.is_none()))
    .then_some(kind)
}

/// Whether the capitalized run that opens at `i` ends on an organisation apposition.
fn run_apposed_org(toks: &[Tok<'_>], i: usize) -> bool {
    const MAX_RUN: usize = 5;
    (i..toks.len().min(i + MAX_RUN))
        .take_while(|&k| toks[k].shaped && !toks[k].barrier)
        .find(|&k| toks[k].punct.is_some())
        .is_some_and(|k| apposed_org(toks, k))
}

/// "Smith, 45, a teacher, recalled": a comma after the word, then (an age and) a role.
/// "Mohammed, a 34-year-old taxi driver,": the age may stand before the role.
fn apposed_role(toks: &[Tok<'_>], i: usize) -> bool {
    const WITHIN: usize = 4;
    if toks[i].punct != Some(',') {
        return false;
    }
    toks[i + 1..]
        .iter()
        .take(WITHIN)
        .take_while(|t| !t.barrier)
        .find(|t| {
            !(t.determiner
                || t.word.chars().all(|c| c.is_ascii_digit())
                || t.word.contains("-year-old"))
        })
        .is_some_and(|t| {
            t.role.is_some()
                // "Third, you cite Councillor Marlow": no description opens on a pronoun.
                || (t.word.chars().next().is_some_and(char::is_lowercase)
                    && !t.function
                    && toks[i + 1..].iter().take(WITHIN).any(|r| r.role.is_some()))
        })
}

/// Whether the capitalized role noun at `i` sits inside an organisation's name: a capitalized
/// word before it, and capitalized words after it up to an organisation word.
fn inside_org_name(toks: &[Tok<'_>], i: usize) -> bool {
    const MAX_AFTER: usize = 3;
    let capital = |t: &Tok<'_>| !t.barrier && t.shaped && !t.function;
    let previous = &toks[i - 1];
    if !capital(previous)
        || previous.punct.is_some()
        || previous.role.is_some()
        || toks[i].punct.is_some()
    {
        return false;
    }
    let mut k = i + 1;
    while k < toks.len() && k <= i + MAX_AFTER && capital(&toks[k]) && toks[k].role.is_none() {
        if toks[k].org_word {
            return true;
        }
        if toks[k].punct.is_some() {
            break;
        }
        k += 1;
    }
    false
}

/// Whether a word is an ordinal in digits ("47th", "3rd", "21st").
pub(crate) fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockKind;
    use expect_test::{Expect, expect};

    /// The words of the last paragraph that the document's evidence makes names.
    fn check(text: &str, expect: Expect) {
        let lex = crate::parse::words::Lexicon::get();
        let blocks: Vec<&str> = text.split("\n\n").collect();
        let mut classes = crate::parse::words::WordClasses::default();
        let mut paragraphs: Vec<Paragraph<'_>> = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| {
                Paragraph::new(
                    lex,
                    &mut classes,
                    i,
                    BlockKind::Paragraph,
                    b,
                    &[],
                    crate::parse::spans::QuoteStyle::Double,
                )
            })
            .collect();
        let evidence = NameEvidence::learn(&paragraphs, classes.spellings());
        let last = paragraphs.last_mut().unwrap();
        evidence.mark(last, 0);
        let names: Vec<&str> = last
            .all_tokens()
            .iter()
            .filter(|t| t.name)
            .map(|t| t.word)
            .collect();
        expect.assert_eq(&names.join(" | "));
    }

    #[test]
    fn a_word_capitalized_mid_sentence_is_a_name() {
        check(
            "He met Salkhou there.\n\nSalkhou left. Ultimately, it ended.",
            expect![["Salkhou"]],
        );
    }

    #[test]
    fn a_word_seen_in_lower_case_elsewhere_is_not_a_name_at_a_sentence_start() {
        check(
            "It was probably over.\n\nProbably the end. Instead we left.",
            expect![[""]],
        );
    }

    #[test]
    fn an_opening_participle_before_a_present_verb_is_no_name() {
        check(
            "Following reports in the Courier, the Assembly met. Courier staff left.",
            expect!["Courier | Assembly | Courier"],
        );
    }

    #[test]
    fn a_sentence_initial_word_before_a_verb_of_saying_is_a_name() {
        check("Solara replied that it was fine.", expect![["Solara"]]);
    }

    #[test]
    fn a_transcripts_question_and_answer_labels_are_no_names() {
        check(
            "Q. Did anyone at Kestrel read the report? A. I read it. J. Treves signed it.",
            expect!["Kestrel | J. | Treves"],
        );
    }

    #[test]
    fn a_year_opens_a_word_only_in_four_ascii_digits() {
        assert!(opens_with_year("2021"));
        assert!(opens_with_year("2020,"));
        assert!(!opens_with_year("20"));
        // Four bytes that end inside a character: no panic.
        assert!(!opens_with_year("1€2021"));
    }

    #[test]
    fn a_sentence_initial_word_given_an_age_or_a_year_of_publication_is_a_name() {
        check(
            "Rania, 26, brought her son. Castellan (2020) describes such places. Obiri and Halvorsen (2021) argue the same.",
            expect!["Rania | Castellan | Obiri | Halvorsen"],
        );
    }

    #[test]
    fn a_role_noun_standing_alone_mid_sentence_is_a_name() {
        check(
            "According to Baker, the program works. He met Baker again.\n\nAccording to Baker, the President agreed with President Trump.",
            expect![["Baker | Trump"]],
        );
    }

    #[test]
    fn a_role_noun_inside_an_organisation_name_is_a_name() {
        check(
            "They met I.C. Expert Investment Company staff.",
            expect![["I.C. | Expert | Investment | Company"]],
        );
    }

    #[test]
    fn a_role_noun_never_written_in_lower_case_after_a_first_name_is_a_surname() {
        check(
            "He met James Governor, cofounder of Red Monk.\n\nJames Governor wrote that the President agreed.",
            expect![["James | Governor"]],
        );
    }

    #[test]
    fn a_role_noun_after_an_organisations_name_stays_a_title() {
        check(
            "The U.S. Senate Parliamentarian wrote.\n\nThe U.S. Senate Parliamentarian found it.",
            expect![["U.S. | Senate"]],
        );
    }

    #[test]
    fn a_title_with_its_complement_is_not_a_name() {
        check(
            "She assisted Chief of Staff Mark Meadows.\n\nShe was an assistant to Chief of Staff Mark Meadows.",
            expect![["Mark | Meadows"]],
        );
    }

    #[test]
    fn function_words_and_honorifics_are_never_names() {
        check(
            "They read The Village Voice.\n\nThe Village Voice said Mr. Smith was There.",
            expect![["Village | Voice | Smith"]],
        );
    }
}
