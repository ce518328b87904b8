//! Reference: who each cue's agent is, read in order so that pronouns find their antecedents.
//!
//! Names resolve through the registry (a surname shared by several people goes to the one named
//! most recently); roles become anonymous groups ("a Western diplomat", and later "the diplomat",
//! are one group); an organisation called by its kind is the one named most recently ("the
//! ministry" after "the Ministry of Labour"); documents resolve to their owner ("Chesebro’s
//! email", and later "the email"; "an editorial in the Courier") or speak for themselves; pronouns ("he", "it", "they", "One") take the first fitting mention
//! earlier in the same sentence, else the focus of the sentences before.

use super::cues::CueKind;
use super::facts::{Facts, SentenceFacts};
use super::lexicon;
use super::mentions::{Mention, MentionKind, Owner, Pronoun, is_sector};
use super::registry::{EntityId, EntityKind, Gender, GroupKey, Registry, is_personal_name};
use super::words::strip_possessive;
use crate::model::Attribution;
use crate::text::WordsQuick;
use std::collections::{BTreeMap, VecDeque};

/// How many earlier sentences a pronoun may reach back to.
const PRONOUN_REACH: usize = 4;
/// How many earlier sentences a bare document ("the memo") may reach back to for its owner.
const DOCUMENT_REACH: usize = 12;

/// Who a cue's agent is, and how that was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    /// The entity.
    pub entity: EntityId,
    /// Named (or a role or document) in the sentence, a pronoun, or a document whose owner
    /// was named earlier.
    pub how: Attribution,
}

/// What a sentence is about, for the pronouns that follow.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Focus {
    /// The person (or one anonymous person) it is about.
    pub person: Option<EntityId>,
    /// The organisation or document it is about.
    pub thing: Option<EntityId>,
    /// The group it is about ("the fake electors").
    pub plural: Option<EntityId>,
    /// The role of people spoken of in general ("many witnesses" → "witness").
    pub generic_role: Option<&'static str>,
    /// Whose document it is about ("Chesebro penned a second memo"), for a later "It".
    pub document_owner: Option<EntityId>,
    /// The person whose documents in the plural it is about ("Gwilym Tarrant's lodge
    /// minutes"), for a later "They".
    pub documents_owner: Option<EntityId>,
    /// Whether the organisation or document it is about speaks in it ("It disputed our view
    /// that … Mrs C’s complaint …, saying"): then a later "It" is that speaker, not the owner
    /// of a document it names.
    pub thing_speaks: bool,
    /// Whether that organisation spoke through a speech noun ("In its reply, the Ministry
    /// rejected"), so that "The letter" after it is its letter.
    pub thing_replied: bool,
    /// A person it opens on whom the report has not met as a speaker ("Tomek comes back in
    /// from the yard"), as an index into [`Reader::strangers`].
    pub stranger: Option<usize>,
    /// Every person it names, its focus first: whom "she" means when the focus is a man ("Mr
    /// Quarle met Ms Obrey. … she said").
    pub people: Vec<EntityId>,
    /// Whom it puts a question to by a pronoun ("Co-conspirator 2 asked her whether …"), who
    /// answers in the sentence after ("“…,” she said").
    pub asked: Option<EntityId>,
    /// The last law or agreement it names ("brokered the Halvik Ceasefire"), whose "text" a
    /// later "Its text" is.
    pub agreement: Option<EntityId>,
}

/// Someone or something a sentence names, where.
#[derive(Clone, Copy, Debug)]
struct Seen {
    /// Byte offset of the mention.
    start: usize,
    /// Who or what it is.
    id: EntityId,
    /// Whether the mention brings in someone new ("a lawyer"), not one the reader knows.
    indefinite: bool,
    /// Whether it is who asks the questions the sentence answers.
    questioner: bool,
}

/// The references of one sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentenceRefs {
    /// Per cue (same order as the sentence's cues): who its agent is.
    pub cues: Vec<Option<Resolved>>,
    /// The person (or anonymous group) the sentence opens on as its subject, a pronoun
    /// resolved ("She has since been to the prosecutor's office eleven times."): whose words a
    /// quoted sentence in the first person after it may be.
    pub opener: Option<EntityId>,
}

/// The references of one paragraph.
#[derive(Clone, Debug, Default)]
pub(crate) struct ParagraphRefs {
    /// Per sentence.
    pub sentences: Vec<SentenceRefs>,
}

/// The references of the whole body.
#[derive(Clone, Debug, Default)]
pub(crate) struct References {
    /// Per body paragraph.
    pub paragraphs: Vec<ParagraphRefs>,
}

/// Reading state: recent focus, recency of names, documents and their owners.
struct Reader<'r> {
    registry: &'r mut Registry,
    history: VecDeque<Focus>,
    recency: BTreeMap<EntityId, usize>,
    clock: usize,
    documents: VecDeque<(&'static str, EntityId)>,
    /// Documents the text gives a title and an owner ("the Department’s Grants Policy
    /// Manual"), by noun: "the Manual" means the same one however far on.
    titled_documents: BTreeMap<&'static str, EntityId>,
    /// The latest qualifier given to each role noun ("Western" for "diplomat").
    qualifiers: BTreeMap<&'static str, String>,
    /// The latest lower-case adjective given to each role noun ("senior" for "official").
    adjectives: BTreeMap<&'static str, String>,
    /// The latest group of each role noun that an organisation was given ("a spokesman for the
    /// NLA"), for "the spokesman" after it.
    org_groups: BTreeMap<&'static str, EntityId>,
    /// The names of people the text opens a sentence on before they speak or are described.
    strangers: Vec<String>,
    /// Whether the sentence being read opens on "she" or "he": its documents are the person
    /// before's ("She forwarded the assistant an email").
    opens_on_pronoun: bool,
    /// The person the paragraph's speaker label names, whom "I" means in it.
    label: Option<EntityId>,
    /// Whom "you" means in the paragraph being read: the person its latest vocative called
    /// ("Mrs Marle, you kept those books"), else the first the text called.
    addressee: Option<EntityId>,
    /// The first person the text called by name ("Gideon Marle, you are 54"): whom "you"
    /// means in a paragraph that calls no one.
    first_addressee: Option<EntityId>,
    /// The organisation of the last speaker in the paragraph being read, itself or a group's:
    /// whom "one regional director" there works for.
    paragraph_org: Option<EntityId>,
    /// The room of a sentence's list of what it names ([`Seen`]), reused by the next.
    seen_buffer: Vec<Seen>,
    /// The room of a sentence's list of whom it names for its focus, reused by the next.
    named_buffer: Vec<EntityId>,
    /// The groups the sentence being read speaks of, in order, with the byte each mention
    /// starts at: what "one of them" later in the sentence takes one of.
    sentence_groups: Vec<(usize, OneOf)>,
    /// Whom each name with an honorific meant when the text first wrote it ("Ms. Quillane"),
    /// folded: the same form means the same person after a relative with the surname is
    /// named ("Jory Quillane, a crane driver").
    honoured: BTreeMap<String, EntityId>,
}

/// What "One" or "Another" takes one of.
#[derive(Clone, Copy, Debug)]
enum OneOf {
    /// People in general of a role ("Bystanders recalled …. One said").
    Role(&'static str),
    /// A group spoken of ("Two of the hostages …. One of them said"), or the kind of the one
    /// spoken of last ("“…,” one resident told the BBC. Another said").
    Group(EntityId),
}

/// The sentence's own reading of a cue's agent phrase when it says more ("A senior advisor for
/// the Pennsylvania GOP" where the cue read "A senior advisor").
fn fuller<'a, 's>(s: &'s SentenceFacts<'a>, m: &'s Mention<'a>) -> &'s Mention<'a> {
    s.mentions
        .iter()
        .map(|d| &d.mention)
        .find(|d| {
            d.toks.start == m.toks.start
                // ("One booking clerk, who left the trust": the same words, with the
                // organisation a clause after them gave.)
                && (d.toks.end > m.toks.end
                    || (d.toks.end == m.toks.end && d.orgs.len() > m.orgs.len()))
                && std::mem::discriminant(&d.kind) == std::mem::discriminant(&m.kind)
        })
        .unwrap_or(m)
}

/// Whether a phrase reads as an organisation's name ("U.S. Senate").
fn lexicon_org_like(phrase: &str) -> bool {
    super::mentions::lex_org_like(super::words::Lexicon::get(), phrase)
}

/// Whether a document's phrase introduces a new one ("a letter", "another memo").
fn introduces(m: &Mention) -> bool {
    let first = m.surface.words_quick().next().unwrap_or("");
    lexicon::is_one_of(first, &["a", "an", "another"])
}

/// Resolves every cue's agent in reading order.
pub(crate) fn resolve(facts: &Facts, registry: &mut Registry) -> References {
    let mut reader = Reader {
        registry,
        history: VecDeque::new(),
        recency: BTreeMap::new(),
        clock: 0,
        documents: VecDeque::new(),
        titled_documents: BTreeMap::new(),
        qualifiers: BTreeMap::new(),
        adjectives: BTreeMap::new(),
        org_groups: BTreeMap::new(),
        strangers: Vec::new(),
        opens_on_pronoun: false,
        paragraph_org: None,
        label: None,
        addressee: None,
        first_addressee: None,
        seen_buffer: Vec::new(),
        sentence_groups: Vec::new(),
        named_buffer: Vec::new(),
        honoured: BTreeMap::new(),
    };
    let mut out = References {
        paragraphs: Vec::with_capacity(facts.paragraphs.len()),
    };
    for (k, pf) in facts.paragraphs.iter().enumerate() {
        let mut refs = ParagraphRefs {
            sentences: Vec::with_capacity(pf.sentences.len()),
        };
        reader.label = pf
            .speaker_label
            .as_deref()
            .and_then(|name| reader.label_person(name));
        reader.paragraph_org = None;
        // "Question: … you said …?": whoever answers in the next paragraph's turn.
        let answers = facts
            .paragraphs
            .get(k + 1)
            .filter(|_| pf.asks)
            .and_then(|next| next.speaker_label.as_deref())
            .and_then(|name| reader.label_person(name))
            .filter(|&id| Some(id) != reader.label);
        // "To: Douglas Fenwright MP" over a letter: whom its "you" means.
        let addressed = pf
            .addressee_label
            .as_deref()
            .and_then(|name| reader.label_person(name));
        reader.addressee = answers.or(addressed).or(reader.first_addressee);
        for s in &pf.sentences {
            refs.sentences.push(reader.sentence(s));
        }
        out.paragraphs.push(refs);
    }
    out
}

impl Reader<'_> {
    /// Whether an entity is an organisation.
    fn is_organisation(&self, id: EntityId) -> bool {
        self.registry.get(id).kind == EntityKind::Organisation
    }

    /// The person a turn's label names.
    fn label_person(&mut self, name: &str) -> Option<EntityId> {
        let recency = &self.recency;
        let rank = |id: EntityId| recency.get(&id).copied().unwrap_or(0);
        // "The Prime Minister (Boris Johnson):": a label names a person the text may name
        // nowhere else.
        let lex = crate::parse::words::Lexicon::get();
        // "DR. FAUCI:": a label in capitals names a person, whatever the capitals made of the
        // name elsewhere.
        let is_person = |id: &EntityId| self.registry.get(*id).kind == EntityKind::Person;
        /// The most letters of a label of initials ("JE:", "MT:").
        const MAX_INITIALS: usize = 3;
        let initials = || {
            (2..=MAX_INITIALS).contains(&name.len())
                && name.bytes().all(|b| b.is_ascii_alphabetic())
        };
        // "JE:" over the questions of an interview by Joss Ederley: the initials of one
        // person named in full, unless the label is someone's whole name ("Ed:" for Ed
        // Miliband).
        let found = self.registry.lookup(name, &rank).filter(is_person);
        let initials_only =
            found.is_none_or(|id| self.registry.get(id).tokens.len() == 1) && initials();
        let found = initials_only
            .then(|| self.registry.person_with_initials(name))
            .flatten()
            .or(found);
        match found {
            Some(id) => Some(id),
            None if is_personal_name(lex, name) => self.registry.add_person(name),
            // "Spokesperson: …": the one person the text gave that title.
            None => lex
                .role(name)
                .and_then(|role| self.registry.labelled_as(role)),
        }
        .filter(|id| self.registry.get(*id).kind == EntityKind::Person)
    }

    fn sentence(&mut self, s: &SentenceFacts) -> SentenceRefs {
        let mut focus = Focus::default();
        self.opens_on_pronoun = s.mentions.first().is_some_and(|d| {
            (d.mention.toks.start == 0 || (d.mention.toks.start == 1 && s.after_time_adverb))
                && matches!(d.mention.kind, MentionKind::Pronoun(Pronoun::Person))
        });
        // Names, roles and documents of the sentence, in order: recency and focus.
        let mut seen = std::mem::take(&mut self.seen_buffer);
        seen.clear();
        self.sentence_groups.clear();
        // Documents the sentence's speaker speaks in ("In a letter …, the ministry said").
        let mut speakers_media: Vec<&'static str> = Vec::new();
        // New documents that open the sentence, before anyone is named ("With a flyer
        // announcing: “…”, the Gay Liberation Front was formed"): whoever the sentence names
        // next has them in hand.
        let mut opening_documents: Vec<(EntityId, &Mention)> = Vec::new();
        for (k, d) in s.mentions.iter().enumerate() {
            let m = &d.mention;
            // "A biostatistician at the Pennard Institute, she": the post of whom "she" is.
            if d.post_before_pronoun {
                continue;
            }
            // "Mr Arthur Penhale, a private shareholder from Wenholt": the role set off after a
            // name is the named person's, no one of its own whom "he" may mean next.
            let apposed = k.checked_sub(1).is_some_and(|p| {
                let named = &s.mentions[p];
                matches!(named.mention.kind, MentionKind::Named(_))
                    && named.apposition.is_some()
                    && named.mention.toks.end == m.toks.start
            });
            if apposed && matches!(m.kind, MentionKind::Role { plural: false, .. }) {
                continue;
            }
            let found = match &m.kind {
                MentionKind::Named(name) => {
                    let lex = crate::parse::words::Lexicon::get();
                    let vocative = s.vocative && std::ptr::eq(d, &s.mentions[0]);
                    // "Gideon Marle, you are 54": whom the text speaks to is someone, named
                    // before or not.
                    let found = self.named(name, &m.surface).or_else(|| {
                        (vocative && is_personal_name(lex, name))
                            .then(|| self.registry.add_person(name))
                            .flatten()
                    });
                    // The sentence's first name, a full one ("CORVANE, Norvell — Every spring,
                    // Yesenia Marbury brings …"), or one that opens it.
                    let opens = m.toks.start == 0
                        || (name.contains(' ')
                            && focus.stranger.is_none()
                            && seen
                                .iter()
                                .all(|n| self.registry.get(n.id).kind != EntityKind::Person));
                    if let Some(id) = found.filter(|&id| self.is_agreement(id)) {
                        focus.agreement = Some(id);
                    }
                    if found.is_none()
                        && opens
                        && is_personal_name(lex, name)
                        && !lexicon_org_like(name)
                        && !self.registry.is_known_place(name)
                    {
                        self.strangers.push(name.to_string());
                        focus.stranger = Some(self.strangers.len() - 1);
                    }
                    found
                }
                MentionKind::Role { plural, .. } => {
                    self.remember_qualifier(m);
                    let id = self.group(m);
                    if *plural {
                        focus.plural = focus.plural.or(Some(id));
                        if self.registry.get(id).kind == EntityKind::Group {
                            self.sentence_groups.push((m.start, OneOf::Group(id)));
                        }
                        None
                    } else {
                        Some(id)
                    }
                }
                MentionKind::Document { noun, owner } => {
                    let owner = match owner {
                        Some(Owner::Named(name)) => self.owner_named(name),
                        Some(Owner::Publication(name)) => self.registry.find_org(name),
                        Some(Owner::Pronoun(Pronoun::Thing))
                            if let Some(agreement) = self.text_of(noun, &seen, m.start) =>
                        {
                            Some(agreement)
                        }
                        Some(Owner::Pronoun(p)) => self
                            .pronoun(*p, pronoun_gender(m), m.start, &seen)
                            .map(|r| r.entity)
                            .map(|owner| {
                                // "Our strategy, “Open Doors”, commits us": a document of the
                                // organisation that writes the report speaks for itself, and
                                // "It" after it means the document.
                                // So does the document of a turn's speaker ("Dr. Oduya-Brand:
                                // … Our latest assessment … found that").
                                if *p == Pronoun::First
                                    && (self.is_organisation(owner) || Some(owner) == self.label)
                                {
                                    let id = self.registry.new_document(noun, &m.surface);
                                    self.registry.set_handler(id, owner);
                                    id
                                } else {
                                    owner
                                }
                            }),
                        Some(Owner::Speaker) => {
                            speakers_media.push(noun);
                            continue;
                        }
                        None => None,
                    };
                    if let Some(owner) = owner {
                        self.remember_document(noun, owner);
                        focus.document_owner = focus.document_owner.or(Some(owner));
                        // A person's, not a body's, which "They" may mean itself.
                        if noun.ends_with('s')
                            && self.registry.get(owner).kind == EntityKind::Person
                        {
                            focus.documents_owner = focus.documents_owner.or(Some(owner));
                        }
                    } else if introduces(m) {
                        // "a two-paragraph letter": a new document, which "the letter" after
                        // it means.
                        let id = self.registry.new_document(noun, &m.surface);
                        // "A study by the Secretariat estimates": a document that is the
                        // subject keeps the reader's focus as its handler.
                        if seen.iter().any(|n| n.start < m.start) || m.toks.start == 0 {
                            if let Some(handler) = self.handler(m, &seen, focus.plural) {
                                self.registry.set_handler(id, handler);
                            }
                        } else {
                            opening_documents.push((id, m));
                        }
                        self.remember_document(noun, id);
                    }
                    None
                }
                MentionKind::Generic => {
                    focus.generic_role = focus.generic_role.or(m.roles.first().copied());
                    if let Some(&role) = m.roles.first() {
                        self.sentence_groups.push((m.start, OneOf::Role(role)));
                        // "Several hundred farmers marched on the plant. They chanted": people
                        // counted are a group that "they" may mean next.
                        if crate::parse::cues::counted_people(m) {
                            let group = Mention {
                                kind: MentionKind::Role {
                                    noun: role,
                                    qualifier: None,
                                    adjective: None,
                                    plural: true,
                                    definite: false,
                                },
                                ..m.clone()
                            };
                            focus.plural = focus.plural.or(Some(self.group(&group)));
                        }
                    }
                    None
                }
                MentionKind::OrgByKind(noun) => self.org_by_kind(noun),
                MentionKind::Pronoun(_) => None,
            };
            // "According to the Beacon's reporter, he told them": the source of a report is
            // no antecedent for the pronoun of the words it reports.
            let source = s.cues.iter().any(|c| {
                c.kind == CueKind::According
                    && c.agent.mention().is_some_and(|a| a.start == m.start)
            });
            if let Some(id) = found {
                if s.vocative
                    && std::ptr::eq(d, &s.mentions[0])
                    && self.registry.get(id).kind == EntityKind::Person
                {
                    self.addressee = Some(id);
                    self.first_addressee = self.first_addressee.or(Some(id));
                }
                if !source {
                    let indefinite = matches!(
                        m.kind,
                        MentionKind::Role {
                            definite: false,
                            ..
                        }
                    );
                    seen.push(Seen {
                        start: m.start,
                        id,
                        indefinite,
                        questioner: d.questioner,
                    });
                }
                self.touch(id);
            }
        }
        for (document, m) in opening_documents {
            let named_after = seen.iter().find(|n| {
                n.start > m.start
                    && matches!(
                        self.registry.get(n.id).kind,
                        EntityKind::Person | EntityKind::Organisation
                    )
            });
            let handler = match named_after {
                Some(n) => Some(n.id),
                None => self.handler(m, &[], focus.plural),
            };
            if let Some(handler) = handler {
                self.registry.set_handler(document, handler);
            }
        }
        let mut cues: Vec<Option<Resolved>> = Vec::with_capacity(s.cues.len());
        for (ci, cue) in s.cues.iter().enumerate() {
            // "the Department said it had found “…”": a pronoun right after a verb of saying,
            // as the subject of what was said, is that verb's speaker when it fits.
            let reported = ci
                .checked_sub(1)
                .filter(
                    |&before| matches!(s.cues[before].kind, CueKind::Says(lemma) if lemma != "ask"),
                )
                .and_then(|before| {
                    let outer = cues[before]?;
                    let m = cue.agent.mention()?;
                    let MentionKind::Pronoun(p) = m.kind else {
                        return None;
                    };
                    /// The most bytes between the verb and the pronoun ("said that it").
                    const MAX_GAP: usize = 6;
                    let close =
                        m.start >= s.cues[before].end && m.start - s.cues[before].end <= MAX_GAP;
                    let kind = self.registry.get(outer.entity).kind;
                    let fits = match p {
                        Pronoun::Thing => kind == EntityKind::Organisation,
                        Pronoun::Person => kind == EntityKind::Person,
                        _ => false,
                    };
                    (close && fits).then_some(Resolved {
                        entity: outer.entity,
                        how: Attribution::Pronoun,
                    })
                });
            let resolved = reported.or_else(|| {
                cue.agent
                    .mention()
                    .map(|m| fuller(s, m))
                    .and_then(|m| self.resolve(m, &seen))
            });
            // "The agreement states …. It also commits IGT to “…”": "it" lays down rules only
            // as the text it stands for.
            let prescribing = matches!(cue.kind, CueKind::Says(lemma) if lexicon::PRESCRIBING_VERBS.contains(&lemma));
            let resolved = resolved.filter(|r| {
                !prescribing
                    || !cue
                        .agent
                        .mention()
                        .is_some_and(|m| matches!(m.kind, MentionKind::Pronoun(Pronoun::Thing)))
                    || self.registry.get(r.entity).kind == EntityKind::Document
                    || self.is_agreement(r.entity)
            });
            if let Some(r) = resolved {
                self.touch(r.entity);
                // The documents the speaker spoke in are theirs, for the cues after ("responded
                // in an audio message calling on its fighters to").
                if matches!(cue.kind, CueKind::Says(_))
                    && self.registry.get(r.entity).kind != EntityKind::Document
                {
                    for noun in speakers_media.drain(..) {
                        self.remember_document(noun, r.entity);
                    }
                }
            }
            cues.push(resolved);
        }
        // Focus: the sentence's speakers first, then what it names, a named person before an
        // unnamed one ("That person … was Peter Vance. His email read").
        let named_first = |kind: EntityKind| u8::from(kind != EntityKind::Person);
        let mut named = std::mem::take(&mut self.named_buffer);
        named.clear();
        named.extend(seen.iter().map(|n| n.id));
        // "Ferrabee sat at the head of the table; Breck raised it first": the subject of the
        // last clause.
        if let Some(at) = s.last_clause
            && let Some(k) = seen
                .iter()
                .position(|n| n.start >= at && self.registry.get(n.id).kind == EntityKind::Person)
        {
            let subject = named.remove(k);
            named.insert(0, subject);
        }
        // "Asked how …, Keyline’s regional director, Bastian Quell, pointed": the main clause's
        // subject, not a name inside the opening phrase.
        if let Some(at) = s.main_clause
            && let Some(k) = seen
                .iter()
                .position(|n| n.start >= at && self.registry.get(n.id).kind == EntityKind::Person)
            && let Some(from) = named.iter().position(|&id| id == seen[k].id)
        {
            let subject = named.remove(from);
            named.insert(0, subject);
        }
        named.sort_by_key(|id| named_first(self.registry.get(*id).kind));
        let speakers = cues.iter().flatten().count();
        focus.thing_replied = s.cues.iter().zip(&cues).any(|(c, r)| {
            c.kind == CueKind::Noun
                && r.is_some_and(|r| self.registry.get(r.entity).kind == EntityKind::Organisation)
        });
        // "She did not accept Dr Straker’s view that …": whose view a sentence that opens on a
        // person's pronoun weighs is not whom it is about.
        let pronoun_opens = self.opens_on_pronoun;
        let weighs_a_view = pronoun_opens
            && s.cues
                .iter()
                .any(|c| c.kind == CueKind::Noun && c.start > 0);
        let opener = self.opener(s, &seen);
        // "He will meet the President of the host country. Asked …, he said": whom a sentence
        // that opens on "he" is about is whom "he" is, not whom he meets.
        let weighing = opener.filter(|_| weighs_a_view || pronoun_opens);
        // "Asked by the Defence whether …, she replied": who asks is not whom the sentence is
        // about; who answers is.
        let answered = s
            .cues
            .iter()
            .zip(&cues)
            .filter(|(c, _)| !(pronoun_opens && c.kind == CueKind::Noun && c.start > 0))
            .filter(|(c, _)| {
                let asked_by = matches!(c.kind, CueKind::Says("ask"))
                    && c.agent.mention().is_some_and(|m| m.start >= c.end);
                // "an outdoor-safety consultant instructed by the coroner. He described":
                // the agent of a passive is not whom the sentence is about.
                let passive = c
                    .agent
                    .mention()
                    .is_some_and(|m| s.passive_agents.contains(&m.start));
                !asked_by && !passive
            })
            .filter_map(|(_, r)| r.map(|r| r.entity));
        for (k, id) in weighing
            .into_iter()
            .chain(answered)
            .chain(named.drain(..))
            .enumerate()
        {
            match self.registry.get(id).kind {
                EntityKind::Person | EntityKind::Group => {
                    focus.person = focus.person.or(Some(id));
                    if !focus.people.contains(&id) {
                        focus.people.push(id);
                    }
                }
                EntityKind::Organisation | EntityKind::Document => {
                    if focus.thing.is_none() {
                        focus.thing_speaks = k < speakers;
                    }
                    focus.thing = focus.thing.or(Some(id));
                    if self.registry.get(id).kind == EntityKind::Organisation {
                        focus.plural = focus.plural.or(Some(id));
                    }
                }
            }
        }
        /// The weight of a claim that ties a speaker to an organisation by what the text
        /// says they are ([`super::factions::Evidence::weight`]).
        const STRONG_CLAIM: u32 = 3;
        // Only a speaker's organisation: "told the Committee" names the listener, and "that the
        // KPD had been “storing weapons”" is no one's words but the speaker's.
        let speaking = s
            .cues
            .iter()
            .zip(&cues)
            .filter(|(c, _)| c.kind != CueKind::Predicate)
            .filter_map(|(_, r)| r.as_ref());
        if let Some(org) = speaking.rev().find_map(|r| {
            let e = self.registry.get(r.entity);
            match e.kind {
                EntityKind::Organisation => Some(r.entity),
                EntityKind::Group => e.group.as_ref().and_then(|g| g.org),
                // "the Ministry of Defence spokesperson, Col. Anselm Drava, said": a person's
                // organisation, by a title, an apposition or a copula the text gives them.
                EntityKind::Person => e
                    .claims
                    .iter()
                    .find(|(_, evidence)| evidence.weight() >= STRONG_CLAIM)
                    .map(|(org, _)| *org),
                _ => None,
            }
        }) {
            self.paragraph_org = Some(org);
        }
        focus.asked = s.asked.and_then(|pronoun| {
            let asker = s
                .cues
                .iter()
                .zip(&cues)
                .find(|(c, _)| matches!(c.kind, CueKind::Says("ask")))
                .and_then(|(_, r)| r.map(|r| r.entity));
            self.asked_one(Gender::of_pronoun(pronoun), asker)
        });
        self.history.push_front(focus);
        self.history.truncate(DOCUMENT_REACH);
        self.seen_buffer = seen;
        self.named_buffer = named;
        SentenceRefs { cues, opener }
    }

    /// The person or group sentence `s` opens on: its first mention, when it stands first, a
    /// person's pronoun resolved by the sentences before.
    fn opener(&mut self, s: &SentenceFacts, seen: &[Seen]) -> Option<EntityId> {
        // "His team now logs every alert": the person "his" is.
        if let Some(possessive) = s.opening_possessive
            && s.mentions.first().is_none_or(|d| d.mention.toks.start != 0)
        {
            let id = self
                .pronoun(
                    Pronoun::Person,
                    Gender::of_pronoun(possessive),
                    s.range.start,
                    &[],
                )?
                .entity;
            return (self.registry.get(id).kind == EntityKind::Person).then_some(id);
        }
        let first = &s.mentions.first()?.mention;
        // "Tomorrow he will meet the President": past an adverb of time.
        let opens = first.toks.start == 0
            || (first.toks.start == 1
                && s.after_time_adverb
                && matches!(first.kind, MentionKind::Pronoun(Pronoun::Person)));
        if !opens {
            return None;
        }
        let id = match first.kind {
            MentionKind::Pronoun(Pronoun::Person) => {
                self.pronoun(Pronoun::Person, pronoun_gender(first), first.start, &[])?
                    .entity
            }
            // "A letter he sent to his sister survives": the letter's writer.
            MentionKind::Document {
                owner: Some(Owner::Pronoun(Pronoun::Person)),
                ..
            } => {
                let pronoun = first.surface.words_quick().last().unwrap_or("");
                self.pronoun(
                    Pronoun::Person,
                    Gender::of_pronoun(pronoun),
                    first.start,
                    &[],
                )?
                .entity
            }
            _ => seen.first().filter(|n| n.start == first.start)?.id,
        };
        matches!(
            self.registry.get(id).kind,
            EntityKind::Person | EntityKind::Group
        )
        .then_some(id)
    }

    /// Who has an ownerless document in hand, for its faction: the first person (or unnamed
    /// person) named before it in the sentence, else the last organisation, else the one the
    /// last sentence was about.
    fn handler(&self, m: &Mention, seen: &[Seen], group: Option<EntityId>) -> Option<EntityId> {
        let speaks_for = |id: &EntityId| {
            matches!(
                self.registry.get(*id).kind,
                EntityKind::Person | EntityKind::Organisation
            )
        };
        // "She forwarded the assistant an email": the person "she" is, before anyone the
        // sentence names.
        let subject = self
            .history
            .front()
            .and_then(|f| f.person)
            .filter(|_| self.opens_on_pronoun);
        // The first person named before it (the clause's subject, as a rule), else the last
        // organisation.
        let before = || seen.iter().filter(|n| n.start < m.start).map(|n| n.id);
        subject.or_else(|| {
            before()
                .find(|id| {
                    matches!(
                        self.registry.get(*id).kind,
                        EntityKind::Person | EntityKind::Group
                    )
                })
                // "the department’s technicians tested soil … for a study": the group the
                // sentence opens on.
                .or(group)
                .or_else(|| before().filter(speaks_for).last())
                .or_else(|| {
                    self.history
                        .front()
                        .and_then(|f| f.person.or(f.thing))
                        .filter(speaks_for)
                })
        })
    }

    /// The named owner of a document: someone known, or a new person for a personal name
    /// ("signed by Jane Roe").
    fn owner_named(&mut self, name: &str) -> Option<EntityId> {
        if let Some(noun) = lexicon::org_anaphor_noun(name) {
            // "the committee’s final report": the committee named before, if any.
            return self.org_by_kind(noun);
        }
        // "the provincial government’s planning document": the government whose name has
        // "provincial", else the government named last.
        if let Some((adjective, kind)) = name.split_once(' ')
            && !kind.contains(' ')
            && adjective.chars().all(char::is_lowercase)
            && let Some(noun) = lexicon::org_anaphor_noun(kind)
        {
            let recency = |id: &EntityId| self.recency.get(id).copied().unwrap_or(0);
            return self
                .registry
                .organisations()
                .filter(|(_, e)| {
                    e.tokens.iter().any(|t| t == noun) && e.tokens.iter().any(|t| t == adjective)
                })
                .map(|(id, _)| id)
                .max_by_key(recency)
                .or_else(|| self.org_by_kind(noun));
        }
        let recency = &self.recency;
        let rank = |id: EntityId| recency.get(&id).copied().unwrap_or(0);
        self.registry.lookup(name, &rank).or_else(|| {
            is_personal_name(crate::parse::words::Lexicon::get(), name)
                .then(|| self.registry.add_person(name))
                .flatten()
        })
    }

    fn touch(&mut self, id: EntityId) {
        self.clock += 1;
        self.recency.insert(id, self.clock);
    }

    fn remember_document(&mut self, noun: &'static str, owner: EntityId) {
        self.documents.push_front((noun, owner));
        self.documents.truncate(DOCUMENT_REACH);
    }

    fn remember_qualifier(&mut self, m: &Mention) {
        if let MentionKind::Role {
            noun,
            qualifier,
            adjective,
            ..
        } = &m.kind
        {
            // "a participant from a national NGO" says nothing of the next participant.
            if let Some(q) = qualifier.as_ref().filter(|q| !is_sector(q)) {
                self.qualifiers.insert(noun, q.clone());
            }
            if let Some(a) = adjective {
                self.adjectives.insert(noun, a.clone());
            }
        }
    }

    /// The anonymous group a role mention stands for, or the one person the report gives that
    /// title ("the President" after "President Trump").
    fn group(&mut self, m: &Mention) -> EntityId {
        // "The Minister of the Interior maintained", after "the Minister of the Interior, Henrik
        // Solvaag": the person introduced by that title.
        if let MentionKind::Role {
            plural: false,
            definite: true,
            ..
        } = &m.kind
            && let Some(person) = self.registry.introduced_as(&m.surface)
        {
            return person;
        }
        // "the former coordinator" after "a research coordinator at Ambery Chest Hospital": a
        // word of time tells no post apart.
        if let MentionKind::Role {
            noun,
            qualifier: None,
            adjective,
            plural: false,
            definite: true,
        } = &m.kind
            && adjective
                .as_deref()
                .is_none_or(|a| lexicon::is_one_of(a, lexicon::TIME_ADJECTIVES))
            && m.orgs.is_empty()
        {
            // "The Deputy Director" is not the Director: a rank before the noun makes another
            // post.
            let one_title = m.roles.len() <= 1
                && !m.surface.words_quick().any(|w| {
                    lexicon::is_one_of(w, lexicon::RANKS) && !noun.eq_ignore_ascii_case(w)
                });
            // Someone named already: "the President" before the text names a president is
            // another ("meet the President of the host country", a president named later is
            // of the General Council).
            let named_before = |id: &EntityId| self.recency.get(id).is_some_and(|&r| r > 0);
            if one_title && let Some(person) = self.registry.titled(noun).filter(named_before) {
                return person;
            }
            // "The spokesman" after "a spokesman for the NLA".
            if let Some(group) = self.org_groups.get(noun) {
                return *group;
            }
        }
        let MentionKind::Role {
            noun,
            qualifier,
            adjective,
            ..
        } = &m.kind
        else {
            return self.registry.document("document", &m.surface);
        };
        // "A French government source said": a source in a government is one of its
        // officials.
        let government_source = *noun == "source"
            && adjective
                .as_deref()
                .is_some_and(|a| lexicon::is_one_of(a, lexicon::GOVERNMENT_WORDS));
        let class = Registry::class_of(if government_source { "official" } else { noun });
        // A capitalized qualifier ("Western"), else a lower-case adjective ("senior"), given
        // here or to the same noun before.
        // An adjective of its own ("a campaign staffer") makes a new group; a bare role ("the
        // diplomat", "a diplomat") is the one qualified before ("a Western diplomat").
        // "an angry crowd" is the crowd: a collective is not told apart by its mood.
        let collective = lexicon::COLLECTIVE_NOUNS.contains(noun);
        // "the Deputy Director": the rank tells the group apart.
        let rank = m
            .surface
            .words_quick()
            .find(|w| lexicon::is_one_of(w, lexicon::RANKS) && !noun.eq_ignore_ascii_case(w))
            .map(str::to_lowercase);
        let adjective = adjective.clone().or(rank).filter(|_| !collective);
        let qualifier = qualifier
            .clone()
            .or_else(|| adjective.clone())
            .or_else(|| self.qualifiers.get(noun).cloned())
            .or_else(|| self.adjectives.get(noun).filter(|_| !collective).cloned());
        // An organisation linked after the role ("an advisor for the Pennsylvania GOP"); a
        // capitalized word before it is the group's qualifier ("a UN official").
        // "a campaign staffer": the one organisation of that kind the text names.
        // "Senator Johnson’s chief of staff": a person's staff.
        let patron = m
            .orgs
            .iter()
            .find_map(|o| self.registry.person_named(o))
            .filter(|p| self.registry.get(*p).kind == EntityKind::Person);
        let org = m
            .orgs
            .iter()
            .find(|o| Some(o.as_ref()) != qualifier.as_deref())
            .and_then(|o| self.registry.find_org(o))
            .or_else(|| {
                // "The engineering supervisor" after "an engineering supervisor employed by
                // KRI": the same post, of the same body.
                let definite = matches!(
                    m.kind,
                    MentionKind::Role {
                        definite: true,
                        plural: false,
                        ..
                    }
                );
                let group = self
                    .org_groups
                    .get(noun)
                    .filter(|_| definite && m.orgs.is_empty())?;
                let key = self.registry.get(*group).group.as_ref()?;
                key.org.filter(|_| key.qualifier == qualifier)
            })
            .or_else(|| {
                adjective
                    .as_deref()
                    .and_then(|a| self.registry.only_org_of_kind(a))
            })
            .or_else(|| {
                // "The U.S. Senate Parliamentarian": a qualifier that is an organisation's
                // whole name is the group's organisation.
                // "The Laboratory Director": one word that names a kind of body, where the
                // text gives that body a name ("the Varnow Anti-Doping Laboratory").
                qualifier
                    .as_deref()
                    .filter(|q| q.starts_with(char::is_uppercase) && lexicon_org_like(q))
                    .and_then(|q| self.registry.find_org(q))
            })
            .or_else(|| {
                // "a senior NBMC official", "a UN official": an acronym that names an
                // organisation of the text is the group's organisation, as a whole name is;
                // "a Russian official" keeps its qualifier.
                qualifier
                    .as_deref()
                    .filter(|q| super::names::is_acronym(q))
                    .and_then(|q| self.registry.find_org(q))
            })
            .or_else(|| {
                // "the company’s lawyers", "a spokesman for the company": the company named
                // before; "a company spokesman", "a police officer" too, but not "a senior
                // central bank official", whose bank is not the one named before.
                let kind_before_role = matches!(m.surface.words_quick().count(), 2 | 3)
                    && adjective
                        .as_deref()
                        .is_some_and(|a| m.surface.words_quick().nth_back(1) == Some(a));
                m.orgs
                    .iter()
                    .filter(|o| !o.contains(' ') && o.starts_with(char::is_lowercase))
                    .find_map(|o| self.org_by_kind(o))
                    .or_else(|| {
                        adjective
                            .as_deref()
                            .filter(|_| kind_before_role)
                            .and_then(lexicon::org_anaphor_noun)
                            .and_then(|kind| {
                                // "a union organiser" is of no union named "Customs Union":
                                // the body must be one the text names by that kind.
                                let generic = lexicon::is_one_of(kind, lexicon::ORG_GENERIC_KINDS);
                                self.org_by_kind(kind)
                                    .filter(|id| generic || self.registry.get(*id).named_by_kind())
                            })
                    })
            })
            .or_else(|| {
                // "a senior central bank official", "a foreign ministry spokesman": two
                // lower-case words before the role that are both in one organisation's name
                // the text gives ("the Central Bank of Vantria", "the Ministry of Foreign
                // Affairs") name it.
                let mut from_the_end = m.surface.words_quick().rev().skip(1);
                let (Some(kind), Some(first)) = (from_the_end.next(), from_the_end.next()) else {
                    return None;
                };
                let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase());
                if !lower(first) || !lower(kind) || lexicon::org_anaphor_noun(kind).is_none() {
                    return None;
                }
                let mut holding = self.registry.organisations().filter(|(_, e)| {
                    e.tokens.iter().any(|t| t == first) && e.tokens.iter().any(|t| t == kind)
                });
                let only = holding.next()?;
                holding.next().is_none().then_some(only.0)
            })
            .or_else(|| {
                // "Its chair said": the organisation the sentence before was about.
                let its = m.opens_on_its();
                self.history
                    .front()
                    .and_then(|f| f.plural.or(f.thing))
                    .filter(|id| its && self.registry.get(*id).kind == EntityKind::Organisation)
            })
            .or_else(|| {
                // "According to Relief Agency officials, …. One regional director said": a
                // member of no named body works for the one the paragraph named last.
                let member = lexicon::EMPLOYEE_ROLES.contains(noun)
                    && matches!(
                        m.kind,
                        MentionKind::Role {
                            plural: false,
                            qualifier: None,
                            definite: false,
                            ..
                        }
                    );
                self.paragraph_org.filter(|_| member)
            })
            .or_else(|| {
                // "The following members of the Committee were present … One member noted",
                // "Most members": members of the body the text named them of. (Other roles are
                // held in many bodies: "An official said" after "officials of the ministry" may
                // be anyone's.)
                let one_of = *noun == "member"
                    && matches!(
                        m.kind,
                        MentionKind::Role {
                            qualifier: None,
                            adjective: None,
                            definite: false,
                            ..
                        }
                    );
                let group = self.org_groups.get(noun).filter(|_| one_of)?;
                self.registry.get(*group).group.as_ref()?.org
            })
            .or_else(|| {
                // "a participant from a national NGO": a kind of body the text names by no
                // name is the side of the people from it.
                let sector = qualifier.as_deref().filter(|q| is_sector(q))?;
                let sector = m.orgs.iter().find(|o| o.eq_ignore_ascii_case(sector))?;
                self.registry
                    .org_or_new(crate::parse::words::Lexicon::get(), sector)
            })
            .filter(|_| patron.is_none());
        let tied = org.is_some() || patron.is_some();
        let key = GroupKey {
            class,
            noun,
            qualifier,
            org,
            collective: lexicon::COLLECTIVE_NOUNS.contains(noun),
            patron,
        };
        let group = self.registry.group(key, &m.surface);
        if tied {
            self.org_groups.insert(noun, group);
        }
        if matches!(m.kind, MentionKind::Role { plural: true, .. }) {
            self.registry.mark_plural(group);
        }
        group
    }

    /// Whom a name means: the person a form with an honorific meant before ("Ms. Quillane"),
    /// else the one the registry finds, the most recently named first.
    fn named(&mut self, name: &str, surface: &str) -> Option<EntityId> {
        let lex = crate::parse::words::Lexicon::get();
        let form = surface.strip_prefix("the ").unwrap_or(surface);
        let honorific = form
            .words_quick()
            .next()
            .filter(|w| lex.is_listed_honorific(w));
        let honoured = honorific.map(|_| crate::text::fold(strip_possessive(form).unwrap_or(form)));
        if let Some(id) = honoured.as_ref().and_then(|key| self.honoured.get(key)) {
            return Some(*id);
        }
        let recency = &self.recency;
        let rank = |id: EntityId| recency.get(&id).copied().unwrap_or(0);
        let gender = honorific.and_then(Gender::of_title);
        let found = self
            .registry
            .lookup_gendered(name, gender, &rank)
            .or_else(|| self.registry.introduced_as(surface));

        if let (Some(key), Some(id)) = (honoured, found)
            && self.registry.get(id).kind == EntityKind::Person
        {
            self.honoured.insert(key, id);
        }
        found
    }

    /// Who a cue's agent mention is.
    fn resolve(&mut self, m: &Mention, seen: &[Seen]) -> Option<Resolved> {
        let explicit = |entity| Resolved {
            entity,
            how: Attribution::Explicit,
        };
        match &m.kind {
            MentionKind::Named(name) => {
                let found = self.named(name, &m.surface);
                // "the Department’s Grants Policy Manual (the Manual) …. The Manual
                // provides": a capitalized document noun alone is the document named before.
                if found.is_none_or(|id| self.registry.get(id).kind == EntityKind::Person)
                    && !name.contains(' ')
                    && let Some(noun) = lexicon::DOCUMENT_NOUNS
                        .iter()
                        .find(|d| d.eq_ignore_ascii_case(name))
                    && let Some(known) = self
                        .documents
                        .iter()
                        .find(|(n, _)| n == noun)
                        .map(|(_, id)| *id)
                        .or_else(|| self.titled_documents.get(noun).copied())
                {
                    return Some(explicit(known));
                }
                let person = found.filter(|id| self.registry.get(*id).kind == EntityKind::Person);
                if person.is_none() && self.registry.is_known_place(name) {
                    // "Aleppo had highlighted": a place does not speak.
                    return None;
                }
                found
                    .or_else(|| {
                        let lex = crate::parse::words::Lexicon::get();
                        // "R.D. told the call-taker": a witness known by initials is a person;
                        // "the U.N." takes an article.
                        let article = m
                            .surface
                            .words_quick()
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
                        // "PC B said": a name an honorific opens is a person's.
                        let honoured = name
                            .words_quick()
                            .next()
                            .is_some_and(|w| lex.is_listed_honorific(w));
                        if (is_initials(name) || honoured) && !article {
                            return self.registry.add_person(name);
                        }
                        if lexicon_org_like(name) {
                            self.registry.add_org(lex, name)
                        } else {
                            // "Stellbrook announced" after "Stellbrook Water Services": an
                            // unknown speaker's one word that opens one organisation's name.
                            self.registry
                                .org_opening_with(name)
                                .or_else(|| self.registry.add_person(name))
                        }
                    })
                    .map(explicit)
            }
            MentionKind::Role { .. } => Some(explicit(self.group(m))),
            MentionKind::Document { noun, owner } => {
                // A document of an organisation the text does not name ("the company’s report"
                // with no company before it) speaks for itself, not for whoever was named before.
                let owned_by_kind = matches!(owner, Some(Owner::Named(name)) if lexicon::org_anaphor_noun(name).is_some());
                let owner = match owner {
                    Some(Owner::Named(name)) => self.owner_named(name).map(explicit),
                    Some(Owner::Publication(name)) => self.registry.find_org(name).map(explicit),
                    Some(Owner::Pronoun(Pronoun::Thing))
                        if let Some(agreement) = self.text_of(noun, seen, m.start) =>
                    {
                        Some(explicit(agreement))
                    }
                    Some(Owner::Pronoun(p)) => self
                        .pronoun(*p, pronoun_gender(m), m.start, seen)
                        // "Our strategy … commits us": the organisation's own document,
                        // read in the sentence as a speaker of its own.
                        .filter(|r| {
                            !(*p == Pronoun::First
                                && (self.is_organisation(r.entity) || Some(r.entity) == self.label))
                        }),
                    // "Under the Law on Energy Prices and Tariffs … The law further provides":
                    // the law or agreement named before by that word.
                    None if !introduces(m) => self.named_law(noun).map(explicit),
                    Some(Owner::Speaker) | None => None,
                };
                if let Some(owner) = owner {
                    self.remember_document(noun, owner.entity);
                    if m.ends_capitalized() {
                        self.titled_documents.entry(noun).or_insert(owner.entity);
                    }
                    return Some(owner);
                }
                if owned_by_kind {
                    let id = self.registry.new_document(noun, &m.surface);
                    self.remember_document(noun, id);
                    return Some(explicit(id));
                }
                // "This memo" after "Chesebro’s first memo": the owner named before; "the
                // letter" after "a letter": that document.
                if let Some((_, known)) = self.documents.iter().find(|(n, _)| n == noun) {
                    let how = if self.registry.get(*known).kind == EntityKind::Document {
                        Attribution::Explicit
                    } else {
                        Attribution::Context
                    };
                    return Some(Resolved {
                        entity: *known,
                        how,
                    });
                }
                // "In its reply …, the Ministry rejected …. The letter stated": the document of
                // the organisation that spoke in the sentence before.
                if !introduces(m)
                    && let Some(speaker) = self
                        .history
                        .front()
                        .filter(|f| f.thing_speaks && f.thing_replied)
                        .and_then(|f| f.thing)
                        .filter(|id| self.registry.get(*id).kind == EntityKind::Organisation)
                {
                    self.remember_document(noun, speaker);
                    return Some(Resolved {
                        entity: speaker,
                        how: Attribution::Context,
                    });
                }
                let id = if introduces(m) {
                    self.registry.new_document(noun, &m.surface)
                } else {
                    self.registry.document(noun, &m.surface)
                };
                if let Some(handler) = self.handler(m, seen, None) {
                    self.registry.set_handler(id, handler);
                }
                self.remember_document(noun, id);
                Some(explicit(id))
            }
            MentionKind::Pronoun(p) => self.pronoun(*p, pronoun_gender(m), m.start, seen),
            // "In a letter to Amnesty International, the company said": a body named by a
            // word most names lack is none the sentence named before it.
            MentionKind::OrgByKind(noun) => self
                .org_by_kind_except(noun, |id| {
                    seen.iter().any(|n| n.id == id && n.start < m.start)
                })
                .or_else(|| {
                    // "Orlan’s foreign ministry has accused": a body of a named country or
                    // organisation the text names no other way.
                    let owner = m.surface.words_quick().next()?;
                    let owned =
                        strip_possessive(owner).is_some() && owner.starts_with(char::is_uppercase);
                    let lex = crate::parse::words::Lexicon::get();
                    owned
                        .then(|| self.registry.add_org(lex, &m.surface))
                        .flatten()
                })
                .map(explicit),
            MentionKind::Generic => None,
        }
    }

    /// The organisation "the ministry" means: the one named most recently whose name has that
    /// word ("the Ministry of Labour"); for a word most names lack ("the company", "the
    /// group"), the organisation named most recently.
    fn org_by_kind(&self, noun: &str) -> Option<EntityId> {
        self.org_by_kind_except(noun, |_| false)
    }

    /// [`Self::org_by_kind`], where a word most names lack means none of the organisations
    /// `named_apart` says the sentence named apart from it.
    fn org_by_kind_except(
        &self,
        noun: &str,
        named_apart: impl Fn(EntityId) -> bool,
    ) -> Option<EntityId> {
        let recency = |id: &EntityId| self.recency.get(id).copied().unwrap_or(0);
        let orgs = || self.registry.organisations();
        let named = orgs()
            .filter(|(_, e)| e.tokens.iter().any(|t| t == noun) || e.roles.contains(&noun))
            .map(|(id, _)| id)
            .max_by_key(recency);
        named.or_else(|| {
            lexicon::is_one_of(noun, lexicon::ORG_GENERIC_KINDS)
                .then(|| {
                    orgs()
                        .filter(|(_, e)| {
                            lexicon::generic_kind_may_mean(
                                noun,
                                e.tokens.iter().map(String::as_str),
                            )
                        })
                        .map(|(id, _)| id)
                        .filter(|&id| recency(&id) > 0 && !named_apart(id))
                        .max_by_key(recency)
                })
                .flatten()
        })
    }

    /// The person "her" or "him" after "asked" means: the latest person of that gender the
    /// sentences before spoke of, other than whoever asks.
    fn asked_one(&self, gender: Option<Gender>, asker: Option<EntityId>) -> Option<EntityId> {
        self.history
            .iter()
            .take(PRONOUN_REACH)
            .flat_map(|f| f.people.iter().copied())
            .find(|&id| {
                let e = self.registry.get(id);
                Some(id) != asker
                    && e.kind == EntityKind::Person
                    && (gender.is_none() || e.gender.is_none() || e.gender == gender)
            })
    }

    /// "Its text … commits the parties", after "brokered the Halvik Ceasefire": the agreement
    /// whose words a document noun like "text" is, named earlier in the sentence (before byte
    /// `at`) or in the sentences before.
    fn text_of(&self, noun: &str, seen: &[Seen], at: usize) -> Option<EntityId> {
        if !lexicon::TEXT_OF_NOUNS.contains(&noun) {
            return None;
        }
        seen.iter()
            .rev()
            .filter(|n| n.start < at)
            .map(|n| n.id)
            .find(|&id| self.is_agreement(id))
            .or_else(|| {
                self.history
                    .iter()
                    .take(PRONOUN_REACH)
                    .find_map(|f| f.agreement)
            })
    }

    /// The law or agreement a bare "the law" or "the agreement" means: the one most recently
    /// named with that word ("the Law on Energy Prices and Tariffs", "the Dorrin Cessation of
    /// Hostilities Agreement").
    fn named_law(&self, noun: &str) -> Option<EntityId> {
        if !lexicon::LAW_WORDS.contains(&noun) {
            return None;
        }
        let recency = |id: &EntityId| self.recency.get(id).copied().unwrap_or(0);
        self.registry
            .organisations()
            .filter(|(_, e)| e.tokens.len() > 1 && e.tokens.iter().any(|t| t == noun))
            .map(|(id, _)| id)
            .filter(|id| recency(id) > 0)
            .max_by_key(recency)
    }

    /// Whether an entity is a law or an agreement by its name ("the Halvik Ceasefire", "the
    /// Mineral Development Agreement for Kasimbe Hills", "the Law on Energy Prices").
    fn is_agreement(&self, id: EntityId) -> bool {
        let e = self.registry.get(id);
        let law_word = |t: &String| lexicon::is_one_of(t, lexicon::LAW_WORDS);
        e.kind == EntityKind::Organisation
            && (e.tokens.last().is_some_and(law_word)
                || e.tokens.windows(2).any(|pair| {
                    law_word(&pair[0]) && matches!(pair[1].as_str(), "for" | "of" | "on")
                }))
    }

    /// The antecedent of a pronoun at byte `at`: the first fitting entity named earlier in the
    /// sentence, else the focus of the sentences before.
    fn pronoun(
        &mut self,
        p: Pronoun,
        gender: Option<Gender>,
        at: usize,
        seen: &[Seen],
    ) -> Option<Resolved> {
        if p == Pronoun::Second {
            return self.addressee.map(|entity| Resolved {
                entity,
                how: Attribution::Pronoun,
            });
        }
        if p == Pronoun::First {
            // "Solvik: I told her …": the person the paragraph's label names.
            if let Some(label) = self.label {
                return Some(Resolved {
                    entity: label,
                    how: Attribution::Pronoun,
                });
            }
            let author = self.registry.narrator.or(self.registry.authoring_org);
            return author.map(|entity| Resolved {
                entity,
                how: Attribution::Pronoun,
            });
        }
        let registry = &*self.registry;
        // "I ask her …. She laughs": a third person is never the author who writes "I".
        let narrator = registry.narrator;
        // "TARRANT: … a lad at the back, he shouts": nor the speaker the turn's label names.
        let label = self.label;
        // "she" is no one the text shows to be a man, and "he" no woman.
        // "Amina was married to a 40-year-old man. “…,” she said": "she" is no group of men
        // either.
        let same_gender = |id: &EntityId| {
            let e = registry.get(*id);
            let shown = e.gender.or_else(|| {
                let mut nouns = e.noun_counts.iter().map(|(noun, _)| Gender::of_title(noun));
                let first = nouns.next().flatten()?;
                nouns.all(|g| g == Some(first)).then_some(first)
            });
            gender.is_none() || shown.is_none() || shown == gender
        };
        let fits = |id: &EntityId| {
            let e = registry.get(*id);
            match p {
                Pronoun::Person => {
                    (matches!(e.kind, EntityKind::Person)
                        && Some(*id) != narrator
                        && Some(*id) != label
                        && same_gender(id))
                        || (e.kind == EntityKind::Group
                            && e.group.as_ref().is_some_and(|g| !g.collective)
                            && same_gender(id))
                }
                Pronoun::Thing => matches!(e.kind, EntityKind::Organisation | EntityKind::Document),
                Pronoun::Plural => matches!(e.kind, EntityKind::Organisation | EntityKind::Group),
                Pronoun::One | Pronoun::First | Pronoun::Second => false,
            }
        };
        // "When her husband asked to call a lawyer, “…,” she said": someone brought in by the
        // sentence is no antecedent when the sentences before are about a person.
        // The sentences before: the last that spoke of anyone ("Zawadi now lives in Kanyiri.
        // “We were farmers.” Her eldest son works as a casual labourer, where, she said, …").
        let person_before = p == Pronoun::Person
            && self
                .history
                .iter()
                .take(PRONOUN_REACH)
                .find(|f| f.person.is_some() || !f.people.is_empty())
                .and_then(|f| f.person)
                .is_some_and(|id| Some(id) != narrator && Some(id) != label);
        let here = seen
            .iter()
            .filter(|n| n.start < at && !(person_before && n.indefinite) && !n.questioner)
            .map(|n| n.id)
            .find(|id| fits(id));
        // "Co-conspirator 2 asked her whether …. “…,” she said": the one asked answers.
        let asked = (p == Pronoun::Person)
            .then(|| self.history.front().and_then(|f| f.asked))
            .flatten()
            .filter(|id| same_gender(id));
        // "Tomek comes back in from the yard. “…,” he says.": the person the sentence before
        // opened on, met for the first time.
        let mut stranger = None;
        let entity = here.or(asked).or_else(|| {
            self.history
                .iter()
                .take(PRONOUN_REACH)
                .find_map(|f| match p {
                    Pronoun::Person => {
                        // A frame about someone of the other gender means the next person it
                        // names who fits.
                        if f.person.is_some_and(|id| !same_gender(&id)) {
                            let other = f.people.iter().copied().find(|id| {
                                Some(*id) != narrator
                                    && Some(*id) != label
                                    && same_gender(id)
                                    && registry.get(*id).kind == EntityKind::Person
                            });
                            // "Amina, 16, was married to a 40-year-old man": or the person the
                            // frame opened on, met for the first time.
                            if other.is_none() && f.stranger.is_some() {
                                stranger = f.stranger;
                                return Some(None);
                            }
                            return other.map(Some);
                        }
                        let person = f
                            .person
                            .filter(|id| Some(*id) != narrator && Some(*id) != label);
                        if person.is_none() && f.stranger.is_some() {
                            stranger = f.stranger;
                            return Some(None);
                        }
                        person.map(Some)
                    }
                    // "It stated" after "Chesebro penned a memo": the memo's author.
                    Pronoun::Thing if f.thing_speaks => f.thing.map(Some),
                    Pronoun::Thing => f.document_owner.or(f.thing).map(Some),
                    Pronoun::Plural => f.plural.or(f.documents_owner).map(Some),
                    Pronoun::One | Pronoun::First | Pronoun::Second => None,
                })
                .flatten()
        });
        let entity = entity.or_else(|| {
            let name = self.strangers.get(stranger?)?.clone();
            self.registry.add_person(&name)
        });
        if p == Pronoun::One {
            let one_of_kind = |id: &EntityId| {
                let e = self.registry.get(*id);
                e.kind == EntityKind::Group && e.group.as_ref().is_some_and(|g| !g.collective)
            };
            // "Detainees described beatings by guards; one of them said": the group its own
            // sentence opened on before it, else the nearest sentence that speaks of any of
            // them.
            let in_sentence = self
                .sentence_groups
                .iter()
                .find(|(start, _)| *start < at)
                .map(|&(_, of)| of);
            let nearest = in_sentence.or_else(|| {
                self.history.iter().take(PRONOUN_REACH).find_map(|f| {
                    f.generic_role.map(OneOf::Role).or_else(|| {
                        f.plural
                            .filter(|id| self.registry.get(*id).kind == EntityKind::Group)
                            .or(f.person.filter(one_of_kind))
                            .map(OneOf::Group)
                    })
                })
            })?;
            let role = match nearest {
                OneOf::Group(group) => {
                    return Some(Resolved {
                        entity: group,
                        how: Attribution::Pronoun,
                    });
                }
                OneOf::Role(role) => role,
            };
            let class = Registry::class_of(role);
            let key = GroupKey {
                class,
                noun: role,
                qualifier: self.qualifiers.get(role).cloned(),
                org: None,
                collective: false,
                patron: None,
            };
            let id = self.registry.group(key, "One");
            return Some(Resolved {
                entity: id,
                how: Attribution::Pronoun,
            });
        }
        let entity = entity?;
        Some(Resolved {
            entity,
            how: Attribution::Pronoun,
        })
    }
}

/// Whether a name is a person's initials ("R.D.", "J.R.S."): two or three capitals, each
/// followed by a period.
fn is_initials(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len().is_multiple_of(2)
        && (4..=6).contains(&bytes.len())
        && bytes
            .chunks(2)
            .all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// The gender of the pronoun a mention opens on ("she said", "his covering note").
fn pronoun_gender(m: &Mention) -> Option<Gender> {
    m.surface.words_quick().next().and_then(Gender::of_pronoun)
}
