//! Mentions: the noun phrases of the narration that can speak.
//!
//! A mention is a pronoun ("he", "it", "they"), a name with what stands before it ("the Levant
//! Front’s Jumu’ah Abu Ahmed", "Ahrar al-Sham commander al-Farouq Abu Bakr", "President
//! Trump"), a role without a name ("another Western diplomat", "one of the maintainers"), a
//! document ("Chesebro’s email", "The letter", "the Mattachine Society newsletter", "an
//! editorial in the Talvera Courier"), an organisation named before and called by its kind ("the
//! ministry", "the court"), or a generic subject ("many witnesses", "some people") whose words
//! are nobody's. Phrases are read from tokens in either direction; appositions (", a spokeswoman
//! for the Front,") are read apart.

use super::lexicon;
use super::names;
use super::words::{Lexicon, Tok, WordList, single_spaced, strip_possessive};
use std::borrow::Cow;

/// A pronoun that can stand for a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// "he", "she", "his", "her": a person.
    Person,
    /// "it", "its": an organisation or a document.
    Thing,
    /// "they", "their": a group or an organisation.
    Plural,
    /// "One" opening a sentence: one of a group named before ("Many witnesses remembered …
    /// One commented").
    One,
    /// "I" or "we" outside a quotation: the report's author, whom the byline names ("“…?” I
    /// asked", "we found that").
    First,
    /// "you" outside a quotation: the person the text speaks to, whom a vocative names
    /// ("Gideon Marle, you are 54. … In March 2021 you wrote: “…”").
    Second,
}

/// What a mention refers to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum MentionKind<'a> {
    /// A pronoun.
    Pronoun(Pronoun),
    /// A name ("Omar Salkhou", "Free Software Foundation"), honorifics removed.
    Named(Cow<'a, str>),
    /// A role without a name ("another Western diplomat", "a market guard", "the crowd").
    Role {
        /// The role noun, singular ("diplomat", "aid worker").
        noun: &'static str,
        /// Capitalized words before the noun ("Western", "UN").
        qualifier: Option<String>,
        /// A lower-case word before the noun ("market", "senior").
        adjective: Option<String>,
        /// Whether the noun is plural ("the fake electors").
        plural: bool,
        /// Whether the phrase opens with "the", "this" or a possessive.
        definite: bool,
    },
    /// A document ("the memo", "Chesebro’s email").
    Document {
        /// The document noun ("memo").
        noun: &'static str,
        /// Whose document it is, when the phrase says ("Chesebro", "Mattachine Society").
        owner: Option<Owner<'a>>,
    },
    /// Many or unspecified people ("many witnesses", "some people", "others").
    Generic,
    /// An organisation named before, called by its kind ("the ministry", "the court", "the
    /// company"): the noun, singular and lower case.
    OrgByKind(&'static str),
}

/// Who a document belongs to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Owner<'a> {
    /// A name ("Chesebro’s memo", "the Mattachine Society newsletter").
    Named(Cow<'a, str>),
    /// A possessive pronoun ("his email", "Their constitution").
    Pronoun(Pronoun),
    /// The publication it appeared in ("an editorial in the Talvera Courier").
    Publication(String),
    /// Whoever speaks in the sentence ("In a letter to the council, the ministry said", "said
    /// in a statement").
    Speaker,
}

/// The role nouns of a phrase, in order ("commander"; "assistant", "secretary"). Most phrases
/// have none or one, which is kept in place, so that most mentions' roles need no allocation
/// and take no more room than a vector; more are kept in a vector.
#[derive(Clone)]
pub(crate) enum Roles {
    /// No noun, or one.
    One(Option<&'static str>),
    /// Two nouns or more.
    Many(Vec<&'static str>),
}

impl Roles {
    /// No role.
    pub(crate) const fn new() -> Self {
        Roles::One(None)
    }

    /// One role.
    pub(crate) const fn one(noun: &'static str) -> Self {
        Roles::One(Some(noun))
    }

    /// Adds a noun at the end.
    pub(crate) fn push(&mut self, noun: &'static str) {
        match self {
            Roles::One(None) => *self = Roles::one(noun),
            Roles::One(Some(first)) => *self = Roles::Many(vec![*first, noun]),
            Roles::Many(nouns) => nouns.push(noun),
        }
    }

    /// Removes the last noun.
    pub(crate) fn pop(&mut self) -> Option<&'static str> {
        match self {
            Roles::One(noun) => noun.take(),
            Roles::Many(nouns) => nouns.pop(),
        }
    }

    /// Adds nouns at the end.
    pub(crate) fn extend(&mut self, nouns: impl IntoIterator<Item = &'static str>) {
        for noun in nouns {
            self.push(noun);
        }
    }

    /// Removes every noun.
    pub(crate) fn clear(&mut self) {
        *self = Roles::new();
    }
}

impl Default for Roles {
    fn default() -> Self {
        Roles::new()
    }
}

impl std::ops::Deref for Roles {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        match self {
            Roles::One(noun) => noun.as_slice(),
            Roles::Many(nouns) => nouns,
        }
    }
}

impl FromIterator<&'static str> for Roles {
    fn from_iter<I: IntoIterator<Item = &'static str>>(nouns: I) -> Self {
        let mut roles = Roles::new();
        roles.extend(nouns);
        roles
    }
}

impl PartialEq for Roles {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Roles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A noun phrase that can speak, with what it says about the speaker.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Mention<'a> {
    /// What it refers to.
    pub kind: MentionKind<'a>,
    /// The phrase as written: a slice of the text when its words are set apart by single
    /// spaces.
    pub surface: Cow<'a, str>,
    /// Role nouns in the phrase ("commander").
    pub roles: Roles,
    /// Organisations the phrase ties the speaker to ("Ahrar al-Sham").
    pub orgs: Vec<Cow<'a, str>>,
    /// The descriptive part before the name ("Aleppo commander").
    pub descriptor: Option<Cow<'a, str>>,
    /// Token range of the phrase.
    pub toks: std::ops::Range<usize>,
    /// Byte offset of the phrase in its block.
    pub start: usize,
    /// Byte offset just past the phrase.
    pub end: usize,
}

impl<'a> Mention<'a> {
    /// Whether the phrase opens on "its" ("Its chair", "its leaders"): someone of the
    /// organisation spoken of before.
    pub(crate) fn opens_on_its(&self) -> bool {
        self.surface
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("its"))
    }

    /// Whether the phrase ends on a capitalized word: a document with a title ("Novalune’s
    /// Supplier Code", "the Department’s Grants Policy Manual"), not a plain "report".
    pub(crate) fn ends_capitalized(&self) -> bool {
        self.surface
            .split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    }

    /// A pronoun-like phrase over tokens `from..to` ("one of them", "the 34-year-old").
    fn pronoun_over(toks: &[Tok<'a>], from: usize, to: usize, kind: Pronoun) -> Mention<'a> {
        Mention {
            kind: MentionKind::Pronoun(kind),
            surface: join_surface(toks, from, to),
            roles: Roles::new(),
            orgs: Vec::new(),
            descriptor: None,
            toks: from..to,
            start: toks[from].start,
            end: toks[to - 1].end,
        }
    }

    /// The mention of the one-word pronoun at token `i` ("he", "him", "One").
    pub(crate) fn pronoun_at(toks: &[Tok<'a>], i: usize, kind: Pronoun) -> Mention<'a> {
        let t = &toks[i];
        Mention {
            kind: MentionKind::Pronoun(kind),
            surface: Cow::Borrowed(t.word),
            roles: Roles::new(),
            orgs: Vec::new(),
            descriptor: None,
            toks: i..i + 1,
            start: t.start,
            end: t.end,
        }
    }

    /// The portfolio of a minister's title ("Defence" in "the Minister of Defence"): a name
    /// after the title that is no organisation's. A minister speaks for the ministry or the
    /// government that the text names, not for a faction called "Defence".
    // Asked of every mention the registry reads, most of which hold no minister's role.
    #[inline(always)]
    pub(crate) fn portfolio(&self, lex: &Lexicon) -> Option<&str> {
        if !self
            .roles
            .iter()
            .any(|r| lexicon::MINISTERIAL_ROLES.contains(r))
        {
            return None;
        }
        // A role alone ("The Minister of the Interior maintained") is its own descriptor.
        let descriptor = match (&self.descriptor, &self.kind) {
            (Some(d), _) => d,
            (None, MentionKind::Role { .. }) => &self.surface,
            (None, _) => return None,
        };
        self.orgs.iter().map(|o| o.as_ref()).find(|org| {
            // "Minister of Defence", "Minister for Roads", "Minister of the Interior", "the
            // Housing Minister".
            let after_title = [" of ", " for ", " of the ", " for the "]
                .iter()
                .any(|link| descriptor.contains(&format!("{link}{org}")));
            let before_title = descriptor
                .split_once(*org)
                .and_then(|(_, rest)| rest.split_whitespace().next())
                .and_then(|w| lex.role(w.trim_end_matches(',')))
                .is_some_and(|r| lexicon::MINISTERIAL_ROLES.contains(&r));
            // "Minister of Defence of Tarvia": the portfolio, then the country.
            let portfolio = org.split(" of ").next().unwrap_or(org);
            lexicon::may_be_portfolio(portfolio, lex_org_like(lex, portfolio))
                && (after_title || before_title)
        })
    }

    /// The name, for a named mention.
    pub(crate) fn name(&self) -> Option<&str> {
        match &self.kind {
            MentionKind::Named(name) => Some(name),
            _ => None,
        }
    }
}

/// "the ministry", "the electoral commission": an organisation named before, by its kind. Not
/// "the company MHJ" (a name follows: the organisation patterns read it) nor "the ministry’s
/// spokesman" (a possessive: the phrase's head is the role).
// Tried in turn at every word that may open a mention ([`mention_forward`]), which most
// turn away at their first test: inlined, so that no call is made for it.
#[inline(always)]
fn org_by_kind<'a>(toks: &[Tok<'a>], i: usize) -> Option<Mention<'a>> {
    // "the ministry", or a place's: "Orlan’s foreign ministry".
    let opener = toks.get(i)?;
    let owned = opener.possessive() && opener.name && opener.role.is_none() && !opener.barrier;
    if !opener.is("the") && !owned {
        return None;
    }
    let lower_word = |t: &Tok<'_>| {
        !t.barrier
            && !t.function
            && t.verb.is_none()
            && t.word.chars().next().is_some_and(char::is_lowercase)
    };
    let kind_at = |j: usize| {
        toks.get(j)
            .filter(|t| t.on(WordList::OrgAnaphorNouns) && lower_word(t))
            .and_then(|t| lexicon::org_anaphor_noun(t.word))
    };
    // One lower-case modifier may stand between ("the federal ministry").
    let at = if kind_at(i + 1).is_some() {
        i + 1
    } else if toks
        .get(i + 1)
        .is_some_and(|t| lower_word(t) && t.punct.is_none() && t.role.is_none())
        && kind_at(i + 2).is_some()
    {
        i + 2
    } else {
        return None;
    };
    let noun = kind_at(at)?;
    // A possessive owns only a state's bodies ("Orlan’s foreign ministry"); "Trump’s team" is
    // a group of people.
    if owned && !lexicon::STATE_BODY_NOUNS.contains(&noun) {
        return None;
    }
    let t = &toks[at];
    // "the government spokesperson": a role is the phrase's head, as after a possessive.
    let role_after = || {
        toks.get(at + 1)
            .is_some_and(|n| t.punct.is_none() && n.role.is_some())
    };
    // "the police report": a document the body owns.
    let document_after = || {
        toks.get(at + 1)
            .is_some_and(|n| t.punct.is_none() && !n.barrier && n.document.is_some())
    };
    if t.possessive()
        || toks
            .get(at + 1)
            .is_some_and(|n| n.capitalized() && t.punct.is_none())
        || role_after()
        || document_after()
    {
        return None;
    }
    Some(Mention {
        kind: MentionKind::OrgByKind(noun),
        surface: join_surface(toks, i, at + 1),
        roles: Roles::new(),
        orgs: Vec::new(),
        descriptor: None,
        toks: i..at + 1,
        start: toks[i].start,
        end: t.end,
    })
}

/// "One county council", "a second residents’ association", "another insurer": a body the
/// text does not name, one of a kind, which speaks as an anonymous member of that kind.
// Tried in turn at every word that may open a mention ([`mention_forward`]), which most
// turn away at their first test: inlined, so that no call is made for it.
#[inline(always)]
fn anonymous_body<'a>(toks: &[Tok<'a>], i: usize) -> Option<Mention<'a>> {
    /// Lower-case words between the opener and the noun ("coastal residents’").
    const MAX_MODIFIERS: usize = 3;
    let opener = toks.get(i)?;
    if opener.barrier || opener.punct.is_some() || !opener.on(WordList::AnonymousOpeners) {
        return None;
    }
    let mut at = i + 1;
    if toks
        .get(at)
        .is_some_and(|t| t.on(WordList::OrdinalWords) && t.punct.is_none())
    {
        at += 1;
    }
    let modifier = |t: &Tok<'_>| {
        // "residents’ association": the members a body is of.
        let plural_possessive = t.word.ends_with("s’") || t.word.ends_with("s'");
        !t.barrier
            && !t.function
            && t.verb.is_none()
            && (t.role.is_none() || plural_possessive)
            && t.punct.is_none()
            && t.word.starts_with(char::is_lowercase)
            && (!t.possessive() || plural_possessive)
    };
    for _ in 0..=MAX_MODIFIERS {
        let t = toks.get(at)?;
        let noun = lexicon::ANONYMOUS_BODY_NOUNS
            .iter()
            .copied()
            .find(|n| *n == t.word);
        if let Some(noun) = noun.filter(|_| !t.barrier && !t.possessive()) {
            // "a council officer said": the body only qualifies the person.
            if toks
                .get(at + 1)
                .is_some_and(|n| !n.barrier && n.role.is_some() && t.punct.is_none())
            {
                return None;
            }
            let adjective = (at > i + 1).then(|| join_surface(toks, i + 1, at).into_owned());
            return Some(Mention {
                kind: MentionKind::Role {
                    noun,
                    qualifier: None,
                    adjective,
                    plural: false,
                    definite: false,
                },
                surface: join_surface(toks, i, at + 1),
                roles: Roles::one(noun),
                orgs: Vec::new(),
                descriptor: None,
                toks: i..at + 1,
                start: opener.start,
                end: t.end,
            });
        }
        if !modifier(t) {
            return None;
        }
        at += 1;
    }
    None
}

/// "The Commission’s field office", "the company’s Nigerian subsidiary", "the ICRC’s
/// delegation": a unit of a body, named by its owner's possessive, which speaks for its owner;
/// the phrase ends at token `last`, on the unit's noun.
fn owned_unit_ending_at<'a>(lex: &Lexicon, toks: &[Tok<'a>], last: usize) -> Option<Mention<'a>> {
    /// Words between the owner and the unit ("Nigerian", "regional press").
    const MAX_MODIFIERS: usize = 2;
    let unit = &toks[last];
    if unit.barrier
        || unit.possessive()
        || !unit.word.starts_with(char::is_lowercase)
        || !lexicon::is_one_of(unit.word, lexicon::BODY_UNIT_NOUNS)
    {
        return None;
    }
    let modifier = |t: &Tok<'_>| {
        !t.barrier
            && !t.function
            && t.verb.is_none()
            && t.role.is_none()
            && t.punct.is_none()
            && !t.possessive()
            && !t.paren_close
    };
    let owner_at = (last.saturating_sub(MAX_MODIFIERS + 1)..last)
        .rev()
        .take_while(|&k| k + 1 == last || modifier(&toks[k + 1]))
        .find(|&k| toks[k].possessive())?;
    let owner_tok = &toks[owner_at];
    if owner_tok.barrier
        || owner_tok.punct.is_some()
        || !(owner_at + 1..last).all(|k| modifier(&toks[k]))
    {
        return None;
    }
    // "the company’s": the organisation named before, by its kind.
    let by_kind = lexicon::org_anaphor_noun(owner_tok.bare())
        .filter(|_| owner_at > 0 && toks[owner_at - 1].is("the"))
        .map(|noun| Mention {
            kind: MentionKind::OrgByKind(noun),
            surface: Cow::Borrowed(""),
            roles: Roles::new(),
            orgs: Vec::new(),
            descriptor: None,
            toks: owner_at - 1..owner_at + 1,
            start: toks[owner_at - 1].start,
            end: owner_tok.end,
        });
    // "The prosecutor’s office": the holder of the role.
    let owner = by_kind
        .or_else(|| mention_backward(lex, toks, owner_at))
        .or_else(|| possessive_role_backward(lex, toks, owner_at))?;
    if !matches!(
        owner.kind,
        MentionKind::Named(_) | MentionKind::OrgByKind(_) | MentionKind::Role { plural: false, .. }
    ) {
        return None;
    }
    // "Fergal Winstanley of the university’s press office said": a unit after a preposition
    // only says where the speaker before it works.
    let before = owner.toks.start.checked_sub(1).map(|b| &toks[b]);
    if before.is_some_and(|b| b.punct.is_none() && !b.barrier && b.function && !b.determiner) {
        return None;
    }
    Some(Mention {
        surface: join_surface(toks, owner.toks.start, last + 1),
        toks: owner.toks.start..last + 1,
        end: unit.end,
        ..owner
    })
}

/// "the ministry of health in Kinshasa said": a ministry's name written in lower case, ending at
/// token `last` on its portfolio, is that ministry's name.
fn ministry_in_lower_case<'a>(toks: &[Tok<'a>], last: usize) -> Option<Mention<'a>> {
    let the = last.checked_sub(3)?;
    let [det, noun, of, portfolio] = &toks[the..=last] else {
        return None;
    };
    let lower =
        |t: &Tok<'_>| !t.barrier && t.punct.is_none() && t.word.starts_with(char::is_lowercase);
    let fits = det.is("the")
        && det.punct.is_none()
        && lower(noun)
        && (noun.is("ministry") || noun.is("department"))
        && of.is("of")
        && lower(of)
        && !portfolio.barrier
        && portfolio.word.starts_with(char::is_lowercase)
        && !portfolio.function
        && portfolio.role.is_none()
        && !portfolio.possessive();
    if !fits {
        return None;
    }
    let name = format!(
        "{} of {}",
        super::factions::capitalize(noun.word),
        super::factions::capitalize(portfolio.word)
    );
    Some(Mention {
        kind: MentionKind::Named(name.into()),
        surface: join_surface(toks, the, last + 1),
        roles: Roles::new(),
        orgs: Vec::new(),
        descriptor: None,
        toks: the..last + 1,
        start: det.start,
        end: portfolio.end,
    })
}

/// "One county council", ending at token `last`.
fn anonymous_body_ending_at<'a>(toks: &[Tok<'a>], last: usize) -> Option<Mention<'a>> {
    const MAX_BACK: usize = 5;
    (1..=MAX_BACK)
        .filter_map(|back| last.checked_sub(back))
        .find_map(|first| anonymous_body(toks, first).filter(|m| m.toks.end == last + 1))
}

/// "the ministry", "the federal ministry", ending at token `last`.
pub(crate) fn org_by_kind_ending_at<'a>(toks: &[Tok<'a>], last: usize) -> Option<Mention<'a>> {
    (1..=2)
        .filter_map(|back| last.checked_sub(back))
        .find_map(|first| org_by_kind(toks, first).filter(|m| m.toks.end == last + 1))
}

/// "a 45-year-old mother of four, Sevda", "a young docker named Kieran Walsh": the person a
/// singular role introduces, after a comma (and a short complement with "of") or "named".
pub(crate) fn named_after_role<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    role: &Mention<'a>,
) -> Option<Mention<'a>> {
    /// Words of the role's complement before the comma ("of four", "representing 14 of the
    /// detainees", "on the situation of human rights in Myanmar").
    const MAX_COMPLEMENT: usize = 8;
    if !matches!(role.kind, MentionKind::Role { plural: false, .. }) {
        return None;
    }
    let last = role.toks.end.checked_sub(1)?;
    let naming_words = (toks[last].punct.is_none())
        .then(|| naming_words_at(toks, last + 1))
        .flatten();
    let name_at = if let Some(words) = naming_words {
        // "a young docker named Kieran Walsh", "a man called Abu Anas", "a commander known as
        // Abu Hamza".
        last + 1 + words
    } else {
        let comma = (last..(last + 1 + MAX_COMPLEMENT).min(toks.len()))
            .take_while(|&k| {
                let t = &toks[k];
                !t.barrier
                    && (k == last || toks[k - 1].punct.is_none())
                    && (k == last + 1 || t.verb.is_none())
            })
            .find(|&k| toks[k].punct == Some(','))?;
        // The complement opens with a link ("mother of four", "the governor of Karvan", "the
        // UN coordinator in Vessaria") or a participle ("a lawyer representing 14 of the
        // detainees"); "an open source project, X" names a project, not a source.
        // "The leader of the Movement for a Fair Quenby (MFQ), Ilka Morvay": or the
        // organisation's short name in brackets.
        let acronym = comma == last + 1 && toks[last + 1].paren_open;
        if comma > last && !role_complement_opens(&toks[last + 1]) && !acronym {
            return None;
        }
        // "A 22-year-old Rohingya woman from Tula Toli, whom we call Hasina,": the name the
        // relative clause gives her.
        /// The most words of such a clause.
        const MAX_CLAUSE: usize = 10;
        if toks
            .get(comma + 1)
            .is_some_and(|t| t.on(WordList::Relatives))
            && let Some(clause_end) = (comma + 2..toks.len().min(comma + 2 + MAX_CLAUSE))
                .take_while(|&k| !toks[k].barrier)
                .find(|&k| toks[k].punct.is_some())
                .filter(|&k| toks[k].punct == Some(','))
        {
            return name_given_in_clause(lex, toks, comma + 1, clause_end);
        }
        comma + 1
    };
    let named = mention_forward(lex, toks, name_at)?;
    match &named.kind {
        MentionKind::Named(name) if !lex_org_like(lex, name) && named.roles.is_empty() => {
            Some(named)
        }
        _ => None,
    }
}

/// The name a relative clause from token `start` to `last` (its comma) gives the one it is
/// about: "who asked to be identified only as Leila", "whom we call Samir".
pub(crate) fn name_given_in_clause<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    start: usize,
    last: usize,
) -> Option<Mention<'a>> {
    let clause = &toks[start..=last];
    if !clause
        .iter()
        .any(|t| lexicon::is_one_of(t.word, lexicon::NAMING_CLAUSE_WORDS))
    {
        return None;
    }
    let before_name = (start..last)
        .rev()
        .find(|&k| toks[k].is("as") || toks[k].is("call") || toks[k].is("called"))?;
    mention_forward(lex, toks, before_name + 1).filter(|m| {
        matches!(m.kind, MentionKind::Named(_))
            && m.toks.start == before_name + 1
            && m.toks.end == last + 1
    })
}

/// How many words at `at` say that a name follows ("named", "called", "nicknamed", "known
/// as"), with no punctuation after them.
pub(crate) fn naming_words_at(toks: &[Tok<'_>], at: usize) -> Option<usize> {
    let first = toks.get(at).filter(|t| t.punct.is_none())?;
    if lexicon::NAMING_PARTICIPLES.iter().any(|w| first.is(w)) {
        return Some(1);
    }
    (first.is("known")
        && toks
            .get(at + 1)
            .is_some_and(|t| t.is("as") && t.punct.is_none()))
    .then_some(2)
}

/// Whether a word opens the complement of a role before a name: a link ("of", "in", "for")
/// or a participle ("representing").
fn role_complement_opens(t: &Tok<'_>) -> bool {
    lexicon::ROLE_LINKS.contains(&t.word)
        || (t.word.len() > 5 && t.word.ends_with("ing") && !t.capitalized())
}

/// One element of a noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Det,
    Role(&'static str),
    Name,
    Possessive,
    PossessivePronoun(Pronoun),
    Adjective,
    Document(&'static str),
    Honorific,
    Generic,
    And,
    /// "of" inside a title ("Chief of Staff").
    Of,
}

/// The parts of a noun phrase as they are read, kept on the stack up to a length few phrases
/// pass (a list of them would be an allocation per phrase).
struct Parts {
    /// The first parts.
    inline: [Part; Parts::INLINE],
    /// How many of `inline` are read.
    len: usize,
    /// Every part, once there are more than `inline` holds.
    spilled: Vec<Part>,
}

impl Part {
    /// Whether the part cannot end a phrase: an article, a possessive pronoun, an adjective, an
    /// honorific or "and" ([`interpret`] trims them from a phrase's end).
    fn is_glue(&self) -> bool {
        matches!(
            self,
            Part::And | Part::Adjective | Part::Det | Part::Honorific | Part::PossessivePronoun(_)
        )
    }
}

impl Parts {
    const INLINE: usize = 12;

    #[inline]
    fn push(&mut self, part: Part) {
        if self.spilled.is_empty() && self.len < Self::INLINE {
            self.inline[self.len] = part;
            self.len += 1;
            return;
        }
        if self.spilled.is_empty() {
            self.spilled.extend_from_slice(&self.inline[..self.len]);
        }
        self.spilled.push(part);
    }

    /// Adds `count` name parts.
    fn extend_names(&mut self, count: usize) {
        for _ in 0..count {
            self.push(Part::Name);
        }
    }
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            inline: [Part::Det; Parts::INLINE],
            len: 0,
            spilled: Vec::new(),
        }
    }
}

impl std::ops::Deref for Parts {
    type Target = [Part];

    #[inline]
    fn deref(&self) -> &[Part] {
        if self.spilled.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.spilled
        }
    }
}

/// Whether a word is a year ("2021") or a month ("October").
pub(crate) fn is_date_word(word: &str) -> bool {
    let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
    year || lexicon::is_month(word)
}

/// The pronoun a token's word is, if it can stand for a speaker ("they’ve" is "they").
fn pronoun_of(t: &Tok<'_>) -> Option<Pronoun> {
    /// The longest word that can be one: "they" and a contraction ("they’ll").
    const MAX_LEN: usize = 9;
    /// The most bytes of a contraction's ending ("’ll").
    const MAX_ENDING: usize = 5;
    let word = t.word;
    // Every pronoun opens on one of these letters in either case, and no contraction changes a
    // word's first byte: most words are told apart at a glance.
    let first = *word.as_bytes().first()?;
    if word.len() > MAX_LEN || !matches!(first | 0x20, b'i' | b'w' | b'h' | b's' | b't' | b'y') {
        return None;
    }
    // The word itself, by its key ([`Tok::is`]).
    if let Some(p) = pronoun_by(word == "I", |w| t.is(w)) {
        return Some(p);
    }
    // A contraction's ending opens on an apostrophe, ' or ’ (whose last byte is 0x99).
    if !word
        .bytes()
        .rev()
        .take(MAX_ENDING)
        .any(|b| b == b'\'' || b == 0x99)
    {
        return None;
    }
    let stem = [
        "’ve", "’d", "’s", "’ll", "’re", "'ve", "'d", "'s", "'ll", "'re",
    ]
    .iter()
    .find_map(|c| word.strip_suffix(c))?;
    pronoun_by(stem == "I", |w| stem.eq_ignore_ascii_case(w))
}

/// The pronoun a word is, told by whether it is "I" and by `is`, whether it is a word ignoring
/// case.
fn pronoun_by(first_person_singular: bool, is: impl Fn(&str) -> bool) -> Option<Pronoun> {
    if first_person_singular || is("we") {
        Some(Pronoun::First)
    } else if is("he") || is("she") {
        Some(Pronoun::Person)
    } else if is("it") {
        Some(Pronoun::Thing)
    } else if is("they") {
        Some(Pronoun::Plural)
    } else if is("you") {
        Some(Pronoun::Second)
    } else {
        None
    }
}

/// Whether a word gives an age as a noun ("34-year-old").
fn is_age_word(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the possessive at `i` is a plural's inside an organisation's name: "Drivers’" in
/// "the United Drivers’ Union", "Women’s" in "the Women’s Refugee Commission", "People’s" in
/// "the Halcombe People’s Army" (capitalized words after it up to an organisation word).
// Asked of every token by the names pass: the test of the word's shape, which settles most,
// belongs in the caller.
#[inline(always)]
pub(crate) fn possessive_inside_org_name(toks: &[Tok<'_>], i: usize) -> bool {
    let t = &toks[i];
    t.capitalized() && !t.barrier && t.possessive() && plural_possessive_before_org_word(toks, i)
}

/// The rest of [`possessive_inside_org_name`], for a capitalized possessive at `i`.
fn plural_possessive_before_org_word(toks: &[Tok<'_>], i: usize) -> bool {
    /// The most capitalized words between the possessive and the organisation word.
    const MAX_WORDS_TO_ORG_WORD: usize = 2;
    let t = &toks[i];
    let plural = t.word.ends_with("s’")
        || t.word.ends_with("s'")
        || strip_possessive(t.word)
            .is_some_and(|w| lexicon::is_one_of(w, lexicon::IRREGULAR_PLURAL_PEOPLE));
    // "the Prosecutor General’s Office", "the Prime Minister’s Office": an office named for
    // the post it serves.
    let post = office_of_a_post(toks, i)
        && toks.get(i + 1).is_some_and(|n| {
            n.capitalized() && !n.barrier && lexicon::is_one_of(n.bare(), lexicon::DEPARTMENT_WORDS)
        });
    if post {
        return true;
    }
    if !plural {
        return false;
    }
    for n in toks[i + 1..].iter().take(MAX_WORDS_TO_ORG_WORD + 1) {
        if n.barrier || !n.capitalized() || n.possessive() {
            return false;
        }
        if n.org_word {
            return true;
        }
        if n.punct.is_some() {
            return false;
        }
    }
    false
}

/// Whether the possessive at `i` ends a post's title in capitals ("Prosecutor General’s",
/// "Prime Minister’s", "Mayor’s"), a role noun among its words.
pub(crate) fn office_of_a_post(toks: &[Tok<'_>], i: usize) -> bool {
    /// The most words of a post's title.
    const MAX_TITLE_WORDS: usize = 3;
    let title = || {
        toks[..=i]
            .iter()
            .rev()
            .take(MAX_TITLE_WORDS)
            .take_while(|t| t.capitalized() && !t.barrier && !t.function)
    };
    let words = title().count();
    let first = i + 1 - words;
    words > 0
        && toks[first..i]
            .iter()
            .all(|t| t.punct.is_none() && !t.possessive())
        && title().any(|t| {
            t.role.is_some()
                || strip_possessive(t.word).is_some_and(|w| Lexicon::get().role(w).is_some())
        })
}

/// The possessive pronoun a token's word is ("his", "their").
pub(crate) fn possessive_pronoun_of(t: &Tok<'_>) -> Option<Pronoun> {
    if t.is("his") || t.is("her") {
        Some(Pronoun::Person)
    } else if t.is("its") {
        Some(Pronoun::Thing)
    } else if t.is("their") {
        Some(Pronoun::Plural)
    } else if t.is("my") || t.is("our") {
        // "My mother used to say": the narrator's, or the labelled speaker's.
        Some(Pronoun::First)
    } else if t.is("your") {
        // "Your letter to the court": the addressee's.
        Some(Pronoun::Second)
    } else {
        None
    }
}

/// Classifies a token as part of a noun phrase, looking at its right neighbour where needed.
// Asked of every word of every phrase read: inlined into the loops that read phrases.
#[inline(always)]
fn part(toks: &[Tok<'_>], i: usize) -> Option<Part> {
    let t = toks.get(i)?;
    if t.barrier {
        return None;
    }
    // "Her October 2021 report", "its 2023 sustainability report": a date before a document
    // noun qualifies it.
    if t.punct.is_none() && is_date_word(t.word) {
        let mut k = i + 1;
        while toks
            .get(k)
            .is_some_and(|n| !n.barrier && n.punct.is_none() && is_date_word(n.word))
        {
            k += 1;
        }
        let document_follows = |k: usize| {
            toks.get(k)
                .is_some_and(|n| !n.barrier && n.document.is_some())
        };
        if document_follows(k) || document_follows(k + 1) {
            return Some(Part::Adjective);
        }
    }
    // "the United Drivers’ Union", "the Women’s Refugee Commission": a plural possessive
    // inside an organisation's name.
    if possessive_inside_org_name(toks, i) {
        return Some(Part::Name);
    }
    // "Keyline’s most recent audit", "its most recent report": after a possessive, "most"
    // makes a superlative, not people in general.
    let superlative = t.is("most")
        && i > 0
        && (toks[i - 1].possessive() || possessive_pronoun_of(&toks[i - 1]).is_some());
    if superlative {
        return Some(Part::Adjective);
    }
    // "Our Chief People Officer": a word of people in general, in capitals inside a title,
    // is the title's.
    // (Asked only of such a word: `part` reads every word of every phrase.)
    let in_title = || {
        t.capitalized()
            && !t.sentence_initial
            && t.punct.is_none()
            && toks
                .get(i + 1)
                .is_some_and(|n| n.capitalized() && n.role.is_some() && !n.barrier)
    };
    if t.generic && !t.determiner && !in_title() {
        return Some(Part::Generic);
    }
    // "Its own Shoreline Risk Review": "own" after a possessive pronoun ("the Ministry’s own
    // decree" is read by `possessive_before_modifiers`).
    if t.is("own") && t.punct.is_none() && i > 0 && possessive_pronoun_of(&toks[i - 1]).is_some() {
        return Some(Part::Adjective);
    }
    if let Some(p) = possessive_pronoun_of(t) {
        return Some(Part::PossessivePronoun(p));
    }
    if t.determiner {
        return Some(Part::Det);
    }
    if t.honorific {
        return Some(Part::Honorific);
    }
    if let Some(role) = t.role {
        // "the crowd’s applause": a possessive role owns something; it is not the phrase's head.
        return Some(if t.possessive() && !t.plural_role {
            Part::Possessive
        } else {
            Part::Role(role)
        });
    }
    if t.name {
        return Some(if t.possessive() {
            Part::Possessive
        } else {
            Part::Name
        });
    }
    // "Minutes later": a measure of time, not a record of a meeting (asked of a document noun;
    // "the account later posted" is an account).
    let time_measure = || {
        t.bare().eq_ignore_ascii_case("minutes")
            && toks.get(i + 1).is_some_and(|n| {
                lexicon::is_one_of(
                    n.word.trim_end_matches([',', '.']),
                    &["later", "earlier", "ago"],
                )
            })
    };
    // "the paper’s editor-in-chief", "the channel’s presenter": an outlet named before, by its
    // kind (a document's noun too), before one of its staff.
    if t.possessive()
        && i > 0
        && toks[i - 1].is("the")
        && t.word.starts_with(char::is_lowercase)
        && lexicon::is_one_of(t.bare(), lexicon::OUTLET_NOUNS)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.role.is_some_and(|r| lexicon::NEWSROOM_ROLES.contains(&r)))
    {
        return Some(Part::Possessive);
    }
    if let Some(noun) = t.document
        && (!t.capitalized() || t.sentence_initial)
        && !time_measure()
    {
        // "the complaints manager", "a records officer": a document noun before a role names
        // the role's field.
        let before_role = t.punct.is_none()
            && toks
                .get(i + 1)
                .is_some_and(|n| !n.barrier && n.role.is_some() && !n.capitalized());
        return Some(if before_role {
            Part::Adjective
        } else {
            Part::Document(noun)
        });
    }
    if t.particle {
        return Some(Part::Name);
    }
    if t.word == "and" {
        return Some(Part::And);
    }
    // "Ember & Pine": an ampersand between names joins one name.
    if t.word == "&"
        && i > 0
        && toks[i - 1].name
        && toks[i - 1].punct.is_none()
        && toks.get(i + 1).is_some_and(|n| n.name && !n.barrier)
    {
        return Some(Part::Name);
    }
    // "the District 4 bridge engineer", "a Local 61 steward": a number after a name, before
    // the lower-case words of a role, is part of the name of a unit.
    let number = !t.word.is_empty() && t.word.bytes().all(|b| b.is_ascii_digit());
    if number
        && t.punct.is_none()
        && !t.barrier
        && i > 0
        && toks[i - 1].name
        && toks[i - 1].punct.is_none()
        && toks.get(i + 1).is_some_and(|n| {
            !n.barrier
                && n.word.starts_with(char::is_lowercase)
                && (n.role.is_some() || {
                    toks.get(i + 2)
                        .is_some_and(|r| !r.barrier && r.role.is_some() && n.punct.is_none())
                })
        })
    {
        return Some(Part::Name);
    }
    // "the campaign’s general counsel": the organisation named before, by its kind.
    if t.possessive()
        && i > 0
        && toks[i - 1].is("the")
        && t.word.chars().next().is_some_and(char::is_lowercase)
        && t.org_word
    {
        return Some(Part::Possessive);
    }
    // A lower-case modifier before a role or document noun, up to two words ahead ("market
    // guard", "the city’s fire chief").
    // "a 52-year-old farmer": an age is a modifier too.
    let modifier = |t: &Tok<'_>| {
        !t.barrier
            && (t.word.chars().next().is_some_and(char::is_lowercase)
                || (t.word.starts_with(|c: char| c.is_ascii_digit())
                    && t.word.contains("-year-old")))
            && t.punct.is_none()
            && !t.function
            && t.verb.is_none()
            && !t.on(WordList::NotDescribing)
            && !t.on(WordList::AuthoringVerbs)
            // "The following members of the Committee were present": which, not what kind.
            && !t.is("following")
    };
    let noun = |n: &Tok<'_>| !n.barrier && (n.role.is_some() || n.document.is_some());
    let plain_modifier = |k: usize| toks.get(k).is_some_and(|n| modifier(n) && n.role.is_none());
    let next_is_noun = toks.get(i + 1).is_some_and(noun)
        || (plain_modifier(i + 1) && toks.get(i + 2).is_some_and(noun))
        // "a senior finance ministry official": an organisation's kind before the role.
        || (plain_modifier(i + 1)
            && plain_modifier(i + 2)
            && toks[i + 2].org_word
            && toks.get(i + 3).is_some_and(noun))
        // "a senior UN official", "a senior European diplomat": after a determiner, an
        // acronym or a name before the role.
        || (i > 0
            && toks[i - 1].determiner
            && toks.get(i + 1).is_some_and(|n| {
                !n.barrier
                    && n.punct.is_none()
                    && (names::is_acronym(n.word) || (n.name && n.capitalized()))
            })
            && toks.get(i + 2).is_some_and(noun));
    // "The Panel met Sheikh Ali Dheere": a verb between a name and a title ends the phrase.
    let verb_after_name =
        i > 0 && toks[i - 1].name && toks[i - 1].punct.is_none() && t.on(WordList::MeetingVerbs);
    if next_is_noun && modifier(t) && !verb_after_name {
        return Some(Part::Adjective);
    }
    // Right after a determiner, a lower-case word before a role qualifies it even when it can
    // be a preposition too ("an outside legal advisor").
    let after_determiner = i > 0 && toks[i - 1].determiner && toks[i - 1].punct.is_none();
    let lower = t.word.chars().next().is_some_and(char::is_lowercase);
    if after_determiner
        && lower
        && t.punct.is_none()
        && t.verb.is_none()
        && next_is_noun
        && !verb_after_name
        && !t.is("following")
    {
        return Some(Part::Adjective);
    }
    None
}

/// A name with a preposition in capitals ([`name_with_capital_preposition`]) that ends at
/// token `last`.
fn name_with_capital_preposition_ending_at<'a>(
    toks: &[Tok<'a>],
    last: usize,
) -> Option<Mention<'a>> {
    /// The most words such a name has.
    const MAX_WORDS: usize = 8;
    let mut k = last;
    let mut preposition = false;
    while k > 0 && last - k < MAX_WORDS {
        let before = &toks[k - 1];
        if before.barrier || before.punct.is_some() {
            break;
        }
        if lexicon::NAME_PREPOSITIONS.contains(&before.word) {
            preposition = true;
        } else if !before.capitalized() || before.function {
            break;
        }
        k -= 1;
    }
    if !preposition {
        return None;
    }
    // The article before the name belongs to the mention.
    let from = if k > 0 && toks[k - 1].is("the") && toks[k - 1].punct.is_none() {
        k - 1
    } else {
        k
    };
    name_with_capital_preposition(toks, from).filter(|m| m.toks.end == last + 1)
}

/// "Doctors Without Borders", "Physicians For Human Rights": capitalized words (a plural role
/// noun among them) joined by a preposition written in capitals make one organisation's name,
/// starting at token `i`.
// Tried in turn at every word that may open a mention ([`mention_forward`]), which most
// turn away at their first test: inlined, so that no call is made for it.
#[inline(always)]
fn name_with_capital_preposition<'a>(toks: &[Tok<'a>], i: usize) -> Option<Mention<'a>> {
    let start = i + usize::from(toks.get(i).is_some_and(|t| t.is("the")));
    let capital = |t: &Tok<'_>| !t.barrier && t.capitalized() && !t.function;
    let mut k = start;
    while toks.get(k).is_some_and(capital) && toks[k].punct.is_none() {
        k += 1;
    }
    toks.get(k).filter(|t| {
        k > start && !t.barrier && t.punct.is_none() && lexicon::NAME_PREPOSITIONS.contains(&t.word)
    })?;
    let mut end = k + 1;
    while toks.get(end).is_some_and(capital) {
        end += 1;
        if toks[end - 1].punct.is_some() {
            break;
        }
    }
    if end == k + 1 {
        return None;
    }
    Some(named_run(toks, i, start, end))
}

/// A name read from tokens `name_start..end`, its surface from token `i` (an article before
/// it).
fn named_run<'a>(toks: &[Tok<'a>], i: usize, name_start: usize, end: usize) -> Mention<'a> {
    let name = join_bare(&toks[name_start..end]);
    Mention {
        kind: MentionKind::Named(name),
        surface: join_surface(toks, i, end),
        roles: Roles::new(),
        orgs: Vec::new(),
        descriptor: None,
        toks: i..end,
        start: toks[i].start,
        end: toks[end - 1].end,
    }
}

/// "Save the Children", "Stop the War Coalition": one name word, a lower-case "the", then
/// names, read as one organisation's name (the names pass has seen the first word capitalized
/// where no sentence opens).
// Tried in turn at every word that may open a mention ([`mention_forward`]), which most
// turn away at their first test: inlined, so that no call is made for it.
#[inline(always)]
fn name_joined_by_the<'a>(toks: &[Tok<'a>], i: usize) -> Option<Mention<'a>> {
    toks.get(i).filter(|t| {
        t.name && !t.barrier && t.punct.is_none() && !t.determiner && t.role.is_none()
    })?;
    if i > 0 && toks[i - 1].name && !toks[i - 1].barrier && toks[i - 1].punct.is_none() {
        return None;
    }
    toks.get(i + 1)
        .filter(|t| t.word == "the" && t.punct.is_none())?;
    let names = toks[i + 2..]
        .iter()
        .take_while(|t| t.name && !t.barrier && t.role.is_none() && !t.possessive())
        .count();
    let last = toks.get(i + 1 + names).filter(|_| names > 0)?;
    let end = i + 2 + names;
    // "the Save the Children report": no name goes on after it as a noun's modifier.
    if last.punct.is_none() && toks.get(end).is_some_and(|n| !n.barrier && n.name) {
        return None;
    }
    Some(named_run(toks, i, i, end))
}

/// Reads a mention that starts at token `i`, going right.
pub(crate) fn mention_forward<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    i: usize,
) -> Option<Mention<'a>> {
    if let Some(p) = pronoun(toks, i) {
        return Some(p);
    }
    if let Some(m) = org_by_kind(toks, i) {
        return Some(m);
    }
    if let Some(m) = anonymous_body(toks, i) {
        return Some(m);
    }
    if let Some(m) = name_joined_by_the(toks, i) {
        return Some(m);
    }
    // "the federal Ministry of Environment": a lower-case word between the article and an
    // organisation's name.
    let lower_modifier = |t: &Tok<'_>| {
        !t.barrier
            && !t.name
            && !t.shaped
            && t.punct.is_none()
            && !t.function
            && t.role.is_none()
            && t.verb.is_none()
            && t.word.chars().next().is_some_and(char::is_lowercase)
    };
    // The mention after the article and the lower-case word, read once for both readings.
    let after_modifier = if toks.get(i).is_some_and(|t| t.determiner)
        && toks.get(i + 1).is_some_and(lower_modifier)
        && toks.get(i + 2).is_some_and(|t| t.name)
    {
        mention_forward(lex, toks, i + 2)
    } else {
        None
    };
    if after_modifier
        .as_ref()
        .is_some_and(|m| m.name().is_some_and(|n| lex_org_like(lex, n)))
    {
        return after_modifier;
    }
    // "the fake Trump electors": an adjective, then a name that qualifies a plural role.
    // (A mention after the modifier means a name at `i + 2`.)
    if let Some(generic) = after_modifier
        && toks[i + 2].role.is_none()
        && generic.kind == MentionKind::Generic
        && let [noun] = generic.roles[..]
        && toks[generic.toks.end - 1].plural_role
        && generic.toks.end >= i + 4
    {
        let qualifier = toks[i + 2..generic.toks.end - 1]
            .iter()
            .map(|t| t.bare())
            .collect::<Vec<_>>()
            .join(" ");
        return Some(Mention {
            kind: MentionKind::Role {
                noun,
                qualifier: Some(qualifier),
                adjective: Some(toks[i + 1].word.to_owned()),
                plural: true,
                definite: lexicon::is_one_of(toks[i].word, lexicon::DEFINITE_DETERMINERS),
            },
            surface: join_surface(toks, i, generic.toks.end),
            toks: i..generic.toks.end,
            start: toks[i].start,
            ..generic
        });
    }
    if let Some(m) = name_with_capital_preposition(toks, i) {
        return Some(m);
    }
    let mention = match one_of(lex, toks, i) {
        Some(one_of) => one_of,
        None => {
            let mut parts = Parts::default();
            let mut j = i;
            // Past an organisation word's "of" ("the Department of Roads and Bridges").
            let mut in_org_name = false;
            while let Some(mut p) = part(toks, j) {
                // "the Department of Roads and Bridges": inside an organisation's name, "and"
                // between two name words joins them.
                if p == Part::And
                    && in_org_name
                    && toks[j - 1].punct.is_none()
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| t.name && !t.barrier && t.role.is_none())
                {
                    p = Part::Name;
                }
                // "the General Federation of Lorreyan Workers": the members an organisation's
                // name is of are part of it.
                // "the Committee for Detainee Rights": so is a role noun in capitals a name
                // word follows.
                if in_org_name
                    && matches!(p, Part::Role(_) | Part::Generic)
                    && toks[j].capitalized()
                    && (toks[j].plural_role || role_inside_name(toks, j) || post_of_office(toks, j))
                {
                    p = Part::Name;
                }
                // "the Coast and Flood Agency", "the Food and Drug Administration", "the
                // Disaster Relief and Recovery Act": one or two name words after "the", "and",
                // then name words that end on an organisation's or a law's word.
                if p == Part::And
                    && !in_org_name
                    && match &parts[..] {
                        [Part::Det, Part::Name] => ends_in_org_word(toks, j + 1),
                        // Not "the Trump Organization and Crocus Group", two organisations.
                        [Part::Det, Part::Name, Part::Name] => ends_in_law_word(toks, j + 1),
                        _ => false,
                    }
                    && toks[j - 1].punct.is_none()
                {
                    p = Part::Name;
                    in_org_name = true;
                }
                // "the two opposition members", "its three deputies": a number after a
                // determiner counts the noun.
                let counted = p == Part::Det
                    && matches!(parts.last(), Some(Part::Det | Part::PossessivePronoun(_)))
                    && toks[j].on(WordList::NumberWords);
                if !counted
                    && matches!(p, Part::Det | Part::PossessivePronoun(_))
                    && !parts.is_empty()
                {
                    break;
                }
                // "the Gay Liberation Front (GLF)": the parenthesis is another name for it.
                if toks[j].paren_open && !parts.is_empty() {
                    break;
                }
                if p == Part::Generic && !parts.is_empty() {
                    break;
                }
                parts.push(p);
                let ends_clause = toks[j].punct.is_some() || toks[j].paren_close;
                j += 1;
                // "Novalune’s Supplier Code of Conduct states": the title goes on past "of".
                if p == Part::Name
                    && !ends_clause
                    && let Some(next) = document_title_joiner(toks, j)
                {
                    parts.extend_names(next - j);
                    break;
                }
                // "Hessory’s Safe Systems of Work Policy provides": an owned title goes on past
                // "of" to its document noun.
                // "the Dorrin Cessation of Hostilities Agreement": so does a law's or an
                // agreement's name.
                if p == Part::Name
                    && !ends_clause
                    && let Some(next) = owned_title_past_of(toks, j)
                    && (parts.contains(&Part::Possessive)
                        || lexicon::is_one_of(
                            &toks[next - 1].bare().to_lowercase(),
                            lexicon::LAW_WORDS,
                        ))
                {
                    parts.extend_names(next - j);
                    break;
                }
                if ends_clause || matches!(p, Part::Document(_)) {
                    break;
                }
                // "Chairwoman of the Republican National Committee Ronna McDaniel": a title,
                // its complement, then the name.
                if matches!(p, Part::Role(_))
                    && toks[j - 1].capitalized()
                    && let Some(titled) = titled_name(lex, toks, i, &parts, j)
                {
                    return Some(titled);
                }
                // A title with "of" between two roles: "Chief of Staff Mark Meadows".
                if matches!(p, Part::Role(_))
                    && toks[j - 1].capitalized()
                    && toks.get(j).is_some_and(|t| t.is("of"))
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| !t.barrier && t.role.is_some() && t.capitalized())
                {
                    parts.push(Part::Of);
                    j += 1;
                }
                // "the Ministry of Defence", "the Department of the Interior": an organisation's
                // name goes on past "of".
                if p == Part::Name
                    && let Some(next) = org_joiner(lex, toks, j)
                {
                    parts.extend_names(next - j);
                    j = next;
                    in_org_name = true;
                } else if p == Part::Name
                    && in_org_name
                    && !ends_clause
                    && let Some(next) = second_of_place(toks, j)
                {
                    // "the Federation of Trade Unions of Kalveria": past a second "of" to the
                    // place the body is of.
                    parts.extend_names(next - j);
                    j = next;
                }
            }
            // Glue alone ("the" before a word that is no part, "their", "a new") is what
            // `interpret` trims from a phrase's end: no mention, told without the call.
            if parts.iter().all(Part::is_glue) {
                return None;
            }
            interpret(lex, toks, i, &parts)?
        }
    };
    // "The Giuliani legal team", "a Federal district court": lower-case words ending in an
    // organisation word after a name make it an organisation's name.
    let mut mention = mention;
    add_organisation_tail(toks, &mut mention);
    strip_locating_modifier(&mut mention);
    // The mention is changed in place below, where it needs no copy.
    // "One of the two opposition-nominated members, appointed on the proposal of the MFQ,": the
    // body that put one member forward is the member's.
    if let MentionKind::Role { plural: false, .. } = mention.kind
        && mention.orgs.is_empty()
    {
        mention.orgs = nominated_by(lex, toks, mention.toks.end)
            .into_iter()
            .map(Cow::Owned)
            .collect();
    }
    // "an “Elector Recap” email": a document brought in with its title between the article and
    // the noun is a new one.
    if let MentionKind::Document { .. } = mention.kind
        && mention.toks.start == i
        && i >= 2
        && toks[i - 1].barrier
        && toks[i - 1].quote
        && toks[i - 1].punct.is_none()
        && (toks[i - 2].is("a") || toks[i - 2].is("an"))
    {
        mention.surface = join_surface(toks, i - 2, mention.toks.end);
        mention.toks = i - 2..mention.toks.end;
        mention.start = toks[i - 2].start;
    }
    // "Beat poet and longtime Greenwich Village resident Allen Ginsberg": two titles of one
    // person.
    if let MentionKind::Role { plural: false, .. } = mention.kind
        && !toks[mention.toks.start].determiner
        && toks
            .get(mention.toks.end)
            .is_some_and(|t| t.is("and") && toks[mention.toks.end - 1].punct.is_none())
        && let Some(named) = second_title(lex, toks, mention.toks.end + 1)
    {
        let name_start = named.toks.end - named.name().map_or(0, |n| n.split(' ').count());
        let mut roles = mention.roles;
        roles.extend(named.roles.iter().copied());
        let mut orgs = mention.orgs;
        orgs.extend(named.orgs);

        return Some(Mention {
            surface: join_surface(toks, mention.toks.start, named.toks.end),
            roles,
            orgs,
            descriptor: Some(join_surface(toks, mention.toks.start, name_start)),
            toks: mention.toks.start..named.toks.end,
            start: mention.start,
            end: named.end,
            kind: named.kind,
        });
    }
    // "the Alliance’s chief negotiator, Petra Lind", "an outside legal advisor to the Trump
    // Campaign: Kenneth Chesebro": the name after the role is the speaker.
    add_linked_org(lex, toks, &mut mention);
    let apposed = matches!(mention.kind, MentionKind::Role { plural: false, .. })
        && toks
            .get(mention.toks.end - 1)
            .is_some_and(|t| matches!(t.punct, Some(',' | ':')));
    if apposed
        && let Some(named) = mention_forward(lex, toks, mention.toks.end)
        && let MentionKind::Named(_) = named.kind
        && (named
            .descriptor
            .as_deref()
            .is_none_or(|d| d.chars().next().is_some_and(char::is_uppercase))
            // "Her supervisor, the bridge engineer, Martin Okwu": two titles set off in turn.
            || (toks[named.toks.start].determiner && named.surface.contains(", ")))
    {
        let opens_with_det = toks[mention.toks.start].determiner;
        let descriptor = join_surface(
            toks,
            mention.toks.start + usize::from(opens_with_det),
            mention.toks.end,
        );
        let mut orgs = mention.orgs;
        orgs.extend(named.orgs);
        // The apposed role comes first; a title before the name ("Colonel") after it.
        let mut roles = mention.roles;
        roles.extend(named.roles.iter().copied());
        return Some(Mention {
            surface: format!("{}, {}", mention.surface, named.surface).into(),
            roles,
            orgs,
            descriptor: Some(descriptor).filter(|d| !d.is_empty()),
            toks: mention.toks.start..named.toks.end,
            start: mention.start,
            end: named.end,
            kind: named.kind,
        });
    }
    Some(mention)
}

/// A named mention followed by one or two lower-case words that end in an organisation word
/// ("Giuliani legal team", "Federal district court") becomes that organisation's name.
fn add_organisation_tail<'a>(toks: &[Tok<'a>], mention: &mut Mention<'a>) {
    const MAX_TAIL: usize = 2;
    let MentionKind::Named(name) = &mention.kind else {
        return;
    };
    let end = mention.toks.end;
    let last = &toks[end - 1];
    if mention.descriptor.is_some() || last.punct.is_some() || last.possessive() {
        return;
    }
    let tail = (1..=MAX_TAIL).find(|&n| {
        toks.get(end..end + n).is_some_and(|tail| {
            tail.iter().all(|t| {
                !t.barrier && !t.capitalized() && !t.function && t.verb.is_none() && t.role.is_none()
            }) && tail[..n - 1].iter().all(|t| t.punct.is_none())
                && tail[n - 1].on(WordList::OrgKindNouns)
                && !tail[n - 1].possessive()
                // "the Trump team’s slate" is the team's; "the Giuliani team member" a person.
                && !toks
                    .get(end + n)
                    .is_some_and(|t| !t.barrier && t.role.is_some() && tail[n - 1].punct.is_none())
        })
    });
    let Some(n) = tail else { return };
    let words: Vec<&str> = toks[end..end + n].iter().map(|t| t.word).collect();
    mention.kind = MentionKind::Named(format!("{name} {}", words.join(" ")).into());
    mention.surface = join_surface(toks, mention.toks.start, end + n);
    mention.toks.end = end + n;
    mention.end = toks[end + n - 1].end;
}

/// "the Britain-based Syrian Observatory for Human Rights": a word that says where a body is
/// based or who backs it is no part of its name.
fn without_locating_modifier(mut mention: Mention) -> Mention {
    strip_locating_modifier(&mut mention);
    mention
}

/// [`without_locating_modifier`] in place.
// Asked of every mention read forward, most of which are no name.
#[inline(always)]
fn strip_locating_modifier(mention: &mut Mention) {
    if let MentionKind::Named(name) = &mention.kind {
        let bare = past_locating_modifier(name);
        if bare.len() < name.len() {
            mention.kind = MentionKind::Named(Cow::Owned(bare.to_owned()));
        }
    }
}

/// A name past a first word that says where its body is based or who backs it.
fn past_locating_modifier(name: &str) -> &str {
    // Every such word has a hyphen: most first words are told at a glance, read byte by byte.
    let Some(space) = name.bytes().position(|b| b == b' ') else {
        return name;
    };
    let (first, rest) = (&name[..space], &name[space + 1..]);
    if first.as_bytes().contains(&b'-') && is_locating_modifier(first) {
        rest
    } else {
        name
    }
}

/// Whether a word says where a body is based or who backs it ("Britain-based", "Iran-backed").
pub(crate) fn is_locating_modifier(word: &str) -> bool {
    const MODIFIER_ENDINGS: &[&str] = &["-based", "-backed", "-funded", "-owned", "-led"];
    MODIFIER_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A titled name after "and" ("longtime Greenwich Village resident Allen Ginsberg"), past up to
/// two lower-case modifiers.
fn second_title<'a>(lex: &Lexicon, toks: &[Tok<'a>], from: usize) -> Option<Mention<'a>> {
    const MAX_MODIFIERS: usize = 2;
    let modifier = |t: &Tok<'_>| {
        !t.barrier
            && !t.function
            && t.punct.is_none()
            && t.verb.is_none()
            && t.word.chars().next().is_some_and(char::is_lowercase)
    };
    let start = (from..from + MAX_MODIFIERS + 1)
        .take_while(|&k| k == from || toks.get(k - 1).is_some_and(modifier))
        .find(|&k| toks.get(k).is_some_and(|t| t.name || t.role.is_some()))?;
    let named = mention_forward(lex, toks, start)?;
    (matches!(named.kind, MentionKind::Named(_)) && named.descriptor.is_some()).then_some(named)
}

/// The most words a title's complement and the name after it span ("of the Department of the
/// Interior John Berry").
const MAX_TITLE_RUN: usize = 10;

/// A capitalized title with an "of" or "for" complement, then a name: "Secretary of Homeland
/// Security Alejandro Mayorkas", "Deputy Director for Election Day Operations G. Michael Brown".
/// `parts` are the parts read from `first` up to the title, `link` the token after the title.
fn titled_name<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    first: usize,
    parts: &[Part],
    link: usize,
) -> Option<Mention<'a>> {
    if !toks
        .get(link)
        .is_some_and(|t| (t.is("of") || t.is("for")) && !t.barrier)
    {
        return None;
    }
    let mut start = link + 1;
    if toks.get(start).is_some_and(|t| t.is("the")) {
        start += 1;
    }
    if !toks.get(start).is_some_and(|t| t.name && !t.barrier) {
        return None;
    }
    // A title of its own with "of" ("Secretary of State"): the name follows it.
    let title = toks[link - 1].word.to_lowercase();
    let fixed = start == link + 1
        && lex
            .role(&format!("{title} of {}", toks[start].word.to_lowercase()))
            .is_some();
    let name_start = if fixed {
        start + 1
    } else {
        let run = org_run(lex, toks, start)?;
        if run.end - start > MAX_TITLE_RUN {
            return None;
        }
        // The organisation's run stops where a person's name follows it.
        let person_follows = toks
            .get(run.end)
            .is_some_and(|t| t.name && !t.barrier && toks[run.end - 1].punct.is_none());
        if person_follows {
            run.end
        } else {
            name_in_title_run(toks, start, run.end)?
        }
    };
    let named = mention_forward(lex, toks, name_start)?;
    let MentionKind::Named(_) = named.kind else {
        return None;
    };
    let head = interpret(lex, toks, first, parts);
    let complement: Vec<&str> = toks[start..name_start].iter().map(|t| t.bare()).collect();
    let complement = complement.join(" ");
    let mut orgs = head.as_ref().map(|h| h.orgs.clone()).unwrap_or_default();
    // "Minister of Defence Kara Lund": a minister's one-word portfolio is kept too, for the
    // ministry that holds it. (A secretary's may be a mere office: "Deputy Assistant
    // Secretary for Grants".)
    let ministerial = lex.role(&title) == Some("minister");
    if !fixed
        && (complement.split(' ').count() > 1 || lex_org_like(lex, &complement) || ministerial)
    {
        orgs.push(Cow::Owned(complement));
    }
    orgs.extend(named.orgs);
    let mut roles = head.map_or_else(
        || {
            parts
                .iter()
                .filter_map(|p| match p {
                    Part::Role(r) => Some(*r),
                    _ => None,
                })
                .collect()
        },
        |h| h.roles,
    );
    roles.extend(named.roles.iter().copied());
    let skip = usize::from(toks[first].determiner);
    Some(Mention {
        surface: join_surface(toks, first, named.toks.end),
        roles,
        orgs,
        descriptor: Some(join_surface(toks, first + skip, name_start)),
        toks: first..named.toks.end,
        start: toks[first].start,
        end: named.end,
        kind: named.kind,
    })
}

/// Where the person's name starts in a title's complement run (from `start` to `end`), if the
/// run holds one: at an initial ("Election Day Operations G. Michael Brown"), after the last
/// organisation word ("Republican National Committee Ronna McDaniel"), or, in a run of plain
/// capitalized words after the last joiner, the last two ("Interior John Berry").
fn name_in_title_run(toks: &[Tok<'_>], start: usize, end: usize) -> Option<usize> {
    const MIN_NAME_WORDS: usize = 2;
    let segment_start = (start..end)
        .rev()
        .find(|&k| toks[k].function)
        .map_or(start, |k| k + 1);
    let is_name_word = |t: &Tok<'_>| t.name && !t.function && t.role.is_none();
    let name_from = |k: usize| {
        (k > segment_start.max(start)
            && end - k >= MIN_NAME_WORDS
            && toks[k..end].iter().all(|t| is_name_word(t) && !t.org_word))
        .then_some(k)
    };
    let initial = (segment_start + 1..end)
        .find(|&k| names::is_initial(toks[k].word) && !names::is_initial(toks[k - 1].word));
    if let Some(k) = initial.and_then(name_from) {
        return Some(k);
    }
    let last_org_word = (segment_start..end).rev().find(|&k| toks[k].org_word);
    match last_org_word {
        Some(k) => name_from(k + 1),
        None if end - segment_start > MIN_NAME_WORDS => name_from(end - MIN_NAME_WORDS),
        None => None,
    }
}

/// Where a person's name starts in a run of name words that opens with an organisation's name
/// ending in an organisation word ("Republican National Committee Ronna McDaniel" → 3); 0 when
/// the run is one name.
pub(crate) fn person_after_org(lex: &Lexicon, words: &[&str]) -> usize {
    person_after_org_with(lex, words, |k| lex.is_org_word(words[k]))
}

/// [`person_after_org`] told by `is_org(k)` whether word `k` is an organisation word (as
/// `lex.is_org_word(words[k])` says), for a caller whose tokens know it already.
fn person_after_org_with(lex: &Lexicon, words: &[&str], is_org: impl Fn(usize) -> bool) -> usize {
    const MIN_PERSON_WORDS: usize = 2;
    let Some(last_org) = (0..words.len()).rposition(&is_org) else {
        return 0;
    };
    let rest = &words[last_org + 1..];
    let person_like = rest.len() >= MIN_PERSON_WORDS
        && rest.iter().enumerate().all(|(k, w)| {
            !lex.is_function_word(w)
                && lex.role(w).is_none()
                && !is_org(last_org + 1 + k)
                && !names::is_acronym(w)
        });
    if person_like && last_org > 0 {
        last_org + 1
    } else {
        0
    }
}

/// "one of the maintainers", "One of Instagram’s cofounders", "one of its users": one person
/// of a group, with the group's organisation.
// Tried in turn at every word that may open a mention ([`mention_forward`]), which most
// turn away at their first test: inlined, so that no call is made for it.
#[inline(always)]
fn one_of<'a>(lex: &Lexicon, toks: &[Tok<'a>], i: usize) -> Option<Mention<'a>> {
    let first = toks.get(i)?;
    if !first.is("one") || first.punct.is_some() || !toks.get(i + 1)?.is("of") {
        return None;
    }
    // "one of the people said": people are persons, though "people" is no role noun.
    let people = || {
        let at = i + 2 + usize::from(toks.get(i + 2).is_some_and(|t| t.is("the")));
        let t = toks.get(at).filter(|t| t.is("people") && !t.barrier)?;
        Some(Mention {
            kind: MentionKind::Role {
                noun: lex.role("person")?,
                qualifier: None,
                adjective: None,
                plural: true,
                definite: true,
            },
            surface: join_surface(toks, i + 2, at + 1),
            roles: Roles::one(lex.role("person")?),
            orgs: Vec::new(),
            descriptor: None,
            toks: i + 2..at + 1,
            start: toks[i + 2].start,
            end: t.end,
        })
    };
    let group = mention_forward(lex, toks, i + 2)
        .filter(|m| matches!(m.kind, MentionKind::Role { .. }))
        .or_else(people)?;
    let (noun, qualifier, adjective, plural) = match group.kind {
        MentionKind::Role {
            noun,
            qualifier,
            adjective,
            plural,
            ..
        } => (noun, qualifier, adjective, plural),
        _ => return None,
    };
    if !plural {
        return None;
    }
    Some(Mention {
        kind: MentionKind::Role {
            noun,
            qualifier,
            adjective,
            plural: false,
            definite: false,
        },
        surface: join_surface(toks, i, group.toks.end),
        roles: group.roles,
        orgs: group.orgs,
        descriptor: None,
        toks: i..group.toks.end,
        start: first.start,
        end: group.end,
    })
}

/// "a member of the Giuliani legal team", "A senior advisor for the Pennsylvania GOP": the
/// organisation after a member role joins the mention.
fn add_linked_org<'a>(lex: &Lexicon, toks: &[Tok<'a>], mention: &mut Mention<'a>) {
    let last_role = mention.roles.last().copied();
    let ends_with_role = matches!(mention.kind, MentionKind::Role { .. });
    let end = mention.toks.end;
    if toks.get(end - 1).is_some_and(|t| t.punct.is_some()) {
        return;
    }
    // "an engineering supervisor (ES) employed by KRI": past the role's acronym.
    let acronym = toks.get(end).is_some_and(|t| {
        t.paren_open && t.paren_close && t.punct.is_none() && names::is_acronym(t.bare())
    });
    let end = end + usize::from(acronym);
    // "an engineering supervisor employed by KRI", "a driver working for Fenmarch Trains": a
    // participle that names the employer stands for the link, after any role.
    let employer_link = toks.get(end).zip(toks.get(end + 1)).is_some_and(|(t, n)| {
        t.punct.is_none()
            && !n.barrier
            && ((t.on(WordList::EmployedParticiples) && n.is("by"))
                || (t.is("working") && (n.is("for") || n.is("at"))))
    });
    let Some(role) =
        last_role.filter(|r| ends_with_role && (employer_link || lex.is_member_role(r)))
    else {
        return;
    };
    let _ = role;
    let end = end + usize::from(employer_link);
    let Some(link) = toks.get(end).filter(|t| {
        !t.barrier && lexicon::ROLE_LINKS.contains(&t.word) && t.word != "in" && t.word != "from"
            || employer_link
    }) else {
        return;
    };
    let _ = link;
    // "the head of health and safety at Dunmore Castings": past the role's own complement, the
    // organisation after "at" or "for".
    const MAX_COMPLEMENT: usize = 6;
    let further = || {
        (end + 1..toks.len().min(end + 1 + MAX_COMPLEMENT))
            .take_while(|&k| {
                !toks[k].barrier && toks[k - 1].punct.is_none() && toks[k].verb.is_none()
            })
            .filter(|&k| toks[k].is("at") || toks[k].is("for"))
            .find_map(|k| {
                org_run(lex, toks, k + 1)
                    .filter(|run| lex_org_like(lex, &run.name) || run.described)
            })
    };
    // "the chairperson of a PEC": one of the bodies of that name.
    let indefinite = toks
        .get(end + 1)
        .is_some_and(|t| (t.is("a") || t.is("an")) && t.punct.is_none());
    let after_link = end + 1 + usize::from(indefinite);
    if let Some(run) = org_run(lex, toks, after_link).or_else(further) {
        mention.orgs.push(Cow::Owned(run.name));
        mention.surface = join_surface(toks, mention.toks.start, run.end);
        mention.toks.end = run.end;
        mention.end = toks[run.end - 1].end;
    } else if let Some((body, body_end)) = body_by_kind_at(toks, end + 1) {
        // "a spokesman for the company": the company named before.
        mention.orgs.push(Cow::Borrowed(body));
        mention.surface = join_surface(toks, mention.toks.start, body_end);
        mention.toks.end = body_end;
        mention.end = toks[body_end - 1].end;
    }
}

/// "A sales representative who still works for the company", "an engineer who joined
/// Corrigan Grid in 2019": the organisation a relative clause right after a role (at token
/// `after`) says the person works for, leads or joined.
fn relative_membership(lex: &Lexicon, toks: &[Tok<'_>], after: usize) -> Option<String> {
    if !toks.get(after).is_some_and(|t| t.is("who")) || toks[after - 1].punct.is_some() {
        return None;
    }
    let mut k = after + 1;
    while toks
        .get(k)
        .is_some_and(|t| !t.barrier && t.punct.is_none() && t.on(WordList::SubjectVerbFillers))
    {
        k += 1;
    }
    let verb = toks.get(k)?;
    if !verb.on(WordList::MembershipVerbs) || verb.punct.is_some() {
        return None;
    }
    let mut j = k + 1;
    if toks.get(j).is_some_and(|t| t.is("with")) {
        return None;
    }
    // "who worked as a research coordinator at Ambery Chest Hospital": past the post held.
    const MAX_POST_WORDS: usize = 4;
    if toks.get(j).is_some_and(|t| t.is("as") && t.punct.is_none())
        && let Some(at) = (j + 1..j + 2 + MAX_POST_WORDS)
            .find(|&n| toks.get(n).is_some_and(|t| t.is("at") || t.is("for")))
        && toks[j + 1..at]
            .iter()
            .all(|t| !t.barrier && t.punct.is_none() && t.verb.is_none())
        && toks[j + 1..at].iter().any(|t| t.role.is_some())
    {
        j = at;
    }
    if toks.get(j).is_some_and(|t| t.is("at") || t.is("for")) {
        j += 1;
    }
    let j = past_body_of(toks, j);
    if let Some(run) = org_run(lex, toks, j).filter(|r| r.described || lex_org_like(lex, &r.name)) {
        return Some(run.name);
    }
    body_by_kind_at(toks, j).map(|(body, _)| body.to_owned())
}

/// "who chairs the board of the Riverside Trust": past a body of an organisation named by its
/// kind and "of", where the organisation's name starts (else `j`).
pub(crate) fn past_body_of(toks: &[Tok<'_>], j: usize) -> usize {
    let body_of = toks
        .get(j)
        .is_some_and(|t| t.is("the") && t.punct.is_none())
        && toks.get(j + 1).is_some_and(|t| {
            !t.barrier
                && t.punct.is_none()
                && t.word.starts_with(char::is_lowercase)
                && lexicon::org_anaphor_noun(t.word).is_some()
        })
        && toks
            .get(j + 2)
            .is_some_and(|t| t.is("of") && t.punct.is_none());
    if body_of { j + 3 } else { j }
}

/// ", appointed on the proposal of the MFQ,", ", nominated by the ruling party,": the body that
/// put a role holder forward (`after` is the token after the role's phrase, a comma).
fn nominated_by(lex: &Lexicon, toks: &[Tok<'_>], after: usize) -> Option<String> {
    if toks.get(after.checked_sub(1)?)?.punct != Some(',') {
        return None;
    }
    let participle = toks.get(after)?;
    if !lexicon::is_one_of(participle.word, lexicon::NOMINATION_PARTICIPLES) {
        return None;
    }
    let mut k = after + 1;
    if toks.get(k).is_some_and(|t| t.is("by")) {
        k += 1;
    } else if toks.get(k).is_some_and(|t| t.is("on") || t.is("at"))
        && toks.get(k + 1).is_some_and(|t| t.is("the"))
        && toks
            .get(k + 2)
            .is_some_and(|t| lexicon::is_one_of(t.word, lexicon::NOMINATION_NOUNS))
        && toks.get(k + 3).is_some_and(|t| t.is("of"))
    {
        k += 4;
    } else {
        return None;
    }
    org_run(lex, toks, k)
        .filter(|r| lex_org_like(lex, &r.name) || names::is_acronym(&r.name))
        .map(|r| r.name)
        .or_else(|| body_by_kind_at(toks, k).map(|(body, _)| body.to_owned()))
}

/// "A nurse at Dorrin District Hospital": the organisation a role holder works at, named after
/// "at" (token `after`); a pupil at a school is served by it, not its voice.
fn works_at(lex: &Lexicon, toks: &[Tok<'_>], role: &str, after: usize) -> Option<String> {
    // "a senior official in the Ministry of Interior": an employee "in" a body too; "a rebel
    // commander from Jaish al-Islam": a member "from" one.
    let employee_in =
        lexicon::EMPLOYEE_ROLES.contains(&role) && toks.get(after).is_some_and(|t| t.is("in"));
    let member_from = lex.is_member_role(role) && toks.get(after).is_some_and(|t| t.is("from"));
    if lexicon::CLIENT_ROLES.contains(&role)
        || !toks
            .get(after)
            .is_some_and(|t| (t.is("at") || employee_in || member_from) && t.punct.is_none())
        || toks[after - 1].punct.is_some()
    {
        return None;
    }
    org_run(lex, toks, after + 1)
        .filter(|r| lex_org_like(lex, &r.name))
        // "an official in the Northern Regional Office": an office is a unit of a larger body,
        // which speaks for it.
        .filter(|r| {
            !(employee_in
                && r.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("office")))
        })
        .map(|r| r.name)
}

/// "the company", "the ministry" at token `i`: an organisation named by its kind, with the
/// token index after it.
pub(crate) fn body_by_kind_at(toks: &[Tok<'_>], i: usize) -> Option<(&'static str, usize)> {
    let article = toks.get(i).filter(|t| t.is("the") && t.punct.is_none())?;
    let _ = article;
    let noun = toks
        .get(i + 1)
        .filter(|t| !t.barrier && !t.capitalized() && !t.possessive())?;
    let body = lexicon::org_anaphor_noun(noun.bare())?;
    // "the company’s", "the company of": the owner of something else, or a longer name.
    let next_joins = toks
        .get(i + 2)
        .is_some_and(|t| t.is("of") && noun.punct.is_none());
    (!next_joins).then_some((body, i + 2))
}

/// An organisation's name read from the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OrgRun {
    /// The name ("Silk Road Group", "Giuliani legal team").
    pub name: String,
    /// The token index after it.
    pub end: usize,
    /// Whether a word such as "company" or "firm" calls it an organisation ("the company MHJ").
    pub described: bool,
}

/// The organisation name starting at token `i` (after "the" and lower-case descriptors such
/// as "the company", "developer analyst firm"): capitalized words, with joiners ("of the") inside
/// and a lower-case organisation word after ("the Giuliani legal team"); a descriptor that
/// follows capitalized words ("the Georgian company Silk Road Group") gives way to the name
/// after it.
pub(crate) fn org_run(lex: &Lexicon, toks: &[Tok<'_>], i: usize) -> Option<OrgRun> {
    const MAX_DESCRIPTORS: usize = 4;
    let mut j = i;
    if toks.get(j).is_some_and(|t| t.is("the")) {
        j += 1;
    }
    // Lower-case descriptors ("the company MHJ", "developer analyst firm Red Monk").
    let mut skipped = 0;
    let mut described = false;
    // "Physicians for Human Rights": people in the plural may head the name.
    let plural_head = |j: usize| {
        toks[j].plural_role && toks[j].capitalized() && org_joiner(lex, toks, j + 1).is_some()
    };
    while let Some(t) = toks.get(j) {
        if t.barrier || t.name || t.punct.is_some() || skipped >= MAX_DESCRIPTORS || plural_head(j)
        {
            break;
        }
        // "opposition faction and Islamist movement Ahrar al-Sham": descriptors joined by "and".
        let joined = t.is("and") && described;
        if (t.function && !joined) || t.verb.is_some() {
            return None;
        }
        described |= t.org_word;
        j += 1;
        skipped += 1;
    }
    let mut words: Vec<&str> = Vec::new();
    let opens_with_role = toks.get(j).is_some_and(|t| t.role.is_some());
    let mut before_role = false;
    while let Some(t) = toks.get(j) {
        if t.barrier || !(t.name || t.is("&") || (words.is_empty() && plural_head(j))) {
            break;
        }
        if t.role.is_some() && !words.is_empty() {
            // "the Office of White House Counsel": after an organisation word and "of", a
            // capitalized role that no name follows closes the organisation's name.
            let office = words
                .iter()
                .position(|w| lex.is_org_word(w))
                .is_some_and(|o| words[o + 1..].iter().any(|w| w.eq_ignore_ascii_case("of")));
            let name_follows = toks
                .get(j + 1)
                .is_some_and(|n| n.name && !n.barrier && t.punct.is_none());
            if office && t.capitalized() && !name_follows {
                words.push(t.bare());
                j += 1;
                break;
            }
            before_role = true;
            break;
        }
        // "on the committee (Interview R21)": a parenthesis after a descriptor cites; it names
        // no organisation.
        if t.paren_open && (!words.is_empty() || skipped > 0) {
            break;
        }
        // "St Mary’s Hospital", "King’s College London": a possessive inside a name goes on
        // to the organisation word it names.
        // "the Ministry’s Department of Crop Development" is a body's unit, not one name.
        // "the Caldran Women’s Mediation Network": a plural's possessive, further from it.
        let inner_possessive = t.possessive()
            && t.punct.is_none()
            && !t.org_word
            && (toks
                .get(j + 1)
                .is_some_and(|n| n.org_word && n.capitalized() && !n.barrier && n.role.is_none())
                || possessive_inside_org_name(toks, j));
        words.push(if inner_possessive { t.word } else { t.bare() });
        j += 1;
        if t.punct.is_some() || (t.possessive() && !inner_possessive) || t.paren_close {
            break;
        }
        // Joiners inside a name: "Department of the Interior", "Code for America".
        // "Read the Docs": "the" between two capitalized words joins them too.
        // "on" only after a body that deliberates or a law ("the Committee on Housing", "the
        // Law on Public Assemblies"), not a place ("the Company on the Tamsel River").
        let on_allowed = j > 0 && lexicon::is_one_of(toks[j - 1].bare(), lexicon::ON_HEADS);
        // "special envoy of Sardovia for Tavorn": after "of", a name with no organisation
        // word is a place, and "for" gives the envoy's brief, not more of a name.
        // ("Lucy Otieno of Physicians for Human Rights": people in the plural head a name.)
        let brief_after_place = i > 0
            && toks[i - 1].is("of")
            && !words.iter().any(|w| lex.is_org_word(w))
            && !plural_head(i);
        // "the Civic Renewal Party and Mira Santell": after the organisation's own word, "and"
        // joins another name, not more of this one ("the Department of Roads and Bridges").
        let and_allowed = j > 0 && !toks[j - 1].org_word;
        let joiner = lexicon::ORG_NAME_JOINERS
            .iter()
            .filter(|w| **w != "on" || on_allowed)
            .filter(|w| **w != "and" || and_allowed)
            .filter(|w| **w != "for" || !brief_after_place)
            .find(|w| toks.get(j).is_some_and(|n| n.is(w) && n.punct.is_none()));
        if let Some(joiner) = joiner {
            let mut k = j + 1;
            // "the Movement for a Fair Quenby": "for" may take "a" too.
            let article = toks
                .get(k)
                .filter(|n| n.is("the") || (*joiner == "for" && (n.is("a") || n.is("an"))));
            if article.is_some() {
                k += 1;
            }
            if toks
                .get(k)
                .is_some_and(|n| n.name && !n.barrier && n.role.is_none())
            {
                words.push(joiner);
                if let Some(article) = article {
                    words.push(article.word);
                }
                j = k;
            }
        }
    }
    // "External Communications for PJSC Federal Grid Company": a unit with no organisation
    // word, then the organisation it belongs to, which is the organisation named.
    if let Some(k) = words.iter().position(|w| *w == "for" || *w == "of")
        && !words[..k].iter().any(|w| lex.is_org_word(w))
        && words[k + 1..].iter().any(|w| lex.is_org_word(w))
    {
        let mut rest = k + 1;
        if words.get(rest) == Some(&"the") {
            rest += 1;
        }
        words.drain(..rest);
    }
    // "the Republican National Committee Ronna McDaniel": the organisation ends before the
    // person.
    let person_at = person_after_org(lex, &words);
    if person_at > 0 {
        j -= words.len() - person_at;
        words.truncate(person_at);
    }
    // "an assistant to Chief of Staff Mark Meadows": a title opens no organisation's name, and
    // "an aide to the Vice President" holds none.
    // "Physicians for Human Rights": people in the plural heading a name with a joiner.
    let led_by_people = toks[i..]
        .iter()
        .find(|t| !t.is("the"))
        .is_some_and(|t| t.plural_role && t.capitalized())
        && words.len() > 2
        && words[1..]
            .iter()
            .any(|w| matches!(*w, "for" | "of" | "against"));
    if words.is_empty()
        || (((opens_with_role && !led_by_people) || before_role)
            && !words.iter().any(|w| lex.is_org_word(w)))
    {
        return None;
    }
    // A lower-case organisation word right after ("the Giuliani legal team").
    let last = j.checked_sub(1).and_then(|k| toks.get(k));
    if last.is_some_and(|t| t.punct.is_none() && !t.possessive()) {
        for extra in 1..=2 {
            let tail = &toks.get(j..j + extra).unwrap_or(&[]);
            if tail.len() == extra
                && tail
                    .iter()
                    .all(|t| !t.barrier && !t.capitalized() && !t.function && t.verb.is_none())
                && tail.last().is_some_and(|t| t.org_word)
                && tail[..extra - 1].iter().all(|t| t.punct.is_none())
            {
                // "the Georgian company Silk Road Group": the name comes after the descriptor.
                if toks.get(j + extra).is_some_and(|n| n.name && !n.barrier)
                    && tail.last().is_some_and(|t| t.punct.is_none())
                    && let Some(mut named) = org_run(lex, toks, j + extra)
                {
                    named.described = true;
                    return Some(named);
                }
                for t in tail.iter() {
                    words.push(t.word);
                }
                j += extra;
                described = true;
                break;
            }
        }
    }
    Some(OrgRun {
        name: words.join(" "),
        end: j,
        described,
    })
}

/// Whether the name words from `k` are one word and an organisation word ("Flood Agency"),
/// or a word, a plural's possessive and one ("Allied Workers’ Union"); a longer name
/// ("Ironfield Technical College") is another organisation in a list.
fn ends_in_org_word(toks: &[Tok<'_>], k: usize) -> bool {
    const MAX_WORDS: usize = 3;
    for (n, t) in toks.iter().skip(k).take(MAX_WORDS).enumerate() {
        if !t.name || t.barrier || t.role.is_some() || (n > 0 && t.paren_open) {
            return false;
        }
        if t.org_word && !t.possessive() {
            let plural_possessive = |t: &Tok<'_>| t.word.ends_with("s’") || t.word.ends_with("s'");
            return n == 1 || (n == 2 && plural_possessive(&toks[k + 1]));
        }
        if t.punct.is_some() || (t.possessive() && n != 1) {
            return false;
        }
    }
    false
}

/// Whether the capitalized words from `k` are a law's name's last ones ("Recovery Act").
fn ends_in_law_word(toks: &[Tok<'_>], k: usize) -> bool {
    const MAX_WORDS: usize = 2;
    toks.iter()
        .skip(k)
        .take(MAX_WORDS)
        .take_while(|t| t.name && !t.barrier && t.punct.is_none() && !t.possessive())
        .enumerate()
        .any(|(n, t)| n > 0 && t.capitalized() && lexicon::is_one_of(t.bare(), lexicon::LAW_WORDS))
}

/// After an organisation word ("Ministry", "Department"), the joiner "of" (and "the") that
/// carries its name on to a further name word: the index of that word.
/// "Supplier Code of Conduct", "Memorandum of Understanding": after a capitalized document
/// noun ending at `j`, a title goes on past "of" over capitalized words; the index after them.
// Asked after every name word of a phrase read forward, most of which are no document noun.
#[inline(always)]
fn document_title_joiner(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    const MAX_AFTER: usize = 3;
    let noun = toks.get(j.checked_sub(1)?)?;
    if noun.document.is_none() || !noun.capitalized() || noun.punct.is_some() || noun.possessive() {
        return None;
    }
    if !toks.get(j).is_some_and(|t| t.is("of") && t.punct.is_none()) {
        return None;
    }
    let mut k = j + 1;
    let mut words = 0;
    while let Some(t) = toks
        .get(k)
        .filter(|t| t.name && !t.barrier && t.role.is_none() && !t.paren_open && t.capitalized())
    {
        k += 1;
        words += 1;
        if t.punct.is_some() || t.possessive() || words == MAX_AFTER {
            break;
        }
    }
    (words > 0 && words <= MAX_AFTER).then_some(k)
}

/// "Safe Systems of Work Policy": from "of" at `j`, capitalized words that end on a document
/// noun; the index after that noun.
fn owned_title_past_of(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    const MAX_AFTER: usize = 3;
    if !toks.get(j).is_some_and(|t| t.is("of") && t.punct.is_none()) {
        return None;
    }
    let mut k = j + 1;
    while let Some(t) = toks
        .get(k)
        .filter(|t| t.name && !t.barrier && t.role.is_none() && t.capitalized())
    {
        k += 1;
        if t.document.is_some() && !t.possessive() {
            return Some(k);
        }
        if t.punct.is_some() || k > j + MAX_AFTER {
            return None;
        }
    }
    None
}

/// The document noun of a capitalized title that goes on past "of" ("Code" in "Supplier Code
/// of Conduct"), for the title that ends at `last`.
fn document_before_of<'t>(toks: &[Tok<'t>], first: usize, last: usize) -> Option<&'static str> {
    (first..last).rev().find_map(|k| {
        let next = document_title_joiner(toks, k + 1)?;
        (next == last + 1).then_some(toks[k].document).flatten()
    })
}

/// Whether the role noun at `at`, after an organisation word's joiner, is a word of the name:
/// in capitals, with a name word after it ("Detainee" in "the Committee for Detainee Rights").
fn role_inside_name(toks: &[Tok<'_>], at: usize) -> bool {
    toks[at].role.is_some()
        && toks[at].capitalized()
        && toks[at].punct.is_none()
        && toks.get(at + 1).is_some_and(|next| {
            next.name
                && next.role.is_none()
                && !next.barrier
                && !next.paren_open
                && next.capitalized()
        })
}

/// Whether a word is one capital letter, with or without its period ("D.", "K").
fn is_single_initial(word: &str) -> bool {
    let mut letters = word.trim_end_matches('.').chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
}

/// Whether the role noun at `at` is the post an office is of, which ends its name: in
/// capitals, after an organisation word's "of the" and at most one more capitalized word, with
/// no name after it ("the Office of the Mayor", "the Office of the High Commissioner").
fn post_of_office(toks: &[Tok<'_>], at: usize) -> bool {
    office_of_post(toks, at).is_some()
}

/// The organisation word of the office whose post ends at `at` ([`post_of_office`]).
fn office_of_post(toks: &[Tok<'_>], at: usize) -> Option<usize> {
    /// Capitalized words of the post before its role noun ("High").
    const MAX_POST_WORDS: usize = 1;
    let t = &toks[at];
    if t.role.is_none() || !t.capitalized() {
        return None;
    }
    if t.punct.is_none()
        && toks
            .get(at + 1)
            .is_some_and(|n| n.name && n.capitalized() && !n.barrier)
    {
        return None;
    }
    let mut k = at;
    while k > 0 && at - k < MAX_POST_WORDS && toks[k - 1].name && toks[k - 1].capitalized() {
        k -= 1;
    }
    (k >= 3
        && toks[k - 1].is("the")
        && toks[k - 2].is("of")
        && toks[k - 3].org_word
        && toks[k - 3].capitalized()
        && toks[k - 3..at]
            .iter()
            .all(|w| w.punct.is_none() && !w.barrier))
    .then(|| k - 3)
}

/// "of Kalveria" at token `j`, after the words of an organisation's name past its joiner: the
/// token after a place of one or two capitalized words, where the name ends.
fn second_of_place(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    /// The most words of the place.
    const MAX_PLACE: usize = 2;
    toks.get(j).filter(|t| t.is("of") && t.punct.is_none())?;
    let mut k = j + 1;
    while k < toks.len() && k - (j + 1) < MAX_PLACE {
        let t = &toks[k];
        if !t.name || t.role.is_some() || t.barrier || t.org_word || t.possessive() {
            break;
        }
        k += 1;
        if t.punct.is_some() {
            break;
        }
    }
    let run = k - (j + 1);
    // The place ends the name: no name word goes on after it.
    let ends = toks[k - 1].punct.is_some()
        || toks
            .get(k)
            .is_none_or(|t| !t.name || t.barrier || t.paren_open);
    (run > 0 && ends).then_some(k)
}

// Asked after every name word of a phrase read forward.
#[inline(always)]
fn org_joiner(lex: &Lexicon, toks: &[Tok<'_>], j: usize) -> Option<usize> {
    let previous = toks.get(j.checked_sub(1)?)?;
    // "Physicians for Human Rights", "Doctors of the World", "Friends of the Earth": people in
    // the plural, in capitals, may head an organisation's name too.
    let plural_head = !previous.org_word
        && previous.capitalized()
        && !previous.function
        && (previous.plural_role || lexicon::is_one_of(previous.word, lexicon::PLURAL_NAME_HEADS));
    if !(previous.org_word || plural_head) || previous.punct.is_some() || previous.possessive() {
        return None;
    }
    let mut k = j;
    // "the Ministry of Defence", "the Committee on Housing and Tenure", "the Movement for a
    // Fair Quenby".
    let on_allowed = lexicon::is_one_of(previous.bare(), lexicon::ON_HEADS);
    // "the Committee against Torture", "the Committee to Protect Journalists".
    let joiner = |t: &Tok<'_>| {
        t.is("of")
            || t.is("for")
            || t.is("against")
            || (t.is("on") && on_allowed)
            || (t.is("to") && previous.org_word)
    };
    if !toks.get(k).is_some_and(|t| joiner(t) && t.punct.is_none()) {
        return None;
    }
    let after_for = toks[k].is("for");
    let after_to = toks[k].is("to");
    let article = |t: &Tok<'_>| t.is("the") || (after_for && (t.is("a") || t.is("an")));
    k += 1;
    let with_article = toks.get(k).is_some_and(|t| article(t) && t.punct.is_none());
    if with_article {
        k += 1;
    }
    // "Lawyers for Kenneth Roth" are his lawyers: after people in the plural, only "the"
    // or a cause ("Physicians for Human Rights") makes a name.
    let cause_follows = toks[k..]
        .iter()
        .take_while(|t| t.capitalized() && !t.barrier)
        .any(|t| lexicon::is_one_of(t.bare(), lexicon::CAUSE_WORDS));
    if plural_head && !with_article && !cause_follows {
        return None;
    }
    // "Members of the Truth Commission", "Representatives of the Miners’ Union": people of a
    // body the name is of.
    if plural_head
        && toks[k..]
            .iter()
            .take_while(|t| t.capitalized() && !t.barrier)
            .any(|t| t.org_word)
    {
        return None;
    }
    // "to" a verb in capitals ("to Protect Journalists").
    if after_to && (with_article || !toks.get(k).is_some_and(Tok::capitalized)) {
        return None;
    }
    // A long run after the joiner may end in a person's name ("the Department of the Interior
    // John Berry"): the title patterns read those.
    const MAX_AFTER: usize = 2;
    let run = toks[k..]
        .iter()
        .enumerate()
        // "the Panel of Experts": the members a body is of are part of its name.
        .take_while(|(n, t)| {
            (t.name && t.role.is_none()
                || t.plural_role && t.capitalized()
                || t.role.is_some()
                    && (role_inside_name(toks, k + n) || post_of_office(toks, k + n)))
                && !t.barrier
                && !(*n > 0 && t.paren_open)
        })
        .count();
    let org_word_after = toks[k..k + run].iter().any(|t| t.org_word);
    // "hand deliver them to Congress for the Vice President": "for" a title names whom
    // something is for, not the rest of the organisation's name.
    let title_after_for =
        after_for && run > 0 && lex.role(&toks[k + run - 1].bare().to_lowercase()).is_some();
    if title_after_for {
        return None;
    }
    ((1..=MAX_AFTER).contains(&run) || (run > 0 && org_word_after)).then_some(k)
}

/// Reads a mention that ends at token `last` (inclusive), going left.
pub(crate) fn mention_backward<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    last: usize,
) -> Option<Mention<'a>> {
    let m = read_backward(lex, toks, last).map(without_locating_modifier)?;
    // "Save the Children said": the name read back to "the" goes on to the word before it.
    let start = m.toks.start;
    let joined = matches!(m.kind, MentionKind::Named(_))
        .then(|| {
            let the = if toks[start].word == "the" {
                start
            } else {
                start.checked_sub(1)?
            };
            name_joined_by_the(toks, the.checked_sub(1)?)
        })
        .flatten()
        .filter(|j| j.toks.end == m.toks.end);
    Some(joined.unwrap_or(m))
}

/// [`mention_backward`], before a locating modifier is taken off the name.
fn read_backward<'a>(lex: &Lexicon, toks: &[Tok<'a>], last: usize) -> Option<Mention<'a>> {
    if let Some(p) = pronoun(toks, last) {
        return Some(p);
    }
    // "Doctors Without Borders called": the whole name, read from its first word.
    if let Some(m) = name_with_capital_preposition_ending_at(toks, last) {
        return Some(m);
    }
    // "The Panel of Experts noted": an organisation's name that ends on the members it is of,
    // read from its article.
    const MAX_NAME_WORDS: usize = 6;
    // "The Committee to Protect Journalists said": any joiner of a name.
    if toks[last].plural_role
        && toks[last].capitalized()
        && last >= 2
        && (toks[last - 1].is("of")
            || (last.saturating_sub(4)..last)
                .any(|w| org_joiner(lex, toks, w + 1).is_some_and(|k| k <= last)))
        && let Some(named) = (last.saturating_sub(MAX_NAME_WORDS)..last - 1)
            .rev()
            .take_while(|&d| toks[d].punct.is_none() && !toks[d].barrier)
            .filter(|&d| toks[d].determiner)
            .find_map(|d| {
                mention_forward(lex, toks, d)
                    .filter(|n| n.toks.end == last + 1 && matches!(n.kind, MentionKind::Named(_)))
            })
    {
        return Some(named);
    }
    // "The Federation of Independent Trade Unions of Kalveria stated", "the Commission for
    // Human Rights of Kalveria": a name that goes on past a second "of", read forward from its
    // article.
    const MAX_NAME_TO_SECOND_OF: usize = 8;
    if toks[last].name
        && last >= 3
        && toks[last - 1].is("of")
        && toks[last - 1].punct.is_none()
        && toks[last - 2].capitalized()
        && toks[last - 2].punct.is_none()
        && let Some(named) = (last.saturating_sub(MAX_NAME_TO_SECOND_OF)..last - 2)
            .rev()
            .take_while(|&d| toks[d].punct.is_none() && !toks[d].barrier)
            .filter(|&d| toks[d].determiner)
            .find_map(|d| {
                mention_forward(lex, toks, d).filter(|n| {
                    n.toks.end == last + 1
                        && matches!(n.kind, MentionKind::Named(_))
                        && toks[n.toks.clone()].iter().any(|t| t.org_word)
                })
            })
    {
        return Some(named);
    }
    // "The Office of the Mayor said": the office's name, read forward from its article.
    if let Some(office) = office_of_post(toks, last)
        && let Some(named) = office
            .checked_sub(1)
            .filter(|&d| toks[d].determiner)
            .and_then(|d| mention_forward(lex, toks, d))
            .filter(|n| n.toks.end == last + 1 && matches!(n.kind, MentionKind::Named(_)))
    {
        return Some(named);
    }
    // "Her letter of resignation says": a document noun with what it is of in lower case.
    if last >= 2
        && toks[last].word.starts_with(char::is_lowercase)
        && !toks[last].function
        && !toks[last].barrier
        && toks[last - 1].is("of")
        && toks[last - 1].punct.is_none()
        && toks[last - 2].document.is_some()
        && toks[last - 2].punct.is_none()
        && !toks[last - 2].possessive()
        && let Some(mut document) = read_backward(lex, toks, last - 2)
            .filter(|d| matches!(d.kind, MentionKind::Document { .. }))
    {
        document.surface = join_surface(toks, document.toks.start, last + 1);
        document.toks.end = last + 1;
        document.end = toks[last].end;
        return Some(document);
    }
    if let Some(m) = anonymous_body_ending_at(toks, last) {
        return Some(m);
    }
    if let Some(m) = owned_unit_ending_at(lex, toks, last) {
        return Some(m);
    }
    if let Some(m) = ministry_in_lower_case(toks, last) {
        return Some(m);
    }
    // "The US embassy in Nairobi said": a name with its kind in lower case after it, read
    // forward from its first word.
    const MAX_NAME_WITH_KIND: usize = 4;
    if toks[last].word.starts_with(char::is_lowercase)
        && !toks[last].barrier
        && toks[last].on(WordList::OrgKindNouns)
        && last > 0
        && toks[last - 1].punct.is_none()
        && let Some(named) = (last.saturating_sub(MAX_NAME_WITH_KIND)..last)
            .filter(|&k| toks[k].name || toks[k].determiner)
            .filter(|&k| !toks[k..last].iter().any(|t| t.punct.is_some() || t.barrier))
            .find_map(|k| {
                mention_forward(lex, toks, k)
                    .filter(|n| n.toks.end == last + 1 && matches!(n.kind, MentionKind::Named(_)))
            })
    {
        return Some(named);
    }
    if let Some(m) = org_by_kind_ending_at(toks, last) {
        // "Kelvane district hospital": a name before the kind words is the organisation's.
        let mut start = m.toks.start;
        while start > 0
            && toks[start - 1].name
            && !toks[start - 1].barrier
            && toks[start - 1].punct.is_none()
        {
            start -= 1;
        }
        if start < m.toks.start
            && let Some(mut named) = mention_forward(lex, toks, start)
                .filter(|n| matches!(n.kind, MentionKind::Named(_)))
        {
            if named.toks.end == last + 1 {
                return Some(named);
            }
            // "the NHPM command says": a body's organ in lower case after its name speaks
            // for the body.
            if named.toks.end == m.toks.start && named.name().is_some_and(|n| lex_org_like(lex, n))
            {
                named.surface = join_surface(toks, named.toks.start, last + 1);
                named.toks.end = last + 1;
                named.end = toks[last].end;
                return Some(named);
            }
        }
        return Some(m);
    }
    let mut parts = Vec::new();
    let mut j = last as isize;
    while j >= 0 {
        let k = j as usize;
        if k != last && (toks[k].punct.is_some() || toks[k].paren_close) {
            break;
        }
        let Some(p) = part(toks, k) else { break };
        if matches!(p, Part::Document(_)) && k != last {
            break;
        }
        // "the Coast and Flood Agency said", "The Ministry of Energy and Mines’ strategy": back
        // over "and" to the determiner before the name.
        const MAX_NAME_BEFORE_AND: usize = 5;
        if p == Part::And
            && let Some(det) = (k.saturating_sub(MAX_NAME_BEFORE_AND + 1)..k.saturating_sub(1))
                .rev()
                .take_while(|&d| toks[d].punct.is_none() && !toks[d].barrier)
                .find(|&d| toks[d].determiner)
            && let Some(named) = mention_forward(lex, toks, det)
                .filter(|n| n.toks.end == last + 1 && matches!(n.kind, MentionKind::Named(_)))
        {
            return Some(named);
        }
        parts.push(p);
        // "Hessory’s Safe Systems of Work Policy provides": back over "of" inside a title that
        // ends on a document noun.
        if p == Part::Name
            && k >= 2
            && toks[last].document.is_some()
            && toks[last].capitalized()
            && toks[k - 1].is("of")
            && toks[k - 1].punct.is_none()
            && toks[k - 2].name
            && toks[k - 2].capitalized()
            && toks[k - 2].punct.is_none()
            && !toks[k - 2].possessive()
        {
            parts.push(Part::Name);
            j = k as isize - 2;
            continue;
        }
        // "the Supplier Code of Conduct states": back over "of" to the document noun.
        if p == Part::Name
            && let Some(noun_at) = (k.saturating_sub(4)..k.saturating_sub(1))
                .rev()
                .find(|&w| document_title_joiner(toks, w + 1) == Some(last + 1))
        {
            parts.extend(std::iter::repeat_n(Part::Name, k - noun_at - 1));
            j = noun_at as isize;
            continue;
        }
        // "the Ministry of Defence said", "the Republican Party of Pennsylvania’s general
        // counsel": back over the joiner to the organisation word.
        if matches!(p, Part::Name | Part::Possessive)
            && let Some(org_word) = (k.saturating_sub(3)..k.saturating_sub(1)).rev().find(|&w| {
                let after_joiner = org_joiner(lex, toks, w + 1);
                // "the Committee for Detainee Rights": past a role noun of the name.
                after_joiner == Some(k)
                    || (k > 0 && after_joiner == Some(k - 1) && role_inside_name(toks, k - 1))
            })
        {
            parts.extend(std::iter::repeat_n(Part::Name, k - org_word - 1));
            // "Physicians for Human Rights": people in the plural that head the name are
            // part of it.
            if !toks[org_word].org_word {
                parts.push(Part::Name);
                j = org_word as isize - 1;
                continue;
            }
            j = org_word as isize;
            continue;
        }
        if matches!(p, Part::Det | Part::PossessivePronoun(_) | Part::Generic) || toks[k].paren_open
        {
            break;
        }
        j -= 1;
    }
    parts.reverse();
    let first = last + 1 - parts.len();
    // "one of the maintainers": read forward from "one".
    if first >= 2 && toks[first - 1].is("of") && toks[first - 2].is("one") {
        return one_of(lex, toks, first - 2);
    }
    interpret(lex, toks, first, &parts)
}

/// The role phrase that ends in a possessive role noun at `last` ("the chief executive’s"
/// reply, "a minister’s" statement): the holder of the role, who owns what follows.
pub(crate) fn possessive_role_backward<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    last: usize,
) -> Option<Mention<'a>> {
    let t = toks.get(last)?;
    let role = t.role.filter(|_| t.possessive() && !t.plural_role)?;
    let mut parts = vec![Part::Role(role)];
    let mut k = last;
    while k > 0 {
        let before = &toks[k - 1];
        if before.punct.is_some() || before.paren_close {
            break;
        }
        match part(toks, k - 1) {
            Some(p @ (Part::Role(_) | Part::Adjective | Part::Name | Part::Honorific)) => {
                parts.push(p);
            }
            Some(Part::Det) => {
                parts.push(Part::Det);
                k -= 1;
                break;
            }
            _ => break,
        }
        k -= 1;
    }
    parts.reverse();
    interpret(lex, toks, k, &parts)
}

// Tried in turn at every word that may open a mention ([`mention_forward`]), which most
// turn away at their first test: inlined, so that no call is made for it.
#[inline(always)]
fn pronoun<'a>(toks: &[Tok<'a>], i: usize) -> Option<Mention<'a>> {
    let t = toks.get(i)?;
    if t.barrier {
        return None;
    }
    // "one of them told me": one of the people spoken of before.
    let one_of_them = t.is("one")
        && t.punct.is_none()
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is("of") && n.punct.is_none())
        && toks
            .get(i + 2)
            .is_some_and(|n| n.is("them") || n.is("those"));
    if one_of_them {
        return Some(Mention::pronoun_over(toks, i, i + 3, Pronoun::One));
    }
    // "The 34-year-old said", "the 57-year-old later told reporters": someone spoken of
    // before, by their age, as "he" or "she" would be.
    let by_age = t.is("the")
        && t.punct.is_none()
        && toks
            .get(i + 1)
            .is_some_and(|n| !n.barrier && is_age_word(n.word))
        && toks.get(i + 2).is_some_and(|n| {
            !n.barrier
                && (n.verb.is_some()
                    || (n.word.ends_with("ly") && n.role.is_none())
                    || n.is("later"))
        });
    if by_age {
        return Some(Mention::pronoun_over(toks, i, i + 2, Pronoun::Person));
    }
    let kind = match pronoun_of(t) {
        Some(p) => p,
        // "One commented": "One" alone as a subject, not "one of" or "one witness"; so is
        // "Another" ("Another said: …").
        None if (t.word == "One" || t.is("another"))
            && toks
                .get(i + 1)
                .is_some_and(|n| n.verb.is_some() && !n.barrier) =>
        {
            Pronoun::One
        }
        None => return None,
    };
    Some(Mention::pronoun_at(toks, i, kind))
}

/// The most words of a name [`interpret`] reads without allocating.
const MAX_NAME_WORDS_ON_STACK: usize = 12;

/// Turns the parts of a phrase into a mention.
fn interpret<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    first: usize,
    parts: &[Part],
) -> Option<Mention<'a>> {
    // Trim glue that cannot open or end a phrase.
    let mut parts = parts;
    let mut first = first;
    while matches!(parts.first(), Some(Part::And)) {
        parts = &parts[1..];
        first += 1;
    }
    while parts.last().is_some_and(Part::is_glue) {
        parts = &parts[..parts.len() - 1];
    }
    if parts.is_empty() {
        return None;
    }
    // "The Laboratory Director’s allegation": a capitalized title in the possessive is the
    // phrase's head, a role holder who owns what follows.
    let titled_owner: Vec<Part>;
    let last_tok = &toks[first + parts.len() - 1];
    if parts.last() == Some(&Part::Possessive)
        && let Some(role) = last_tok.role
        && last_tok.capitalized()
    {
        titled_owner = parts[..parts.len() - 1]
            .iter()
            .copied()
            .chain([Part::Role(role)])
            .collect();
        parts = &titled_owner;
    }
    let range = first..first + parts.len();
    let words: &[Tok<'_>] = &toks[range.clone()];
    let start = toks[first].start;
    let end = toks[first + parts.len() - 1].end;
    // In a run of role nouns the last is the head ("general counsel" is a counsel), unless
    // the pair is a role of its own ("attorney general").
    let mut roles = Roles::new();
    let mut previous_role: Option<&'static str> = None;
    for (p, word) in parts.iter().zip(words) {
        match p {
            Part::Role(r) => {
                if let Some(before) = previous_role {
                    roles.pop();
                    // Role nouns are written in lower case.
                    roles.push(lex.role_of_pair(before, r).unwrap_or(r));
                } else {
                    roles.push(r);
                }
                previous_role = Some(r);
            }
            // "Gov. Halvard Teske", "Sen. Ron Johnson": an abbreviated title is a role.
            Part::Honorific => {
                roles.extend(
                    lexicon::HONORIFIC_ROLES
                        .iter()
                        .find(|(title, _)| *title == word.word)
                        .map(|(_, role)| *role),
                );
                previous_role = None;
            }
            _ => previous_role = None,
        }
    }
    let orgs = orgs_in(lex, toks, first, parts);
    // Each way through hands the phrase's roles and organisations to the one mention it makes.
    let base = |kind: MentionKind<'a>, roles: Roles, orgs: Vec<Cow<'a, str>>| Mention {
        kind,
        surface: join_surface(toks, range.start, range.end),
        roles,
        orgs,
        descriptor: None,
        toks: range.clone(),
        start,
        end,
    };

    if parts.contains(&Part::Generic) {
        // "Observers from the OSCE noted": people of a role at an organisation are its staff,
        // although the role alone speaks for people in general ("Observers say").
        if let [Part::Generic] = parts
            && let Some(role) = lex.role(words[0].word)
            && let Some(org) = staff_at(lex, toks, range.end)
        {
            let kind = MentionKind::Role {
                noun: role,
                qualifier: None,
                adjective: None,
                plural: true,
                definite: false,
            };
            return Some(base(kind, Roles::one(role), vec![Cow::Owned(org)]));
        }
        // "Most members", "A few members thought": some of the members of a body the text
        // names, not people in general.
        if roles.iter().eq(["member"].iter()) && words.last().is_some_and(|w| w.plural_role) {
            let kind = MentionKind::Role {
                noun: "member",
                qualifier: None,
                adjective: None,
                plural: true,
                definite: false,
            };
            return Some(base(kind, roles, orgs));
        }
        return Some(base(MentionKind::Generic, roles, orgs));
    }
    // "The government’s 2022 White Paper promises": a document's capitalized title after an
    // owner in the possessive is the owner's document.
    // "The Department’s Grants Policy Manual provides": the owner inside the phrase.
    let last_tok = &toks[first + parts.len() - 1];
    let title_start = parts
        .iter()
        .rposition(|p| *p == Part::Possessive)
        .map_or(0, |k| k + 1);
    let owner_inside = title_start > 0
        && parts[..title_start]
            .iter()
            .all(|p| matches!(p, Part::Det | Part::Name | Part::Possessive));
    if title_start < parts.len()
        && parts[title_start..].iter().all(|p| *p == Part::Name)
        && let Some(noun) = last_tok
            .document
            .or_else(|| document_before_of(toks, first + title_start, first + parts.len() - 1))
        && !last_tok.possessive()
        && let Some(owner) = if owner_inside {
            document_owner(toks, first, &parts[..title_start])
        } else if title_start == 0 {
            possessive_before_modifiers(lex, toks, first)
        } else {
            None
        }
    {
        return Some(base(
            MentionKind::Document {
                noun,
                owner: Some(owner),
            },
            roles,
            orgs,
        ));
    }
    // "Its own Shoreline Risk Review finds": a capitalized title after a possessive pronoun is
    // the owner's document.
    if let Some(Part::PossessivePronoun(p)) = parts.first()
        && let Some(noun) = last_tok.document.filter(|_| last_tok.capitalized())
        && !last_tok.possessive()
    {
        let rest = &parts[1..];
        let modifiers = rest.iter().take_while(|p| **p == Part::Adjective).count();
        if modifiers < rest.len() && rest[modifiers..].iter().all(|p| *p == Part::Name) {
            return Some(base(
                MentionKind::Document {
                    noun,
                    owner: Some(Owner::Pronoun(*p)),
                },
                roles,
                orgs,
            ));
        }
    }
    if let Some(Part::Document(noun)) = parts.last() {
        let owner = document_owner(toks, first, &parts[..parts.len() - 1])
            .or_else(|| possessive_before_modifiers(lex, toks, first))
            .or_else(|| speakers_medium(toks, first))
            .or_else(|| signed_by(lex, toks, first + parts.len()))
            .or_else(|| authored_in_relative_clause(toks, first + parts.len()))
            .or_else(|| published_in(lex, toks, first + parts.len()))
            .or_else(|| of_body(lex, toks, first + parts.len()))
            .or_else(|| authored_by(lex, toks, first));
        return Some(base(MentionKind::Document { noun, owner }, roles, orgs));
    }
    // "Chesebro’s contemporaneous communications": the owner is named, for what follows.
    // "Judge Carter’s earlier determination": a title may stand before the owner's name.
    let lead = parts
        .iter()
        .take_while(|p| matches!(p, Part::Det | Part::Adjective))
        .count();
    let titles = lead
        + parts[lead..]
            .iter()
            .take_while(|p| matches!(p, Part::Role(_) | Part::Honorific))
            .count();
    if parts[titles..]
        .iter()
        .all(|p| matches!(p, Part::Name | Part::Possessive))
        && titles < parts.len()
        && parts.last() == Some(&Part::Possessive)
        // "the Ministry of Health’s": the joiners of an organisation's name.
        && words[lead..].iter().enumerate().all(|(k, w)| {
            w.capitalized()
                || (k > 0 && lexicon::is_one_of(w.word, lexicon::ORG_NAME_JOINERS))
        })
    {
        let name = join_bare(&words[titles..]);
        let mut mention = base(MentionKind::Named(name), roles, orgs);
        mention.orgs.clear();
        mention.toks.start = first + lead;
        mention.start = toks[first + lead].start;
        mention.surface = join_surface(toks, first + lead, range.end);
        return Some(mention);
    }
    let split = parts
        .iter()
        .rposition(|p| matches!(p, Part::Role(_) | Part::Possessive | Part::Honorific));
    let name_start = split.map_or_else(
        || {
            parts
                .iter()
                .position(|p| *p == Part::Name)
                .unwrap_or(parts.len())
        },
        |s| s + 1,
    );
    // "Mrs. D.": an initial alone is no name without its honorific.
    if let Some(s) = split
        && parts[s] == Part::Honorific
        && parts.len() == s + 2
        && parts[s + 1] == Part::Name
        && is_single_initial(words[s + 1].bare())
    {
        let name = format!("{} {}", words[s].word, words[s + 1].bare());
        return Some(base(MentionKind::Named(name.into()), roles, orgs));
    }
    let name_parts = &parts[name_start..];
    // "Obiri and Halvorsen (2021) argue": authors joined by "and" before the year they published
    // are one joint source. (Elsewhere names joined by "and" may be anyone's: "reporters
    // Howard Smith and Lucian Truscott".)
    let cited = toks
        .get(first + parts.len())
        .is_some_and(|t| t.paren_open && names::opens_with_year(t.word));
    let joint = cited
        && name_start == 0
        && name_parts.iter().filter(|p| **p == Part::And).count() == 1
        && name_parts.first() == Some(&Part::Name)
        && name_parts.last() == Some(&Part::Name)
        && name_parts
            .iter()
            .all(|p| matches!(p, Part::Name | Part::And));
    if joint {
        let names: Vec<&str> = words.iter().map(|w| w.bare()).collect();
        let person = |side: &[&str]| registry_free_personal(lex, side);
        let and = names.iter().position(|w| *w == "and").unwrap_or(0);
        if person(&names[..and]) && person(&names[and + 1..]) {
            return Some(base(
                MentionKind::Named(names.join(" ").into()),
                roles,
                orgs,
            ));
        }
    }
    if !name_parts.is_empty() && name_parts.iter().all(|p| *p == Part::Name) {
        // Particles cannot open or close a name on their own.
        let name_words = &words[name_start..];
        // A word the vocabulary lists as a particle, as written, is a particle token: only
        // those are looked up.
        let particle = |w: &Tok<'_>| w.particle && lex.is_particle(w.word);
        if name_words.first().is_some_and(particle) || name_words.last().is_some_and(particle) {
            return None;
        }
        // A lower-case word right before a name is no part of it ("the company MHJ" is read
        // by the organisation patterns); before a role it is ("team member Steve Marquess").
        let before_name = &parts[..name_start];
        if before_name.iter().any(|p| matches!(p, Part::Document(_)))
            || before_name.last() == Some(&Part::Adjective)
        {
            return None;
        }
        let descriptor = (name_start > 0).then(|| {
            let skip = usize::from(matches!(parts[0], Part::Det | Part::PossessivePronoun(_)));
            join_surface(toks, first + skip, first + name_start)
        });
        // "Republican National Committee Ronna McDaniel": an organisation's name, then a
        // person's.
        // Only the last word loses a possessive: "United Drivers’ Union" keeps its own.
        let bare_word = |k: usize, w: &Tok<'a>| -> &'a str {
            if k + 1 == name_words.len() {
                w.bare()
            } else {
                w.word
            }
        };
        // The words of most names fit on the stack; a longer run is collected.
        let mut on_stack = [""; MAX_NAME_WORDS_ON_STACK];
        let collected: Vec<&str>;
        let bare: &[&str] = if name_words.len() <= MAX_NAME_WORDS_ON_STACK {
            for (k, (slot, w)) in on_stack.iter_mut().zip(name_words).enumerate() {
                *slot = bare_word(k, w);
            }
            &on_stack[..name_words.len()]
        } else {
            collected = name_words
                .iter()
                .enumerate()
                .map(|(k, w)| bare_word(k, w))
                .collect();
            &collected
        };
        // A token knows whether its word is an organisation word, with or without its
        // possessive.
        let person_at = person_after_org_with(lex, bare, |k| {
            debug_assert_eq!(
                name_words[k].says_org_word(lex, bare[k]),
                lex.is_org_word(bare[k])
            );
            name_words[k].says_org_word(lex, bare[k])
        });
        // "Carys Penhale MP": post-nominal letters are no part of the name.
        let mut person_end = bare.len();
        while person_end > person_at + 1 && lexicon::POSTNOMINALS.contains(&bare[person_end - 1]) {
            person_end -= 1;
        }
        let mut mention = base(
            MentionKind::Named(join_words(
                &name_words[person_at..person_end],
                &bare[person_at..person_end],
            )),
            roles,
            orgs,
        );
        mention.descriptor = descriptor.filter(|d| !d.is_empty() && !mention.roles.is_empty());
        if person_at > 0 {
            mention
                .orgs
                .push(join_words(&name_words[..person_at], &bare[..person_at]));
        }
        return Some(mention);
    }
    if name_parts.is_empty()
        && let Some(Part::Role(_)) = parts.last()
        && let Some(noun) = roles.last()
    {
        let last = parts.len() - 1;
        let plural = toks[first + last].plural_role;
        let definite = matches!(parts[0], Part::PossessivePronoun(_) | Part::Possessive)
            || (parts[0] == Part::Det
                && lexicon::is_one_of(words[0].word, lexicon::DEFINITE_DETERMINERS));
        let mut noun = *noun;
        let mut adjective = None;
        let mut before_noun = last;
        // "UN High Commissioner": a capitalized word that makes a compound title with the
        // noun is part of the title, not a qualifier.
        if last > 0
            && parts[last - 1] == Part::Name
            && let Some(compound) = lex
                .role_of_pair(words[last - 1].word, noun)
                .filter(|r| r.contains(' '))
        {
            noun = compound;
            before_noun = last - 1;
        } else if last > 0 && parts[last - 1] == Part::Adjective {
            let adj = words[last - 1].word;
            match lex.role_of_pair(adj, noun) {
                Some(compound) => noun = compound,
                // An age tells people apart, not groups ("a 52-year-old farmer" is a farmer).
                None if adj.starts_with(|c: char| c.is_ascii_digit()) => {}
                None => adjective = Some(adj.to_owned()),
            }
            before_noun = last - 1;
        }
        // "The Special Rapporteur": a title's modifier in capitals qualifies no group.
        let qualifiers: Vec<&str> = (0..before_noun)
            .filter(|&k| parts[k] == Part::Name)
            .map(|k| words[k].word)
            .filter(|w| !lexicon::is_one_of(w, lexicon::ROLE_MODIFIERS))
            .collect();
        let has_det = matches!(
            parts[0],
            Part::Det | Part::PossessivePronoun(_) | Part::Possessive
        );
        // "Counsel for the claimants, Tom Hickman, submitted": a title that opens the sentence
        // and goes on with its complement needs no article.
        /// The most words of the title's complement ("for the claimants").
        const MAX_COMPLEMENT: usize = 6;
        let after_title = first + parts.len();
        let opening_title = first == 0
            && toks[after_title - 1].punct.is_none()
            && toks
                .get(after_title)
                .is_some_and(|t| lexicon::ROLE_LINKS.contains(&t.word))
            && (after_title..toks.len().min(after_title + MAX_COMPLEMENT))
                .take_while(|&k| !toks[k].barrier)
                .find(|&k| toks[k].punct.is_some())
                .is_some_and(|k| {
                    toks[k].punct == Some(',') && toks.get(k + 1).is_some_and(|n| n.name)
                });
        if !has_det
            && qualifiers.is_empty()
            && !plural
            && !opening_title
            && !lexicon::BARE_ROLE_NOUNS.contains(&noun)
        {
            return None;
        }
        // "members of the Trump Organization": an organisation follows the role.
        let org_follows = lex.is_member_role(noun)
            && toks
                .get(first + parts.len())
                .is_some_and(|t| t.is("of") || t.is("for") || t.is("at"))
            && toks[first + parts.len() - 1].punct.is_none();
        // "Doctors at Al-Shifa Hospital said": people at an organisation are its staff, not
        // people in general.
        let staff_of = plural
            .then(|| staff_at(lex, toks, first + parts.len()))
            .flatten();
        let mut orgs = orgs;
        orgs.extend(staff_of.map(Cow::Owned));
        let sector = (qualifiers.is_empty() && !definite && orgs.is_empty())
            .then(|| sector_after(toks, first + parts.len(), plural))
            .flatten();
        orgs.extend(
            sector
                .as_deref()
                .map(|s| Cow::Owned(super::factions::capitalize(s))),
        );
        // "Civic Platform lawmakers said": a name of two words or more before the role tells
        // the group apart (one capitalized word may open the sentence: "Free software
        // advocates").
        let named_group = qualifiers.len() >= 2;
        if plural && !definite && orgs.is_empty() && !org_follows && !named_group {
            // "Bystanders recalled", "Free software advocates emphasize": people in general.
            return Some(base(MentionKind::Generic, roles, orgs));
        }
        // "The Office of White House Counsel": an office named by its capitalized role.
        let office = !plural
            && toks[first + last].capitalized()
            && qualifiers.first().is_some_and(|w| lex.is_org_word(w))
            && qualifiers.iter().any(|w| w.eq_ignore_ascii_case("of"));
        // "Greyfell Coaches, which withdrew the route": a plural role in capitals after a name
        // ends a company's name; it names no people of the trade.
        let company = plural
            && toks[first + last].capitalized()
            && !qualifiers.is_empty()
            && (0..last).all(|k| matches!(parts[k], Part::Name | Part::Det));
        if office || company {
            let mut mention = base(
                MentionKind::Named(
                    format!("{} {}", qualifiers.join(" "), toks[first + last].bare()).into(),
                ),
                roles,
                orgs,
            );
            mention.orgs.clear();
            mention.roles.clear();
            return Some(mention);
        }
        let qualifier = (!qualifiers.is_empty())
            .then(|| qualifiers.join(" "))
            .or_else(|| sector.clone());
        let mut mention = base(
            MentionKind::Role {
                noun,
                qualifier,
                adjective,
                plural,
                definite,
            },
            roles,
            orgs,
        );
        // One person's employer; "the eight women who created the DOB" are not every woman
        // the text speaks of later.
        if !plural {
            mention.orgs.extend(
                relative_membership(lex, toks, first + parts.len())
                    .or_else(|| works_at(lex, toks, noun, first + parts.len()))
                    .map(Cow::Owned),
            );
        }
        return Some(mention);
    }
    None
}

/// "a participant from a national NGO": the kind of body, named by no name, that tells one
/// anonymous person from others of their role ("national NGO").
fn sector_after(toks: &[Tok<'_>], after: usize, plural: bool) -> Option<String> {
    const MAX_WORDS: usize = 3;
    if toks[after - 1].punct.is_some()
        || !toks
            .get(after)
            .is_some_and(|t| t.is("from") && t.punct.is_none())
    {
        return None;
    }
    // "a participant from a national NGO"; "participants from humanitarian organizations".
    let article = toks
        .get(after + 1)
        .is_some_and(|t| (t.is("a") || t.is("an")) && t.punct.is_none());
    if article == plural {
        return None;
    }
    let start = after + 1 + usize::from(article);
    let end = (start..toks.len().min(start + MAX_WORDS))
        .take_while(|&k| {
            !toks[k].barrier && !toks[k].possessive() && (k == start || toks[k - 1].punct.is_none())
        })
        .find(|&k| is_kind_of_body(toks[k].bare()))?;
    Some(
        toks[start..=end]
            .iter()
            .map(|t| t.bare())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A word that names a kind of body, not one body: "agency", "NGO" (not "Agency"), or kinds
/// of body ("agencies", "NGOs").
fn is_kind_of_body(word: &str) -> bool {
    let singular = word
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| word.strip_suffix('s').map(str::to_owned));
    is_one_kind_of_body(word) || singular.is_some_and(|w| is_one_kind_of_body(&w))
}

/// [`is_kind_of_body`] for a word in the singular.
fn is_one_kind_of_body(word: &str) -> bool {
    let lower = |w: &str| w.chars().all(char::is_lowercase);
    (lower(word)
        && (lexicon::org_anaphor_noun(word).is_some()
            || lexicon::is_one_of(word, lexicon::ANONYMOUS_BODY_NOUNS)))
        || lexicon::KIND_ACRONYMS.contains(&word)
}

/// Whether a group's qualifier is a kind of body ("national NGO", "UN agency"): the people
/// from one such body, not a name that tells groups apart for the rest of the text.
pub(crate) fn is_sector(qualifier: &str) -> bool {
    // The last word, after the last space found by its byte (as `rsplit(' ')` would find it,
    // without a searcher's setup for a qualifier's few bytes).
    let last = qualifier
        .bytes()
        .rposition(|b| b == b' ')
        .map_or(qualifier, |k| &qualifier[k + 1..]);
    is_kind_of_body(last)
}

/// The owner of a document phrase: a possessive name or pronoun, or a name before the noun.
fn document_owner<'a>(toks: &[Tok<'a>], first: usize, parts: &[Part]) -> Option<Owner<'a>> {
    if let Some(Part::PossessivePronoun(p)) = parts.first() {
        return Some(Owner::Pronoun(*p));
    }
    // "the agency’s Oskarra account": a name after the possessive names the document, not
    // its owner.
    let owner_end = parts
        .iter()
        .position(|p| *p == Part::Possessive)
        .map_or(parts.len(), |k| k + 1);
    let names: Vec<&str> = parts[..owner_end]
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p, Part::Name | Part::Possessive))
        .map(|(k, _)| toks[first + k].bare())
        .collect();
    if !names.is_empty() {
        return Some(Owner::Named(names.join(" ").into()));
    }
    // "A police statement", "a ministry statement": a body named by its kind right before the
    // noun issued it.
    // `parts` stops before the noun.
    let noun = first + parts.len();
    let kind = noun
        .checked_sub(1)
        .filter(|&k| k >= first)
        .map(|k| &toks[k])?;
    (kind.punct.is_none() && !kind.capitalized() && !kind.possessive())
        .then(|| lexicon::org_anaphor_noun(kind.word))
        .flatten()
        .map(|body| Owner::Named(Cow::Borrowed(body)))
}

/// "The council’s own 2019 strategy", "the provincial government’s planning document": an
/// owner in the possessive before words that qualify the document (`first` opens the
/// document's phrase as read).
fn possessive_before_modifiers<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    first: usize,
) -> Option<Owner<'a>> {
    /// Qualifying words between the owner and the document ("own 2019", "planning").
    const MAX_MODIFIERS: usize = 3;
    // "prepared for Trump's signature a letter": an article opens the document's own phrase.
    if toks.get(first)?.determiner {
        return None;
    }
    let mut k = first;
    for _ in 0..=MAX_MODIFIERS {
        let before = toks.get(k.checked_sub(1)?)?;
        if before.barrier || before.punct.is_some() || before.paren_close {
            return None;
        }
        if before.possessive() {
            if let Some(body) =
                lexicon::org_anaphor_noun(before.bare()).filter(|_| !before.capitalized())
            {
                // "the provincial government’s": the adjective tells which government.
                let adjective = k.checked_sub(2).map(|a| &toks[a]).filter(|a| {
                    a.punct.is_none()
                        && !a.barrier
                        && !a.function
                        && !a.determiner
                        && a.word.chars().all(char::is_lowercase)
                });
                return Some(Owner::Named(match adjective {
                    Some(a) => format!("{} {body}", a.word).into(),
                    None => Cow::Borrowed(body),
                }));
            }
            return match mention_backward(lex, toks, k - 1)?.kind {
                MentionKind::Named(name) if before.name => Some(Owner::Named(name)),
                _ => None,
            };
        }
        let modifier = before.is("own")
            || (!before.function
                && !before.determiner
                && before.verb.is_none()
                && before.role.is_none()
                && !before.capitalized());
        if !modifier {
            return None;
        }
        k -= 1;
    }
    None
}

/// "In a letter to Rights Watch, the ministry said", "Stellbrook said in an emailed statement":
/// a document after "in" that opens the sentence or follows a verb of saying is what the
/// sentence's speaker said it in (`first` opens the document's phrase).
fn speakers_medium<'a>(toks: &[Tok<'a>], first: usize) -> Option<Owner<'a>> {
    let indefinite = toks.get(first).is_some_and(|t| t.is("a") || t.is("an"));
    let at = first.checked_sub(1)?;
    let opens = at == 0 || toks[at - 1].verb.is_some_and(|v| !v.naming);
    (indefinite && toks[at].is("in") && opens).then_some(Owner::Speaker)
}

/// "Chesebro penned a second memo", "The Village Voice ran reports": the subject of an
/// authoring verb owns the document after it (`first` opens the document's phrase); not across
/// a preposition ("prepared for Trump's signature a letter" is no one's yet).
fn authored_by<'a>(lex: &Lexicon, toks: &[Tok<'a>], first: usize) -> Option<Owner<'a>> {
    /// Determiners and modifiers between the verb and the document ("penned a second memo").
    const MAX_BETWEEN: usize = 3;
    let authoring = |t: &Tok<'_>| t.on(WordList::AuthoringVerbs);
    let verb = (first.saturating_sub(MAX_BETWEEN + 1)..first)
        .rev()
        .take_while(|&k| !toks[k].barrier && (toks[k].punct.is_none() || k + 1 == first))
        .find(|&k| authoring(&toks[k]))?;
    if toks[verb].punct.is_some()
        || verb == 0
        || toks[verb + 1..first]
            .iter()
            .any(|t| t.punct.is_some() || t.verb.is_some() || (t.function && !t.determiner))
    {
        return None;
    }
    super::cues::clause_subject(lex, toks, verb).and_then(|a| match a.kind {
        MentionKind::Named(name) => Some(Owner::Named(name)),
        MentionKind::Pronoun(p) => Some(Owner::Pronoun(p)),
        // "the paper ran a front-page editorial": the paper named before.
        MentionKind::OrgByKind(noun) => Some(Owner::Named(Cow::Borrowed(noun))),
        _ => None,
    })
}

/// "an invitation—signed by Andrey Ryabinskiy—": the signer owns the document, whoever sent it
/// (`after` is the token after the document's phrase).
fn signed_by<'a>(lex: &Lexicon, toks: &[Tok<'a>], after: usize) -> Option<Owner<'a>> {
    let mut k = after;
    if toks.get(k).is_some_and(|t| t.barrier && !t.quote) {
        k += 1;
    }
    // "signed by", "issued by", "written by"; "a notice posted at the Vale Mills": where a
    // notice is put up is whose it is, when that is an organisation.
    // Not "published by", "circulated by": who puts out someone else's document; but a
    // study an organisation publishes or commissions is its own ("The report, published by
    // the Institute for Fiscal Studies,"), unless a newspaper or journal prints it.
    let study = toks
        .get(after - 1)
        .is_some_and(|n| lexicon::is_one_of(n.bare(), lexicon::STUDY_NOUNS));
    let published = study
        && toks
            .get(k)
            .is_some_and(|t| t.is("published") || t.is("commissioned"));
    let authored = published
        || toks
            .get(k)
            .is_some_and(|t| lexicon::is_one_of(t.word, lexicon::AUTHORED_BY_PARTICIPLES));
    let by = toks.get(k + 1).is_some_and(|t| t.is("by"));
    let posted_at = toks.get(k).is_some_and(|t| t.is("posted"))
        && toks.get(k + 1).is_some_and(|t| t.is("at") || t.is("on"));
    if !(authored && by || posted_at)
        || (k == after && toks[after - 1].punct.is_some_and(|p| p != ','))
    {
        return None;
    }
    match mention_forward(lex, toks, k + 2)?.kind {
        MentionKind::Named(name) if published => {
            let press = name.split_whitespace().any(|w| {
                lexicon::is_one_of(&w.to_lowercase(), lexicon::MASTHEAD_NOUNS)
                    || w.eq_ignore_ascii_case("press")
            });
            (lex_org_like(lex, &name) && !press).then_some(Owner::Named(name))
        }
        MentionKind::Named(name) if by || lex_org_like(lex, &name) => Some(Owner::Named(name)),
        _ => None,
    }
}

/// "the document they signed", "the letter she wrote": the subject of a relative clause with
/// an authoring verb owns the document (`after` is the token after the document's phrase).
fn authored_in_relative_clause<'a>(toks: &[Tok<'a>], after: usize) -> Option<Owner<'a>> {
    let previous = toks.get(after.checked_sub(1)?)?;
    if previous.punct.is_some() || previous.paren_close {
        return None;
    }
    let mut k = after;
    if toks.get(k).is_some_and(|t| t.is("that") || t.is("which")) {
        k += 1;
    }
    let subject = toks.get(k).filter(|t| !t.barrier && t.punct.is_none())?;
    let pronoun = pronoun_of(subject)?;
    let verb = toks.get(k + 1)?;
    (!verb.barrier && lexicon::is_one_of(verb.word, lexicon::AUTHORING_VERBS))
        .then_some(Owner::Pronoun(pronoun))
}

/// "an editorial in the Talvera Courier": the publication owns the document (`after` is the
/// token after the document's phrase).
/// Whether words could be a person's name: shaped like one, with no organisation word.
fn registry_free_personal(lex: &Lexicon, words: &[&str]) -> bool {
    !words.is_empty()
        && words
            .iter()
            .all(|w| names::has_name_shape(w) && !lex.is_org_word(w) && lex.role(w).is_none())
}

/// "The minutes of the council's emergency committee", "the report of the Commission", "a
/// statement from the Relief Society": the body named after "of" or "from" owns the document (`after` is the token after the document's noun);
/// a body of a body named by its kind is the one that owns it ("the council's … committee").
fn of_body<'a>(lex: &Lexicon, toks: &[Tok<'a>], after: usize) -> Option<Owner<'a>> {
    /// The most words between "of the" and the body's noun ("the council's emergency").
    const MAX_WORDS: usize = 4;
    let noun = after.checked_sub(1).map(|k| &toks[k])?;
    // "a statement from the Eskland Relief Society" too.
    if noun.punct.is_some() || !toks.get(after).is_some_and(|t| t.is("of") || t.is("from")) {
        return None;
    }
    if let Some(MentionKind::Named(name)) = mention_forward(lex, toks, after + 1).map(|m| m.kind)
        && lex_org_like(lex, &name)
    {
        return Some(Owner::Named(name));
    }
    let start = after + 1 + usize::from(toks.get(after + 1).is_some_and(|t| t.is("the")));
    let phrase = toks.get(start..(start + MAX_WORDS).min(toks.len()))?;
    let mut bodies: Vec<(&'static str, bool)> = Vec::new();
    for t in phrase {
        if t.barrier || t.capitalized() {
            break;
        }
        if let Some(body) = lexicon::org_anaphor_noun(t.bare()) {
            bodies.push((body, t.possessive()));
        }
        if t.punct.is_some() {
            break;
        }
    }
    let (owner, _) = bodies
        .iter()
        .find(|(_, possessive)| *possessive)
        .or(bodies.last())?;
    Some(Owner::Named(Cow::Owned((*owner).to_owned())))
}

fn published_in<'a>(lex: &Lexicon, toks: &[Tok<'a>], after: usize) -> Option<Owner<'a>> {
    let noun = after.checked_sub(1).map(|k| &toks[k])?;
    if noun.punct.is_some() || !toks.get(after).is_some_and(|t| t.is("in")) {
        return None;
    }
    match mention_forward(lex, toks, after + 1)?.kind {
        MentionKind::Named(name) => Some(Owner::Publication(name.into_owned())),
        _ => None,
    }
}

/// Organisations named in a phrase: a capitalized run before a member role ("Ahrar al-Sham
/// commander", "Instagram co-founder") or a possessive ("the Levant Front’s").
fn orgs_in<'a>(lex: &Lexicon, toks: &[Tok<'a>], first: usize, parts: &[Part]) -> Vec<Cow<'a, str>> {
    let mut orgs = Vec::new();
    // Where the run of names read so far starts: its words are the names among the parts
    // from there (modifiers may stand between them).
    let mut run_start: Option<usize> = None;
    let names_from = |start: Option<usize>, end: usize| {
        (start.unwrap_or(end)..end).filter(|&k| parts[k] == Part::Name)
    };
    for (k, p) in parts.iter().enumerate() {
        let word = toks[first + k].word;
        match p {
            Part::Name => {
                run_start.get_or_insert(k);
            }
            Part::Possessive => {
                // "the Levant Front’s": an organisation; "the Vice President’s": a role's.
                if toks[first + k].role.is_none() {
                    // "Save the Children’s country director": the name word before the
                    // phrase's "the" opens the name ([`name_joined_by_the`]).
                    let at = first + run_start.unwrap_or(k);
                    let name_word = |t: &Tok<'_>| t.name && !t.barrier && t.punct.is_none();
                    let joined_by_the = at >= 2
                        && toks[at - 1].word == "the"
                        && toks[at - 1].punct.is_none()
                        && name_word(&toks[at - 2])
                        && (at < 3 || !name_word(&toks[at - 3]));
                    // Every word of the run a name's: a slice of the text when single-spaced.
                    let whole_run = names_from(run_start, k).count() == k - run_start.unwrap_or(k);
                    let from = if joined_by_the { at - 2 } else { at };
                    match whole_run
                        .then(|| phrase_to_bare_end(&toks[from..=first + k]))
                        .flatten()
                    {
                        Some(org) => orgs.push(Cow::Borrowed(org)),
                        None => {
                            let mut org = String::new();
                            if joined_by_the {
                                org.push_str(toks[at - 2].word);
                                org.push_str(" the ");
                            }
                            for name in names_from(run_start, k) {
                                org.push_str(toks[first + name].word);
                                org.push(' ');
                            }
                            org.push_str(strip_possessive(word).unwrap_or(word));
                            orgs.push(Cow::Owned(org));
                        }
                    }
                }
                run_start = None;
            }
            Part::Role(role) => {
                // The run without role modifiers at either end, nor a word of a compound title
                // ("High" of "UN High Commissioner").
                let compound_at =
                    k.checked_sub(1)
                        .filter(|&b| parts[b] == Part::Name)
                        .filter(|&b| {
                            lex.role_of_pair(toks[first + b].word, role)
                                .is_some_and(|r| r.contains(' '))
                        });
                let unmodified = |&k: &usize| {
                    !lexicon::is_one_of(toks[first + k].word, lexicon::ROLE_MODIFIERS)
                        && Some(k) != compound_at
                };
                // "Chief Financial Officer": names between two words of a title are the
                // title's.
                let inside_title = run_start
                    .and_then(|r| r.checked_sub(1))
                    .is_some_and(|b| matches!(parts[b], Part::Role(_)));
                let run_first = names_from(run_start, k)
                    .find(unmodified)
                    .filter(|_| !inside_title);
                if let Some(run_first) = run_first {
                    let run_last = names_from(run_start, k)
                        .rfind(unmodified)
                        .unwrap_or(run_first);
                    let whole_run = names_from(Some(run_first), run_last + 1).count()
                        == run_last + 1 - run_first;
                    let org = match whole_run
                        .then(|| single_spaced(&toks[first + run_first..=first + run_last]))
                        .flatten()
                    {
                        Some(org) => Cow::Borrowed(org),
                        None => {
                            let mut org = String::new();
                            for name in names_from(Some(run_first), run_last + 1) {
                                if !org.is_empty() {
                                    org.push(' ');
                                }
                                org.push_str(toks[first + name].word);
                            }
                            Cow::Owned(org)
                        }
                    };
                    // "the UN Secretary-General", "the NATO envoy": any title after an
                    // organisation's name is held in it; after a people's name ("the Russian
                    // envoy") only a member's is.
                    if lex.is_member_role(role) || lex_org_like(lex, &org) {
                        orgs.push(org);
                    }
                }
                run_start = None;
            }
            Part::Adjective => {}
            _ => run_start = None,
        }
    }
    orgs
}

/// The original words from token `from` to token `to` (exclusive).
pub(crate) fn join_surface<'a>(toks: &[Tok<'a>], from: usize, to: usize) -> Cow<'a, str> {
    let words = &toks[from..to.min(toks.len())];
    if let Some(phrase) = single_spaced(words) {
        return Cow::Borrowed(phrase);
    }
    let mut surface = String::with_capacity(words.iter().map(|t| t.word.len() + 1).sum());
    for (k, t) in words.iter().filter(|t| !t.barrier).enumerate() {
        if k > 0 {
            surface.push(' ');
        }
        surface.push_str(t.word);
    }
    Cow::Owned(surface)
}

/// The words of `toks` joined by spaces, the last without its possessive ending ("Levant
/// Front" of "Levant Front’s"), as a slice of the text when they are set apart by single
/// spaces.
fn phrase_to_bare_end<'a>(toks: &[Tok<'a>]) -> Option<&'a str> {
    let last = toks.last()?;
    let phrase = single_spaced(toks)?;
    Some(&phrase[..phrase.len() - (last.word.len() - last.bare().len())])
}

/// The words of `toks` without a possessive ending, joined by spaces ("Levant Front" of
/// "Levant Front’s"): a slice of the text when the tokens are set apart by single spaces and
/// only the last has a possessive.
pub(crate) fn join_bare<'a>(toks: &[Tok<'a>]) -> Cow<'a, str> {
    if let Some((last, inner)) = toks.split_last()
        && !inner.iter().any(Tok::possessive)
        && let Some(phrase) = single_spaced(toks)
    {
        return Cow::Borrowed(&phrase[..phrase.len() - (last.word.len() - last.bare().len())]);
    }
    Cow::Owned(toks.iter().map(Tok::bare).collect::<Vec<_>>().join(" "))
}

/// `words`, one read from each token of `toks` (its word, or for the last token its word
/// without the possessive), joined by spaces: a slice of the text when the tokens are set
/// apart by single spaces.
fn join_words<'a>(toks: &[Tok<'a>], words: &[&'a str]) -> Cow<'a, str> {
    debug_assert!(toks.iter().zip(words).all(|(t, w)| t.word.starts_with(w)));
    if let (Some((last, inner)), Some(last_word)) = (toks.split_last(), words.last())
        && toks.len() == words.len()
        && inner
            .iter()
            .zip(words)
            .all(|(t, w)| t.word.len() == w.len())
        && let Some(phrase) = single_spaced(toks)
    {
        return Cow::Borrowed(&phrase[..phrase.len() - (last.word.len() - last_word.len())]);
    }
    Cow::Owned(words.join(" "))
}

/// What an apposition says about the person before it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Apposition {
    /// The role as written ("military commander of the Levant Front in Aleppo").
    pub role: String,
    /// Role nouns in it.
    pub roles: Vec<&'static str>,
    /// The organisation it names, if any ("Levant Front").
    pub org: Option<String>,
}

/// The apposition in parentheses right after a name (`open` is the token the parenthesis opens
/// on): a role ("Tobias Wrenne (Chief Executive)"), an organisation ("Grace Achterberg (Green
/// Vale Party)") or both ("Owen Fairlie (Chair, Civic Alliance)").
pub(crate) fn parenthesised_apposition(
    lex: &Lexicon,
    toks: &[Tok<'_>],
    open: usize,
) -> Option<Apposition> {
    /// The most words a parenthesis of this kind holds.
    const MAX_WORDS: usize = 16;
    let close = (open..toks.len().min(open + MAX_WORDS)).find(|&k| toks[k].paren_close)?;
    // The organisation a part of it names, set apart by commas: a name that reads as one.
    let org = (open..=close)
        .filter(|&k| k == open || toks[k - 1].punct == Some(','))
        .find_map(|k| {
            let run = org_run(lex, toks, k)?;
            let ends_part =
                run.end > k && (run.end == close + 1 || toks[run.end - 1].punct == Some(','));
            // Not an acronym alone ("Lanterne Medical Aid (LMA)" gives the name another).
            let words = run.name.split_whitespace().count();
            (ends_part && words > 1 && lex_org_like(lex, &run.name)).then_some(run.name)
        });
    match apposition(lex, toks, open) {
        Some(mut role) => {
            // "Ms. Baro (Country Rapporteur)": a word of the title is no organisation, and
            // nor is a business's kind alone ("Nadia Orme (Company Secretary)").
            role.org = role
                .org
                .filter(|o| {
                    lex_org_like(lex, o)
                        && !lexicon::BUSINESS_KINDS
                            .iter()
                            .any(|k| o.eq_ignore_ascii_case(k))
                })
                .or(org);
            Some(role)
        }
        None => org.map(|org| Apposition {
            role: join_surface(toks, open, close + 1).into_owned(),
            roles: Vec::new(),
            org: Some(org),
        }),
    }
}

/// Whether the name that ends before token `after` has a title set off before it ("the
/// assistant referee, Mr Dev Patanker,"): a comma after a role right before its first word.
fn titled_before_name(toks: &[Tok<'_>], after: usize) -> bool {
    let mut k = after.saturating_sub(1);
    while k > 0 && (toks[k].name || toks[k].honorific) && !toks[k].barrier {
        if k + 1 < after && toks[k].punct.is_some() {
            return false;
        }
        k -= 1;
    }
    k + 1 < after && toks[k].role.is_some() && toks[k].punct == Some(',')
}

/// The apposition after a named mention: ", military commander of the Levant Front in Aleppo,",
/// ", one of Instagram’s cofounders,", ", the cofounder of Stack Overflow,". It ends at the next
/// comma, dash or relative pronoun; its organisation is the last one it names.
pub(crate) fn apposition(lex: &Lexicon, toks: &[Tok<'_>], after: usize) -> Option<Apposition> {
    const MAX_WORDS: usize = 16;
    const ROLE_WITHIN: usize = 6;
    // "Smith, 45, a teacher,": an age before the apposition.
    let age = toks.get(after).is_some_and(|t| {
        t.punct == Some(',') && !t.word.is_empty() && t.word.chars().all(|c| c.is_ascii_digit())
    });
    let after = after + usize::from(age);
    // "Peter Vance, then Halbrook’s head of medical affairs,": a time adverb before the role.
    let when = toks.get(after).is_some_and(|t| {
        t.punct.is_none()
            && lexicon::is_one_of(
                t.word,
                &["then", "now", "formerly", "previously", "currently"],
            )
    });
    let after = after + usize::from(when);
    let first = toks.get(after)?;
    // "Leila Haddad, from the Lebanese Red Cross, told us": who comes from an organisation
    // speaks for it (a place the registry does not take for one: "from Gaza").
    if first.is("from")
        && first.punct.is_none()
        && let Some(run) = org_run(lex, toks, after + 1)
        // An organisation's name, or one after "the" (no person's).
        && (run.described
            || lex_org_like(lex, &run.name)
            || toks.get(after + 1).is_some_and(|t| t.is("the")))
        && toks
            .get(run.end - 1)
            .is_some_and(|t| t.punct == Some(',') || toks.get(run.end).is_some_and(|n| n.barrier))
    {
        return Some(Apposition {
            role: join_surface(toks, after, run.end).into_owned(),
            roles: Vec::new(),
            org: Some(run.name),
        });
    }
    // "the Minister, Henrik Solvaag, and the Deputy Prosecutor General": a second person
    // joined by "and" is no apposition.
    if first.barrier || first.is("and") || first.is("or") {
        return None;
    }
    let mut end = after;
    while let Some(t) = toks.get(end) {
        // "…, the WHO regional director,": an acronym is no relative pronoun.
        if t.barrier
            || (t.function
                && lexicon::is_one_of(t.word, &["who", "which", "whose", "where", "that"]))
        {
            break;
        }
        // A verb ends it: an apposition is a noun phrase ("…, the fake electors gathered"); an
        // "-ed" word before a role qualifies it ("a retired meteorologist", "a retired railroad
        // welder").
        /// How many words may stand between such a word and its role.
        const QUALIFIED_REACH: usize = 2;
        let before_role = (end + 1..end + 1 + QUALIFIED_REACH)
            .map_while(|k| toks.get(k).filter(|n| !n.barrier))
            .scan(t.punct.is_none(), |open, n| {
                let was_open = *open;
                *open = was_open && n.punct.is_none();
                was_open.then_some(n)
            })
            .any(|n| n.role.is_some());
        // "an officer employed by PNADA": a participle that names the employer.
        let employed_by = t.on(WordList::EmployedParticiples)
            && t.punct.is_none()
            && toks.get(end + 1).is_some_and(|n| n.is("by"));
        // "a humanitarian worker based in Cox’s Bazar": where the person is.
        let located = lexicon::is_one_of(t.word, &["based", "stationed", "located", "born"])
            && t.punct.is_none()
            && toks
                .get(end + 1)
                .is_some_and(|n| n.locative || n.is("near") || n.is("outside"));
        let verb_like = t.verb.is_some()
            || (!t.capitalized()
                && t.role.is_none()
                && !employed_by
                && !located
                && ((t.word.ends_with("ed") && !before_role)
                    || lexicon::is_one_of(t.word, &["is", "was", "were", "are", "has", "had"])));
        if verb_like && end > after {
            return None;
        }
        end += 1;
        if t.punct.is_some() || t.paren_close {
            break;
        }
    }
    let phrase = &toks[after..end];
    if phrase.len() > MAX_WORDS || phrase.is_empty() {
        return None;
    }
    // "the referee, Mr Owen Saltmarsh, the assistant referee, Mr Dev Patanker, the doping
    // control officer, Ms Ingrid Solberg": in a list of titles each set off before a name, a
    // title before an honorific is the next person's (not in "Mr Gideon Quarle, the depot
    // manager, Ms Annika Fenwright, an HR business partner", a list of names each with theirs).
    if phrase[0].is("the")
        && phrase[phrase.len() - 1].punct == Some(',')
        && toks.get(end).is_some_and(|t| t.honorific && !t.barrier)
        && titled_before_name(toks, after)
    {
        return None;
    }
    let Some(mut role_at) = phrase
        .iter()
        .take(ROLE_WITHIN)
        .position(|t| t.role.is_some())
    else {
        return owners_post(toks, after, end);
    };
    // The head of a compound role ("resident coordinator", "deputy director").
    while phrase
        .get(role_at + 1)
        .is_some_and(|t| t.role.is_some() && phrase[role_at].punct.is_none())
    {
        role_at += 1;
    }
    if phrase[role_at].plural_role && !phrase[..role_at].iter().any(|t| t.is("of")) {
        // A person is not "the fake electors"; "one of the maintainers" is one.
        return None;
    }
    // A noun phrase opens with its determiner and modifiers: a verb or a preposition before the
    // role makes it a clause ("…, led negotiations from the rebel side").
    let clause = phrase[0].verb.is_some()
        || phrase[..role_at].iter().any(|t| {
            t.function
                && !t.determiner
                && !t.is("of")
                && !t.is("and")
                && possessive_pronoun_of(t).is_none()
        });
    if clause {
        return None;
    }
    let text = join_surface(toks, after, end);
    let roles: Vec<&'static str> = phrase.iter().filter_map(|t| t.role).collect();
    // A possessive organisation before the role ("Instagram’s cofounders").
    let mut org = phrase[..role_at]
        .iter()
        .rposition(|t| t.possessive() && t.name)
        .map(|k| {
            let mut s = k;
            while s > 0 && phrase[s - 1].name && !phrase[s - 1].possessive() {
                s -= 1;
            }
            phrase[s..=k]
                .iter()
                .map(|t| t.bare())
                .collect::<Vec<_>>()
                .join(" ")
        });
    // An organisation after a link ("of the Levant Front", "at Walmart Labs"): the last one
    // that reads as an organisation, else the first ("special counsel to Donald J. Trump"
    // names a person, not an organisation).
    let mut k = after + role_at + 1;
    let mut linked: Vec<(String, bool)> = Vec::new();
    while k < end {
        // "a doping control officer employed by PNADA".
        let employed_by = toks[k].is("by")
            && toks[k - 1].punct.is_none()
            && toks[k - 1].on(WordList::EmployedParticiples);
        // "former Tarvian ambassador to Ossemark": a posting "to" a country is not of it.
        let posted_to = toks[k].is("to")
            && roles
                .iter()
                .any(|r| lexicon::is_one_of(r, lexicon::POSTED_ROLES));
        if (lexicon::ROLE_LINKS.contains(&toks[k].word) || employed_by)
            && !posted_to
            && let Some(run) = org_run(lex, toks, k + 1)
            && run.end <= end + 1
            // "a former adviser to the Prime Minister": a title names a person, not a body.
            && lex.role(&run.name.to_lowercase()).is_none()
        {
            let org_like = run.described || lex_org_like(lex, &run.name);
            if !toks[k].locative || org_like {
                linked.push((run.name, org_like));
            }
            k = run.end;
            continue;
        }
        k += 1;
    }
    // "the Heritage Party member for Skelthorpe and Wendle": an organisation named right before
    // the role outweighs a link that names none.
    // "the UN special envoy for Syria", "WHO regional director for Africa": lower-case
    // modifiers may stand between the name and the role.
    let org_before_role = {
        let lead = usize::from(phrase[0].determiner);
        let before: Vec<&str> = phrase[lead..role_at]
            .iter()
            .take_while(|t| t.name && !t.possessive() && t.punct.is_none())
            .map(|t| t.word)
            .collect();
        let modifiers_only = phrase[lead + before.len()..role_at].iter().all(|t| {
            t.word.starts_with(char::is_lowercase)
                && t.punct.is_none()
                && !t.function
                && t.verb.is_none()
        });
        let name = before.join(" ");
        (modifiers_only && !before.is_empty() && lex_org_like(lex, &name)).then_some(name)
    };
    let org_like_link = linked.iter().rev().find(|(_, org_like)| *org_like);
    if org_like_link.is_none()
        && let Some(name) = org_before_role
    {
        org = Some(name);
    }
    // "Kwame Asante, author of Blood Gold,": what an author is the author of is a work, not a
    // body, unless its words say it is one.
    let of_a_work = roles
        .iter()
        .any(|r| lexicon::is_one_of(r, &["author", "writer", "novelist", "poet", "playwright"]));
    let chosen = match (org_like_link, &org) {
        (Some((name, _)), _) => Some(name.clone()),
        // "the Campaign’s Director of Election Day Operations": the possessive names it.
        (None, Some(_)) => None,
        (None, None) if of_a_work => None,
        (None, None) => linked.first().map(|(name, _)| name.clone()),
    };
    if chosen.is_some() {
        org = chosen;
    }
    // A capitalized run right before the role ("Aleppo commander for ... Ahrar al-Sham").
    if org.is_none() && role_at > 0 {
        let before: Vec<&str> = phrase[..role_at]
            .iter()
            .filter(|t| t.name)
            .map(|t| t.word)
            .collect();
        // "a Halbrook spokesperson": a member of whatever the one-word name is; the registry
        // keeps the claim only if the name is an organisation's ("a New York-based advisor"
        // names a place).
        if !before.is_empty() && lex.is_member_role(phrase[role_at].role.unwrap_or("")) {
            let name = before.join(" ");
            if lex_org_like(lex, &name) || (before.len() == 1 && !name.contains('-')) {
                org = Some(name);
            }
        }
    }
    // "Witness 2, an analyst who worked at the Laboratory": where the role holder works, said
    // in the relative clause the apposition ends on.
    if org.is_none() && !phrase[role_at].plural_role {
        org = relative_membership(lex, toks, end);
    }
    Some(Apposition {
        role: text.into_owned(),
        roles,
        org,
    })
}

/// "Maria Van Kerkhove, the WHO’s technical lead,": a post named by words of no known role,
/// after an organisation's possessive, in an apposition from token `after` to `end` (past its
/// comma): the post is the person's, held in that organisation.
fn owners_post(toks: &[Tok<'_>], after: usize, end: usize) -> Option<Apposition> {
    /// The most words of the post.
    const MAX_POST: usize = 3;
    let phrase = &toks[after..end];
    let lead = usize::from(phrase.first()?.is("the"));
    let owner_end = phrase[lead..]
        .iter()
        .position(|t| t.possessive())
        .map(|p| lead + p)?;
    let owner = &phrase[lead..=owner_end];
    let post = &phrase[owner_end + 1..];
    let (last, _) = post.split_last()?;
    let fits = owner
        .iter()
        .all(|t| (t.name || names::is_acronym(t.bare())) && t.capitalized() && !t.barrier)
        && owner[..owner.len() - 1].iter().all(|t| t.punct.is_none())
        && owner[owner.len() - 1].punct.is_none()
        && post.len() <= MAX_POST
        && last.punct == Some(',')
        && post.iter().all(|t| {
            !t.barrier && t.word.starts_with(char::is_lowercase) && !t.function && t.verb.is_none()
        })
        && post[..post.len() - 1].iter().all(|t| t.punct.is_none());
    if !fits {
        return None;
    }
    let org = owner.iter().map(|t| t.bare()).collect::<Vec<_>>().join(" ");
    Some(Apposition {
        role: join_surface(toks, after, end).into_owned(),
        roles: Vec::new(),
        org: Some(org),
    })
}

/// The organisation that people of a role named just before token `at` work at: "(Doctors) at
/// Al-Shifa Hospital", "(Observers) from the OSCE", "(Nurses) at the district hospital".
fn staff_at(lex: &Lexicon, toks: &[Tok<'_>], at: usize) -> Option<String> {
    toks.get(at.checked_sub(1)?).filter(|t| t.punct.is_none())?;
    toks.get(at).filter(|t| t.is("at") || t.is("from"))?;
    org_run(lex, toks, at + 1)
        .filter(|r| r.described || lex_org_like(lex, &r.name))
        // "Negotiators from the Northern Alliance and the Republic of Vell": two sides.
        .filter(|r| !r.name.contains(" and the "))
        .map(|r| r.name)
        .or_else(|| body_by_kind_at(toks, at + 1).map(|(body, _)| body.to_owned()))
}

/// Whether a name reads as an organisation's by its words ("Levant Front").
pub(crate) fn lex_org_like(lex: &Lexicon, name: &str) -> bool {
    // "Atlanta Journal-Constitution": a hyphen joins words of a name (a capitalized part is
    // looked up alone, a whole word as it is).
    // One pass over the words: an organisation word decides at once; else whether every
    // letter of every word is a capital ("NATO", "U.S.").
    // Each test that decides says yes, so one pass over the words asks them all in turn.
    let mut all_capitals = true;
    for (k, w) in name.split_whitespace().enumerate() {
        // "Doctors Without Borders", "Mothers Against Drunk Driving": a preposition written in
        // capitals inside a name is an organisation's style, never a person's.
        // "Save the Children": a lower-case "the" inside is never in a person's name; nor is
        // "for", "to" or "against" ("Physicians for Human Rights", "Committee to Protect
        // Journalists").
        if k > 0
            && (lexicon::NAME_PREPOSITIONS.contains(&w)
                || matches!(w, "the" | "for" | "to" | "against"))
        {
            return true;
        }
        let org_word = lex.is_org_word(w)
            || w.contains('-')
                && w.split('-').any(|part| {
                    part.chars().next().is_some_and(char::is_uppercase) && lex.is_org_word(part)
                });
        if org_word {
            return true;
        }
        all_capitals = all_capitals
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
    }
    all_capitals || super::names::is_mixed_case_acronym(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::words::tokenize_plain;
    use expect_test::{Expect, expect};

    /// Marks capitalized words as names, as the names pass does for a document.
    fn toks(text: &str) -> Vec<Tok<'_>> {
        let lex = Lexicon::get();
        let mut toks = tokenize_plain(lex, text);
        for t in &mut toks {
            t.name = t.role.is_none()
                && !t.function
                && !lex.is_honorific(t.word)
                && t.word.chars().next().is_some_and(char::is_uppercase)
                || t.word.starts_with("al-");
        }
        toks
    }

    fn show(m: Option<Mention>) -> String {
        match m {
            None => "none".to_owned(),
            Some(m) => format!(
                "{:?} roles={:?} orgs={:?} descriptor={:?}",
                m.kind, m.roles, m.orgs, m.descriptor
            ),
        }
    }

    #[test]
    fn a_pronoun_is_read_from_the_word_or_from_a_contraction_without_its_ending() {
        let text = "I i I’d i’d we We’ve We’ll he She’s SHE it It's its they They’re they'll \
                    theyre them his Her ITS their my Our ours the this";
        let read: Vec<String> = toks(text)
            .iter()
            .map(|t| {
                let show = |p: Option<Pronoun>| p.map_or("-".to_owned(), |p| format!("{p:?}"));
                format!(
                    "{} {} {}",
                    t.word,
                    show(pronoun_of(t)),
                    show(possessive_pronoun_of(t))
                )
            })
            .collect();
        expect![[r#"
            I First -
            i - -
            I’d First -
            i’d - -
            we First -
            We’ve First -
            We’ll First -
            he Person -
            She’s Person -
            SHE Person -
            it Thing -
            It's Thing -
            its - Thing
            they Plural -
            They’re Plural -
            they'll Plural -
            theyre - -
            them - -
            his - Person
            Her - Person
            ITS - Thing
            their - Plural
            my - First
            Our - First
            ours - -
            the - -
            this - -"#]]
        .assert_eq(&read.join("\n"));
    }

    fn forward(text: &str, expect: Expect) {
        let toks = toks(text);
        expect.assert_eq(&show(mention_forward(Lexicon::get(), &toks, 0)));
    }

    fn backward(text: &str, expect: Expect) {
        let toks = toks(text);
        expect.assert_eq(&show(mention_backward(
            Lexicon::get(),
            &toks,
            toks.len() - 1,
        )));
    }

    #[test]
    fn a_name_after_an_organisation_and_a_role_is_the_speaker() {
        forward(
            "Ahrar al-Sham commander al-Farouq Abu Bakr.",
            expect![[
                r#"Named("al-Farouq Abu Bakr") roles=["commander"] orgs=["Ahrar al-Sham"] descriptor=Some("Ahrar al-Sham commander")"#
            ]],
        );
    }

    #[test]
    fn a_possessive_organisation_before_a_name_is_its_organisation() {
        backward(
            "The Levant Front’s Jumu’ah Abu Ahmed",
            expect![[
                r#"Named("Jumu’ah Abu Ahmed") roles=[] orgs=["Levant Front"] descriptor=None"#
            ]],
        );
    }

    #[test]
    fn a_title_cased_role_chain_splits_into_organisation_role_and_name() {
        forward(
            "Trump Campaign Senior Advisor Jason Miller writing",
            expect![[
                r#"Named("Jason Miller") roles=["advisor"] orgs=["Trump Campaign"] descriptor=Some("Trump Campaign Senior Advisor")"#
            ]],
        );
    }

    #[test]
    fn a_name_after_a_title_with_an_organisation_is_the_speaker() {
        forward(
            "Chairwoman of the Republican National Committee Ronna McDaniel said",
            expect![[
                r#"Named("Ronna McDaniel") roles=["chairwoman"] orgs=["Republican National Committee"] descriptor=Some("Chairwoman of the Republican National Committee")"#
            ]],
        );
        forward(
            "Trump Campaign Deputy Director for Election Day Operations G. Michael Brown sent",
            expect![[
                r#"Named("G. Michael Brown") roles=["director"] orgs=["Trump Campaign", "Election Day Operations"] descriptor=Some("Trump Campaign Deputy Director for Election Day Operations")"#
            ]],
        );
        forward(
            "Assistant Secretary of the Department of the Interior John Berry stated",
            expect![[
                r#"Named("John Berry") roles=["assistant", "secretary"] orgs=["Department of the Interior"] descriptor=Some("Assistant Secretary of the Department of the Interior")"#
            ]],
        );
        forward(
            "Former Michigan Secretary of State Terri Lynn Land declined",
            expect![[
                r#"Named("Terri Lynn Land") roles=["secretary"] orgs=["Michigan"] descriptor=Some("Former Michigan Secretary of State")"#
            ]],
        );
        forward(
            "Secretary of Homeland Security Alejandro Mayorkas said",
            expect![[
                r#"Named("Alejandro Mayorkas") roles=["secretary"] orgs=["Homeland Security"] descriptor=Some("Secretary of Homeland Security")"#
            ]],
        );
    }

    #[test]
    fn an_organisation_named_by_its_kind_is_the_organisation_of_a_role() {
        forward(
            "the campaign’s general counsel, Matthew Morgan, around",
            expect![[
                r#"Named("Matthew Morgan") roles=["counsel"] orgs=["campaign"] descriptor=Some("campaign’s general counsel")"#
            ]],
        );
    }

    #[test]
    fn a_document_belongs_to_its_signer() {
        forward(
            "The memo, signed by Jane Roe for the Hill Front, was",
            expect![[
                r#"Document { noun: "memo", owner: Some(Named("Jane Roe")) } roles=[] orgs=[] descriptor=None"#
            ]],
        );
        forward(
            "an invitation—signed by Andrey Ryabinskiy—to travel",
            expect![[
                r#"Document { noun: "invitation", owner: Some(Named("Andrey Ryabinskiy")) } roles=[] orgs=[] descriptor=None"#
            ]],
        );
    }

    #[test]
    fn an_organisation_name_goes_on_past_of() {
        forward(
            "the International Committee of the Red Cross (ICRC) said",
            expect![[
                r#"Named("International Committee of the Red Cross") roles=[] orgs=[] descriptor=None"#
            ]],
        );
        backward(
            "the Ministry of Defence",
            expect![[r#"Named("Ministry of Defence") roles=[] orgs=[] descriptor=None"#]],
        );
        forward(
            "The Office of White House Counsel appears to have expressed concerns",
            expect![[r#"Named("Office of White House Counsel") roles=[] orgs=[] descriptor=None"#]],
        );
    }

    #[test]
    fn honorifics_are_not_part_of_the_name() {
        forward(
            "Mr. Trump said",
            expect![[r#"Named("Trump") roles=[] orgs=[] descriptor=None"#]],
        );
    }

    #[test]
    fn a_role_without_a_name_is_an_anonymous_mention() {
        forward(
            "another Western diplomat told me",
            expect![[
                r#"Role { noun: "diplomat", qualifier: Some("Western"), adjective: None, plural: false, definite: false } roles=["diplomat"] orgs=[] descriptor=None"#
            ]],
        );
        forward(
            "a senior European diplomat said",
            expect![[
                r#"Role { noun: "diplomat", qualifier: Some("European"), adjective: None, plural: false, definite: false } roles=["diplomat"] orgs=[] descriptor=None"#
            ]],
        );
        forward(
            "one aid worker.",
            expect![[
                r#"Role { noun: "aid worker", qualifier: None, adjective: None, plural: false, definite: false } roles=["worker"] orgs=[] descriptor=None"#
            ]],
        );
    }

    #[test]
    fn one_of_a_group_is_one_person_of_that_group() {
        forward(
            "One of the maintainers, went on",
            expect![[
                r#"Role { noun: "maintainer", qualifier: None, adjective: None, plural: false, definite: false } roles=["maintainer"] orgs=[] descriptor=None"#
            ]],
        );
        forward(
            "one of Instagram’s cofounders, emphasized",
            expect![[
                r#"Role { noun: "cofounder", qualifier: None, adjective: None, plural: false, definite: false } roles=["cofounder"] orgs=["Instagram"] descriptor=None"#
            ]],
        );
    }

    #[test]
    fn a_member_role_takes_the_organisation_after_it() {
        forward(
            "A senior advisor for the Pennsylvania GOP said",
            expect![[
                r#"Role { noun: "advisor", qualifier: None, adjective: Some("senior"), plural: false, definite: false } roles=["advisor"] orgs=["Pennsylvania GOP"] descriptor=None"#
            ]],
        );
    }

    #[test]
    fn documents_speak_for_their_owners() {
        forward(
            "Chesebro’s email suggested",
            expect![[
                r#"Document { noun: "email", owner: Some(Named("Chesebro")) } roles=[] orgs=["Chesebro"] descriptor=None"#
            ]],
        );
        forward(
            "The letter stated",
            expect![[
                r#"Document { noun: "letter", owner: None } roles=[] orgs=[] descriptor=None"#
            ]],
        );
        forward(
            "Their constitution started",
            expect![[
                r#"Document { noun: "constitution", owner: Some(Pronoun(Plural)) } roles=[] orgs=[] descriptor=None"#
            ]],
        );
    }

    #[test]
    fn many_people_or_a_bare_plural_is_generic() {
        forward(
            "Many witnesses remembered",
            expect![["Generic roles=[\"witness\"] orgs=[] descriptor=None"]],
        );
        forward(
            "Bystanders recalled",
            expect![["Generic roles=[\"bystander\"] orgs=[] descriptor=None"]],
        );
    }

    fn appose(text: &str, after: usize, expect: Expect) {
        let toks = toks(text);
        let found = apposition(Lexicon::get(), &toks, after);
        expect.assert_eq(&format!("{found:?}"));
    }

    #[test]
    fn a_clause_after_a_name_is_no_apposition() {
        appose(
            "Ahrar al-Sham, led negotiations from the rebel side.",
            2,
            expect![["None"]],
        );
        appose(
            "Abu Bakr, who spoke to the rebel side, agreed.",
            2,
            expect![["None"]],
        );
    }

    #[test]
    fn appositions_give_role_and_organisation() {
        appose(
            "Jumu’ah Abu Ahmed, military commander of the Levant Front in Aleppo, said",
            3,
            expect![[
                r#"Some(Apposition { role: "military commander of the Levant Front in Aleppo", roles: ["commander"], org: Some("Levant Front") })"#
            ]],
        );
        appose(
            "Mike Krieger, one of Instagram’s cofounders, emphasized",
            2,
            expect![[
                r#"Some(Apposition { role: "one of Instagram’s cofounders", roles: ["cofounder"], org: Some("Instagram") })"#
            ]],
        );
        appose(
            "Eran Hammer, a senior developer at Walmart Labs, was",
            2,
            expect![[
                r#"Some(Apposition { role: "a senior developer at Walmart Labs", roles: ["developer"], org: Some("Walmart Labs") })"#
            ]],
        );
        appose(
            "Andreessen, the co-founder of Netscape and well-known venture capitalist behind the firm Andreessen Horowitz, observed",
            1,
            expect![[
                r#"Some(Apposition { role: "the co-founder of Netscape and well-known venture capitalist behind the firm Andreessen Horowitz", roles: ["co-founder"], org: Some("Andreessen Horowitz") })"#
            ]],
        );
    }
}
