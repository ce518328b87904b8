//! The registry of who can speak: people, organisations, anonymous groups and documents.
//!
//! People and organisations are learned from the text (names that speak or are introduced with
//! a role, an organisation or an apposition; organisation names; interview notes). Names merge
//! when one is a part of another ("Marquess" of "Steve Marquess", "Zinki" of "Harakat Nour
//! al-Din al-Zinki"). Anonymous groups ("a Western diplomat") and documents ("the memo") are
//! added as the text refers to them. Each person keeps the organisations the text ties them to.

use super::factions::{Claim, Evidence, capitalize, role_class};
use super::facts::Facts;
use super::lexicon;
use super::mentions::{MentionKind, Owner, lex_org_like};
use super::words::{FastMap, FastSet, Lexicon, strip_possessive};
use crate::model::{Note, NoteKind};
use crate::text::{self, TrimQuick, WordsQuick, fold};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// An entry of the registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct EntityId(pub usize);

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EntityKind {
    /// A named person.
    Person,
    /// An organisation: a faction, a company, a court, a newspaper.
    Organisation,
    /// Anonymous people of one kind ("Western diplomats", "witnesses").
    Group,
    /// A document that speaks for itself ("the letter").
    Document,
}

/// A person's gender as the text shows it (an honorific, a gendered role, a pronoun), for
/// resolving "he" and "she".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    /// "she", "Ms", "spokeswoman".
    Feminine,
    /// "he", "Mr", "spokesman".
    Masculine,
}

impl Gender {
    /// The gender an honorific or a role noun shows ("Ms", "spokesman").
    pub(crate) fn of_title(word: &str) -> Option<Gender> {
        let word = word.trim_end_matches([',', '’', '\'']);
        if lexicon::FEMININE_WORDS.contains(&word) {
            Some(Gender::Feminine)
        } else if lexicon::MASCULINE_WORDS.contains(&word) {
            Some(Gender::Masculine)
        } else {
            None
        }
    }

    /// The gender a third-person pronoun shows ("she", "his").
    pub(crate) fn of_pronoun(word: &str) -> Option<Gender> {
        if lexicon::is_one_of(word, &["she", "her", "hers", "herself"]) {
            Some(Gender::Feminine)
        } else if lexicon::is_one_of(word, &["he", "him", "his", "himself"]) {
            Some(Gender::Masculine)
        } else {
            None
        }
    }
}

/// The role of a private person the text gives no other ("Nadia R. (not her real name)").
const CIVILIAN: &str = "civilian";

/// What identifies an anonymous group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct GroupKey {
    /// The role class (index in the lexicon), or `None` for a role outside the classes.
    pub class: Option<usize>,
    /// The first role noun seen for the group ("diplomat").
    pub noun: &'static str,
    /// The capitalized qualifier ("Western", "UN").
    pub qualifier: Option<String>,
    /// The organisation the group's mention names ("the Pennsylvania GOP").
    pub org: Option<EntityId>,
    /// A collective ("the crowd") rather than one of a kind ("a bystander").
    pub collective: bool,
    /// The person whose staff the group is ("Senator Johnson’s chief of staff").
    pub patron: Option<EntityId>,
}

/// Someone or something that can speak.
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Every spelling of the full name seen, with counts.
    pub spellings: BTreeMap<String, usize>,
    /// Folded tokens of the full name, shared with the registry's cache of names' tokens.
    pub tokens: Rc<[String]>,
    /// Phrases used for it ("Salkhou", "Zinki commander Omar Salkhou").
    pub aliases: BTreeSet<String>,
    /// The aliases folded, for lookups of organisations.
    pub folded_aliases: BTreeSet<String>,
    /// Role nouns seen with it.
    pub roles: Vec<&'static str>,
    /// Role descriptions seen with it.
    pub role_texts: Vec<String>,
    /// Organisations the text ties it to, with the evidence.
    pub claims: Vec<(EntityId, Evidence)>,
    /// For an organisation: whether the text ties fighters or commanders to it.
    pub armed: bool,
    /// For a group: what identifies it.
    pub group: Option<GroupKey>,
    /// For a document: whose it is.
    pub owner: Option<EntityId>,
    /// For a document: its noun ("letter").
    pub document: Option<&'static str>,
    /// For a document with no owner: who had it in hand where it was first quoted (the person
    /// or organisation named just before), for its faction.
    pub handler: Option<EntityId>,
    /// For a group: whether the text speaks of it in the plural ("the fake Trump electors"), so
    /// that no one member is the whole of it.
    pub plural: bool,
    /// For an organisation: the one it is part of ("the Department’s Office of Grants
    /// Management"), whose side it speaks for.
    pub part_of: Option<EntityId>,
    /// For a group: how often each role noun named it, in the order first seen.
    pub noun_counts: Vec<(&'static str, usize)>,
    /// For a person: titles written before the name ("President" in "President Trump").
    pub titles: BTreeSet<&'static str>,
    /// For a person: the place their title is of ("Sarune" in "Sarune’s governor"), which
    /// names their role group ("Sarune officials").
    pub place: Option<String>,
    /// For a person: the people they serve ("an assistant to … Mark Meadows"), whose side
    /// is theirs when the text ties them to no organisation.
    pub serves: Vec<EntityId>,
    /// For an organisation: its name's words in any order, synonyms spelled out
    /// ([`org_key`]), by which other spellings of the same name are known.
    pub org_key: Vec<String>,
    /// For a person: the gender the text shows, once it shows one.
    pub gender: Option<Gender>,
}

impl Entity {
    fn new(kind: EntityKind) -> Self {
        Entity {
            kind,
            spellings: BTreeMap::new(),
            tokens: no_tokens(),
            aliases: BTreeSet::new(),
            folded_aliases: BTreeSet::new(),
            roles: Vec::new(),
            role_texts: Vec::new(),
            claims: Vec::new(),
            armed: false,
            group: None,
            owner: None,
            document: None,
            handler: None,
            part_of: None,
            plural: false,
            noun_counts: Vec::new(),
            titles: BTreeSet::new(),
            gender: None,
            place: None,
            org_key: Vec::new(),
            serves: Vec::new(),
        }
    }

    /// A body the text names only by its kind and a lower-case modifier ("Prioritization
    /// committee"): every spelling is lower-case after its first word.
    pub(crate) fn named_by_kind(&self) -> bool {
        !self.spellings.is_empty()
            && self.spellings.keys().all(|s| {
                s.words_quick()
                    .skip(1)
                    .all(|w| !w.starts_with(char::is_uppercase))
                    && s.contains(' ')
            })
    }
}

/// What a name can refer to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Found {
    /// Shared with the cache of names found, so that a name found again is not copied.
    People(Rc<[EntityId]>),
    Org(EntityId),
    Nobody,
}

/// How a person was introduced by a title, folded and without its "the": "the Minister of the
/// Interior, Henrik Solvaag" (an alias with a comma), "the company’s chief financial officer"
/// (a role text with its owner, who goes).
#[derive(Debug)]
enum Introduction {
    /// A "title, name" alias, folded; and without an owner's possessive.
    Alias { folded: String, unowned: String },
    /// A title with its owner, folded without the owner.
    OwnedRole(String),
}

impl Introduction {
    /// Whether a title (folded, without its "the") is this introduction's.
    fn introduces(&self, title: &str) -> bool {
        match self {
            Introduction::Alias { folded, unowned } => {
                folded
                    .strip_prefix(title)
                    .is_some_and(|rest| rest.starts_with([' ', ',']))
                    || unowned
                        .strip_prefix(title)
                        .is_some_and(|rest| rest.starts_with(','))
            }
            Introduction::OwnedRole(role) => role == title,
        }
    }

    /// The introductions of a person: only "title, name" aliases (most have no comma), and
    /// titles with an owner (most have no "’s" at all).
    fn of(person: &Entity) -> Vec<Introduction> {
        // "The company’s chief financial officer, Wilfred Okonedo" is introduced as "the chief
        // financial officer" too: the owner's possessive goes.
        let unowned = |a: &str| -> String {
            let a = without_leading_the(a);
            fold(match a.split_once(' ') {
                Some((owner, rest)) if owner.ends_with("’s") || owner.ends_with("'s") => rest,
                _ => a,
            })
        };
        let aliases =
            person
                .aliases
                .iter()
                .filter(|a| a.contains(','))
                .map(|a| Introduction::Alias {
                    folded: fold(without_leading_the(a)),
                    unowned: unowned(a),
                });
        let owned_roles = person
            .role_texts
            .iter()
            .filter(|r| {
                let possessive_s = r
                    .as_bytes()
                    .windows(2)
                    .any(|pair| matches!(pair, [b'\'' | 0x99, b's']));
                possessive_s
                    && r.words_quick()
                        .find(|w| *w != "the" && *w != "The")
                        .is_some_and(|w| w.ends_with("’s") || w.ends_with("'s"))
            })
            .map(|r| Introduction::OwnedRole(unowned(r)));
        // "Orla Brandvik, Chief Economist;", then "The Chief Economist said": a title in
        // capitals the text gives a person after their name (of two words or more: one word
        // is read by [`Registry::titled`]).
        let titles = person
            .role_texts
            .iter()
            .filter(|r| {
                let mut words = r.words_quick();
                words
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                    && words.next().is_some()
                    && !r.contains('’')
                    && !r.contains('\'')
            })
            .map(|r| {
                let folded = fold(r) + ",";
                Introduction::Alias {
                    unowned: folded.clone(),
                    folded,
                }
            });
        aliases.chain(owned_roles).chain(titles).collect()
    }
}

/// The people introduced by a title, read once: the build completes every person's aliases
/// and role texts before anyone asks, and people added later are read as they come.
#[derive(Debug, Default)]
struct Introductions {
    /// The people with an introduction, by id, with theirs.
    people: Vec<(EntityId, Vec<Introduction>)>,
    /// How many entities have been read.
    read: usize,
}

impl Introductions {
    /// Reads the entities not read yet.
    fn extend_to(&mut self, entities: &[Entity]) {
        for (i, e) in entities.iter().enumerate().skip(self.read) {
            if e.kind != EntityKind::Person {
                continue;
            }
            let forms = Introduction::of(e);
            if !forms.is_empty() {
                self.people.push((EntityId(i), forms));
            }
        }
        self.read = entities.len();
    }
}

/// Everything the text says about who can speak.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    /// Every entity.
    pub entities: Vec<Entity>,
    /// Folded names of places ("aleppo").
    places: FastSet<String>,
    /// What each name looked up so far refers to.
    name_cache: RefCell<FastMap<String, Found>>,
    /// The tokens of each name read so far ([`name_tokens`]), which depend on the name alone.
    token_cache: RefCell<FastMap<String, Rc<[String]>>>,
    /// The titles each person was introduced by, for [`Registry::introduced_as`].
    introductions: RefCell<Introductions>,
    /// `find_org` answers per name, once every organisation is known.
    org_cache: RefCell<FastMap<String, Option<EntityId>>>,
    /// Whether the organisations are all known (the cache may be used).
    orgs_complete: bool,
    /// The author "I" stands for, from the byline.
    pub narrator: Option<EntityId>,
    /// The organisation that signs the report ("Office of the Auditor General of Carrow |
    /// Report AG-2024-11"), whom "we" stands for when no person does.
    pub authoring_org: Option<EntityId>,
}

/// The text without the "the " and then the "The " that open it, as many as there are (as
/// `trim_start_matches` reads them, without building a searcher).
fn without_leading_the(text: &str) -> &str {
    let mut text = text;
    while let Some(rest) = text.strip_prefix("the ") {
        text = rest;
    }
    while let Some(rest) = text.strip_prefix("The ") {
        text = rest;
    }
    text
}

/// The only item, if there is exactly one.
fn the_one<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// The tokens of an entity that has none yet: one shared empty list, so that a new entity
/// allocates none.
fn no_tokens() -> Rc<[String]> {
    thread_local! {
        static NO_TOKENS: Rc<[String]> = Rc::from(Vec::new());
    }
    NO_TOKENS.with(Rc::clone)
}

/// Folded tokens of a name, possessive and transliteration prefixes removed.
pub(crate) fn name_tokens(name: &str) -> Vec<String> {
    // Honorifics only open a name ("Dr. Klein"); "Jessica Lord" keeps its "Lord".
    name.words_quick()
        .skip_while(|w| Lexicon::get().is_listed_honorific(w))
        .map(|w| {
            let f = fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
            let f = f
                .strip_suffix("s")
                .filter(|_| w.ends_with("’s") || w.ends_with("'s"))
                .map(str::to_owned)
                .unwrap_or(f);
            lexicon::NAME_PREFIXES
                .iter()
                .find_map(|p| f.strip_prefix(p))
                .map(str::to_owned)
                .unwrap_or(f)
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A name as the text writes it, and how many times.
struct WrittenName {
    name: String,
    times: usize,
}

/// Whether the person named `short` can be the person named `long`: `short` is a run of
/// `long`'s words, and a full name without a generational suffix is not the name with one
/// ("Donald J. Trump" is not "Donald J. Trump Jr.", whom "Trump Jr." names).
pub(crate) fn same_person(long: &[String], short: &[String]) -> bool {
    let suffixed = |t: &[String]| {
        t.last()
            .is_some_and(|w| lexicon::GENERATIONAL_SUFFIXES.contains(&w.as_str()))
    };
    contains_run(long, short) && !(short.len() > 1 && suffixed(long) && !suffixed(short))
}

/// Whether a folded word names the people of a folded one-word state ("sardovian" of
/// "sardovia", "kovreshi" of "kovresh", "tarvian" of "tarvia").
fn is_demonym_of(word: &str, state: &str) -> bool {
    const ENDINGS: &[&str] = &["n", "an", "ian", "i", "ese", "ish"];
    let stem = state.trim_end_matches(['a', 'e', 'y']);
    let ends_in = |base: &str| {
        word.strip_prefix(base)
            .is_some_and(|rest| ENDINGS.contains(&rest))
    };
    state.len() > 2 && (ends_in(state) || (stem.len() > 2 && ends_in(stem)))
}

/// Whether `short` appears as a contiguous run inside `long`.
pub(crate) fn contains_run(long: &[String], short: &[String]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// The author of a full publication note who is one capitalized word before a quoted title
/// ("Oxfam, “Hunger in a Heating World”, 2022."): a body, not a person.
fn corporate_author(note: &Note) -> Option<&str> {
    let author = note.person.as_deref()?;
    let quoted_title = note
        .text
        .get(author.len()..)
        .is_some_and(|rest| rest.trim_start_matches([',', ' ']).starts_with(['“', '"']));
    (note.kind == NoteKind::Publication
        && note.short_form_of.is_none()
        && note.text.starts_with(author)
        && quoted_title
        && !author.contains(' ')
        && author.chars().next().is_some_and(char::is_uppercase)
        && author.chars().skip(1).any(char::is_lowercase))
    .then_some(author)
}

/// Whether a shorter organisation name is a short form of a longer one: the longer contains it
/// and adds no role noun ("White House Counsel" is an office), and the shorter is more than one
/// word ("Nour al-Din al-Zinki"), or only organisation words ("the Senate"), or the longer adds
/// only organisation and function words ("Mattachine" of "Mattachine Society"). "Python" is
/// not "Python Software Foundation".
// Asked of every pair of organisations the registry compares, most of which share no run of
// words: inlined.
#[inline(always)]
pub(crate) fn short_form_of_org(lex: &Lexicon, long: &[String], short: &[String]) -> bool {
    if !contains_run(long, short) || is_dotted_initialism(short) {
        return false;
    }
    let generic = |w: &String| lex.is_org_word(w) || lex.is_function_word(w);
    let at = long
        .windows(short.len())
        .position(|w| w == short)
        .unwrap_or(0);
    let mut extra = long
        .iter()
        .enumerate()
        .filter(|&(i, _)| i < at || i >= at + short.len())
        .map(|(_, w)| w);
    // "White House Counsel" is an office of the White House, not another name for it; the
    // members a name is of ("Sarune Farmers’ Cooperative") are no office, nor is a rank that
    // opens the name ("the General Federation").
    if long[at + short.len()..]
        .iter()
        .any(|w| lex.role(w).is_some() && !lex.is_org_word(w) && !w.ends_with('s'))
    {
        return false;
    }
    // "the Courier" for "Sardovian Courier", but not "Sardovian", which names a country's
    // people ("the Sardovian defence minister").
    if long
        .last()
        .is_some_and(|w| lexicon::MASTHEAD_NOUNS.contains(&w.as_str()))
        && at + short.len() < long.len()
    {
        return false;
    }
    // "Hessory" for "Hessory Cold Chain Limited": a company goes by its name's first word.
    let company = at == 0
        && long.last().is_some_and(|w| {
            lexicon::COMPANY_SUFFIXES
                .iter()
                .any(|s| s.eq_ignore_ascii_case(w.trim_end_matches('.')))
        });
    short.len() > 1 || company || short.iter().all(|w| lex.is_org_word(w)) || extra.all(generic)
}

/// An organisation's name as a key that other spellings of it share: its words other than
/// function words, synonyms spelled out ("GOP" is "Republican Party"), in sorted order, so
/// that "the Republican Party of Pennsylvania" and "the Pennsylvania GOP" are one name.
pub(crate) fn org_key(lex: &Lexicon, tokens: &[String]) -> Vec<String> {
    org_key_words(lex, tokens)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The words of [`org_key`], borrowed: for a lookup, compared with the keys kept.
fn org_key_words<'t>(lex: &Lexicon, tokens: &'t [String]) -> Vec<&'t str> {
    let mut key: Vec<&str> = Vec::with_capacity(tokens.len() + 1);
    for t in tokens {
        match lexicon::ORG_NAME_SYNONYMS
            .iter()
            .find(|(short, _)| short == t)
        {
            Some((_, long)) => key.extend(long.split(' ')),
            None if lex.is_function_word(t) => {}
            None => key.push(t),
        }
    }
    key.sort_unstable();
    key
}

/// Whether `short` is an acronym of the name `long` ("RNC" of "Republican National
/// Committee", "DOJ" of "Department of Justice"): one word whose letters are the initials of
/// the name's words, with or without its function words.
pub(crate) fn acronym_of(lex: &Lexicon, long: &[String], short: &[String]) -> bool {
    const MIN_LETTERS: usize = 2;
    let [acronym] = short else { return false };
    if long.len() < MIN_LETTERS || acronym.len() != long.len() && acronym.len() < MIN_LETTERS {
        return false;
    }
    // Whether the acronym is the initials of every word, or of every word but function words.
    let spells_initials = |all: bool| {
        acronym.chars().eq(long
            .iter()
            .filter(|w| all || !lex.is_function_word(w))
            .filter_map(|w| w.chars().next()))
    };
    acronym.chars().all(|c| c.is_ascii_alphabetic())
        && (spells_initials(true) || spells_initials(false))
}

/// Whether a name is one initialism written with periods ("U.S.", "D.C."): a country's or a
/// place's abbreviation, which organisations' names open with but never stand for.
pub(crate) fn is_dotted_initialism(tokens: &[String]) -> bool {
    matches!(tokens, [only] if only.contains('.'))
}

/// A name's first word and what follows the space after it (`split_once(' ')`, without a
/// searcher for a few bytes).
fn first_word(name: &str) -> Option<(&str, &str)> {
    let space = name.bytes().position(|b| b == b' ')?;
    Some((&name[..space], &name[space + 1..]))
}

/// Whether a name is an honorific and a short label ("Ms D", "Mr A").
fn is_honoured_label(name: &str) -> bool {
    // An honorific is a whole first word.
    first_word(name).is_some_and(|(first, _)| Lexicon::get().is_listed_honorific(first))
}

/// Strips an honorific ("Dr. ", "Mr. ") from the front of a name.
pub(crate) fn strip_honorific(name: &str) -> &str {
    /// A label this short ("Mr A", "Ms B") is no name without its honorific.
    const MAX_LABEL: usize = 2;
    // An honorific is a whole first word: only that word is compared with the list.
    first_word(name)
        .filter(|(first, _)| Lexicon::get().is_listed_honorific(first))
        .map(|(_, rest)| rest)
        .filter(|rest| rest.chars().count() > MAX_LABEL)
        .unwrap_or(name)
}

impl Registry {
    /// Builds the registry from the body's facts, the faction claims and the notes.
    pub(crate) fn build(lex: &Lexicon, facts: &Facts, claims: &[Claim], notes: &[Note]) -> Self {
        /// Room in the caches for the names a report of some length asks about, so that they
        /// seldom grow (a larger report's grow as they need).
        /// Room for the entities of a report of some length (the bundled report ends with 66,
        /// the corpus's reports with 128 to 444), so that the vector of these large records
        /// (some 450 bytes each) grows by a copy seldom, or not through every doubling.
        const ENTITIES: usize = 128;
        fn cache<V>() -> RefCell<FastMap<String, V>> {
            const CACHED_NAMES: usize = 128;
            RefCell::new(FastMap::with_capacity_and_hasher(
                CACHED_NAMES,
                Default::default(),
            ))
        }
        let mut registry = Registry {
            places: facts.places.clone(),
            name_cache: cache(),
            token_cache: cache(),
            org_cache: cache(),
            entities: Vec::with_capacity(ENTITIES),
            ..Registry::default()
        };
        // Names that speak or are introduced as people are never organisations' names.
        let people = speaking_names(facts);
        // "an assistant to Chief of Staff Mark Meadows": a tie to a person, not to an
        // organisation; the person serves whoever they assist.
        let (claims, ties): (Vec<Claim>, Vec<Claim>) = claims.iter().cloned().partition(|c| {
            !c.patron
                && (facts.org_like(lex, &c.org)
                    || !text::with_folded(&c.org, |f| people.contains(f)))
        });
        let claims = &claims[..];
        registry.build_orgs(lex, facts, claims, &people, notes);
        registry.orgs_complete = true;
        registry.build_people(lex, facts, claims, notes);
        registry.attach(lex, facts, claims);
        registry.attach_ties(&ties);
        registry.attach_eponyms();
        registry.attach_parts(facts);
        registry.complete_names(lex, facts);
        registry.roles_a_paragraph_opens_on(facts);
        registry.defined_roles(lex, facts);
        registry.label_roles(lex);
        registry.learn_genders();
        registry
    }

    /// "Officer A", "Sergeant C": a person the text labels by a member's role and a letter or
    /// number holds that role, when nothing else gave them one ("Witness 3" is told apart by
    /// the label alone).
    fn label_roles(&mut self, lex: &Lexicon) {
        for e in self
            .entities
            .iter_mut()
            .filter(|e| e.kind == EntityKind::Person && e.roles.is_empty())
        {
            if let Some(label) = e
                .spellings
                .keys()
                .find_map(|name| super::names::role_label(lex, name))
                .filter(|label| lex.is_member_role(label.role))
            {
                e.roles.push(label.role);
            }
        }
    }

    /// "Mr Ellis Varnham (“the Player”)": a role the text defines as a person's short name is
    /// their title, which "the Player" means wherever it stands.
    fn defined_roles(&mut self, lex: &Lexicon, facts: &Facts) {
        for s in facts.paragraphs.iter().flat_map(|p| &p.sentences) {
            for (name, short) in &s.other_names {
                let Some(role) = lex.role(short) else {
                    continue;
                };
                if let Some(person) = self.lookup(name, &|_| 0)
                    && self.entities[person.0].kind == EntityKind::Person
                {
                    let person = &mut self.entities[person.0];
                    person.titles.insert(role);
                    if !person.roles.contains(&role) {
                        person.roles.push(role);
                    }
                }
            }
        }
    }

    /// "Historians have disagreed about the rising's character. Marsh calls it …, while Ruth
    /// Ebbing proposed …": people a paragraph names after opening on scholars in general, whom
    /// the text gives no role or side, are of them.
    fn roles_a_paragraph_opens_on(&mut self, facts: &Facts) {
        // The scholars' role each paragraph opens on, if any; most reports have none.
        let scholar_class = super::factions::role_class(lexicon::SCHOLAR_ROLE);
        let opening_roles: Vec<Option<&'static str>> = facts
            .paragraphs
            .iter()
            .map(|p| {
                let opening = &p.sentences.first()?.mentions.first()?.mention;
                match (&opening.kind, &opening.roles[..]) {
                    (MentionKind::Generic, [role]) if opening.toks.start == 0 => Some(*role),
                    _ => None,
                }
                .filter(|role| {
                    scholar_class.is_some() && super::factions::role_class(role) == scholar_class
                })
            })
            .collect();
        let Some(last) = opening_roles.iter().rposition(Option::is_some) else {
            return;
        };
        // People named before: the paragraph tells of them too ("Ashdown himself never used
        // the word"), it does not introduce them.
        let mut named_before: BTreeSet<EntityId> = BTreeSet::new();
        for (p, scholars) in facts.paragraphs.iter().zip(opening_roles).take(last + 1) {
            let people: Vec<EntityId> = p
                .sentences
                .iter()
                .flat_map(|s| &s.mentions)
                .filter_map(|d| match self.found(d.mention.name()?) {
                    Found::People(people) => match &people[..] {
                        [id] => Some(*id),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            if let Some(scholars) = scholars {
                for &id in &people {
                    if !named_before.contains(&id) && self.entities[id.0].claims.is_empty() {
                        self.give_role(id, scholars);
                    }
                }
            }
            named_before.extend(people);
        }
    }

    /// Ties each organisation the text names in another's possessive ("the Department’s Office
    /// of Grants Management") to that other, the first time it does; and each unit the text
    /// names with its owner ("the ICRC delegation", "the Agency’s station … the Station").
    fn attach_parts(&mut self, facts: &Facts) {
        for d in facts
            .paragraphs
            .iter()
            .flat_map(|p| &p.sentences)
            .flat_map(|s| &s.mentions)
        {
            let (MentionKind::Named(name), [owner]) = (&d.mention.kind, d.mention.orgs.as_slice())
            else {
                continue;
            };
            let (Some(part), Some(whole)) = (self.find_org(name), self.find_org(owner)) else {
                continue;
            };
            // "the Ministry’s Special Police Detachment": an armed unit keeps a side of its own.
            let armed_unit = self.entities[part.0].armed
                || self.entities[part.0].tokens.iter().any(|t| {
                    lexicon::is_one_of(t, lexicon::MILITARY_WORDS)
                        || lexicon::is_one_of(t, lexicon::UNIT_WORDS)
                });
            if part != whole
                && !armed_unit
                && self.entities[part.0].part_of.is_none()
                && self.entities[whole.0].part_of != Some(part)
            {
                self.entities[part.0].part_of = Some(whole);
            }
        }
        // "The ICRC delegation in Damascus said": a name and a unit's noun is the unit of the
        // organisation that name is.
        for part in 0..self.entities.len() {
            let e = &self.entities[part];
            let [owner @ .., unit] = &e.tokens[..] else {
                continue;
            };
            if e.kind != EntityKind::Organisation
                || e.part_of.is_some()
                || owner.is_empty()
                || !lexicon::is_one_of(unit, lexicon::BODY_UNIT_NOUNS)
            {
                continue;
            }
            // "the Harnesby Police Department" is a name of its own: the unit's noun is written
            // in lower case ...
            let unit_in_lower_case = || {
                e.spellings.keys().all(|s| {
                    s.rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                })
            };
            // ... or after another organisation's acronym ("the NCU Secretariat").
            let after_acronym = || {
                owner.len() == 1
                    && e.spellings
                        .keys()
                        .all(|s| s.split(' ').next().is_some_and(super::names::is_acronym))
            };
            if !(unit_in_lower_case() || after_acronym()) {
                continue;
            }
            // "the KPD press office": past a lower-case word before the unit's noun.
            let modifier_in_lower_case = owner.len() > 1
                && e.spellings.keys().all(|s| {
                    s.rsplit(' ')
                        .nth(1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                });
            let other = |id: &EntityId| id.0 != part;
            let whole = self.find_org(&owner.join(" ")).filter(other).or_else(|| {
                modifier_in_lower_case
                    .then(|| self.find_org(&owner[..owner.len() - 1].join(" ")))
                    .flatten()
                    .filter(other)
            });
            if self.entities[part].part_of.is_none()
                && let Some(whole) = whole
            {
                self.tie_part(EntityId(part), whole);
            }
        }
        // "the ICRC’s delegation in Damascus … The delegation said": the unit's noun in lower
        // case means its owner, as a kind an apposition gives does.
        for (noun, owner) in &facts.owned_units {
            if let Some(kind) = lexicon::org_anaphor_noun(&noun.to_lowercase())
                && let Some(org) = self.find_org(owner)
                && !self.entities[org.0].roles.contains(&kind)
            {
                self.entities[org.0].roles.push(kind);
            }
        }
        // "the Agency’s station in Telmont … The Station reported": a unit named by its noun
        // alone is part of the one organisation the text says has it.
        for (noun, owner) in &facts.owned_units {
            if facts
                .owned_units
                .iter()
                .any(|(n, o)| n == noun && o != owner)
            {
                continue;
            }
            let (Some(part), Some(whole)) = (self.find_org(noun), self.find_org(owner)) else {
                continue;
            };
            if self.entities[part.0].tokens.len() == 1 {
                self.tie_part(part, whole);
            }
        }
    }

    /// Makes `part` a part of `whole`, unless it is the same organisation, already part of
    /// another, or what `whole` is itself part of at the top (no loop).
    fn tie_part(&mut self, part: EntityId, whole: EntityId) {
        if part != whole && self.entities[part.0].part_of.is_none() && self.whole_of(whole) != part
        {
            self.entities[part.0].part_of = Some(whole);
        }
    }

    /// Notes that the text speaks of a group in the plural.
    pub(crate) fn mark_plural(&mut self, group: EntityId) {
        self.entities[group.0].plural = true;
    }

    /// The organisation a part belongs to at the top ("the Department" for its Office of Grants
    /// Management), or the organisation itself.
    pub(crate) fn whole_of(&self, org: EntityId) -> EntityId {
        /// The most levels of parts followed (a loop in the text cannot hang the parser).
        const MAX_LEVELS: usize = 4;
        let mut at = org;
        for _ in 0..MAX_LEVELS {
            match self.entities[at.0].part_of {
                Some(whole) if whole != org => at = whole,
                _ => break,
            }
        }
        at
    }

    /// Gives each person the gender their honorifics and roles show ("Ms Obrey", "a
    /// spokesman"), when they show only one.
    fn learn_genders(&mut self) {
        for e in self
            .entities
            .iter_mut()
            .filter(|e| e.kind == EntityKind::Person)
        {
            // An honorific opens an alias ("Ms Obrey"; "Jessica Lord" is no lord); a role noun
            // is any the text gave the person.
            let words = e
                .aliases
                .iter()
                .filter_map(|a| a.words_quick().next())
                .chain(e.roles.iter().copied());
            // Only titles: a pronoun in an alias ("Her deputy, Dušan Verk") is about someone
            // else.
            let mut shown = words.filter_map(Gender::of_title);
            let Some(first) = shown.next() else { continue };
            if shown.all(|g| g == first) {
                e.gender = Some(first);
            }
        }
    }

    /// Gives a person a role the evidence shows ("interviewee" for someone known from an
    /// interview note only), if they have none.
    pub(crate) fn give_role(&mut self, id: EntityId, role: &'static str) {
        let e = &mut self.entities[id.0];
        if e.roles.is_empty() {
            e.roles.push(role);
        }
    }

    pub(crate) fn is_place(&self, name: &str) -> bool {
        text::with_folded(name, |f| self.places.contains(f))
    }

    /// Whether a name is a place the text mentions ("in Aleppo").
    pub(crate) fn is_known_place(&self, name: &str) -> bool {
        self.is_place(name)
    }

    /// Makes the author the byline names ("By Nora Castellane") the person "I" stands for,
    /// a journalist unless the text says otherwise. Several authors ("By A and B") make no
    /// narrator: "I" is then nobody the parser can name.
    pub(crate) fn add_narrator(&mut self, lex: &Lexicon, byline: &str) {
        let name = byline.trim_quick();
        // "From Clement Ravelle, The Quiet Room": the author of a book the text is taken from
        // writes as themself, not as a reporter.
        let excerpt = super::layout::EXCERPT_OPENINGS
            .iter()
            .find_map(|p| name.strip_prefix(p));
        let by = ["By ", "by ", "BY "]
            .iter()
            .find_map(|p| name.strip_prefix(p));
        let (name, role) = match (excerpt, by) {
            (Some(author), _) => (author, None),
            (None, Some(author)) => (author, Some("journalist")),
            (None, None) => (name, Some("journalist")),
        };
        // "Meetings Coverage | Security Council | …": a masthead's first words name a series
        // or a body; a person is named after "By".
        let masthead = excerpt.is_none() && by.is_none() && name.contains(" | ");
        let name = name
            .split([',', '|', '('])
            .next()
            .unwrap_or("")
            .trim_quick();
        let words: Vec<&str> = name.words_quick().collect();
        let personal = !masthead
            && (2..=4).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && !words
                .iter()
                .any(|w| lex.is_function_word(w) || w.chars().any(|c| c.is_ascii_digit()));
        // "Office of the Auditor General of Carrow | Report AG-2024-11": a name in title case,
        // not a description ("An independent review commissioned by Hallam City Council").
        let title_case = words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || lex.is_function_word(w)
                || lexicon::is_one_of(w.trim_end_matches('.'), lexicon::COMPANY_SUFFIXES)
        });
        if lex_org_like(lex, name) {
            if title_case {
                self.authoring_org = self
                    .find_org(name)
                    .or_else(|| self.lengthen_short_org(lex, name))
                    .or_else(|| self.add_org(lex, name));
                if let Some(author) = self.authoring_org {
                    self.adopt_our_people(author);
                }
            }
            return;
        }
        if !personal {
            return;
        }
        let id = match self.found(name) {
            Found::People(people) if people.len() == 1 => people[0],
            Found::Nobody => match self.add_person(name) {
                Some(id) => id,
                None => return,
            },
            _ => return,
        };
        let person = &mut self.entities[id.0];
        if person.roles.is_empty() {
            person.roles.extend(role);
        }
        self.narrator = Some(id);
    }

    /// "Our Head of Sustainability, Owain Pellfrey": in a report a body writes as "we", the
    /// people it calls its own belong to it, whatever their title names ("Sustainability" is
    /// a portfolio, not a body).
    fn adopt_our_people(&mut self, author: EntityId) {
        let ours = |alias: &String| {
            alias
                .words_quick()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("our"))
        };
        for e in self
            .entities
            .iter_mut()
            .filter(|e| e.kind == EntityKind::Person && e.aliases.iter().any(ours))
        {
            e.claims.clear();
            e.claims.push((author, Evidence::Title));
        }
    }

    /// "the Committee" throughout a report whose masthead names the "Senate Select Committee
    /// on Security and Intelligence": the one organisation the text names by one word of the
    /// masthead's name takes that name. (A longer short form may be one of two bodies the
    /// masthead joins: "Humanitarian Country Team in Oskarra and Amboru Basin NGO Forum".)
    fn lengthen_short_org(&mut self, lex: &Lexicon, name: &str) -> Option<EntityId> {
        let tokens = self.tokens_of(name);
        let (id, _) =
            the_one(self.organisations().filter(|(_, o)| {
                o.tokens.len() == 1 && short_form_of_org(lex, &tokens, &o.tokens)
            }))?;
        let org = &mut self.entities[id.0];
        let times = org.spellings.values().sum::<usize>() + 1;
        for short in std::mem::take(&mut org.spellings).into_keys() {
            org.folded_aliases.insert(fold(&short));
            org.aliases.insert(short);
        }
        org.spellings.insert(name.to_owned(), times);
        org.org_key = org_key(lex, &tokens);
        org.tokens = tokens;
        self.name_cache.borrow_mut().clear();
        self.org_cache.borrow_mut().clear();
        Some(id)
    }

    /// The person the report gives this title ("President"); of several, the first it gave it
    /// ("The Chair" after "Margaret Ellory (Chair of the Board, in the chair); Hugh Pallant
    /// (… Chair of the Remuneration Committee)").
    pub(crate) fn titled(&self, role: &str) -> Option<EntityId> {
        (0..self.entities.len())
            .map(EntityId)
            .find(|id| self.entities[id.0].titles.contains(role))
    }

    /// The one person the text introduced by this title and their name ("the Minister of the
    /// Interior, Henrik Solvaag"), for the title alone after ("The Minister of the Interior
    /// maintained").
    pub(crate) fn introduced_as(&self, title: &str) -> Option<EntityId> {
        let title = without_leading_the(title);
        // Folding joins no words: a title of one word is told before it is folded.
        title.words_quick().nth(1)?;
        text::with_folded(title, |title| self.introduced_as_folded(title))
    }

    /// The one person a transcript's label of a role means ("Spokesperson: …" after "Ilse
    /// Varnholt, Spokesperson for the Secretary-General"): the one the text gave that role.
    pub(crate) fn labelled_as(&self, role: &str) -> Option<EntityId> {
        the_one(
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityKind::Person && e.roles.contains(&role))
                .map(|(k, _)| EntityId(k)),
        )
    }

    /// [`Registry::introduced_as`] for a title folded and without its "the".
    fn introduced_as_folded(&self, title: &str) -> Option<EntityId> {
        let mut index = self.introductions.borrow_mut();
        index.extend_to(&self.entities);
        the_one(
            index
                .people
                .iter()
                .filter(|(_, forms)| forms.iter().any(|form| form.introduces(title)))
                .map(|(id, _)| *id),
        )
    }

    /// Every organisation, with its id.
    pub(crate) fn organisations(&self) -> impl Iterator<Item = (EntityId, &Entity)> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Organisation)
            .map(|(i, e)| (EntityId(i), e))
    }

    /// The anonymous group a note's description names ("Western diplomat").
    pub(crate) fn group_named(&self, description: &str) -> Option<EntityId> {
        let folded = fold(description);
        (0..self.entities.len())
            .map(EntityId)
            .filter(|id| self.entities[id.0].kind == EntityKind::Group)
            .find(|id| {
                // A group's name ends on its noun, of which only a first letter may be
                // capitalized: most groups are told apart without building their names.
                let noun = group_noun(&self.entities[id.0]);
                let tail = &noun[noun.chars().next().map_or(0, char::len_utf8)..];
                text::with_folded(tail, |t| folded.ends_with(t))
                    && fold(&self.display_name(*id)) == folded
            })
    }

    /// The anonymous group an interview note describes ("Tarsk Battalion fighter", "senior
    /// Belmoran official"): its role noun, and the organisation or qualifier before it. `None`
    /// when the description ends on no role noun.
    pub(crate) fn group_described(&mut self, lex: &Lexicon, description: &str) -> Option<EntityId> {
        if let Some(id) = self.group_named(description) {
            return Some(id);
        }
        let words: Vec<&str> = description.words_quick().collect();
        let (last, before) = words.split_last()?;
        let noun = lex.role(last)?;
        let capitalized: Vec<&str> = before
            .iter()
            .copied()
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        let run = (!capitalized.is_empty()).then(|| capitalized.join(" "));
        let org = run.as_deref().and_then(|r| self.find_org(r));
        let key = GroupKey {
            class: Self::class_of(noun),
            noun,
            qualifier: if org.is_some() { None } else { run },
            org,
            collective: lexicon::COLLECTIVE_NOUNS.contains(&noun),
            patron: None,
        };
        Some(self.group(key, description))
    }

    /// Organisations from the names the text gives them; `people` are the [`speaking_names`].
    fn build_orgs(
        &mut self,
        lex: &Lexicon,
        facts: &Facts,
        claims: &[Claim],
        people: &BTreeSet<String>,
        notes: &[Note],
    ) {
        let mut candidates: Vec<String> = Vec::new();
        let mut runs: BTreeSet<String> = BTreeSet::new();
        // "Transparent Vote, the largest domestic observer organisation,": an organisation,
        // although it speaks as people do.
        let mut apposed: BTreeSet<String> = BTreeSet::new();
        // Names the text gives an acronym of ("Lanterne Medical Aid (LMA)").
        let mut acronymed: BTreeSet<String> = BTreeSet::new();
        // "1. Oxfam, “Hunger in a Heating World”, briefing paper, 2022.": a work's author of one
        // word, in a full citation with a quoted title, is a body (a person is cited by a full
        // name there); so is the same name where the text speaks.
        for author in notes.iter().filter_map(corporate_author) {
            apposed.insert(fold(author));
            candidates.push(author.to_owned());
        }
        for s in facts.paragraphs.iter().flat_map(|p| &p.sentences) {
            for d in &s.mentions {
                let portfolio = d.mention.portfolio(lex);
                // What a name's words and the text say of it, asked once for both tests below.
                let name_reads = d.mention.name().map(|n| facts.name_reads(lex, n));
                // "Josiah Crake’s Vale Mills": the owner of an organisation is no organisation.
                let owned_org = name_reads.is_some_and(|r| r.org_like || r.the_name);
                candidates.extend(
                    d.mention
                        .orgs
                        .iter()
                        .filter(|o| Some(o.as_ref()) != portfolio)
                        .filter(|o| !owned_org || facts.org_like(lex, o))
                        .map(|o| o.to_string()),
                );
                if let Some(org) = d.apposition.as_ref().and_then(|a| a.org.clone()) {
                    candidates.push(org);
                }
                if let MentionKind::Named(name) = &d.mention.kind
                    && d.org_apposition
                {
                    apposed.insert(fold(name));
                }
                if let MentionKind::Named(name) = &d.mention.kind
                    && let Some(reads) = name_reads
                    && (reads.org_like
                        || d.org_apposition
                        || reads.org_short_name
                        || (reads.the_name && !self.is_place(name)))
                    && name.words_quick().count() <= 12
                {
                    candidates.push(name.to_string());
                }
                // "The finance ministry said": a body named by its kind and what it does, which
                // "it" may stand for; the same as "the Ministry of Finance" where the text
                // names that.
                if let MentionKind::OrgByKind(_) = &d.mention.kind {
                    let words: Vec<&str> = d.mention.surface.words_quick().collect();
                    if let [det, modifier, kind] = words.as_slice()
                        && det.eq_ignore_ascii_case("the")
                        && modifier.chars().all(|c| c.is_ascii_lowercase())
                        && !lexicon::is_one_of(kind, lexicon::ORG_GENERIC_KINDS)
                    {
                        // "the health trust" where a note names "Stell Valley Health Trust".
                        candidates.push(
                            named_in_notes(notes, modifier, kind)
                                .unwrap_or_else(|| capitalize(&format!("{modifier} {kind}"))),
                        );
                    }
                }
                // "an editorial in the Talvera Courier": a publication, although "in" names it.
                if let MentionKind::Document {
                    owner: Some(Owner::Publication(name)),
                    ..
                } = &d.mention.kind
                {
                    runs.insert(fold(name));
                    candidates.push(name.clone());
                }
            }
            for run in &s.org_runs {
                runs.insert(fold(run));
                candidates.push(run.clone());
            }
            acronymed.extend(
                s.other_names
                    .iter()
                    .filter(|(name, short)| {
                        super::names::is_acronym(short) && s.org_runs.contains(name)
                    })
                    .map(|(name, _)| fold(name)),
            );
        }
        candidates.extend(
            claims
                .iter()
                .filter(|c| !c.portfolio && !c.patron)
                .map(|c| c.org.clone()),
        );
        // The tests below depend on a candidate's words alone: each name the text writes
        // several times is tested once.
        let mut verdicts: FastMap<String, bool> = FastMap::default();
        let mut retain_names = |candidates: &mut Vec<String>, keep: &dyn Fn(&str) -> bool| {
            verdicts.clear();
            candidates.retain(|c| match verdicts.get(c.as_str()) {
                Some(&kept) => kept,
                None => {
                    let kept = keep(c);
                    verdicts.insert(c.clone(), kept);
                    kept
                }
            });
        };
        retain_names(&mut candidates, &|c| {
            // "ANCHOR (CLARE MALLORY):": a transcript's label names people, in capitals.
            !text::with_folded(c, |f| facts.label_capitals.contains(f)) &&
            // Not a place, unless written as an organisation's run of words.
            (!self.is_place(c) || text::with_folded(c, |f| runs.contains(f)))
                // "body-worn camera (BWC)": an acronym of a thing names no organisation.
                && !text::with_folded(c, |f| facts.thing_acronyms.contains(f))
        });
        // "according to Menvira" beside "Menvira Foods Group": a company's short name speaks
        // as a person would, and is still the company's.
        let long_orgs: Vec<Rc<[String]>> = candidates
            .iter()
            .filter(|c| c.contains(' ') && facts.org_like(lex, c))
            .map(|c| self.tokens_of(c))
            .collect();
        // A word that opens several names ("Trump Organization", "Trump Campaign") is none's.
        let short_form = |c: &str| {
            let tokens = self.tokens_of(c);
            let opened = long_orgs
                .iter()
                .filter(|l| l.first() == tokens.first())
                .count();
            tokens.len() == 1
                && opened == 1
                && long_orgs.iter().any(|l| short_form_of_org(lex, l, &tokens))
        };
        retain_names(&mut candidates, &|c| {
            (facts.org_like(lex, c)
                || text::with_folded(c, |f| apposed.contains(f))
                // "the infrastructure manager, Kellan Rail Infrastructure (KRI)": a name given
                // its acronym is an organisation's, whatever it is set off after.
                || text::with_folded(c, |f| acronymed.contains(f))
                || short_form(c)
                || !names_a_person(people, c))
                // "Ms D": an honorific makes a person.
                && strip_honorific(c).len() == c.len()
                && !is_honoured_label(c)
                // "WHO", "US": an acronym in capitals is a name, whatever word it spells.
                && (!lex.is_function_word(c) || super::names::is_acronym(c))
                && !is_dotted_initialism(&self.tokens_of(c))
        });
        // How often the text names each, to show the commonest spelling; each is kept once,
        // as first written.
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        candidates.retain(|c| {
            let count = counts.entry(fold(c)).or_default();
            *count += 1;
            *count == 1
        });
        // Longest first, so shorter names merge into the names that contain them.
        text::sort_by_rank(&mut candidates, |c| {
            text::descending(c.words_quick().count() as u64)
        });
        // "Sardovian" after "Sardovia": a state's people's word joins the state it names, so
        // the state comes first.
        let one_word: Vec<String> = candidates
            .iter()
            .filter(|c| !c.contains(' '))
            .map(|c| fold(c))
            .collect();
        let demonym = |c: &String| {
            !c.contains(' ') && {
                let word = fold(c);
                one_word.iter().any(|state| is_demonym_of(&word, state))
            }
        };
        let (demonyms, mut candidates): (Vec<String>, Vec<String>) =
            candidates.into_iter().partition(demonym);
        candidates.extend(demonyms);
        for candidate in candidates {
            let tokens = self.tokens_of(&candidate);
            if tokens.is_empty() {
                continue;
            }
            let count = text::with_folded(&candidate, |f| counts.get(f).copied()).unwrap_or(1);
            let key = org_key(lex, &tokens);
            let is_org = |e: &Entity| e.kind == EntityKind::Organisation;
            let same = self
                .entities
                .iter()
                .position(|e| is_org(e) && e.org_key == key);
            let proper = candidate.starts_with(char::is_uppercase) && tokens.len() == 1;
            let shorter = || {
                let mut found = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| is_org(e) && short_form_of_org(lex, &e.tokens, &tokens))
                    // "the Committee" is a proper name: not the short form of a body the text
                    // names only by its kind ("the prioritization committee").
                    .filter(|(_, e)| !(proper && e.named_by_kind()))
                    .map(|(i, _)| i);
                let first = found.next()?;
                // "Ilvara" beside "Ilvara Resources" and "Ilvara Gold Talune Ltd": a single
                // word that opens two names is neither's.
                let word_of_several = tokens.len() == 1
                    && self.entities.iter().enumerate().any(|(i, e)| {
                        i != first && is_org(e) && e.tokens.first() == tokens.first()
                    });
                (!word_of_several).then_some(first)
            };
            let acronym = || {
                let mut found = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| is_org(e) && acronym_of(lex, &e.tokens, &tokens));
                let first = found.next()?.0;
                found.next().is_none().then_some(first)
            };
            // "the Sardovian defence minister" when Sardovia itself is named as a speaker.
            let state = || match &tokens[..] {
                [word] => self.entities.iter().position(|e| {
                    is_org(e) && matches!(&e.tokens[..], [state] if is_demonym_of(word, state))
                }),
                _ => None,
            };
            match (same, shorter().or_else(acronym).or_else(state)) {
                // "the Pennsylvania GOP" beside "the Republican Party of Pennsylvania".
                (Some(i), _) => {
                    *self.entities[i].spellings.entry(candidate).or_default() += count;
                }
                (None, Some(i)) => {
                    self.entities[i].aliases.insert(candidate);
                }
                // "the committee’s chair" where the text never names a committee: the body is
                // known by its kind ("Committee"); other lower-case phrases name no organisation.
                (None, None) if !candidate.chars().any(char::is_uppercase) => {
                    // "the company" means a company named before, whatever its name.
                    if lexicon::org_anaphor_noun(&candidate).is_some()
                        && !lexicon::is_one_of(&candidate, lexicon::ORG_GENERIC_KINDS)
                    {
                        let mut org = Entity::new(EntityKind::Organisation);
                        org.tokens = Rc::clone(&tokens);
                        org.org_key = key;
                        *org.spellings.entry(capitalize(&candidate)).or_default() += count;
                        self.entities.push(org);
                    }
                }
                // "Russian official Ivan Petrov" where the text names no Russia: a state's
                // people's word is no body ("Taliban" and "Houthi" may be one); the official
                // joins the state's officials.
                (None, None) if proper && super::names::strong_demonym(lex, &candidate) => {}
                (None, None) => {
                    let mut org = Entity::new(EntityKind::Organisation);
                    org.tokens = Rc::clone(&tokens);
                    org.org_key = key;
                    *org.spellings.entry(candidate).or_default() += count;
                    self.entities.push(org);
                }
            }
        }
        for s in facts.paragraphs.iter().flat_map(|p| &p.sentences) {
            for (name, former) in &s.other_names {
                if let Some(org) = self.find_org(name) {
                    self.entities[org.0].aliases.insert(former.clone());
                }
            }
            // "the National Broadcasting and Media Council (NBMC), the state media
            // regulator": the kind an apposition calls an organisation, which "the
            // regulator" means later.
            for d in &s.mentions {
                if let (MentionKind::Named(name), Some(a)) = (&d.mention.kind, &d.apposition)
                    && a.org.is_none()
                    && let Some(kind) = a.roles.last().and_then(|r| lexicon::org_anaphor_noun(r))
                    && let Some(org) = self.find_org(name)
                    && !self.entities[org.0].roles.contains(&kind)
                {
                    self.entities[org.0].roles.push(kind);
                }
            }
        }
        for org in self
            .entities
            .iter_mut()
            .filter(|e| e.kind == EntityKind::Organisation)
        {
            org.folded_aliases
                .extend(org.aliases.iter().map(|a| fold(a)));
            let names = org.spellings.keys().chain(org.aliases.iter());
            org.armed = names
                .map(|n| fold(n))
                .any(|n| facts.armed_context.contains(&n));
        }
    }

    fn build_people(&mut self, lex: &Lexicon, facts: &Facts, claims: &[Claim], notes: &[Note]) {
        let mut names: Vec<String> = Vec::new();
        // Names given a role or title ("President Trump") are people even where the text
        // also puts them after "in".
        let mut introduced: BTreeSet<String> = BTreeSet::new();
        for s in facts.paragraphs.iter().flat_map(|p| &p.sentences) {
            for cue in &s.cues {
                if let Some(m) = cue.agent.mention()
                    && let Some(name) = m.name()
                {
                    names.push(name.to_owned());
                    if has_title(m) {
                        introduced.insert(fold(name));
                    }
                }
            }
            for (k, d) in s.mentions.iter().enumerate() {
                let m = &d.mention;
                // "Dr. Hannah Klein": an honorific makes a person; so do being spoken to
                // ("Rhiannon Marle, you are 51"), an age ("Jonah Aldecott, 29,") and what
                // marks a private person ("Ruth Kobel’s husband").
                let honoured = strip_honorific(&m.surface).len() < m.surface.len()
                    || (k == 0 && s.vocative)
                    || d.aged
                    || d.private;
                let described = !m.roles.is_empty()
                    || !m.orgs.is_empty()
                    || d.apposition.is_some()
                    || honoured
                    || d.who_follows;
                if let (MentionKind::Named(name), true) = (&m.kind, described) {
                    names.push(name.to_string());
                    if has_title(m) || d.apposition.is_some() || honoured || d.who_follows {
                        introduced.insert(fold(name));
                    }
                }
            }
        }
        names.extend(claims.iter().map(|c| c.person.clone()));
        for note in notes {
            if note.kind == NoteKind::Interview
                && let Some(person) = &note.person
                && note.short_form_of.is_none()
                && is_personal_name(lex, strip_honorific(person))
            {
                names.push(strip_honorific(person).to_owned());
            }
        }
        // Each name once, in the order first written, with how often: every writing of a name
        // finds the same person, so that one reading counts them all.
        let mut first_written: FastMap<&str, usize> = FastMap::default();
        let mut written: Vec<WrittenName> = Vec::new();
        for name in &names {
            match first_written.get(name.as_str()) {
                Some(&k) => written[k].times += 1,
                None => {
                    first_written.insert(name, written.len());
                    written.push(WrittenName {
                        name: name.clone(),
                        times: 1,
                    });
                }
            }
        }
        written.retain(|w| {
            let n = &w.name;
            let titled = text::with_folded(n, |f| introduced.contains(f));
            // A person's name may be part of an organisation's ("Trump" of "Trump Campaign")
            // when the text titles them ("President Trump").
            let org = self.find_org(n);
            let is_org =
                org.is_some_and(|o| self.entities[o.0].tokens[..] == self.tokens_of(n)[..]);
            // "Stellbrook announced" after "Stellbrook Water Services": the organisation.
            let opens_org = n.words_quick().count() == 1 && self.org_opening_with(n).is_some();
            !is_org
                && (org.is_none() || titled)
                && (!opens_org || titled)
                && (!self.is_place(n) || titled)
                && !lex.is_function_word(n)
                && !facts.org_like(lex, n)
        });
        text::sort_by_rank(&mut written, |w| {
            text::descending(w.name.words_quick().count() as u64)
        });
        for WrittenName { name, times } in &written {
            let tokens = self.tokens_of(name);
            if tokens.is_empty() {
                continue;
            }
            let existing = self
                .entities
                .iter()
                .position(|e| e.kind == EntityKind::Person && same_person(&e.tokens, &tokens));
            let index = existing.unwrap_or_else(|| {
                let mut person = Entity::new(EntityKind::Person);
                person.tokens = Rc::clone(&tokens);
                self.entities.push(person);
                self.entities.len() - 1
            });
            let person = &mut self.entities[index];
            if person.tokens[..] == tokens[..] {
                *person.spellings.entry(name.clone()).or_default() += times;
            }
        }
        self.name_cache.borrow_mut().clear();
    }

    /// Roles, aliases and organisations from every named mention and claim.
    fn attach(&mut self, lex: &Lexicon, facts: &Facts, claims: &[Claim]) {
        for s in facts.paragraphs.iter().flat_map(|p| &p.sentences) {
            for d in &s.mentions {
                let MentionKind::Named(name) = &d.mention.kind else {
                    continue;
                };
                let Some(Found::People(people)) = Some(self.found(name)) else {
                    continue;
                };
                let [id] = people[..] else { continue };
                let person = &mut self.entities[id.0];
                person.roles.extend(d.mention.roles.iter().copied());
                // Most names are met again: copied only when new.
                for alias in [d.mention.surface.as_ref(), name.as_ref()] {
                    if !person.aliases.contains(alias) {
                        person.aliases.insert(alias.to_owned());
                    }
                }
                // The place a title is of ("Sarune’s governor", "The governor of Karvan,").
                let places = &self.places;
                // "The Special Rapporteur on the situation of human rights in Myanmar": a
                // title on a subject is of no place it names.
                let place_in = |text: &str| {
                    let words: Vec<&str> = text.words_quick().collect();
                    let on_subject = words
                        .windows(2)
                        .any(|pair| lex.role(&pair[0].to_lowercase()).is_some() && pair[1] == "on");
                    if on_subject {
                        return None;
                    }
                    words.iter().find_map(|w| {
                        let bare = strip_possessive(w).unwrap_or(w).trim_end_matches(',');
                        (bare.chars().next().is_some_and(char::is_uppercase)
                            && text::with_folded(bare, |f| places.contains(f)))
                        .then(|| bare.to_owned())
                    })
                };
                // "Russian Foreign Minister Sergei Lavrov": a state's people named before the
                // title, for the officials of that state.
                let demonym_in = |text: &str| {
                    text.words_quick()
                        .take_while(|w| lex.role(w).is_none())
                        .find(|w| super::names::demonym_shaped(lex, w))
                        .map(str::to_owned)
                };
                let place = d
                    .mention
                    .descriptor
                    .as_deref()
                    .and_then(place_in)
                    .or_else(|| d.apposition.as_ref().and_then(|a| place_in(&a.role)))
                    .or_else(|| d.mention.descriptor.as_deref().and_then(demonym_in));
                if place.is_some() {
                    person.place = place;
                }
                if let Some(descriptor) = &d.mention.descriptor {
                    person.role_texts.push(common_noun_case(lex, descriptor));
                    // A capitalized role right before the name is a title ("President Trump"),
                    // and so is one that opens a title of office ("the Minister for Roads,
                    // Carys Penhale").
                    let words: Vec<&str> = descriptor
                        .words_quick()
                        .filter(|w| !lexicon::is_one_of(w, lexicon::DETERMINERS))
                        .collect();
                    for word in [words.first(), words.last()].into_iter().flatten() {
                        let word = word.trim_end_matches(',');
                        // "The Minister’s Private Secretary": the owner's title is not theirs.
                        if word.chars().next().is_some_and(char::is_uppercase)
                            && strip_possessive(word).is_none()
                            && let Some(role) = lex.role(word)
                        {
                            person.titles.insert(role);
                        }
                    }
                    // "The chief executive, Graham Tolley": a role given with "the" is held
                    // by one person, whom "the chief executive" means later. A bare role
                    // may open a list instead ("with the candidate, Corey Lewandowski, or").
                    let definite = d
                        .mention
                        .surface
                        .words_quick()
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
                    if definite
                        && words.len() > 1
                        && let Some(role) = words.last().and_then(|w| lex.role(w))
                        && !d.mention.roles.is_empty()
                    {
                        person.titles.insert(role);
                    }
                    // "The mayor of Kharkiv, Ihor Terekhov,": the role heading a title of office
                    // given with "the", which "the mayor" means later.
                    if definite
                        && words.len() > 1
                        && let Some(role) = words.first().and_then(|w| lex.role(w))
                        && d.mention.roles.first() == Some(&role)
                    {
                        person.titles.insert(role);
                    }
                }
                // "Nadia R. (not her real name)": a private person, whom no role describes.
                if d.private && d.mention.roles.is_empty() && d.apposition.is_none() {
                    person.roles.push(CIVILIAN);
                }
                if let Some(a) = &d.apposition {
                    person.role_texts.insert(0, a.role.clone());
                    person.roles.extend(a.roles.iter().copied());
                    // "Maud Wenlow MP, Minister for Coasts": a title of office set off after
                    // the name, which "the Minister" means later.
                    if let Some(first) = a.role.words_quick().next()
                        && first.starts_with(char::is_uppercase)
                        && let Some(role) = lex.role(first.trim_end_matches(','))
                        && a.roles.first() == Some(&role)
                    {
                        person.titles.insert(role);
                    }
                    // "Ihor Terekhov, the mayor of Kharkiv,", "Isabel dos Santos, a
                    // businesswoman,": the role the apposition is headed by, which "the mayor"
                    // means later.
                    let mut words = a.role.words_quick();
                    if words
                        .next()
                        .is_some_and(|w| lexicon::is_one_of(w, &["the", "a", "an"]))
                        && let Some(head) = words.next()
                        && let Some(role) = lex.role(head.trim_end_matches(','))
                        && a.roles.first() == Some(&role)
                    {
                        person.titles.insert(role);
                    }
                }
            }
        }
        for claim in claims {
            let org = if claim.portfolio {
                self.holder_of_portfolio(&claim.org)
            } else {
                self.find_org(&claim.org)
            };
            let Some(org) = org else {
                continue;
            };
            if let Found::People(people) = self.found(&claim.person)
                && let [id] = people[..]
            {
                self.entities[id.0].claims.push((org, claim.evidence));
            }
        }
    }

    /// Gives each person known by a part of a name the fullest form the text writes ("Klokov"
    /// is "Dmitry Klokov" where the text names him once in full), when the fuller forms agree
    /// (the same first and last words) and no other person has that name.
    fn complete_names(&mut self, lex: &Lexicon, facts: &Facts) {
        // Each name's tokens are the cache's, shared; its first spelling is the mention's.
        let mut names: BTreeMap<Rc<[String]>, &str> = BTreeMap::new();
        for s in facts.paragraphs.iter().flat_map(|p| &p.sentences) {
            for d in &s.mentions {
                if let MentionKind::Named(name) = &d.mention.kind
                    && name.words_quick().count() > 1
                    && is_personal_name(lex, name)
                    && !facts.org_like(lex, name)
                {
                    // The first spelling of a name is kept.
                    names.entry(self.tokens_of(name)).or_insert(name);
                }
            }
        }
        let people: Vec<usize> = (0..self.entities.len())
            .filter(|&i| self.entities[i].kind == EntityKind::Person)
            .collect();
        let mut completed = false;
        for &i in &people {
            let tokens = &self.entities[i].tokens;
            let mut fuller: Vec<(&Rc<[String]>, &&str)> = names
                .iter()
                .filter(|(t, _)| t.len() > tokens.len() && t.ends_with(tokens))
                .collect();
            // "Xi Jinping … Mr Xi", "Kim Yo-jong … Ms Kim": a name whose family name comes
            // first, which an honorific before the one word shows.
            let titled = || {
                let e = &self.entities[i];
                e.spellings.keys().chain(&e.aliases).any(|spelling| {
                    let mut words = spelling.words_quick();
                    words.next().is_some_and(|w| lex.is_honorific(w)) && words.count() == 1
                })
            };
            if fuller.is_empty() && tokens.len() == 1 && titled() {
                fuller = names
                    .iter()
                    .filter(|(t, _)| t.len() == 2 && t.starts_with(tokens))
                    .collect();
                if fuller.len() != 1 {
                    continue;
                }
            }
            let Some(&(longest, spelling)) = fuller.iter().max_by_key(|(t, _)| t.len()) else {
                continue;
            };
            let agree = fuller
                .iter()
                .all(|(t, _)| t.first() == longest.first() && t.last() == longest.last());
            let shared = people.iter().any(|&j| {
                j != i
                    && (self.entities[j].tokens.ends_with(tokens)
                        || same_person(longest, &self.entities[j].tokens))
            });
            if !agree || shared || self.is_place(spelling) || self.find_org(spelling).is_some() {
                continue;
            }
            let person = &mut self.entities[i];
            person.tokens = Rc::clone(longest);
            person.aliases.extend(person.spellings.keys().cloned());
            *person.spellings.entry((*spelling).to_owned()).or_default() += 1;
            completed = true;
        }
        if completed {
            self.name_cache.borrow_mut().clear();
        }
    }

    /// Records whom each person serves ("an assistant to … Mark Meadows"); a person's lawyer
    /// serves no one's side ("Telvic’s lawyer, Cassius Thorburn").
    fn attach_ties(&mut self, ties: &[Claim]) {
        for tie in ties {
            let (Some(person), Some(patron)) =
                (self.person_named(&tie.person), self.person_named(&tie.org))
            else {
                continue;
            };
            let counsel = self.entities[person.0]
                .roles
                .iter()
                .any(|r| lexicon::COUNSEL_ROLES.contains(r));
            if counsel {
                continue;
            }
            if person != patron && !self.entities[person.0].serves.contains(&patron) {
                self.entities[person.0].serves.push(patron);
            }
        }
    }

    /// Ties people to the organisations named after them ("Giuliani" and "the Giuliani legal
    /// team", "Trump" and "the Trump Organization"): an organisation whose name is a person's
    /// surname and organisation words or lower-case words only.
    fn attach_eponyms(&mut self) {
        let mut found: Vec<(usize, EntityId)> = Vec::new();
        for (o, org) in self.entities.iter().enumerate() {
            if org.kind != EntityKind::Organisation || org.tokens.len() < 2 {
                continue;
            }
            let Some(spelling) = org.spellings.keys().next() else {
                continue;
            };
            let words: Vec<&str> = spelling.words_quick().collect();
            // "the Trump Campaign", "the Giuliani legal team"; not "the White House". A family
            // firm too: "Holloway & Sons", "Marsh Brothers".
            let family_firm = words.len() > 1
                && words[1..]
                    .iter()
                    .all(|w| lexicon::is_one_of(w, lexicon::FAMILY_FIRM_WORDS));
            let eponymous = family_firm
                || (words.len() == org.tokens.len()
                    && words[1..].iter().all(|w| {
                        lexicon::is_one_of(w, lexicon::ORG_KIND_NOUNS)
                            || w.chars().next().is_some_and(char::is_lowercase)
                    }));
            if !eponymous {
                continue;
            }
            for (p, person) in self.entities.iter().enumerate() {
                if person.kind == EntityKind::Person && person.tokens.last() == org.tokens.first() {
                    found.push((p, EntityId(o)));
                }
            }
        }
        for (p, org) in found {
            self.entities[p].claims.push((org, Evidence::Eponym));
        }
    }

    /// Records that a person the text gives no role is the author of a cited work.
    pub(crate) fn note_author(&mut self, person: EntityId) {
        const AUTHOR: &str = "author";
        let e = &mut self.entities[person.0];
        if e.kind == EntityKind::Person && e.roles.is_empty() {
            e.roles.push(AUTHOR);
            e.role_texts.push(AUTHOR.to_owned());
            // A role text changed: the people introduced by a title are read again.
            *self.introductions.get_mut() = Introductions::default();
        }
    }

    /// The one person a name refers to, if exactly one.
    pub(crate) fn person_named(&self, name: &str) -> Option<EntityId> {
        match self.found(name) {
            Found::People(people) => match people[..] {
                [only] => Some(only),
                _ => None,
            },
            _ => None,
        }
    }

    /// The one person whose name's words open on these letters ("JE" for Joss Ederley): how
    /// an interview's turns are often labelled.
    pub(crate) fn person_with_initials(&self, letters: &str) -> Option<EntityId> {
        let mut found = None;
        for (i, e) in self.entities.iter().enumerate() {
            let initials: String = e.tokens.iter().filter_map(|t| t.chars().next()).collect();
            if e.kind == EntityKind::Person
                && e.tokens.len() >= 2
                && initials.eq_ignore_ascii_case(letters)
            {
                if found.is_some() {
                    return None;
                }
                found = Some(EntityId(i));
            }
        }
        found
    }

    /// The organisation a name is, or is a part of.
    pub(crate) fn find_org(&self, name: &str) -> Option<EntityId> {
        if !self.orgs_complete {
            return self.find_org_uncached(name);
        }
        if let Some(found) = self.org_cache.borrow().get(name) {
            return *found;
        }
        let found = self.find_org_uncached(name);
        self.org_cache.borrow_mut().insert(name.to_owned(), found);
        found
    }

    fn find_org_uncached(&self, name: &str) -> Option<EntityId> {
        let tokens = self.tokens_of(name);
        if tokens.is_empty() {
            return None;
        }
        let lex = Lexicon::get();
        let key = org_key_words(lex, &tokens);
        let exact = text::with_folded(name, |folded| {
            self.organisations().find(|(_, o)| {
                o.tokens[..] == tokens[..] || o.org_key == key || o.folded_aliases.contains(folded)
            })
        });
        // A place is no short form of an organisation named after it ("Velmar’s premier" is
        // not of the Velmar Herald).
        if exact.is_none() && self.is_place(name) {
            return None;
        }
        exact
            .or_else(|| {
                self.organisations()
                    .find(|(_, o)| short_form_of_org(lex, &o.tokens, &tokens))
            })
            .map(|(id, _)| id)
    }

    /// Who holds a minister's portfolio ("Roads"): the department whose name has it ("the
    /// Department for Roads and Freight"), else the one government the text names ("the
    /// Government of Calvessa"), else nobody (the minister joins the officials).
    fn holder_of_portfolio(&self, portfolio: &str) -> Option<EntityId> {
        let tokens = self.tokens_of(portfolio);
        let holds = |o: &Entity, words: &[&str]| {
            o.tokens.len() > tokens.len()
                && tokens.iter().all(|t| o.tokens.contains(t))
                && o.tokens.iter().any(|w| words.contains(&w.as_str()))
        };
        // A ministry or department first ("Department for Roads and Freight"), then another
        // office named for the portfolio alone ("Office for Rail"; the "Office of Rail
        // Standards" is a regulator, not the Minister for Rail's).
        let (ministries, offices) = lexicon::DEPARTMENT_WORDS.split_at(2);
        let office_for = |o: &Entity| {
            holds(o, offices)
                && o.tokens
                    .iter()
                    .filter(|w| !offices.contains(&w.as_str()) && !tokens.contains(w))
                    .all(|w| lexicon::is_one_of(w, &["of", "for", "the", "and"]))
        };
        self.organisations()
            .find(|(_, o)| holds(o, ministries))
            .or_else(|| self.organisations().find(|(_, o)| office_for(o)))
            .map(|(id, _)| id)
            .or_else(|| {
                // "Defence of Tarvia": the portfolio alone, where the text names its ministry
                // without the country ("the Ministry of Defence").
                let (head, _country) = portfolio.split_once(" of ")?;
                self.holder_of_portfolio(head)
            })
            .or_else(|| self.only_org_of_kind("government"))
    }

    /// The one organisation whose name has this organisation word ("campaign" for the Trump
    /// Campaign), if the word is one and exactly one organisation has it.
    pub(crate) fn only_org_of_kind(&self, word: &str) -> Option<EntityId> {
        if !Lexicon::get().is_org_word(word) {
            return None;
        }
        let word = fold(word);
        the_one(
            self.organisations()
                .filter(|(_, e)| e.tokens.contains(&word))
                .map(|(id, _)| id),
        )
    }

    /// Who a name refers to. `rank` breaks ties between people who share a part of a name
    /// (the higher, the more recently mentioned).
    pub(crate) fn lookup(&self, name: &str, rank: &dyn Fn(EntityId) -> usize) -> Option<EntityId> {
        self.lookup_gendered(name, None, rank)
    }

    /// [`Registry::lookup`] for a name an honorific shows the gender of ("Mrs Marle"): of two
    /// people of the name, not the one the text shows to be of the other gender.
    pub(crate) fn lookup_gendered(
        &self,
        name: &str,
        gender: Option<Gender>,
        rank: &dyn Fn(EntityId) -> usize,
    ) -> Option<EntityId> {
        match self.found(name) {
            Found::People(people) => match people[..] {
                [only] => Some(only),
                _ => people.iter().copied().max_by_key(|&p| {
                    let fits = gender.is_none_or(|g| self.get(p).gender.is_none_or(|h| h == g));
                    (fits, rank(p), std::cmp::Reverse(p))
                }),
            },
            Found::Org(o) => Some(o),
            Found::Nobody => None,
        }
    }

    /// The tokens of a name ([`name_tokens`]), read once per name and shared.
    pub(crate) fn tokens_of(&self, name: &str) -> Rc<[String]> {
        if let Some(tokens) = self.token_cache.borrow().get(name) {
            return Rc::clone(tokens);
        }
        let tokens: Rc<[String]> = name_tokens(name).into();
        self.token_cache
            .borrow_mut()
            .insert(name.to_owned(), Rc::clone(&tokens));
        tokens
    }

    /// The people or organisation a name can refer to, remembered per name.
    fn found(&self, name: &str) -> Found {
        if let Some(found) = self.name_cache.borrow().get(name) {
            return found.clone();
        }
        let tokens = self.tokens_of(name);
        let people = || {
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityKind::Person)
        };
        let found = if tokens.is_empty() {
            Found::Nobody
        } else if let Some((p, _)) = people().find(|(_, e)| e.tokens[..] == tokens[..]) {
            Found::People(Rc::from([EntityId(p)]))
        } else {
            let matching: Vec<EntityId> = people()
                .filter(|(_, e)| same_person(&e.tokens, &tokens))
                .map(|(i, _)| EntityId(i))
                .collect();
            match (matching.is_empty(), self.find_org(name)) {
                (false, _) => Found::People(matching.into()),
                (true, Some(o)) => Found::Org(o),
                (true, None) => Found::Nobody,
            }
        };
        self.name_cache
            .borrow_mut()
            .insert(name.to_owned(), found.clone());
        found
    }

    /// Adds a person the build did not know (a name that speaks only once, late).
    /// A new organisation for a name first met as a speaker ("Her department, the Department
    /// for Housing and Communities, later said").
    pub(crate) fn add_org(&mut self, lex: &Lexicon, name: &str) -> Option<EntityId> {
        let tokens = self.tokens_of(name);
        if tokens.is_empty() {
            return None;
        }
        let mut org = Entity::new(EntityKind::Organisation);
        org.org_key = org_key(lex, &tokens);
        org.tokens = Rc::clone(&tokens);
        *org.spellings.entry(name.to_owned()).or_default() += 1;
        self.entities.push(org);
        self.name_cache.borrow_mut().clear();
        self.org_cache.borrow_mut().clear();
        Some(EntityId(self.entities.len() - 1))
    }

    /// The organisation a name means: the one known by it, else a new one ("Moscow denied",
    /// "the ministry said" where no ministry is named, an organisation a note cites).
    pub(crate) fn org_or_new(&mut self, lex: &Lexicon, name: &str) -> Option<EntityId> {
        self.find_org(name).or_else(|| self.add_org(lex, name))
    }

    /// The one organisation whose name opens with a single word ("Stellbrook" for "Stellbrook
    /// Water Services"), when no other organisation's name opens with it; not one named after a
    /// person ("the Giuliani legal team", "the Trump Campaign").
    pub(crate) fn org_opening_with(&self, word: &str) -> Option<EntityId> {
        let tokens = self.tokens_of(word);
        if tokens.len() != 1 || self.is_place(word) {
            return None;
        }
        let eponymous = |o: &Entity| {
            o.tokens[1..]
                .iter()
                .any(|t| lexicon::ORG_KIND_NOUNS.contains(&t.as_str()))
        };
        the_one(
            self.organisations()
                .filter(|(_, o)| o.tokens.len() > 1 && o.tokens[0] == tokens[0] && !eponymous(o))
                .map(|(id, _)| id),
        )
    }

    /// The person a name the text gives as someone's means: the one known by it, else a new
    /// one; nobody for an organisation's or a place's name.
    pub(crate) fn person_or_new(&mut self, lex: &Lexicon, name: &str) -> Option<EntityId> {
        match self.lookup(name, &|_| 0) {
            Some(id) => (self.get(id).kind == EntityKind::Person).then_some(id),
            None => (is_personal_name(lex, name) && !self.is_place(name))
                .then(|| self.add_person(name))
                .flatten(),
        }
    }

    pub(crate) fn add_person(&mut self, name: &str) -> Option<EntityId> {
        let tokens = self.tokens_of(name);
        if tokens.is_empty() {
            return None;
        }
        let mut person = Entity::new(EntityKind::Person);
        person.tokens = Rc::clone(&tokens);
        *person.spellings.entry(name.to_owned()).or_default() += 1;
        self.entities.push(person);
        self.name_cache.borrow_mut().clear();
        Some(EntityId(self.entities.len() - 1))
    }

    /// The group for a role mention, created if new.
    pub(crate) fn group(&mut self, key: GroupKey, surface: &str) -> EntityId {
        let key_noun = key.noun;
        // Unnamed witnesses of one class are one source ("a bystander", "one witness",
        // "someone"); other nouns are one person or group each ("the woman", "a dentist").
        let witness = |noun: &str| lexicon::WITNESS_NOUNS.contains(&noun);
        // "The governor", "the president" and "the prime minister" are three people: an office
        // one person holds is told apart by its noun in any class.
        let single_office = |noun: &str| lexicon::SINGLE_HOLDER_TITLES.contains(&noun);
        let same = |k: &GroupKey| {
            k.qualifier == key.qualifier
                && k.org == key.org
                && k.patron == key.patron
                && k.collective == key.collective
                && match (k.class, key.class) {
                    _ if (single_office(k.noun) || single_office(key.noun)) => k.noun == key.noun,
                    (Some(a), Some(b)) if witness(k.noun) && witness(key.noun) => a == b,
                    (Some(a), Some(b)) if !Self::told_apart_by_noun(a) => a == b,
                    _ => k.noun == key.noun,
                }
        };
        let existing = self
            .entities
            .iter()
            .position(|e| e.kind == EntityKind::Group && e.group.as_ref().is_some_and(same));
        let id = match existing {
            Some(i) => {
                let group = &mut self.entities[i];
                if !group.roles.contains(&key.noun) {
                    group.roles.push(key.noun);
                }
                EntityId(i)
            }
            None => {
                let mut group = Entity::new(EntityKind::Group);
                group.roles.push(key.noun);
                group.group = Some(key);
                self.entities.push(group);
                EntityId(self.entities.len() - 1)
            }
        };
        let counts = &mut self.entities[id.0].noun_counts;
        match counts.iter_mut().find(|(noun, _)| *noun == key_noun) {
            Some((_, n)) => *n += 1,
            None => counts.push((key_noun, 1)),
        }
        let aliases = &mut self.entities[id.0].aliases;
        if !aliases.contains(surface) {
            aliases.insert(surface.to_owned());
        }
        id
    }

    /// Whether the members of a role class are told apart by their noun: the class of
    /// ordinary people ("the woman", "a dentist", "the crowd").
    fn told_apart_by_noun(class: usize) -> bool {
        Lexicon::get().class_told_apart_by_noun(class)
    }

    /// The document entity for a noun with no owner ("the letter"), created if new.
    pub(crate) fn document(&mut self, noun: &'static str, surface: &str) -> EntityId {
        let existing = self.entities.iter().position(|e| {
            e.kind == EntityKind::Document && e.document == Some(noun) && e.owner.is_none()
        });
        let id = match existing {
            Some(i) => EntityId(i),
            None => {
                let mut doc = Entity::new(EntityKind::Document);
                doc.document = Some(noun);
                self.entities.push(doc);
                EntityId(self.entities.len() - 1)
            }
        };
        self.entities[id.0].aliases.insert(surface.to_owned());
        id
    }

    /// A new document entity for a noun ("a letter" introduces one).
    pub(crate) fn new_document(&mut self, noun: &'static str, surface: &str) -> EntityId {
        let mut doc = Entity::new(EntityKind::Document);
        doc.document = Some(noun);
        doc.aliases.insert(surface.to_owned());
        self.entities.push(doc);
        EntityId(self.entities.len() - 1)
    }

    /// Gives a person the organisation of the unnamed group they turned out to be.
    pub(crate) fn inherit_group_org(&mut self, group: EntityId, person: EntityId) {
        let Some(key) = self.entities[group.0].group.clone() else {
            return;
        };
        let person = &mut self.entities[person.0];
        if person.kind != EntityKind::Person {
            return;
        }
        if let Some(org) = key.org {
            person.claims.push((org, Evidence::Title));
        } else if person.roles.is_empty() {
            // "one of the signatories", who was one of "the fake Trump electors": the group's
            // role, and the name that qualified it, for the group's side.
            person.roles.push(key.noun);
            person.place = person
                .place
                .take()
                .or(key.qualifier.filter(|q| q.starts_with(char::is_uppercase)));
        }
    }

    /// Records who handles an ownerless document, unless known already.
    pub(crate) fn set_handler(&mut self, document: EntityId, handler: EntityId) {
        let doc = &mut self.entities[document.0];
        doc.handler = doc.handler.or(Some(handler));
    }

    /// The entity with this id.
    pub(crate) fn get(&self, id: EntityId) -> &Entity {
        &self.entities[id.0]
    }

    /// The name to show for an entity.
    pub(crate) fn display_name(&self, id: EntityId) -> String {
        let e = &self.entities[id.0];
        match e.kind {
            EntityKind::Person | EntityKind::Organisation => {
                // Prefer a spelling seen mid-sentence ("al-Farouq" over "Al-Farouq"), then the
                // commonest, then the fullest for a person and the shortest for an
                // organisation ("the Michigan GOP" over "the Michigan Republican party").
                let person = e.kind == EntityKind::Person;
                // A person's fullest name first ("Donald Trump", though "Trump" is commoner).
                e.spellings
                    .iter()
                    .max_by_key(|(s, c)| {
                        (
                            person && self.tokens_of(s)[..] == e.tokens[..],
                            s.chars().next().is_some_and(char::is_lowercase),
                            **c,
                            if person {
                                s.len()
                            } else {
                                usize::MAX - s.len()
                            },
                        )
                    })
                    .map(|(s, _)| strip_honorific(s).to_owned())
                    .unwrap_or_else(|| e.tokens.join(" "))
            }
            EntityKind::Group => {
                let key = e.group.as_ref();
                let noun = lexicon::written_role(group_noun(e));
                // "Western diplomat"; "Trump Organization member" for a group of an
                // organisation.
                let org = key.and_then(|k| k.org).map(|o| self.display_name(o));
                let patron = key.and_then(|k| k.patron).map(|p| self.display_name(p));
                let name = match (key.and_then(|k| k.qualifier.as_deref()), org, patron) {
                    (Some(q), _, _) => format!("{q} {noun}"),
                    (None, Some(org), _) => format!("{org} {noun}"),
                    // "Ron Johnson’s chief".
                    (None, None, Some(patron)) => format!("{patron}’s {noun}"),
                    (None, None, None) => noun.into_owned(),
                };
                super::factions::capitalize(&name)
            }
            EntityKind::Document => {
                let noun = e.document.unwrap_or("document");
                super::factions::capitalize(&format!("the {noun}"))
            }
        }
    }

    /// The role text to show for an entity.
    pub(crate) fn role_of(&self, id: EntityId) -> Option<String> {
        let e = &self.entities[id.0];
        match e.kind {
            // "the candidate who had lost" reads "candidate who had lost" beside the name.
            EntityKind::Person => e.role_texts.first().map(|role| {
                ["the ", "a ", "an "]
                    .iter()
                    .find_map(|article| role.strip_prefix(article))
                    .unwrap_or(role)
                    .to_owned()
            }),
            EntityKind::Group => Some("anonymous source".to_owned()),
            EntityKind::Organisation => Some("organisation, quoted from its statements".to_owned()),
            EntityKind::Document => Some("document, quoted from its text".to_owned()),
        }
    }

    /// The role class of a group's noun.
    pub(crate) fn class_of(noun: &str) -> Option<usize> {
        role_class(noun)
    }
}

/// The noun a group is shown by: the one the text uses most for it ("witness" for witnesses,
/// bystanders and someone), the first among equals.
fn group_noun(group: &Entity) -> &'static str {
    let commonest = group
        .noun_counts
        .iter()
        .enumerate()
        .max_by_key(|(first, (_, count))| (*count, std::cmp::Reverse(*first)))
        .map(|(_, (noun, _))| *noun);
    commonest
        .or(group.group.as_ref().map(|k| k.noun))
        .unwrap_or("source")
}

/// Whether a named mention has a capitalized title right before the name ("President Trump").
fn has_title(m: &super::mentions::Mention) -> bool {
    m.descriptor
        .as_deref()
        .and_then(|d| d.words_quick().last())
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The folded names of people introduced with a role or an apposition ("Kenneth Chesebro, an
/// outside legal advisor"), and their surnames.
fn speaking_names(facts: &Facts) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut add = |name: &str| {
        // Most names speak more than once: folded into a new string only when new.
        let mut insert = |name: &str| {
            if !text::with_folded(name, |f| names.contains(f)) {
                names.insert(fold(name));
            }
        };
        insert(name);
        if let Some(last) = name.words_quick().last() {
            insert(last);
        }
    };
    for s in facts.paragraphs.iter().flat_map(|p| &p.sentences) {
        for d in &s.mentions {
            if let MentionKind::Named(name) = &d.mention.kind
                && (!d.mention.roles.is_empty()
                    || d.apposition.is_some()
                    || d.cited_author
                    || super::names::role_label(Lexicon::get(), name).is_some()
                    // "PC Rusk", "Mr Vennick": an honorific makes a person.
                    || d.mention
                        .surface
                        .split_whitespace()
                        .any(|w| Lexicon::get().is_listed_honorific(w)))
            {
                add(name);
            }
        }
    }
    names
}

/// Whether a name is a person's: it, or its last word, is a name the text gives a role, an
/// or an apposition ("Rudolph Giuliani" where "Mayor Giuliani" is written).
/// The one full name the notes give a body the text calls by its kind ("Stell Valley Health
/// Trust" for "the health trust"): capitalized words before the kind's two words, written
/// capitalized. `None` when the notes give none, or several.
fn named_in_notes(notes: &[Note], modifier: &str, kind: &str) -> Option<String> {
    /// The most words of the name before the kind's words.
    const MAX_NAME_WORDS: usize = 4;
    let mut found: Option<String> = None;
    // Most notes hold neither word: told by a search for the kind's letters after its first.
    let kind_tail = kind.get(1..).unwrap_or(kind);
    for note in notes.iter().filter(|n| n.text.contains(kind_tail)) {
        let written: Vec<&str> = note.text.split_whitespace().collect();
        let words: Vec<&str> = written
            .iter()
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .collect();
        for (k, pair) in words.windows(2).enumerate() {
            let (m, n) = (pair[0], pair[1]);
            if !(m.eq_ignore_ascii_case(modifier)
                && n.eq_ignore_ascii_case(kind)
                && m.starts_with(char::is_uppercase)
                && n.starts_with(char::is_uppercase))
            {
                continue;
            }
            let start = (k.saturating_sub(MAX_NAME_WORDS)..k)
                .rev()
                // "…, chief executive, Stell Valley Health Trust": a name opens after a comma.
                .take_while(|&j| words[j].starts_with(char::is_uppercase) && words[j] == written[j])
                .last();
            let Some(start) = start else {
                continue;
            };
            let name = words[start..k + 2].join(" ");
            match &found {
                Some(other) if *other != name => return None,
                _ => found = Some(name),
            }
        }
    }
    found
}

fn names_a_person(people: &BTreeSet<String>, name: &str) -> bool {
    text::with_folded(name, |f| people.contains(f))
        || name
            .words_quick()
            .last()
            .is_some_and(|last| text::with_folded(last, |f| people.contains(f)))
}

/// Whether a phrase from a note reads as a person's name: a few capitalized words, no role
/// noun ("Western diplomat") and no lower-case words ("Rebel commanders and civilians").
pub(crate) fn is_personal_name(lex: &Lexicon, phrase: &str) -> bool {
    const MAX_WORDS: usize = 5;
    let mut words = 0;
    phrase.words_quick().all(|w| {
        words += 1;
        words <= MAX_WORDS && {
            let w = w.trim_end_matches([',', '.']);
            (super::names::has_name_shape(w) && lex.is_neither_role_nor_function_word(w))
                || lex.is_particle(w)
        }
    }) && words > 0
}

/// "Dentist" at the start of a sentence is the role "dentist"; proper words keep their case.
fn common_noun_case(lex: &Lexicon, role: &str) -> String {
    let role = role.trim_start();
    let first = role.words_quick().next().unwrap_or("");
    // "CEO" keeps its capitals.
    // "Secretary-General" → "secretary-general": the whole first word. A title in capitals
    // keeps them ("Chief Executive of NHS England").
    let titled = role
        .words_quick()
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if lex.role(first).is_some() && !super::names::is_acronym(first) && !titled {
        return first.to_lowercase() + &role[first.len()..];
    }
    role.to_owned()
}

#[cfg(test)]
mod tests {
    use super::{common_noun_case, is_demonym_of};
    use crate::parse::words::Lexicon;

    #[test]
    fn a_role_opening_a_sentence_is_lower_cased_and_a_title_in_capitals_is_kept() {
        let lex = Lexicon::get();
        for (written, shown) in [
            ("Dentist at the clinic", "dentist at the clinic"),
            ("Secretary-General", "secretary-general"),
            (
                "Chief Executive of NHS England",
                "Chief Executive of NHS England",
            ),
            ("CEO", "CEO"),
        ] {
            assert_eq!(common_noun_case(lex, written), shown);
        }
    }

    #[test]
    fn a_word_for_a_states_people_is_told_from_other_words_that_open_like_it() {
        for (word, state) in [
            ("sardovian", "sardovia"),
            ("kovreshi", "kovresh"),
            ("tarvian", "tarvia"),
            ("orlanese", "orlan"),
            ("russian", "russia"),
        ] {
            assert!(is_demonym_of(word, state), "{word} of {state}");
        }
        for (word, state) in [
            ("sardovia", "sardovia"),
            ("sardinian", "sardovia"),
            ("kovreshian", "kov"),
            ("orlando", "orlan"),
        ] {
            assert!(!is_demonym_of(word, state), "{word} of {state}");
        }
    }
}
