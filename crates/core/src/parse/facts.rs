//! The mentions pass: what each sentence of the body says about who can speak.
//!
//! For every sentence of every body paragraph: its mentions (noun phrases that can speak, with
//! any apposition after a name), its cues (verbs of saying and the like, with their agents),
//! and the capitalized runs it holds that read as organisations or places. The registry and the
//! attribution sieves consume these facts; nothing here decides who says what.

use super::cues::{Agent, Cue, cues};
use super::lexicon;
use super::mentions::{
    Apposition, Mention, MentionKind, apposition, join_surface, lex_org_like, mention_backward,
    mention_forward, named_after_role, naming_words_at, org_run, parenthesised_apposition,
};
use super::names;
use super::paragraph::Paragraph;
use super::words::{FastMap, FastSet, Lexicon, Tok, VerbForm, WordList};
use crate::model::Section;
use crate::text::{self, TrimQuick, WordsQuick, fold};
use std::cell::RefCell;

/// The longest parenthesis after a name that an apposition may follow ("Leyla (not her real
/// name), 34, a teacher").
const MAX_PARENTHESIS: usize = 8;

/// A mention and the apposition after it, if any.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Described<'a> {
    /// The mention.
    pub mention: Mention<'a>,
    /// ", military commander of the Levant Front," after a name (boxed: few mentions have
    /// one, and every sentence's mentions are given room for several).
    pub apposition: Option<Box<Apposition>>,
    /// Whether an apposition or a word before says the name is an organisation's
    /// ("Transparency Monitor, a non-governmental election observation group,", "the trading
    /// firm Tamberlane Commodities").
    pub org_apposition: bool,
    /// The kind of organisation an apposition says the name is, in lower case ("group" of
    /// "Hezbollah, the Lebanese militant group,").
    pub org_kind: Option<String>,
    /// Whether the mention is who asks the questions ("Under questioning from Rep. Kolbeck,
    /// he acknowledged"): no antecedent for the answer's pronoun.
    pub questioner: bool,
    /// Whether what follows the name marks a private person ("(not her real name)", ", 27,",
    /// ", who grew up on Tanner Street"): a civilian unless the text gives a role.
    pub private: bool,
    /// Whether the mention is a post set before "she" or "he" ("A biostatistician at the
    /// Pennard Institute, she has …"): the post of the person named before, nobody new.
    pub post_before_pronoun: bool,
    /// Whether the name is an author's cited by year ("Haverkamp (2012, 44) anticipated"): a
    /// person, whatever else owns a study in the text.
    pub cited_author: bool,
    /// Whether ", who" follows the name ("Ines Quillane, who rose from a rope-splicing shed
    /// …, died"): a person's, since "who" is said of people.
    pub who_follows: bool,
    /// Whether an age is set off after the name ("Jonah Aldecott, 29, in an alley"): a
    /// person's.
    pub aged: bool,
}

/// What one sentence says.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentenceFacts<'a> {
    /// Byte range of the sentence in its block.
    pub range: std::ops::Range<usize>,
    /// The sentence's tokens, by index in its paragraph's ([`Paragraph::sentence_tokens`]):
    /// found once here, so that the later passes slice them instead of searching again.
    pub tokens: std::ops::Range<usize>,
    /// Mentions in order (pronouns included).
    pub mentions: Vec<Described<'a>>,
    /// Cues in order.
    pub cues: Vec<Cue<'a>>,
    /// Capitalized runs with an organisation word ("Fateh al-Sham Front").
    pub org_runs: Vec<String>,
    /// Other names of a name: after "formerly", or an acronym in parentheses ("the Gay
    /// Liberation Front (GLF)"): (name, other name).
    pub other_names: Vec<(String, String)>,
    /// Byte offset where the sentence's last clause opens after a semicolon ("A sat at the
    /// head of the table; B raised it first"), whose subject is the sentence's focus.
    pub last_clause: Option<usize>,
    /// Byte offset where the main clause opens after a participle phrase that opens the
    /// sentence ("Asked how those findings could be reconciled with the payslips Commonfield
    /// had seen, Keyline’s regional director, Bastian Quell, pointed"): its subject, not a
    /// name inside the phrase, is whom the sentence is about.
    pub main_clause: Option<usize>,
    /// The possessive pronoun the sentence opens on ("His team now logs …": "His"), whose
    /// person the sentence is about.
    pub opening_possessive: Option<&'static str>,
    /// The pronoun for the person a question is put to ("Co-conspirator 2 asked her whether
    /// …": "her"), whom the answer's "she said" in the sentence after means.
    pub asked: Option<&'static str>,
    /// Byte offsets of the agents of passive verbs ("an outdoor-safety consultant instructed
    /// by the coroner"): the verb's speaker, but not whom the sentence is about.
    pub passive_agents: Vec<usize>,
    /// Whether an adverb of time stands before the sentence's first word of substance
    /// ("Tomorrow he will meet …"): the subject after it opens the sentence all the same.
    pub after_time_adverb: bool,
    /// Whether the sentence opens by calling its first name, as a judge or a letter does
    /// ("Gideon Marle, you are 54", "Mrs Marle, please stand"): whom "you" means.
    pub vocative: bool,
}

/// What one body paragraph says, sentence by sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct ParagraphFacts<'a> {
    /// The sentences, in order.
    pub sentences: Vec<SentenceFacts<'a>>,
    /// The name a speaker label opens the paragraph with ("Solvik: …", "Mrs Ione Tasker
    /// (Skelthorpe and Wendle) (Her): …"): who "I" is in it.
    pub speaker_label: Option<String>,
    /// Whether the paragraph ends on a question ("Question: Doctor, in February you said the
    /// Valley was “…”. Was that wrong?"): its "you" is whoever answers in the next.
    pub asks: bool,
    /// Whether the paragraph is a transcript's question or answer ("Q. Did he say anything
    /// about a knife?", "A. Not in interview."): the examiner's or the witness's turn.
    pub examination: Option<Examination>,
    /// The person a letter's heading addresses ("To: Douglas Fenwright MP, Minister for
    /// Housing" over "Dear Minister, … you announced"): whom "you" means in it.
    pub addressee_label: Option<String>,
}

/// Whose turn a transcript's "Q." or "A." opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Examination {
    /// "Q.": the examiner's question.
    Question,
    /// "A.": the witness's answer.
    Answer,
}

/// What the whole body says, beyond single sentences. Its sets of folded names are only asked
/// whether they hold a name, never read in order.
#[derive(Debug, Default)]
pub(crate) struct Facts<'a> {
    /// Per body paragraph.
    pub paragraphs: Vec<ParagraphFacts<'a>>,
    /// Folded names that follow a locative ("in Aleppo"): places, not speakers.
    pub places: FastSet<String>,
    /// Folded names seen near words of armed conflict ("faction", "commander").
    pub armed_context: FastSet<String>,
    /// Folded acronyms the text defines for lower-case words ("body-worn camera (BWC)",
    /// "internally displaced persons (IDPs)"): things or people, never organisations.
    pub thing_acronyms: FastSet<String>,
    /// Folded acronyms the text defines for a role ("an engineering supervisor (ES)"): "the
    /// ES" later is that role, never an organisation.
    pub role_acronyms: FastMap<String, RoleAcronym>,
    /// Folded names of two words or more the text writes after a lower-case "the" ("the
    /// Vale Mills"): an organisation's or a place's, never a person's.
    pub the_names: FastSet<String>,
    /// Folded short names the text defines for organisations ("Tollbridge Staffing Limited
    /// (“Tollbridge”)"): organisations wherever they appear.
    pub org_short_names: FastSet<String>,
    /// Folded runs of capitals in a transcript's speaker labels ("ANCHOR", "CLARE MALLORY"
    /// of "ANCHOR (CLARE MALLORY):"): people and their roles, never organisations.
    pub label_capitals: FastSet<String>,
    /// The parties of the case the text is about, from its caption ("The Prosecutor v. Dorian
    /// Kostavin").
    pub case_parties: Option<CaseParties>,
    /// The seats the speaker labels of a debate give their members, as (seat, member's name):
    /// "Mr Perran Pawle (Harnock East):".
    pub seats: Vec<(String, String)>,
    /// Units the text says an organisation has, as (the unit's noun capitalized, the owner's
    /// name): "the Agency’s station in Telmont" gives ("Station", "Agency").
    pub owned_units: Vec<(String, String)>,
    /// What the text says of each name asked about: the registry and the faction claims ask of
    /// the same names many times.
    name_reads: RefCell<FastMap<String, NameReads>>,
}

/// What the body says of a name, beyond its sentence: read once per name, after [`read`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameReads {
    /// Its words read as an organisation's ([`lex_org_like`]).
    pub org_like: bool,
    /// The text writes it after a lower-case "the" ([`Facts::is_the_name`]).
    pub the_name: bool,
    /// The text defines it as an organisation's short name ([`Facts::is_org_short_name`]).
    pub org_short_name: bool,
}

/// The two parties a case caption names ("X v. Y").
#[derive(Clone, Debug)]
pub(crate) struct CaseParties {
    /// Who brings the case ("The Prosecutor", "Smith").
    pub first: String,
    /// Against whom ("Dorian Kostavin").
    pub second: String,
}

impl Facts<'_> {
    /// What the body says of a name, read once per name (only once the body is read: the sets
    /// it asks are full by then).
    pub(crate) fn name_reads(&self, lex: &Lexicon, name: &str) -> NameReads {
        if let Some(&reads) = self.name_reads.borrow().get(name) {
            return reads;
        }
        let reads = NameReads {
            org_like: lex_org_like(lex, name),
            the_name: self.is_the_name(name),
            org_short_name: self.is_org_short_name(name),
        };
        self.name_reads.borrow_mut().insert(name.to_owned(), reads);
        reads
    }

    /// Whether a name reads as an organisation's by its words ([`lex_org_like`]), read once per
    /// name.
    pub(crate) fn org_like(&self, lex: &Lexicon, name: &str) -> bool {
        self.name_reads(lex, name).org_like
    }

    /// Whether the text writes this name after a lower-case "the".
    pub(crate) fn is_the_name(&self, name: &str) -> bool {
        text::with_folded(name, |f| self.the_names.contains(f))
    }

    /// Whether the text defines this name as an organisation's short name.
    pub(crate) fn is_org_short_name(&self, name: &str) -> bool {
        text::with_folded(name, |f| self.org_short_names.contains(f))
    }
}

impl ParagraphFacts<'_> {
    /// The sentence holding byte `at`.
    pub(crate) fn sentence_at(&self, at: usize) -> Option<usize> {
        self.sentences
            .iter()
            .position(|s| s.range.contains(&at))
            .or_else(|| {
                self.sentences
                    .last()
                    .filter(|s| s.range.end == at)
                    .map(|_| self.sentences.len() - 1)
            })
    }
}

/// Whether a sentence opens by calling someone by name: a name, a comma, then "you" ("Gideon
/// Marle, you are 54"), "please" ("Mr Marle, please stand") or "I" speaking to "you" ("Mrs
/// Marle, I turn to you"); or is a letter's salutation ("Dear Ms Vossberg,").
fn opens_on_vocative(toks: &[Tok], mentions: &[Described]) -> bool {
    let Some(m) = mentions.first().map(|d| &d.mention) else {
        return false;
    };
    let named = matches!(m.kind, MentionKind::Named(_));
    // A letter's salutation: "Dear Ms Vossberg,".
    if named && m.toks.start <= 1 && toks[0].word == "Dear" && m.toks.end == toks.len() {
        return toks[m.toks.end - 1].punct == Some(',');
    }
    let called =
        named && m.toks.start == 0 && m.toks.end > 0 && toks[m.toks.end - 1].punct == Some(',');
    let after = &toks[m.toks.end.min(toks.len())..];
    let you = |t: &Tok| t.is("you") && !t.barrier;
    called
        && after
            .first()
            .is_some_and(|t| you(t) || t.is("please") || (t.word == "I" && after.iter().any(you)))
}

/// Reads every sentence of every paragraph.
pub(crate) fn read<'a>(lex: &Lexicon, paragraphs: &[Paragraph<'a>]) -> Facts<'a> {
    let mut facts = Facts {
        paragraphs: Vec::with_capacity(paragraphs.len()),
        ..Facts::default()
    };
    // Names a next sentence calls "the organization" ([`named_by_kind_after`]), or that a
    // clause on "which" is about.
    let mut called_by_kind: Vec<String> = Vec::new();
    let mut buffers = NameBuffers::default();
    for p in paragraphs {
        let mut out = ParagraphFacts {
            sentences: Vec::with_capacity(p.sentence_ends.len()),
            speaker_label: None,
            asks: false,
            addressee_label: None,
            examination: None,
        };
        for s in 0..p.sentence_ends.len() {
            let range = p.sentence_range(s);
            let tokens = p.token_range(range.start, range.end);
            let toks = &p.all_tokens()[tokens.clone()];
            let mut sentence = SentenceFacts {
                range,
                tokens,
                mentions: mentions(lex, toks),
                cues: cues(lex, toks),
                last_clause: toks
                    .iter()
                    .rev()
                    .find(|t| t.punct == Some(';') && !t.barrier)
                    .map(|t| t.end),
                asked: asked_by_pronoun(toks),
                passive_agents: passive_agents(toks),
                main_clause: after_opening_participle(toks),
                opening_possessive: toks
                    .first()
                    .filter(|t| !t.barrier)
                    .and_then(|t| ["His", "Her"].into_iter().find(|p| *p == t.word)),
                ..SentenceFacts::default()
            };
            if !facts.role_acronyms.is_empty() {
                for d in &mut sentence.mentions {
                    read_role_acronym(&facts.role_acronyms, &mut d.mention);
                }
                for cue in &mut sentence.cues {
                    if let Agent::Mention(m) = &mut cue.agent {
                        read_role_acronym(&facts.role_acronyms, m);
                    }
                }
            }
            sentence.vocative = opens_on_vocative(toks, &sentence.mentions);
            sentence.after_time_adverb = toks.first().is_some_and(|t| {
                !t.barrier
                    && t.punct.is_none()
                    && t.capitalized()
                    && lexicon::is_one_of(t.word, lexicon::OPENING_TIME_ADVERBS)
            });
            scan_names(lex, toks, p.text, &mut sentence, &mut facts, &mut buffers);
            scan_thing_acronyms(toks, &mut facts.thing_acronyms, &mut facts.role_acronyms);
            scan_owned_units(lex, toks, &mut facts.owned_units);
            for d in &sentence.mentions {
                // "the Permanent Secretary" is a title; in "the Heslandic side" the name is a
                // modifier.
                let end = d.mention.toks.end;
                let modifier = end > 0
                    && toks[end - 1].punct.is_none()
                    && toks.get(end).is_some_and(|n| {
                        !n.barrier && !n.function && n.word.starts_with(char::is_lowercase)
                    });
                // "Amazon said its warehouses were …", "Damascus said that its forces": a name
                // whose words the sentence goes on to call "its" is no person's.
                if let MentionKind::Named(name) = &d.mention.kind
                    && end > 0
                    && toks[end - 1].punct.is_none()
                    && toks
                        .get(end)
                        .is_some_and(|v| !v.barrier && v.verb.is_some())
                    && toks[end + 1..]
                        .iter()
                        .take(2)
                        .take_while(|t| !t.barrier)
                        .find(|t| !t.is("that"))
                        .is_some_and(|t| t.is("its"))
                {
                    called_by_kind.push(fold(name));
                }
                // "Verdant, which employs 4,000 people, said": "which" is said of no person
                // (here of the sentence's subject).
                if let MentionKind::Named(name) = &d.mention.kind
                    && d.mention.toks.start == 0
                    && !name.contains(' ')
                    && end > 0
                    && toks[end - 1].punct == Some(',')
                    && toks.get(end).is_some_and(|n| !n.barrier && n.is("which"))
                {
                    called_by_kind.push(fold(name));
                }
                // One word after "the" is as often a river or a region ("the Sarth"), unless
                // a verb of saying follows it ("the Pentagon said", "the Kremlin denied").
                let speaks = toks
                    .get(end)
                    .is_some_and(|n| !n.barrier && n.verb.is_some())
                    && end > 0
                    && toks[end - 1].document.is_none();
                if let MentionKind::Named(name) = &d.mention.kind
                    && d.mention.surface.strip_prefix("the ") == Some(name.as_ref())
                    && (name.contains(' ') || speaks)
                    && (!modifier || speaks)
                    && !name.words_quick().any(|w| lex.role(w).is_some())
                {
                    facts.the_names.insert(fold(name));
                }
            }
            for (name, short) in &sentence.other_names {
                if sentence.org_runs.contains(name) {
                    facts.org_short_names.insert(fold(short));
                }
            }
            if let Some(name) = out
                .sentences
                .last()
                .and_then(|before| named_by_kind_after(before, &sentence))
            {
                called_by_kind.push(fold(name));
            }
            out.sentences.push(sentence);
        }
        if facts.case_parties.is_none() {
            facts.case_parties = case_parties(p.all_tokens());
        }
        out.speaker_label = speaker_label(lex, p.all_tokens());
        if out.speaker_label.is_some() {
            label_capitals(lex, p.all_tokens(), &mut facts.label_capitals);
        }
        out.asks = p.all_tokens().last().is_some_and(|t| t.punct == Some('?'));
        // "Q." and "A." are read as initials: the word keeps its period.
        out.examination =
            p.all_tokens()
                .first()
                .filter(|t| !t.barrier)
                .and_then(|t| match t.word {
                    "Q." => Some(Examination::Question),
                    "A." => Some(Examination::Answer),
                    _ => None,
                });
        if let Some((seat, name)) = out
            .speaker_label
            .as_ref()
            .and_then(|name| seat_of_label(p.all_tokens(), name))
        {
            facts.seats.push((seat, name));
        }
        facts.paragraphs.push(out);
    }
    // ... unless the name opens a longer organisation's name ("Stellbrook" of "Stellbrook
    // Water Services"), whose short form it is.
    for name in called_by_kind {
        let opens_longer = facts
            .paragraphs
            .iter()
            .flat_map(|p| &p.sentences)
            .flat_map(|s| &s.org_runs)
            .any(|run| {
                run.split_once(' ')
                    .is_some_and(|(first, _)| text::with_folded(first, |f| f == name))
            });
        if !opens_longer {
            facts.org_short_names.insert(name);
        }
    }
    // "the Agency’s station … The Station reported": the unit's noun names an organisation.
    for (noun, _) in &facts.owned_units {
        facts.org_short_names.insert(fold(noun));
    }
    name_the_parties(&mut facts);
    name_the_members(&mut facts);
    facts
}

/// "the Agency’s station in Telmont": an organisation's possessive before a unit's noun
/// ([`lexicon::BODY_UNIT_NOUNS`]), with up to two words between.
fn scan_owned_units(lex: &Lexicon, toks: &[Tok<'_>], out: &mut Vec<(String, String)>) {
    const MAX_MODIFIERS: usize = 2;
    for (i, t) in toks.iter().enumerate() {
        if !t.possessive() || !t.name || t.barrier || t.punct.is_some() {
            continue;
        }
        let unit = toks[i + 1..]
            .iter()
            .take(MAX_MODIFIERS + 1)
            .take_while(|n| !n.barrier && !n.possessive() && n.role.is_none() && n.verb.is_none())
            .position(|n| {
                n.word.starts_with(char::is_lowercase)
                    && lexicon::is_one_of(n.word, lexicon::BODY_UNIT_NOUNS)
            });
        let Some(unit) = unit.map(|u| &toks[i + 1 + u]) else {
            continue;
        };
        if toks[i + 1..]
            .iter()
            .take_while(|n| !std::ptr::eq(*n, unit))
            .any(|n| n.punct.is_some())
        {
            continue;
        }
        if let Some(owner) = mention_backward(lex, toks, i)
            && let MentionKind::Named(name) = owner.kind
            && lex_org_like(lex, &name)
        {
            let mut noun = unit.word.to_owned();
            noun[..1].make_ascii_uppercase();
            if !out.iter().any(|(n, o)| *n == noun && *o == name) {
                out.push((noun, name.into_owned()));
            }
        }
    }
}

/// "Mr Perran Pawle (Harnock East) (Her):": the seat in brackets after the labelled name.
fn seat_of_label(toks: &[Tok<'_>], name: &str) -> Option<(String, String)> {
    let last = name.words_quick().last()?;
    let after = toks.iter().position(|t| t.bare() == last)? + 1;
    let open = toks.get(after).filter(|t| t.paren_open)?;
    let close = (after..toks.len()).find(|&k| toks[k].paren_close)?;
    let seat: Vec<&str> = toks[after..=close]
        .iter()
        .map(|t| t.word.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let seat = seat.join(" ");
    (open.word.len() > 1 && seat.words_quick().count() >= 1 && seat.len() > 3)
        .then(|| (seat, name.to_owned()))
}

/// "The hon. Member for Harnock East put it well": a member named by their seat is the person
/// whose speaker label gives that seat, in every mention and every cue's agent.
fn name_the_members(facts: &mut Facts) {
    if facts.seats.is_empty() {
        return;
    }
    let seats = facts.seats.clone();
    rename_names(facts, |name| {
        seats
            .iter()
            .find(|(seat, _)| seat == name)
            .map(|(_, person)| person.clone())
    });
}

/// Renames every named mention and every cue's named agent that `new_name` renames.
fn rename_names(facts: &mut Facts, new_name: impl Fn(&str) -> Option<String>) {
    let rename = |m: &mut Mention| {
        if let MentionKind::Named(name) = &m.kind
            && let Some(renamed) = new_name(name)
        {
            m.kind = MentionKind::Named(renamed.into());
        }
    };
    for s in facts.paragraphs.iter_mut().flat_map(|p| &mut p.sentences) {
        for d in &mut s.mentions {
            rename(&mut d.mention);
        }
        for c in &mut s.cues {
            if let Agent::Mention(m) = &mut c.agent {
                rename(m);
            }
        }
    }
}

/// The dashes between a turn heading's name and who the person is ("Marcus Tiller - Analyst").
const TURN_DASHES: [&str; 4] = [" - ", " – ", " — ", " -- "];

/// A heading that labels a transcript's turn or a written answer (who speaks under it), or a
/// letter's (whom it is to).
pub(crate) struct TurnHeading<'a> {
    /// The heading as the layout gives it.
    pub title: &'a str,
    /// The person it names.
    pub person: &'a str,
    /// Whether the person is whom the text under it speaks to ("To: Douglas Fenwright MP"),
    /// not who speaks.
    pub addressed: bool,
    /// What it says of them, from their name on, as a sentence ("Harriet Colquhoun-Day,
    /// Minister for the Environment and Water, on 10 March 2025.").
    pub description: String,
}

/// The headings of `sections` that label a turn ([`turn_heading_speaker`]) or name a letter's
/// addressee.
pub(crate) fn turn_headings<'a>(lex: &Lexicon, sections: &'a [Section]) -> Vec<TurnHeading<'a>> {
    sections
        .iter()
        .filter_map(|section| {
            let title = section.title.as_deref()?;
            let (person, addressed) = match turn_heading_speaker(lex, title) {
                Some(speaker) => (speaker, false),
                None => (
                    heading_person(lex, title, lexicon::ADDRESSEE_HEADING_OPENERS)?,
                    true,
                ),
            };
            let from_name = title.find(person).map_or(title, |at| &title[at..]);
            let mut description = from_name.to_owned();
            for dash in TURN_DASHES {
                description = description.replace(dash, ", ");
            }
            description.push('.');
            Some(TurnHeading {
                title,
                person,
                addressed,
                description,
            })
        })
        .collect()
}

/// Gives the paragraphs of a transcript's turn the speaker its heading names: "Helen Dartry -
/// President and Chief Executive Officer" over the turn's paragraphs, as "Dartry:" would open
/// one; and a letter's paragraphs whom its heading addresses. `section_titles` holds each
/// paragraph's section title; a paragraph's own label wins.
pub(crate) fn label_turns(
    facts: &mut Facts<'_>,
    section_titles: &[Option<&str>],
    turns: &[TurnHeading<'_>],
) {
    for (pf, title) in facts.paragraphs.iter_mut().zip(section_titles) {
        let Some(turn) = title.and_then(|t| turns.iter().find(|turn| turn.title == t)) else {
            continue;
        };
        if turn.addressed {
            pf.addressee_label = Some(turn.person.to_owned());
        } else if pf.speaker_label.is_none() {
            pf.speaker_label = Some(turn.person.to_owned());
        }
    }
}

/// Gives a trial transcript's answers the witness and its questions the examiner the headings
/// over them name ("DETECTIVE SERGEANT ANNA FERRIE, sworn", then "Examined by MR ROWE" and
/// "Q. …" / "A. …"). `sections` holds each paragraph's section, an index into `headings`, the
/// titles of the report's sections in order.
pub(crate) fn label_examinations(
    lex: &Lexicon,
    facts: &mut Facts<'_>,
    sections: &[usize],
    headings: &[Option<&str>],
) {
    if !facts.paragraphs.iter().any(|p| p.examination.is_some()) {
        return;
    }
    // Who is examined and who asks, section by section.
    let mut witness: Option<String> = None;
    let mut examiner: Option<String> = None;
    let turns: Vec<(Option<String>, Option<String>)> = headings
        .iter()
        .map(|title| {
            if let Some(title) = title {
                let lower = crate::text::lower_case(title);
                if let Some(name) = lexicon::SWORN_ENDINGS.iter().find_map(|end| {
                    lower
                        .ends_with(end)
                        .then(|| &title[..title.len() - end.len()])
                }) {
                    witness = name_in_capitals(lex, name);
                    examiner = None;
                } else if let Some(name) = lexicon::EXAMINED_BY
                    .iter()
                    .find(|opener| opens_with(title, opener))
                    .map(|opener| &title[opener.len()..])
                {
                    examiner = name_in_capitals(lex, name);
                }
            }
            (witness.clone(), examiner.clone())
        })
        .collect();
    for (pf, &section) in facts.paragraphs.iter_mut().zip(sections) {
        let Some((witness, examiner)) = turns.get(section) else {
            continue;
        };
        // Who speaks, and whom "you" means: the examiner asks the witness.
        let (person, addressed) = match pf.examination {
            Some(Examination::Answer) => (witness, examiner),
            Some(Examination::Question) => (examiner, witness),
            None => continue,
        };
        if pf.speaker_label.is_none() {
            pf.speaker_label.clone_from(person);
        }
        if pf.addressee_label.is_none() {
            pf.addressee_label.clone_from(addressed);
        }
    }
}

/// The name a heading writes in capitals after its titles ("DETECTIVE SERGEANT ANNA FERRIE" →
/// "Anna Ferrie", "MS DALGETY" → "Dalgety"); `None` for titles alone.
fn name_in_capitals(lex: &Lexicon, text: &str) -> Option<String> {
    let title_case = |word: &str| super::factions::capitalize(&word.to_lowercase());
    let words: Vec<String> = text
        .trim_quick()
        .words_quick()
        .map(|w| w.trim_end_matches(','))
        .skip_while(|w| {
            let lower = w.to_lowercase();
            lex.is_honorific(&title_case(w))
                || lex.role(&lower).is_some()
                || lexicon::is_one_of(&lower, &["the", "honourable", "honorable"])
        })
        .take_while(|w| !lexicon::POSTNOMINALS.contains(w))
        .map(title_case)
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Gives a transcript's unlabelled paragraphs the speaker of the turn they go on ("The
/// Minister (Mr Callum Drysdale): I congratulate …" then "Let me start with the facts. …"), up
/// to the next label or the end of the section. `sections` holds each paragraph's section; a
/// text with fewer labelled paragraphs than a transcript has is no transcript.
pub(crate) fn carry_turns(facts: &mut Facts<'_>, sections: &[usize]) {
    /// The fewest labelled paragraphs of a transcript.
    const MIN_TURNS: usize = 4;
    let labelled = facts
        .paragraphs
        .iter()
        .filter(|p| p.speaker_label.is_some())
        .count();
    if labelled < MIN_TURNS {
        return;
    }
    let mut turn: Option<(usize, String)> = None;
    for (pf, &section) in facts.paragraphs.iter_mut().zip(sections) {
        match (&pf.speaker_label, &turn) {
            (Some(label), _) => turn = Some((section, label.clone())),
            (None, Some((turn_section, label))) if *turn_section == section => {
                pf.speaker_label = Some(label.clone());
            }
            (None, _) => turn = None,
        }
    }
}

/// The person a heading names as a transcript's turn: a person's name, a dash, then who the
/// person is ("Marcus Tiller - Ferrisby Capital Markets - Analyst"), or who asked or answered
/// what follows ("Answered by Harriet Colquhoun-Day, Minister for the Environment and Water,
/// on 10 March 2025"). A heading that is a name alone names a subject, not a speaker ("Helen
/// Dartry" over a profile).
fn turn_heading_speaker<'t>(lex: &Lexicon, title: &'t str) -> Option<&'t str> {
    /// The fewest and most words of the name.
    const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;
    if lexicon::TURN_HEADING_OPENERS
        .iter()
        .any(|opener| opens_with(title, opener))
    {
        return heading_person(lex, title, lexicon::TURN_HEADING_OPENERS);
    }
    let (name, rest) = TURN_DASHES.iter().find_map(|dash| title.split_once(dash))?;
    let name = name.trim_quick();
    let who = rest.trim_start();
    (NAME_WORDS.contains(&name.words_quick().count())
        && super::registry::is_personal_name(lex, name)
        && !lex_org_like(lex, name)
        && who.starts_with(char::is_uppercase))
    .then_some(name)
}

/// Whether `title` opens with `opener`, in any case.
fn opens_with(title: &str, opener: &str) -> bool {
    title
        .get(..opener.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(opener))
}

/// The person a heading names after one of `openers`, up to a comma or a bracket ("Answered
/// by Harriet Colquhoun-Day, Minister …", "To: Douglas Fenwright MP, Minister …").
fn heading_person<'t>(lex: &Lexicon, title: &'t str, openers: &[&str]) -> Option<&'t str> {
    /// The fewest and most words of the name.
    const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;
    let opener = openers.iter().find(|opener| opens_with(title, opener))?;
    let rest = &title[opener.len()..];
    let mut name = rest[..rest.find([',', '(']).unwrap_or(rest.len())].trim_quick();
    // "Douglas Fenwright MP": post-nominal letters are no part of the name.
    while let Some((head, last)) = name.rsplit_once(' ')
        && lexicon::POSTNOMINALS.contains(&last)
    {
        name = head.trim_quick();
    }
    (NAME_WORDS.contains(&name.words_quick().count())
        && super::registry::is_personal_name(lex, name)
        && !lex_org_like(lex, name))
    .then_some(name)
}

/// The person a label before a colon at the start of a paragraph names ("Solvik:", "The
/// Minister for Housing (Claire Rendell):"): capitalized words and brackets only, no verb.
fn speaker_label(lex: &Lexicon, toks: &[Tok<'_>]) -> Option<String> {
    /// The most words a label has.
    const MAX_LABEL: usize = 12;
    if let Some((name, _)) = period_label(lex, toks) {
        return Some(name);
    }
    let colon = toks
        .iter()
        .take(MAX_LABEL)
        .position(|t| t.punct == Some(':'))?;
    let label = &toks[..=colon];
    if let Some(name) = capitals_label(lex, label) {
        return Some(name);
    }
    // "Spokesperson:", "Moderator:": a role alone, whom the text gave that role names
    // ([`crate::parse::registry::Registry::labelled_as`]).
    if let [role] = label
        && !role.barrier
        && role.capitalized()
        && role.role.is_some()
        && !role.plural_role
    {
        return Some(role.word.to_owned());
    }
    // "THE CORONER:", "The Chair:": a role after "the", the same.
    if let [the, role] = label
        && the.is("the")
        && !the.barrier
        && !role.barrier
        && role.capitalized()
        && role.role.is_some()
        && !role.plural_role
    {
        let word = role.word.trim_end_matches(':');
        return Some(super::factions::capitalize(&word.to_lowercase()));
    }
    let fits = |t: &Tok<'_>| {
        !t.barrier
            && t.verb.is_none()
            && (t.capitalized()
                || t.paren_open
                || t.paren_close
                || t.honorific
                || lexicon::is_one_of(t.word, &["of", "for", "and", "the"]))
    };
    if !label.iter().all(fits) || !label.iter().any(|t| t.name) {
        return None;
    }
    // "The Minister for Roads and Local Transport (Mr Callum Drysdale):": after a title, the
    // name in parentheses is who speaks, whatever the title's words read as.
    let named_after_title = label[0]
        .is("the")
        .then(|| label.iter().position(|t| t.paren_open))
        .flatten();
    named_after_title
        .into_iter()
        .chain(0..=colon)
        .find_map(|k| {
            mention_forward(lex, toks, k)
                .filter(|m| m.toks.end <= colon + 1)
                .and_then(|m| match m.kind {
                    MentionKind::Named(name) if !lex_org_like(lex, &name) => {
                        Some(name.into_owned())
                    }
                    _ => None,
                })
        })
}

/// Records the runs of words in capitals of a paragraph's speaker label, up to its colon
/// ("ANCHOR", "CLARE MALLORY" of "ANCHOR (CLARE MALLORY):"), folded.
fn label_capitals(lex: &Lexicon, toks: &[Tok<'_>], out: &mut FastSet<String>) {
    /// The most words a label has.
    const MAX_LABEL: usize = 12;
    let Some(colon) = period_label(lex, toks).map(|(_, end)| end).or_else(|| {
        toks.iter()
            .take(MAX_LABEL)
            .position(|t| t.punct == Some(':'))
    }) else {
        return;
    };
    let capitals = |t: &Tok<'_>| {
        !t.barrier
            && t.word.chars().any(char::is_uppercase)
            && !t.word.chars().any(char::is_lowercase)
    };
    let mut run: Vec<&str> = Vec::new();
    for t in &toks[..=colon] {
        let joined = capitals(t) && !t.paren_open;
        if !joined && !run.is_empty() {
            out.insert(fold(&run.join(" ")));
            run.clear();
        }
        if capitals(t) {
            run.push(t.bare());
        }
        if t.punct.is_some() || t.paren_close {
            if !run.is_empty() {
                out.insert(fold(&run.join(" ")));
            }
            run.clear();
        }
    }
    if !run.is_empty() {
        out.insert(fold(&run.join(" ")));
    }
}

/// A hearing transcript's label as the record prints it, a title then the surname in capitals
/// and a period ("Mr. BRANDT. Mr. Paskett, your own …", "Chairman HOLLOWAY.", "The
/// CHAIRMAN."): the surname as a name is written ("Brandt"), or the role after "The"
/// ("Chairman"); and the index of the label's last word.
fn period_label(lex: &Lexicon, toks: &[Tok<'_>]) -> Option<(String, usize)> {
    /// The most words of the surname.
    const MAX_SURNAME: usize = 2;
    let title_case = |word: &str| super::factions::capitalize(&word.to_ascii_lowercase());
    let (title, rest) = toks.split_first()?;
    let titled = !title.barrier
        && title.capitalized()
        && !title
            .word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'.')
        && (title.honorific || title.role.is_some() || title.word == "The");
    if !titled {
        return None;
    }
    let end = rest
        .iter()
        .take(MAX_SURNAME)
        .position(|t| t.punct == Some('.'))?;
    let surname = &rest[..=end];
    let capitals = surname.iter().all(|t| {
        !t.barrier
            && t.word.len() > 1
            && t.word.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
    });
    let sentence_after = rest
        .get(end + 1)
        .is_some_and(|t| t.barrier || t.capitalized());
    if !capitals || !sentence_after {
        return None;
    }
    let words: Vec<String> = surname.iter().map(|t| title_case(t.word)).collect();
    let name = words.join(" ");
    if title.word == "The" {
        // "The CHAIRMAN.": the one person the text gave that role.
        return lex.role(&name.to_lowercase()).map(|_| (name, end + 1));
    }
    Some((name, end + 1))
}

/// "MS OKOYE:", "DR. FAUCI:", "SENATOR WARREN:": a transcript's label in capitals, a title then
/// a surname, names the person by the surname as a name is written ("Okoye").
fn capitals_label(lex: &Lexicon, label: &[Tok<'_>]) -> Option<String> {
    /// The most words of the surname.
    const MAX_SURNAME: usize = 3;
    let capitals = |t: &Tok<'_>| {
        !t.barrier
            && t.word.len() > 1
            && t.word
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'\'')
    };
    // "OKOYE" → "Okoye".
    let title_case = |word: &str| super::factions::capitalize(&word.to_ascii_lowercase());
    // "GWILYM TARRANT:", "MABRY:": a name alone in capitals, of words that are no role, verb
    // or other word of the vocabulary ("CLAIM:", "NOTE:" are none).
    let plain_word = |t: &Tok<'_>| {
        capitals(t)
            && t.verb.is_none()
            && !t.function
            && !t.honorific
            && lex.role(&t.word.to_ascii_lowercase()).is_none()
            && !lex.is_org_word(&t.word.to_ascii_lowercase())
            && !lex.is_function_word(&t.word.to_ascii_lowercase())
    };
    if (1..=MAX_SURNAME).contains(&label.len()) && label.iter().all(plain_word) {
        let words: Vec<String> = label.iter().map(|t| title_case(t.bare())).collect();
        return Some(words.join(" "));
    }
    let (title, surname) = label.split_first()?;
    let titled = !title.barrier
        && title.word.len() > 1
        && title.word.bytes().all(|b| b.is_ascii_uppercase())
        && (lex.is_honorific(&title_case(title.word))
            || lex.role(&title.word.to_ascii_lowercase()).is_some());
    if !titled || surname.is_empty() || surname.len() > MAX_SURNAME || !surname.iter().all(capitals)
    {
        return None;
    }
    let words: Vec<String> = surname.iter().map(|t| title_case(t.word)).collect();
    Some(words.join(" "))
}

/// The parties a case caption names ("The Prosecutor v. Dorian Kostavin"): (first, second).
fn case_parties(toks: &[Tok<'_>]) -> Option<CaseParties> {
    /// The most words of a party's name.
    const MAX_WORDS: usize = 5;
    let v = toks
        .iter()
        .position(|t| t.punct == Some('.') && !t.barrier && (t.word == "v" || t.word == "vs"))?;
    let first: Vec<&str> = toks[..v]
        .iter()
        .rev()
        .take(MAX_WORDS)
        .take_while(|t| t.capitalized() && !t.barrier && t.punct.is_none())
        .map(|t| t.word)
        .collect();
    let second: Vec<&str> = toks[v + 1..]
        .iter()
        .take(MAX_WORDS)
        .scan(true, |open, t| {
            let was_open = *open;
            *open = t.punct.is_none();
            (was_open && t.capitalized() && !t.barrier).then_some(t.bare())
        })
        .collect();
    if first.is_empty() || second.is_empty() {
        return None;
    }
    Some(CaseParties {
        first: first.into_iter().rev().collect::<Vec<_>>().join(" "),
        second: second.join(" "),
    })
}

/// "The Accused replied": the defined term of a party is the party the caption names, in every
/// mention and every cue's agent.
fn name_the_parties(facts: &mut Facts) {
    let Some(parties) = facts.case_parties.clone() else {
        return;
    };
    rename_names(facts, |name| {
        if lexicon::is_one_of(name, lexicon::SECOND_PARTY_TERMS) {
            Some(parties.second.clone())
        } else if lexicon::is_one_of(name, lexicon::FIRST_PARTY_TERMS) {
            Some(parties.first.clone())
        } else {
            None
        }
    });
}

/// Every mention of a sentence, left to right, with appositions after names.
fn mentions<'a>(lex: &Lexicon, toks: &[Tok<'a>]) -> Vec<Described<'a>> {
    /// Words per mention a sentence is given room for: about one word in seven opens a
    /// mention in a report, so room for one in four seldom grows.
    const WORDS_PER_MENTION: usize = 4;
    let mut out: Vec<Described> = Vec::with_capacity(toks.len() / WORDS_PER_MENTION);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let may_open = !t.barrier
            && (t.determiner
                || t.honorific
                || t.role.is_some()
                || t.name
                || t.document.is_some()
                || t.generic
                || t.on(WordList::MentionPronouns));
        if !may_open {
            i += 1;
            continue;
        }
        match mention_forward(lex, toks, i) {
            Some(mut m) => {
                let end = m.toks.end.max(i + 1);
                // "The Deputy Director, who oversaw the Agency’s operations directorate,": the
                // body the relative clause names is the role's.
                if matches!(m.kind, MentionKind::Role { plural: false, .. })
                    && m.orgs.is_empty()
                    && toks.get(end - 1).is_some_and(|t| t.punct == Some(','))
                    && let Some(org) = relative_role(lex, toks, end).and_then(|a| a.org)
                {
                    m.orgs.push(org.into());
                }
                // ", a spokeswoman for the Front," or "—an attorney based in Boston—".
                // "Mr. Dravic (Quillon), Director of …": a name in parentheses right after
                // another says whose side the first is; what follows is about the first.
                let in_parentheses_after_name = m.toks.start > 0
                    && toks[m.toks.start].paren_open
                    && toks[end - 1].paren_close
                    && toks[m.toks.start - 1].name
                    && toks[m.toks.start - 1].punct.is_none();
                let apposition = match m.kind {
                    MentionKind::Named(_) if in_parentheses_after_name => None,
                    MentionKind::Named(_) => {
                        let comma = toks.get(end - 1).is_some_and(|t| t.punct == Some(','));
                        let dash = toks.get(end).is_some_and(|t| t.barrier && !t.quote);
                        // "Leyla (not her real name), 34, a teacher": past the parenthesis.
                        let after_parenthesis = toks
                            .get(end)
                            .filter(|t| t.paren_open && toks[end - 1].punct.is_none())
                            .and_then(|_| {
                                (end..toks.len().min(end + MAX_PARENTHESIS))
                                    .find(|&k| toks[k].paren_close)
                            })
                            .filter(|&k| toks[k].punct == Some(','));
                        if comma {
                            apposition(lex, toks, end).or_else(|| relative_role(lex, toks, end))
                        } else if dash {
                            apposition(lex, toks, end + 1)
                        } else if let Some(close) = after_parenthesis {
                            apposition(lex, toks, close + 1)
                        } else if toks
                            .get(end)
                            .is_some_and(|t| t.paren_open && toks[end - 1].punct.is_none())
                            && m.name().is_some_and(|name| !lex_org_like(lex, name))
                        {
                            // "Present: Tobias Wrenne (Chief Executive); …": a role or an
                            // organisation in parentheses right after the name.
                            parenthesised_apposition(lex, toks, end)
                        } else {
                            described_as_role(toks, m.toks.start, end)
                                .or_else(|| serving_as_role(lex, toks, end))
                        }
                    }
                    _ => None,
                };
                // "a 45-year-old mother of four, Sevda": the role before is the name's.
                // "The governor of Karvan, Ferhat Yalcin": past the names in its complement.
                let mut named_role = None;
                let apposition = apposition.or_else(|| {
                    let (role, named) = out.iter().enumerate().rev().find_map(|(k, d)| {
                        let named = named_after_role(lex, toks, &d.mention)?;
                        (named.toks.start == m.toks.start).then_some((k, named))
                    })?;
                    let role_index = role;
                    let role = &out[role_index].mention;
                    // The complement read as an apposition names its organisation ("The UN
                    // resident coordinator in Vessaria", "a spokesman for the ministry").
                    let read = super::mentions::apposition(lex, toks, role.toks.start);
                    // "a man called Abu Anas": the role ends before the naming word.
                    // "a teacher, whom we call Samir": the role ends before the clause.
                    let clause_at = (role.toks.end..named.toks.start)
                        .find(|&k| toks[k].on(WordList::Relatives));
                    let role_end = if naming_words_at(toks, role.toks.end).is_some() {
                        named_role = Some(role_index);
                        role.toks.end
                    } else if let Some(clause) = clause_at {
                        clause
                    } else {
                        named.toks.start
                    };
                    Some(Apposition {
                        role: join_surface(toks, role.toks.start, role_end)
                            .trim_end_matches(',')
                            .to_owned(),
                        roles: role.roles.to_vec(),
                        org: role
                            .orgs
                            .first()
                            .map(|o| o.to_string())
                            // "of Karvan" is the place the title is of (the registry's to tell).
                            .or_else(|| read.and_then(|a| a.org).filter(|o| lex_org_like(lex, o))),
                    })
                });
                // "she was the first person at the company to see", "Ardwell Water, which has
                // been a customer for eleven years": a role after a copula says what someone
                // is; it names nobody new. ("has been the Federation’s chief medical officer"
                // ties its subject to the Federation, read as a mention.)
                let indefinite = toks[i].is("a") || toks[i].is("an");
                let predicate = matches!(m.kind, MentionKind::Role { .. })
                    && i > 0
                    && (toks[i - 1].on(WordList::Copulas) || toks[i - 1].is("been") && indefinite);
                if !predicate {
                    // "the trading firm Tamberlane Commodities": a lower-case organisation word
                    // right before the name says what it is, as an apposition does.
                    let described = m.toks.start > 0 && m.roles.is_empty() && {
                        let before = &toks[m.toks.start - 1];
                        before.punct.is_none()
                            && !before.barrier
                            && before.word.starts_with(char::is_lowercase)
                            && before.role.is_none()
                            && (before.org_word || before.on(WordList::OutletNouns))
                    } || (m.roles.is_empty()
                        && set_off_after_kind(toks, m.toks.start, end));
                    let org_kind = (matches!(m.kind, MentionKind::Named(_)) && end > 0)
                        .then(|| {
                            names::apposed_org_kind(toks, end - 1)
                                .or_else(|| names::bracketed_org_kind(toks, end))
                        })
                        .flatten()
                        .map(str::to_lowercase);
                    let org_apposition = matches!(m.kind, MentionKind::Named(_))
                        && end > 0
                        && (org_kind.is_some() || described);
                    let questioner = questioner_at(toks, m.toks.start);
                    // "Ruth Kobel’s husband": whom the text first names as the one who has a
                    // husband, a son or a mother is a private person too (not "Orlov’s wife",
                    // of someone named before by the surname).
                    let kin_after = end > m.toks.start + 1
                        && toks[end - 1].possessive()
                        && toks[end - 1].punct.is_none()
                        && toks.get(end).is_some_and(|t| {
                            !t.barrier && lexicon::is_one_of(t.word, lexicon::KIN_ROLES)
                        });
                    let private = matches!(m.kind, MentionKind::Named(_))
                        && (names::private_person_after(toks, end) || kin_after);
                    let cited_author = matches!(m.kind, MentionKind::Named(_))
                        && toks
                            .get(end)
                            .is_some_and(|t| t.paren_open && names::opens_with_year(t.word));
                    let post_before_pronoun = post_before_pronoun(toks, &m);
                    // "A former detainee at Marrin, who testified": after a preposition the
                    // name is a place, and "who" is the head's.
                    let after_preposition = m.toks.start.checked_sub(1).is_some_and(|b| {
                        let t = &toks[b];
                        // Each word written out, so that its key is worked out when the
                        // program is compiled, not read from its bytes at every mention.
                        t.locative
                            || t.is("of")
                            || t.is("by")
                            || t.is("for")
                            || t.is("with")
                            || t.is("to")
                            || t.is("at")
                            || t.is("in")
                            || t.is("from")
                            || t.is("on")
                            || t.is("near")
                    });
                    let who_follows = matches!(m.kind, MentionKind::Named(_))
                        && !after_preposition
                        && end > 0
                        && toks[end - 1].punct == Some(',')
                        && toks.get(end).is_some_and(|t| t.is("who") && !t.barrier);
                    let aged = matches!(m.kind, MentionKind::Named(_))
                        && end > 0
                        && toks[end - 1].punct == Some(',')
                        && toks.get(end).is_some_and(|t| {
                            !t.barrier
                                && t.punct == Some(',')
                                && t.word
                                    .parse::<u8>()
                                    .is_ok_and(|age| (1..=120).contains(&age))
                        });
                    // "A man called Abu Anas": the role and the name are one person, who is
                    // the name.
                    if let Some(role_index) = named_role {
                        out.remove(role_index);
                    }
                    out.push(Described {
                        mention: m,
                        apposition: apposition.map(Box::new),
                        org_apposition,
                        org_kind,
                        questioner,
                        private,
                        cited_author,
                        post_before_pronoun,
                        who_follows,
                        aged,
                    });
                }
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// "A biostatistician at the Pennard Institute for Health Statistics, she has …": a singular
/// role that opens the sentence, its phrase, a comma, then "she" or "he".
fn post_before_pronoun(toks: &[Tok<'_>], m: &Mention) -> bool {
    /// The most words of the post's phrase after its role ("at the Pennard Institute for
    /// Health Statistics").
    const MAX_POST_WORDS: usize = 10;
    let comma = (m.toks.end - 1..toks.len().min(m.toks.end + MAX_POST_WORDS))
        .take_while(|&k| !toks[k].barrier && toks[k].verb.is_none())
        .find(|&k| toks[k].punct.is_some());
    matches!(m.kind, MentionKind::Role { plural: false, .. })
        && m.toks.start == 0
        && comma.is_some_and(|k| {
            toks[k].punct == Some(',') && toks.get(k + 1).is_some_and(|t| t.is("she") || t.is("he"))
        })
}

/// What a relative clause after a name says the person does, when it is a role of its own:
/// "Mary Quinn, who runs a cafe opposite Gate 4," owns a business; "Goran Petek, who led the
/// march," leads (and takes the organisation the paragraph names, as a member role does);
/// "Priya Malhotra, who studies drug regulation at Linwood University," works there.
fn relative_role(lex: &Lexicon, toks: &[Tok<'_>], after: usize) -> Option<Apposition> {
    /// Words of the clause read ("who ran the department’s air permits program until 2019
    /// and now teaches environmental law at Tollard University").
    const MAX_WORDS: usize = 18;
    // "Joanna Pike, 38, who coordinated its volunteers": past an age.
    let age = toks.get(after).is_some_and(|t| {
        t.punct == Some(',') && !t.word.is_empty() && t.word.bytes().all(|b| b.is_ascii_digit())
    });
    let after = after + usize::from(age);
    if !toks.get(after)?.is("who") {
        return None;
    }
    let verb = toks.get(after + 1)?;
    let object = toks.get(after + 2)?;
    if verb.punct.is_some() {
        return None;
    }
    let limit = toks.len().min(after + 1 + MAX_WORDS);
    let end = (after + 1..limit)
        .find(|&k| toks[k].punct.is_some() || toks[k].barrier)
        .map_or(limit, |k| k + 1);
    // "who has worked as a nurse at the hospital for 20 years", "who is a teacher in the
    // town": the role the clause gives.
    let held = held_role(toks, after + 1, end);
    let role = if let Some(held) = held {
        Some(held)
    } else if lexicon::is_one_of(verb.word, lexicon::BUSINESS_OWNING_VERBS)
        && (object.is("a") || object.is("an"))
    {
        Some("owner")
    } else if lexicon::is_one_of(verb.word, lexicon::LEADING_VERBS)
        && (object.is("the") || object.is("its") || object.is("their"))
    {
        Some("leader")
    } else {
        None
    };
    // "who works for the ministry", "who teaches at Linwood University", "who runs the
    // emergency department at Varno General Hospital".
    let works = [
        lexicon::WORKING_VERBS,
        lexicon::BUSINESS_OWNING_VERBS,
        lexicon::LEADING_VERBS,
    ]
    .iter()
    .any(|verbs| lexicon::is_one_of(verb.word, verbs));
    let org = works
        .then(|| {
            (after + 2..end).find_map(|k| {
                let link = toks[k].is("at") || toks[k].is("for");
                let run = org_run(lex, toks, k + 1).filter(|_| link && toks[k].punct.is_none())?;
                (run.end <= end && (run.described || lex_org_like(lex, &run.name)))
                    .then_some(run.name)
            })
        })
        .flatten();
    // "who oversaw the Agency’s operations directorate": the body whose unit the leader led.
    let org = org.or_else(|| {
        /// The most words of the owner's name.
        const MAX_OWNER_WORDS: usize = 4;
        if !lexicon::is_one_of(verb.word, lexicon::LEADING_VERBS) || !object.is("the") {
            return None;
        }
        let owner: Vec<&Tok<'_>> = toks[after + 3..]
            .iter()
            .take(MAX_OWNER_WORDS)
            .take_while(|t| !t.barrier && t.capitalized())
            .collect();
        let last = owner.iter().position(|t| t.possessive())?;
        (owner[..last].iter().all(|t| t.punct.is_none()) && owner[last].punct.is_none()).then(
            || {
                owner[..=last]
                    .iter()
                    .map(|t| t.bare())
                    .collect::<Vec<_>>()
                    .join(" ")
            },
        )
    });
    // "Ana Forde, who left the commission in 2022": a former member of the commission named
    // before, by its kind.
    let org = org.or_else(|| {
        let noun = toks.get(after + 3)?;
        (lexicon::is_one_of(verb.word, lexicon::MEMBERSHIP_CHANGE_VERBS)
            && object.is("the")
            && !noun.capitalized()
            && lexicon::org_anaphor_noun(noun.bare().trim_end_matches([',', '.'])).is_some())
        .then(|| noun.bare().trim_end_matches([',', '.']).to_owned())
    });
    if role.is_none() && org.is_none() {
        return None;
    }
    let scholarly = lexicon::is_one_of(verb.word, lexicon::SCHOLARLY_VERBS);
    Some(Apposition {
        role: join_surface(toks, after, end)
            .trim_end_matches([',', '.'])
            .to_owned(),
        roles: role
            .or_else(|| scholarly.then_some("researcher"))
            .into_iter()
            .collect(),
        org,
    })
}

/// "The nurses’ union, Unison, said", "the union representing the nurses, Unison,": a name
/// set off by commas (from token `start` to `end`) after a phrase that opens on a determiner
/// and names a kind of organisation in lower case is that organisation's.
fn set_off_after_kind(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    /// The most words of the phrase before the name.
    const MAX_PHRASE: usize = 6;
    let comma_before = start
        .checked_sub(1)
        .is_some_and(|k| toks[k].punct == Some(','));
    let comma_after = end > 0 && matches!(toks[end - 1].punct, Some(','));
    if !comma_before || !comma_after {
        return false;
    }
    let phrase_start = (start.saturating_sub(MAX_PHRASE + 1)..start - 1)
        .rev()
        .find(|&k| toks[k].punct.is_some() || toks[k].barrier)
        .map_or(0, |k| k + 1);
    let phrase = &toks[phrase_start..start];
    if phrase.len() > MAX_PHRASE || !phrase.first().is_some_and(|t| t.is("the")) {
        return false;
    }
    let Some(kind_at) = phrase
        .iter()
        .position(|t| t.org_word && t.role.is_none() && !t.possessive() && !t.capitalized())
    else {
        return false;
    };
    // "The chair of the camp committee, Idris Halloum,": a role heads the phrase, so the name
    // is a person's.
    phrase.iter().all(|t| t.role.is_none() || t.plural_role)
        && phrase[kind_at + 1..].iter().all(|t| !t.capitalized())
}

/// The role a relative clause from token `at` says someone holds: "(who) has worked as a
/// nurse", "(who) works as a cleaner", "(who) is a teacher"; `end` ends the clause.
fn held_role(toks: &[Tok<'_>], at: usize, end: usize) -> Option<&'static str> {
    /// Words between the article and the role ("a senior staff nurse").
    const MAX_MODIFIERS: usize = 2;
    let mut k = at;
    if toks
        .get(k)
        .is_some_and(|t| lexicon::is_one_of(t.word, &["has", "had", "have"]))
    {
        k += 1;
    }
    let verb = toks.get(k).filter(|t| t.punct.is_none())?;
    let working = lexicon::is_one_of(
        verb.word,
        &["works", "worked", "work", "served", "serves", "trained"],
    );
    let being = lexicon::is_one_of(verb.word, &["is", "was", "been"]);
    k += 1;
    if working {
        toks.get(k).filter(|t| t.is("as") && t.punct.is_none())?;
        k += 1;
    } else if !being {
        return None;
    }
    toks.get(k).filter(|t| t.is("a") || t.is("an"))?;
    (k + 1..end.min(k + 2 + MAX_MODIFIERS))
        .map_while(|j| toks.get(j))
        .scan(true, |open, t| {
            let was_open = *open;
            *open = t.punct.is_none();
            was_open.then_some(t)
        })
        .find_map(|t| t.role.filter(|_| !t.plural_role && !t.capitalized()))
}

/// "Oxfam has worked in the region since 2010. The organization said …": a name the sentence
/// before opens on, which the next sentence opens by calling "the organization" (or "the
/// charity", "the company"), is an organisation's, whatever its words.
fn named_by_kind_after<'f>(before: &'f SentenceFacts, sentence: &SentenceFacts) -> Option<&'f str> {
    fn opening<'s, 'a>(s: &'s SentenceFacts<'a>) -> Option<&'s Described<'a>> {
        s.mentions.first().filter(|d| d.mention.toks.start == 0)
    }
    let MentionKind::OrgByKind(noun) = opening(sentence)?.mention.kind else {
        return None;
    };
    if !lexicon::is_one_of(noun, lexicon::ORG_GENERIC_KINDS) {
        return None;
    }
    match &opening(before)?.mention.kind {
        MentionKind::Named(name) if !name.contains(' ') => Some(name),
        _ => None,
    }
}

/// Where the main clause opens after a participle phrase that opens the sentence ("Asked
/// how …, ", "Speaking to reporters in Geneva, "): the byte after the phrase's comma.
fn after_opening_participle(toks: &[Tok<'_>]) -> Option<usize> {
    /// The most words of the opening phrase.
    const MAX_PHRASE: usize = 25;
    let first = toks.first()?;
    let participle = first.word.len() > 4
        && first.word.starts_with(char::is_uppercase)
        && !first.name
        && first.punct.is_none()
        && (first.word.ends_with("ed") || first.word.ends_with("ing"));
    if !participle {
        return None;
    }
    toks.iter()
        .take(MAX_PHRASE)
        .take_while(|t| !t.barrier && !t.quote && !matches!(t.punct, Some('.' | ';' | ':')))
        .find(|t| t.punct == Some(','))
        .map(|t| t.end)
}

/// The role an acronym stands for ("ES" of "engineering supervisor").
#[derive(Clone, Debug)]
pub(crate) struct RoleAcronym {
    /// The role noun ("supervisor").
    pub noun: &'static str,
    /// The lower-case word before it ("engineering").
    pub adjective: Option<String>,
}

/// Makes a name mention of a role's acronym ("The ES said") a mention of the role, as the text
/// defined it ("an engineering supervisor (ES)").
fn read_role_acronym(acronyms: &FastMap<String, RoleAcronym>, mention: &mut Mention<'_>) {
    let MentionKind::Named(name) = &mention.kind else {
        return;
    };
    let Some(role) = text::with_folded(name, |f| acronyms.get(f)) else {
        return;
    };
    mention.roles = super::mentions::Roles::one(role.noun);
    mention.kind = MentionKind::Role {
        noun: role.noun,
        qualifier: None,
        adjective: role.adjective.clone(),
        plural: false,
        definite: true,
    };
}

/// Records the acronyms a sentence defines in brackets for the lower-case words before them,
/// whose initials spell it ("body-worn camera (BWC)", "internally displaced persons (IDPs)"),
/// and among them those of a role ("engineering supervisor (ES)").
fn scan_thing_acronyms(
    toks: &[Tok<'_>],
    out: &mut FastSet<String>,
    roles: &mut FastMap<String, RoleAcronym>,
) {
    for (k, t) in toks.iter().enumerate() {
        if !(t.paren_open && t.paren_close) {
            continue;
        }
        let word = t.bare().trim_matches(|c: char| !c.is_alphanumeric());
        let letters = word.strip_suffix('s').unwrap_or(word);
        if !names::is_acronym(letters) {
            continue;
        }
        // The lower-case words before, split at hyphens, as many as the acronym has letters.
        let parts: Vec<&str> = toks[..k]
            .iter()
            .rev()
            .take_while(|p| {
                !p.barrier && p.punct.is_none() && p.word.starts_with(char::is_lowercase)
            })
            .flat_map(|p| p.word.rsplit('-'))
            .take(letters.len())
            .collect();
        let initials: String = parts
            .iter()
            .rev()
            .filter_map(|w| w.chars().next())
            .collect();
        if parts.len() == letters.len() && initials.eq_ignore_ascii_case(letters) {
            out.insert(fold(word));
            out.insert(fold(letters));
            if let Some(noun) = toks[k - 1].role.filter(|_| word == letters) {
                let adjective = parts.get(1).map(|w| (*w).to_owned());
                roles.insert(fold(word), RoleAcronym { noun, adjective });
            }
        }
    }
}

/// Records organisation names, places and armed context from a sentence's capitalized runs.
/// Byte offsets of the words after "by" that follows a verb in the past participle
/// ("instructed by the coroner", "as recounted by Findlay").
fn passive_agents(toks: &[Tok<'_>]) -> Vec<usize> {
    toks.windows(3)
        .filter(|w| {
            w[0].verb.is_some_and(|v| v.form == VerbForm::Past)
                && w[0].punct.is_none()
                && w[1].is("by")
                && w[1].punct.is_none()
        })
        .map(|w| w[2].start)
        .collect()
}

/// Whether a name mention holds the token at `at` and reads on from `words` ("Office of the
/// Provincial Prosecutor" after "Office").
fn named_on_past(mentions: &[Described<'_>], at: usize, words: &[&str]) -> bool {
    mentions.iter().any(|d| match &d.mention.kind {
        MentionKind::Named(name) => {
            d.mention.toks.contains(&at)
                && name
                    .words_quick()
                    .take(words.len())
                    .eq(words.iter().copied())
        }
        _ => false,
    })
}

fn scan_names<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    text: &str,
    sentence: &mut SentenceFacts,
    facts: &mut Facts,
    buffers: &mut NameBuffers<'a>,
) {
    const ARMED_WINDOW: usize = 6;
    let NameBuffers {
        run,
        words,
        name,
        place,
    } = buffers;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // "wrote in The Village Voice", "said in The New York Times": a publication.
        let after_writing =
            || i > 0 && (toks[i - 1].verb.is_some() || toks[i - 1].on(WordList::AuthoringVerbs));
        if t.locative && t.punct.is_none() && !t.is("from") && !t.is("into") && !after_writing() {
            let mut j = i + 1;
            if toks.get(j).is_some_and(|n| n.is("the")) {
                j += 1;
            }
            run.clear();
            name_run(toks, j, run);
            // "in Trump’s favour" names an owner, not a place.
            let owner = run
                .len()
                .checked_sub(1)
                .and_then(|last| toks.get(j + last))
                .is_some_and(|t| t.possessive());
            // "in the Trump team": an organisation word after the name makes it no place.
            let org_after = toks
                .get(j + run.len())
                .is_some_and(|n| !n.barrier && n.org_word);
            if !run.is_empty() && !owner && !org_after && !run_has_org_word(lex, &toks[j..], run) {
                join_into(place, run);
                insert_folded(&mut facts.places, place);
            }
        }
        // "a farmer from the town of Kessly", "the village of Oloru": the name a place's noun
        // is of.
        if t.is("of")
            && t.punct.is_none()
            && i > 0
            && toks[i - 1].punct.is_none()
            && lexicon::is_one_of(toks[i - 1].word, lexicon::PLACE_NOUNS)
        {
            run.clear();
            name_run(toks, i + 1, run);
            if !run.is_empty() && !run_has_org_word(lex, &toks[i + 1..], run) {
                join_into(place, run);
                insert_folded(&mut facts.places, place);
            }
        }
        run.clear();
        if !t.barrier && t.name {
            joined_org_run(lex, toks, i, run);
        }
        if run.is_empty() {
            i += 1;
            continue;
        }
        join_into(name, run);
        let name = &*name;
        // "the Continental Championships", "the Harvest Festival": an event, which says
        // nothing, as a place says nothing.
        if run.len() > 1
            && run.last().is_some_and(|w| {
                lexicon::is_one_of(w, lexicon::EVENT_WORDS)
                    || lexicon::is_one_of(w, lexicon::STREET_WORDS)
            })
        {
            insert_folded(&mut facts.places, name);
        }
        // Whether an organisation's word is among the run's, asked once for the tests below.
        let run_has_org_word = run_has_org_word(lex, &toks[i..], run);
        if run_has_org_word {
            // "Trump Campaign Senior Advisor": the title's modifiers are no part of the name.
            words.clear();
            words.extend_from_slice(run);
            let before_role = toks.get(i + run.len()).is_some_and(|n| n.role.is_some());
            while before_role
                && words
                    .last()
                    .is_some_and(|w| lexicon::is_one_of(w, lexicon::ROLE_MODIFIERS))
            {
                words.pop();
            }
            // "the Britain-based Syrian Observatory": nor where the body is based.
            while words.first().is_some_and(|w| {
                lexicon::is_one_of(w, lexicon::ROLE_MODIFIERS)
                    || super::mentions::is_locating_modifier(w)
            }) {
                words.remove(0);
            }
            let person_at = super::mentions::person_after_org(lex, words);
            if person_at > 0 {
                words.truncate(person_at);
            }
            // "The Office of the Provincial Prosecutor": the mention read the name on past
            // "of"; its first word alone is no organisation's name.
            let read_on = || {
                toks.get(i + run.len())
                    .is_some_and(|n| n.is("of") || n.is("for"))
                    && named_on_past(&sentence.mentions, i + run.len(), words)
            };
            if words.iter().any(|w| lex.is_org_word(w)) && !read_on() {
                sentence.org_runs.push(words.join(" "));
            }
        }
        let after = i + run.len();
        if toks.get(after).is_some_and(|n| n.is("formerly")) {
            let mut j = after + 1;
            while toks
                .get(j)
                .is_some_and(|n| matches!(n.word, "the" | "known" | "as"))
            {
                j += 1;
            }
            words.clear();
            name_run(toks, j, words);
            if !words.is_empty() {
                sentence
                    .other_names
                    .push((name.to_owned(), words.join(" ")));
            }
        }
        // "Kestrel Span Builders, Inc. (Kestrel)": the short name follows the company's suffix.
        // "Ilvara Resources plc", "Redvale Collections Ltd": a company, whatever its words.
        const SUFFIX_INITIALS: [bool; 256] = lexicon::folded_initials(lexicon::COMPANY_SUFFIXES);
        let is_suffix = |t: &Tok<'_>| {
            let word = t.bare().trim_end_matches('.');
            !t.barrier
                && word
                    .as_bytes()
                    .first()
                    .is_some_and(|&b| SUFFIX_INITIALS[usize::from(b | 0x20)])
                && lexicon::is_one_of(word, lexicon::COMPANY_SUFFIXES)
        };
        let suffixed = matches!(toks[after - 1].punct, None | Some(','))
            && toks.get(after).is_some_and(is_suffix);
        let ends_in_suffix = run.len() > 1 && is_suffix(&toks[after - 1]);
        let short_at = after + usize::from(suffixed);
        if (suffixed || ends_in_suffix || described_as_body(toks, after))
            && !sentence.org_runs.iter().any(|r| r == name)
        {
            sentence.org_runs.push(name.to_owned());
        }
        // "the Second Respondent, Hessory Cold Chain Limited (“Hessory”)": a capitalized title
        // set off before an organisation's name is another name for it ("the Second
        // Respondent said"); not in a list ("the Red Cross, Oxfam International and …").
        let org_like = suffixed || ends_in_suffix || run_has_org_word;
        let listed = toks.get(after).is_some_and(|n| n.is("and") || n.is("or"));
        if org_like
            && !listed
            && let Some(title) = defined_title_before(lex, toks, i)
        {
            sentence.other_names.push((name.to_owned(), title));
        }
        // "Kestrel Span Builders (Kestrel)": the name's first word alone is a short name too.
        let first_word = toks
            .get(short_at)
            .filter(|t| t.paren_open && t.paren_close && t.name && t.bare() == run[0])
            .map(|t| t.bare().to_owned());
        let short_name = parenthesized_short_name(toks, short_at)
            .or(first_word)
            .or_else(|| quoted_short_name(toks, text, short_at));
        // "External Intelligence Agency (EIA or the Agency)": either short name.
        let alternatives = match &short_name {
            Some(_) => Vec::new(),
            None => parenthesized_alternatives(toks, short_at),
        };
        for short in short_name
            .into_iter()
            .chain(alternatives)
            .filter(|_| run.len() > 1)
        {
            // "Lanterne Medical Aid (LMA)": an acronym of the name's initials makes it an
            // organisation's name, whatever its words are.
            if spells_initials(&short, run) && !sentence.org_runs.iter().any(|r| r == name) {
                sentence.org_runs.push(name.to_owned());
            }
            sentence.other_names.push((name.to_owned(), short));
        }
        // A name within a few words of an armed word is in armed context.
        let window = &toks[i.saturating_sub(ARMED_WINDOW)..toks.len().min(i + ARMED_WINDOW + 1)];
        if window.iter().any(|t| t.armed) {
            insert_folded(&mut facts.armed_context, name);
        }
        i = after;
    }
}

/// Whether a run of name words read from the tokens `toks` opens with (one word per token, as
/// [`name_run`] and [`joined_org_run`] write them) holds an organisation's word, as
/// [`Lexicon::is_org_word`] reads each ([`Tok::says_org_word`]).
fn run_has_org_word(lex: &Lexicon, toks: &[Tok<'_>], run: &[&str]) -> bool {
    run.iter().zip(toks).any(|(w, t)| t.says_org_word(lex, w))
}

/// The buffers [`scan_names`] reuses from sentence to sentence, so that a name costs no
/// allocation unless it is kept.
#[derive(Default)]
struct NameBuffers<'a> {
    /// The words of the run of names being read.
    run: Vec<&'a str>,
    /// Words of a name cut out of the run (an organisation's, a former name).
    words: Vec<&'a str>,
    /// The run's words joined.
    name: String,
    /// A place's words joined.
    place: String,
}

/// Sets `out` to `words` joined by spaces, as `words.join(" ")` would.
fn join_into(out: &mut String, words: &[&str]) {
    out.clear();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// Adds the folded form of `name` to `set`, allocating only when it is new.
fn insert_folded(set: &mut FastSet<String>, name: &str) {
    if !text::with_folded(name, |f| set.contains(f)) {
        set.insert(fold(name));
    }
}

/// Whether an acronym spells a name's words: each capitalized word gives the next letters,
/// its first or a few from its start, and a lower-case word gives none or its first ("LMA" for
/// "Lanterne Medical Aid", "OSCE" for "Organization for Security and Co-operation in Europe",
/// "ECOWAS" for "Economic Community of West African States").
fn spells_initials(acronym: &str, words: &[&str]) -> bool {
    /// The most letters one word gives ("ECO" of "Economic" in "ECOWAS" is three).
    const MAX_PER_WORD: usize = 3;
    if !names::is_acronym(acronym) || words.len() < 2 {
        return false;
    }
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    // Which counts of the acronym's letters the words read so far can spell.
    let mut spelt = vec![false; letters.len() + 1];
    spelt[0] = true;
    // "Tehreek-e-Insaf" spells "TI": each part of a hyphenated word is a word.
    for word in words
        .iter()
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty())
    {
        let capitalized = word.starts_with(char::is_uppercase);
        let start: Vec<char> = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .take(MAX_PER_WORD)
            .flat_map(char::to_lowercase)
            .collect();
        let mut next = vec![false; letters.len() + 1];
        for (done, _) in spelt.iter().enumerate().filter(|(_, s)| **s) {
            if !capitalized {
                next[done] = true;
            }
            let most = if capitalized { start.len() } else { 1 };
            for n in 1..=most.min(start.len()) {
                if done + n <= letters.len() && letters[done..done + n] == start[..n] {
                    next[done + n] = true;
                }
            }
        }
        spelt = next;
    }
    spelt[letters.len()]
}

/// A short name in parentheses right after a name, starting at token `at`: an acronym ("(GLF)")
/// or a few name words ("(I.C. Expert)").
fn parenthesized_short_name(toks: &[Tok<'_>], at: usize) -> Option<String> {
    const MAX_WORDS: usize = 4;
    let first = toks.get(at).filter(|t| t.paren_open && !t.barrier)?;
    if first.paren_close {
        return names::is_acronym(first.bare()).then(|| first.bare().to_owned());
    }
    // "Varnow Anti-Doping Laboratory (the Laboratory)": a defined short name with its article.
    let at = if first.is("the") && first.punct.is_none() {
        at + 1
    } else {
        at
    };
    let first = toks.get(at).filter(|t| !t.barrier)?;
    if first.paren_close {
        return first.name.then(|| first.bare().to_owned());
    }
    let close = (at..toks.len().min(at + MAX_WORDS)).find(|&k| toks[k].paren_close)?;
    let words = &toks[at..=close];
    words
        .iter()
        .all(|t| t.name && !t.barrier && (t.punct.is_none() || t.paren_close))
        .then(|| words.iter().map(|t| t.bare()).collect::<Vec<_>>().join(" "))
}

/// "(EIA or the Agency)": short names in parentheses joined by "or", each one name of a few
/// words, with or without its article.
fn parenthesized_alternatives(toks: &[Tok<'_>], at: usize) -> Vec<String> {
    /// The most words in the parentheses.
    const MAX_WORDS: usize = 7;
    if !toks.get(at).is_some_and(|t| t.paren_open && !t.barrier) {
        return Vec::new();
    }
    let Some(close) = (at..toks.len().min(at + MAX_WORDS)).find(|&k| toks[k].paren_close) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for part in toks[at..=close].split(|t| t.is("or") && t.punct.is_none() && !t.barrier) {
        let part = match part.split_first() {
            Some((the, rest)) if the.is("the") && the.punct.is_none() => rest,
            _ => part,
        };
        let last = part.len().saturating_sub(1);
        let fits = !part.is_empty()
            && part.iter().enumerate().all(|(k, t)| {
                t.name && !t.barrier && (t.punct.is_none() || (k == last && t.paren_close))
            });
        if !fits {
            return Vec::new();
        }
        names.push(part.iter().map(|t| t.bare()).collect::<Vec<_>>().join(" "));
    }
    if names.len() < 2 {
        return Vec::new();
    }
    names
}

/// "asked her whether", "asked him if": the pronoun right after "asked" for the person a
/// question is put to.
fn asked_by_pronoun(toks: &[Tok<'_>]) -> Option<&'static str> {
    toks.windows(2).find_map(|pair| {
        let [verb, object] = pair else { return None };
        if !verb.is("asked") || verb.punct.is_some() || object.barrier {
            return None;
        }
        ["her", "him"].into_iter().find(|p| object.is(p))
    })
}

/// "describes Dacey as the best analyst he ever hired": the role a verb of naming gives the
/// name from `start` to `end`, read as an apposition.
fn described_as_role(toks: &[Tok<'_>], start: usize, end: usize) -> Option<Apposition> {
    const MAX_MODIFIERS: usize = 3;
    let verb = toks.get(start.checked_sub(1)?)?;
    if !verb.verb.is_some_and(|v| v.naming) || toks[end - 1].punct.is_some() {
        return None;
    }
    if !toks
        .get(end)
        .is_some_and(|t| t.is("as") && t.punct.is_none())
    {
        return None;
    }
    let article = toks
        .get(end + 1)
        .filter(|t| t.is("the") || t.is("a") || t.is("an"))?;
    let role_at = (end + 2..end + 3 + MAX_MODIFIERS).find(|&k| {
        toks.get(k)
            .is_some_and(|t| t.role.is_some() && !t.plural_role && !t.capitalized())
    })?;
    let phrase = &toks[end + 2..role_at];
    if phrase
        .iter()
        .any(|t| t.barrier || t.punct.is_some() || t.name)
    {
        return None;
    }
    Some(Apposition {
        role: join_surface(toks, end + 1, role_at + 1).into_owned(),
        roles: vec![toks[role_at].role?],
        org: None,
    })
    .filter(|_| article.punct.is_none())
}

/// "Lorenz Haig attended as the Ministry of Finance representative": the post a verb of taking
/// part gives the name ending at `end`, read as an apposition.
fn serving_as_role(lex: &Lexicon, toks: &[Tok<'_>], end: usize) -> Option<Apposition> {
    let verb = toks.get(end)?;
    let as_at = end + 1;
    if verb.punct.is_some()
        || !lexicon::is_one_of(verb.word, lexicon::SERVING_AS_VERBS)
        || !toks
            .get(as_at)
            .is_some_and(|t| t.is("as") && t.punct.is_none())
    {
        return None;
    }
    let role = mention_forward(lex, toks, as_at + 1)?;
    let MentionKind::Role { plural: false, .. } = role.kind else {
        return None;
    };
    let skip = usize::from(toks[as_at + 1].determiner);
    Some(Apposition {
        role: join_surface(toks, as_at + 1 + skip, role.toks.end)
            .trim_end_matches([',', '.', ';'])
            .to_owned(),
        roles: role.roles.to_vec(),
        org: role.orgs.first().map(|o| o.to_string()),
    })
}

/// "Corrigan Grid is a battery company", "Harbourside was a charity": a name, then a copula and
/// one of a kind of body, from token `at`.
fn described_as_body(toks: &[Tok<'_>], at: usize) -> bool {
    const MAX_MODIFIERS: usize = 3;
    let copula = toks
        .get(at)
        .is_some_and(|t| t.punct.is_none() && t.on(WordList::Copulas));
    let article = toks.get(at + 1).is_some_and(|t| t.is("a") || t.is("an"));
    if !copula || !article {
        return false;
    }
    toks.iter()
        .skip(at + 2)
        .take(MAX_MODIFIERS + 1)
        .take_while(|t| !t.barrier && !t.name)
        .enumerate()
        .find(|(_, t)| t.punct.is_some() || t.on(WordList::AnonymousBodyNouns))
        .is_some_and(|(_, t)| t.on(WordList::AnonymousBodyNouns))
}

/// A short name quoted in brackets at token `at` ("Hessory Cold Chain Limited (“Hessory”)",
/// "(“the Alliance”)"): its capitalized words without "the".
fn quoted_short_name(toks: &[Tok<'_>], text: &str, at: usize) -> Option<String> {
    const MAX_WORDS: usize = 4;
    let t = toks.get(at).filter(|t| t.quote && t.paren_close)?;
    let opened = t.paren_open || text.get(..t.start)?.trim_end().ends_with('(');
    if !opened {
        return None;
    }
    // The token marks only the opening quote mark; the quoted text runs to the closing one.
    let rest = text.get(t.start..)?;
    let mut chars = rest.chars();
    chars.next();
    let after_open = chars.as_str();
    let inner = after_open
        .split(['”', '"', '’', ')'])
        .next()?
        .trim_matches(|c: char| !c.is_alphanumeric());
    let inner = inner.strip_prefix("the ").unwrap_or(inner);
    let words: Vec<&str> = inner.words_quick().collect();
    ((1..=MAX_WORDS).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase)))
    .then(|| inner.to_owned())
}

/// The capitalized title set off by a comma right before token `i`, after "the" ("the Second
/// Respondent, Hessory …" → "Second Respondent"); `None` when it holds an organisation word
/// (then it names another organisation).
fn defined_title_before(lex: &Lexicon, toks: &[Tok<'_>], i: usize) -> Option<String> {
    /// The most words such a title has.
    const MAX_WORDS: usize = 4;
    let last = i.checked_sub(1)?;
    if toks[last].punct != Some(',') || toks[last].barrier {
        return None;
    }
    let mut start = last;
    while start > 0 && last - start < MAX_WORDS {
        let t = &toks[start];
        if !t.name || t.barrier || (start != last && t.punct.is_some()) {
            return None;
        }
        if toks[start - 1].is("the") {
            break;
        }
        start -= 1;
    }
    let the = toks.get(start.checked_sub(1)?)?;
    if !the.is("the") || the.punct.is_some() || the.barrier {
        return None;
    }
    let words = &toks[start..=last];
    if words
        .iter()
        .any(|t| !t.capitalized() || t.says_org_word(lex, t.bare()))
    {
        return None;
    }
    Some(words.iter().map(|t| t.bare()).collect::<Vec<_>>().join(" "))
}

/// Appends the run of name words starting at `i` ("Harakat Nour al-Din al-Zinki") to `run`,
/// possessive removed, and returns how many words it has.
pub(crate) fn name_run<'a>(toks: &[Tok<'a>], i: usize, run: &mut Vec<&'a str>) -> usize {
    let mut j = i;
    while let Some(t) = toks.get(j) {
        let particle_inside = t.particle && toks.get(j + 1).is_some_and(|n| n.name);
        if t.barrier || !(t.name || (j > i && particle_inside)) {
            break;
        }
        if t.paren_open && j > i {
            break;
        }
        // "Allied Workers’ Union": a plural possessive inside a name keeps its mark.
        let plural_possessive = t.punct.is_none()
            && (t.word.ends_with("s’") || t.word.ends_with("s'"))
            && toks
                .get(j + 1)
                .is_some_and(|n| n.name && !n.barrier && n.capitalized());
        run.push(if plural_possessive { t.word } else { t.bare() });
        j += 1;
        if t.punct.is_some() || (t.possessive() && !plural_possessive) || t.paren_close {
            break;
        }
    }
    j - i
}

/// Appends to `out` an organisation's name joined over "and", "of" or "for" when the acronym
/// after it spells the whole ("Foundry and Allied Workers’ Union (FAWU)"), else the run of
/// names at `i` alone: "Trump Organization and Crocus Group" and "Ruth Kimani of Eastbridge
/// University" stay apart.
fn joined_org_run<'a>(lex: &Lexicon, toks: &[Tok<'a>], i: usize, out: &mut Vec<&'a str>) {
    const MAX_JOINS: usize = 3;
    let base = out.len();
    let run_len = name_run(toks, i, out);
    let mut end = i + run_len;
    // The names joined to the run, past its words in `out` until the whole is spelled.
    for _ in 0..MAX_JOINS {
        // "in" joins only a name its acronym spells ("Organization for Security and
        // Co-operation in Europe (OSCE)"), never a place to a name ("the Ministry in Kabul").
        let Some(joiner) = toks.get(end).filter(|t| {
            !t.barrier
                && t.punct.is_none()
                && (t.is("and") || t.is("of") || t.is("for") || t.is("in"))
        }) else {
            break;
        };
        if end == i || toks[end - 1].punct.is_some() {
            break;
        }
        out.push(joiner.word);
        let next = name_run(toks, end + 1, out);
        if next == 0 {
            break;
        }
        end += 1 + next;
        let joined = &out[base..];
        let short = parenthesized_short_name(toks, end);
        let spelled = short
            .as_deref()
            .is_some_and(|short| spells_initials(short, joined));
        // An organisation word, or an acronym of three letters or more, makes the whole an
        // organisation's name ("Economic Community of West African States (ECOWAS)").
        const MIN_ACRONYM: usize = 3;
        if spelled
            && (joined.last().is_some_and(|w| lex.is_org_word(w))
                || short.as_ref().is_some_and(|s| s.len() >= MIN_ACRONYM))
        {
            return;
        }
    }
    out.truncate(base + run_len);
}

/// Whether the mention at token `start` follows "questioning from", "asked by", "pressed by"
/// and the like: the one who asks.
fn questioner_at(toks: &[Tok<'_>], start: usize) -> bool {
    // "Asked whether the company owed Dacey an apology, she said", "Asked by Ms Brook whether
    // he had called the Referee a cheat, he replied": whoever the question is about is no
    // antecedent for the answer's pronoun either.
    let in_question = toks.first().is_some_and(|t| t.is("asked"))
        && toks[1..start.max(1)]
            .iter()
            .any(|t| lexicon::is_one_of(t.word, lexicon::QUESTION_OPENERS))
        && toks[..start]
            .iter()
            .all(|t| t.punct != Some(',') && !t.barrier);
    if in_question {
        return true;
    }
    let Some(link) = start.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    if !(link.is("by") || link.is("from")) || link.punct.is_some() {
        return false;
    }
    start
        .checked_sub(2)
        .map(|k| &toks[k])
        .is_some_and(|t| lexicon::is_one_of(t.word, lexicon::QUESTIONING_WORDS))
}
