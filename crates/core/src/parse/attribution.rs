//! Attribution: which quotes are speech, and who says each.
//!
//! Three passes over the body paragraphs:
//! 1. collect evidence: mentions with roles and organisations, places, organisation names, and
//!    for every quote the phrase that attributes it ("said X", "X told me", "He said ... “…”");
//! 2. build the [`Registry`] of people, organisations and anonymous groups from that evidence;
//! 3. resolve each quote in reading order: its own attribution first, then the attribution of the
//!    segment it continues, then the speaker of the sentence before (context). Pronouns resolve to
//!    the focus of the nearest earlier sentence: its speaker, or else its first named person.

use super::lexicon;
use super::mentions::{Mention, MentionKind, apposition, mention_backward, mention_forward};
use super::paragraph::Paragraph;
use super::registry::{Evidence, Registry, Who};
use super::words::{Lexicon, Tok, strip_possessive};
use crate::model::{Attribution, BlockKind, QuoteKind};
use crate::text::fold;
use std::collections::HashMap;

/// The verdict on one quote span.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Verdict {
    pub kind: QuoteKind,
    pub who: Option<Who>,
    pub attribution: Option<Attribution>,
}

impl Verdict {
    fn scare() -> Self {
        Verdict {
            kind: QuoteKind::Scare,
            who: None,
            attribution: None,
        }
    }
}

/// An attribution phrase found next to a quote.
#[derive(Clone, Debug)]
struct OwnAttribution {
    mention: Mention,
    /// For a phrase after the quote, the byte where it ends (the B-segment rule skips it).
    right_clause_end: Option<usize>,
}

/// Everything the passes learn, per paragraph and per span.
pub(crate) struct Analysis {
    pub registry: Registry,
    /// Verdicts, per paragraph, per span.
    pub verdicts: Vec<Vec<Verdict>>,
    /// People that each paragraph's narration says speak (indirect speech), for note runs.
    pub narrators: Vec<Vec<Who>>,
    /// Whether each span opens its sentence and reads as a sentence (for note evidence).
    pub sentence_like: Vec<Vec<bool>>,
}

/// Per-paragraph facts from the first pass.
#[derive(Default)]
struct ParagraphFacts {
    own: Vec<Option<OwnAttribution>>,
    /// Per sentence: the subject of its last verb of saying.
    said_by: Vec<Option<Mention>>,
    /// Per sentence: named and role mentions, in order, with their byte offset.
    mentions: Vec<Vec<(usize, Mention)>>,
}

/// Runs the three passes.
pub(crate) fn analyse(lex: &Lexicon, paragraphs: &[Paragraph<'_>]) -> Analysis {
    let mut evidence = Evidence::default();
    let facts: Vec<ParagraphFacts> = paragraphs
        .iter()
        .map(|p| collect(lex, p, &mut evidence))
        .collect();
    let registry = Registry::build(lex, &evidence);
    let mut resolver = Resolver {
        lex,
        registry,
        evidence,
        focus: Vec::new(),
        recency: HashMap::new(),
        clock: 0,
    };
    let mut verdicts = Vec::with_capacity(paragraphs.len());
    let mut narrators = Vec::with_capacity(paragraphs.len());
    let mut sentence_like = Vec::with_capacity(paragraphs.len());
    let mut carry: Option<(Who, Attribution)> = None;
    let mut previous_last_speaker: Option<(Who, Attribution)> = None;
    for (pi, (paragraph, fact)) in paragraphs.iter().zip(&facts).enumerate() {
        let previous = pi.checked_sub(1).map(|i| (&paragraphs[i], &facts[i]));
        let (v, n, s) = resolver.paragraph(
            paragraph,
            fact,
            previous,
            carry.take(),
            previous_last_speaker.take(),
        );
        let last_open = paragraph.spans.last().is_some_and(|s| !s.closed);
        if let Some(last) = v.iter().rev().find(|v| v.kind == QuoteKind::Speech)
            && let (Some(who), Some(attribution)) = (last.who, last.attribution)
        {
            previous_last_speaker = Some((who, attribution));
            if last_open && v.last() == Some(last) {
                carry = Some((who, attribution));
            }
        }
        verdicts.push(v);
        narrators.push(n);
        sentence_like.push(s);
    }
    Analysis {
        registry: resolver.registry,
        verdicts,
        narrators,
        sentence_like,
    }
}

/// First pass over one paragraph: mentions, places, organisation names, attributions.
fn collect(lex: &Lexicon, p: &Paragraph<'_>, evidence: &mut Evidence) -> ParagraphFacts {
    let mut facts = ParagraphFacts::default();
    for s in 0..p.sentence_ends.len() {
        let range = p.sentence_range(s);
        let toks = p.tokens(range.start, range.end);
        facts
            .mentions
            .push(scan_sentence(lex, p.block, toks, evidence));
        facts.said_by.push(last_speech_subject(lex, toks));
    }
    let speech_spans: Vec<usize> = (0..p.spans.len()).filter(|&i| !p.nickname[i]).collect();
    facts.own = vec![None; p.spans.len()];
    for (k, &i) in speech_spans.iter().enumerate() {
        let span = &p.spans[i];
        let next_open = speech_spans
            .get(k + 1)
            .map_or(p.text.len(), |&j| p.spans[j].open);
        let own = right_attribution(lex, p, span.close_end, next_open)
            .or_else(|| left_attribution(lex, p, span.open));
        if let Some(own) = &own
            && let MentionKind::Named(name) = &own.mention.kind
        {
            evidence.speaker_names.push(name.clone());
            evidence.named.push((own.mention.clone(), None));
        }
        facts.own[i] = own;
    }
    facts
}

/// Scans a sentence for mentions, places, organisation names and armed context.
fn scan_sentence(
    lex: &Lexicon,
    block: usize,
    toks: &[Tok<'_>],
    evidence: &mut Evidence,
) -> Vec<(usize, Mention)> {
    let runs = scan_names(lex, toks, evidence);
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !(t.determiner || t.role.is_some() || t.name) {
            // Only these can open a phrase that names someone.
            i += 1;
            continue;
        }
        match mention_forward(lex, toks, i) {
            Some(m) if !matches!(m.kind, MentionKind::Pronoun(_)) => {
                let end = m.toks.end;
                if matches!(m.kind, MentionKind::Named(_)) {
                    let app = toks
                        .get(end - 1)
                        .filter(|t| t.punct == Some(','))
                        .and_then(|_| apposition(toks, end));
                    // Only mentions that introduce someone (a role, an organisation, an
                    // apposition) teach the registry anything; attributions are added apart.
                    if !m.roles.is_empty() || !m.orgs.is_empty() || app.is_some() {
                        evidence.named.push((m.clone(), app));
                    }
                } else {
                    evidence.roles.push((block, m.clone()));
                }
                mentions.push((toks[i].start, m));
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    // Capitalized names near words such as "faction" or "commander" belong to armed groups.
    for (k, t) in toks.iter().enumerate() {
        if t.armed {
            for (at, name) in &runs {
                if at.abs_diff(k) <= 6 {
                    evidence.armed_context.insert(fold(name));
                }
            }
        }
    }
    mentions
}

/// Every run of capitalized words in a sentence: records places ("in Aleppo"), organisation
/// names ("Fateh al-Sham Front") and former names ("(formerly the Nusra Front)").
fn scan_names(lex: &Lexicon, toks: &[Tok<'_>], evidence: &mut Evidence) -> Vec<(usize, String)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if t.locative && t.punct.is_none() {
            let mut j = i + 1;
            if toks
                .get(j)
                .is_some_and(|n| n.word.eq_ignore_ascii_case("the"))
            {
                j += 1;
            }
            let run = name_run(toks, j);
            if !run.is_empty() && !run.iter().any(|w| lex.is_org_word(w)) {
                evidence.places.insert(fold(&run.join(" ")));
            }
        }
        let run = if t.barrier || !t.name {
            Vec::new()
        } else {
            name_run(toks, i)
        };
        if run.is_empty() {
            i += 1;
            continue;
        }
        let name = run
            .iter()
            .map(|w| strip_possessive(w).unwrap_or(w))
            .collect::<Vec<_>>()
            .join(" ");
        if run.iter().any(|w| lex.is_org_word(w)) {
            evidence.org_runs.push(name.clone());
        }
        let after = i + run.len();
        if toks.get(after).is_some_and(|n| n.word == "formerly") {
            let mut j = after + 1;
            while toks
                .get(j)
                .is_some_and(|n| matches!(n.word, "the" | "known" | "as"))
            {
                j += 1;
            }
            let former = name_run(toks, j);
            if !former.is_empty() {
                evidence.former_names.push((name.clone(), former.join(" ")));
            }
        }
        runs.push((i, name));
        i = after;
    }
    runs
}

/// The run of name words starting at `i` ("Harakat Nour al-Din al-Zinki"), possessive included.
fn name_run<'a>(toks: &[Tok<'a>], i: usize) -> Vec<&'a str> {
    let mut run = Vec::new();
    let mut j = i;
    while let Some(t) = toks.get(j) {
        let particle_inside = t.particle && toks.get(j + 1).is_some_and(|n| n.name);
        if t.barrier || !(t.name || (!run.is_empty() && particle_inside)) {
            break;
        }
        run.push(t.word);
        j += 1;
        if t.punct.is_some() || strip_possessive(t.word).is_some() {
            break;
        }
    }
    run
}

/// "“…,” said X" or "“…,” X told me": the phrase right after a quote, up to the sentence end.
fn right_attribution(
    lex: &Lexicon,
    p: &Paragraph<'_>,
    from: usize,
    to: usize,
) -> Option<OwnAttribution> {
    // After a quote that ends its sentence, only a short "X said." of its own can attribute it.
    let ends_sentence = p.sentence_ends.contains(&from);
    let all = p.tokens(from, to);
    let end = all
        .iter()
        .position(|t| t.barrier || matches!(t.punct, Some('.' | '?' | '!' | ';')))
        .map_or(all.len(), |k| if all[k].barrier { k } else { k + 1 });
    let toks = &all[..end];
    if toks.is_empty() || (ends_sentence && toks.len() > 6) {
        return None;
    }
    let clause_end = toks.last().map(|t| t.end + usize::from(t.punct.is_some()));
    if let Some(len) = toks[0].verb_len() {
        let object = lex.verb_object_at(toks, len);
        let mention = mention_forward(lex, toks, len + object)?;
        return Some(OwnAttribution {
            mention,
            right_clause_end: clause_end,
        });
    }
    let limit = toks.len().min(12);
    let v = (1..limit).find(|&v| toks[v].verb > 0)?;
    let mention = mention_backward(lex, toks, v - 1)?;
    let whole_clause = !ends_sentence || v + 1 + lex.verb_object_at(toks, v + 1) == toks.len();
    (mention.toks.start == 0 && whole_clause).then_some(OwnAttribution {
        mention,
        right_clause_end: clause_end,
    })
}

/// "He said it was well-known that “…”": a verb of saying earlier in the quote's sentence.
fn left_attribution(lex: &Lexicon, p: &Paragraph<'_>, open: usize) -> Option<OwnAttribution> {
    let sentence = p.sentence_range(p.sentence_of(open));
    let toks = p.tokens(sentence.start, open);
    speech_subject_before(lex, toks, toks.len()).map(|mention| OwnAttribution {
        mention,
        right_clause_end: None,
    })
}

/// The subject of the last verb of saying in a sentence (for "..., the diplomat said.").
fn last_speech_subject(lex: &Lexicon, toks: &[Tok<'_>]) -> Option<Mention> {
    speech_subject_before(lex, toks, toks.len())
}

/// The subject of the nearest verb of saying before token `end`, or of "according to".
fn speech_subject_before(lex: &Lexicon, toks: &[Tok<'_>], end: usize) -> Option<Mention> {
    for v in (0..end).rev() {
        if toks[v].word.eq_ignore_ascii_case("according")
            && toks.get(v + 1).is_some_and(|t| t.word == "to")
        {
            return mention_forward(lex, toks, v + 2);
        }
        let Some(len) = toks[v].verb_len() else {
            continue;
        };
        if v > 0 {
            let last = subject_end(toks, v - 1);
            if let Some(m) = last.and_then(|l| mention_backward(lex, toks, l)) {
                return Some(m);
            }
        }
        let object = lex.verb_object_at(toks, v + len);
        return mention_forward(lex, toks, v + len + object);
    }
    None
}

/// The last token of a verb's subject, skipping a parenthetical (", who …," or an apposition).
fn subject_end(toks: &[Tok<'_>], before_verb: usize) -> Option<usize> {
    let t = toks.get(before_verb)?;
    if t.barrier {
        return None;
    }
    if t.punct != Some(',') {
        return Some(before_verb);
    }
    // Find where the parenthetical opens: the previous comma.
    let open = (0..before_verb).rev().find(|&k| toks[k].punct.is_some())?;
    if toks[open].punct != Some(',') {
        return None;
    }
    let first = toks.get(open + 1)?;
    let relative = matches!(first.word, "who" | "which" | "whose" | "where");
    let apposed = toks[open + 1..before_verb]
        .iter()
        .take(5)
        .any(|t| t.role.is_some());
    (relative || apposed).then_some(open)
}

/// Third pass state: the registry and what the reader has in mind so far.
struct Resolver<'l> {
    lex: &'l Lexicon,
    registry: Registry,
    evidence: Evidence,
    /// Per sentence read so far: (person-like focus, organisation focus).
    focus: Vec<(Option<Who>, Option<Who>)>,
    /// When each person was last named, for names that several people share.
    recency: HashMap<usize, usize>,
    clock: usize,
}

impl Resolver<'_> {
    /// Resolves every span of a paragraph.
    fn paragraph(
        &mut self,
        p: &Paragraph<'_>,
        fact: &ParagraphFacts,
        previous: Option<(&Paragraph<'_>, &ParagraphFacts)>,
        carry: Option<(Who, Attribution)>,
        previous_last_speaker: Option<(Who, Attribution)>,
    ) -> (Vec<Verdict>, Vec<Who>, Vec<bool>) {
        let mut verdicts = vec![Verdict::scare(); p.spans.len()];
        let mut sentence_like = vec![false; p.spans.len()];
        let mut narrators = Vec::new();
        let no_narration = p.tokens(0, p.text.len()).iter().all(|t| t.barrier);
        let mut last_speech: Option<usize> = None;
        for s in 0..p.sentence_ends.len() {
            let range = p.sentence_range(s);
            let focus_before = self.focus.len();
            for i in (0..p.spans.len()).filter(|&i| range.contains(&p.spans[i].open)) {
                if p.nickname[i] {
                    continue;
                }
                let span = &p.spans[i];
                let inner = span.inner(p.text);
                let opens_sentence = opens_sentence(p, range.start, span.open);
                sentence_like[i] = opens_sentence && reads_as_sentence(inner);
                let own = fact.own[i].as_ref();
                let right = own.filter(|o| o.right_clause_end.is_some());
                let mut verdict = right.and_then(|o| {
                    self.resolve(&o.mention, p.block, focus_before, &fact.mentions[s])
                });
                let opens_paragraph = p.only_punctuation(0, span.open);
                if verdict.is_none() && opens_paragraph && last_speech.is_none() {
                    verdict = carry;
                }
                if verdict.is_none() {
                    verdict = last_speech
                        .filter(|&j| segment_continues(p, fact, j, i))
                        .and_then(|j| verdicts[j].who.zip(verdicts[j].attribution));
                }
                if verdict.is_none() && is_proper_term(self.lex, inner) {
                    // A name in quotes ("FSA") is a scare quote unless it is attributed after it.
                    continue;
                }
                if verdict.is_none()
                    && let Some(own) = own
                {
                    verdict = self.resolve(&own.mention, p.block, focus_before, &fact.mentions[s]);
                }
                if verdict.is_none() && sentence_like[i] && s > 0 {
                    let said_by = fact.said_by[s - 1].clone();
                    verdict = said_by.and_then(|m| {
                        self.resolve(&m, p.block, focus_before, &fact.mentions[s - 1])
                    });
                    verdict = verdict.map(|(who, _)| (who, Attribution::Context));
                }
                if verdict.is_none()
                    && opens_paragraph
                    && (no_narration || p.kind == BlockKind::BlockQuote)
                {
                    verdict = self
                        .lead_in(previous)
                        .or(previous_last_speaker.map(|(who, _)| (who, Attribution::Context)));
                }
                if let Some((who, attribution)) = verdict {
                    verdicts[i] = Verdict {
                        kind: QuoteKind::Speech,
                        who: Some(who),
                        attribution: Some(attribution),
                    };
                    last_speech = Some(i);
                    self.touch(who);
                }
            }
            // Indirect speech with no quote ("…, said Abualnaser.") still says who speaks here.
            if let Some(m) = &fact.said_by[s]
                && let Some((who, _)) = self.resolve(m, p.block, focus_before, &fact.mentions[s])
            {
                narrators.push(who);
            }
            let speakers: Vec<Who> = (0..p.spans.len())
                .filter(|&i| {
                    range.contains(&p.spans[i].open) && verdicts[i].kind == QuoteKind::Speech
                })
                .filter_map(|i| verdicts[i].who)
                .collect();
            self.push_focus(p.block, &speakers, &fact.mentions[s]);
        }
        (verdicts, narrators, sentence_like)
    }

    /// "As X put it:" ending the paragraph before a block quotation.
    fn lead_in(
        &mut self,
        previous: Option<(&Paragraph<'_>, &ParagraphFacts)>,
    ) -> Option<(Who, Attribution)> {
        let (p, fact) = previous?;
        if !p.text.trim_end().ends_with(':') {
            return None;
        }
        let s = p.sentence_ends.len().checked_sub(1)?;
        let m = fact.said_by.get(s)?.clone()?;
        self.resolve(&m, p.block, self.focus.len(), &fact.mentions[s])
    }

    /// Who a mention refers to, and how it was found.
    fn resolve(
        &mut self,
        m: &Mention,
        block: usize,
        focus_before: usize,
        sentence_mentions: &[(usize, Mention)],
    ) -> Option<(Who, Attribution)> {
        match &m.kind {
            MentionKind::Named(name) => {
                let recency = &self.recency;
                let rank = |p: usize| recency.get(&p).copied().unwrap_or(0);
                self.registry
                    .lookup_name(name, Some(&rank))
                    .map(|who| (who, Attribution::Explicit))
            }
            MentionKind::Role {
                noun,
                qualifier,
                adjective,
            } => {
                let index = self
                    .evidence
                    .roles
                    .partition_point(|(b, r)| (*b, r.start) < (block, m.start));
                let (earlier, all) = (&self.evidence.roles[..index], &self.evidence.roles);
                let g = self.registry.group_for(
                    noun,
                    qualifier.as_deref(),
                    adjective.as_deref(),
                    earlier,
                    all,
                );
                self.registry.groups[g].aliases.insert(m.surface.clone());
                Some((Who::Group(g), Attribution::Explicit))
            }
            MentionKind::Pronoun(p) => {
                let wants_org = lexicon::ORG_PRONOUNS.contains(&p.as_str());
                if !wants_org && !lexicon::PERSON_PRONOUNS.contains(&p.as_str()) {
                    return None;
                }
                // An antecedent earlier in the same sentence, then the focus of earlier sentences.
                let here = sentence_mentions
                    .iter()
                    .filter(|(at, _)| *at < m.start)
                    .find_map(|(_, earlier)| {
                        let who = self.peek(earlier)?;
                        (matches!(who, Who::Org(_)) == wants_org).then_some(who)
                    });
                let who = here.or_else(|| {
                    self.focus[..focus_before.min(self.focus.len())]
                        .iter()
                        .rev()
                        .take(8)
                        .find_map(|(person, org)| if wants_org { *org } else { *person })
                })?;
                Some((who, Attribution::Pronoun))
            }
        }
    }

    /// Who a narration mention refers to, without creating anything.
    fn peek(&self, m: &Mention) -> Option<Who> {
        match &m.kind {
            MentionKind::Named(name) => self.registry.lookup_name(name, None),
            _ => None,
        }
    }

    fn touch(&mut self, who: Who) {
        if let Who::Person(p) = who {
            self.clock += 1;
            self.recency.insert(p, self.clock);
        }
    }

    /// Records what a sentence is about: its speakers, else the first people it names.
    fn push_focus(&mut self, block: usize, speakers: &[Who], mentions: &[(usize, Mention)]) {
        let person_like = |w: &Who| matches!(w, Who::Person(_) | Who::Group(_));
        let mut person = speakers.iter().copied().find(person_like);
        let mut org = speakers.iter().copied().find(|w| matches!(w, Who::Org(_)));
        for (_, m) in mentions {
            let who = match &m.kind {
                MentionKind::Named(_) => self.peek(m),
                MentionKind::Role { .. } if person.is_none() => {
                    let focus = self.focus.len();
                    self.resolve(m, block, focus, &[]).map(|(who, _)| who)
                }
                _ => None,
            };
            match who {
                Some(w @ Who::Org(_)) if org.is_none() => org = Some(w),
                Some(w) if person.is_none() && person_like(&w) => {
                    person = Some(w);
                    self.touch(w);
                }
                _ => {}
            }
        }
        self.focus.push((person, org));
    }
}

/// Whether quote `j` continues into quote `i` with only its attribution between them.
fn segment_continues(p: &Paragraph<'_>, fact: &ParagraphFacts, j: usize, i: usize) -> bool {
    let (prev, cur) = (&p.spans[j], &p.spans[i]);
    let between_spans = (j + 1..i).any(|k| !p.nickname[k]);
    if between_spans {
        return false;
    }
    if p.only_punctuation(prev.close_end, cur.open) {
        return true;
    }
    match fact.own[j].as_ref().and_then(|o| o.right_clause_end) {
        Some(end) => end <= cur.open && p.only_punctuation(end, cur.open),
        None => false,
    }
}

/// Whether only punctuation, or a short lead-in ending in a colon, precedes the quote in its sentence.
fn opens_sentence(p: &Paragraph<'_>, sentence_start: usize, open: usize) -> bool {
    if p.only_punctuation(sentence_start, open) {
        return true;
    }
    let toks = p.tokens(sentence_start, open);
    toks.len() <= 6 && toks.last().is_some_and(|t| t.punct == Some(':'))
}

/// Whether quoted text reads as a sentence of speech: capitalized, three words or more.
fn reads_as_sentence(inner: &str) -> bool {
    let first = inner.chars().find(|c| c.is_alphanumeric());
    first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && inner.split_whitespace().nth(2).is_some()
}

/// A short run of capitalized words or an acronym: a name in quotes ("FSA", "Free Syrian Army").
fn is_proper_term(lex: &Lexicon, inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let trimmed = |w: &&str| w.trim_end_matches([',', '.']).to_owned();
    (1..=5).contains(&words.len())
        && words.iter().map(trimmed).all(|w| {
            lex.is_name_word(&w)
                || lex.is_particle(&w)
                || lexicon::is_one_of(&w, &["of", "the", "and"])
        })
        && words
            .first()
            .map(trimmed)
            .is_some_and(|w| lex.is_name_word(&w))
}
