//! Cues: the words of a sentence that attribute quoted words to someone, with that someone.
//!
//! A cue is a verb of saying or naming ("said", "wrote", "told the Committee", "calls"),
//! "according to X", "in the words of X", a speech noun with its owner ("his view", "whose
//! mission is"), or a colon that opens a quotation ("X saw the police arrive: “…”"). Each cue
//! carries its agent: the mention that speaks, found by the sentence's grammar (the subject
//! before the verb, skipping adverbs and parentheticals; the clause's subject for a participle
//! or a coordinated verb; the mention after the verb when it is inverted; "by X" for a passive),
//! or why there is none (a generic subject, a passive with no agent, a name for oneself).

use super::lexicon;
use super::mentions::Pronoun;
use super::mentions::{
    Mention, MentionKind, Roles, lex_org_like, mention_backward, mention_forward, named_after_role,
    org_by_kind_ending_at,
};
use super::words::{Lexicon, Tok, VerbForm, WordList};
use crate::text::WordsQuick;
use std::borrow::Cow;

/// What kind of words a cue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A verb of saying ("said", "wrote", "pointed out").
    Says(&'static str),
    /// A verb of naming or describing ("called", "described").
    Names(&'static str),
    /// "according to X", "in the words of X".
    According,
    /// A speech noun with its owner ("his view", "whose mission is").
    Noun,
    /// A colon right before a quotation.
    Colon,
    /// A quote that carries on the sentence of the subject before it ("he had “…”").
    Predicate,
    /// A document whose words follow ("a note to “…”", "an invitation … to travel to “…”").
    Content,
    /// A dash and a name after a quotation ("“…” — Fatima, a resident").
    Byline,
    /// An aside between dashes that splits a quotation ("“That number”—she tapped it
    /// twice—“was never…”").
    Aside,
    /// An author-date citation right after a quotation ("“…” (Vintner 2021: 52)").
    Citation,
}

impl CueKind {
    /// The word to show a reader in a reason ("said", "according to").
    pub(crate) fn label(self) -> &'static str {
        match self {
            CueKind::Says(lemma) | CueKind::Names(lemma) => lemma,
            CueKind::According => "according to",
            CueKind::Noun => "in their words",
            CueKind::Colon => "a colon lead-in",
            CueKind::Predicate => "the subject before the quote",
            CueKind::Content => "quoted from the document",
            CueKind::Byline => "a name set off after it",
            CueKind::Aside => "the aside between its parts",
            CueKind::Citation => "the citation after it",
        }
    }
}

/// Who a cue gives the words to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Agent<'a> {
    /// Someone named, described or referred to.
    Mention(Mention<'a>),
    /// People in general ("many witnesses remembered"): the words are nobody's.
    Generic,
    /// A passive with no agent ("is called", "was told").
    Passive,
    /// A name given to oneself ("calls himself a “…”"): a label, not speech.
    Reflexive,
    /// No subject could be found.
    Unknown,
}

impl<'a> Agent<'a> {
    /// The agent's mention, if it has one.
    pub(crate) fn mention(&self) -> Option<&Mention<'a>> {
        match self {
            Agent::Mention(m) => Some(m),
            _ => None,
        }
    }
}

/// Attributing words in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Cue<'a> {
    /// What kind of words.
    pub kind: CueKind,
    /// Byte offset of the cue's first word.
    pub start: usize,
    /// Byte offset where what the cue introduces may begin (after the verb and its listener).
    pub end: usize,
    /// Who speaks.
    pub agent: Agent<'a>,
}

/// The cues of one sentence, in order.
pub(crate) fn cues<'a>(lex: &Lexicon, toks: &[Tok<'a>]) -> Vec<Cue<'a>> {
    let mut out = Vec::new();
    let mut i = 0;
    if let Some((cue, after)) = parenthesized_byline(lex, toks) {
        out.push(cue);
        i = after;
    }
    while i < toks.len() {
        let t = &toks[i];
        if t.barrier {
            if t.quote
                && let Some(cue) = byline_cue(lex, toks, i).or_else(|| citation_cue(lex, toks, i))
            {
                out.push(cue);
            }
            if t.quote
                && let Some(cue) = predicate_cue(lex, toks, i)
                    .or_else(|| comma_lead_in(lex, toks, i))
                    .or_else(|| content_cue(lex, toks, i))
            {
                out.push(cue);
            }
            i += 1;
            continue;
        }
        // "the Financial Times reports were “false”": a verb's spelling before a form of "to
        // be" is a noun (asked of a verb's spelling).
        // "He described NGO reports as “exaggerated”": and one between a verb and "as".
        // "network posts did borrow slogans": and one before an auxiliary.
        /// The most words between the verb and the noun.
        const OBJECT_WITHIN: usize = 3;
        let noun_before_be = || {
            let next = |words: &[&str]| {
                toks.get(i + 1)
                    .is_some_and(|n| !n.barrier && lexicon::is_one_of(n.word, words))
            };
            let verb_before = || {
                toks[i.saturating_sub(OBJECT_WITHIN)..i]
                    .iter()
                    .rev()
                    .take_while(|b| !b.barrier && b.punct.is_none())
                    .any(|b| b.verb.is_some())
            };
            t.punct.is_none()
                && t.word.ends_with('s')
                && i > 0
                && (next(&[
                    "were", "are", "did", "do", "have", "had", "will", "would", "could", "can",
                    "may", "might", "must", "should",
                ]) || (next(&["as"]) && verb_before()))
        };
        // "A man called Abu Anas ran the prison": a naming participle that gives a role its
        // name is no verb of the sentence.
        let names_a_role = |naming: bool| {
            naming
                && i > 0
                && mention_backward(lex, toks, i - 1)
                    .is_some_and(|role| named_after_role(lex, toks, &role).is_some())
        };
        // "who asked not to be named", "asked to be identified only as Leila": a request,
        // not words.
        let request = |lemma: &str| {
            lemma == "ask"
                && t.punct.is_none()
                && toks.get(i + 1).is_some_and(|n| {
                    n.is("to") || (n.is("not") && toks.get(i + 2).is_some_and(|m| m.is("to")))
                })
        };
        if let Some(verb) = t
            .verb
            .filter(|v| !noun_before_be() && !names_a_role(v.naming) && !request(v.lemma))
        {
            let len = usize::from(verb.len);
            let cue = verb_cue(lex, toks, i);
            out.push(cue);
            i += len;
            continue;
        }
        // "Under Talune’s Land Act, landholders are entitled to “…”", "Under section 14 of the
        // 2017 Act, …", "Under its article 8, …": what a law provides is its words.
        if t.is("under")
            && t.sentence_initial
            && let Some(law) = law_after_under(lex, toks, i + 1)
        {
            out.push(Cue {
                kind: CueKind::Content,
                start: t.start,
                end: t.end,
                agent: agent_of(law),
            });
            i += 1;
            continue;
        }
        // "To quote the head of UNRWA, Philippe Lazzarini, Gaza had become “…”": as "according
        // to" does.
        let to_quote = t.is("to")
            && t.punct.is_none()
            && toks
                .get(i + 1)
                .is_some_and(|n| n.is("quote") && n.punct.is_none())
            && toks.get(i + 2).is_some_and(|n| !n.barrier);
        if (t.is("according") && toks.get(i + 1).is_some_and(|n| n.is("to"))) || to_quote {
            let agent = mention_forward(lex, toks, i + 2)
                .map(|m| named_after_role(lex, toks, &m).unwrap_or(m))
                .or_else(|| object_pronoun(toks, i + 2))
                .or_else(|| source_of_data(lex, toks, i + 2))
                .map_or(Agent::Unknown, agent_of);
            let end = toks.get(i + 1).map_or(t.end, |n| n.end);
            out.push(Cue {
                kind: CueKind::According,
                start: t.start,
                end,
                agent,
            });
            i += 2;
            continue;
        }
        if t.is("words")
            && t.punct.is_none()
            && toks.get(i + 1).is_some_and(|n| n.is("of"))
            && i > 0
            && toks[i - 1].is("the")
        {
            // "in the words of its director of operations, Priya Lund": the person named.
            let agent = mention_forward(lex, toks, i + 2)
                .map(|m| named_after_role(lex, toks, &m).unwrap_or(m))
                .or_else(|| object_pronoun(toks, i + 2))
                .map_or(Agent::Unknown, agent_of);
            // "“links,” in the words of the Appointment Order": the cue opens at "in".
            let start = if i >= 2 && toks[i - 2].is("in") && toks[i - 2].punct.is_none() {
                toks[i - 2].start
            } else {
                toks[i - 1].start
            };
            out.push(Cue {
                kind: CueKind::According,
                start,
                end: t.end,
                agent,
            });
            i += 2;
            continue;
        }
        // "In his view the question is “…” [71], and a licensing authority … “…”": a view
        // the sentence opens on is its source throughout, as "according to" is.
        if i == 0
            && t.is("in")
            && t.punct.is_none()
            && let Some((agent, view)) = opening_view(lex, toks)
        {
            out.push(Cue {
                kind: CueKind::According,
                start: t.start,
                end: toks[view].end,
                agent,
            });
            i = view + 1;
            continue;
        }
        // "For Velling (2018, 3), committees are “…”": an author's view, cited by year.
        if i == 0
            && t.is("for")
            && let Some(author) = mention_forward(lex, toks, 1)
                .filter(|m| matches!(m.kind, MentionKind::Named(_)) && m.toks.start == 1)
            && let Some(close) = (author.toks.end..toks.len().min(author.toks.end + 4))
                .find(|&k| toks[k].paren_close)
            && toks[close].punct == Some(',')
            && year_citation_ending_at(toks, close) == Some(author.toks.end)
        {
            out.push(Cue {
                kind: CueKind::According,
                start: t.start,
                end: toks[close].end,
                agent: agent_of(author),
            });
            i = close + 1;
            continue;
        }
        if let Some((agent, end)) = by_own_account(lex, toks, i) {
            out.push(Cue {
                kind: CueKind::According,
                start: t.start,
                end: toks[end].end,
                agent,
            });
            i = end + 1;
            continue;
        }
        if t.speech_noun
            && i > 0
            && let Some(agent) = speech_noun_owner(lex, toks, i)
        {
            out.push(Cue {
                kind: CueKind::Noun,
                start: toks[i - 1].start,
                end: t.end,
                agent,
            });
            i += 1;
            continue;
        }
        // "he paused: 'Slow, yes.'": a straight single quote is not masked, so it opens the
        // next word.
        let quote_next = |n: &Tok<'_>| n.quote || n.word.starts_with(['\'', '‘']);
        if t.punct == Some(':') && toks.get(i + 1).is_none_or(quote_next) {
            // The colon's speaker is the clause's: the agent of its last verb of saying, or
            // its subject; "…, one of them more bluntly:" is one of those before.
            let agent = one_of_them_set_off(lex, toks, i)
                .map(agent_of)
                .or_else(|| {
                    out.iter()
                        .rev()
                        .find(|c: &&Cue| {
                            matches!(
                                c.kind,
                                CueKind::Says(_) | CueKind::Names(_) | CueKind::According
                            ) && c.agent.mention().is_some()
                        })
                        .map(|c| c.agent.clone())
                })
                .or_else(|| {
                    clause_subject(lex, toks, i + 1)
                        .map(|m| named_before_apposition(lex, toks, m))
                        .map(agent_of)
                })
                .or_else(|| name_described_before_colon(toks, i).map(agent_of))
                .unwrap_or(Agent::Unknown);
            out.push(Cue {
                kind: CueKind::Colon,
                start: t.end,
                end: t.end + 1,
                agent,
            });
        }
        i += 1;
    }
    out
}

/// "he had “always assumed …”", "she “remember[ed] …”": a quote that goes on the sentence of
/// the subject right before it (auxiliaries and adverbs aside) and opens in lower case, the
/// subject's own words.
fn predicate_cue<'a>(lex: &Lexicon, toks: &[Tok<'a>], q: usize) -> Option<Cue<'a>> {
    let quote = &toks[q];
    let mut j = q;
    while j > 0
        && is_filler(&toks[j - 1])
        && !lexicon::is_one_of(toks[j - 1].word, &["as", "to", "do", "does", "did"])
    {
        j -= 1;
    }
    let last = j.checked_sub(1)?;
    let t = &toks[last];
    // "The LOI, signed by Trump ..., was “intended to …”": a copula after a parenthetical
    // carries on the clause's subject.
    let copula = toks[j..q].iter().any(|f| f.on(WordList::Copulas));
    if copula && t.punct == Some(',') && !t.barrier {
        let m = clause_subject(lex, toks, last)?;
        let subject = matches!(
            m.kind,
            MentionKind::Named(_)
                | MentionKind::Role { plural: false, .. }
                | MentionKind::Document { .. }
        );
        return subject.then(|| Cue {
            kind: CueKind::Predicate,
            start: quote.start,
            end: quote.start,
            agent: agent_of(m),
        });
    }
    if t.barrier || t.punct.is_some() || t.possessive() {
        return None;
    }
    let m = mention_backward(lex, toks, last)?;
    let person = matches!(
        m.kind,
        MentionKind::Named(_) | MentionKind::Role { plural: false, .. } | MentionKind::Pronoun(_)
    );
    // Only a subject: the mention opens its clause.
    let opens_clause = m.toks.start == 0
        || toks[m.toks.start - 1].punct.is_some()
        || toks[m.toks.start - 1].barrier
        || lexicon::is_one_of(
            toks[m.toks.start - 1].word,
            &["that", "and", "but", "who", "when", "while"],
        );
    (person && opens_clause).then(|| Cue {
        kind: CueKind::Predicate,
        start: quote.start,
        end: quote.start,
        agent: agent_of(m),
    })
}

/// "“Nobody told us anything.” — Fatima, a resident of the old city": a dash after a quotation,
/// then who said it, to the end of the sentence (a name, a role, an apposition).
fn byline_cue<'a>(lex: &Lexicon, toks: &[Tok<'a>], q: usize) -> Option<Cue<'a>> {
    let dash = toks.get(q + 1).filter(|t| t.barrier && !t.quote)?;
    let m = mention_forward(lex, toks, q + 2)?;
    // "“That number”—she tapped it twice—“was never…”": the subject of an aside that splits
    // the quotation speaks.
    const MAX_ASIDE: usize = 10;
    let aside_end = (m.toks.end..toks.len().min(m.toks.end + MAX_ASIDE))
        .find(|&k| toks[k].barrier)
        .filter(|&k| !toks[k].quote && toks.get(k + 1).is_some_and(|t| t.quote));
    if let Some(close) = aside_end
        && matches!(
            m.kind,
            MentionKind::Named(_)
                | MentionKind::Role { .. }
                | MentionKind::Pronoun(Pronoun::Person)
        )
        && toks[m.toks.end..close]
            .iter()
            .any(|t| t.word.ends_with("ed") || t.verb.is_some() || t.on(WordList::BeForms))
    {
        return Some(Cue {
            kind: CueKind::Aside,
            start: dash.start,
            end: toks[close].end,
            agent: agent_of(m),
        });
    }
    if !matches!(m.kind, MentionKind::Named(_) | MentionKind::Role { .. }) {
        return None;
    }
    let last = toks.get(m.toks.end.checked_sub(1)?)?;
    let rest = &toks[m.toks.end..];
    let ends = rest.is_empty() || (last.punct == Some(',') && !rest.iter().any(|t| t.barrier));
    ends.then(|| Cue {
        kind: CueKind::Byline,
        start: dash.start,
        end: dash.end,
        agent: agent_of(m),
    })
}

/// "“…” (Vintner 2021: 52)", "“…” (Marel, 2020, p. 4)", "“…” (Respondent 33, former coastguard
/// officer)": a parenthesis right after a quote that opens on a name and then a year or a
/// description cites whose words they are. A date ("(Sardovian Courier,
/// 18 January 2022)") cites where they were reported, not who said them.
fn citation_cue<'a>(lex: &Lexicon, toks: &[Tok<'a>], q: usize) -> Option<Cue<'a>> {
    let open = toks.get(q + 1).filter(|t| t.paren_open && !t.barrier)?;
    let m = mention_forward(lex, toks, q + 1)?;
    if !matches!(m.kind, MentionKind::Named(_))
        || m.toks.start != q + 1
        || toks[q + 1].cites_an_interview()
    {
        return None;
    }
    let last = &toks[m.toks.end - 1];
    let year = toks.get(m.toks.end).filter(|t| !t.barrier);
    let digits = year.map_or("", |y| y.word.trim_end_matches([',', ':', ';', ')', '.']));
    let is_year = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
    // "(Ferdinand Daventry, former ambassador)", "(Respondent 33, coastguard officer)": a
    // byline in brackets; a date after the comma cites where it was reported instead.
    // "“Free Syrian Army” (FSA)": an acronym in brackets is the quote's short form.
    let acronym = m.name().is_some_and(super::names::is_acronym);
    // "(Interview R12, May 2021)": a month is a date too.
    let byline = !acronym
        && (last.paren_close
            || (last.punct == Some(',')
                && year.is_some_and(|n| {
                    !n.word.starts_with(|c: char| c.is_ascii_digit()) && !lexicon::is_month(n.word)
                })));
    let close = (m.toks.end - 1..toks.len()).find(|&k| toks[k].paren_close || toks[k].barrier)?;
    if !(is_year || byline)
        || !toks[close].paren_close
        || toks[q + 1..=close].iter().any(|t| t.verb.is_some())
    {
        return None;
    }
    Some(Cue {
        kind: CueKind::Citation,
        start: open.start,
        end: toks[close].end,
        agent: agent_of(m),
    })
}

/// "“When I was a boy, the rain kept a calendar.” (Farmer 7, man, 62, Tarro village)": a
/// sentence that opens on a parenthesis naming a person or a role, with no verb in it, names
/// who spoke the quotation before it (the direct sieve reads it as the next sentence's
/// attribution). The parenthesis ends the sentence, or a capitalized word follows it (the
/// next sentence, run on). Returns the cue and the token after the parenthesis.
fn parenthesized_byline<'a>(lex: &Lexicon, toks: &[Tok<'a>]) -> Option<(Cue<'a>, usize)> {
    let open = toks.first().filter(|t| t.paren_open && !t.barrier)?;
    let close = toks.iter().position(|t| t.paren_close)?;
    if toks[..=close].iter().any(|t| t.verb.is_some() || t.barrier) {
        return None;
    }
    let after = toks.get(close + 1);
    if after.is_some_and(|n| !n.capitalized() && n.word.chars().any(char::is_alphabetic)) {
        return None;
    }
    if toks[0].cites_an_interview() {
        return None;
    }
    let m = mention_forward(lex, toks, 0)?;
    (m.toks.end <= close + 1 && matches!(m.kind, MentionKind::Named(_) | MentionKind::Role { .. }))
        .then(|| {
            let cue = Cue {
                kind: CueKind::Byline,
                start: open.start,
                end: toks[close].end,
                agent: agent_of(m),
            };
            (cue, close + 1)
        })
}

/// The comma before a phrase of whom a speaker speaks for, set off by commas and ending at `j`
/// (", for the COALITION OF LOW-LYING STATES (CLLS),", ", speaking for the Group,").
fn speaking_for_phrase(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    /// The most words of the phrase.
    const MAX_PHRASE: usize = 10;
    if toks[j].punct != Some(',') || toks[j].barrier {
        return None;
    }
    let comma = (j.saturating_sub(MAX_PHRASE)..j)
        .rev()
        .find(|&k| toks[k].punct.is_some() || toks[k].barrier)?;
    let opens = toks.get(comma + 1)?;
    let speaking_for = opens.is("speaking") && toks.get(comma + 2).is_some_and(|t| t.is("for"));
    // A body's name after "for" ("for the Group"; not "for their part", "for example").
    let for_at = comma + 1 + usize::from(speaking_for);
    let body_after = toks
        .get(for_at + 1)
        .is_some_and(|t| t.is("the") || (t.capitalized() && !t.function));
    (toks[comma].punct == Some(',')
        && !toks[comma].barrier
        && (opens.is("for") || speaking_for)
        && body_after
        && toks[comma + 1..j].iter().all(|t| t.verb.is_none()))
    .then_some(comma)
}

/// "This one is from Pete, a bus driver in Lowfield:": the name a role is set off after, rather
/// than the role, as a lead-in's subject.
fn named_before_apposition<'a>(lex: &Lexicon, toks: &[Tok<'a>], m: Mention<'a>) -> Mention<'a> {
    if !matches!(m.kind, MentionKind::Role { plural: false, .. }) || m.toks.start == 0 {
        return m;
    }
    let comma = m.toks.start - 1;
    if toks[comma].punct != Some(',') || toks[comma].barrier {
        return m;
    }
    let Some(name) = mention_backward(lex, toks, comma)
        .filter(|n| matches!(n.kind, MentionKind::Named(_)) && n.toks.end == comma + 1)
    else {
        return m;
    };
    // "Gill in Lowfield, a retired teacher:": the person, before the place they are in.
    let place_of = name.toks.start.checked_sub(2).filter(|&k| {
        let link = &toks[k + 1];
        (link.is("in") || link.is("from")) && link.punct.is_none() && !link.barrier
    });
    match place_of.and_then(|k| mention_backward(lex, toks, k)) {
        Some(person)
            if matches!(person.kind, MentionKind::Named(_))
                && person.toks.end + 1 == name.toks.start =>
        {
            person
        }
        _ => name,
    }
}

/// "Several participants made similar points, one of them more bluntly:": "one of them" set off
/// by a comma before the colon at `colon`, with a few words and no verb after it.
fn one_of_them_set_off<'a>(lex: &Lexicon, toks: &[Tok<'a>], colon: usize) -> Option<Mention<'a>> {
    /// The most words between "one of them" and the colon ("more bluntly").
    const MAX_WORDS_AFTER: usize = 3;
    let comma = toks[..colon]
        .iter()
        .rposition(|t| t.punct.is_some() || t.barrier)?;
    if toks[comma].punct != Some(',') || toks[comma].barrier {
        return None;
    }
    let m = mention_forward(lex, toks, comma + 1)
        .filter(|m| m.kind == MentionKind::Pronoun(Pronoun::One))?;
    let after = toks.get(m.toks.end..=colon)?;
    (after.len() <= MAX_WORDS_AFTER && after.iter().all(|t| t.verb.is_none())).then_some(m)
}

/// "a note to “[t]ell me …”", "an invitation—signed by …—to travel to “Moscow for …”",
/// "sent … questions about the “…”": the nearest document (or speech noun) before a quote in its
/// clause, with no verb of saying between, gives the quote its words. The cue sits on the quote
/// it governs.
fn content_cue<'a>(lex: &Lexicon, toks: &[Tok<'a>], q: usize) -> Option<Cue<'a>> {
    /// The most tokens between the document's noun and the quote (a parenthetical included).
    const MAX_GAP: usize = 16;
    let lo = q.saturating_sub(MAX_GAP + 1);
    let noun = (lo..q).rev().find(|&k| {
        let t = &toks[k];
        (t.document.is_some() || t.speech_noun) && !t.barrier && !t.capitalized()
    })?;
    let between = &toks[noun + 1..q];
    // A parenthetical between dashes ("—signed by Andrey Ryabinskiy—") does not interrupt.
    let dashes: Vec<usize> = (0..between.len())
        .filter(|&k| between[k].barrier && !between[k].quote)
        .collect();
    let inside_dashes = |k: usize| dashes.len() == 2 && dashes[0] < k && k < dashes[1];
    let blocked = (0..between.len()).filter(|&k| !inside_dashes(k)).any(|k| {
        let t = &between[k];
        t.verb.is_some()
            || matches!(t.punct, Some('.' | ';' | '!' | '?'))
            || t.on(WordList::ClauseOpeners)
    });
    // The quote must follow a preposition or an infinitive's verb, not a new subject.
    let before = toks.get(q - 1)?;
    let governed =
        lexicon::is_one_of(before.word, lexicon::CONTENT_GOVERNORS) && before.punct.is_none();
    if blocked || !governed {
        return None;
    }
    // A document speaks for itself (or its owner); words ("questions about the “…”") are the
    // clause's subject's.
    // "shouts of “…”" is the speech noun's own cue.
    if toks[noun].document.is_none() && before.is("of") {
        return None;
    }
    let m = if toks[noun].document.is_some() {
        mention_backward(lex, toks, noun)
            .filter(|m| matches!(m.kind, MentionKind::Document { .. }))?
    } else {
        clause_subject(lex, toks, noun).filter(|m| !matches!(m.kind, MentionKind::Generic))?
    };
    Some(Cue {
        kind: CueKind::Content,
        start: toks[q].start,
        end: toks[q].start,
        agent: agent_of(m),
    })
}

/// "Their constitution started, “…”": a short clause of a subject and a verb, then a comma
/// and the quote.
fn comma_lead_in<'a>(lex: &Lexicon, toks: &[Tok<'a>], q: usize) -> Option<Cue<'a>> {
    /// The most words after the subject in such a lead-in.
    const MAX_AFTER_SUBJECT: usize = 3;
    let before = q.checked_sub(1)?;
    if toks[before].punct != Some(',') || toks[before].barrier {
        return None;
    }
    let start = toks[..before]
        .iter()
        .rposition(|t| t.punct.is_some() || t.barrier)
        .map_or(0, |k| k + 1);
    let m = mention_forward(lex, toks, start)?;
    let rest = before + 1 - m.toks.end;
    let named = matches!(
        m.kind,
        MentionKind::Named(_)
            | MentionKind::Document { .. }
            | MentionKind::Role { plural: false, .. }
    );
    (named && (1..=MAX_AFTER_SUBJECT).contains(&rest) && start == 0).then(|| Cue {
        kind: CueKind::Colon,
        start: toks[before].end,
        end: toks[before].end + 1,
        agent: agent_of(m),
    })
}

/// The head of an "of" phrase a subject was read from, not what the phrase is of: "One study
/// of 40 peace agreements found" (the study); "The widow of Alexei Navalny said", "The mother
/// of Ahmed Said, a 17-year-old killed by police, said" (the relative, by their role when the
/// kinship noun is one, else nobody the text names).
fn head_of_phrase<'a>(lex: &Lexicon, toks: &[Tok<'a>], agent: Agent<'a>) -> Agent<'a> {
    let Agent::Mention(m) = &agent else {
        return agent;
    };
    let start = m.toks.start;
    // "One study of 40 peace agreements (Bell and Pospisil 2017) found": the document the
    // phrase is headed by, not what it is of (past a number).
    let counted = (0..start)
        .rev()
        .take_while(|&k| {
            !toks[k].barrier
                && toks[k].punct.is_none()
                && (toks[k]
                    .word
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',')
                    || lexicon::is_one_of(toks[k].word, lexicon::QUANTITY_WORDS))
        })
        .last()
        .unwrap_or(start);
    // "the statement of a former pupil, who had told": a person after "of" is the author of
    // a document that is not a study.
    let authored = matches!(m.kind, MentionKind::Role { .. } | MentionKind::Named(_))
        && counted
            .checked_sub(2)
            .and_then(|k| toks.get(k))
            .and_then(|t| t.document)
            .is_some_and(|noun| !lexicon::STUDY_NOUNS.contains(&noun));
    if counted >= 2
        && !authored
        && toks[counted - 1].is("of")
        && toks[counted - 2].document.is_some()
        && toks[counted - 2].punct.is_none()
        && !toks[counted - 2].barrier
        && let Some(head) = mention_backward(lex, toks, counted - 2)
            .filter(|h| h.toks.end == counted - 1 && matches!(h.kind, MentionKind::Document { .. }))
    {
        return agent_of(head);
    }
    // "A study published in The Lancet found": the document, not where it appeared.
    if let Some(document) = published_document_before(lex, toks, start) {
        return head_of_phrase(lex, toks, agent_of(document));
    }
    // "The authors of the report said", "the authors of a study published in The Lancet":
    // the people the phrase is headed by, not the document they are of.
    if matches!(m.kind, MentionKind::Document { .. })
        && start >= 2
        && toks[start - 1].is("of")
        && toks[start - 2].role.is_some()
        && toks[start - 2].punct.is_none()
        && let Some(role) = mention_backward(lex, toks, start - 2)
            .filter(|r| r.toks.end == start - 1 && matches!(r.kind, MentionKind::Role { .. }))
    {
        return agent_of(role);
    }
    let kin_before = start >= 2
        && toks[start - 1].is("of")
        && toks[start - 2].punct.is_none()
        && !toks[start - 2].barrier
        && lexicon::is_one_of(toks[start - 2].word, lexicon::KIN_ROLES);
    if !kin_before {
        return agent;
    }
    match mention_backward(lex, toks, start - 2) {
        Some(kin) if kin.toks.end == start - 1 => agent_of(kin),
        _ => Agent::Unknown,
    }
}

/// "a study published in The Lancet", "a video posted on Telegram": the document
/// before a participle of publishing and its preposition, when a phrase starts at `start`
/// right after them.
fn published_document_before<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    start: usize,
) -> Option<Mention<'a>> {
    let preposition = toks.get(start.checked_sub(1)?)?;
    let participle = toks.get(start.checked_sub(2)?)?;
    if !lexicon::is_one_of(preposition.word, &["in", "on"])
        || preposition.punct.is_some()
        || participle.punct.is_some()
        || !lexicon::is_one_of(participle.word, lexicon::PUBLISHING_PARTICIPLES)
    {
        return None;
    }
    mention_backward(lex, toks, start.checked_sub(3)?)
        .filter(|d| d.toks.end == start - 2 && matches!(d.kind, MentionKind::Document { .. }))
}

/// The agent a mention stands for: generic mentions give nobody.
fn agent_of(m: Mention) -> Agent {
    match m.kind {
        MentionKind::Generic => Agent::Generic,
        _ => Agent::Mention(m),
    }
}

/// The agent of a clause's subject; an expletive "it" ("It is worth noting that") gives nobody.
fn subject_agent<'a>(toks: &[Tok<'a>], m: Mention<'a>) -> Agent<'a> {
    use super::mentions::Pronoun;
    let expletive = matches!(m.kind, MentionKind::Pronoun(Pronoun::Thing))
        && toks.get(m.toks.end).is_some_and(|n| {
            lexicon::is_one_of(
                n.word,
                &[
                    "is", "was", "would", "seems", "seemed", "appears", "remains",
                ],
            )
        });
    if expletive {
        Agent::Generic
    } else {
        agent_of(m)
    }
}

/// "(2020, 121)", "(2018)": the token that opens an author's year in brackets ending at token
/// `close`.
fn year_citation_ending_at(toks: &[Tok<'_>], close: usize) -> Option<usize> {
    /// The most words of such a parenthesis ("2020, pp. 121–3").
    const MAX_WORDS: usize = 4;
    if !toks[close].paren_close || toks[close].barrier {
        return None;
    }
    let open = (close.saturating_sub(MAX_WORDS - 1)..=close)
        .rev()
        .find(|&k| toks[k].paren_open)?;
    (super::names::opens_with_year(toks[open].word) && toks[open..close].iter().all(|t| !t.barrier))
        .then_some(open)
}

/// "his view", "whose mission is", "Judge Carter’s earlier determination", "with shouts of
/// “…”": the owner of a speech noun.
fn speech_noun_owner<'a>(lex: &Lexicon, toks: &[Tok<'a>], i: usize) -> Option<Agent<'a>> {
    /// Adjectives that may stand between the owner and the noun ("earlier", "final").
    const MAX_ADJECTIVES: usize = 2;
    // "shouts of “…”": the clause's subject speaks.
    if toks.get(i + 1).is_some_and(|n| n.is("of"))
        && toks.get(i + 2).is_some_and(|n| n.quote)
        && toks[i].punct.is_none()
    {
        return clause_subject(lex, toks, i).map(agent_of);
    }
    // "a promise from the then Prime Minister, Sir Cuthbert Kerrow, that …", "a warning from
    // the Agency that": whoever it came from.
    if toks.get(i + 1).is_some_and(|n| n.is("from")) && toks[i].punct.is_none() {
        let from = toks
            .get(i + 2)
            .filter(|n| n.is("the") && toks.get(i + 3).is_some_and(|t| t.is("then")))
            .map_or(i + 2, |_| i + 4);
        let source = mention_forward(lex, toks, from)
            .or_else(|| mention_forward(lex, toks, i + 2))
            .filter(|m| !matches!(m.kind, MentionKind::Generic | MentionKind::Pronoun(_)));
        // A title set off before a name ("the Prime Minister, Sir Cuthbert Kerrow,").
        let source = source.map(|m| {
            let after = m.toks.end;
            let apposed = toks[after - 1].punct == Some(',')
                && matches!(m.kind, MentionKind::Role { .. } | MentionKind::Named(_));
            match mention_forward(lex, toks, after)
                .filter(|n| apposed && matches!(n.kind, MentionKind::Named(_)))
            {
                Some(named) => named,
                None => m,
            }
        });
        let ends_at_that = source
            .as_ref()
            .is_some_and(|m| toks[m.toks.end..].iter().take(2).any(|t| t.is("that")));
        if let Some(m) = source.filter(|_| ends_at_that) {
            return Some(agent_of(m));
        }
    }
    let mut k = i - 1;
    // "Mutasa and Kellner’s (2020, 121) conclusion that": past the author's year and page.
    let cited = year_citation_ending_at(toks, k).filter(|&open| open > 0);
    if let Some(open) = cited {
        k = open - 1;
    }
    // Past the year there are no adjectives to read: the possessive stands right before it.
    let adjectives = if cited.is_some() { 0 } else { MAX_ADJECTIVES };
    for _ in 0..adjectives {
        let t = &toks[k];
        let adjective = !t.barrier
            && t.punct.is_none()
            && !t.capitalized()
            && !t.function
            && !t.possessive()
            && t.role.is_none()
            && t.verb.is_none()
            && !t.on(WordList::PossessivePronouns);
        if adjective && k > 0 {
            k -= 1;
        } else {
            break;
        }
    }
    let i = k + 1;
    let previous = &toks[i - 1];
    if previous.barrier || previous.punct.is_some() {
        return None;
    }
    if previous.is("whose") {
        let before = i.checked_sub(2)?;
        return mention_backward(lex, toks, before).map(agent_of);
    }
    let pronoun = possessive_pronoun(toks, i - 1);
    // "In her response, the Agency’s Chief Executive, Orla Penhallow, accepted": a possessive
    // in a phrase that opens the sentence is the subject's after the comma.
    if let Some(MentionKind::Pronoun(p)) = pronoun.as_ref().map(|m| &m.kind)
        && let Some(subject) = subject_after_opening_phrase(lex, toks, i - 1, *p)
    {
        return Some(agent_of(subject));
    }
    if let Some(pronoun) = pronoun {
        return Some(Agent::Mention(pronoun));
    }
    if previous.possessive() && previous.name {
        return mention_backward(lex, toks, i - 1).map(agent_of);
    }
    // "the chief executive’s reply".
    if previous.possessive() {
        return super::mentions::possessive_role_backward(lex, toks, i - 1).map(agent_of);
    }
    None
}

/// The subject after a prepositional phrase that opens the sentence and holds the possessive
/// at token `possessive` ("In its reply to the report of 3 June, the Ministry …").
fn subject_after_opening_phrase<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    possessive: usize,
    pronoun: super::mentions::Pronoun,
) -> Option<Mention<'a>> {
    use super::mentions::Pronoun;
    /// The most words of the opening phrase after the possessive.
    const MAX_PHRASE: usize = 10;
    let preposition = toks.get(possessive.checked_sub(1)?)?;
    if !preposition.sentence_initial
        || !preposition.word.starts_with(char::is_uppercase)
        || !lexicon::is_one_of(preposition.word, lexicon::OPENING_PREPOSITIONS)
    {
        return None;
    }
    let comma = (possessive..toks.len().min(possessive + MAX_PHRASE))
        .take_while(|&k| !toks[k].barrier && !toks[k].quote && toks[k].verb.is_none())
        .find(|&k| toks[k].punct.is_some())
        .filter(|&k| toks[k].punct == Some(','))?;
    let subject = mention_forward(lex, toks, comma + 1)?;
    // "In her view, Ostrel’s northern firms have been": an owner is no subject.
    if toks[subject.toks.end - 1].possessive() {
        return None;
    }
    let fits = match (&subject.kind, pronoun) {
        (MentionKind::Named(name), Pronoun::Person) => !lex_org_like(lex, name),
        (MentionKind::Named(name), Pronoun::Thing) => lex_org_like(lex, name),
        (MentionKind::Role { plural: false, .. }, Pronoun::Person) => true,
        (MentionKind::OrgByKind(_), Pronoun::Thing) => true,
        _ => false,
    };
    fits.then_some(subject)
}

/// The law that opens a sentence after "Under", up to its comma: a law's name ("Talune’s Land
/// Act", "the Carers (Support Payments) Act 2017" after "section 14 of"), or a document of one
/// named before ("its article 8").
fn law_after_under<'a>(lex: &Lexicon, toks: &[Tok<'a>], from: usize) -> Option<Mention<'a>> {
    /// The most words of the phrase before its comma.
    const MAX_PHRASE: usize = 14;
    let end = (from..toks.len().min(from + MAX_PHRASE))
        .find(|&k| toks[k].punct == Some(',') || toks[k].barrier)?;
    if toks[end].barrier {
        return None;
    }
    (from..=end).find_map(|k| {
        let m = mention_forward(lex, toks, k).filter(|m| m.toks.end <= end + 1)?;
        match &m.kind {
            MentionKind::Named(name) if names_a_law(name) => Some(m),
            MentionKind::Document {
                owner: Some(super::mentions::Owner::Pronoun(_)),
                ..
            } if k == from => Some(m),
            _ => None,
        }
    })
}

/// The cue of the verb at token `v`, with its agent.
fn verb_cue<'a>(lex: &Lexicon, toks: &[Tok<'a>], v: usize) -> Cue<'a> {
    let Some(verb) = toks[v].verb else {
        return Cue {
            kind: CueKind::Colon,
            start: toks[v].start,
            end: toks[v].end,
            agent: Agent::Unknown,
        };
    };
    let len = usize::from(verb.len);
    let after = v + len;
    let kind = if verb.naming {
        CueKind::Names(verb.lemma)
    } else {
        CueKind::Says(verb.lemma)
    };
    // The listener after a verb of telling belongs to the cue ("told the Select Committee").
    let mut scope = after + lex.verb_object_at(toks, after);
    if verb.listener
        && scope == after
        && let Some(listener) = mention_forward(lex, toks, after)
    {
        scope = listener.toks.end;
    }
    let end = scope
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .map_or(toks[v].end, |t| t.end);
    let agent = match head_of_phrase(lex, toks, verb_agent(lex, toks, v, after)) {
        Agent::Unknown => kin_before(toks, v).map_or(Agent::Unknown, agent_of),
        agent => agent,
    };
    // "A source close to President Tshisekedi said": the source, not whom it is close to; "A
    // person familiar with the negotiations said": a source, not a person in general.
    let agent = match agent {
        Agent::Mention(m)
            if (m.toks.start >= 2
                && matches!(
                    (toks[m.toks.start - 2].word, toks[m.toks.start - 1].word),
                    ("close", "to")
                        | ("familiar", "with")
                        | ("knowledge", "of")
                        | ("briefed", "on")
                ))
                || matches!(
                    m.kind,
                    MentionKind::Role {
                        noun: "person" | "someone",
                        ..
                    }
                ) =>
        {
            informed_people(toks, v).map_or(Agent::Mention(m), agent_of)
        }
        agent => agent,
    };
    // "Officers told me that …": people the author heard from are a group of sources, not
    // people in general.
    let to_author = verb.listener && toks.get(after).is_some_and(|t| t.is("me") || t.is("us"));
    // "Residents said: “We have had no water for a week.”": people of a role who say
    // something after a colon are its speakers, as people who told the author are.
    let colon_after =
        toks[after - 1].punct == Some(':') && toks.get(after).is_some_and(|t| t.barrier && t.quote);
    // "“We were not consulted,” residents said" and "“…,” said residents of the village": a
    // quotation set off by a comma before the attribution is whole words someone said.
    let quote_set_off = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.barrier && t.quote && t.punct == Some(','))
    };
    let inverted_group = (v > 0 && quote_set_off(v - 1))
        .then(|| mention_forward(lex, toks, after))
        .flatten()
        .filter(|m| m.kind == MentionKind::Generic && !m.roles.is_empty());
    let agent = match agent {
        // "Several NGOs described the prison as “…”": a judgement is words as well.
        Agent::Generic
            if (matches!(kind, CueKind::Says(_))
                || matches!(kind, CueKind::Names(lemma) if lexicon::is_one_of(lemma, lexicon::JUDGING_VERBS)))
                && v > 0
                && let Some(m) = mention_backward(lex, toks, v - 1).filter(counted_people) =>
        {
            agent_of(sources_heard_from(m))
        }
        Agent::Unknown | Agent::Generic if inverted_group.is_some() => {
            inverted_group.map_or(Agent::Generic, |m| agent_of(sources_heard_from(m)))
        }
        Agent::Generic if (to_author || colon_after) && v > 0 => mention_backward(lex, toks, v - 1)
            // "Several residents told us": a count of them too.
            .filter(|m| m.kind == MentionKind::Generic && !m.roles.is_empty())
            .map_or(Agent::Generic, |m| agent_of(sources_heard_from(m))),
        Agent::Generic if v > 0 => mention_backward(lex, toks, v - 1)
            .filter(|m| {
                m.kind == MentionKind::Generic
                    && !m.roles.is_empty()
                    && m.toks.start > 0
                    && quote_set_off(m.toks.start - 1)
            })
            .map_or_else(
                || informed_people(toks, v).map_or(Agent::Generic, agent_of),
                |m| agent_of(sources_heard_from(m)),
            ),
        Agent::Generic => informed_people(toks, v).map_or(Agent::Generic, agent_of),
        agent => agent,
    };
    let agent = match (&agent, kind) {
        (Agent::Mention(_), CueKind::Names(lemma))
            if !matches!(
                lemma,
                "describe" | "define" | "characterize" | "characterise"
            ) && toks.get(after).is_some_and(|t| t.reflexive) =>
        {
            Agent::Reflexive
        }
        _ => agent,
    };
    // "Article 14 of the law permits the detention of any person whose conduct “…”": a verb by
    // which a text lays down rules says something only when a text or a law is its subject.
    let agent = match &agent {
        Agent::Mention(m)
            if lexicon::PRESCRIBING_VERBS.contains(&verb.lemma) && !is_text_or_law(m) =>
        {
            Agent::Unknown
        }
        _ => agent,
    };
    Cue {
        kind,
        start: toks[v].start,
        end,
        agent,
    }
}

/// Whether a mention is a document or a law's name ("the agreement", "the Act", "Policy LC1"),
/// or "it", which may stand for one (the reader keeps it only if it does).
fn is_text_or_law(m: &Mention) -> bool {
    match &m.kind {
        MentionKind::Document { .. } | MentionKind::Pronoun(Pronoun::Thing) => true,
        MentionKind::Named(name) => names_a_law(name),
        _ => false,
    }
}

/// Whether a name is a law's ("Talune’s Land Act", "the Law on Public Assemblies").
fn names_a_law(name: &str) -> bool {
    name.words_quick()
        .any(|w| lexicon::is_one_of(w, lexicon::LAW_WORDS))
}

/// Whether a token may stand between a subject and its verb.
fn is_filler(t: &Tok<'_>) -> bool {
    if t.barrier || t.punct.is_some() {
        return false;
    }
    t.on(WordList::SubjectVerbFillers)
        || (t.word.ends_with("ly") && t.word.chars().next().is_some_and(char::is_lowercase))
}

/// The agent of the verb at token `v` (its tokens end at `after`).
fn verb_agent<'a>(lex: &Lexicon, toks: &[Tok<'a>], v: usize, after: usize) -> Agent<'a> {
    let Some(verb) = toks[v].verb else {
        return Agent::Unknown;
    };
    // "as recounted by Findlay", "described by a newspaper story as": a passive with its agent;
    // "followed up by email" names the means, a bare noun.
    let by_means = toks
        .get(after + 1)
        .is_some_and(|t| t.document.is_some() && !t.capitalized());
    if verb.form == VerbForm::Past
        && toks.get(after).is_some_and(|t| t.is("by"))
        && toks[v].punct.is_none()
        && !by_means
    {
        return mention_forward(lex, toks, after + 1).map_or(Agent::Unknown, agent_of);
    }
    let mut j = v;
    while j > 0 && is_filler(&toks[j - 1]) {
        j -= 1;
    }
    // "Mr. Stumpf, you said the fraud was “…”": the one addressed, named before the comma;
    // "you said" with no one named is whom the text speaks to, if it calls anyone by name
    // ([`Pronoun::Second`]).
    if j > 0 && toks[j - 1].is("you") && !toks[j - 1].barrier && toks[j - 1].punct.is_none() {
        let addressed = (j >= 2 && toks[j - 2].punct == Some(',') && !toks[j - 2].barrier)
            .then(|| mention_backward(lex, toks, j - 2))
            .flatten()
            .filter(|m| {
                m.toks.end == j - 1
                    && matches!(m.kind, MentionKind::Named(_) | MentionKind::Role { .. })
            })
            .unwrap_or_else(|| Mention::pronoun_at(toks, j - 1, Pronoun::Second));
        return agent_of(addressed);
    }
    // "was told", "is also called": a past participle after a form of "to be"; and a naming
    // verb right after a comma or a noun ("the Stonewall Inn, termed a “…”", "a post called"),
    // adverbs aside ("Pryce later described" is active).
    // "has called the verdict “…”", "pronounced it “…”": a perfect or an object pronoun makes
    // a naming verb active after a comma too ("Marrant, whose account …, has called").
    let perfect = toks[j..v]
        .iter()
        .any(|t| lexicon::is_one_of(t.word, &["has", "have", "had"]));
    // "called on Saudis to “rise up”": a call on someone is an appeal, never a name given.
    let object_or_appeal = toks.get(v + usize::from(verb.len)).is_some_and(|o| {
        lexicon::is_one_of(o.word, &["it", "him", "her", "them", "this", "on", "upon"])
            && o.punct.is_none()
    });
    let passive = verb.form == VerbForm::Past
        && (toks[j..v].iter().any(|t| t.on(WordList::BeForms))
            || (verb.naming
                && !perfect
                && !object_or_appeal
                && j > 0
                // "a post called “…”", but "its inspection letter described the equipment
                // as “…”" and "one young man on B wing called it “…”" are active: an object
                // stands between.
                // An object before "as" makes it active after a comma too ("Everett Stannard,
                // Nathaniel’s grandson, described the mills … as “…”").
                && !object_before_as(toks, v + usize::from(verb.len))
                && !object_before_quote(toks, v + usize::from(verb.len))
                // "for what the order called “…”": a document that is a free relative's
                // subject calls it.
                && !(free_relative_before(toks, j)
                    && mention_backward(lex, toks, j - 1)
                        .is_some_and(|m| matches!(m.kind, MentionKind::Document { .. })))
                && ((toks[j - 1].punct == Some(',') && !appositive_name_before(toks, j))
                    || (toks[j - 1].document.is_some() || toks[j - 1].work)
                    || (!toks[j - 1].capitalized()
                        && toks[j - 1].role.is_none()
                        && !toks[j - 1].function
                        && !toks[j - 1].word.ends_with("ly")
                        && org_by_kind_ending_at(toks, j - 1).is_none()
                        && relative_subject(lex, toks, j - 1).is_none()))));
    if passive {
        // "being told by a production manager that “…”": the agent after "by", past a date
        // set off before it ("written on June 3, 2022, by a Bureau district manager").
        /// The most words of the date.
        const MAX_DATE: usize = 6;
        let after_verb = v + usize::from(verb.len);
        let dated_by = toks
            .get(after_verb)
            .is_some_and(|t| (t.is("on") || t.is("in")) && t.punct.is_none())
            .then(|| {
                (after_verb + 1..toks.len().min(after_verb + 1 + MAX_DATE))
                    .take_while(|&k| !toks[k].barrier && toks[k].verb.is_none())
                    .find(|&k| toks[k].is("by") && toks[k - 1].punct == Some(','))
            })
            .flatten();
        let by = dated_by.unwrap_or(after_verb);
        if toks
            .get(by)
            .is_some_and(|t| t.is("by") && t.punct.is_none())
            && let Some(m) = mention_forward(lex, toks, by + 1)
            && matches!(m.kind, MentionKind::Named(_) | MentionKind::Role { .. })
        {
            return agent_of(m);
        }
        // "The camps were described as “open-air prisons” by the UN special rapporteur": the
        // agent after the quotation the naming verb gives.
        /// The most words between the verb and the quotation ("as").
        const MAX_BEFORE_QUOTE: usize = 2;
        // "condemned as “draconian” by the Law Society": any verb with "as" before it.
        if (verb.naming || toks.get(after_verb).is_some_and(|t| t.is("as")))
            && let Some(quote) = (after_verb..toks.len().min(after_verb + MAX_BEFORE_QUOTE + 1))
                .take_while(|&k| toks[k].punct.is_none())
                .find(|&k| toks[k].barrier && toks[k].quote)
            && toks
                .get(quote + 1)
                .is_some_and(|t| t.is("by") && t.punct.is_none())
            && let Some(m) = mention_forward(lex, toks, quote + 2)
            && matches!(m.kind, MentionKind::Named(_) | MentionKind::Role { .. })
        {
            return agent_of(m);
        }
        return Agent::Passive;
    }
    if verb.form == VerbForm::Participle {
        return participle_agent(lex, toks, v);
    }
    // "Findlay emailed his contacts in six States to say": an infinitive's speaker is the
    // clause's subject, not the noun before it; "It would not be unreasonable to suggest":
    // nobody's.
    if v > 0 && toks[v - 1].is("to") && verb.form == VerbForm::Base {
        return clause_subject(lex, toks, v - 1).map_or(Agent::Unknown, |m| subject_agent(toks, m));
    }
    if j == 0 {
        return inverted(lex, toks, after);
    }
    // "Fighters interviewed for this report said", "Residents interviewed by Human Rights Watch
    // said": the subject stands before a participle phrase that describes it.
    // (A verb of naming keeps the agent it reads: "Defence lawyers interviewed by Rights Watch
    // described this formula as “…”" is left to the rules for labels.)
    // "A leaked memo, first reported by Reuters, warned": a passive participle phrase set off
    // by commas describes the subject; its agent after "by" is not the subject.
    if let Some(c) = before_passive_phrase(toks, j) {
        return subject_at(lex, toks, c, after);
    }
    // (Only a subject read there: else the words read before, as without the clause.)
    if let Some(c) = before_which_clause(toks, j)
        && let agent @ Agent::Mention(_) = subject_at(lex, toks, c, after)
    {
        return agent;
    }
    if !verb.naming
        && let Some(k) = described_by_participle(toks, j)
        && k > 0
    {
        // People a report interviewed are those people, not people in general ("Residents
        // interviewed by Human Rights Watch said").
        if let Some(m) = mention_backward(lex, toks, k - 1)
            && m.kind == MentionKind::Generic
            && m.roles.len() == 1
        {
            return agent_of(sources_heard_from(m));
        }
        return subject_at(lex, toks, k - 1, after);
    }
    subject_at(lex, toks, j - 1, after)
}

/// The comma before a passive participle phrase with its agent that is set off by commas right
/// before the verb at `j` (", first reported by Reuters,"): the subject ends there.
fn before_passive_phrase(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    /// The most words of the phrase.
    const MAX_PHRASE: usize = 8;
    let c = comma_opening_phrase_before(toks, j, MAX_PHRASE)?;
    // An adverb may open it ("first reported by", "later seen by").
    let participle = (c + 1..(c + 3).min(j - 1)).find(|&k| {
        let w = toks[k].word;
        (w.ends_with("ed") || lexicon::is_one_of(w, &["seen", "written", "sent", "shown"]))
            && w.starts_with(char::is_lowercase)
    })?;
    toks.get(participle + 1)
        .is_some_and(|t| t.is("by") && t.punct.is_none())
        .then_some(c)
}

/// The comma before a clause on "which" set off by commas right before the verb at `j` ("The
/// notice, which went to 412 property owners, says"): the subject ends there, not at the
/// clause's last words.
fn before_which_clause(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    /// The most words of the clause.
    const MAX_CLAUSE: usize = 12;
    let c = comma_opening_phrase_before(toks, j, MAX_CLAUSE)?;
    toks.get(c + 1)
        .is_some_and(|t| t.is("which") && t.punct.is_none())
        .then_some(c)
}

/// The comma that opens a phrase of at most `max_words` words set off by commas right before
/// the token at `j` (the comma of ", first reported by Reuters," before "warned").
fn comma_opening_phrase_before(toks: &[Tok<'_>], j: usize, max_words: usize) -> Option<usize> {
    if j < 2 || toks[j - 1].punct != Some(',') {
        return None;
    }
    (j.saturating_sub(max_words + 1)..j - 1)
        .rev()
        .take_while(|&k| !toks[k].barrier)
        .find(|&k| toks[k].punct.is_some())
        .filter(|&k| toks[k].punct == Some(','))
}

/// "Two people with knowledge of the matter said", "people familiar with the talks say": people
/// the text says know the matter are unnamed sources, not people in general; the phrase opens
/// the clause of the verb at `v`.
fn informed_people<'a>(toks: &[Tok<'a>], v: usize) -> Option<Mention<'a>> {
    /// The most words before the verb.
    const MAX_PHRASE: usize = 12;
    let start = (v.saturating_sub(MAX_PHRASE)..v)
        .rev()
        .find(|&k| toks[k].barrier || matches!(toks[k].punct, Some('.' | ';' | ':')))
        .map_or(v.saturating_sub(MAX_PHRASE), |k| k + 1);
    let phrase = &toks[start..v];
    let head = phrase.iter().position(|t| {
        lexicon::is_one_of(
            t.word,
            &[
                "people", "persons", "sources", "source", "person", "someone",
            ],
        )
    })?;
    let plural = lexicon::is_one_of(phrase[head].word, &["people", "persons", "sources"]);
    let knowing = phrase[head + 1..].windows(2).any(|pair| {
        matches!(
            (pair[0].word, pair[1].word),
            ("familiar", "with") | ("knowledge", "of") | ("close", "to") | ("briefed", "on")
        )
    });
    knowing.then(|| Mention {
        kind: MentionKind::Role {
            noun: "source",
            qualifier: None,
            adjective: None,
            plural,
            definite: false,
        },
        surface: super::mentions::join_surface(toks, start, v),
        roles: Roles::one("source"),
        orgs: Vec::new(),
        descriptor: None,
        toks: start..v,
        start: toks[start].start,
        end: toks[v - 1].end,
    })
}

/// People of a role the report heard from ("Officers told me", "Residents interviewed by Human
/// Rights Watch said"): a group of sources, not people in general; `m` is a generic mention
/// with a role.
fn sources_heard_from(m: Mention) -> Mention {
    Mention {
        kind: MentionKind::Role {
            noun: m.roles[0],
            qualifier: None,
            adjective: None,
            plural: true,
            definite: false,
        },
        ..m
    }
}

/// "His daughter told me", "Her husband said": a relative of someone named before, a private
/// person who speaks (a kin noun is no role of the vocabulary, which would make every "son of"
/// a side).
fn kin_before<'a>(toks: &[Tok<'a>], v: usize) -> Option<Mention<'a>> {
    let owner = toks.get(v.checked_sub(2)?)?;
    let kin = &toks[v - 1];
    let owned = !owner.barrier
        && owner.punct.is_none()
        && lexicon::is_one_of(owner.word, &["his", "her", "their", "my", "our"]);
    (owned
        && !kin.barrier
        && kin.punct.is_none()
        && lexicon::is_one_of(kin.word, lexicon::KIN_ROLES))
    .then(|| Mention {
        kind: MentionKind::Role {
            noun: "relative",
            qualifier: None,
            adjective: None,
            plural: false,
            definite: false,
        },
        surface: Cow::Owned(format!("{} {}", owner.word, kin.word)),
        roles: ["relative"].into_iter().collect(),
        orgs: Vec::new(),
        descriptor: None,
        toks: v - 2..v,
        start: owner.start,
        end: kin.end,
    })
}

/// "Dozens of farmers", "Several hundred residents": people counted, a group of sources, not
/// people in general ("Farmers say" is).
pub(crate) fn counted_people(m: &Mention<'_>) -> bool {
    m.kind == MentionKind::Generic
        && !m.roles.is_empty()
        && m.surface.words_quick().next().is_some_and(|w| {
            lexicon::is_one_of(w, lexicon::GROUP_COUNTS) || w.bytes().all(|b| b.is_ascii_digit())
        })
}

/// The participle ("interviewed", "quoted") that opens a phrase describing the subject right
/// before the verb at `j` ("Residents interviewed by Human Rights Watch said").
fn described_by_participle(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    /// The most words of the phrase.
    const MAX_PHRASE: usize = 8;
    let k = (j.saturating_sub(MAX_PHRASE)..j)
        .rev()
        .take_while(|&k| !toks[k].barrier && toks[k].punct.is_none())
        .find(|&k| lexicon::is_one_of(toks[k].word, lexicon::SOURCE_PARTICIPLES))?;
    let link = toks.get(k + 1)?;
    (lexicon::is_one_of(link.word, &["by", "for", "in", "at", "on"]) && k + 1 < j).then_some(k)
}

/// Whether "what" opens the words just before token `j` ("what the order" before "called"),
/// making them a free relative's subject.
fn free_relative_before(toks: &[Tok<'_>], j: usize) -> bool {
    /// The most words between "what" and the verb ("what the interim order").
    const MAX_SUBJECT: usize = 3;
    (j.saturating_sub(MAX_SUBJECT + 1)..j)
        .rev()
        .take_while(|&k| k + 1 == j || (toks[k].punct.is_none() && !toks[k].barrier))
        .any(|k| toks[k].is("what"))
}

/// The subject whose last token is at or before `j` (walking over parentheticals), or the
/// mention after the verb when the verb follows a quote ("“…,” said the diplomat").
fn subject_at<'a>(lex: &Lexicon, toks: &[Tok<'a>], j: usize, after: usize) -> Agent<'a> {
    const MAX_PARENTHETICAL: usize = 24;
    let mut j = j;
    // "TORVALE, for the COALITION OF LOW-LYING STATES (CLLS), warned": whom the speaker speaks
    // for is set off after the speaker.
    if let Some(comma) = speaking_for_phrase(toks, j)
        && let Some(m) = mention_backward(lex, toks, comma)
    {
        return agent_of(m);
    }
    for _ in 0..4 {
        let t = &toks[j];
        // "The Federation itself said": the name the reflexive stresses.
        if past_reflexive(toks, j) < j
            && (toks[j - 1].name || toks[j - 1].role.is_some())
            && let Some(m) = mention_backward(lex, toks, j - 1)
        {
            return agent_of(m);
        }
        if t.barrier && t.quote {
            // "The provincial government’s planning document, “A Modern Karvan,” promises": a
            // title set off after a document is part of the subject.
            // "UNEHO’s situation report of the same week, “Lower Ambra Cholera Update No. 4”,
            // warned": the document's noun a few words before.
            const MAX_DOCUMENT_PHRASE: usize = 6;
            let document_noun = (j > 0 && toks[j - 1].punct == Some(','))
                .then(|| {
                    (j.saturating_sub(MAX_DOCUMENT_PHRASE)..j)
                        .rev()
                        .take_while(|&k| {
                            k == j - 1
                                || (toks[k].punct.is_none()
                                    && !toks[k].barrier
                                    && toks[k].verb.is_none())
                        })
                        // "of the program’s first year": a possessive is no head.
                        .find(|&k| {
                            (toks[k].document.is_some() || toks[k].work) && !toks[k].possessive()
                        })
                })
                .flatten();
            if let Some(noun) = document_noun {
                // "The Agency’s own review of the program’s first year, “Lessons …,” found":
                // an owned document, past what qualifies it ("A report by the commission, “…,”
                // warned" is read from the commission, below).
                if noun < j - 1
                    && let Some(m) = mention_backward(lex, toks, noun)
                    && matches!(m.kind, MentionKind::Document { owner: Some(_), .. })
                {
                    return agent_of(m);
                }
                j -= 1;
                continue;
            }
            // "The Ministry of Health’s “National Cholera Preparedness and Response Plan”
            // lists": a title owned by a name is the owner's document.
            // "The Ministry’s “National Energy Strategy,” adopted in June, commits": the title
            // may end on a comma before a phrase set off.
            if matches!(t.punct, None | Some(','))
                && j > 0
                && toks[j - 1].possessive()
                && toks[j - 1].name
                && let Some(owner) = mention_backward(lex, toks, j - 1)
            {
                return agent_of(document_titled(toks, owner, j));
            }
            // "The last inspection by the Custody Inspectorate, ‘Lydgate: A Prison Under
            // Strain’, warned": a quotation set off by commas after a name is an apposition;
            // the subject is before it.
            if t.punct == Some(',')
                && j > 0
                && toks[j - 1].punct == Some(',')
                && toks[j - 1].name
                && !toks[j - 1].barrier
            {
                j -= 1;
                continue;
            }
            // "“…,” said X" inverts; "an attorney who “said …” informed" has the quote inside
            // the subject, so the subject is before it.
            if t.punct.is_some() || j == 0 {
                return inverted(lex, toks, after);
            }
            j -= 1;
            if toks[j].on(WordList::Relatives) && j > 0 {
                j -= 1;
            }
            continue;
        }
        if t.barrier {
            // "the client—President Trump—directed": the phrase between dashes, or before them.
            let open = (0..j).rev().find(|&k| toks[k].barrier && !toks[k].quote);
            match open {
                Some(k) if j - k <= MAX_PARENTHETICAL && j > k + 1 => {
                    if let Some(m) = mention_backward(lex, toks, j - 1) {
                        return agent_of(m);
                    }
                    if k == 0 {
                        return Agent::Unknown;
                    }
                    j = k - 1;
                    continue;
                }
                _ => return Agent::Unknown,
            }
        }
        if t.paren_close {
            let open = (0..=j).rev().find(|&k| toks[k].paren_open);
            match open {
                Some(k) if k > 0 => {
                    j = k - 1;
                    continue;
                }
                _ => return Agent::Unknown,
            }
        }
        // "He paused, then added:": "then" after a comma joins the verbs as "and" does.
        if t.punct == Some(',') && !t.barrier && toks.get(j + 1).is_some_and(|n| n.is("then")) {
            return coordinated_subject(lex, toks, j + 1).map_or(Agent::Unknown, agent_of);
        }
        if t.punct == Some(',') {
            // "An internal email from March 2021, seen by the Guardian, warned": a document
            // before its date.
            if let Some(m) = before_date_phrase(toks, j)
                .and_then(|b| mention_backward(lex, toks, b))
                .filter(|m| {
                    matches!(m.kind, MentionKind::Document { .. })
                        && m.toks
                            .start
                            .checked_sub(1)
                            .is_none_or(|b| toks[b].punct.is_some() || toks[b].barrier)
                })
            {
                return agent_of(m);
            }
            return parenthetical_subject(lex, toks, j, after);
        }
        if t.punct.is_some() {
            return inverted(lex, toks, after);
        }
        if t.on(WordList::Coordinators) {
            return coordinated_subject(lex, toks, j).map_or(Agent::Unknown, agent_of);
        }
        if t.on(WordList::Relatives) {
            // "an attorney who said", "Eastman, who described"; past a place ("another witness
            // across the street who said").
            /// Words of a place phrase between the speaker and "who" ("across the street").
            const MAX_PLACE: usize = 4;
            let Some(before) = j.checked_sub(1) else {
                return Agent::Unknown;
            };
            // "a poll worker from District 7, who testified": the comma before "who" too.
            let preposition = (j.saturating_sub(MAX_PLACE + 1)..j)
                .rev()
                .take_while(|&k| {
                    !toks[k].barrier
                        && (toks[k].punct.is_none() || (k + 1 == j && toks[k].punct == Some(',')))
                })
                .find(|&k| {
                    toks[k].locative
                        || lexicon::is_one_of(toks[k].word, lexicon::PLACE_PREPOSITIONS)
                        // "A former detainee at Marrin, who testified": a role's place.
                        || (k > 0
                            && toks[k - 1].role.is_some()
                            && toks[k - 1].punct.is_none()
                            && lexicon::is_one_of(toks[k].word, &["at", "from", "in"]))
                });
            // "Mr Arthur Penhale, a private shareholder from Wenholt who said": the named
            // person the role is set off after.
            if let Some(p) = preposition.filter(|&p| p > 0)
                && let Some(person) = mention_backward(lex, toks, p - 1)
                && matches!(
                    person.kind,
                    MentionKind::Role { .. } | MentionKind::Named(_)
                )
            {
                return agent_of(named_before_apposition(lex, toks, person));
            }
            return mention_backward(lex, toks, before)
                .map(|m| named_before_apposition(lex, toks, m))
                .map_or(Agent::Unknown, agent_of);
        }
        if let Some(head) = head_role_before(toks, j) {
            // "The Trump Campaign’s director of election day operations in Georgia told":
            // the role is the subject, what follows it qualifies it; read whole when it
            // reaches the verb ("a spokesman for the Popular Front told").
            if let Some(m) = mention_backward(lex, toks, head) {
                // "Dev Mistry, National Officer of the Union (UDU), said": the title is an
                // apposition; the name before it is the subject.
                if let Some(named) = m
                    .toks
                    .start
                    .checked_sub(1)
                    .filter(|&c| toks[c].punct == Some(','))
                    .and_then(|c| mention_backward(lex, toks, c))
                    .filter(|n| n.name().is_some_and(|name| !lex_org_like(lex, name)))
                    // "In Kaszany, the chairperson of a PEC told": a place after a
                    // preposition is no name the title is set off from.
                    .filter(|n| {
                        !n.toks
                            .start
                            .checked_sub(1)
                            .is_some_and(|p| toks[p].on(WordList::IntroOpeners))
                    })
                {
                    return agent_of(named);
                }
                // "US Secretary of State Antony Blinken said": a title read through to the
                // name is the named person.
                let whole = mention_forward(lex, toks, m.toks.start).filter(|w| {
                    w.toks.end == j + 1
                        && (std::mem::discriminant(&w.kind) == std::mem::discriminant(&m.kind)
                            || (matches!(m.kind, MentionKind::Role { .. })
                                && matches!(w.kind, MentionKind::Named(_))
                                && !w.roles.is_empty()))
                });
                let m = whole.unwrap_or(m);
                return agent_of(collective_of(toks, &m).unwrap_or(m));
            }
            // "Minister of Information and Public Communication Radoslav Čermin said": a
            // title whose words read backward make no phrase, read forward to the name.
            if toks[j].name
                && let Some(named) = mention_forward(lex, toks, head)
                    .filter(|w| w.toks.end == j + 1 && matches!(w.kind, MentionKind::Named(_)))
            {
                return agent_of(named);
            }
        }
        // "One driver who wrote to the Committee anonymously said": the person before the
        // relative clause, not the last noun in it.
        if let Some(person) = relative_subject(lex, toks, j) {
            return agent_of(person);
        }
        return match mention_backward(lex, toks, j).map(|m| organisation_before_place(lex, toks, m))
        {
            Some(m) => agent_of(
                one_of_before(lex, toks, &m)
                    .or_else(|| collective_of(toks, &m))
                    .or_else(|| led_by(lex, toks, &m))
                    .unwrap_or_else(|| with_role_before(lex, toks, m)),
            ),
            None => clause_subject(lex, toks, j).map_or(Agent::Unknown, agent_of),
        };
    }
    Agent::Unknown
}

/// "The Ministry of Health’s “National Cholera Plan”": the document a quoted title at token
/// `title` names, owned by the name before it, which speaks for its owner.
fn document_titled<'a>(toks: &[Tok<'a>], owner: Mention<'a>, title: usize) -> Mention<'a> {
    let Some(name) = owner.name().map(|n| Cow::Owned(n.to_owned())) else {
        return owner;
    };
    Mention {
        kind: MentionKind::Document {
            noun: "document",
            owner: Some(super::mentions::Owner::Named(name)),
        },
        surface: super::mentions::join_surface(toks, owner.toks.start, title + 1),
        roles: Roles::new(),
        orgs: owner.orgs,
        descriptor: None,
        toks: owner.toks.start..title + 1,
        start: owner.start,
        end: toks[title].end,
    }
}

/// "the Permanent Mission of Tesca to the United Nations Office at Geneva stated": a name
/// after "to", "at", "in" or "on" that follows an organisation's name says where the
/// organisation is; the organisation is the subject. So it does after people in general
/// ("Everyone on Marram Lane calls").
fn organisation_before_place<'a>(lex: &Lexicon, toks: &[Tok<'a>], m: Mention<'a>) -> Mention<'a> {
    /// Place phrases walked back over ("to the Office at Geneva").
    const MAX_PLACE_PHRASES: usize = 3;
    let mut head = m.clone();
    let mut found = None;
    for _ in 0..MAX_PLACE_PHRASES {
        let Some(mut p) = head.toks.start.checked_sub(1) else {
            break;
        };
        // "Activists in eastern Aleppo": a word for the part of a place.
        if p > 0 && is_part_of_place(&toks[p]) {
            p -= 1;
        }
        if !lexicon::is_one_of(toks[p].word, &["to", "at", "in", "on"])
            || p == 0
            || toks[p - 1].punct.is_some()
            || toks[p - 1].barrier
        {
            break;
        }
        let Some(before) = mention_backward(lex, toks, p - 1) else {
            break;
        };
        // "Everyone on Marram Lane calls it “the Crumble”": people in general somewhere.
        if before.kind == MentionKind::Generic {
            return before;
        }
        let organisation = match &before.kind {
            MentionKind::Named(name) => lex_org_like(lex, name),
            MentionKind::OrgByKind(_) => true,
            _ => false,
        };
        if !matches!(
            before.kind,
            MentionKind::Named(_) | MentionKind::OrgByKind(_)
        ) {
            break;
        }
        if organisation {
            found = Some(before.clone());
        }
        head = before;
    }
    found.unwrap_or(m)
}

/// "A group of residents said", "A coalition of 40 NGOs said", "a network of Syrian doctors":
/// the body of members before "of" speaks, as a group of the members' role when they have one
/// (`m` is the members' mention, read backward).
fn collective_of<'a>(toks: &[Tok<'a>], m: &Mention<'a>) -> Option<Mention<'a>> {
    /// The most words of a quantity ("more than 40").
    const MAX_QUANTITY: usize = 3;
    // "a network of Syrian doctors" may read back to "of" as part of the members' words.
    let of_inside = toks[m.toks.start].is("of");
    let mut k = m.toks.start + usize::from(of_inside);
    let quantity = |t: &Tok<'_>| {
        !t.barrier
            && t.punct.is_none()
            && (t.word.bytes().all(|b| b.is_ascii_digit() || b == b',')
                || lexicon::is_one_of(t.word, lexicon::QUANTITY_WORDS))
    };
    for _ in 0..MAX_QUANTITY {
        if k > 0 && quantity(&toks[k - 1]) {
            k -= 1;
        }
    }
    let of = if of_inside {
        m.toks.start
    } else {
        k.checked_sub(1)
            .filter(|&o| toks[o].is("of") && toks[o].punct.is_none())?
    };
    let noun_at = of.checked_sub(1)?;
    let noun = lexicon::COLLECTIVE_BODY_NOUNS
        .iter()
        .copied()
        .find(|n| toks[noun_at].is(n) && toks[noun_at].word.starts_with(char::is_lowercase))?;
    // "A group", "an alliance", "the coalition": its determiner within two words.
    let det = (noun_at.saturating_sub(2)..noun_at)
        .find(|&d| toks[d].determiner && toks[d..noun_at].iter().all(|t| t.punct.is_none()))?;
    let (role, plural) = match (&m.kind, m.roles.first()) {
        (MentionKind::Generic | MentionKind::Role { .. }, Some(&role)) => (role, true),
        _ => (noun, false),
    };
    // What the members' words say of them ("Syrian doctors", "former officials").
    let (qualifier, adjective) = match &m.kind {
        MentionKind::Role {
            qualifier,
            adjective,
            ..
        } if plural => (
            qualifier
                .as_deref()
                .map(|q| {
                    q.strip_prefix("of ")
                        .or_else(|| q.strip_prefix("Of "))
                        .unwrap_or(q)
                        .to_owned()
                })
                .filter(|q| !q.is_empty()),
            adjective.clone(),
        ),
        MentionKind::Generic if plural => {
            let words: Vec<&str> = toks[k..m.toks.end]
                .iter()
                .take_while(|t| t.role.is_none())
                .filter(|t| t.word.starts_with(char::is_lowercase) && !quantity(t))
                .map(|t| t.word)
                .collect();
            (None, (!words.is_empty()).then(|| words.join(" ")))
        }
        _ => (None, None),
    };
    Some(Mention {
        kind: MentionKind::Role {
            noun: role,
            qualifier,
            adjective,
            plural,
            definite: toks[det].is("the"),
        },
        surface: super::mentions::join_surface(toks, det, m.toks.end),
        roles: Roles::one(role),
        orgs: Vec::new(),
        descriptor: None,
        toks: det..m.toks.end,
        start: toks[det].start,
        end: m.end,
    })
}

/// Whether a word names a part of a place before its name ("eastern Aleppo", "rural
/// Damascus", "central Mali").
fn is_part_of_place(t: &Tok<'_>) -> bool {
    !t.barrier
        && t.punct.is_none()
        && t.word.starts_with(char::is_lowercase)
        && (t.word.ends_with("ern")
            || lexicon::is_one_of(
                t.word,
                &["central", "rural", "greater", "besieged", "occupied"],
            ))
}

/// "“…,” one of the people said": the group read backward is one of whom the text speaks.
fn one_of_before<'a>(lex: &Lexicon, toks: &[Tok<'a>], m: &Mention<'a>) -> Option<Mention<'a>> {
    let mut k = m.toks.start;
    if k > 0 && toks[k - 1].is("the") {
        k -= 1;
    }
    let one = k.checked_sub(2)?;
    if !(toks[one].is("one") && toks[one + 1].is("of")) {
        return None;
    }
    mention_forward(lex, toks, one).filter(|w| w.toks.end == m.toks.end)
}

/// "a Senate investigation chaired by Clyde R. Hoey noted", "the group led by Ana Ruiz said":
/// the name after a participle and "by" qualifies the subject before it.
fn led_by<'a>(lex: &Lexicon, toks: &[Tok<'a>], m: &Mention<'a>) -> Option<Mention<'a>> {
    let by = m.toks.start.checked_sub(1)?;
    let participle = by.checked_sub(1)?;
    let (b, p) = (&toks[by], &toks[participle]);
    if !b.is("by") || b.punct.is_some() || p.punct.is_some() || p.barrier {
        return None;
    }
    if !(p.word.ends_with("ed") && p.word.starts_with(char::is_lowercase)) {
        return None;
    }
    let subject = mention_backward(lex, toks, participle.checked_sub(1)?)?;
    (!matches!(subject.kind, MentionKind::Pronoun(_) | MentionKind::Generic)).then_some(subject)
}

/// "The Community’s secretary-general, Ilse Marquardt, described": a name set off by commas
/// right before token `j` (the verb's subject), not a noun a participle describes ("the
/// Stonewall Inn, termed").
fn appositive_name_before(toks: &[Tok<'_>], j: usize) -> bool {
    /// The longest name between the commas.
    const MAX_NAME: usize = 4;
    let Some(last) = j.checked_sub(1) else {
        return false;
    };
    let name_start = (last.saturating_sub(MAX_NAME)..=last)
        .rev()
        .take_while(|&k| {
            // "General Mirko Halas": a title or an honorific opens the name.
            let t = &toks[k];
            (t.name || (t.capitalized() && (t.role.is_some() || t.honorific)))
                && !t.barrier
                && (k == last || t.punct.is_none())
        })
        .last();
    name_start
        .and_then(|k| k.checked_sub(1))
        .is_some_and(|k| toks[k].punct == Some(','))
}

/// Whether a naming verb's object comes before "as" ("described lifting equipment at the site
/// as"): words, then "as", before any quotation mark.
fn object_before_as(toks: &[Tok<'_>], after_verb: usize) -> bool {
    /// The most words an object phrase has here.
    const MAX_OBJECT: usize = 8;
    let Some(first) = toks.get(after_verb) else {
        return false;
    };
    if first.barrier || first.is("as") {
        return false;
    }
    /// The most words before an "as" that the quotation follows at once ("described the
    /// mills in a 1923 address to the Manufacturers’ Association as “…”").
    const MAX_LONG_OBJECT: usize = 16;
    let near = toks[after_verb..]
        .iter()
        .take(MAX_OBJECT + 1)
        .take_while(|t| !t.barrier)
        .any(|t| t.is("as"));
    let run = toks[after_verb..]
        .iter()
        .take(MAX_LONG_OBJECT + 1)
        .take_while(|t| !t.barrier && !matches!(t.punct, Some('.' | ';' | ':')))
        .count();
    let before_quote = toks.get(after_verb + run).is_some_and(|t| t.quote)
        && run > 0
        && toks[after_verb + run - 1].is("as");
    near || before_quote
}

/// Whether an object stands between a naming verb and its quotation ("Lionel Dray, by then 64,
/// called the apology “…”", "Transparent Vote, which deployed 1,800 observers, called the
/// handling of complaints “…”"): the verb is active. "a post called “…”" and "termed a “…”"
/// have none.
fn object_before_quote(toks: &[Tok<'_>], after_verb: usize) -> bool {
    /// The most words an object phrase has here.
    const MAX_OBJECT: usize = 8;
    let Some(first) = toks.get(after_verb) else {
        return false;
    };
    let opens_object = !first.barrier
        && first.punct.is_none()
        && !lexicon::is_one_of(
            first.word,
            &["a", "an", "by", "as", "to", "in", "on", "for"],
        )
        && (!first.function
            || first.determiner
            || lexicon::is_one_of(
                first.word,
                &[
                    "that", "this", "these", "those", "his", "her", "its", "their", "your", "our",
                    "my",
                ],
            ));
    if !opens_object {
        return false;
    }
    let run = toks[after_verb..]
        .iter()
        .take(MAX_OBJECT + 1)
        .take_while(|t| !t.barrier && t.punct.is_none() && t.verb.is_none())
        .count();
    (2..=MAX_OBJECT).contains(&run) && toks.get(after_verb + run).is_some_and(|t| t.quote)
}

/// "by his own count, “…”", "by Marrant’s account": whose reckoning it is, as "according to"
/// says. Returns the agent and the phrase's last token.
fn by_own_account<'a>(lex: &Lexicon, toks: &[Tok<'a>], i: usize) -> Option<(Agent<'a>, usize)> {
    if !toks[i].is("by") || toks[i].punct.is_some() {
        return None;
    }
    let owner = toks
        .get(i + 1)
        .filter(|t| !t.barrier && t.punct.is_none())?;
    let mut k = i + 2;
    if toks
        .get(k)
        .is_some_and(|t| t.is("own") && t.punct.is_none())
    {
        k += 1;
    }
    let noun = toks.get(k).filter(|t| !t.barrier)?;
    if !lexicon::is_one_of(noun.bare(), lexicon::RECKONING_NOUNS) {
        return None;
    }
    let agent = match possessive_pronoun(toks, i + 1) {
        Some(pronoun) => Agent::Mention(pronoun),
        None if owner.possessive() && owner.name => agent_of(mention_backward(lex, toks, i + 1)?),
        None => return None,
    };
    Some((agent, k))
}

/// The possessive pronoun at token `at` ("his", "her", "its", "their") as a mention of whom it
/// stands for.
fn possessive_pronoun<'a>(toks: &[Tok<'a>], at: usize) -> Option<Mention<'a>> {
    use super::mentions::Pronoun;
    let t = toks.get(at)?;
    let pronoun = match t.word.to_ascii_lowercase().as_str() {
        "his" | "her" => Pronoun::Person,
        "its" => Pronoun::Thing,
        "their" => Pronoun::Plural,
        _ => return None,
    };
    Some(Mention {
        kind: MentionKind::Pronoun(pronoun),
        surface: Cow::Borrowed(t.word),
        roles: Roles::new(),
        orgs: Vec::new(),
        descriptor: None,
        toks: at..at + 1,
        start: t.start,
        end: t.end,
    })
}

/// "In his view", "In Lady Sorrell’s view", "In the Council’s opinion" opening a sentence:
/// whose view it is, and the token of "view".
fn opening_view<'a>(lex: &Lexicon, toks: &[Tok<'a>]) -> Option<(Agent<'a>, usize)> {
    use super::mentions::{Pronoun, possessive_pronoun_of};
    let is_view = |k: usize| toks.get(k).is_some_and(|n| n.is("view") || n.is("opinion"));
    let owner = toks.get(1).filter(|n| !n.barrier && n.punct.is_none())?;
    // "In my view": the author's, which the sentence's verbs say already.
    let pronoun = possessive_pronoun_of(owner)
        .filter(|p| matches!(p, Pronoun::Person | Pronoun::Plural | Pronoun::Thing));
    if let Some(kind) = pronoun {
        return is_view(2).then(|| (agent_of(Mention::pronoun_at(toks, 1, kind)), 2));
    }
    let named = mention_forward(lex, toks, 1)?;
    let end = named.toks.end;
    (end > 1 && toks[end - 1].possessive() && toks[end - 1].punct.is_none() && is_view(end))
        .then(|| (agent_of(named), end))
}

/// "According to him", "in the words of her": an object pronoun after the preposition.
fn object_pronoun<'a>(toks: &[Tok<'a>], i: usize) -> Option<Mention<'a>> {
    use super::mentions::Pronoun;
    let t = toks.get(i).filter(|t| !t.barrier)?;
    let kind = if t.is("him") || t.is("her") {
        Pronoun::Person
    } else if t.is("them") {
        Pronoun::Plural
    } else {
        return None;
    };
    Some(Mention::pronoun_at(toks, i, kind))
}

/// "A woman from Kessik, who had walked for six days, said": the person a place phrase
/// describes, not the place.
fn role_before_place<'a>(lex: &Lexicon, toks: &[Tok<'a>], m: Mention<'a>) -> Mention<'a> {
    let mut k = m.toks.start;
    if k > 0 && toks[k - 1].is("the") {
        k -= 1;
    }
    // "on Lanne Street": a street's name, which says where, whatever the preposition.
    let street = m.name().is_some_and(|n| {
        n.rsplit(' ')
            .next()
            .is_some_and(|w| lexicon::is_one_of(w, lexicon::STREET_WORDS))
    });
    let opens_place = |t: &Tok<'_>| {
        t.locative
            || lexicon::is_one_of(t.word, lexicon::PLACE_PREPOSITIONS)
            || (street && (t.is("on") || t.is("at")))
    };
    let place = m.name().is_some_and(|n| !lex_org_like(lex, n))
        && k >= 2
        && toks[k - 1].punct.is_none()
        && opens_place(&toks[k - 1]);
    if !place {
        return m;
    }
    let one_role =
        |person: &Mention<'_>| matches!(person.kind, MentionKind::Role { plural: false, .. });
    if let Some(person) = mention_backward(lex, toks, k - 2).filter(one_role) {
        return person;
    }
    // "A soldier at a checkpoint on Lanne Street": the role before a place phrase of its own.
    /// The most words of the place phrase between the role and the name's preposition.
    const MAX_PLACE_PHRASE: usize = 4;
    let preposition = (k.saturating_sub(MAX_PLACE_PHRASE + 1)..k - 1)
        .rev()
        .take_while(|&p| toks[p].punct.is_none() && !toks[p].barrier && !toks[p].name)
        .find(|&p| opens_place(&toks[p]) || toks[p].is("at"));
    preposition
        .filter(|&p| p > 0)
        .and_then(|p| mention_backward(lex, toks, p - 1))
        .filter(one_role)
        .unwrap_or(m)
}

/// "A Danish diplomat who has followed the mediation called": the person before a relative
/// clause (its own verb included) that ends at token `j`, right before the verb.
fn relative_subject<'a>(lex: &Lexicon, toks: &[Tok<'a>], j: usize) -> Option<Mention<'a>> {
    /// How many words the relative clause may have.
    const REACH: usize = 10;
    // "A woman from the Old Quarter whose two sons had fought with the Brigade said".
    let who = (j.saturating_sub(REACH)..j)
        .rev()
        .take_while(|&k| !toks[k].barrier && toks[k].punct.is_none())
        .find(|&k| toks[k].is("who") || toks[k].is("whose"))?;
    // "A defector from the 47th Brigade of the TAF, who served …, told": the role, whose
    // organisation the name is.
    let person = with_role_before(lex, toks, mention_backward(lex, toks, who.checked_sub(1)?)?);
    matches!(
        person.kind,
        MentionKind::Named(_) | MentionKind::Role { .. }
    )
    .then_some(person)
}

/// "a spokesman for the Popular Front told": a name read backward from the verb may be the
/// organisation of a role before it; the whole phrase is the subject. "Ruth Kimani of
/// Eastbridge University argued": the person before "of", "at" or "from" an organisation is.
/// "An editorial in the Talvera Courier argued": the document is.
fn with_role_before<'a>(lex: &Lexicon, toks: &[Tok<'a>], m: Mention<'a>) -> Mention<'a> {
    let mut k = m.toks.start;
    // "a defector from the 47th Brigade": an ordinal belongs to the name.
    if k > 0 && super::names::is_ordinal(toks[k - 1].word) && toks[k - 1].punct.is_none() {
        k -= 1;
    }
    if k > 0 && toks[k - 1].is("the") {
        k -= 1;
    }
    // "A letter from IGT to the District Administration, …, asks": the addressee of a document
    // is not the subject; the document is.
    if k >= 1 && toks[k - 1].is("to") && toks[k - 1].punct.is_none() {
        /// How far back the document's noun may stand ("a letter from IGT to").
        const MAX_BACK: usize = 6;
        let document = (k.saturating_sub(MAX_BACK)..k - 1)
            .rev()
            .take_while(|&d| toks[d].punct.is_none() && !toks[d].barrier)
            .find(|&d| toks[d].document.is_some());
        if let Some(d) = document {
            let start = if d > 0 && toks[d - 1].determiner {
                d - 1
            } else {
                d
            };
            if let Some(doc) = mention_forward(lex, toks, start)
                .filter(|m| matches!(m.kind, MentionKind::Document { .. }))
            {
                return doc;
            }
        }
    }
    let of_org = k >= 2
        && ["of", "at", "from"].iter().any(|w| toks[k - 1].is(w))
        && toks[k - 2].name
        && toks[k - 2].punct.is_none()
        && m.name().is_some_and(|n| lex_org_like(lex, n));
    if of_org
        && let Some(person) = mention_backward(lex, toks, k - 2)
        && person.name().is_some_and(|n| !lex_org_like(lex, n))
    {
        return person;
    }
    // "everyone at the company called": the people of the place, not the place.
    if k >= 2
        && ["of", "at", "from", "in"].iter().any(|w| toks[k - 1].is(w))
        && toks[k - 2].generic
        && toks[k - 2].punct.is_none()
        && matches!(m.kind, MentionKind::OrgByKind(_) | MentionKind::Named(_))
        && let Some(people) =
            mention_backward(lex, toks, k - 2).filter(|p| matches!(p.kind, MentionKind::Generic))
    {
        return people;
    }
    // "An editorial in the Talvera Courier argued": the document, which the publication owns.
    if k >= 2
        && toks[k - 1].is("in")
        && toks[k - 2].document.is_some()
        && let Some(document) = mention_backward(lex, toks, k - 2)
            .and_then(|d| mention_forward(lex, toks, d.toks.start))
            .filter(|d| matches!(d.kind, MentionKind::Document { owner: Some(_), .. }))
    {
        return document;
    }
    // "A labour inspector based in Tarnow": a participle of place between the role and its link.
    let placed = k >= 3
        && lexicon::is_one_of(
            toks[k - 2].word,
            &["based", "stationed", "posted", "living", "working"],
        )
        && toks[k - 2].punct.is_none();
    let role_at = if placed { k - 3 } else { k.saturating_sub(2) };
    let linked = k >= 2
        && lexicon::ROLE_LINKS.contains(&toks[k - 1].word)
        && toks[k - 1].punct.is_none()
        && toks[role_at].role.is_some()
        && toks[role_at].punct.is_none();
    if !linked {
        return m;
    }
    let role = mention_backward(lex, toks, role_at);
    if let Some(whole) = role
        .as_ref()
        .and_then(|role| mention_forward(lex, toks, role.toks.start))
        .filter(|whole| whole.toks.end == m.toks.end)
    {
        return whole;
    }
    // "A 52-year-old farmer from Ostim told": a place after the role; the role speaks.
    let org = m.name().filter(|n| lex_org_like(lex, n)).map(str::to_owned);
    // "Women at Ruvesi told": people at a place.
    let place =
        (toks[k - 1].is("from") || toks[k - 1].is("in") || toks[k - 1].is("at")) && org.is_none();
    match role {
        Some(role)
            if place && matches!(role.kind, MentionKind::Role { .. } | MentionKind::Generic) =>
        {
            role
        }
        // "A defector from the 47th Brigade of the TAF": the role speaks, of that organisation.
        Some(mut role) if matches!(role.kind, MentionKind::Role { .. }) && org.is_some() => {
            role.orgs.extend(org.map(Cow::Owned));
            role
        }
        _ => m,
    }
}

/// The role noun heading a subject that a prepositional phrase follows ("director of election
/// day operations in Georgia", "attorney in Wisconsin"), when token `j` ends that phrase.
fn head_role_before(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    /// How many words the qualifying phrase may have.
    const REACH: usize = 8;
    let from = j.saturating_sub(REACH);
    for k in (from..j).rev() {
        let t = &toks[k];
        if t.barrier || t.punct.is_some() || t.verb.is_some() || t.paren_close {
            return None;
        }
        if t.role.is_some()
            && !t.plural_role
            && toks
                .get(k + 1)
                .is_some_and(|n| lexicon::ROLE_LINKS.contains(&n.word) && n.word != "to")
        {
            return Some(k);
        }
    }
    None
}

/// A comma right before the verb: ", who …, said", ", a columnist for Forbes, wrote", or the
/// subject itself set off by commas ("the State’s GOP chair, Laura Cox, told").
fn parenthetical_subject<'a>(lex: &Lexicon, toks: &[Tok<'a>], j: usize, after: usize) -> Agent<'a> {
    const ROLE_WITHIN: usize = 6;
    // "amendment to Law No. 41/2018,": an abbreviation's period is no edge.
    let abbreviation = |t: &Tok<'_>| {
        t.punct == Some('.') && lexicon::is_abbreviation(t.word.trim_end_matches('.'))
    };
    let mut open = (0..j)
        .rev()
        .find(|&k| (toks[k].punct.is_some() && !abbreviation(&toks[k])) || toks[k].barrier);
    // "His internal email, dated March 3, 2013, read": the comma inside a date is no edge.
    // ("from March 2021, seen by …": a year ends the phrase; only a day's comma is inside.)
    if let Some(k) = open
        && k > 0
        && toks[k].punct == Some(',')
        && toks[k].word.len() <= 2
        && toks[k].word.bytes().all(|b| b.is_ascii_digit())
        && lexicon::is_month(toks[k - 1].word)
    {
        open = (0..k - 1)
            .rev()
            .find(|&c| toks[c].punct.is_some() || toks[c].barrier);
    }
    let inner_start = open.map_or(0, |k| k + 1);
    let inner = &toks[inner_start..=j];
    let first = &inner[0];

    // "the broker Tamberlane, which, according to Menvira, had assured it": who reports it is
    // no subject; the subject stands before.
    if first.is("according")
        && inner.get(1).is_some_and(|t| t.is("to"))
        && let Some(k) = open.filter(|&k| k > 0 && toks[k].punct == Some(','))
    {
        // "telephoned the duty officer and, according to the duty officer’s log, said": the
        // subject of the verb the coordinator joins, not its object.
        if toks[k].on(WordList::Coordinators) {
            return coordinated_subject(lex, toks, k).map_or(Agent::Unknown, agent_of);
        }
        return subject_at(lex, toks, k, after);
    }
    // "A nurse, who asked to be identified only as Leila, said", "A teacher, whom we call
    // Samir, said": the name the clause gives the subject is who speaks.
    if first.on(WordList::Relatives)
        && let Some(name) = super::mentions::name_given_in_clause(lex, toks, inner_start, j)
    {
        return agent_of(name);
    }
    // "One of them, who has negotiated with SLA commanders since 2017, noted": one of the
    // people spoken of before, past the relative clause.
    if first.on(WordList::Relatives)
        && let Some(k) = open.filter(|&k| k >= 2 && toks[k].punct == Some(','))
        && let Some(one) = super::mentions::mention_forward(lex, toks, k - 2)
            .filter(|m| m.kind == MentionKind::Pronoun(Pronoun::One) && m.toks.end == k + 1)
    {
        return agent_of(one);
    }
    let is_parenthetical = first.on(WordList::Relatives)
        || first.determiner
        // "…, dated March 3, 2013, read": a participle's phrase.
        || (first.word.starts_with(char::is_lowercase)
            && (first.word.ends_with("ed")
                // "A senior central bank official, pointing to warnings in the report, said".
                || (first.word.len() > 5 && first.word.ends_with("ing") && !first.function)
                || lexicon::is_one_of(first.word, lexicon::IRREGULAR_PARTICIPLES)))
        || first.is("one")
        // "Lutfi, now in Kuldar, says", "Ms Orr, at the time a clerk, said": where or when.
        || first.on(WordList::IntroOpeners)
        || lexicon::is_one_of(first.word, lexicon::PARENTHETICAL_ADVERBS)
        // "Everett Stannard, Nathaniel’s grandson, described": a possessive's phrase.
        || (first.possessive() && inner.len() <= ROLE_WITHIN && inner.iter().all(|t| t.verb.is_none()))
        || inner
            .iter()
            .take(ROLE_WITHIN)
            .any(|t| t.role.is_some() && !t.name)
        || inner.iter().all(|t| !t.name && !t.capitalized());
    // "Smith, 45, a teacher, recalled": an age between the name and the apposition.
    let open = open.map(|k| {
        let age = |t: &Tok<'_>| t.punct == Some(',') && t.word.chars().all(|c| c.is_ascii_digit());
        if k > 0 && age(&toks[k]) && toks[k - 1].punct == Some(',') {
            k - 1
        } else {
            k
        }
    });
    // "the Minister of Defence, General Henri Lasalle, told": a titled name set off by commas
    // is the subject, not the title before it.
    // "The judge, Mr Justice Fordham, found": one name word after a title too.
    let titled_name = mention_forward(lex, toks, inner_start).filter(|m| {
        m.toks.end == j + 1
            && !m.roles.is_empty()
            && m.name().is_some_and(|n| {
                !lex_org_like(lex, n) && (n.contains(' ') || m.descriptor.is_some())
            })
    });
    // "Her department, the Department for Housing and Communities, later said": the
    // apposition names the subject.
    // A description in lower case names nobody ("Hezbollah, the Lebanese militant group,
    // denied": the subject is the name before it).
    let named_org = super::mentions::org_run(lex, toks, inner_start)
        .filter(|run| {
            run.end == j + 1
                && inner[0].determiner
                && toks[j].capitalized()
                && lex_org_like(lex, &run.name)
        })
        .map(|run| Mention {
            kind: MentionKind::Named(run.name.into()),
            surface: super::mentions::join_surface(toks, inner_start, j + 1)
                .trim_end_matches(',')
                .to_owned()
                .into(),
            roles: Roles::new(),
            orgs: Vec::new(),
            descriptor: None,
            toks: inner_start..j + 1,
            start: toks[inner_start].start,
            end: toks[j].end,
        });
    if let Some(org) = named_org
        && open.is_some_and(|k| toks[k].punct == Some(','))
    {
        return agent_of(org);
    }
    // "Soldane’s reply, printed beneath the letter, conceded": a speech noun set off before
    // the phrase speaks for its owner.
    if let Some(k) = open
        && is_parenthetical
        && toks[k].punct == Some(',')
        && toks[k].speech_noun
        && let Some(agent) = speech_noun_owner(lex, toks, k)
    {
        return agent;
    }
    // "The Ministry’s “National Energy Strategy,” adopted in June 2024, commits": the subject
    // is the titled document before the phrase set off.
    if let Some(k) = open
        && is_parenthetical
        && toks[k].barrier
        && toks[k].quote
        && toks[k].punct == Some(',')
    {
        return subject_at(lex, toks, k, after);
    }
    if let Some(k) = open
        && is_parenthetical
        && titled_name.is_none()
        && toks[k].punct == Some(',')
        && let Some(m) = mention_backward(lex, toks, past_reflexive(toks, past_side(toks, k)))
            .or_else(|| mention_before_number(lex, toks, k))
            .or_else(|| mention_before_parenthesis(lex, toks, k))
            .or_else(|| role_heading_phrase(lex, toks, k))
            .or_else(|| opening_word_set_off(toks, k, inner))
            .or_else(|| before_date_phrase(toks, k).and_then(|b| mention_backward(lex, toks, b)))
    {
        // "Mike Perham, a maintainer of Sidekiq, a popular Ruby developer tool, suggested":
        // the name before two appositions.
        let outer = (0..m.toks.start)
            .rev()
            .find(|&c| toks[c].punct.is_some() || toks[c].barrier)
            .filter(|&c| {
                toks[c].punct == Some(',')
                    && toks.get(c + 1).is_some_and(|t| t.determiner)
                    && toks[c + 1..k].iter().any(|t| t.role.is_some())
            })
            .and_then(|c| mention_backward(lex, toks, c))
            .filter(|n| n.name().is_some_and(|name| !lex_org_like(lex, name)));
        return agent_of(
            outer.unwrap_or_else(|| role_before_place(lex, toks, with_role_before(lex, toks, m))),
        );
    }
    match mention_backward(lex, toks, j) {
        // "An analyst interviewed by the paper, Daria Velk of the Institute for Strategic
        // Studies in Dorn, called": the name that opens the phrase set off, before the body
        // it is of and the body's place.
        Some(m) if first.name && open.is_some_and(|k| toks[k].punct == Some(',')) => {
            let person =
                with_role_before(lex, toks, organisation_before_place(lex, toks, m.clone()));
            agent_of(if person.toks.start == inner_start {
                person
            } else {
                m
            })
        }
        Some(m) => agent_of(m),
        None if open.is_none() => inverted(lex, toks, after),
        None => Agent::Unknown,
    }
}

/// "An internal email from March 2021, seen by the Guardian, warned": the token before a
/// phrase of a date that ends at token `k` ("from March 2021", "of 12 May 2020").
fn before_date_phrase(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    /// The most words of the date.
    const MAX_DATE: usize = 3;
    let date_word = |t: &Tok<'_>| {
        !t.barrier
            && (super::mentions::is_date_word(t.word)
                || (t.word.len() <= 2 && t.word.bytes().all(|b| b.is_ascii_digit())))
    };
    let first = (k.saturating_sub(MAX_DATE - 1)..=k).find(|&f| {
        toks[f..=k].iter().all(date_word) && toks[f..k].iter().all(|t| t.punct.is_none())
    })?;
    let preposition = first.checked_sub(1)?;
    let p = &toks[preposition];
    (lexicon::is_one_of(p.word, &["from", "of", "dated", "in", "on"]) && p.punct.is_none())
        .then(|| preposition.checked_sub(1))
        .flatten()
}

/// The token a subject ends on before the phrase set off at `k`: past a side named in
/// parentheses right after a name ("Mr. Dravic (Quillon), introducing his report, said").
fn past_side(toks: &[Tok<'_>], k: usize) -> usize {
    /// The most words of the side's name.
    const MAX_SIDE: usize = 4;
    if !toks[k].paren_close {
        return k;
    }
    (k.saturating_sub(MAX_SIDE)..=k)
        .rev()
        .find(|&o| toks[o].paren_open)
        .filter(|&o| {
            o > 0 && toks[o - 1].name && toks[o - 1].punct.is_none() && !toks[o - 1].barrier
        })
        .map_or(k, |o| o - 1)
}

/// "Ahmed, a 27-year-old from Homs, said", "Ahmed (not his real name), 27, said": one
/// capitalized word that opens the sentence, set off by the comma at `k` before a description
/// that opens on "a" or "an" or before an age, is a name, though the text writes it nowhere
/// else.
fn opening_word_set_off<'a>(
    toks: &[Tok<'a>],
    k: usize,
    description: &[Tok<'a>],
) -> Option<Mention<'a>> {
    // "Ahmed (not his real name), a 27-year-old": past a parenthesis after the word.
    let k = if toks[k].paren_close {
        (0..=k)
            .rev()
            .find(|&o| toks[o].paren_open)?
            .checked_sub(1)?
    } else {
        k
    };
    // "a 27-year-old from Homs", or an age ("Ahmed, 27, said").
    // "Kalyvas, in his 2006 book, argues", "Kaldor, in a later essay, insists": where the
    // person said it, in a work of theirs.
    /// The most words before the work's noun ("a later essay").
    const WORK_WITHIN: usize = 4;
    let in_a_work = description.first().is_some_and(|d| d.is("in"))
        && description.get(1).is_some_and(|d| {
            lexicon::is_one_of(d.word, &["his", "her", "their"])
                || ((d.is("a") || d.is("an"))
                    && description
                        .iter()
                        .take(WORK_WITHIN)
                        .any(|w| w.document.is_some() || w.work))
        });
    let described = in_a_work
        || description.first().is_some_and(|d| {
            d.is("a")
                || d.is("an")
                || (d.punct == Some(',') && d.word.bytes().all(|b| b.is_ascii_digit()))
        });
    if k != 0 || !described {
        return None;
    }
    word_as_name(toks, k)
}

/// The capitalized word at `k` as a person's name of one word, when nothing else reads it
/// (no function word, role, verb, document, organisation word or possessive).
fn word_as_name<'a>(toks: &[Tok<'a>], k: usize) -> Option<Mention<'a>> {
    let t = toks.get(k)?;
    let name = t.shaped
        && t.capitalized()
        && !t.function
        && t.role.is_none()
        && !t.possessive()
        && t.verb.is_none()
        && t.document.is_none()
        && !t.org_word
        && !t.generic;
    name.then(|| Mention {
        kind: MentionKind::Named(Cow::Borrowed(t.word)),
        surface: Cow::Borrowed(t.word),
        roles: Roles::new(),
        orgs: Vec::new(),
        descriptor: None,
        toks: k..k + 1,
        start: t.start,
        end: t.end,
    })
}

/// "Priya, picker, chilled section: “…”", "Dave, forklift driver, 14 years: “…”": one
/// capitalized word that opens the sentence, then a description in lower case (and numbers)
/// up to the colon at `colon`, as a bulletin or a collection of testimony sets out who speaks.
fn name_described_before_colon<'a>(toks: &[Tok<'a>], colon: usize) -> Option<Mention<'a>> {
    /// The most words of the description.
    const MAX_DESCRIPTION: usize = 8;
    let t = toks.first()?;
    let description = toks.get(1..=colon)?;
    let plain = |d: &Tok<'_>| {
        !d.barrier
            && d.verb.is_none()
            && !d.capitalized()
            && matches!(d.punct, None | Some(',') | Some(':'))
    };
    (colon >= 1
        && t.punct == Some(',')
        && description.len() <= MAX_DESCRIPTION
        && description.iter().all(plain))
    .then_some(())?;
    word_as_name(toks, 0)
}

/// "A source close to the negotiations, speaking on condition of anonymity, said": the role
/// that opens the phrase ending at token `k`, when the words after it are no clause.
fn role_heading_phrase<'a>(lex: &Lexicon, toks: &[Tok<'a>], k: usize) -> Option<Mention<'a>> {
    /// The most words of the phrase.
    const MAX_PHRASE: usize = 10;
    let start = (k.saturating_sub(MAX_PHRASE)..k)
        .rev()
        .find(|&c| toks[c].punct.is_some() || toks[c].barrier)
        .map_or(k.saturating_sub(MAX_PHRASE), |c| c + 1);
    let m = mention_forward(lex, toks, start)?;
    let rest = &toks[m.toks.end.min(k + 1)..=k];
    (matches!(m.kind, MentionKind::Role { plural: false, .. })
        && m.toks.end <= k
        && rest
            .iter()
            .all(|t| t.verb.is_none() && !t.is("who") && !t.is("that")))
    .then_some(m)
}

/// "according to data published by the World Bank", "according to estimates from the UN
/// refugee agency": whoever gave the numbers that follow "according to" at token `at`.
fn source_of_data<'a>(lex: &Lexicon, toks: &[Tok<'a>], at: usize) -> Option<Mention<'a>> {
    /// Words between "according to" and "by" or "from" ("figures compiled").
    const MAX_WORDS: usize = 4;
    let link = (at..toks.len().min(at + MAX_WORDS + 1))
        .take_while(|&k| !toks[k].barrier && (k == at || toks[k - 1].punct.is_none()))
        .find(|&k| toks[k].is("by") || toks[k].is("from"))?;
    // Only numbers' nouns and their participles stand before it, no name.
    if toks[at..link]
        .iter()
        .any(|t| t.capitalized() || t.role.is_some() || !t.word.starts_with(char::is_lowercase))
        || !lexicon::is_one_of(toks[at].bare(), lexicon::DATA_NOUNS)
    {
        return None;
    }
    mention_forward(lex, toks, link + 1).filter(|m| {
        matches!(
            m.kind,
            MentionKind::Named(_) | MentionKind::OrgByKind(_) | MentionKind::Role { .. }
        )
    })
}

/// "The Federation itself,": the token before an emphatic reflexive at `k`, else `k`.
fn past_reflexive(toks: &[Tok<'_>], k: usize) -> usize {
    if toks[k].reflexive && k > 0 && toks[k - 1].punct.is_none() && !toks[k - 1].barrier {
        k - 1
    } else {
        k
    }
}

/// "Aldstrom City Hospital No. 2,", "District 4,": the name before a number that ends at
/// token `k`.
fn mention_before_number<'a>(lex: &Lexicon, toks: &[Tok<'a>], k: usize) -> Option<Mention<'a>> {
    let number = toks[k].bare().trim_end_matches([',', '.']);
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut j = k.checked_sub(1)?;
    if ["No.", "No", "no.", "Number"].contains(&toks[j].word) {
        j = j.checked_sub(1)?;
    }

    if toks[j].punct.is_some() || toks[j].barrier {
        return None;
    }
    mention_backward(lex, toks, j)
}

/// "Lidra (not her real name), 34,": the name before a parenthesis that ends at token `k`.
fn mention_before_parenthesis<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    k: usize,
) -> Option<Mention<'a>> {
    /// The most words such a parenthesis holds.
    const MAX_PARENTHESIS: usize = 6;
    if !toks[k].paren_close {
        return None;
    }
    let open = (k.saturating_sub(MAX_PARENTHESIS)..=k)
        .rev()
        .find(|&o| toks[o].paren_open)?;
    let j = open.checked_sub(1)?;
    if toks[j].punct.is_some() || toks[j].barrier {
        return None;
    }
    mention_backward(lex, toks, j)
}

/// The mention right after a verb (and its listener): "said the diplomat", "told me Salkhou".
/// Only someone who can speak inverts so; a document after the verb is its object ("“…,”
/// wrote a post").
fn inverted<'a>(lex: &Lexicon, toks: &[Tok<'a>], after: usize) -> Agent<'a> {
    let object = lex.verb_object_at(toks, after);
    // "“…,” said her neighbour, Fatima": someone of a role, related to a person named before
    // (not "told her").
    let owned_role = toks.get(after).is_some_and(|t| {
        !t.barrier && t.punct.is_none() && lexicon::is_one_of(t.word, lexicon::POSSESSIVE_PRONOUNS)
    }) && toks
        .get(after + 1)
        .is_some_and(|t| !t.barrier && t.role.is_some());
    let found = owned_role
        .then(|| mention_backward(lex, toks, after + 1))
        .flatten()
        .filter(|m| m.toks.start == after && matches!(m.kind, MentionKind::Role { .. }))
        .or_else(|| {
            // "said his brother, Omar": a relative the text names after the kinship.
            let kin_named = toks.get(after).is_some_and(|t| {
                !t.barrier && lexicon::is_one_of(t.word, lexicon::POSSESSIVE_PRONOUNS)
            }) && toks.get(after + 1).is_some_and(|t| {
                !t.barrier
                    && t.punct == Some(',')
                    && lexicon::is_one_of(t.word.trim_end_matches(','), lexicon::KIN_ROLES)
            });
            kin_named
                .then(|| mention_forward(lex, toks, after + 2))
                .flatten()
                .filter(|m| matches!(m.kind, MentionKind::Named(_)))
        })
        .or_else(|| mention_forward(lex, toks, after + object));
    match found {
        Some(m)
            if matches!(
                m.kind,
                MentionKind::Named(_) | MentionKind::Role { .. } | MentionKind::Pronoun(_)
            ) =>
        {
            // "said a 45-year-old mother of four, Sevda": the person the role introduces.
            agent_of(named_after_role(lex, toks, &m).unwrap_or(m))
        }
        // "“…,” reads her entry for 2 a.m.", "“Keep out,” read the sign": a document's words;
        // "“…,” said the ministry": a body's.
        Some(m)
            if matches!(
                m.kind,
                MentionKind::Document { .. } | MentionKind::OrgByKind(_)
            ) =>
        {
            agent_of(m)
        }
        _ => Agent::Unknown,
    }
}

/// The subject of a participle: after a comma or a coordinator it is the clause's ("Cohen
/// forwarded the study, adding"); right after a document it is the document ("a letter
/// indicating"); opening the sentence, it is the subject after the participial phrase
/// ("Warning that “…,” he elaborated").
fn participle_agent<'a>(lex: &Lexicon, toks: &[Tok<'a>], v: usize) -> Agent<'a> {
    let opens = toks[..v]
        .iter()
        .all(|t| t.barrier || !t.word.chars().any(char::is_alphabetic));
    if opens {
        let comma = (v..toks.len()).find(|&k| toks[k].punct == Some(','));
        return comma
            .and_then(|k| mention_forward(lex, toks, k + 1))
            .map_or(Agent::Unknown, agent_of);
    }
    let previous = &toks[v - 1];
    // "Ibrahim Traoré was quoted by Reuters as saying": who was quoted, not the outlet that
    // quoted them.
    if previous.is("as")
        && previous.punct.is_none()
        && let Some(quoted) = (v.saturating_sub(8)..v - 1)
            .rev()
            .take_while(|&k| !toks[k].barrier && toks[k].punct.is_none())
            .find(|&k| toks[k].is("quoted") && toks.get(k + 1).is_some_and(|n| n.is("by")))
        && quoted >= 2
        && toks[quoted - 1].on(WordList::BeForms)
        && let Some(subject) = mention_backward(lex, toks, quoted - 2)
            .filter(|m| matches!(m.kind, MentionKind::Named(_) | MentionKind::Role { .. }))
    {
        return agent_of(subject);
    }
    // "records the Claimant as saying", "quote Councillor Ada Frane as saying": the person
    // quoted is the speaker, not the document or writer quoting them.
    if previous.is("as")
        && previous.punct.is_none()
        && let Some(quoted) = v
            .checked_sub(2)
            .and_then(|k| mention_backward(lex, toks, k))
            .filter(|m| matches!(m.kind, MentionKind::Named(_) | MentionKind::Role { .. }))
    {
        return agent_of(quoted);
    }
    if previous.punct.is_some() || previous.barrier || previous.on(WordList::Coordinators) {
        // "The governor of the province, Dorcas Membele, wrote that …, adding: “…”": who said
        // the earlier thing in the sentence adds this one. The sentence's first verb of saying,
        // not one inside what it reports ("the funds promised by Tavessi").
        if let Some(earlier) = (0..v).find(|&k| {
            toks[k]
                .verb
                .is_some_and(|verb| !verb.naming && verb.form == VerbForm::Past)
        }) && let Agent::Mention(m) = verb_agent(lex, toks, earlier, earlier + 1)
            && matches!(m.kind, MentionKind::Named(_) | MentionKind::Pronoun(_))
        {
            return Agent::Mention(m);
        }
        return clause_subject(lex, toks, v).map_or(Agent::Unknown, |m| subject_agent(toks, m));
    }
    // "in which the mayor can be heard telling officials to “…”": who is heard or seen saying
    // it, the subject before the passive.
    if lexicon::is_one_of(previous.word, lexicon::PERCEPTION_PARTICIPLES)
        && previous.punct.is_none()
    {
        let mut k = v - 1;
        while k > 0
            && toks[k - 1].punct.is_none()
            && lexicon::is_one_of(toks[k - 1].word, lexicon::PASSIVE_AUXILIARIES)
        {
            k -= 1;
        }
        if k < v - 1
            && k > 0
            && let Some(m) = mention_backward(lex, toks, k - 1)
                .filter(|m| !matches!(m.kind, MentionKind::Document { .. }))
        {
            return agent_of(m);
        }
    }
    // "the same recording has me saying “…”", "heard him saying": the person the object
    // pronoun stands for says it.
    let object = if previous.is("me") || previous.is("us") {
        Some(Pronoun::First)
    } else if previous.is("him") || previous.is("her") {
        Some(Pronoun::Person)
    } else {
        None
    };
    if let Some(kind) = object {
        return agent_of(Mention::pronoun_at(toks, v - 1, kind));
    }
    // "a letter indicating that": a document right before the participle speaks; a person
    // there is usually an object ("texted Senator Johnson expressing"), so the clause's
    // subject speaks.
    if let Some(m) = mention_backward(lex, toks, v - 1)
        && matches!(m.kind, MentionKind::Document { .. })
    {
        return agent_of(m);
    }
    // "I began by saying to him, ‘…’": the "I" that opens the sentence.
    if previous.is("by")
        && previous.punct.is_none()
        && toks
            .first()
            .is_some_and(|t| t.word == "I" && t.punct.is_none())
    {
        return agent_of(Mention::pronoun_at(toks, 0, Pronoun::First));
    }
    clause_subject(lex, toks, v).map_or(Agent::Unknown, |m| subject_agent(toks, m))
}

/// The subject of the verb before a coordinator ("she looked at bystanders and shouted"): the
/// mention right before the nearest earlier verb, else the clause's subject.
fn coordinated_subject<'a>(lex: &Lexicon, toks: &[Tok<'a>], and: usize) -> Option<Mention<'a>> {
    /// How far back the earlier verb may be.
    const REACH: usize = 12;
    /// How far back a verb of saying may be whose "that" clause the coordinated verb follows
    /// ("found that fewer than a third of the committees in six districts met regularly and
    /// described").
    const SAYS_THAT_REACH: usize = 20;
    // "Mr Ellingham … accepted that his client had not asked why the Claimant had been
    // selected, but submitted that": after a comma, the verb coordinated with is the first verb
    // of saying, not the last verb of a clause inside its object.
    // "Soldane’s reply conceded that the order had changed but called it “…”": so does a verb
    // of saying whose "that" clause the coordinated verb follows.
    // "When the chair asked who had given the order, Keth named … and added": past a
    // subordinate clause that opens the sentence.
    // "had heard a commander speak of “…” and tell his men": a plain verb after the object of
    // a verb of hearing shares that object as its subject.
    let perceived = (and.saturating_sub(REACH)..and)
        .rev()
        .take_while(|&k| !toks[k].barrier || toks[k].quote)
        .find(|&k| toks[k].verb.is_some())
        .filter(|&k| {
            toks[k].verb.is_some_and(|v| v.form == VerbForm::Base)
                && super::words::after_perceived(toks, k)
        });
    if let Some(k) = perceived
        && let Some(m) = mention_backward(lex, toks, k - 1)
    {
        return Some(m);
    }
    let main_from = toks
        .first()
        .filter(|t| !t.barrier && lexicon::is_one_of(t.word, lexicon::SUBORDINATORS))
        .and_then(|_| (1..and).find(|&k| toks[k].punct == Some(',')))
        .map_or(0, |comma| comma + 1);
    let first_says = (main_from..and)
        .take_while(|&k| !matches!(toks[k].punct, Some('.' | ';')))
        .find(|&k| toks[k].verb.is_some_and(|v| !v.naming));
    let says_that = first_says.is_some_and(|k| {
        let len = toks[k].verb.map_or(1, |v| usize::from(v.len));
        and - k <= SAYS_THAT_REACH
            && toks.get(k + len).is_some_and(|t| t.is("that"))
            && toks[k + len - 1].punct.is_none()
    });
    if and > 0 && (toks[and - 1].punct == Some(',') || says_that) {
        // "Soldane’s reply conceded": the owner of a speech noun.
        let subject = |k: usize| match subject_at(lex, toks, k - 1, k + 1) {
            Agent::Mention(m) => Some(m),
            _ if toks[k - 1].speech_noun => match speech_noun_owner(lex, toks, k - 1) {
                Some(Agent::Mention(m)) => Some(m),
                _ => None,
            },
            _ => None,
        };
        if let Some(m) = first_says.filter(|&k| k > 0).and_then(subject) {
            return Some(m);
        }
    }
    let from = and.saturating_sub(REACH);
    for k in (from.max(1)..and).rev() {
        let t = &toks[k];
        if t.barrier || matches!(t.punct, Some('.' | ';')) {
            break;
        }
        let verb_like = t.verb.is_some()
            || (t.word.ends_with("ed")
                && t.word.chars().next().is_some_and(char::is_lowercase)
                && t.role.is_none());
        if !verb_like {
            continue;
        }
        // The verb's own subject: fillers ("had", "also") and a relative ("who") aside.
        let mut j = k;
        while j > 0 && is_filler(&toks[j - 1]) {
            j -= 1;
        }
        if j > 0 && toks[j - 1].on(WordList::Relatives) {
            j -= 1;
            // "Keth named the district commander, who died in 2004, and added": a relative
            // clause set off by commas, and closed before the verb, is no clause the verb
            // after it is coordinated with ("Chesebro, who had edited the memo and called it"
            // is).
            if j > 0
                && toks[j - 1].punct == Some(',')
                && toks[k..and].iter().any(|t| t.punct == Some(','))
            {
                continue;
            }
        }
        if j == 0 || toks[j - 1].barrier {
            continue;
        }
        // "Leon Tarrant, 16, a pupil at Tavish Bridge High School, wrote … and asked": past
        // the apposition.
        if toks[j - 1].punct == Some(',')
            && let Agent::Mention(m) = parenthetical_subject(lex, toks, j - 1, k)
        {
            return Some(m);
        }
        if let Some(m) = mention_backward(lex, toks, j - 1) {
            return Some(m);
        }
    }
    clause_subject(lex, toks, and)
}

/// The subject of the clause that contains token `upto`: the first mention after any
/// introductory phrase ("On September 22, 2015, Cohen …").
pub(crate) fn clause_subject<'a>(
    lex: &Lexicon,
    toks: &[Tok<'a>],
    upto: usize,
) -> Option<Mention<'a>> {
    const MAX_INTRO: usize = 16;
    const MAX_INTROS: usize = 3;
    let upto = upto.min(toks.len());
    // The clause opens after a semicolon, or at a conjunction after a comma ("…, while many
    // residents have preferred to speak of …").
    let start = (0..upto)
        .rev()
        .find(|&k| {
            toks[k].punct == Some(';')
                || (k > 0
                    && toks[k - 1].punct == Some(',')
                    && lexicon::is_one_of(toks[k].word, lexicon::CLAUSE_CONJUNCTIONS))
        })
        .map_or(0, |k| k + 1);
    let mut s = start;
    while s < upto && toks[s].barrier {
        s += 1;
    }
    // Introductory phrases, one after another ("On the morning of January 6th, in his speech
    // at the Ellipse, President Trump …").
    for _ in 0..MAX_INTROS {
        let intro = toks.get(s).is_some_and(|t| {
            t.on(WordList::IntroOpeners)
                || (t.verb.is_some_and(|v| v.form == VerbForm::Participle))
                // "Asked whether the council had been too slow, he paused:".
                || (t.verb.is_some_and(|v| v.form == VerbForm::Past) && t.sentence_initial)
                // "In its written comments, reproduced in appendix II, the Agency said": a
                // participle's phrase after an opening one.
                || (s > start
                    && t.word.ends_with("ed")
                    && t.word.starts_with(char::is_lowercase)
                    && toks[s - 1].punct == Some(','))
                || (t.word.ends_with("ly") && t.punct == Some(','))
        });
        if !intro {
            break;
        }
        let end = (s..upto.min(s + MAX_INTRO)).find(|&k| {
            toks[k].punct == Some(',')
                && toks
                    .get(k + 1)
                    .is_some_and(|n| !n.word.starts_with(|c: char| c.is_ascii_digit()))
        });
        match end {
            Some(k) => s = k + 1,
            None => break,
        }
    }
    for k in s..upto {
        let t = &toks[k];
        if t.barrier {
            continue;
        }
        if t.verb.is_some() {
            break;
        }
        let may_open = t.name
            || t.role.is_some()
            || t.determiner
            || t.document.is_some()
            || t.generic
            || t.on(WordList::PossessivePronouns)
            || lexicon::is_one_of(t.word, &["he", "she", "it", "they"]);
        if !may_open {
            continue;
        }
        // A possessive alone ("Cohen's call") owns the subject, and a mention after a
        // preposition ("with Poliakova") is no subject.
        let governed = k > 0
            && lexicon::is_one_of(
                toks[k - 1].word,
                &[
                    "of", "with", "after", "to", "from", "for", "by", "about", "at", "on", "in",
                    "than",
                ],
            );
        if governed {
            continue;
        }
        if let Some(m) = mention_forward(lex, toks, k)
            && !(matches!(m.kind, MentionKind::Named(_)) && toks[m.toks.end - 1].possessive())
        {
            return Some(m);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::words::tokenize;
    use expect_test::{Expect, expect};

    /// Masks quoted text as the paragraph pass does, so that only narration is read.
    fn masked(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut inside = false;
        for c in text.chars() {
            let len = c.len_utf8();
            match c {
                '“' => {
                    inside = true;
                    out.push('\u{1}');
                    out.push_str(&" ".repeat(len - 1));
                }
                '”' => {
                    inside = false;
                    out.push_str(&" ".repeat(len));
                }
                _ if inside => out.push_str(&" ".repeat(len)),
                _ => out.push(c),
            }
        }
        out
    }

    /// The cues of a sentence (capitalized words read as names), one per line.
    fn check(text: &str, expect: Expect) {
        let lex = Lexicon::get();
        let masked = masked(text);
        let mut toks = tokenize(lex, text, &masked);
        for t in &mut toks {
            t.name = t.role.is_none()
                && !t.function
                && !lex.is_honorific(t.word)
                && t.word.chars().next().is_some_and(char::is_uppercase);
        }
        let lines: Vec<String> = cues(lex, &toks)
            .iter()
            .map(|c| {
                let who = match &c.agent {
                    Agent::Mention(m) => format!("{} “{}”", kind_name(&m.kind), m.surface),
                    other => format!("{other:?}"),
                };
                format!("{} → {who}", c.kind.label())
            })
            .collect();
        expect.assert_eq(&lines.join("\n"));
    }

    fn kind_name(kind: &MentionKind) -> &'static str {
        match kind {
            MentionKind::Pronoun(_) => "pronoun",
            MentionKind::Named(_) => "named",
            MentionKind::Role { .. } => "role",
            MentionKind::Document { .. } => "document",
            MentionKind::Generic => "generic",
            MentionKind::OrgByKind(_) => "organisation by kind",
        }
    }

    #[test]
    fn a_titled_name_set_off_by_commas_after_an_office_speaks() {
        check(
            "“Nothing moved,” the Minister of Defence, General Henri Lasalle, told reporters.",
            expect!["tell → named “General Henri Lasalle”"],
        );
    }

    #[test]
    fn a_name_before_a_capitalized_title_set_off_by_commas_speaks() {
        check(
            "Helen Mayhew, Operations Director at Freightline Logistics, said: “We were slow to raise pay.”",
            expect!["say → named “Helen Mayhew”"],
        );
    }

    #[test]
    fn a_name_before_a_title_of_an_organisation_speaks() {
        check(
            "Dev Mistry, National Officer of the United Drivers’ Union (UDU), said: “For fifteen years the rate went nowhere.”",
            expect!["say → named “Dev Mistry”"],
        );
    }

    #[test]
    fn a_titled_owner_of_a_speech_noun_speaks() {
        check(
            "This followed Judge Carter’s earlier determination in March that “the plan was illegal.”",
            expect![["in their words → named “Judge Carter’s”"]],
        );
    }

    #[test]
    fn the_subject_before_a_verb_of_saying_speaks() {
        check(
            "Joseph Steinberg, a cybersecurity columnist for Forbes, wrote that “some might argue.”",
            expect![["write → named “Joseph Steinberg”"]],
        );
    }

    #[test]
    fn a_verb_after_a_quote_takes_the_mention_after_it() {
        check(
            "“We expected it,” said Omar Salkhou, Aleppo commander.",
            expect![["say → named “Omar Salkhou”"]],
        );
    }

    #[test]
    fn a_coordinated_verb_takes_the_clause_subject() {
        check(
            "Rtskhiladze forwarded the email to an associate and wrote, “if we could organize.”",
            expect![["write → named “Rtskhiladze”"]],
        );
    }

    #[test]
    fn a_participle_after_a_comma_takes_the_clause_subject() {
        check(
            "On September 22, 2015, Cohen forwarded a study to Rtskhiladze, adding “I look forward.”",
            expect![["add → named “Cohen”"]],
        );
    }

    #[test]
    fn a_passive_with_by_names_its_agent_and_one_without_names_nobody() {
        check(
            "The enclaves, described by a newspaper story as “short-haired women”, grew.",
            expect![["describe → document “a newspaper story”"]],
        );
        check(
            "This practice is called “forking.”",
            expect![["call → Passive"]],
        );
    }

    #[test]
    fn according_to_and_in_the_words_of_name_the_speaker() {
        check(
            "Rebels sparked “really big fights,” according to Torvalds.",
            expect![["according to → named “Torvalds”"]],
        );
        check(
            "The Office identified contacts—“links,” in the words of the Appointment Order—between them.",
            expect![["according to → named “the Appointment Order”"]],
        );
    }

    #[test]
    fn a_generic_subject_gives_nobody() {
        check(
            "Witnesses attest that “the police rushed in”.",
            expect![["attest → Generic"]],
        );
    }

    #[test]
    fn calling_oneself_something_is_a_label() {
        check(
            "Drew Hamlett, who calls himself a “recovering magpie developer,” wrote a post.",
            expect![[r#"
                call → Reflexive
                write → named “Drew Hamlett”"#]],
        );
    }

    #[test]
    fn a_possessive_speech_noun_is_its_owners_words() {
        check(
            "His theory is that by making AGPL the default, “businesses will pay.”",
            expect![["in their words → pronoun “His”"]],
        );
        check(
            "the Python Software Foundation, whose mission is “to promote Python.”",
            expect![["in their words → named “the Python Software Foundation”"]],
        );
        check(
            "They record the chief executive’s reply that the rate reflected “a mature system”.",
            expect![[r#"
                record → pronoun “They”
                in their words → role “the chief executive’s”"#]],
        );
    }

    #[test]
    fn a_colon_lead_in_gives_the_clause_subject() {
        check(
            "Bob Kohler, who was walking his dog, saw the TPF arrive: “I had been in riots.”",
            expect![["a colon lead-in → named “Bob Kohler”"]],
        );
    }

    #[test]
    fn a_listener_after_told_is_not_the_speaker() {
        check(
            "Cohen told Sater that he was “setting up the meeting myself.”",
            expect![[r#"
                tell → named “Cohen”
                the subject before the quote → pronoun “he”"#]],
        );
    }
}
