//! Words of the narration: the vocabulary as one fast map, and tokens classified once.
//!
//! A paragraph is tokenized once; each token knows whether it is a role noun, a particle, a
//! locative, a function word, a document noun, or the start of a verb of saying (with its form).
//! Whether it is part of a name is added afterwards from the document's own evidence
//! (`names`). Everything downstream reads these flags instead of looking words up again. What a
//! word is by itself is read once per document (`WordClasses`), however often it recurs, and
//! given to its token as the token is read; only what depends on the words after it (a verb of
//! saying, a document noun in an idiom) waits for the paragraph's end.

use super::lexicon;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A fast, deterministic hash for the short keys of the vocabulary: eight bytes at a time,
/// each mixed in by a multiplication (the Fx hash of rustc), rotated at the end so that the
/// map's buckets and tags both see well-mixed bits.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    const SEED: u64 = 0xf135_7aea_2e62_a9c5;

    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        // The last bytes are read as two overlapping halves (or first, middle and last byte),
        // which covers each of them without a copy of variable length.
        let rest = chunks.remainder();
        let n = rest.len();
        let word = if n == 0 {
            return;
        } else if n >= 4 {
            let low = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
            let high = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
            u64::from(low) | (u64::from(high) << 32)
        } else {
            u64::from(rest[0]) | (u64::from(rest[n / 2]) << 8) | (u64::from(rest[n - 1]) << 16)
        };
        // The length keeps "ab" and "ab\0" apart.
        self.add(word ^ ((rest.len() as u64) << 59));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
}

/// A hash map with the fast hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A hash set with the fast hasher, for sets that are only asked whether they hold a key.
pub(crate) type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<WordHasher>>;

/// The word in ASCII lower case, copied into `buffer`, if it is ASCII and fits.
pub(crate) fn ascii_lower_into<'b>(word: &str, buffer: &'b mut [u8]) -> Option<&'b [u8]> {
    let bytes = buffer.get_mut(..word.len())?;
    // Every byte is copied without a branch; whether one was not ASCII is asked once, after.
    let mut high = 0;
    for (to, &from) in bytes.iter_mut().zip(word.as_bytes()) {
        high |= from;
        *to = from.to_ascii_lowercase();
    }
    high.is_ascii().then_some(bytes)
}

/// The longest word looked up in lower case without allocating.
const LOOKUP_BUFFER: usize = 40;

/// Calls `f` with the word's bytes in ASCII lower case, without allocating or re-validating for
/// short ASCII words. Other words are passed as they are.
fn with_ascii_lower_bytes<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buffer = [0u8; LOOKUP_BUFFER];
    match ascii_lower_into(word, &mut buffer) {
        Some(bytes) => f(bytes),
        None => f(word.as_bytes()),
    }
}

/// Calls `f` with a hyphenated word in lower case, a space for each hyphen ("secretary
/// general"), without allocating for a short ASCII word.
fn with_hyphens_spaced<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; LOOKUP_BUFFER];
    if word.is_ascii()
        && let Some(bytes) = buffer.get_mut(..word.len())
    {
        for (to, &from) in bytes.iter_mut().zip(word.as_bytes()) {
            *to = if from == b'-' {
                b' '
            } else {
                from.to_ascii_lowercase()
            };
        }
        if let Ok(spaced) = std::str::from_utf8(bytes) {
            return f(spaced);
        }
    }
    f(&word.replace('-', " ").to_lowercase())
}

/// The grammatical form of a verb of saying as it stands in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// "say", "tell": after an auxiliary or a plural subject.
    Base,
    /// "says", "writes".
    Present,
    /// "said", "wrote", "written": past tense or past participle.
    Past,
    /// "saying", "adding": a participle whose subject is the clause's.
    Participle,
}

/// A verb of saying (or of naming) starting at a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct VerbUse {
    /// Its lemma ("say", "point out").
    pub lemma: &'static str,
    /// How many tokens the verb spans ("pointed out" is two).
    pub len: u8,
    /// Its form.
    pub form: VerbForm,
    /// Whether it names or describes ("called", "described") rather than says.
    pub naming: bool,
    /// Whether the noun phrase after it is the listener ("told the author").
    pub listener: bool,
}

/// A word list of the lexicon that rules test tokens against often enough for each token to
/// carry whether it is on it ([`Tok::on`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordList {
    /// [`lexicon::NOT_DESCRIBING`].
    NotDescribing,
    /// [`lexicon::AUTHORING_VERBS`].
    AuthoringVerbs,
    /// [`lexicon::NUMBER_WORDS`].
    NumberWords,
    /// [`lexicon::COPULAS`].
    Copulas,
    /// [`lexicon::BE_FORMS`].
    BeForms,
    /// [`lexicon::ANONYMOUS_OPENERS`].
    AnonymousOpeners,
    /// [`lexicon::ANONYMOUS_BODY_NOUNS`].
    AnonymousBodyNouns,
    /// [`lexicon::ORDINAL_WORDS`].
    OrdinalWords,
    /// [`lexicon::LABELLING_PARTICIPLES`].
    LabellingParticiples,
    /// [`lexicon::APPEARING_FOR_VERBS`].
    AppearingForVerbs,
    /// [`lexicon::MADE_BY_VERBS`].
    MadeByVerbs,
    /// [`lexicon::REPRESENTED_VERBS`].
    RepresentedVerbs,
    /// [`lexicon::SUBJECT_VERB_FILLERS`].
    SubjectVerbFillers,
    /// [`lexicon::EMPLOYED_PARTICIPLES`].
    EmployedParticiples,
    /// [`lexicon::CLAUSE_OPENERS`].
    ClauseOpeners,
    /// [`lexicon::COORDINATORS`].
    Coordinators,
    /// [`lexicon::RELATIVES`].
    Relatives,
    /// [`lexicon::INTRO_OPENERS`].
    IntroOpeners,
    /// [`lexicon::POSSESSIVE_PRONOUNS`].
    PossessivePronouns,
    /// [`lexicon::MENTION_PRONOUNS`].
    MentionPronouns,
    /// [`lexicon::ORG_ANAPHOR_NOUNS`].
    OrgAnaphorNouns,
    /// [`lexicon::MEETING_VERBS`].
    MeetingVerbs,
    /// [`lexicon::MEMBERSHIP_VERBS`].
    MembershipVerbs,
    /// [`lexicon::ORG_KIND_NOUNS`].
    OrgKindNouns,
    /// [`lexicon::OUTLET_NOUNS`].
    OutletNouns,
    /// [`lexicon::CLAIM_OPENERS`].
    ClaimOpeners,
}

impl WordList {
    /// Every list, once.
    const ALL: [WordList; 26] = [
        WordList::NotDescribing,
        WordList::AuthoringVerbs,
        WordList::NumberWords,
        WordList::Copulas,
        WordList::BeForms,
        WordList::AnonymousOpeners,
        WordList::AnonymousBodyNouns,
        WordList::OrdinalWords,
        WordList::LabellingParticiples,
        WordList::AppearingForVerbs,
        WordList::MadeByVerbs,
        WordList::RepresentedVerbs,
        WordList::SubjectVerbFillers,
        WordList::EmployedParticiples,
        WordList::ClauseOpeners,
        WordList::Coordinators,
        WordList::Relatives,
        WordList::IntroOpeners,
        WordList::PossessivePronouns,
        WordList::MentionPronouns,
        WordList::OrgAnaphorNouns,
        WordList::MeetingVerbs,
        WordList::MembershipVerbs,
        WordList::OrgKindNouns,
        WordList::OutletNouns,
        WordList::ClaimOpeners,
    ];

    /// The list's words, from the lexicon.
    fn words(self) -> &'static [&'static str] {
        match self {
            WordList::NotDescribing => lexicon::NOT_DESCRIBING,
            WordList::AuthoringVerbs => lexicon::AUTHORING_VERBS,
            WordList::NumberWords => lexicon::NUMBER_WORDS,
            WordList::Copulas => lexicon::COPULAS,
            WordList::BeForms => lexicon::BE_FORMS,
            WordList::AnonymousOpeners => lexicon::ANONYMOUS_OPENERS,
            WordList::AnonymousBodyNouns => lexicon::ANONYMOUS_BODY_NOUNS,
            WordList::OrdinalWords => lexicon::ORDINAL_WORDS,
            WordList::LabellingParticiples => lexicon::LABELLING_PARTICIPLES,
            WordList::AppearingForVerbs => lexicon::APPEARING_FOR_VERBS,
            WordList::MadeByVerbs => lexicon::MADE_BY_VERBS,
            WordList::RepresentedVerbs => lexicon::REPRESENTED_VERBS,
            WordList::SubjectVerbFillers => lexicon::SUBJECT_VERB_FILLERS,
            WordList::EmployedParticiples => lexicon::EMPLOYED_PARTICIPLES,
            WordList::ClauseOpeners => lexicon::CLAUSE_OPENERS,
            WordList::Coordinators => lexicon::COORDINATORS,
            WordList::Relatives => lexicon::RELATIVES,
            WordList::IntroOpeners => lexicon::INTRO_OPENERS,
            WordList::PossessivePronouns => lexicon::POSSESSIVE_PRONOUNS,
            WordList::MentionPronouns => lexicon::MENTION_PRONOUNS,
            WordList::OrgAnaphorNouns => lexicon::ORG_ANAPHOR_NOUNS,
            WordList::MeetingVerbs => lexicon::MEETING_VERBS,
            WordList::MembershipVerbs => lexicon::MEMBERSHIP_VERBS,
            WordList::OrgKindNouns => lexicon::ORG_KIND_NOUNS,
            WordList::OutletNouns => lexicon::OUTLET_NOUNS,
            WordList::ClaimOpeners => lexicon::CLAIM_OPENERS,
        }
    }
}

/// The word lists a word is on, one bit per [`WordList`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordLists(u32);

impl WordLists {
    fn bit(list: WordList) -> u32 {
        1 << list as u32
    }

    fn insert(&mut self, list: WordList) {
        self.0 |= Self::bit(list);
    }

    /// Whether the word is on `list`.
    pub(crate) fn contains(self, list: WordList) -> bool {
        self.0 & Self::bit(list) != 0
    }

    /// The set of `lists`, to ask with [`WordLists::meets`] whether a word is on any of them.
    pub(crate) const fn all_of(lists: &[WordList]) -> Self {
        let mut bits = 0;
        let mut k = 0;
        while k < lists.len() {
            bits |= 1 << lists[k] as u32;
            k += 1;
        }
        WordLists(bits)
    }

    /// Whether the word is on any of `lists`.
    pub(crate) fn meets(self, lists: WordLists) -> bool {
        self.0 & lists.0 != 0
    }

    /// The lists a word is on, read list by list as [`lexicon::is_one_of`] does.
    fn of(word: &str) -> Self {
        let mut lists = WordLists::default();
        for list in WordList::ALL {
            if lexicon::is_one_of(word, list.words()) {
                lists.insert(list);
            }
        }
        lists
    }
}

/// What a word of the text is by itself, whatever stands around it (its shape, its entry in the
/// vocabulary, its role noun): the part of a token's classification a document's repeated words
/// share.
#[derive(Clone, Copy)]
struct WordClass<'l> {
    shaped: bool,
    /// Whether the word is an honorific, before its neighbours are asked.
    honorific: bool,
    org_word: bool,
    lists: WordLists,
    /// Its entry, if a word list other than the organisation words holds it.
    info: Option<&'l WordInfo>,
    /// Its role noun, and whether written in the plural.
    role: Option<(&'static str, bool)>,
    /// Its key, if it is short and ASCII.
    key: WordKey,
}

/// The classes of the words a document has written so far, by spelling: most words of a
/// report recur ("the", "said", a name), and each is read once. Each spelling has a number (its
/// token's `spelling`), by which the names pass counts words without reading them again.
#[derive(Default)]
pub(crate) struct WordClasses<'a, 'l> {
    /// Each short spelling's class and number, by its bytes ([`ShortKey`]).
    short: FastMap<ShortKey, (WordClass<'l>, usize)>,
    /// Each longer spelling's class and number.
    long: FastMap<&'a str, (WordClass<'l>, usize)>,
    /// Every spelling, by number.
    spellings: Vec<&'a str>,
    /// The tokens of the text being read whose class depends on the words after them (a
    /// document noun, a verb's first word), with their entry: kept between texts for its room.
    in_context: Vec<(usize, &'l WordInfo)>,
}

impl<'a, 'l> WordClasses<'a, 'l> {
    /// Room for the words of `bytes` of text, so that the map seldom grows.
    pub(crate) fn for_text(bytes: usize) -> Self {
        let words = expected_words(bytes);
        Self {
            short: FastMap::with_capacity_and_hasher(words, BuildHasherDefault::default()),
            long: FastMap::default(),
            spellings: Vec::with_capacity(words),
            in_context: Vec::new(),
        }
    }

    /// A spelling's class and number: the memo's, else read from the vocabulary and numbered.
    // The entry is read in place, not copied out for every token.
    fn class_of(&mut self, lex: &'l Lexicon, word: &'a str) -> &(WordClass<'l>, usize) {
        let Self {
            short,
            long,
            spellings,
            ..
        } = self;
        let new = || {
            spellings.push(word);
            (lex.word_class(word), spellings.len() - 1)
        };
        match ShortKey::of_bytes(word.as_bytes()) {
            Some(key) => short.entry(key).or_insert_with(new),
            None => long.entry(word).or_insert_with(new),
        }
    }

    /// Every spelling met so far, by number.
    pub(crate) fn spellings(&self) -> &[&'a str] {
        &self.spellings
    }
}

/// How many different words `bytes` of text are expected to have: a report writes a new word
/// every 22 to 40 bytes (the bundled report and the corpus), one every
/// [`BYTES_PER_NEW_WORD`] leaves room; past [`MAX_EXPECTED_WORDS`] a map grows as it needs.
pub(crate) fn expected_words(bytes: usize) -> usize {
    /// The fewest bytes of text per new word the maps of a document's words are sized for.
    const BYTES_PER_NEW_WORD: usize = 20;
    /// The most words a map is sized for before it is filled.
    const MAX_EXPECTED_WORDS: usize = 16_384;
    (bytes / BYTES_PER_NEW_WORD).min(MAX_EXPECTED_WORDS)
}

/// The most bytes of a word keyed by a [`ShortKey`].
const SHORT_KEY_BYTES: usize = 15;

/// A word of up to [`SHORT_KEY_BYTES`] bytes as a key: its bytes padded with zeros, and its
/// length in the last byte, packed in two machine words, which are hashed and compared without
/// a loop over the word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ShortKey([u64; 2]);

impl std::hash::Hash for ShortKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.0[0]);
        state.write_u64(self.0[1]);
    }
}

impl ShortKey {
    /// The key of bytes as they are, if short enough.
    pub(crate) fn of_bytes(bytes: &[u8]) -> Option<Self> {
        let [low, high] = Self::words(bytes)?;
        Some(Self::with_len([low, high], bytes.len()))
    }

    /// The key of a word in ASCII lower case, or of its bytes as they are if it is not ASCII
    /// (as [`with_ascii_lower_bytes`] reads it), if short enough.
    fn of_lower(word: &str) -> Option<Self> {
        Self::of_ascii_lower(word).or_else(|| Self::of_bytes(word.as_bytes()))
    }

    /// The key of an ASCII word in lower case, if short enough.
    pub(crate) fn of_ascii_lower(word: &str) -> Option<Self> {
        let [low, high] = Self::words(word.as_bytes())?;
        ((low | high) & (ONES * 0x80) == 0)
            .then(|| Self::with_len([ascii_lower_word(low), ascii_lower_word(high)], word.len()))
    }

    fn with_len([low, high]: [u64; 2], len: usize) -> Self {
        ShortKey([low, high | (len as u64) << 56])
    }

    /// Up to [`SHORT_KEY_BYTES`] bytes as two little-endian words padded with zeros, read by
    /// a few loads of fixed size that may overlap (as [`WordHasher`] reads a key's last bytes).
    fn words(bytes: &[u8]) -> Option<[u64; 2]> {
        let n = bytes.len();
        let u64_at = |k: usize| bytes[k..k + 8].try_into().map_or(0, u64::from_le_bytes);
        let u32_at = |k: usize| bytes[k..k + 4].try_into().map_or(0, u32::from_le_bytes);
        let byte_at = |k: usize| u64::from(bytes[k]) << (8 * k);
        Some(match n {
            0 => [0, 0],
            1..=3 => [byte_at(0) | byte_at(n / 2) | byte_at(n - 1), 0],
            4..=7 => [
                u64::from(u32_at(0)) | u64::from(u32_at(n - 4)) << (8 * (n - 4)),
                0,
            ],
            // The last eight bytes, shifted down past the ones the first word holds.
            8..=SHORT_KEY_BYTES => [
                u64_at(0),
                u64_at(n - 8).checked_shr(8 * (16 - n) as u32).unwrap_or(0),
            ],
            _ => return None,
        })
    }
}

/// Eight ones, a byte each.
const ONES: u64 = 0x0101_0101_0101_0101;

/// Eight ASCII bytes in lower case: a byte below 0x80 plus `0x80 - c` has its high bit set when
/// it is `c` or more, and no carry crosses into the next byte.
fn ascii_lower_word(word: u64) -> u64 {
    let from_a = word + ONES * u64::from(0x80 - b'A');
    let past_z = word + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & (ONES * 0x80);
    word | (upper >> 2)
}

/// A word of up to [`WordKey::MAX_BYTES`] ASCII bytes in lower case, and its length, as one
/// number: a token carries its word's ([`Tok::key`]), so that [`Tok::is`], asked most often of
/// short function words ("of", "the", "by"), compares two numbers, the key of its literal
/// worked out when the program is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WordKey(u64);

impl WordKey {
    /// The most bytes of a word keyed: the eighth byte holds the length.
    const MAX_BYTES: usize = 7;
    /// The key of no word so keyed (a longer word, one that is not ASCII, a barrier): no
    /// word's key has a length of 255.
    const NONE: WordKey = WordKey(u64::MAX);

    /// The key of a word, if it is ASCII and short enough.
    const fn of(word: &str) -> Option<WordKey> {
        let bytes = word.as_bytes();
        if bytes.len() > Self::MAX_BYTES {
            return None;
        }
        let mut key = (bytes.len() as u64) << 56;
        let mut k = 0;
        while k < bytes.len() {
            if !bytes[k].is_ascii() {
                return None;
            }
            key |= (bytes[k].to_ascii_lowercase() as u64) << (8 * k);
            k += 1;
        }
        Some(WordKey(key))
    }
}

impl WordKey {
    /// The key of a spelling the text writes ([`WordKey::NONE`] if it has none), read with
    /// the [`ShortKey`] of its bytes in lower case, which holds them in its first word.
    fn of_spelling(word: &str) -> WordKey {
        if word.len() > Self::MAX_BYTES {
            return Self::NONE;
        }
        ShortKey::of_ascii_lower(word).map_or(Self::NONE, |ShortKey([low, _])| {
            WordKey(low | (word.len() as u64) << 56)
        })
    }
}

impl Default for WordKey {
    fn default() -> Self {
        Self::NONE
    }
}

/// The vocabulary's words and what it knows about each: short words (most of the vocabulary,
/// and most words looked up) by [`ShortKey`], longer ones by their bytes.
#[derive(Default)]
struct WordMap {
    short: FastMap<ShortKey, WordInfo>,
    long: FastMap<Vec<u8>, WordInfo>,
}

impl WordMap {
    /// The entry of a key, as its bytes are.
    fn get(&self, key: &[u8]) -> Option<&WordInfo> {
        match ShortKey::of_bytes(key) {
            Some(short) => self.short.get(&short),
            None => self.long.get(key),
        }
    }

    /// The entry of a word in ASCII lower case (as [`with_ascii_lower_bytes`] reads it).
    fn get_lower(&self, word: &str) -> Option<&WordInfo> {
        match ShortKey::of_lower(word) {
            Some(short) => self.short.get(&short),
            None => with_ascii_lower_bytes(word, |key| self.long.get(key)),
        }
    }

    /// The entry of a key, made empty if new.
    fn slot(&mut self, key: Vec<u8>) -> &mut WordInfo {
        match ShortKey::of_bytes(&key) {
            Some(short) => self.short.entry(short).or_default(),
            None => self.long.entry(key).or_default(),
        }
    }

    fn values_mut(&mut self) -> impl Iterator<Item = &mut WordInfo> {
        self.short.values_mut().chain(self.long.values_mut())
    }
}

/// What the vocabulary knows about one lower-case word.
#[derive(Clone, Debug, Default)]
struct WordInfo {
    /// The word lists the word is on, ignoring ASCII case.
    lists: WordLists,
    /// Whether a word list other than the organisation words holds the word (an organisation
    /// word alone is no entry for [`Lexicon::info`]).
    listed: bool,
    /// Whether the word makes a capitalized phrase an organisation ([`lexicon::ORG_WORDS`]).
    org_word: bool,
    role: Option<&'static str>,
    plural_role: bool,
    locative: bool,
    particle: bool,
    determiner: bool,
    armed: bool,
    function: bool,
    document: Option<&'static str>,
    work: bool,
    speech_noun: bool,
    generic: bool,
    reflexive: bool,
    /// Verbs that start with this word: the following words and the use, longest first.
    verbs: Vec<(Vec<String>, VerbUse)>,
}

/// The vocabulary as one map from lower-case words, built once per process.
pub(crate) struct Lexicon {
    words: WordMap,
    member_roles: FastMap<&'static str, ()>,
    /// Each role noun's class: the first of [`lexicon::ROLE_CLASSES`] that holds it.
    role_classes: FastMap<&'static str, usize>,
    /// Whether each role class holds a witness noun ([`lexicon::WITNESS_NOUNS`]).
    witness_classes: Vec<bool>,
    honorifics: FastMap<&'static str, ()>,
    /// The first words of the role nouns of two words or more ("attorney" of "attorney
    /// general"): no other word opens a pair that [`Lexicon::role_of_pair`] finds listed.
    role_pair_openers: FastMap<&'static str, ()>,
    /// The bytes honorifics start with: most words are no honorific at their first byte.
    honorific_initials: [bool; 256],
}

impl Lexicon {
    /// The shared vocabulary.
    pub(crate) fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Self {
        let mut words = WordMap::default();
        for role in lexicon::ROLE_NOUNS {
            // Two-word roles are found from their last word ("aid worker" from "worker").
            words.slot(role.as_bytes().to_vec()).role = Some(role);
            let plural = words.slot(plural(role).into_bytes());
            if plural.role.is_none() {
                plural.role = Some(role);
                plural.plural_role = true;
            }
        }
        for (list, naming) in [
            (lexicon::SPEECH_VERBS, false),
            (lexicon::NAMING_VERBS, true),
        ] {
            for entry in list {
                for (phrase, form, lemma) in verb_forms(entry) {
                    let parts: Vec<String> = phrase.split(' ').map(str::to_owned).collect();
                    let first = parts[0].clone();
                    let use_ = VerbUse {
                        lemma,
                        len: u8::try_from(parts.len()).unwrap_or(1),
                        form,
                        naming,
                        listener: lexicon::LISTENER_VERBS.contains(&lemma),
                    };
                    let info = words.slot(first.into_bytes());
                    if !info.verbs.iter().any(|(p, _)| *p == parts[1..]) {
                        info.verbs.push((parts[1..].to_vec(), use_));
                    }
                }
            }
        }
        for info in words.values_mut() {
            info.verbs
                .sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        let mut flag = |list: &[&'static str], set: fn(&mut WordInfo, &'static str)| {
            for word in list {
                set(words.slot(word.as_bytes().to_vec()), word);
            }
        };
        flag(lexicon::LOCATIVES, |i, _| i.locative = true);
        flag(lexicon::NAME_PARTICLES, |i, _| i.particle = true);
        flag(lexicon::DETERMINERS, |i, _| i.determiner = true);
        flag(lexicon::ARMED_CONTEXT, |i, _| i.armed = true);
        flag(lexicon::FUNCTION_WORDS, |i, _| i.function = true);
        flag(lexicon::DOCUMENT_NOUNS, |i, w| i.document = Some(w));
        flag(lexicon::WORK_NOUNS, |i, _| i.work = true);
        flag(lexicon::SPEECH_NOUNS, |i, _| i.speech_noun = true);
        flag(lexicon::GENERIC_WORDS, |i, _| i.generic = true);
        flag(lexicon::REFLEXIVE_PRONOUNS, |i, _| i.reflexive = true);
        for noun in lexicon::SPEECH_NOUNS {
            words.slot(plural(noun).into_bytes()).speech_noun = true;
        }
        for doc in lexicon::DOCUMENT_NOUNS {
            let plural = words.slot(plural(doc).into_bytes());
            if plural.document.is_none() {
                plural.document = Some(doc);
            }
        }
        for info in words.values_mut() {
            info.listed = true;
        }
        // The organisation words and the word lists share the map, so that one lookup answers
        // them all.
        for word in lexicon::ORG_WORDS {
            words.slot(word.as_bytes().to_vec()).org_word = true;
        }
        for list in WordList::ALL {
            for word in list.words() {
                let key = word.to_ascii_lowercase().into_bytes();
                words.slot(key).lists.insert(list);
            }
        }
        let set = |list: &[&'static str]| list.iter().map(|w| (*w, ())).collect::<FastMap<_, _>>();
        let mut role_classes = FastMap::default();
        for (k, class) in lexicon::ROLE_CLASSES.iter().enumerate() {
            for role in class.roles {
                role_classes.entry(*role).or_insert(k);
            }
        }
        Lexicon {
            words,
            member_roles: set(lexicon::MEMBER_ROLES),
            role_classes,
            witness_classes: lexicon::ROLE_CLASSES
                .iter()
                .map(|class| {
                    class.roles.iter().any(|r| {
                        lexicon::WITNESS_NOUNS.contains(r) || lexicon::CREW_NOUNS.contains(r)
                    })
                })
                .collect(),
            honorifics: set(lexicon::HONORIFICS),
            role_pair_openers: lexicon::ROLE_NOUNS
                .iter()
                .filter_map(|role| Some((role.split_once(' ')?.0, ())))
                .collect(),
            honorific_initials: std::array::from_fn(|byte| {
                lexicon::HONORIFICS.iter().any(|h| {
                    h.as_bytes()
                        .first()
                        .is_some_and(|&b| usize::from(b) == byte)
                })
            }),
        }
    }

    /// The map's entry for a word without its possessive ending, in ASCII lower case.
    fn entry(&self, word: &str) -> Option<&WordInfo> {
        let word = strip_possessive(word).unwrap_or(word);
        self.words.get_lower(word)
    }

    fn info(&self, word: &str) -> Option<&WordInfo> {
        self.entry(word).filter(|i| i.listed)
    }

    /// The role noun a word is (singular), if any. A hyphenated word is the role of its
    /// last part ("activist-journalist" is a journalist).
    pub(crate) fn role(&self, word: &str) -> Option<&'static str> {
        self.role_info(word).map(|(role, _)| role)
    }

    /// The role noun two words make together ("attorney general", "high commissioner"), the
    /// first in lower case: `role(&format!("{} {second}", first.to_lowercase()))`, written
    /// into a buffer on the stack when the first word is ASCII and the pair short.
    pub(crate) fn role_of_pair(&self, first: &str, second: &str) -> Option<&'static str> {
        let mut buffer = [0u8; LOOKUP_BUFFER];
        let len = first.len() + 1 + second.len();
        if first.is_ascii()
            && let Some(pair) = buffer.get_mut(..len)
        {
            let (head, tail) = pair.split_at_mut(first.len());
            head.copy_from_slice(first.as_bytes());
            head.make_ascii_lowercase();
            // Most pairs open on a word that opens no listed role, and their second word is
            // read by none of the tests `role` makes after the lookup (a hyphen, a student of
            // a field).
            let opens_pair = std::str::from_utf8(head)
                .is_ok_and(|head| self.role_pair_openers.contains_key(head));
            if !opens_pair
                && !first.contains('-')
                && !second.contains('-')
                && !reads_as_scholar(second)
            {
                return None;
            }
            tail[0] = b' ';
            tail[1..].copy_from_slice(second.as_bytes());
            // ASCII, a space and a word: whole characters.
            if let Ok(pair) = std::str::from_utf8(pair) {
                return self.role(pair);
            }
        }
        self.role(&format!("{} {second}", first.to_lowercase()))
    }

    /// The role noun a word is, and whether it is written in the plural.
    fn role_info(&self, word: &str) -> Option<(&'static str, bool)> {
        self.role_info_from(word, self.info(word))
    }

    /// [`Lexicon::role_info`] for a word whose entry ([`Lexicon::info`]) is read already.
    fn role_info_from(&self, word: &str, info: Option<&WordInfo>) -> Option<(&'static str, bool)> {
        if let Some(info) = info
            && let Some(role) = info.role
        {
            return Some((role, info.plural_role));
        }
        // "hydrologist", "epidemiologists": a student of a field is a scholar.
        for (suffix, plural) in [("ologist", false), ("ologists", true)] {
            if word.len() > suffix.len() + 2
                && word.is_char_boundary(word.len() - suffix.len())
                && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
                && word.starts_with(|c: char| c.is_lowercase())
            {
                return Some((lexicon::SCHOLAR_ROLE, plural));
            }
        }
        if let Some(hyphen) = word.bytes().rposition(|b| b == b'-') {
            // "Secretary-General", "Director-General": a title of two words joined by a
            // hyphen is that title, not its last word (a general).
            if let Some(info) = with_hyphens_spaced(word, |spaced| self.info(spaced))
                && let Some(role) = info.role
            {
                return Some((role, info.plural_role));
            }
            let info = self.info(&word[hyphen + 1..])?;
            return info.role.map(|role| (role, info.plural_role));
        }
        self.compound_role(word)
    }

    /// "schoolteacher", "steelworkers", "shopkeeper": a word closed by a head that makes
    /// compound trades ([`lexicon::COMPOUND_ROLE_HEADS`]) is that head's role.
    // Asked of every new spelling no word list holds, most of which end in a byte no head ends
    // in: inlined.
    #[inline(always)]
    fn compound_role(&self, word: &str) -> Option<(&'static str, bool)> {
        const MIN_PREFIX: usize = 3;
        // Written in lower case: "the Federation of Ostrel Metalworkers" is a name's word.
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let bare = word.strip_suffix('s').unwrap_or(word);
        // Most words end in a byte no head ends in.
        if !bare
            .as_bytes()
            .last()
            .is_some_and(|&b| HEAD_LAST_BYTES[usize::from(b)])
        {
            return None;
        }
        let head = lexicon::COMPOUND_ROLE_HEADS
            .iter()
            .find(|h| bare.len() >= h.len() + MIN_PREFIX && bare.ends_with(**h))?;
        let info = self.info(head)?;
        info.role.map(|role| (role, bare.len() < word.len()))
    }

    /// The word lists a word is on, ignoring ASCII case: the map's keys are the lists' words
    /// with ASCII letters in lower case, and any other bytes as they are.
    fn lists_of(&self, word: &str) -> WordLists {
        let mut buffer = [0u8; LOOKUP_BUFFER];
        let Some(key) = buffer.get_mut(..word.len()) else {
            return WordLists::of(word);
        };
        key.copy_from_slice(word.as_bytes());
        key.make_ascii_lowercase();
        self.words
            .get(&*key)
            .map_or(WordLists::default(), |e| e.lists)
    }

    /// Whether a role noun names a member of an organisation ("commander").
    pub(crate) fn is_member_role(&self, role: &str) -> bool {
        self.member_roles.contains_key(role)
    }

    /// The index of a role noun's class in [`lexicon::ROLE_CLASSES`], the most specific that
    /// holds it.
    pub(crate) fn role_class(&self, role: &str) -> Option<usize> {
        self.role_classes.get(role).copied()
    }

    /// Whether the members of a role class are told apart by their noun: the class holds a
    /// witness noun, the class of ordinary people ("the woman", "a dentist", "the crowd").
    pub(crate) fn class_told_apart_by_noun(&self, class: usize) -> bool {
        self.witness_classes[class]
    }

    /// Whether a word makes a capitalized phrase an organisation.
    pub(crate) fn is_org_word(&self, word: &str) -> bool {
        self.entry(word).is_some_and(|i| i.org_word)
    }

    /// Whether a word is an honorific ("Mr.", "Dr").
    // Asked of every new spelling, most of which open on a byte no honorific opens on: inlined.
    #[inline(always)]
    pub(crate) fn is_honorific(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return self.honorifics.contains_key(word);
        };
        // A word and its form without trailing periods start with the same byte.
        self.honorific_initials[usize::from(first)]
            && (self.honorifics.contains_key(word)
                || self.honorifics.contains_key(word.trim_end_matches('.'))
                || self.is_honorific_in_capitals(word))
    }

    /// "MR.", "MS", "DR.": an honorific in capitals, as a transcript's labels write it.
    fn is_honorific_in_capitals(&self, word: &str) -> bool {
        /// The longest honorific read in capitals ("PROF.").
        const MAX_LEN: usize = 5;
        let bytes = word.as_bytes();
        if bytes.len() < 2
            || bytes.len() > MAX_LEN
            || !bytes[1].is_ascii_uppercase()
            || !bytes.iter().all(|b| b.is_ascii_uppercase() || *b == b'.')
        {
            return false;
        }
        let mut title = [0u8; MAX_LEN];
        for (k, b) in bytes.iter().enumerate() {
            title[k] = if k == 0 { *b } else { b.to_ascii_lowercase() };
        }
        std::str::from_utf8(&title[..bytes.len()]).is_ok_and(|t| {
            self.honorifics.contains_key(t) || self.honorifics.contains_key(t.trim_end_matches('.'))
        })
    }

    /// Whether a word is written as [`lexicon::HONORIFICS`] writes one ("Dr.", not "Dr").
    pub(crate) fn is_listed_honorific(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.honorific_initials[usize::from(b)])
            && self.honorifics.contains_key(word)
    }

    /// Whether a word is one of English's closed classes or a calendar word.
    pub(crate) fn is_function_word(&self, word: &str) -> bool {
        self.info(word).is_some_and(|i| i.function)
    }

    /// Whether a word is neither a role noun nor a function word (`role(word).is_none() &&
    /// !is_function_word(word)`), with one lookup.
    pub(crate) fn is_neither_role_nor_function_word(&self, word: &str) -> bool {
        let info = self.info(word);
        !info.is_some_and(|i| i.function) && self.role_info_from(word, info).is_none()
    }

    /// Whether a lower-case word may sit inside a name ("bin", "de").
    pub(crate) fn is_particle(&self, word: &str) -> bool {
        self.words
            .get(word.as_bytes())
            .is_some_and(|i| i.listed && i.particle)
    }

    /// The number of tokens of an object after a verb of saying ("me", "the author").
    pub(crate) fn verb_object_at(&self, toks: &[Tok<'_>], i: usize) -> usize {
        if toks.get(i).is_none_or(|t| t.barrier) {
            return 0;
        }
        // Each object's words are apart by one space; only an object whose first word is the
        // token's is split into its words.
        let word = toks[i].word;
        lexicon::SPEECH_VERB_OBJECTS
            .iter()
            .filter(|object| {
                object.as_bytes().get(word.len()).is_none_or(|&b| b == b' ')
                    && object
                        .get(..word.len())
                        .is_some_and(|first| lexicon::same_ignoring_ascii_case(first, word))
            })
            .find(|object| {
                object.split(' ').enumerate().all(|(k, part)| {
                    toks.get(i + k)
                        .is_some_and(|t| !t.barrier && t.word.eq_ignore_ascii_case(part))
                })
            })
            .map_or(0, |o| o.split(' ').count())
    }

    /// What a word is by itself, whatever stands around it.
    fn word_class(&self, word: &str) -> WordClass<'_> {
        let entry = self.entry(word);
        // The entry found is the whole word's for an ASCII word that fits the lookup's
        // buffer and has no possessive ending; any other word is looked up again as it is.
        let keyed_whole =
            word.len() <= LOOKUP_BUFFER && word.is_ascii() && strip_possessive(word).is_none();
        let lists = if keyed_whole {
            entry.map_or(WordLists::default(), |e| e.lists)
        } else {
            self.lists_of(word)
        };
        // "WHO", "US": an acronym spelt like a function word is a name, not that word.
        let acronym_of_function_word = entry
            .is_some_and(|e| e.function || e.determiner || e.particle || e.reflexive)
            && super::names::is_acronym(word);
        let (entry, lists) = if acronym_of_function_word {
            (None, WordLists::default())
        } else {
            (entry, lists)
        };
        let info = entry.filter(|e| e.listed);
        // A hyphenated word without a role of its own is the role of its last part
        // ("activist-journalist"); a word in "-ologist" is a scholar; an unknown word closed
        // by a trade's head is that trade ("schoolteacher").
        // "the Daily Courier": the word a newspaper's name ends on is a trade only in lower
        // case ("a former courier"), as "carer" is ("the Carer Support Agency").
        let masthead = |r: &str| {
            word.starts_with(|c: char| c.is_ascii_uppercase())
                && (lexicon::MASTHEAD_NOUNS.contains(&r)
                    || lexicon::TRADES_IN_LOWER_CASE.contains(&r))
        };
        let role =
            match info.and_then(|i| i.role.filter(|r| !masthead(r)).map(|r| (r, i.plural_role))) {
                Some(role) => Some(role),
                None if word.contains('-')
                    || word.ends_with("ologist")
                    || word.ends_with("ologists") =>
                {
                    self.role_info(word)
                }
                None if info.is_none() => self.compound_role(word),
                None => None,
            };
        WordClass {
            shaped: super::names::has_name_shape(word),
            honorific: self.is_honorific(word),
            org_word: entry.is_some_and(|e| e.org_word),
            lists,
            info,
            role,
            key: WordKey::of_spelling(word),
        }
    }

    /// Classifies a word's token as it is read, in place: what the word is by itself (the
    /// document's memo, or the vocabulary on a miss) and whether it is an honorific after
    /// `before`, the token before it. A document noun and a verb's first word are read again
    /// once the words after them are ([`Lexicon::classify_in_context`]): their entry is
    /// returned for that.
    fn classify_read<'a, 'l>(
        &'l self,
        classes: &mut WordClasses<'a, 'l>,
        before: Option<&Tok<'a>>,
        t: &mut Tok<'a>,
    ) -> Option<&'l WordInfo> {
        let word = t.word;
        let (class, spelling) = classes.class_of(self, word);
        t.spelling = *spelling;
        t.key = class.key;
        t.shaped = class.shaped;
        // "Jessica Lord": a title word after a name, without a period, is a surname (asked of
        // an honorific).
        let after_name =
            || before.is_some_and(|b| b.shaped && !b.barrier && b.punct.is_none() && !b.honorific);
        // "Mr", "Ms" and "Dr" are never surnames ("When Ms B phoned").
        let never_a_surname = || lexicon::is_one_of(word, lexicon::SHORT_HONORIFICS);
        t.honorific =
            class.honorific && (word.ends_with('.') || !after_name() || never_a_surname());
        t.org_word = class.org_word;
        t.lists = class.lists;
        t.role = class.role.map(|(r, _)| r);
        t.plural_role = class.role.is_some_and(|(_, plural)| plural);
        let info = class.info?;
        t.determiner = info.determiner;
        t.armed = info.armed;
        t.particle = info.particle;
        t.locative = info.locative;
        t.function = info.function;
        t.document = info.document;
        t.work = info.work;
        t.speech_noun = info.speech_noun;
        t.generic = info.generic;
        t.reflexive = info.reflexive;
        (info.document.is_some() || !info.verbs.is_empty()).then_some(info)
    }

    /// Classifies what depends on the words after a token, once the text is read, in order:
    /// a document noun in an idiom, verbs of saying; then role words that qualify a noun.
    fn classify_in_context<'a>(&self, toks: &mut [Tok<'a>], in_context: &[(usize, &WordInfo)]) {
        for &(i, info) in in_context {
            // "in order to", "under investigation for": no document (asked of a document noun).
            let idiom = || {
                i > 0
                    && (toks[i - 1].word.eq_ignore_ascii_case("in")
                        && toks
                            .get(i + 1)
                            .is_some_and(|n| n.word == "to" || n.word == "that")
                        || toks[i - 1].word.eq_ignore_ascii_case("under"))
            };
            toks[i].document = info.document.filter(|_| !idiom());
            if info.verbs.is_empty() {
                continue;
            }
            let fits = |rest: &[String]| {
                rest.iter().enumerate().all(|(k, part)| {
                    toks.get(i + 1 + k).is_some_and(|t| {
                        !t.barrier
                            && t.word.eq_ignore_ascii_case(part)
                            && toks[i + k].punct.is_none()
                    })
                })
            };
            if let Some((_, use_)) = info.verbs.iter().find(|(rest, _)| fits(rest))
                && stands_as_verb(toks, i, *use_)
            {
                toks[i].verb = Some(*use_);
            }
        }
        // "The general command of the MDJ", "an executive order": a role word that qualifies
        // the lower-case noun after it is no one's role.
        for i in 1..toks.len() {
            let (before, next) = (&toks[i - 1], &toks[i]);
            if before.role.is_some()
                && lexicon::is_one_of(before.word, lexicon::ADJECTIVAL_ROLES)
                && !before.capitalized()
                && before.punct.is_none()
                && !next.barrier
                && !next.capitalized()
                && next.role.is_none()
                && next.verb.is_none()
                && !next.function
            {
                toks[i - 1].role = None;
            }
        }
    }
}

/// Whether a word ends as a student of a field does ("hydrologist", "epidemiologists"), in
/// either case: what [`Lexicon::role`] reads as a scholar.
fn reads_as_scholar(word: &str) -> bool {
    let bytes = word.as_bytes();
    [&b"ologist"[..], b"ologists"].iter().any(|suffix| {
        bytes.len() >= suffix.len()
            && bytes[bytes.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    })
}

/// The bytes that end a head of compound trades ([`lexicon::COMPOUND_ROLE_HEADS`]), read when
/// the program is built.
const HEAD_LAST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < lexicon::COMPOUND_ROLE_HEADS.len() {
        let head = lexicon::COMPOUND_ROLE_HEADS[k].as_bytes();
        table[head[head.len() - 1] as usize] = true;
        k += 1;
    }
    table
};

/// Whether a word (in lower case) is a determiner or possessive that opens a noun phrase, so
/// that a verb of saying after it is a noun ("the email", "each report").
fn opens_noun_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "another"
            | "each"
            | "every"
            | "no"
            | "any"
    )
}

/// Whether "that" follows at `at`, or after a phrase of time or manner ("resolved on 21 April
/// that", "held unanimously that").
fn that_follows(toks: &[Tok<'_>], at: usize) -> bool {
    /// The most words of the phrase.
    const MAX_PHRASE: usize = 4;
    const OPENERS: &[&str] = &[
        "on",
        "in",
        "at",
        "last",
        "this",
        "unanimously",
        "yesterday",
        "today",
        "earlier",
        "later",
        "finally",
        "formally",
    ];
    if toks.get(at).is_some_and(|t| t.is("that")) {
        return true;
    }
    if !toks
        .get(at)
        .is_some_and(|t| !t.barrier && lexicon::is_one_of(t.word, OPENERS))
    {
        return false;
    }
    toks[at..]
        .iter()
        .take(MAX_PHRASE + 1)
        .take_while(|t| !t.barrier && t.verb.is_none())
        .enumerate()
        .any(|(k, t)| k > 0 && t.is("that") && toks[at + k - 1].punct.is_none())
}

/// "heard a Black Reed commander speak of", "saw the minister tell reporters": a plain verb at
/// `i` after the object of a verb of hearing or seeing, with no punctuation between.
pub(crate) fn after_perceived(toks: &[Tok<'_>], i: usize) -> bool {
    /// The most words of the object ("a Black Reed commander in Kerrowak").
    const MAX_OBJECT: usize = 6;
    /// How far before the pronoun a verb of saying makes the hearer the one who reports it.
    const REPORT_REACH: usize = 3;
    let from = i.saturating_sub(MAX_OBJECT + 1);
    let Some(p) = (from..i.saturating_sub(1))
        .rev()
        .take_while(|&k| !toks[k].barrier && toks[k].punct.is_none())
        .find(|&k| lexicon::is_one_of(toks[k].word, lexicon::PERCEPTION_VERBS))
    else {
        return false;
    };
    // "W.K. said she heard an officer shout “something like …”": what the hearer reports is
    // her own account.
    let reported = p > 0
        && lexicon::is_one_of(toks[p - 1].word, &["she", "he", "they", "i", "we"])
        && toks[p.saturating_sub(1 + REPORT_REACH)..p - 1]
            .iter()
            .any(|t| t.verb.is_some());
    !reported
}

/// "The minutes of the council's emergency committee record that": a plain verb before "that"
/// whose sentence opens on a plural noun after "the".
fn plural_subject_before_that(toks: &[Tok<'_>], i: usize, len: usize) -> bool {
    if !toks.get(i + len).is_some_and(|t| t.is("that")) {
        return false;
    }
    let start = toks[..i]
        .iter()
        .rposition(|t| t.barrier || matches!(t.punct, Some('.' | '?' | '!' | ';')))
        .map_or(0, |k| k + 1);
    let [det, head, ..] = &toks[start..i] else {
        return false;
    };
    det.is("the")
        && !head.capitalized()
        && head.word.ends_with('s')
        && !head.word.ends_with("ss")
        && !head.function
}

/// Whether a word that can be a verb of saying stands as one here. Not after a determiner, a
/// possessive or a number ("the email", "his notes", "a warning", "the term"); a plain form
/// needs a subject or an auxiliary before it ("they say", "would say"; not "add a comment",
/// "three demands"); an "-s" form needs a subject, not an auxiliary ("are notes"); and verbs
/// that are often not about speech ("continued", "found", "thought") only count when what
/// follows is what was said (a quote, "that", a comma or colon).
fn stands_as_verb(toks: &[Tok<'_>], i: usize, verb: VerbUse) -> bool {
    let len = usize::from(verb.len);
    // "The Inland States Forum": a capitalized word after another inside a sentence is part of
    // a name.
    let in_name = i > 0
        && toks[i].capitalized()
        && !toks[i].sentence_initial
        && toks[i - 1].capitalized()
        && toks[i - 1].punct.is_none()
        && !toks[i - 1].barrier;
    // "an “Elector Recap” email": a document noun after a title quoted after an article.
    let after_title = i >= 2
        && toks[i].document.is_some()
        && toks[i - 1].barrier
        && toks[i - 1].quote
        && toks[i - 1].punct.is_none()
        && (toks[i - 2].is("a") || toks[i - 2].is("an"));
    if in_name || after_title {
        return false;
    }
    // "“…,” she submitted, “…”": right after a quotation and a pronoun in lower case (the
    // sentence goes on), a verb that otherwise needs "that" reports the quotation.
    let reports_quote = i >= 2
        && toks[i - 2].barrier
        && toks[i - 2].quote
        && ["he", "she", "they", "we"].contains(&toks[i - 1].word);
    /// How far after the verb its "as" or "that" may stand ("rejected the findings of the
    /// panel as").
    const AS_REACH: usize = 8;
    if lexicon::NEEDS_AS.contains(&verb.lemma)
        && !toks[i + len..]
            .iter()
            .take(AS_REACH)
            .take_while(|t| !t.barrier && !matches!(t.punct, Some('.' | ';')))
            .any(|t| t.is("as") || t.is("that"))
    {
        return false;
    }
    if lexicon::NEEDS_THAT.contains(&verb.lemma) && !that_follows(toks, i + len) && !reports_quote {
        return false;
    }
    if lexicon::NEEDS_COMPLEMENT.contains(&verb.lemma) {
        /// How far after the verb its "that" or its quote may stand ("added in a second
        /// email to Cohen that", "authorizes the Agency to make grants to local governments
        /// and nonprofit organizations for “…”").
        const COMPLEMENT_REACH: usize = 14;
        let last = &toks[i + len - 1];
        let next = toks.get(i + len);
        // "“…,” reads her entry for 2 a.m.": the quotation right before the verb is what it
        // says.
        let after_quote = i > 0 && toks[i - 1].barrier && toks[i - 1].quote;
        // "appealed to the crowd … to “go home”": past a listener after "to", an infinitive
        // quoted.
        let directive = next.is_some_and(|n| n.is("to")) && {
            let clause = toks[i + len..]
                .iter()
                .take(COMPLEMENT_REACH)
                .take_while(|t| !matches!(t.punct, Some('.' | ';')))
                .count();
            toks[i + len..i + len + clause]
                .windows(2)
                .skip(1)
                .any(|w| w[0].is("to") && w[1].quote)
        };
        let complement = last.punct.is_some()
            || after_quote
            || directive
            || next.is_none()
            || (!next.is_some_and(|n| n.is("to"))
                && toks[i + len..]
                    .iter()
                    .take(COMPLEMENT_REACH)
                    // Up to the end of the clause, its last word included (a quote that ends
                    // the sentence carries its period); not for a participle after a noun ("a
                    // banner reading “Bread or Blood”.", a label).
                    .scan(false, |ended, t| {
                        let word = (!*ended).then_some(t);
                        *ended = matches!(t.punct, Some('.' | ';'));
                        word.filter(|_| !(*ended && last.word.ends_with("ing")))
                    })
                    .any(|t| t.quote || t.is("that") || t.punct == Some(':')));
        if !complement {
            return false;
        }
    }
    // "Obiri and Halvorsen (2021) argue", "a plant manager (Interview 3) said": a citation in
    // parentheses stands outside the clause; the word before it is the subject's.
    let before = match i.checked_sub(1) {
        Some(k) if toks[k].paren_close => {
            /// The most words a parenthesis before a verb holds ("(2020, p. 5)").
            const MAX_CITATION: usize = 8;
            (k.saturating_sub(MAX_CITATION)..=k)
                .rev()
                .find(|&o| toks[o].paren_open)
                .and_then(|o| o.checked_sub(1))
        }
        k => k,
    };
    let Some(previous) = before.map(|k| &toks[k]).filter(|p| !p.barrier) else {
        return true;
    };
    // The word before the subject's last word.
    let earlier = before.and_then(|k| k.checked_sub(1)).map(|k| &toks[k]);
    if previous.punct.is_some() {
        // After a comma a plain form is an imperative or a list item ("then add a comment"),
        // unless a clause follows it after a parenthesis set off by commas ("The orders, seen
        // by Holdfast, state that").
        let clause_after = previous.punct == Some(',')
            && toks.get(i + len).is_some_and(|t| t.is("that"))
            && toks[..i.saturating_sub(1)]
                .iter()
                .rev()
                .take_while(|t| !t.barrier && !matches!(t.punct, Some('.' | ';' | ':')))
                .any(|t| t.punct == Some(','));
        return verb.form != VerbForm::Base || clause_after;
    }
    let lower = previous.word.to_ascii_lowercase();
    let determiner = opens_noun_phrase(&lower);
    let possessive = previous.word.ends_with("’s") || previous.word.ends_with("'s");
    // "three demands", but not "arrested in October 2023 told": a year is no count.
    // "the Apprenticeship Expansion Act of 2019 (the Act) directs": a year is no count.
    let year = previous.word.len() == 4
        && (earlier.is_some_and(|e| lexicon::is_month(e.word) || e.is("of"))
            || previous
                .word
                .parse::<u16>()
                .is_ok_and(|y| (1800..=2100).contains(&y)));
    let number = previous.word.bytes().all(|b| b.is_ascii_digit()) && !year;
    // "Mr A said", "Officer 1 told": a letter or number labelling a person is the subject.
    let letter = previous.word.len() == 1 && previous.word.bytes().all(|b| b.is_ascii_uppercase());
    let label = (letter || number)
        && earlier.is_some_and(|e| {
            !e.barrier
                && e.punct.is_none()
                && (e.honorific || (e.role.is_some() && e.capitalized()))
        });
    // "a resident of Ward 3 told us", "a guard at Gate 14 said": a number that goes on with a
    // capitalized word names a place.
    /// The most digits of such a number.
    const MAX_PLACE_NUMBER: usize = 3;
    let numbered_name = number
        && previous.word.len() <= MAX_PLACE_NUMBER
        && earlier
            .is_some_and(|e| !e.barrier && e.punct.is_none() && e.capitalized() && !e.possessive());
    let label = label || numbered_name;
    // "Another said: “…”", "Another told us that": "Another" opening the sentence alone is its
    // subject (not "Another written submission").
    let another_alone = previous.word == "Another"
        && matches!(verb.form, VerbForm::Past | VerbForm::Present)
        && toks.get(i + 1).is_none_or(|n| {
            n.barrier
                || toks[i].punct.is_some()
                || !n.word.starts_with(char::is_lowercase)
                || lexicon::is_one_of(n.word, &["that", "the", "us", "me", "him", "her", "them"])
        });
    if (determiner || possessive || number) && !label && !another_alone {
        return false;
    }
    // "each near-miss report": a determiner and a hyphenated modifier before a noun. Not
    // before a past form, which is no noun, nor after a role ("The co-founder says", "The
    // sub-committee recorded").
    let compound_modifier = matches!(verb.form, VerbForm::Base | VerbForm::Present)
        && previous.role.is_none()
        && previous.word.contains('-')
        && previous.word.starts_with(char::is_lowercase)
        && earlier.is_some_and(|e| {
            !e.barrier
                && e.punct.is_none()
                && (opens_noun_phrase(&e.word.to_ascii_lowercase()) || e.possessive())
        });
    if compound_modifier {
        return false;
    }
    match verb.form {
        VerbForm::Base => {
            // "Obiri and Halvorsen (2021) argue": names joined by "and".
            let coordinated =
                previous.capitalized() && earlier.is_some_and(|e| e.is("and") && e.punct.is_none());
            coordinated
                || plural_subject_before_that(toks, i, len)
                || after_perceived(toks, i)
                || lexicon::BEFORE_PLAIN_VERB.contains(&lower.as_str())
                || previous.plural_role
                || (previous.word.ends_with('s')
                    && previous.word.chars().next().is_some_and(char::is_lowercase)
                    && !previous.function)
        }
        VerbForm::Present => {
            if lexicon::NOUN_PREPOSITIONS.contains(&lower.as_str())
                || lexicon::AUXILIARIES.contains(&lower.as_str())
            {
                return false;
            }
            // "Clause 22.4 provides that", "Article 9 states:": a provision's number after its
            // document noun, before what it says.
            let says_next = toks[i + len - 1].punct == Some(':')
                || toks
                    .get(i + len)
                    .is_some_and(|n| n.is("that") || (n.barrier && n.quote));
            let provision = says_next
                && previous.word.bytes().any(|b| b.is_ascii_digit())
                && previous
                    .word
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'(' | b')'))
                && earlier.is_some_and(|e| {
                    e.document.is_some() && e.capitalized() && e.punct.is_none() && !e.barrier
                });
            previous.word.chars().next().is_some_and(char::is_uppercase)
                || provision
                // "the Apprenticeship Expansion Act of 2019 directs".
                || year
                || (previous.role.is_some() && !previous.plural_role)
                || previous.document.is_some()
                // "The company says"; "the NHPM command says".
                || lexicon::org_anaphor_noun(&lower).is_some()
                || previous.org_word
                || previous.reflexive
                || matches!(
                    lower.as_str(),
                    "he" | "she" | "it" | "who" | "which" | "that" | "one" | "and" | "but" | "then"
                )
                || lexicon::is_one_of(&lower, lexicon::SUBJECT_VERB_FILLERS)
                || lower.ends_with("ly")
        }
        VerbForm::Past | VerbForm::Participle => true,
    }
}

/// The forms of a verb entry ("say said", "write wrote written", "point out pointed out"):
/// (phrase, form, lemma) for the base, "-s", past (and participle) and "-ing" forms.
fn verb_forms(entry: &'static str) -> Vec<(String, VerbForm, &'static str)> {
    let words: Vec<&str> = entry.split(' ').collect();
    // The particle is whatever follows the lemma in both the lemma and the past ("point out").
    let (lemma_words, past_words, participle_words) = split_entry(&words);
    let lemma_phrase = lemma_words.join(" ");
    let lemma: &'static str = match entry.find(' ') {
        Some(_) => {
            let end = lemma_phrase.len();
            &entry[..end]
        }
        None => entry,
    };
    let head = lemma_words[0];
    let particle = lemma_words[1..].join(" ");
    let with = |w: String| {
        if particle.is_empty() {
            w
        } else {
            format!("{w} {particle}")
        }
    };
    let past_head = past_words[0];
    // The past comes first: where it is spelt as the base ("put it", "read"), it wins.
    let mut forms = vec![
        (with(past_head.to_owned()), VerbForm::Past, lemma),
        (with(head.to_owned()), VerbForm::Base, lemma),
        (with(third_person(head)), VerbForm::Present, lemma),
        (with(ing(head, past_head)), VerbForm::Participle, lemma),
    ];
    if let Some(participle) = participle_words {
        forms.push((with(participle[0].to_owned()), VerbForm::Past, lemma));
    }
    forms.retain(|(phrase, _, _)| !lexicon::NOMINAL_INGS.contains(&phrase.as_str()));
    forms
}

/// Splits "go on went on gone on" into the lemma words, the past words and the participle.
fn split_entry<'a>(words: &[&'a str]) -> (Vec<&'a str>, Vec<&'a str>, Option<Vec<&'a str>>) {
    // Entries are "lemma past", "lemma past participle", or phrasal with a repeated particle.
    match words.len() {
        2 => (vec![words[0]], vec![words[1]], None),
        3 if words[1] != words[2] && !is_particle_word(words[1]) => {
            (vec![words[0]], vec![words[1]], Some(vec![words[2]]))
        }
        _ => {
            // Phrasal: "point out pointed out", "put it put it", "go on went on gone on".
            let particle = words[1];
            let mut groups: Vec<Vec<&str>> = Vec::new();
            for w in words {
                if *w == particle {
                    if let Some(last) = groups.last_mut() {
                        last.push(w);
                    }
                } else {
                    groups.push(vec![w]);
                }
            }
            let lemma = groups.first().cloned().unwrap_or_default();
            let past = groups.get(1).cloned().unwrap_or_else(|| lemma.clone());
            (lemma, past, groups.get(2).cloned())
        }
    }
}

fn is_particle_word(word: &str) -> bool {
    matches!(word, "out" | "on" | "it" | "up")
}

fn third_person(verb: &str) -> String {
    if let Some(stem) = verb.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if verb.ends_with(['s', 'x', 'z', 'o']) || verb.ends_with("sh") || verb.ends_with("ch") {
        return format!("{verb}es");
    }
    format!("{verb}s")
}

/// The "-ing" form, doubling the final consonant where the past form does ("admitted").
fn ing(verb: &str, past: &str) -> String {
    if let Some(stem) = verb.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    let last = verb.chars().last().unwrap_or('e');
    let doubled = format!("{verb}{last}ed");
    let short_cvc = verb.len() == 3
        && verb.chars().nth(1).is_some_and(|c| "aeiou".contains(c))
        && !verb.starts_with(['a', 'e', 'i', 'o', 'u'])
        && !"wxy".contains(last);
    if past == doubled || short_cvc {
        return format!("{verb}{last}ing");
    }
    if let Some(stem) = verb.strip_suffix('e')
        && !verb.ends_with("ee")
    {
        return format!("{stem}ing");
    }
    format!("{verb}ing")
}

/// The plural of an English noun ("historian" → "historians", "policeman" → "policemen").
pub(crate) fn plural(word: &str) -> String {
    // "counsel", "staff": nouns whose plural is the same word.
    if matches!(word, "counsel" | "staff" | "personnel") {
        return word.to_owned();
    }
    if let Some(stem) = word.strip_suffix("man") {
        return format!("{stem}men");
    }
    if let Some(stem) = word.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if word.ends_with(['s', 'x']) || word.ends_with("sh") || word.ends_with("ch") {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// "Front’s" → "Front".
// Asked of nearly every word looked up: the test of the last byte belongs in the caller.
#[inline(always)]
pub(crate) fn strip_possessive(word: &str) -> Option<&str> {
    // Every possessive ending ends in "s" or in the last byte of "’".
    if !matches!(word.as_bytes().last(), Some(b's' | 0x99)) {
        return None;
    }
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| {
            word.strip_suffix("s’")
                .map(|_| &word[..word.len() - "’".len()])
        })
}

/// A word of narration with its byte range in the block, the punctuation after it, and what it is.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Tok<'a> {
    /// The word without surrounding punctuation.
    pub word: &'a str,
    /// The text the token is read from, of which `word` is `start..end`: a phrase of words
    /// set apart by single spaces is a slice of it ([`Tok::phrase`]).
    pub text: &'a str,
    /// The number of its spelling in the document's [`WordClasses`] (none for a barrier).
    pub spelling: usize,
    /// Its word's key, if the word is short and ASCII ([`WordKey::NONE`] for a barrier).
    pub key: WordKey,
    /// Byte offset of the word.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// Clause punctuation right after the word (`,`, `.`, `;`, `:`, `?`, `!`).
    pub punct: Option<char>,
    /// Whether the word ends in a possessive ("Front’s"), as [`strip_possessive`] reads it
    /// once, when the token is made ([`Tok::possessive`]).
    pub possessive_ending: bool,
    /// A quote or a dash: nothing reads across it.
    pub barrier: bool,
    /// For a barrier, whether it is a masked quote (not a dash).
    pub quote: bool,
    /// Whether an opening parenthesis comes right before the word.
    pub paren_open: bool,
    /// Whether a closing parenthesis comes right after the word.
    pub paren_close: bool,
    /// The role noun the word is ("commander"), singular.
    pub role: Option<&'static str>,
    /// Whether the role noun is written in the plural ("diplomats").
    pub plural_role: bool,
    /// Whether the word is part of a name (from the document's evidence).
    pub name: bool,
    /// Whether the word is shaped like part of a name (capitalized, an acronym, "al-X").
    pub shaped: bool,
    /// Whether the word is an honorific ("Mr.").
    pub honorific: bool,
    /// Whether the word opens its sentence.
    pub sentence_initial: bool,
    /// Whether the word is a name particle ("bin").
    pub particle: bool,
    /// Whether the word puts a place after it ("in").
    pub locative: bool,
    /// Whether the word is a determiner ("a", "the", "another").
    pub determiner: bool,
    /// Whether the word marks armed context ("faction", "commander").
    pub armed: bool,
    /// Whether the word is a closed-class English word ("the", "however", "May").
    pub function: bool,
    /// The document noun the word is ("memo").
    pub document: Option<&'static str>,
    /// Whether the word makes a capitalized phrase an organisation ("Front", "Ministry"), as
    /// [`Lexicon::is_org_word`] says.
    pub org_word: bool,
    /// The word lists the word is on ([`Tok::on`]).
    pub lists: WordLists,
    /// Whether the word names a kind of work whose title may be quoted ("song").
    pub work: bool,
    /// Whether the word carries someone's words ("view", "theory").
    pub speech_noun: bool,
    /// Whether the word makes a subject generic ("many", "people").
    pub generic: bool,
    /// Whether the word is a reflexive pronoun ("himself").
    pub reflexive: bool,
    /// The verb of saying or naming starting here.
    pub verb: Option<VerbUse>,
}

impl<'a> Tok<'a> {
    /// Whether the word is this one, ignoring case: for a short ASCII word, whether the keys
    /// are the same.
    // Always inlined: a copy called with a literal reads the literal's bytes into a key at
    // every call, where inlined the key is worked out when the program is compiled.
    #[inline(always)]
    pub(crate) fn is(&self, word: &str) -> bool {
        match WordKey::of(word) {
            Some(key) => self.key == key,
            None => !self.barrier && lexicon::same_ignoring_ascii_case(self.word, word),
        }
    }

    /// Whether the word is on a word list, ignoring ASCII case (as [`lexicon::is_one_of`]).
    pub(crate) fn on(&self, list: WordList) -> bool {
        self.lists.contains(list)
    }

    /// "(Interview R12, May 2021)", "(Focus group 2, Ward 7)": whether the word opens a
    /// parenthesis on the kind of exchange some words come from, which cites it and names
    /// no one.
    pub(crate) fn cites_an_interview(&self) -> bool {
        self.paren_open && lexicon::INTERVIEW_CITATION_NOUNS.iter().any(|w| self.is(w))
    }

    /// Whether the word starts with a capital letter (told by its first byte when ASCII).
    #[inline]
    pub(crate) fn capitalized(&self) -> bool {
        match self.word.as_bytes().first() {
            Some(first) if first.is_ascii() => first.is_ascii_uppercase(),
            _ => self.word.chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// The word without a possessive ending.
    #[inline]
    pub(crate) fn bare(&self) -> &'a str {
        if self.possessive_ending {
            strip_possessive(self.word).unwrap_or(self.word)
        } else {
            self.word
        }
    }

    /// Whether the word ends in a possessive ("Front’s").
    #[inline]
    pub(crate) fn possessive(&self) -> bool {
        self.possessive_ending
    }

    /// Whether `word`, the token's word or its [`Tok::bare`] form, is an organisation word as
    /// [`Lexicon::is_org_word`] reads it: the token's flag, looked up for its word without the
    /// possessive, says so (no organisation word is a function word, whose acronym the flag
    /// leaves out), unless the bare form ends in a possessive again ("X’s’s"), which is looked
    /// up.
    pub(crate) fn says_org_word(&self, lex: &Lexicon, word: &str) -> bool {
        if word.len() == self.word.len() || strip_possessive(word).is_none() {
            self.org_word
        } else {
            lex.is_org_word(word)
        }
    }
}

/// The words of `toks` as one slice of their text, when they are set apart by single spaces
/// and no barrier is among them ("the Levant Front’s commander"): what joining them with
/// spaces writes, without a new string.
pub(crate) fn single_spaced<'a>(toks: &[Tok<'a>]) -> Option<&'a str> {
    let (first, last) = (toks.first()?, toks.last()?);
    let spaced = toks.windows(2).all(|pair| {
        pair[1].start == pair[0].end + 1 && pair[0].text.as_bytes().get(pair[0].end) == Some(&b' ')
    });
    (spaced && !toks.iter().any(|t| t.barrier)).then(|| &first.text[first.start..last.end])
}

/// The byte that stands for a masked quote in narration.
pub(crate) const QUOTE_MASK: u8 = 0x01;
/// The byte that stands for a masked nickname ("Mohannad “Abu al-Majd” Makhzoom").
pub(crate) const NICKNAME_MASK: u8 = 0x02;

/// What kind of separator starts at a byte of masked text, and its length in bytes.
#[derive(Clone, Copy, PartialEq)]
enum Separator {
    Space(usize),
    Barrier { len: usize, quote: bool },
}

/// The separator at byte `i`, if one starts there. Separators are ASCII whitespace, the masks,
/// dashes (barriers) and the Unicode spaces the genre's texts use.
#[inline]
fn separator_at(bytes: &[u8], i: usize) -> Option<Separator> {
    match bytes[i] {
        // Most bytes: printable ASCII and the continuation bytes of UTF-8.
        0x21..=0xc1 => None,
        b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | NICKNAME_MASK => Some(Separator::Space(1)),
        QUOTE_MASK => Some(Separator::Barrier {
            len: 1,
            quote: true,
        }),
        0xc2 if bytes.get(i + 1) == Some(&0xa0) => Some(Separator::Space(2)),
        0xe2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) => Some(Separator::Space(3)),
            Some(0x93 | 0x94) => Some(Separator::Barrier {
                len: 3,
                quote: false,
            }),
            _ => None,
        },
        0xe3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => Some(Separator::Space(3)),
        _ => None,
    }
}

/// Classified tokens of `text`, read through its `masked` copy (same byte length), alone.
#[cfg(test)]
pub(crate) fn tokenize<'a>(lex: &Lexicon, text: &'a str, masked: &str) -> Vec<Tok<'a>> {
    tokenize_with(lex, &mut WordClasses::default(), text, masked)
}

/// Classified tokens of `text`, read through its `masked` copy (same byte length): words, with
/// quotes and dashes as barriers and nicknames skipped; `classes` holds what the words the
/// document wrote before are.
pub(crate) fn tokenize_with<'a, 'l>(
    lex: &'l Lexicon,
    classes: &mut WordClasses<'a, 'l>,
    text: &'a str,
    masked: &str,
) -> Vec<Tok<'a>> {
    let bytes = masked.as_bytes();
    let to = bytes.len().min(text.len());
    // Room for a token in every five bytes: the reports and fixtures write one in 7.6 on
    // average, and one paragraph in seventy needs more (then the vector grows, by a copy).
    let mut toks = Vec::with_capacity(to / 5);
    let mut read_in_context = std::mem::take(&mut classes.in_context);
    read_in_context.clear();
    let mut i = 0;
    while i < to {
        // A plain space, and a word's plain first byte, need no closer look.
        let separator = match bytes[i] {
            b' ' => Some(Separator::Space(1)),
            0x21..=0xc1 => None,
            _ => separator_at(bytes, i),
        };
        match separator {
            Some(Separator::Space(len)) => {
                i += len;
                continue;
            }
            Some(Separator::Barrier { len, quote }) => {
                toks.push(Tok {
                    text,
                    start: i,
                    end: i + len,
                    barrier: true,
                    quote,
                    ..Tok::default()
                });
                i += len;
                continue;
            }
            None => {}
        }
        let mut end = i + 1;
        loop {
            // Most bytes of a word (printable ASCII, continuation bytes) separate nothing.
            while end < to && matches!(bytes[end], 0x21..=0xc1) {
                end += 1;
            }
            // Most words end at a plain space, which needs no closer look.
            if end >= to || bytes[end] == b' ' || separator_at(bytes, end).is_some() {
                break;
            }
            end += 1;
        }
        let Some(raw) = text.get(i..end) else {
            i = end;
            continue;
        };
        let lead = opening_marks_len(raw.as_bytes());
        let word_with_tail = &raw[lead..];
        let word = &word_with_tail[..closing_marks_start(word_with_tail.as_bytes())];
        // Keep the period of an initial or abbreviation ("U.S.", "J.") inside the word.
        let word = if word_with_tail.len() > word.len()
            && word_with_tail[word.len()..].starts_with('.')
            && is_abbreviated(word)
        {
            &word_with_tail[..word.len() + 1]
        } else {
            word
        };
        let tail = Tail::of(&word_with_tail.as_bytes()[word.len()..]);
        if !word.is_empty() {
            toks.push(Tok {
                word,
                text,
                start: i + lead,
                end: i + lead + word.len(),
                punct: tail.punct,
                possessive_ending: strip_possessive(word).is_some(),
                paren_open: lead > 0 && raw.as_bytes()[..lead].contains(&b'('),
                paren_close: tail.paren_close,
                ..Tok::default()
            });
            let last = toks.len() - 1;
            let (before, read) = toks.split_at_mut(last);
            if let Some(info) = lex.classify_read(classes, before.last(), &mut read[0]) {
                read_in_context.push((before.len(), info));
            }
        } else if let Some(last) = toks.last_mut() {
            if let Some(p) = tail.punct {
                last.punct = Some(p);
            }
            if tail.paren_close {
                last.paren_close = true;
            }
        }
        // Past the plain space that ends most words, which the loop would pass over next.
        i = end + usize::from(end < to && bytes[end] == b' ');
    }
    lex.classify_in_context(&mut toks, &read_in_context);
    classes.in_context = read_in_context;
    toks
}

/// Whether a word ending before a period is an initial or an abbreviation ("U.S", "J", "Jr").
fn is_abbreviated(word: &str) -> bool {
    // The period found by its byte, read backward (a short word's bytes are fewer than a
    // searcher's setup).
    let dot = word.bytes().rposition(|b| b == b'.');
    let last = dot.map_or(word, |dot| &word[dot + 1..]);
    let single_initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    single_initial
        || dot.is_some()
        || matches!(word, "Jr" | "Sr" | "Inc" | "Ltd" | "Co" | "Corp" | "St")
        || is_honorific_without_periods(word)
}

/// Whether a word is one of [`lexicon::HONORIFICS`] with its periods trimmed ("Dr", "Sen"):
/// the list's word is `word` and periods, read only where the first bytes agree.
fn is_honorific_without_periods(word: &str) -> bool {
    /// Whether an honorific opens on a byte: most words before a period open on none.
    const INITIALS: [bool; 256] = {
        let mut initials = [false; 256];
        let mut k = 0;
        while k < lexicon::HONORIFICS.len() {
            initials[lexicon::HONORIFICS[k].as_bytes()[0] as usize] = true;
            k += 1;
        }
        initials
    };
    !word.ends_with('.')
        && word
            .as_bytes()
            .first()
            .is_some_and(|&b| INITIALS[usize::from(b)])
        && lexicon::HONORIFICS.iter().any(|h| {
            h.as_bytes().first() == word.as_bytes().first()
                && h.strip_prefix(word)
                    .is_some_and(|dots| dots.bytes().all(|b| b == b'.'))
        })
}

/// The length in bytes of the marks that open a word: `(`, `[`, `“`, `"`, `‘`.
fn opening_marks_len(raw: &[u8]) -> usize {
    let mut len = 0;
    loop {
        match &raw[len..] {
            [b'(' | b'[' | b'"', ..] => len += 1,
            // “ and ‘.
            [0xe2, 0x80, 0x9c | 0x98, ..] => len += 3,
            _ => return len,
        }
    }
}

/// Where the marks that close a word begin: `,`, `.`, `;`, `:`, `!`, `?`, `)`, `]`, `”`, `"`.
fn closing_marks_start(word_with_tail: &[u8]) -> usize {
    let mut end = word_with_tail.len();
    loop {
        match &word_with_tail[..end] {
            [
                ..,
                b',' | b'.' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"',
            ] => end -= 1,
            // ”.
            [.., 0xe2, 0x80, 0x9d] => end -= 3,
            _ => return end,
        }
    }
}

/// What the marks after a word say.
struct Tail {
    /// The strongest clause punctuation among them (the last of the strongest).
    punct: Option<char>,
    /// Whether a closing parenthesis is among them.
    paren_close: bool,
}

impl Tail {
    fn of(tail: &[u8]) -> Self {
        let mut punct = None;
        let mut strength = 0;
        let mut paren_close = false;
        for &b in tail {
            let this = match b {
                b',' => 1,
                b':' | b';' => 2,
                b'.' | b'!' | b'?' => 3,
                b')' => {
                    paren_close = true;
                    continue;
                }
                _ => continue,
            };
            if this >= strength {
                strength = this;
                punct = Some(char::from(b));
            }
        }
        Tail { punct, paren_close }
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
    fn an_honorific_is_read_without_its_periods_as_the_list_writes_it() {
        let trimmed = |word: &str| {
            lexicon::HONORIFICS
                .iter()
                .any(|h| h.trim_end_matches('.') == word)
        };
        for h in lexicon::HONORIFICS {
            let longer = format!("{h}x");
            for word in [
                h,
                h.trim_end_matches('.'),
                &h[..h.len() - 1],
                &longer,
                "",
                ".",
            ] {
                assert_eq!(is_honorific_without_periods(word), trimmed(word), "{word}");
            }
        }
        assert!(is_abbreviated("Sen") && is_abbreviated("Dr") && !is_abbreviated("Senate"));
    }

    #[test]
    fn a_pair_of_words_is_the_role_the_pair_spelled_out_is() {
        let lex = Lexicon::get();
        let spelled_out =
            |first: &str, second: &str| lex.role(&format!("{} {second}", first.to_lowercase()));
        let mut pairs: Vec<(String, String)> = Vec::new();
        for role in lexicon::ROLE_NOUNS {
            if let Some((first, rest)) = role.split_once(' ') {
                for (first, second) in [
                    (first.to_owned(), rest.to_owned()),
                    (first.to_uppercase(), plural(rest)),
                    (capitalize_first(first), format!("{rest}’s")),
                ] {
                    pairs.push((first, second));
                }
            }
        }
        for (first, second) in [
            ("Senior", "hydrologist"),
            ("senior", "Epidemiologists"),
            ("deputy", "director"),
            ("Western", "diplomat"),
            ("ex-", "minister"),
            ("Free", "activist-journalist"),
            ("UN", "Secretary-General"),
            ("Ünïcode", "worker"),
        ] {
            pairs.push((first.to_owned(), second.to_owned()));
        }
        for (first, second) in &pairs {
            assert_eq!(
                lex.role_of_pair(first, second),
                spelled_out(first, second),
                "{first} {second}"
            );
        }
    }

    fn capitalize_first(word: &str) -> String {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_verb_list_is_read_from_the_token_as_the_list_says_in_any_case() {
        let lex = Lexicon::get();
        for list in [
            WordList::MeetingVerbs,
            WordList::MembershipVerbs,
            WordList::OrgKindNouns,
        ] {
            for word in list.words() {
                let title = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
                for written in [
                    word.to_string(),
                    title,
                    word.to_uppercase(),
                    format!("{word}s"),
                ] {
                    let toks = tokenize_plain(lex, &written);
                    assert_eq!(
                        toks[0].on(list),
                        lexicon::is_one_of(toks[0].word, list.words()),
                        "{written}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_short_key_is_the_word_in_lower_case_padded_with_its_length() {
        let by_bytes = |bytes: &[u8]| {
            let mut buffer = [0u8; 16];
            buffer[..bytes.len()].copy_from_slice(bytes);
            buffer[15] = u8::try_from(bytes.len()).unwrap();
            let (low, high) = buffer.split_at(8);
            ShortKey([
                u64::from_le_bytes(low.try_into().unwrap()),
                u64::from_le_bytes(high.try_into().unwrap()),
            ])
        };
        let words = [
            "",
            "a",
            "AB",
            "Abc",
            "WXYZ",
            "[@`{",
            "Hello",
            "Said’s",
            "Aleppo’",
            "ABCDEFGH",
            "Zz@[`{Aa",
            "Secretary-Gene",
            "0123456789ABCDE",
            "0123456789ABCDEF",
            "Ünïcode",
        ];
        // Every ASCII byte, at every place of a word of every short length.
        let ascii: String = (0u8..128).map(char::from).collect();
        let ascii = ascii.as_str();
        let windows: Vec<&str> = (1..=16)
            .flat_map(|len| (0..=ascii.len() - len).map(move |at| &ascii[at..at + len]))
            .collect();
        for word in words
            .iter()
            .copied()
            .chain(lexicon::HONORIFICS.iter().copied())
            .chain(windows)
        {
            let short = word.len() <= SHORT_KEY_BYTES;
            let lower = if word.is_ascii() {
                word.to_ascii_lowercase()
            } else {
                word.to_owned()
            };
            let expected = short.then(|| by_bytes(lower.as_bytes()));
            assert!(ShortKey::of_lower(word) == expected, "{word}");
            let expected = short.then(|| by_bytes(word.as_bytes()));
            assert!(ShortKey::of_bytes(word.as_bytes()) == expected, "{word}");
        }
    }

    #[test]
    fn a_token_is_a_word_by_its_key_as_by_its_bytes_ignoring_ascii_case() {
        let lex = Lexicon::get();
        let text = "The THE the’s the OF of Of o by BY By’s Ünï ünï über Über \
                    theatre Theatre whose WHOSE whose’s abcdefg ABCDEFG abcdefgh ABCDEFGH";
        let toks = tokenize_plain(lex, text);
        let literals = [
            "the", "THE", "of", "o", "by", "by’s", "ünï", "über", "theatre", "whose", "abcdefg",
            "abcdefgh", "", "th",
        ];
        for t in &toks {
            assert_eq!(
                WordKey::of_spelling(t.word),
                WordKey::of(t.word).unwrap_or(WordKey::NONE)
            );
            for word in literals {
                let by_bytes = lexicon::same_ignoring_ascii_case(t.word, word);
                assert_eq!(t.is(word), by_bytes, "{} is {word}", t.word);
            }
        }
        // A barrier (here a masked quote) is no word, not even an empty one.
        let masked = "a \u{1} b";
        let toks = tokenize(lex, masked, masked);
        assert!(toks.iter().any(|t| t.barrier));
        assert!(
            toks.iter()
                .filter(|t| t.barrier)
                .all(|t| !t.is("") && !t.is("a"))
        );
    }

    #[test]
    fn tokens_know_what_they_are() {
        let lex = Lexicon::get();
        let toks = tokenize_plain(lex, "Salkhou went on, said the commander in Aleppo.");
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
        assert_eq!(toks[1].verb.map(|v| v.len), Some(2));
        assert_eq!(toks[2].punct, Some(','));
        assert_eq!(toks[3].verb.map(|v| v.len), Some(1));
        assert_eq!(toks[5].role, Some("commander"));
        assert!(toks[6].locative);
        assert_eq!(toks[7].punct, Some('.'));
    }

    #[test]
    fn a_pair_of_words_is_the_role_the_formatted_pair_is() {
        let lex = Lexicon::get();
        let firsts = [
            "attorney",
            "Attorney",
            "HIGH",
            "Deputy",
            "senior",
            "Épée",
            "a-very-long-first-word-that-fills-the-buffer",
            "",
        ];
        for first in firsts {
            for second in ["general", "commissioner", "minister", "diplomat", "été", ""] {
                assert_eq!(
                    lex.role_of_pair(first, second),
                    lex.role(&format!("{} {second}", first.to_lowercase())),
                    "{first} {second}"
                );
            }
        }
        for role in lexicon::ROLE_NOUNS {
            let (first, second) = role.split_once(' ').unwrap_or((role, "general"));
            assert_eq!(
                lex.role_of_pair(first, second),
                lex.role(&format!("{} {second}", first.to_lowercase())),
                "{role}"
            );
        }
    }

    #[test]
    fn a_word_listed_as_a_particle_is_a_particle_token() {
        let lex = Lexicon::get();
        for particle in lexicon::NAME_PARTICLES {
            for form in [
                particle.to_string(),
                particle.to_uppercase(),
                format!("{particle}’s"),
                format!("{particle}."),
            ] {
                let toks = tokenize_plain(lex, &form);
                assert!(!lex.is_particle(toks[0].word) || toks[0].particle, "{form}");
            }
        }
    }

    #[test]
    fn a_token_says_it_is_an_organisation_word_as_the_lexicon_does() {
        let lex = Lexicon::get();
        // The token's flag leaves out acronyms of function words ("WHO"): none is one.
        for list in [
            lexicon::FUNCTION_WORDS,
            lexicon::DETERMINERS,
            lexicon::NAME_PARTICLES,
            lexicon::REFLEXIVE_PRONOUNS,
        ] {
            for word in list {
                assert!(!lex.is_org_word(word), "{word}");
            }
        }
        for word in lexicon::ORG_WORDS {
            let upper = word.to_uppercase();
            let capitalized = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            for form in [
                word.to_string(),
                upper.clone(),
                capitalized.clone(),
                format!("{capitalized}’s"),
                format!("{upper}'s"),
                format!("{capitalized}s’"),
                format!("{capitalized}’s’s"),
            ] {
                let toks = tokenize_plain(lex, &form);
                let t = &toks[0];
                assert_eq!(
                    t.says_org_word(lex, t.word),
                    lex.is_org_word(t.word),
                    "{form}"
                );
                assert_eq!(
                    t.says_org_word(lex, t.bare()),
                    lex.is_org_word(t.bare()),
                    "{form}"
                );
            }
        }
    }

    #[test]
    fn verbs_of_saying_are_known_in_every_form() {
        let lex = Lexicon::get();
        let toks = tokenize_plain(
            lex,
            "he says, saying, admitted, admitting, pointed out, wrote, written, texted, she replies",
        );
        let forms: Vec<(&str, VerbForm)> = toks
            .iter()
            .filter_map(|t| t.verb.map(|v| (v.lemma, v.form)))
            .collect();
        assert_eq!(
            forms,
            [
                ("say", VerbForm::Present),
                ("say", VerbForm::Participle),
                ("admit", VerbForm::Past),
                ("admit", VerbForm::Participle),
                ("point out", VerbForm::Past),
                ("write", VerbForm::Past),
                ("write", VerbForm::Past),
                ("text", VerbForm::Past),
                ("reply", VerbForm::Present),
            ]
        );
    }

    #[test]
    fn a_verb_of_saying_after_a_determiner_or_with_no_subject_is_a_noun() {
        let lex = Lexicon::get();
        let toks = tokenize_plain(
            lex,
            "the email, his notes, three demands, a warning, ran reports",
        );
        assert!(toks.iter().all(|t| t.verb.is_none()));
    }

    #[test]
    fn initials_keep_their_period() {
        let lex = Lexicon::get();
        let toks = tokenize_plain(lex, "the U.S. Senate and Robert S. Mueller.");
        let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            ["the", "U.S.", "Senate", "and", "Robert", "S.", "Mueller"]
        );
    }
}
