//! Factions: which organisation each person speaks for, from the patterns the genre uses.
//!
//! Each pattern yields a claim (a person's name, an organisation, and the evidence):
//! an apposition ("X, co-founder of Y"), a possessive or a title before the name ("Y’s X",
//! "Instagram co-founder X"), "X of the company Y", a copula ("X was director of Y"), a verb of
//! membership ("X co-founded Y", "X, who oversaw Y’s office", "while working at Y", "on behalf
//! of Y"), the organisation last named in the paragraph for a member role with none of its own
//! ("Read the Docs … One of the maintainers, Eric Holscher"), and interview notes ("Interview
//! with X, spokesman for Y"). A person with no claim goes to the group of their role
//! ("Analysts and scholars", "Western diplomats"); a speaker the text says nothing about has
//! no faction.

use super::cues::{Agent, CueKind};
use super::facts::{Facts, SentenceFacts};
use super::lexicon::{self, GroupName};
use super::mentions::{Mention, MentionKind, Pronoun, lex_org_like, org_run};
use super::paragraph::Paragraph;
use super::words::{Lexicon, Tok, WordList, WordLists};
use crate::model::FactionKind;
use crate::text::WordsQuick;

/// How a claim was found; stronger evidence outvotes weaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Evidence {
    /// An organisation named after the person ("Giuliani" and "the Giuliani legal team").
    Eponym,
    /// The organisation last named in the paragraph, for a member role.
    Paragraph,
    /// An interview note or another note that describes the person.
    Note,
    /// A verb of membership ("co-founded", "working at", "on behalf of").
    Membership,
    /// Holding an office after or before someone named before ("His successor, Alistair
    /// Moyle"): what the office served, unless the text says more.
    Succession,
    /// A copula ("X was director of Y").
    Copula,
    /// "X of the company Y".
    Of,
    /// A possessive or an organisation before a title ("Y’s X", "Y commander X").
    Title,
    /// An apposition ("X, co-founder of Y,").
    Apposition,
    /// A verb of founding ("Stallman later founded the Free Software Foundation"): founders
    /// speak for what they founded, whatever else they did.
    Founded,
}

impl Evidence {
    /// The weight of a claim in the vote.
    pub(crate) fn weight(self) -> u32 {
        match self {
            Evidence::Eponym | Evidence::Paragraph => 1,
            Evidence::Note | Evidence::Membership | Evidence::Succession => 2,
            Evidence::Copula | Evidence::Of | Evidence::Title | Evidence::Apposition => 3,
            Evidence::Founded => 4,
        }
    }
}

/// A person tied to an organisation by the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Claim {
    /// The person's name as written ("Klokov", "Eric Holscher").
    pub person: String,
    /// The organisation's name as written.
    pub org: String,
    /// How the tie was found.
    pub evidence: Evidence,
    /// Whether `org` is a minister's portfolio ("Defence"), to be read as the department or
    /// government that holds it.
    pub portfolio: bool,
    /// Whether `org` is a person the claimant serves ("Her deputy, Dušan Verk"), never an
    /// organisation's name.
    pub patron: bool,
}

/// What the sentences read so far name, for the claims of the next.
#[derive(Default)]
struct ParagraphContext {
    /// The organisation the paragraph named last ("Read the Docs … One of the maintainers").
    last_org: Option<String>,
    /// The person named last ("Petra Hollanc … Her deputy, Dušan Verk").
    last_person: Option<String>,
    /// The name the paragraph named last, of a person or not ("Transparency Monitor … Its
    /// director, Samuel Okafor").
    last_name: Option<String>,
    /// Every organisation the text has named so far, latest last ("a lawyer for the trust"
    /// after "the Harlow County Health Trust").
    orgs_named: Vec<String>,
    /// Organisations an apposition said the kind of ("Halberd Capital, the venture firm"),
    /// with that kind.
    kinds_described: Vec<(String, String)>,
    /// The outlets the sentence's speaker speaks to ("Speaking to the BBC", "in an interview
    /// with Al Jazeera"): no organisation of theirs.
    spoken_to: Vec<String>,
    /// The organisation the paragraph is about: the subject of a sentence before, kept while
    /// the sentences after it open on "it" ("The ORS reviewed the bid. In its written
    /// evidence, it said that it had advised the Department …. Its Chief Executive, Dr
    /// Malcolm Rees, told us").
    topic_org: Option<String>,
}

/// Sets `slot` to `name`, in the string it already holds when it holds one (a name is noted
/// for nearly every mention; most find the room of the one before).
fn remember(slot: &mut Option<String>, name: &str) {
    match slot {
        Some(held) => {
            held.clear();
            held.push_str(name);
        }
        None => *slot = Some(name.to_owned()),
    }
}

impl ParagraphContext {
    /// Notes an organisation named in the text.
    fn named_org(&mut self, org: &str) {
        // "Speaking to the BBC, …": an outlet spoken to is no side of the speaker's.
        if self.spoken_to.iter().any(|o| o == org) {
            return;
        }
        // "the company": the one named before, when there is one.
        let resolved = self.org_named_by_kind(org);
        let org = resolved.as_deref().unwrap_or(org);
        remember(&mut self.last_org, org);
        // Each organisation is in the list once (only this pushes to it): one named again
        // moves to the end.
        match self.orgs_named.iter().position(|o| o == org) {
            Some(at) => self.orgs_named[at..].rotate_left(1),
            None => self.orgs_named.push(org.to_owned()),
        }
        debug_assert!(self.orgs_named.iter().filter(|o| *o == org).count() == 1);
    }

    /// The organisation a lower-case kind noun means ("company", "hospital"): the latest one
    /// named whose name has that word, else, for a word most names lack ("company", "firm"),
    /// the latest one named.
    fn org_named_by_kind(&self, noun: &str) -> Option<String> {
        if noun.contains(' ') || !noun.starts_with(char::is_lowercase) {
            return None;
        }
        self.latest_named_with(noun)
            .or_else(|| self.latest_outlet(noun))
            .or_else(|| {
                lexicon::is_one_of(noun, lexicon::ORG_GENERIC_KINDS)
                    .then(|| {
                        self.orgs_named
                            .iter()
                            .rev()
                            .find(|o| {
                                lexicon::generic_kind_may_mean(noun, o.words_quick())
                                    && !self.described_as_another_kind(o, noun)
                            })
                            .cloned()
                    })
                    .flatten()
            })
    }

    /// The outlet "the paper" or "the channel" means: the latest organisation named whose name
    /// is a masthead's or a broadcaster's ("the Daily Courier", "Radio Brod"), or that the text
    /// called an outlet ("Narodni Glas (pro-government daily)").
    fn latest_outlet(&self, noun: &str) -> Option<String> {
        if !lexicon::is_one_of(noun, lexicon::OUTLET_NOUNS) {
            return None;
        }
        self.orgs_named
            .iter()
            .rev()
            .find(|o| {
                lexicon::names_outlet(o.words_quick())
                    || self.kinds_described.iter().any(|(named, kind)| {
                        named == *o && lexicon::is_one_of(kind, lexicon::OUTLET_NOUNS)
                    })
            })
            .cloned()
    }

    /// Whether the text said an organisation is of a kind other than `noun` ("Halberd
    /// Capital, the venture firm that had led the company’s two earlier rounds": "the
    /// company" is another one).
    fn described_as_another_kind(&self, org: &str, noun: &str) -> bool {
        self.kinds_described
            .iter()
            .any(|(named, kind)| named == org && kind != noun)
    }

    /// The office of a title the text has named ("the Office of White House Counsel" for "White
    /// House" and "counsel").
    fn office_of_title(&self, org: &str, role: &str) -> Option<String> {
        let title = format!("{org} {role}").to_lowercase();
        self.orgs_named
            .iter()
            .rev()
            // Only a name with "office" in it can be one; no other letter lower-cases to its
            // letters, so the test needs no lower-case copy.
            .filter(|o| contains_ignoring_ascii_case(o, "office"))
            .find(|o| is_office_of(&o.to_lowercase(), &title))
            .cloned()
    }

    /// The latest organisation named whose name has the word `noun`.
    fn latest_named_with(&self, noun: &str) -> Option<String> {
        self.orgs_named
            .iter()
            .rev()
            .find(|o| o.words_quick().any(|w| w.eq_ignore_ascii_case(noun)))
            .cloned()
    }

    /// The organisation "the trust" in a role's complement means: the latest one named whose
    /// name has that word.
    fn org_of_kind(&self, lex: &Lexicon, role_text: &str) -> Option<String> {
        let words: Vec<&str> = role_text.words_quick().collect();
        // "the leader of the city council": one lower-case modifier may stand before the kind.
        let words = match words.as_slice() {
            [.., link, the, modifier, _]
                if matches!(*link, "of" | "for" | "at")
                    && the.eq_ignore_ascii_case("the")
                    && modifier.starts_with(char::is_lowercase) =>
            {
                let mut w = words.clone();
                w.remove(w.len() - 2);
                w
            }
            _ => words,
        };
        let [.., link, the, noun] = words.as_slice() else {
            return None;
        };
        let noun = noun.trim_end_matches([',', '.', ';']);
        if !lexicon::ROLE_LINKS.contains(link) || !the.eq_ignore_ascii_case("the") {
            return None;
        }
        if !lex.is_org_word(noun) || noun.starts_with(char::is_uppercase) {
            return None;
        }
        self.latest_named_with(noun)
    }
}

/// The office of a county or a district a role names with its place ("Wrayburn County
/// District Attorney", "the deputy medical examiner for Wrayburn County"): the place's name and
/// the office's title, when the place is no organisation's name.
fn local_office(lex: &Lexicon, facts: &Facts, role_text: &str, place: &str) -> Option<String> {
    let folded = role_text.to_lowercase();
    let office = lexicon::LOCAL_OFFICES.iter().find(|o| {
        folded
            .match_indices(*o)
            .any(|(at, _)| folded[..at].is_empty() || folded[..at].ends_with(' '))
    })?;
    if facts.org_like(lex, place) {
        return None;
    }
    let title: Vec<String> = office.split(' ').map(capitalize).collect();
    Some(format!("{place} {}", title.join(" ")))
}

/// "the LMA doctor": an acronym qualifying the role in an apposition names the organisation,
/// when the text gives it as an organisation's short name ("Lanterne Medical Aid (LMA)").
fn acronym_qualifier(facts: &Facts, role: &str) -> Option<String> {
    let lex = crate::parse::words::Lexicon::get();
    let words: Vec<&str> = role.words_quick().collect();
    let short_name = |word: &str| {
        facts
            .paragraphs
            .iter()
            .flat_map(|p| &p.sentences)
            .flat_map(|s| &s.other_names)
            .any(|(_, short)| short == word)
    };
    words.windows(2).find_map(|pair| {
        let [qualifier, noun] = pair else { return None };
        (crate::parse::names::is_acronym(qualifier)
            && lex.role(noun.trim_end_matches(',')).is_some()
            && short_name(qualifier))
        .then(|| (*qualifier).to_owned())
    })
}

/// "the Kinsell Mayhew audit partner" where the text names "Kinsell Mayhew LLP": capitalized
/// words that open an organisation's name the text writes in full, then a role (perhaps after
/// a lower-case modifier), qualify the role with that organisation.
fn short_name_qualifier(facts: &Facts, role: &str) -> Option<String> {
    /// The most lower-case words between the name and the role noun ("audit").
    const MAX_MODIFIERS: usize = 2;
    let lex = crate::parse::words::Lexicon::get();
    let words: Vec<&str> = role
        .words_quick()
        .map(|w| w.trim_end_matches(','))
        .skip_while(|w| lexicon::is_one_of(w, &["the", "a", "an"]))
        .collect();
    let run = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let rest = &words[run..];
    let noun_at = rest.iter().position(|w| lex.role(w).is_some())?;
    if run == 0
        || noun_at > MAX_MODIFIERS
        || !rest[..noun_at]
            .iter()
            .all(|w| w.starts_with(char::is_lowercase))
    {
        return None;
    }
    let name = words[..run].join(" ");
    let opens_a_longer_name = facts
        .paragraphs
        .iter()
        .flat_map(|p| &p.sentences)
        .flat_map(|s| &s.org_runs)
        .any(|o| o.len() > name.len() && o.starts_with(&name) && o[name.len()..].starts_with(' '));
    opens_a_longer_name.then_some(name)
}

/// Claims from every sentence of the body.
pub(crate) fn claims(lex: &Lexicon, paragraphs: &[Paragraph<'_>], facts: &Facts) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut context = ParagraphContext::default();
    for (p, pf) in paragraphs.iter().zip(&facts.paragraphs) {
        // A paragraph may open on "Her deputy" about the person the last one was about.
        context.last_org = None;
        context.last_name = None;
        context.topic_org = None;
        for s in &pf.sentences {
            let toks = p.sentence_tokens(s);
            sentence_claims(lex, facts, toks, s, &mut context, &mut out);
        }
    }
    out.extend(party_label_claims(lex, paragraphs, facts));
    out
}

/// "Rep. Corwin Dunleavy (F-Caddon Hills)", "Sen. Rhoda Brisco (F)": a person labelled with the
/// short code the text gives a party ("the Freeholder Party (F)") belongs to it.
fn party_label_claims(lex: &Lexicon, paragraphs: &[Paragraph<'_>], facts: &Facts) -> Vec<Claim> {
    /// The longest code: "F", "SNP", "AfD".
    const MAX_CODE: usize = 3;
    let sentences = || {
        paragraphs
            .iter()
            .zip(&facts.paragraphs)
            .flat_map(|(p, pf)| pf.sentences.iter().map(|s| p.sentence_tokens(s)))
    };
    fn inside<'a>(t: &Tok<'a>) -> &'a str {
        t.word.trim_matches(|c: char| "(),;.:".contains(c))
    }
    let is_code = |w: &str| {
        (1..=MAX_CODE).contains(&w.len())
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphabetic())
    };
    // "the Freeholder Party (F)": an organisation, then its code alone in brackets.
    let mut codes: Vec<(String, String)> = Vec::new();
    for toks in sentences() {
        for (k, t) in toks.iter().enumerate().skip(1) {
            if !(t.paren_open && t.paren_close) {
                continue;
            }
            let code = inside(t);
            if !is_code(code) {
                continue;
            }
            if let Some(org) = super::mentions::mention_backward(lex, toks, k - 1)
                .and_then(|m| m.name().map(str::to_owned))
                .filter(|name| lex_org_like(lex, name))
            {
                codes.push((code.to_owned(), org));
            }
        }
    }
    // "Mrs Ione Tasker (Skelthorpe and Wendle) (Her)": a code that opens the first word of
    // one party's name ("the Heritage Party"), as a debate's record writes it.
    let parties: Vec<String> = facts
        .paragraphs
        .iter()
        .flat_map(|p| &p.sentences)
        .flat_map(|s| {
            s.mentions
                .iter()
                .filter_map(|d| d.mention.name())
                .chain(
                    s.mentions
                        .iter()
                        .filter_map(|d| d.apposition.as_ref()?.org.as_deref()),
                )
                .chain(s.org_runs.iter().map(String::as_str))
        })
        .filter(|name| {
            name.words_quick()
                .any(|w| lexicon::is_one_of(w, lexicon::PARTY_WORDS))
        })
        .map(str::to_owned)
        .collect();
    let party_of_code = |code: &str| -> Option<String> {
        if code.len() < 2 {
            return None;
        }
        let mut found = parties
            .iter()
            .filter(|p| p.words_quick().next().is_some_and(|w| w.starts_with(code)));
        let first = found.next()?;
        found.all(|p| p == first).then(|| first.clone())
    };
    let mut out = Vec::new();
    if codes.is_empty() && parties.is_empty() {
        return out;
    }
    // "Dunleavy (F-Caddon Hills)", "Brisco (F)": a person, then the code (and a district).
    for toks in sentences() {
        for (k, t) in toks.iter().enumerate().skip(1) {
            if !t.paren_open {
                continue;
            }
            let code = inside(t).split('-').next().unwrap_or("");
            let org = match codes.iter().find(|(c, _)| c == code) {
                Some((_, org)) => org.clone(),
                None if t.paren_close && is_code(code) => match party_of_code(code) {
                    Some(org) => org,
                    None => continue,
                },
                None => continue,
            };
            // The person's name before the code, past a seat in brackets ("Mrs Ione Tasker
            // (Skelthorpe and Wendle) (Her)").
            let mut before = k - 1;
            if toks[before].paren_close
                && let Some(open) = (0..before).rev().find(|&o| toks[o].paren_open)
                && open > 0
            {
                before = open - 1;
            }
            if let Some(person) = super::mentions::mention_backward(lex, toks, before)
                .and_then(|m| m.name().map(str::to_owned))
                .filter(|name| !lex_org_like(lex, name))
            {
                out.push(claim(&person, &org, Evidence::Title));
            }
        }
    }
    out
}

/// Claims from the text of notes ("Rtskhiladze was a U.S.-based executive of the Georgian
/// company Silk Road Group.", "Jane Roe, spokeswoman for the Hill Front, interview").
/// Only claims about the note's interviewee count: a note's citations name others in passing.
pub(crate) fn note_claims(
    lex: &Lexicon,
    notes: &[Paragraph<'_>],
    facts: &Facts,
    interviewees: &[Option<&str>],
) -> Vec<Claim> {
    let mut out = Vec::new();
    for ((p, pf), person) in notes.iter().zip(&facts.paragraphs).zip(interviewees) {
        let Some(surname) = person.and_then(|n| n.words_quick().last()) else {
            continue;
        };
        let mut found = Vec::new();
        let mut context = ParagraphContext::default();
        for s in &pf.sentences {
            let toks = p.sentence_tokens(s);
            sentence_claims(lex, facts, toks, s, &mut context, &mut found);
        }
        out.extend(
            found
                .into_iter()
                .filter(|c| c.person.words_quick().last() == Some(surname))
                .map(|c| Claim {
                    evidence: Evidence::Note,
                    ..c
                }),
        );
    }
    out
}

/// The claims of one sentence; `context` carries what the paragraph named before.
fn sentence_claims(
    lex: &Lexicon,
    facts: &Facts,
    toks: &[Tok<'_>],
    s: &SentenceFacts,
    context: &mut ParagraphContext,
    out: &mut Vec<Claim>,
) {
    let openers = Openers::of(toks);
    context.spoken_to = if openers.spoken_to {
        outlets_spoken_to(lex, toks)
    } else {
        Vec::new()
    };
    // "Ilvara Resources plc": organisations named by their form too.
    for run in &s.org_runs {
        if !facts.org_like(lex, run) {
            context.named_org(run);
        }
    }
    mention_claims(lex, facts, toks, s, &openers, context, out);
    out.extend(byline_body(lex, facts, toks, s));
    if openers.own_body {
        out.extend(own_body_named(lex, toks));
    }
    if openers.whose {
        out.extend(whose_member_named(lex, facts, toks));
    }
    out.extend(members_listed(lex, facts, toks, s));
    // The sentence's subject: its first name or pronoun. An organisation becomes the topic,
    // "it" keeps the topic, anyone else ends it.
    let subject = s.mentions.iter().map(|d| &d.mention).find(|m| {
        matches!(
            m.kind,
            MentionKind::Named(_) | MentionKind::Pronoun(_) | MentionKind::OrgByKind(_)
        )
    });
    context.topic_org = match subject.map(|m| &m.kind) {
        Some(MentionKind::Named(name)) if facts.org_like(lex, name) => Some(name.to_string()),
        // "The journal held the letter …. Its editor-in-chief": the journal named before.
        Some(MentionKind::OrgByKind(noun)) => context.org_named_by_kind(noun),
        Some(MentionKind::Pronoun(Pronoun::Thing | Pronoun::Plural)) => context.topic_org.take(),
        _ => None,
    };
}

/// "“…” — Dr Imelda Varga, ecologist, Kesh Valley Conservation Trust": the organisation that
/// closes a credit line under a quotation, set off by a comma, is the named speaker's, whatever
/// the words between say of them.
fn byline_body(lex: &Lexicon, facts: &Facts, toks: &[Tok<'_>], s: &SentenceFacts) -> Option<Claim> {
    let person = s.cues.iter().find_map(|c| match (&c.kind, &c.agent) {
        (CueKind::Byline, Agent::Mention(m)) => match &m.kind {
            MentionKind::Named(name) => Some((name, m.toks.end)),
            _ => None,
        },
        _ => None,
    })?;
    let last = s.mentions.last().map(|d| &d.mention)?;
    let MentionKind::Named(org) = &last.kind else {
        return None;
    };
    let set_off = last.toks.start > person.1
        && toks[last.toks.start - 1].punct == Some(',')
        && last.toks.end == toks.len()
        && facts.org_like(lex, org);
    set_off.then(|| claim(person.0, org, Evidence::Apposition))
}

/// The words that can open the patterns read token by token after a sentence's mentions, read
/// in one pass: a pattern no word of the sentence opens is not looked for (each pass still
/// reads its whole pattern where one is).
#[derive(Default)]
struct Openers {
    /// "speaking", "talking", "interview" ([`outlets_spoken_to`]).
    spoken_to: bool,
    /// An organisation word set off by a comma ([`own_body_named`]).
    own_body: bool,
    /// "whose" ([`whose_member_named`]).
    whose: bool,
    /// A verb of saying ("noted in").
    writes: bool,
    /// A participle that labels ("identified … as").
    labelled: bool,
    /// "represented" ([`representation_claims`]).
    represented: bool,
    /// "where" ([`where_clause_claims`]).
    where_clause: bool,
    /// "behalf", "working", "appeared".
    on_behalf: bool,
    /// "developed", "founded" (by).
    made_by: bool,
}

impl Openers {
    fn of(toks: &[Tok<'_>]) -> Self {
        let mut openers = Openers::default();
        // A barrier (a quote or a dash) is on no list, no organisation's word and no verb:
        // it needs no test of its own.
        for t in toks {
            openers.own_body |= t.org_word && t.punct == Some(',');
            openers.writes |= t.verb.is_some_and(|v| !v.naming);
            // Most words are on none of the lists that open a pattern: told by one test.
            const OPENING_LISTS: WordLists = WordLists::all_of(&[
                WordList::ClaimOpeners,
                WordList::LabellingParticiples,
                WordList::RepresentedVerbs,
                WordList::AppearingForVerbs,
                WordList::MadeByVerbs,
            ]);
            if t.lists.meets(OPENING_LISTS) {
                // The list holds every word these are (and the same words with a possessive
                // ending, which these are not).
                if t.on(WordList::ClaimOpeners) {
                    let word = |w: &str| t.word.eq_ignore_ascii_case(w);
                    match t.word.len() {
                        5 if word("where") => openers.where_clause = true,
                        5 if word("whose") => openers.whose = true,
                        6 if word("behalf") => openers.on_behalf = true,
                        7 if word("working") => openers.on_behalf = true,
                        7 | 8 if word("talking") || word("speaking") => openers.spoken_to = true,
                        9 if word("interview") => openers.spoken_to = true,
                        _ => {}
                    }
                }
                openers.labelled |= t.on(WordList::LabellingParticiples);
                openers.represented |= t.on(WordList::RepresentedVerbs);
                openers.on_behalf |= t.on(WordList::AppearingForVerbs);
                openers.made_by |= t.on(WordList::MadeByVerbs);
            }
        }
        openers
    }

    /// The tokens a pass reads: all of them where a word opens its pattern, else none.
    fn scanned<'s, 't>(&self, toks: &'s [Tok<'t>], opened: bool) -> &'s [Tok<'t>] {
        if opened { toks } else { &[] }
    }
}

/// The claims of one sentence's mentions.
fn mention_claims(
    lex: &Lexicon,
    facts: &Facts,
    toks: &[Tok<'_>],
    s: &SentenceFacts,
    openers: &Openers,
    context: &mut ParagraphContext,
    out: &mut Vec<Claim>,
) {
    for d in &s.mentions {
        let m = &d.mention;
        let name: &str = match &m.kind {
            MentionKind::Named(name) => name,
            // "Novalune’s Supplier Code": the owner of a titled document is named only in
            // passing.
            MentionKind::Document { .. } if m.ends_capitalized() => continue,
            _ => {
                for org in &m.orgs {
                    context.named_org(org);
                }
                // "Dagny Everitt read the paper on a train. A biostatistician at the Pennard
                // Institute, she has …": a post set before "she" or "he" is the person's
                // named before.
                if d.post_before_pronoun
                    && let Some(person) = context.last_person.clone()
                    && let Some(org) = m.orgs.last()
                {
                    out.push(claim(&person, org, Evidence::Apposition));
                }
                // "anyone at the company": the company named before is named again, as the
                // place people work.
                let at = m
                    .toks
                    .start
                    .checked_sub(1)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| t.is("at") || t.is("for"));
                if let MentionKind::OrgByKind(noun) = &m.kind
                    && at
                    && let Some(org) = context.org_named_by_kind(noun)
                {
                    context.named_org(&org);
                }
                // "Transparency Monitor": a capitalized phrase that ends on a role noun.
                let mut words = 0;
                let capitalized = m.surface.words_quick().all(|w| {
                    words += 1;
                    w.starts_with(|c: char| c.is_uppercase())
                });
                if words >= 2 && capitalized {
                    remember(&mut context.last_name, &m.surface);
                }
                continue;
            }
        };
        let reads = facts.name_reads(lex, name);
        if reads.org_like || d.org_apposition || reads.the_name || reads.org_short_name {
            // "Josiah Crake’s Vale Mills": the owner named before an organisation is its.
            for owner in m.orgs.iter().filter(|o| !facts.org_like(lex, o)) {
                out.push(claim(owner, name, Evidence::Title));
            }
            context.named_org(name);
            if let Some(kind) = &d.org_kind {
                context
                    .kinds_described
                    .push((name.to_owned(), kind.clone()));
            }
            remember(&mut context.last_name, name);
            continue;
        }
        // "Her deputy, Dušan Verk": a title owned by the person named before serves that
        // person; "Its director, Samuel Okafor": the organisation named before.
        let owner = owner_of_title(lex, toks, m).or_else(|| {
            d.apposition
                .as_ref()
                .and_then(|a| owner_of_apposed_title(lex, a))
        });
        let patron = match owner {
            Some(Pronoun::Person) => context.last_person.as_ref(),
            Some(_) => context
                .topic_org
                .as_ref()
                .or(context.last_org.as_ref())
                .or(context.last_name.as_ref()),
            None => None,
        };
        // "Her lawyer, Ysabel Corrado-Finch": whom a lawyer acts for is a client, not a side
        // (the registry ties no lawyer to a person); nor is the paragraph's body theirs.
        let counsel = m.roles.iter().any(|r| lexicon::COUNSEL_ROLES.contains(r));
        let mut acts_for_person = counsel && owner == Some(Pronoun::Person);
        if let Some(patron) = patron
            && patron != name
        {
            let successor = m
                .roles
                .iter()
                .any(|r| lexicon::SUCCESSION_ROLES.contains(r));
            let evidence = if successor {
                Evidence::Succession
            } else {
                Evidence::Title
            };
            out.push(Claim {
                patron: owner == Some(Pronoun::Person),
                ..claim(name, patron, evidence)
            });
        }
        remember(&mut context.last_person, name);
        remember(&mut context.last_name, name);
        let mut claimed = false;
        let portfolio = m.portfolio(lex);
        for org in &m.orgs {
            // "The company’s community relations manager, Nadine Koppel": the company named
            // before.
            let org = context
                .org_named_by_kind(org)
                .unwrap_or_else(|| org.to_string());
            // "White House Counsel Pat Cipollone" after "the Office of White House Counsel":
            // the office of the title the text names is the holder's.
            let org = m
                .roles
                .last()
                .and_then(|role| context.office_of_title(&org, role))
                .unwrap_or(org);
            let org = &org;
            // "Telvic’s lawyer, Cassius Thorburn": an owner whose name is no organisation's is
            // a client ("Defence counsel Peter Obi" is of the defence).
            let owned = m.descriptor.as_deref().is_some_and(|d| {
                d.contains(&format!("{org}’s")) || d.contains(&format!("{org}'s"))
            });
            if counsel && owned && !facts.org_like(lex, org) {
                acts_for_person = true;
                out.push(Claim {
                    patron: true,
                    ..claim(name, org, Evidence::Title)
                });
                continue;
            }
            let office = m
                .descriptor
                .as_deref()
                .and_then(|d| local_office(lex, facts, d, org));
            let org = office.as_ref().unwrap_or(org);
            let mut c = claim(name, org, Evidence::Title);
            c.portfolio = portfolio == Some(org.as_str());
            out.push(c);
            claimed = true;
        }
        // "a department inspector, Priscilla Haddow": the department named before.
        if !claimed
            && let Some(org) = m.descriptor.as_deref().and_then(|d| {
                let words: Vec<&str> = d.words_quick().collect();
                words.windows(2).find_map(|pair| {
                    let [kind, role] = pair else { return None };
                    (lexicon::org_anaphor_noun(kind).is_some() && lex.role(role).is_some())
                        .then(|| context.org_named_by_kind(kind))
                        .flatten()
                })
            })
        {
            out.push(claim(name, &org, Evidence::Title));
            claimed = true;
        }
        // "Chief of Police Roland Teague": a title of an organisation's kind is of the one
        // named before with that word ("the Harnesby Police Department").
        if !claimed
            && let Some(org) = m.descriptor.as_deref().and_then(|d| {
                let words: Vec<&str> = d.words_quick().collect();
                let [.., role, of, kind] = words.as_slice() else {
                    return None;
                };
                let kind_of_org = of.eq_ignore_ascii_case("of")
                    && lex.role(&role.to_lowercase()).is_some()
                    && kind.starts_with(char::is_uppercase)
                    && lexicon::org_anaphor_noun(&kind.to_lowercase()).is_some();
                // Of the police, not of an office about it ("Office of Police Accountability").
                let kind_of = |o: &&String| {
                    let words: Vec<&str> = o.words_quick().collect();
                    words
                        .iter()
                        .position(|w| w.eq_ignore_ascii_case(kind))
                        .is_some_and(|at| !words[..at].iter().any(|w| w.eq_ignore_ascii_case("of")))
                };
                kind_of_org
                    .then(|| context.orgs_named.iter().rev().find(kind_of).cloned())
                    .flatten()
            })
        {
            out.push(claim(name, &org, Evidence::Title));
            claimed = true;
        }
        // "Chair Ruth Holloway pressed her on the point": a chair the text gives no body
        // chairs the committee, board or commission it named last (weak evidence: a party the
        // text gives the person comes first).
        if !claimed
            && m.descriptor
                .as_deref()
                .is_some_and(|d| lexicon::is_one_of(d, lexicon::CHAIR_TITLES))
            && let Some(org) = context
                .orgs_named
                .iter()
                .rev()
                .find(|o| {
                    o.words_quick()
                        .any(|w| lexicon::is_one_of(w, lexicon::CHAIRED_BODY_KINDS))
                })
                .cloned()
        {
            out.push(claim(name, &org, Evidence::Paragraph));
            claimed = true;
        }
        // "a pupil at Tavish Bridge High School" is served by it, not its voice; the head
        // role comes first ("Brenlow’s vice president for customer operations" is no client).
        let client = d.apposition.as_ref().is_some_and(|a| {
            a.roles
                .first()
                .is_some_and(|r| lexicon::CLIENT_ROLES.contains(r))
                // "Desmond’s elder brother": a relative, not a member.
                || a.role.words_quick().any(|w| {
                    lexicon::KIN_ROLES
                        .iter()
                        .any(|k| w.trim_end_matches(',').eq_ignore_ascii_case(k))
                })
        });
        if let Some(a) = d.apposition.as_ref().filter(|_| !client)
            && let Some(org) = a.org.as_ref()
        {
            // "who left the commission": the commission named before.
            let org = context
                .org_named_by_kind(org)
                .unwrap_or_else(|| org.to_string());
            // "the deputy medical examiner for Wrayburn County": the county's office.
            let org = local_office(lex, facts, &a.role, &org).unwrap_or(org);
            // "Ruta Brandvik, Minister of Defence of Tarvia,": a minister's portfolio, which
            // the ministry of it holds, not an organisation called "Defence of Tarvia".
            let portfolio = org.split(" of ").next().unwrap_or(&org);
            out.push(Claim {
                portfolio: a
                    .roles
                    .iter()
                    .any(|r| lexicon::MINISTERIAL_ROLES.contains(r))
                    && lexicon::may_be_portfolio(portfolio, facts.org_like(lex, portfolio))
                    && a.role.contains(&format!(" of {org}")),
                ..claim(name, &org, Evidence::Apposition)
            });
            claimed = true;
            // "Corrigan Grid’s co-founder": an organisation named as the owner of a title is
            // one "the company" may mean later.
            if a.role.contains(&format!("{org}’s")) || a.role.contains(&format!("{org}'s")) {
                context.named_org(&org);
            }
        } else if let Some(org) = d.apposition.as_ref().and_then(|a| {
            context
                .org_of_kind(lex, &a.role)
                .or_else(|| acronym_qualifier(facts, &a.role))
                .or_else(|| short_name_qualifier(facts, &a.role))
                .or_else(|| owned_by_kind(&a.role).and_then(|kind| context.org_named_by_kind(kind)))
        }) {
            out.push(claim(name, &org, Evidence::Apposition));
            claimed = true;
        }
        let end = m.toks.end;
        if let Some(party) = for_party(lex, toks, end) {
            out.push(claim(name, &party, Evidence::Apposition));
            claimed = true;
        }
        if let Some(org) = of_organisation(lex, toks, end)
            .or_else(|| of_kind_owner(toks, end).and_then(|kind| context.org_named_by_kind(kind)))
            .or_else(|| whose_body(toks, end).and_then(|kind| context.org_named_by_kind(kind)))
        {
            out.push(claim(name, &org, Evidence::Of));
            claimed = true;
        }
        let copula = copula_at(toks, end);
        if let Some(org) = copula.and_then(|k| copula_organisation(lex, toks, k)) {
            out.push(claim(name, &org, Evidence::Copula));
            claimed = true;
        } else if copula.is_some_and(|k| copula_role_of_it(toks, k))
            && let Some(org) = context.topic_org.as_ref().or(context.last_org.as_ref())
        {
            out.push(claim(name, org, Evidence::Copula));
            claimed = true;
        }
        if let Some((org, founded)) = membership_organisation(lex, toks, end) {
            let evidence = if founded {
                Evidence::Founded
            } else {
                Evidence::Membership
            };
            out.push(claim(name, &org, evidence));
            claimed = true;
        }
        // A member role written in lower case ("One of the maintainers, Eric Holscher"), not a
        // title ("President Obama"), takes the paragraph's organisation.
        let titled = m
            .descriptor
            .as_deref()
            .and_then(|d| d.words_quick().last())
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        // "Officer 1": a member role labelled by a number or a letter is a member too.
        let labelled_member =
            super::names::role_label(lex, name).is_some_and(|label| lex.is_member_role(label.role));
        let member = labelled_member
            || !titled
                && m.roles
                    .iter()
                    .chain(d.apposition.iter().flat_map(|a| a.roles.iter()))
                    .any(|r| lex.is_member_role(r));
        // "A government spokesman, Ali Hassan," after "The UK Foreign Office urged …": a role
        // that names its body's kind is of no organisation named otherwise.
        // (The kind stands right before the role noun: "a government spokesman".)
        let kind_elsewhere = |org: &str| {
            m.descriptor
                .as_deref()
                .and_then(|text| text.words_quick().rev().nth(1))
                .filter(|w| w.starts_with(char::is_lowercase))
                .and_then(lexicon::org_anaphor_noun)
                .is_some_and(|kind| !org.words_quick().any(|o| o.eq_ignore_ascii_case(kind)))
        };
        // "Human Rights Watch interviewed Nasser Hamdan, a lawyer": whom a body met or
        // interviewed is not its member.
        let met = m
            .toks
            .start
            .checked_sub(1)
            .is_some_and(|b| toks[b].punct.is_none() && toks[b].on(WordList::MeetingVerbs));
        if !claimed
            && member
            && !met
            && !acts_for_person
            && let Some(org) = context.last_org.as_ref()
            && !kind_elsewhere(org)
        {
            out.push(claim(name, org, Evidence::Paragraph));
        }
    }
    for org in &s.org_runs {
        context.named_org(org);
    }
    // "Frank Rich noted in The New York Times": the publication a writer writes in.
    for (k, t) in openers.scanned(toks, openers.writes).iter().enumerate() {
        let writes =
            t.verb.is_some_and(|v| !v.naming) && toks.get(k + 1).is_some_and(|n| n.is("in"));
        if !writes || k == 0 {
            continue;
        }
        let Some(run) = org_run(lex, toks, k + 2) else {
            continue;
        };
        let named = toks.get(k + 2).is_some_and(|n| n.name || n.is("the"));
        // "Gwen Aske, who has covered the city's housing for two decades, wrote in the Hallam
        // Post": the verb's subject, past what stands between.
        let writer = s
            .cues
            .iter()
            .find(|c| c.start == t.start)
            .and_then(|c| c.agent.mention().cloned())
            .or_else(|| super::mentions::mention_backward(lex, toks, k - 1));
        if let (true, Some(m)) = (named, writer)
            && let Some(name) = m.name()
            && !facts.org_like(lex, name)
        {
            out.push(claim(name, &run.name, Evidence::Membership));
        }
    }
    // "a Harnesby Police Department (HPD) officer, identified in this report as Officer 1": the
    // label stands for the organisation's role holder.
    for (k, t) in openers.scanned(toks, openers.labelled).iter().enumerate() {
        if k < 2 || !t.on(WordList::LabellingParticiples) {
            continue;
        }
        const MAX_GAP: usize = 4;
        let Some(as_at) = (k + 1..toks.len().min(k + 2 + MAX_GAP))
            .take_while(|&a| !toks[a].barrier)
            .find(|&a| toks[a].is("as"))
        else {
            continue;
        };
        let role_at = k - 1;
        if toks[role_at].punct != Some(',') || toks[role_at].role.is_none() {
            continue;
        }
        let org = role_at.checked_sub(1).and_then(|o| {
            let before = &toks[o];
            if before.paren_open && before.paren_close {
                Some(
                    before
                        .bare()
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_owned(),
                )
            } else {
                super::mentions::mention_backward(lex, toks, o)
                    .and_then(|m| m.name().map(str::to_owned))
            }
            .filter(|name| facts.org_like(lex, name))
        });
        let label = super::mentions::mention_forward(lex, toks, as_at + 1)
            .and_then(|m| m.name().map(str::to_owned));
        if let (Some(org), Some(label)) = (org, label) {
            out.push(claim(&label, &org, Evidence::Title));
        }
    }
    if openers.represented {
        representation_claims(lex, toks, out);
    }
    if openers.where_clause {
        where_clause_claims(lex, toks, out);
    }
    // "while working at Y", "on behalf of Y", "who gave evidence for the Appellant", "appeared
    // for the Council": the clause's subject.
    for (k, t) in openers.scanned(toks, openers.on_behalf).iter().enumerate() {
        let behalf = t.is("behalf") && k > 0 && toks[k - 1].is("on");
        let working = t.is("working") && toks.get(k + 1).is_some_and(|n| n.is("at") || n.is("for"));
        let appearing = t.on(WordList::AppearingForVerbs)
            && t.punct.is_none()
            && toks.get(k + 1).is_some_and(|n| n.is("for"));
        if !(behalf || working || appearing) {
            continue;
        }
        let Some(org) = org_run(lex, toks, k + 2)
            .map(|run| run.name)
            .or_else(|| appearing.then(|| party_named(lex, toks, k + 2)).flatten())
        else {
            continue;
        };
        let subject = super::cues::clause_subject(lex, toks, k);
        if let Some(name) = subject.as_ref().and_then(|m| m.name()) {
            out.push(claim(name, &org, Evidence::Membership));
        }
    }
    // "ScrewTurn Wiki is a wiki project developed by Dario Solara": the maker of a named
    // project or organisation belongs to it.
    for (k, t) in openers.scanned(toks, openers.made_by).iter().enumerate() {
        if !t.on(WordList::MadeByVerbs) || !toks.get(k + 1).is_some_and(|n| n.is("by")) {
            continue;
        }
        let maker = super::mentions::mention_forward(lex, toks, k + 2);
        let Some(person) = maker.as_ref().and_then(|m| m.name()) else {
            continue;
        };
        let made = super::cues::clause_subject(lex, toks, k);
        if let Some(project) = made.as_ref().and_then(|m| m.name())
            && project != person
        {
            out.push(claim(person, project, Evidence::Membership));
        }
    }
}

/// "The Appellant was represented by Mr Oliver Treadgold KC and the Council by Ms Naomi
/// Selwood": whoever represents a party speaks for it, also in the clause that leaves the verb
/// out.
fn representation_claims(lex: &Lexicon, toks: &[Tok<'_>], out: &mut Vec<Claim>) {
    let Some(by) = toks
        .windows(2)
        .position(|w| w[0].on(WordList::RepresentedVerbs) && w[1].is("by"))
        .map(|k| k + 1)
    else {
        return;
    };
    let party = super::cues::clause_subject(lex, toks, by - 1)
        .and_then(|m| m.name().map(str::to_owned))
        .filter(|name| name.starts_with(char::is_uppercase));
    let counsel = super::mentions::mention_forward(lex, toks, by + 1);
    let (Some(party), Some(counsel)) = (party, counsel) else {
        return;
    };
    let Some(name) = counsel.name() else { return };
    out.push(claim(name, &party, Evidence::Membership));
    // "… and the Council by Ms Naomi Selwood".
    let and = counsel.toks.end;
    if !toks.get(and).is_some_and(|t| t.is("and")) {
        return;
    }
    let Some(second) = super::mentions::mention_forward(lex, toks, and + 1) else {
        return;
    };
    if !toks.get(second.toks.end).is_some_and(|t| t.is("by")) {
        return;
    }
    let (Some(party), Some(counsel)) = (
        second.name(),
        super::mentions::mention_forward(lex, toks, second.toks.end + 1),
    ) else {
        return;
    };
    if let Some(name) = counsel.name() {
        out.push(claim(name, party, Evidence::Membership));
    }
}

/// "Fergal Winstanley of the university’s press office": the kind noun that owns the unit a
/// name is "of", after the name ending at `end`.
fn of_kind_owner<'t>(toks: &[Tok<'t>], end: usize) -> Option<&'t str> {
    if !toks.get(end)?.is("of") || !toks.get(end + 1)?.is("the") {
        return None;
    }
    let owner = toks
        .get(end + 2)
        .filter(|t| t.possessive() && !t.capitalized())?;
    lexicon::org_anaphor_noun(owner.bare())
}

/// "The Minister for Coastal Communities, Hewel Brannock, whose department published the
/// strategy": the kind noun of the body a relative "whose" gives the name ending at `end`
/// ("whose own company").
fn whose_body<'t>(toks: &[Tok<'t>], end: usize) -> Option<&'t str> {
    let last = toks.get(end.checked_sub(1)?)?;
    if last.punct != Some(',') || !toks.get(end)?.is("whose") {
        return None;
    }
    let at = end + 1 + usize::from(toks.get(end + 1).is_some_and(|t| t.is("own")));
    let body = toks
        .get(at)
        .filter(|t| !t.barrier && !t.capitalized() && !t.possessive())?;
    lexicon::org_anaphor_noun(body.word.trim_end_matches(','))
}

/// "the company’s founder and chief executive", "who heads the agency’s assessment
/// division": the kind noun that owns a title or the unit a person leads.
fn owned_by_kind(role: &str) -> Option<&str> {
    let mut words = role.words_quick().peekable();
    if words
        .next_if(|w| lexicon::is_one_of(w, lexicon::RELATIVES))
        .is_some()
    {
        words.next_if(|w| lexicon::is_one_of(w, lexicon::MEMBERSHIP_VERBS))?;
    }
    let first = words.next()?;
    let owner = if first.eq_ignore_ascii_case("the") {
        words.next()?
    } else {
        first
    };
    let kind = owner
        .strip_suffix("’s")
        .or_else(|| owner.strip_suffix("'s"))?;
    lexicon::org_anaphor_noun(kind)
}

/// "Ms Westerholt, for the Second Respondent, submitted": the party set off after a name
/// ending at `end`.
fn for_party(lex: &Lexicon, toks: &[Tok<'_>], end: usize) -> Option<String> {
    if end == 0 || toks[end - 1].punct != Some(',') || !toks.get(end)?.is("for") {
        return None;
    }
    let m = super::mentions::mention_forward(lex, toks, end + 1)?;
    // "TORVALE, for the COALITION OF LOW-LYING STATES (CLLS), warned": past the acronym.
    let last = m.toks.end.checked_sub(1)?;
    let set_off = |k: usize| toks.get(k).is_some_and(|t| t.punct == Some(','));
    let acronym_then_comma = toks
        .get(m.toks.end)
        .is_some_and(|t| t.paren_open && t.paren_close && super::names::is_acronym(t.bare()))
        && set_off(m.toks.end);
    if !set_off(last) && !acronym_then_comma {
        return None;
    }
    party_named(lex, toks, end + 1)
}

/// "The trial was run from the University of Ossery, where its chief investigator, Ciaran
/// Soldane, is a professor": whoever holds a role in a "where" clause after an organisation
/// is the organisation's.
fn where_clause_claims(lex: &Lexicon, toks: &[Tok<'_>], out: &mut Vec<Claim>) {
    /// The most words between the name and its copula's role.
    const ROLE_REACH: usize = 4;
    for (k, t) in toks.iter().enumerate().skip(1) {
        if !t.is("where") || toks[k - 1].punct != Some(',') {
            continue;
        }
        let Some(org) = super::mentions::mention_backward(lex, toks, k - 1)
            .and_then(|m| m.name().map(str::to_owned))
            .filter(|name| lex_org_like(lex, name))
        else {
            continue;
        };
        let mut j = k + 1;
        while j < toks.len() && !matches!(toks[j].punct, Some('.' | ';')) && !toks[j].barrier {
            let Some(m) = super::mentions::mention_forward(lex, toks, j) else {
                j += 1;
                continue;
            };
            let end = m.toks.end.max(j + 1);
            let holds_role = toks
                .get(end)
                .is_some_and(|c| c.punct.is_none() && c.on(WordList::Copulas))
                && toks[end + 1..]
                    .iter()
                    .take(ROLE_REACH)
                    .take_while(|t| !t.barrier)
                    .any(|t| t.role.is_some());
            if let MentionKind::Named(name) = &m.kind
                && holds_role
                && !lex_org_like(lex, name)
            {
                out.push(claim(name, &org, Evidence::Of));
            }
            j = end;
        }
    }
}

/// A party to proceedings named after "for" ("the Appellant", "the Council"): a capitalised
/// name, which the registry reads as an organisation or a person.
fn party_named(lex: &Lexicon, toks: &[Tok<'_>], at: usize) -> Option<String> {
    let m = super::mentions::mention_forward(lex, toks, at)?;
    matches!(m.kind, MentionKind::Named(_))
        .then(|| m.name().map(str::to_owned))
        .flatten()
        .filter(|name| name.starts_with(char::is_uppercase))
}

/// The pronoun that owns the title a named mention opens on ("Her deputy, Dušan Verk", "Its
/// director, Samuel Okafor").
fn owner_of_title(lex: &Lexicon, toks: &[Tok<'_>], named: &Mention) -> Option<Pronoun> {
    // A member's title ("deputy", "director"), not a relation ("His neighbour, Mehmet").
    if !named.roles.iter().any(|r| lex.is_member_role(r)) {
        return None;
    }
    let first = toks.get(named.toks.start)?;
    if first.is("his") || first.is("her") {
        Some(Pronoun::Person)
    } else if first.is("its") {
        Some(Pronoun::Thing)
    } else if first.is("their") {
        Some(Pronoun::Plural)
    } else {
        None
    }
}

/// The pronoun that owns a member's title set off before the name ("its director of
/// operations, Priya Lund").
fn owner_of_apposed_title(
    lex: &Lexicon,
    apposition: &super::mentions::Apposition,
) -> Option<Pronoun> {
    if !apposition.roles.iter().any(|r| lex.is_member_role(r)) {
        return None;
    }
    match apposition.role.words_quick().next()? {
        "its" | "Its" => Some(Pronoun::Thing),
        "their" | "Their" => Some(Pronoun::Plural),
        _ => None,
    }
}

/// "The following members of the Committee were present: Edda Halloran, Governor; Piet
/// Vasko, …": the people a colon lists after the members of a body are its members.
fn members_listed(lex: &Lexicon, facts: &Facts, toks: &[Tok<'_>], s: &SentenceFacts) -> Vec<Claim> {
    /// The most words between the members and the colon ("were present").
    const MAX_GAP: usize = 3;
    let Some((org, colon)) = s.mentions.iter().find_map(|d| {
        let m = &d.mention;
        let MentionKind::Role {
            noun: "member",
            plural: true,
            ..
        } = m.kind
        else {
            return None;
        };
        let org = m.orgs.first()?;
        let colon = (m.toks.end - 1..toks.len().min(m.toks.end + MAX_GAP))
            .take_while(|&k| !toks[k].barrier)
            .find(|&k| toks[k].punct == Some(':'))?;
        Some((org.to_string(), toks[colon].end))
    }) else {
        return Vec::new();
    };
    s.mentions
        .iter()
        .filter(|d| d.mention.start >= colon)
        .filter_map(|d| d.mention.name())
        .filter(|name| !facts.org_like(lex, name) && super::registry::is_personal_name(lex, name))
        .map(|name| claim(name, &org, Evidence::Membership))
        .collect()
}

/// "the Royal College of Nursing (RCN), whose general secretary, Pat Cullen, said", "Shelter,
/// whose chief executive is Polly Neate,": a member's title after "whose" is held in the
/// organisation the relative clause is about.
fn whose_member_named(lex: &Lexicon, facts: &Facts, toks: &[Tok<'_>]) -> Vec<Claim> {
    /// The most words of the title.
    const MAX_TITLE: usize = 4;
    let mut out = Vec::new();
    for (w, whose) in toks.iter().enumerate().skip(1) {
        if !whose.is("whose") || toks[w - 1].punct != Some(',') || whose.barrier {
            continue;
        }
        let Some(org) = super::mentions::mention_backward(lex, toks, w - 1)
            .and_then(|m| m.name().map(str::to_owned))
            .filter(|n| facts.org_like(lex, n) || facts.is_org_short_name(n))
        else {
            continue;
        };
        let Some(title_end) = (w + 1..toks.len().min(w + 1 + MAX_TITLE))
            .take_while(|&k| !toks[k].barrier)
            .find(|&k| toks[k].punct.is_some() || toks.get(k + 1).is_some_and(|n| n.is("is")))
        else {
            continue;
        };
        let title = &toks[w + 1..=title_end];
        if !title
            .last()
            .and_then(|t| t.role)
            .is_some_and(|r| lex.is_member_role(r))
            || title.iter().any(|t| t.capitalized())
        {
            continue;
        }
        let name_at = title_end + 1 + usize::from(toks[title_end].punct.is_none());
        if let Some(person) = super::mentions::mention_forward(lex, toks, name_at)
            .filter(|m| matches!(m.kind, MentionKind::Named(_)))
            .and_then(|m| m.name().map(str::to_owned))
        {
            out.push(claim(&person, &org, Evidence::Title));
        }
    }
    out
}

/// The names after "speaking to", "talking to" and "an interview with" in a sentence: outlets
/// or people spoken to.
fn outlets_spoken_to(lex: &Lexicon, toks: &[Tok<'_>]) -> Vec<String> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.barrier || t.punct.is_some() {
            continue;
        }
        let to = (lexicon::is_one_of(t.word, &["speaking", "talking"])
            && toks.get(k + 1).is_some_and(|n| n.is("to")))
            || (t.is("interview") && toks.get(k + 1).is_some_and(|n| n.is("with")));
        if !to {
            continue;
        }
        let at = k + 2;
        if let Some(run) = org_run(lex, toks, at).filter(|r| r.end > at) {
            out.push(run.name);
        }
    }
    out
}

/// "Khan’s party, Pakistan Tehreek-e-Insaf, said": a person's party, movement or union,
/// named after a comma, is one the person belongs to.
fn own_body_named(lex: &Lexicon, toks: &[Tok<'_>]) -> Vec<Claim> {
    /// The most words of the owner's name.
    const MAX_NAME: usize = 4;
    let mut out = Vec::new();
    for (k, kind) in toks.iter().enumerate().skip(1) {
        let owner = &toks[k - 1];
        let body = kind.punct == Some(',')
            && !kind.barrier
            && kind.org_word
            && kind.role.is_none()
            && !kind.capitalized()
            && lexicon::is_one_of(kind.bare(), lexicon::MEMBERS_BODIES);
        if !body || !owner.possessive() || !owner.name || owner.barrier {
            continue;
        }
        let first = (k.saturating_sub(MAX_NAME)..k - 1)
            .rev()
            .take_while(|&j| toks[j].name && !toks[j].barrier && toks[j].punct.is_none())
            .last()
            .unwrap_or(k - 1);
        let person: Vec<&str> = toks[first..k].iter().map(|t| t.bare()).collect();
        let person = person.join(" ");
        if lex_org_like(lex, &person) {
            continue;
        }
        if let Some(run) = org_run(lex, toks, k + 1) {
            out.push(claim(&person, &run.name, Evidence::Membership));
        }
    }
    out
}

fn claim(person: &str, org: &str, evidence: Evidence) -> Claim {
    Claim {
        person: person.to_owned(),
        org: org.trim_end_matches(['’', '\'']).to_owned(),
        evidence,
        portfolio: false,
        patron: false,
    }
}

/// "Andrey Ryabinskiy of the company MHJ", "Greg Bluestein of the Atlanta Journal-Constitution":
/// an organisation right after the name.
fn of_organisation(lex: &Lexicon, toks: &[Tok<'_>], end: usize) -> Option<String> {
    let previous = end.checked_sub(1).map(|k| &toks[k])?;
    if previous.punct.is_some() {
        return None;
    }
    toks.get(end).filter(|t| t.is("of") || t.is("at"))?;
    // "Rep. Corin Vask of Renvik's Civic Union": past its leader's possessive name.
    let owner = toks
        .get(end + 1)
        .is_some_and(|t| t.possessive() && t.name && t.punct.is_none());
    let run = org_run(lex, toks, end + 1 + usize::from(owner))?;
    (lex_org_like(lex, &run.name) || run.described).then_some(run.name)
}

/// "Klokov was at that time Director of External Communications for PJSC Federal Grid
/// Company", "who until recently was president of the Django Software Foundation": from the
/// copula at `k` after the name ([`copula_at`]).
fn copula_organisation(lex: &Lexicon, toks: &[Tok<'_>], k: usize) -> Option<String> {
    let role_at = (k + 1..(k + COPULA_REACH).min(toks.len())).find(|&j| toks[j].role.is_some())?;
    // "Arlen Cusk was 61 when a consultant at Ambery Chest Hospital told him": the role is in
    // a clause of its own.
    if toks[k + 1..role_at].iter().any(|t| {
        t.barrier
            || t.punct == Some('.')
            || t.verb.is_some()
            || lexicon::is_one_of(t.word, lexicon::SUBORDINATORS)
    }) {
        return None;
    }
    copula_complement_org(lex, toks, k, role_at)
}

/// How many words after a copula its role and organisation may stand.
const COPULA_REACH: usize = 12;

/// "Yuri Dobresh was its head endurance coach": the copula at `k` after a name
/// ([`copula_at`]), then a role owned by "its" (the organisation the text is about).
fn copula_role_of_it(toks: &[Tok<'_>], k: usize) -> bool {
    const REACH: usize = 5;
    toks.get(k + 1).is_some_and(|t| t.is("its"))
        && (k + 2..(k + REACH).min(toks.len()))
            .take_while(|&j| !toks[j].barrier && toks[j].verb.is_none())
            .any(|j| toks[j].role.is_some())
}

/// The copula after a name ending at `end` ("was", "has been"), past ", who" and adverbs.
fn copula_at(toks: &[Tok<'_>], end: usize) -> Option<usize> {
    let mut k = end;
    // Skip ", who" and adverbs before the copula.
    while let Some(t) = toks.get(k) {
        if t.is("who") || t.word.ends_with("ly") || t.is("until") || t.is("recently") {
            k += 1;
            continue;
        }
        break;
    }
    // "has been", "had been": the perfect of the copula.
    if toks
        .get(k)
        .is_some_and(|t| t.punct.is_none() && lexicon::is_one_of(t.word, &["has", "had", "have"]))
        && toks.get(k + 1).is_some_and(|t| t.is("been"))
    {
        k += 1;
    }
    let copula = toks.get(k)?;
    lexicon::is_one_of(
        copula.word,
        &[
            "was", "is", "became", "becomes", "remains", "remained", "been",
        ],
    )
    .then_some(k)
}

/// The organisation of a copula's complement from the copula at `k` to its role at `role_at`.
fn copula_complement_org(
    lex: &Lexicon,
    toks: &[Tok<'_>],
    k: usize,
    role_at: usize,
) -> Option<String> {
    // "the Trump Campaign’s Director of ...": a possessive organisation before the role.
    let possessive = toks[k + 1..role_at]
        .iter()
        .rposition(|t| t.possessive() && t.name)
        .map(|p| {
            let at = k + 1 + p;
            let mut s = at;
            while s > k + 1 && toks[s - 1].name && !toks[s - 1].possessive() {
                s -= 1;
            }
            toks[s..=at]
                .iter()
                .map(|t| t.bare())
                .collect::<Vec<_>>()
                .join(" ")
        });
    let mut linked: Option<String> = None;
    let mut org_like_link = false;
    let mut j = role_at + 1;
    while j < toks.len().min(role_at + COPULA_REACH) {
        let t = &toks[j];
        if t.barrier || t.verb.is_some() {
            break;
        }
        if lexicon::ROLE_LINKS.contains(&t.word)
            && let Some(run) = org_run(lex, toks, j + 1)
        {
            let org_like = run.described || lex_org_like(lex, &run.name);
            if org_like || (!t.locative && !org_like_link) {
                linked = Some(run.name);
                org_like_link |= org_like;
            }
            j = run.end;
            continue;
        }
        if t.punct.is_some() {
            break;
        }
        j += 1;
    }
    // An organisation-like link wins, then the possessive, then any link.
    match (linked, possessive) {
        (Some(link), _) if org_like_link => Some(link),
        (_, Some(owner)) => Some(owner),
        (link, None) => link,
    }
}

/// "Joan Nestle co-founded the Lesbian Herstory Archives", "Justin Clark, who oversaw the
/// Trump Campaign’s general counsel’s office".
fn membership_organisation(lex: &Lexicon, toks: &[Tok<'_>], end: usize) -> Option<(String, bool)> {
    let mut k = end;
    while toks.get(k).is_some_and(|t| {
        !t.barrier && t.punct.is_none() && (t.is("who") || t.on(WordList::SubjectVerbFillers))
    }) {
        k += 1;
    }
    let verb = toks.get(k)?;
    if !verb.on(WordList::MembershipVerbs) {
        return None;
    }
    let founded = lexicon::is_one_of(verb.word, lexicon::FOUNDING_VERBS);
    let mut j = k + 1;
    // "worked with Rudolph Giuliani" or "with the Trump Organization" is collaboration, not
    // membership; "worked at" and "for" are.
    if toks.get(j).is_some_and(|t| t.is("with")) {
        return None;
    }
    // "who presided over the Council".
    if toks
        .get(j)
        .is_some_and(|t| t.is("at") || t.is("for") || t.is("over"))
    {
        j += 1;
    }
    let j = crate::parse::mentions::past_body_of(toks, j);
    org_run(lex, toks, j).map(|run| (run.name, founded))
}

/// The group a person with roles but no organisation belongs to ("Analysts and scholars"),
/// as (name, kind), by the first role (in the order given) that has a class; `qualifier`
/// names the group for qualified classes ("Western diplomats").
pub(crate) fn role_group(roles: &[&str], qualifier: Option<&str>) -> Option<(String, FactionKind)> {
    roles.iter().find_map(|role| {
        let class = &lexicon::ROLE_CLASSES[role_class(role)?];
        let name = match class.name {
            GroupName::Fixed(fixed) | GroupName::Members(fixed) => fixed.to_owned(),
            GroupName::Qualified(plural) => match qualifier {
                Some(q) => format!("{q} {plural}"),
                None => capitalize(plural),
            },
        };
        Some((name, class.kind))
    })
}

/// The role class a role noun belongs to, by index in [`lexicon::ROLE_CLASSES`].
pub(crate) fn role_class(role: &str) -> Option<usize> {
    Lexicon::get().role_class(role)
}

/// What kind of side an organisation is, by the words of its name and the text around it.
pub(crate) fn org_kind(name: &str, armed: bool) -> FactionKind {
    let words: Vec<String> = name.words_quick().map(str::to_lowercase).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if has(lexicon::INSTITUTION_WORDS) {
        FactionKind::Institution
    } else if has(lexicon::GOVERNMENT_WORDS) {
        FactionKind::Government
    } else if armed || has(lexicon::MILITARY_WORDS) {
        FactionKind::ArmedGroup
    } else {
        FactionKind::Other
    }
}

/// The text with its first letter in upper case.
pub(crate) fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// Whether a lower-case organisation name is the office of a lower-case title: "office of
/// {title}", "office of the {title}", "{title}’s office", "{title}'s office", "{title} office".
fn is_office_of(folded: &str, title: &str) -> bool {
    let office_of = folded
        .strip_prefix("office of ")
        .is_some_and(|rest| rest == title || rest.strip_prefix("the ") == Some(title));
    let titles_office = folded.strip_suffix(" office").is_some_and(|rest| {
        rest == title
            || rest.strip_suffix("’s") == Some(title)
            || rest.strip_suffix("'s") == Some(title)
    });
    office_of || titles_office
}

/// Whether `text` holds `part`, ignoring ASCII case.
fn contains_ignoring_ascii_case(text: &str, part: &str) -> bool {
    text.as_bytes()
        .windows(part.len())
        .any(|w| w.eq_ignore_ascii_case(part.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockKind;
    use crate::parse::names::NameEvidence;
    use expect_test::{Expect, expect};

    /// The claims one paragraph makes, one per line.
    fn check(text: &str, expect: Expect) {
        let lex = Lexicon::get();
        let mut classes = crate::parse::words::WordClasses::default();
        let mut paragraphs = vec![Paragraph::new(
            lex,
            &mut classes,
            0,
            BlockKind::Paragraph,
            text,
            &[],
            crate::parse::spans::QuoteStyle::Double,
        )];
        let evidence = NameEvidence::learn(&paragraphs, classes.spellings());
        for p in &mut paragraphs {
            evidence.mark(p, 0);
        }
        let facts = super::super::facts::read(lex, &paragraphs);
        let lines: Vec<String> = claims(lex, &paragraphs, &facts)
            .iter()
            .map(|c| format!("{} → {} ({:?})", c.person, c.org, c.evidence))
            .collect();
        expect.assert_eq(&lines.join("\n"));
    }

    #[test]
    fn an_apposition_names_the_organisation() {
        check(
            "In 2012, Jeff Atwood, the cofounder of Stack Overflow, wrote a post.",
            expect![["Jeff Atwood → Stack Overflow (Apposition)"]],
        );
    }

    #[test]
    fn a_title_of_a_body_named_by_its_kind_and_a_modifier_is_of_the_body_named_before() {
        check(
            "Selbrook City Council met in May. Patrick Noone, the leader of the city council, spoke.",
            expect!["Patrick Noone → Selbrook City Council (Apposition)"],
        );
    }

    #[test]
    fn a_title_of_a_kind_of_body_is_of_the_body_of_that_kind_named_before() {
        check(
            "The Harnesby Police Department was reviewed by the Harnesby Office of Police Accountability. Chief of Police Roland Teague spoke.",
            expect!["Roland Teague → Harnesby Police Department (Title)"],
        );
    }

    #[test]
    fn a_title_whose_office_the_text_names_is_of_that_office() {
        check(
            "The Office of White House Counsel had concerns. White House Counsel Pat Cipollone said so.",
            expect!["Pat Cipollone → Office of White House Counsel (Title)"],
        );
    }

    #[test]
    fn her_deputy_serves_the_person_named_before() {
        check(
            "Petra Hollanc, the governor, was blunt. Her deputy, Dušan Verk, was more measured.",
            expect![["Dušan Verk → Petra Hollanc (Title)"]],
        );
    }

    #[test]
    fn his_successor_serves_what_the_person_named_before_served() {
        check(
            "Cyril Venning, the chief of the Selbrook City Police, retired. His successor, Alistair Moyle, disbanded the unit.",
            expect![[r#"
                Cyril Venning → Selbrook City Police (Apposition)
                Alistair Moyle → Cyril Venning (Succession)
                Alistair Moyle → Selbrook City Police (Paragraph)"#]],
        );
    }

    #[test]
    fn a_relative_is_not_a_member_of_the_person_named_in_the_possessive() {
        check(
            "Lionel Dray, Desmond’s elder brother, appealed to the crowd.",
            expect![[""]],
        );
    }

    #[test]
    fn a_publications_critic_writes_for_it() {
        check(
            "Reviewing the drama, the Evening Courier’s television critic, Dennis Hobb, called it moving.",
            expect!["Dennis Hobb → Evening Courier (Title)"],
        );
    }

    #[test]
    fn its_director_belongs_to_the_organisation_named_before() {
        check(
            "In May, Transparency Monitor, an election observation group, sent an analysis. Its director, Samuel Okafor, wrote a letter.",
            expect![[r#"
                Samuel Okafor → Transparency Monitor (Title)
                Samuel Okafor → Transparency Monitor (Paragraph)"#]],
        );
    }

    #[test]
    fn a_possessive_before_the_role_names_the_organisation() {
        check(
            "Then Mike Krieger, one of Instagram’s cofounders, emphasized this point.",
            expect![["Mike Krieger → Instagram (Apposition)"]],
        );
    }

    #[test]
    fn an_organisation_before_a_title_names_the_organisation() {
        check(
            "Then Instagram co-founder Mike Krieger spoke and Ahrar al-Sham commander Farouq Bakr agreed.",
            expect![["Mike Krieger → Instagram (Title)\nFarouq Bakr → Ahrar al-Sham (Title)"]],
        );
    }

    #[test]
    fn an_apposition_names_the_organisation_after_descriptors_joined_by_and() {
        check(
            "Al-Farouq Abu Bakr, Aleppo commander for opposition faction and Islamist movement Ahrar al-Sham, led negotiations from the rebel side.",
            expect![["Al-Farouq Abu Bakr → Ahrar al-Sham (Apposition)"]],
        );
    }

    #[test]
    fn the_maker_of_a_named_project_belongs_to_it() {
        check(
            "ScrewTurn Wiki is a wiki project developed by Dario Solara, another developer.",
            expect![["Dario Solara → ScrewTurn Wiki (Membership)"]],
        );
    }

    #[test]
    fn a_founder_belongs_to_what_they_created() {
        check(
            "Later, Marquess created the OpenSSL Software Foundation to take donations.",
            expect![["Marquess → OpenSSL Software Foundation (Founded)"]],
        );
    }

    #[test]
    fn an_organisation_name_with_for_inside_is_whole() {
        check(
            "Jessica Lord, a developer, contributed while working at Code for America, a nonprofit.",
            expect![["Jessica Lord → Code for America (Membership)"]],
        );
    }

    #[test]
    fn a_creator_of_an_organisation_with_the_in_its_name_belongs_to_it() {
        check(
            "Eric Holscher is a creator of Read the Docs, which hosts documentation.",
            expect![["Eric Holscher → Read the Docs (Copula)"]],
        );
    }

    #[test]
    fn a_founding_outranks_a_job_and_collaboration_is_no_membership() {
        check(
            "Richard Stallman, a programmer at the MIT Artificial Intelligence Laboratory, left. Stallman later founded the Free Software Foundation in 1985. Sater had previously worked with the Trump Organization.",
            expect![[r#"
                Richard Stallman → MIT Artificial Intelligence Laboratory (Apposition)
                Stallman → Free Software Foundation (Founded)"#]],
        );
    }

    #[test]
    fn of_the_company_names_the_organisation() {
        check(
            "Sater sent an invitation signed by Andrey Ryabinskiy of the company MHJ to Cohen.",
            expect![["Andrey Ryabinskiy → MHJ (Of)"]],
        );
    }

    #[test]
    fn a_copula_with_a_role_names_the_organisation() {
        check(
            "Then Klokov was at that time Director of External Communications for PJSC Federal Grid Company of Unified Energy System, a company.",
            expect!["Klokov → PJSC Federal Grid Company of Unified Energy System (Copula)"],
        );
    }

    #[test]
    fn a_verb_of_membership_names_the_organisation() {
        check(
            "Then Joan Nestle co-founded the Lesbian Herstory Archives in 1974.",
            expect![["Joan Nestle → Lesbian Herstory Archives (Founded)"]],
        );
    }

    #[test]
    fn a_member_role_takes_the_organisation_named_before_in_the_paragraph() {
        check(
            "The Django Foundation states that it offers no support. One of the maintainers, Eric Holscher, went as far as to comment.",
            expect![["Eric Holscher → Django Foundation (Paragraph)"]],
        );
    }

    #[test]
    fn role_groups_gather_people_with_no_organisation() {
        assert_eq!(
            role_group(&["historian"], None),
            Some(("Analysts and scholars".to_owned(), FactionKind::Other))
        );
        assert_eq!(
            role_group(&["diplomat"], Some("Western")),
            Some(("Western diplomats".to_owned(), FactionKind::Government))
        );
        assert_eq!(
            role_group(&["dentist"], None).map(|g| g.0),
            Some("Civilians".to_owned())
        );
    }
}
