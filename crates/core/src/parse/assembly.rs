//! Assembly: the model from the passes' outputs: ids, speakers, factions, quotes, notes,
//! block spans and the diagnostics about what the parser could not decide.

use super::factions::{Evidence, org_kind, role_group};
use super::ids::Ids;
use super::lexicon;
use super::paragraph::Paragraph;
use super::registry::{
    Entity, EntityId, EntityKind, Registry, contains_run, is_personal_name, strip_honorific,
};
use super::sieves::{Sieve, reads_as_sentence};
use super::sourcing::SourcedQuote;
use super::spans::MarkedBlock;
use super::words::Lexicon;
use crate::model::{
    Block, BlockKind, Citation, Confidence, Diagnostic, Faction, FactionKind, Note, NoteKind,
    NoteMarker, Quote, QuoteKind, Report, Section, Speaker, SpeakerKind, TextSpan,
};
use crate::text::{self, TrimQuick, WordsQuick};
use std::collections::{BTreeMap, BTreeSet};

/// What assembly reads.
pub(crate) struct Parts<'a> {
    /// The layout's title, byline and sections (its blocks went to the spans pass).
    pub title: Option<String>,
    /// The byline, if any.
    pub byline: Option<String>,
    /// The sections.
    pub sections: Vec<Section>,
    /// The blocks with their markers, which become the model's (the paragraphs that read
    /// them are done with: [`report_quote_problems`] runs before).
    pub blocks: Vec<MarkedBlock>,
    /// The quotes in reading order.
    pub quotes: Vec<SourcedQuote>,
    /// The notes.
    pub notes: Vec<Note>,
    /// Everyone who can speak.
    pub registry: &'a Registry,
    /// The report's full text.
    pub source: &'a str,
    /// The title to use when there is no title line.
    pub fallback_title: Option<&'a str>,
}

/// A faction before it has an id: an organisation of the registry, or a role group by name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum FactionKey {
    Org(EntityId),
    Group(String),
}

/// Builds the report (after [`report_quote_problems`]).
pub(crate) fn assemble(mut parts: Parts<'_>, diagnostics: &mut Vec<Diagnostic>) -> Report {
    let registry = parts.registry;
    let speaking: Vec<EntityId> = speaking_order(&parts.quotes);
    let mut faction_of: BTreeMap<EntityId, FactionKey> = BTreeMap::new();
    for &who in &speaking {
        if let Some(key) = faction_key(registry, who) {
            faction_of.insert(who, key);
        }
    }
    ministries_to_government(registry, &speaking, &mut faction_of);
    // "the Department’s Office of Grants Management": a part speaks for the whole.
    for key in faction_of.values_mut() {
        if let FactionKey::Org(org) = key {
            *org = registry.whole_of(*org);
        }
    }
    let mut faction_keys: Vec<FactionKey> = Vec::new();
    for key in speaking.iter().filter_map(|who| faction_of.get(who)) {
        if !faction_keys.contains(key) {
            faction_keys.push(key.clone());
        }
    }
    let factions = factions(registry, &faction_keys, &faction_of);
    let faction_id = |key: &FactionKey| {
        faction_keys
            .iter()
            .position(|k| k == key)
            .map(|i| factions[i].id.clone())
    };
    let mut ids = Ids::default();
    let speakers: Vec<Speaker> = speaking
        .iter()
        .map(|&who| {
            let entity = registry.get(who);
            let name = registry.display_name(who);
            let aliases = entity
                .aliases
                .iter()
                .chain(entity.spellings.keys())
                .filter(|a| **a != name)
                .cloned()
                .collect::<BTreeSet<String>>()
                .into_iter()
                .collect();
            Speaker {
                id: ids.unique(text::slug(&name), "speaker"),
                name,
                aliases,
                role: registry.role_of(who),
                kind: match entity.kind {
                    EntityKind::Person => SpeakerKind::Person,
                    EntityKind::Group => SpeakerKind::Anonymous,
                    EntityKind::Organisation | EntityKind::Document => SpeakerKind::Organisation,
                },
                faction: faction_of.get(&who).and_then(faction_id),
            }
        })
        .collect();
    let speaker_id = |who: Option<EntityId>| {
        who.and_then(|w| speaking.iter().position(|x| *x == w))
            .map(|k| speakers[k].id.clone())
    };

    let quotes = quotes(
        &mut parts.quotes,
        &parts.blocks,
        &parts.sections,
        &speaker_id,
    );
    let mut notes = parts.notes;
    link_notes(&mut notes, &parts.blocks, registry, &speaking, &speakers);

    let title = match (&parts.title, parts.fallback_title) {
        (Some(t), _) => t.clone(),
        (None, Some(fallback)) => fallback.to_owned(),
        (None, None) => "Untitled report".to_owned(),
    };
    if parts.title.is_none() {
        diagnostics.push(Diagnostic::info(
            1,
            "no-title",
            format!("The report has no title line; it is shown as “{title}”."),
        ));
    }
    let date = parts
        .byline
        .as_deref()
        .and_then(|b| super::notes::dates(b).next());
    let mut blocks: Vec<Block> = parts
        .blocks
        .into_iter()
        .map(|m| {
            let mut block = m.block;
            block.note_markers = m
                .markers
                .iter()
                .map(|k| NoteMarker {
                    n: k.n,
                    start: k.start,
                    end: k.end,
                })
                .collect();
            block
        })
        .collect();
    for (i, q) in parts.quotes.iter().enumerate() {
        blocks[q.block].quote_spans.push(TextSpan {
            quote: i,
            start: q.span.start,
            end: q.span.end,
        });
    }
    Report {
        title,
        byline: parts.byline,
        date,
        content_hash: text::content_hash(parts.source),
        sections: parts.sections,
        blocks,
        quotes,
        speakers,
        factions,
        notes,
    }
}

/// Speakers in order of first speech.
fn speaking_order(quotes: &[SourcedQuote]) -> Vec<EntityId> {
    let mut out = Vec::new();
    for q in quotes {
        if let (QuoteKind::Speech, Some(who)) = (q.decision.kind, q.decision.speaker)
            && !out.contains(&who)
        {
            out.push(who);
        }
    }
    out
}

/// The faction an entity belongs to: an organisation is its own; a person goes to the
/// organisation the text ties them to most strongly, else to the group of their role; an
/// anonymous group to the organisation its mention names, else to its role's group.
fn faction_key(registry: &Registry, who: EntityId) -> Option<FactionKey> {
    let entity = registry.get(who);
    match entity.kind {
        EntityKind::Organisation => Some(FactionKey::Org(who)),
        EntityKind::Person => {
            if let Some(org) = own_organisation(registry, entity) {
                return Some(FactionKey::Org(org));
            }
            // An assistant's side is the side of the person they assist.
            if let Some(key) = entity
                .serves
                .iter()
                .find_map(|&p| patron_faction(registry, p))
            {
                return Some(key);
            }
            // "Raila Odinga, the opposition leader": the opposition is the person's side.
            if entity.role_texts.iter().any(|t| of_the_opposition(t)) {
                return Some(opposition(registry));
            }
            // A named person the text gives neither a role nor a side speaks for themselves.
            // So does one whose role no group gathers ("the chair of the camp committee").
            main_role_group(entity)
                .or_else(|| Some(FactionKey::Group(super::lexicon::INDIVIDUALS.to_owned())))
        }
        EntityKind::Group => {
            let key = entity.group.as_ref()?;
            if let Some(org) = key.org {
                return Some(FactionKey::Org(org));
            }
            if let Some(key) = key.patron.and_then(|p| patron_faction(registry, p)) {
                return Some(key);
            }
            // "Opposition fighters said": people of the opposition.
            if key
                .qualifier
                .as_deref()
                .is_some_and(|q| q.eq_ignore_ascii_case(lexicon::OPPOSITION))
                || entity.spellings.keys().any(|s| of_the_opposition(s))
            {
                return Some(opposition(registry));
            }
            let proper = key
                .qualifier
                .as_deref()
                .filter(|q| q.chars().next().is_some_and(char::is_uppercase));
            // "A French government source": a source the group's key counts among officials.
            let noun = if key.class.is_some() && key.class != super::factions::role_class(key.noun)
            {
                "official"
            } else {
                key.noun
            };
            role_group(&[noun], proper).map(|(name, _)| FactionKey::Group(name))
        }
        EntityKind::Document => entity
            .owner
            .or(entity.handler)
            .and_then(|o| faction_key(registry, o)),
    }
}

/// The side named "the opposition" ([`lexicon::OPPOSITION`]): the organisation the text calls so
/// ("“…,” said the opposition"), else a group of that name.
fn opposition(registry: &Registry) -> FactionKey {
    registry.find_org(lexicon::OPPOSITION).map_or_else(
        || FactionKey::Group(lexicon::OPPOSITION.to_owned()),
        FactionKey::Org,
    )
}

/// Whether a role's words put its holder in the opposition ("the opposition leader", "an
/// opposition candidate", "Opposition fighters"): the word qualifies what follows it.
fn of_the_opposition(text: &str) -> bool {
    let mut words = text.words_quick();
    while let Some(w) = words.next() {
        if w.eq_ignore_ascii_case(lexicon::OPPOSITION) {
            return words.next().is_some_and(|n| !n.eq_ignore_ascii_case("to"));
        }
    }
    false
}

/// The role group of a person's main role: the commonest role, the first seen among equals (a
/// "fire chief" who is also a "colonel" is not a fighter), named by the place of their title
/// where the class is named so ("Sarune officials").
/// Ministries speak for their government when the report shows one: the national government
/// that speaks in it ("the Government of Calvessa"), else, when two ministries or more speak
/// ("the Interior Ministry", "the Foreign Ministry"), the group of that government's
/// officials. A report with one ministry and a provincial government keeps them apart.
fn ministries_to_government(
    registry: &Registry,
    speaking: &[EntityId],
    faction_of: &mut BTreeMap<EntityId, FactionKey>,
) {
    let spelled = |e: &Entity, word: &str| {
        e.spellings
            .keys()
            .any(|s| s.words_quick().any(|w| w == word))
    };
    let is_ministry = |key: &FactionKey| matches!(key, FactionKey::Org(org) if spelled(registry.get(*org), "Ministry"));
    let national_government = |e: &Entity| {
        e.kind == EntityKind::Organisation
            && e.spellings.keys().any(|s| {
                let lower = s.to_lowercase();
                lower.words_quick().any(|w| w == "government")
                    && !lower
                        .words_quick()
                        .any(|w| lexicon::SUBNATIONAL_WORDS.contains(&w))
            })
    };
    let ministries: BTreeSet<&FactionKey> =
        faction_of.values().filter(|k| is_ministry(k)).collect();
    let government = speaking
        .iter()
        .find(|who| national_government(registry.get(**who)))
        .map(|who| FactionKey::Org(*who))
        .or_else(|| {
            (ministries.len() >= 2)
                .then(|| role_group(&["official"], None))
                .flatten()
                .map(|(name, _)| FactionKey::Group(name))
        });
    let Some(government) = government else {
        return;
    };
    for key in faction_of.values_mut() {
        if is_ministry(key) {
            *key = government.clone();
        }
    }
}

fn main_role_group(person: &Entity) -> Option<FactionKey> {
    let mut roles: Vec<&'static str> = Vec::new();
    // "Deputy prime minister Ana Brnabić": a rank that no group gathers ("deputy") gives way
    // to the role it ranks ("minister").
    for r in &person.roles {
        let bare_rank = lexicon::RANKS.contains(r) && super::factions::role_class(r).is_none();
        if !roles.contains(r) && !bare_rank {
            roles.push(r);
        }
    }
    text::sort_by_rank(&mut roles, |r| {
        let count = person.roles.iter().filter(|x| *x == r).count() as u64;
        text::descending(count)
    });
    // "a former deputy foreign minister": someone who no longer holds a post of state speaks
    // for no government; "former officials" are a group of their own.
    let former = !person.role_texts.is_empty()
        && person.role_texts.iter().all(|t| {
            t.words_quick()
                .take(2)
                .any(|w| w.eq_ignore_ascii_case("former"))
        });
    let qualifier = if former {
        Some("Former")
    } else {
        person.place.as_deref()
    };
    let (name, kind) = role_group(&roles[..roles.len().min(1)], qualifier)?;
    // Only a group named for the state's posts takes the word; "former journalists" are
    // journalists.
    if former && kind != crate::model::FactionKind::Government {
        return role_group(&roles[..roles.len().min(1)], person.place.as_deref())
            .map(|(name, _)| FactionKey::Group(name));
    }
    Some(FactionKey::Group(name))
}

/// The side of a person whom others serve, by the person's own ties only (the organisations
/// they are tied to, or the body of their title, else their role group), so ties cannot loop.
fn patron_faction(registry: &Registry, patron: EntityId) -> Option<FactionKey> {
    let person = registry.get(patron);
    if person.kind != EntityKind::Person {
        return None;
    }
    match own_organisation(registry, person) {
        Some(org) => Some(FactionKey::Org(org)),
        None if person.claims.is_empty() => main_role_group(person),
        None => None,
    }
}

/// The organisation a person's own ties give: the one the text ties them to most strongly, or
/// the body their title seats them in when their ties are only as weak as a shared name or
/// paragraph ("President Trump" beside "the Trump Campaign").
fn own_organisation(registry: &Registry, person: &Entity) -> Option<EntityId> {
    let mut votes: BTreeMap<EntityId, (u32, usize)> = BTreeMap::new();
    for (order, (org, evidence)) in person.claims.iter().enumerate() {
        // "the State’s GOP chair" and "Michigan GOP Chair": the fuller name of the same
        // organisation takes the vote.
        let org = fuller_claimed(registry, person, *org);
        let vote = votes.entry(org).or_insert((0, usize::MAX - order));
        vote.0 += evidence.weight();
    }
    let weak = person
        .claims
        .iter()
        .all(|(_, evidence)| evidence.weight() <= Evidence::Paragraph.weight());
    let titled = || title_body(registry, person);
    if weak && let Some(body) = titled() {
        return Some(body);
    }
    votes
        .iter()
        .max_by_key(|(_, v)| **v)
        .map(|(&org, _)| org)
        .or_else(titled)
}

/// Among the organisations a person is tied to, one whose name holds every word of `org`'s
/// and more ("Michigan GOP" for "GOP"), else `org`.
fn fuller_claimed(registry: &Registry, person: &Entity, org: EntityId) -> EntityId {
    let key = &registry.get(org).org_key;
    let holds =
        |other: &Vec<String>| other.len() > key.len() && key.iter().all(|w| other.contains(w));
    person
        .claims
        .iter()
        .map(|(o, _)| *o)
        .find(|o| holds(&registry.get(*o).org_key))
        .unwrap_or(org)
}

/// The body a title makes its holder a member of, when the text names exactly one such body
/// ("Senator Mike Lee" and "the U.S. Senate").
fn title_body(registry: &Registry, person: &Entity) -> Option<EntityId> {
    person.titles.iter().find_map(|title| {
        let the_one = |is_body: &dyn Fn(&Entity) -> bool| {
            let mut bodies = registry
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityKind::Organisation && is_body(e))
                .map(|(i, _)| EntityId(i));
            let first = bodies.next()?;
            bodies.next().is_none().then_some(first)
        };
        // "President Trump" works in the White House, the one seat of a head of state the
        // text names.
        if lexicon::EXECUTIVE_TITLES.contains(title) {
            return the_one(&|e: &Entity| {
                lexicon::EXECUTIVE_SEATS
                    .iter()
                    .any(|seat| e.tokens.join(" ") == *seat)
            });
        }
        let (_, body) = lexicon::TITLE_BODIES.iter().find(|(t, _)| t == title)?;
        the_one(&|e: &Entity| e.tokens.last().is_some_and(|w| w == body))
    })
}

/// The factions, with ids; `members` says who belongs to which.
fn factions(
    registry: &Registry,
    keys: &[FactionKey],
    members: &BTreeMap<EntityId, FactionKey>,
) -> Vec<Faction> {
    let mut ids = Ids::default();
    keys.iter()
        .map(|key| {
            let (name, kind, aliases) = match key {
                FactionKey::Org(org) => {
                    let entity = registry.get(*org);
                    let name = registry.display_name(*org);
                    let aliases: Vec<String> = entity
                        .aliases
                        .iter()
                        .filter(|a| **a != name)
                        .cloned()
                        .collect();
                    (name.clone(), org_kind(&name, entity.armed), aliases)
                }
                FactionKey::Group(name) => {
                    let kind = role_group_kind(name);
                    let shown = members_group_name(registry, name, key, members);
                    (shown.unwrap_or_else(|| name.clone()), kind, Vec::new())
                }
            };
            Faction {
                id: ids.unique(text::slug(&name), "faction"),
                name,
                kind,
                aliases,
            }
        })
        .collect()
}

/// The name of a role group that is named by its members ([`GroupName::Members`]): the
/// commonest role word the text gives them, in the plural ("Historians").
///
/// [`GroupName::Members`]: super::lexicon::GroupName::Members
fn members_group_name(
    registry: &Registry,
    name: &str,
    key: &FactionKey,
    members: &BTreeMap<EntityId, FactionKey>,
) -> Option<String> {
    let lex = Lexicon::get();
    let class = lexicon::ROLE_CLASSES
        .iter()
        .find(|c| matches!(c.name, lexicon::GroupName::Members(n) if n == name))?;
    // Role words in order of first use, with counts.
    let mut words: Vec<(String, usize)> = Vec::new();
    let mut count = |word: String| match words.iter_mut().find(|(w, _)| *w == word) {
        Some((_, n)) => *n += 1,
        None => words.push((word, 1)),
    };
    for (who, k) in members {
        if k != key {
            continue;
        }
        let entity = registry.get(*who);
        for noun in entity.noun_counts.iter().map(|(noun, _)| *noun) {
            if class.roles.contains(&noun) {
                count(noun.to_owned());
            }
        }
        for text in &entity.role_texts {
            for word in text.words_quick() {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                let Some(role) = lex.role(word) else { continue };
                if !class.roles.contains(&role) {
                    continue;
                }
                let lower = word.to_lowercase();
                let singular = if lower.ends_with(role) || lower.contains('-') {
                    lower
                } else {
                    role.to_owned()
                };
                count(singular);
            }
        }
    }
    let best = words
        .iter()
        .enumerate()
        .max_by_key(|(first, (_, n))| (*n, std::cmp::Reverse(*first)))
        .map(|(_, (word, _))| word)?;
    Some(super::factions::capitalize(&super::words::plural(
        &lexicon::written_role(best),
    )))
}

/// The kind of a role group, by its name.
fn role_group_kind(name: &str) -> FactionKind {
    super::lexicon::ROLE_CLASSES
        .iter()
        .find(|class| match class.name {
            super::lexicon::GroupName::Fixed(fixed) | super::lexicon::GroupName::Members(fixed) => {
                fixed == name
            }
            super::lexicon::GroupName::Qualified(plural) => name.to_lowercase().ends_with(plural),
        })
        .map_or(FactionKind::Other, |class| class.kind)
}

/// The model's quotes: ids, speakers, notes, links between segments, confidence. Each
/// decision's reason is moved into its quote (nothing reads it after).
fn quotes(
    sourced: &mut [SourcedQuote],
    blocks: &[MarkedBlock],
    sections: &[Section],
    speaker_id: &dyn Fn(Option<EntityId>) -> Option<String>,
) -> Vec<Quote> {
    let mut ids = Ids::default();
    let ids: Vec<String> = sourced
        .iter()
        .map(|q| {
            let text = blocks[q.block]
                .block
                .text
                .get(q.span.start..q.span.end)
                .unwrap_or("");
            ids.unique(text::slug_words(text, 5), "quote")
        })
        .collect();
    let mut quotes: Vec<Quote> = sourced
        .iter_mut()
        .map(|q| {
            let block = &blocks[q.block];
            let d = &mut q.decision;
            let speech = d.kind == QuoteKind::Speech;
            Quote {
                // Moved in below, once no quote refers to it any more.
                id: String::new(),
                text: block
                    .block
                    .text
                    .get(q.span.start..q.span.end)
                    .unwrap_or("")
                    .trim_quick()
                    .to_owned(),
                kind: d.kind,
                speaker: speaker_id(d.speaker),
                attribution: d.attribution,
                section: sections
                    .get(block.block.section)
                    .map(|s| s.id.clone())
                    .unwrap_or_default(),
                block: q.block,
                line: block.line_at(q.span.open),
                note: q.note,
                continues: q.continues.map(|j| ids[j].clone()),
                utterance: ids[q.utterance].clone(),
                closed: q.span.closed,
                confidence: speech.then(|| d.confidence.unwrap_or(Confidence::Low)),
                reason: if speech { d.reason.take() } else { None },
            }
        })
        .collect();
    for (quote, id) in quotes.iter_mut().zip(ids) {
        quote.id = id;
    }
    quotes
}

/// Records where each note is cited and which speaker an interview note names.
fn link_notes(
    notes: &mut [Note],
    blocks: &[MarkedBlock],
    registry: &Registry,
    speaking: &[EntityId],
    speakers: &[Speaker],
) {
    let mut index: BTreeMap<u32, usize> = BTreeMap::new();
    for (i, note) in notes.iter().enumerate() {
        index.entry(note.n).or_insert(i);
    }
    for (b, block) in blocks.iter().enumerate() {
        for m in &block.markers {
            if let Some(&i) = index.get(&m.n) {
                notes[i].cited_at.push(Citation {
                    block: b,
                    line: block.line_at(m.start),
                });
            }
        }
    }
    let named: Vec<Option<String>> = notes
        .iter()
        .map(|n| {
            let note = super::sieves::resolve_note(notes, n.n)?;
            if note.kind != NoteKind::Interview {
                return None;
            }
            let person = strip_honorific(note.person.as_deref()?);
            let tokens = registry.tokens_of(person);
            let group = if is_personal_name(Lexicon::get(), person) {
                None
            } else {
                registry.group_named(person)
            };
            let k = speaking.iter().position(|&who| {
                let e = registry.get(who);
                (e.kind == EntityKind::Person && contains_run(&e.tokens, &tokens))
                    || Some(who) == group
            })?;
            Some(speakers[k].id.clone())
        })
        .collect();
    for (note, speaker) in notes.iter_mut().zip(named) {
        note.speaker = speaker;
    }
}

/// Diagnostics about quotes: stray closing marks, quotes left open, speech with no speaker or
/// with an uncertain one, sentences in quotes that no one says. Runs before [`assemble`],
/// which takes the blocks the paragraphs read.
pub(crate) fn report_quote_problems(
    paragraphs: &[Paragraph<'_>],
    blocks: &[MarkedBlock],
    quotes: &[SourcedQuote],
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (pi, p) in paragraphs.iter().enumerate() {
        let block = &blocks[p.block];
        for &stray in &p.strays {
            diagnostics.push(Diagnostic::warning(
                block.line_at(stray),
                "stray-closing-quote",
                "A closing quote mark has no opening mark before it in its paragraph.",
            ));
        }
        if let Some(span) = p
            .spans
            .last()
            .filter(|s| !s.closed && p.kind != BlockKind::BlockQuote)
        {
            let line = block.line_at(span.open);
            let reopened = paragraphs.get(pi + 1).is_some_and(|next| {
                next.spans
                    .first()
                    .is_some_and(|s| next.only_punctuation(0, s.open))
            });
            diagnostics.push(if reopened {
                Diagnostic::info(
                    line,
                    "quote-continues",
                    "A quotation runs on into the next paragraph, which reopens it.",
                )
            } else {
                Diagnostic::warning(
                    line,
                    "unclosed-quote",
                    "A quote mark opened here is never closed.",
                )
            });
        }
    }
    for q in quotes {
        let Some(pi) = q.paragraph else { continue };
        let block = &blocks[q.block];
        let line = block.line_at(q.span.open);
        let d = &q.decision;
        // The quotation's first 40 characters, for the messages (read only for one).
        let inner = q.span.inner(&block.block.text);
        let start = || {
            inner
                .char_indices()
                .nth(40)
                .map_or(inner, |(end, _)| &inner[..end])
        };
        match d.kind {
            QuoteKind::Speech if d.speaker.is_none() => diagnostics.push(Diagnostic::info(
                line,
                "speaker-unknown",
                format!("Speech “{}…” has no speaker the parser could name.", start()),
            )),
            QuoteKind::Speech if d.confidence == Some(Confidence::Low) => {
                diagnostics.push(Diagnostic::info(
                    line,
                    "speech-uncertain",
                    format!(
                        "The speaker of “{}…” is uncertain: {}",
                        start(),
                        d.reason.as_deref().unwrap_or("a guess")
                    ),
                ))
            }
            QuoteKind::Scare
                if d.sieve == Sieve::Default
                    && reads_as_sentence(q.span.inner(paragraphs[pi].text)) =>
            {
                diagnostics.push(Diagnostic::info(
                    line,
                    "no-speaker",
                    "A sentence in quotes has no speaker the parser could find; it is treated as a scare quote.",
                ))
            }
            _ => {}
        }
    }
}
