//! The term sieve: terms, names and labels in quotes are scare quotes.
//!
//! A nickname inside a name (Mohannad “Abu al-Majd” Makhzoom); a quote right after "the term", "the word", "so-called", "known as", "referred to as",
//! "dubbed", "such as", or after "called" with nobody doing the calling; an email or web
//! address; a short run of capitalized words with nobody named to say it ("FSA", "Crocus
//! City,"); a short name defined in brackets ("(“the Alliance”)"); a quote joined by "or" or
//! "and" to a scare quote just before it; and a short phrase
//! quoted again after an earlier quote ("the “person of interest”" after "our person of
//! interest").

use super::direct::{left_cue, right_cue};
use super::{Decision, Decisions, Inputs, Sieve, Site};
use crate::QuoteKind;
use crate::parse::cues::{Agent, CueKind};
use crate::parse::lexicon;
use crate::parse::names::has_name_shape;
use crate::parse::registry::Registry;
use crate::parse::words::{Tok, WordList};
use crate::text::{TrimQuick, WordsQuick, words_up_to};

/// The longest run of capitalized words read as a name in quotes.
const MAX_NAME_WORDS: usize = 5;

pub(super) fn decide(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    _registry: &mut Registry,
) -> Option<Decision> {
    let scare = Some(Decision::not_speech(QuoteKind::Scare, Sieve::Term));
    // A nickname inside a name: Mohannad “Abu al-Majd” Makhzoom.
    if site.p.nickname[site.span] {
        return scare;
    }
    let inner = site.inner().trim_quick();
    if is_address(inner) {
        return scare;
    }
    if after_term_marker(site) || defined_in_brackets(site, inner) || post_held_as(site) {
        return scare;
    }
    if joined_to_previous_scare(site, decisions) || called_in_free_relative(site) {
        return scare;
    }
    // "a “give back” element" is a term; "Jessica points out that she worked under a
    // “privileged” set of circumstances" gives her word, in her indirect speech.
    if is_modifier(site) && !in_indirect_speech(inputs, site) && !named_by_someone(site) {
        return scare;
    }
    // A whole sentence in quotes ending in a period ("“Eleven.”") is an utterance, not a name.
    let whole_sentence = inner.ends_with('.') && super::opens_sentence(site);
    if is_proper_term(inner) && !whole_sentence && right_cue(inputs, site).is_none() {
        return scare;
    }
    // A phrase quoted again is a label for what was quoted before, unless attributed anew
    // ("Omar Haddad, her lawyer, also called the trial “a sham.”": a named speaker's verb right
    // before it).
    if inputs.quoted_before(site)
        && right_cue(inputs, site).is_none()
        && !named_speaker_before(inputs, site)
    {
        return scare;
    }
    None
}

/// Whether a verb of saying with a named speaker before the quote governs it ("X points out
/// that …").
fn in_indirect_speech(inputs: &Inputs<'_>, site: &Site<'_>) -> bool {
    left_cue(inputs, site).is_some_and(|ci| {
        let cue = &site.facts.sentences[site.sentence].cues[ci];
        matches!(cue.kind, CueKind::Says(_))
            && matches!(cue.agent, Agent::Mention(_))
            && site
                .p
                .tokens(cue.end, site.quote.open)
                .iter()
                .any(|t| t.is("that"))
    })
}

/// Whether a named person calls something the quote right before it ("also called the trial
/// “a sham.”"); a phrase met again inside someone's indirect speech stays a label.
fn named_speaker_before(inputs: &Inputs<'_>, site: &Site<'_>) -> bool {
    /// The most words of what is called so.
    const MAX_OBJECT: usize = 4;
    left_cue(inputs, site).is_some_and(|ci| {
        let cue = &site.facts.sentences[site.sentence].cues[ci];
        let object = site.p.tokens(cue.end, site.quote.open);
        matches!(cue.kind, CueKind::Names(_))
            && object.len() <= MAX_OBJECT
            && object
                .iter()
                .all(|t| !t.barrier && t.punct.is_none() && t.verb.is_none())
            && cue
                .agent
                .mention()
                .is_some_and(|m| matches!(m.kind, crate::parse::mentions::MentionKind::Named(_)))
    })
}

/// Whether someone names what is right before the quote ("Halbrook called the lawsuit “a
/// litigation-driven fiction”"): the quote is what they call it, not a modifier.
fn named_by_someone(site: &Site<'_>) -> bool {
    /// The most words the object named may have ("the lawsuit", "the new policy").
    const MAX_OBJECT: usize = 4;
    site.facts.sentences[site.sentence].cues.iter().any(|c| {
        let object = site.p.tokens(c.end, site.quote.open);
        matches!(c.kind, CueKind::Names(_))
            && matches!(c.agent, Agent::Mention(_))
            && c.end <= site.quote.open
            && (1..=MAX_OBJECT).contains(&object.len())
            && object
                .iter()
                .all(|t| !t.barrier && t.punct.is_none() && t.verb.is_none())
    })
}

/// "editors receive what the newsroom calls “the Monday list,”": what a free relative says
/// someone calls a thing, with nobody the text names doing the calling, is a name for it, even
/// inside someone's indirect speech.
fn called_in_free_relative(site: &Site<'_>) -> bool {
    /// The most words of the free relative's subject ("the newsroom").
    const MAX_SUBJECT: usize = 3;
    let before = site.p.tokens(0, site.quote.open);
    let Some((verb, rest)) = before.split_last() else {
        return false;
    };
    // "what" before the subject first: few quotes follow one.
    let after_what = || {
        rest.iter()
            .rev()
            .take(MAX_SUBJECT + 1)
            .take_while(|t| !t.barrier && t.punct.is_none())
            .any(|t| t.is("what"))
    };
    // The verb is read from the word alone: after "what" the tagger takes no verb of saying.
    let naming = || {
        verb.punct.is_none()
            && lexicon::NAMING_VERBS.iter().any(|forms| {
                let mut forms = forms.split(' ');
                let lemma = forms.next().unwrap_or_default();
                verb.word == lemma
                    || verb.word.strip_suffix('s') == Some(lemma)
                    || forms.any(|f| f == verb.word)
            })
    };
    let named_by_cue = || {
        site.facts.sentences[site.sentence]
            .cues
            .iter()
            .any(|c| matches!(c.kind, CueKind::Names(_)) && c.end == verb.end)
    };
    after_what() && naming() && !named_by_cue()
}

/// "The Tarrock Fell Landscape Alliance (“the Alliance”)": a short name in quotes alone in
/// brackets defines what the text calls it from then on.
fn defined_in_brackets(site: &Site<'_>, inner: &str) -> bool {
    let text = site.p.text;
    let opens = || text[..site.quote.open].trim_end().ends_with('(');
    let closes = || {
        text.get(site.quote.close_end..)
            .is_some_and(|rest| rest.trim_start().starts_with(')'))
    };
    let short = || words_up_to(inner, MAX_NAME_WORDS + 1) <= MAX_NAME_WORDS;
    let named = || {
        inner
            .words_quick()
            .find(|w| !w.eq_ignore_ascii_case("the"))
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    // The brackets first: most quotes stand in none.
    opens() && closes() && short() && named()
}

/// An email or web address.
fn is_address(inner: &str) -> bool {
    !inner.contains(' ')
        && (inner.contains('@') || inner.starts_with("http") || inner.starts_with("www."))
}

/// Whether words joined by spaces, in lower case, are one of [`lexicon::TERM_MARKERS`] ("known
/// as"): ASCII words are compared with the marker's words as they are, without building the
/// phrase (a word with other characters is lower-cased first, as the phrase was).
fn is_term_marker_phrase(words: &[Tok<'_>]) -> bool {
    if !words.iter().all(|t| t.word.is_ascii()) {
        let phrase: Vec<&str> = words.iter().map(|t| t.word).collect();
        return lexicon::is_one_of(&phrase.join(" ").to_lowercase(), lexicon::TERM_MARKERS);
    }
    let len = words.iter().map(|t| t.word.len() + 1).sum::<usize>() - 1;
    lexicon::TERM_MARKERS.iter().any(|marker| {
        // Told apart by length first: most markers differ from the phrase in it.
        if marker.len() != len {
            return false;
        }
        let mut parts = marker.split(' ');
        words.iter().all(|t| {
            parts
                .next()
                .is_some_and(|part| part.eq_ignore_ascii_case(t.word))
        }) && parts.next().is_none()
    })
}

/// Whether the words right before the quote mark it as a term: "the term", "so-called",
/// "known as", "called" with no one calling.
fn after_term_marker(site: &Site<'_>) -> bool {
    let before = site.sentence_tokens_to(site.quote.open);
    let mut end = before.len();
    while end > 0 && before[end - 1].determiner && before[end - 1].punct.is_none() {
        end -= 1;
    }
    let words = &before[..end];
    let Some(last) = words.last().filter(|t| !t.barrier && t.punct.is_none()) else {
        return false;
    };
    let marked = lexicon::is_one_of(last.word, lexicon::TERM_MARKERS)
        || [2, 3].into_iter().any(|n| {
            words
                .len()
                .checked_sub(n)
                .is_some_and(|k| is_term_marker_phrase(&words[k..]))
        });
    if !marked || predicate_after_noun(site) {
        return false;
    }
    // "X called it the “…”" names with an agent: speech, for the direct sieve.
    let agentive = site.facts.sentences[site.sentence].cues.iter().any(|c| {
        matches!(c.kind, CueKind::Names(_) | CueKind::Says(_))
            && c.start == last.start
            && matches!(c.agent, Agent::Mention(_))
    });
    !agentive
}

/// "that the phrase “told us the weather, not the forecast,”": a quotation of some words that
/// opens on a verb in the past or an auxiliary says something of the noun before it; it is no
/// name for it ("the term “rigged election”").
fn predicate_after_noun(site: &Site<'_>) -> bool {
    /// The fewest words of a quoted predicate.
    const MIN_PREDICATE_WORDS: usize = 4;
    let inner = site.inner();
    let Some(first) = inner.words_quick().next() else {
        return false;
    };
    let verb_like = first.starts_with(|c: char| c.is_ascii_lowercase())
        && (first.ends_with("ed") || lexicon::is_one_of(first, lexicon::PREDICATE_OPENERS));
    verb_like && words_up_to(inner, MIN_PREDICATE_WORDS) == MIN_PREDICATE_WORDS
}

/// "was put on the payroll as a “site liaison”": a short quote after "as a" names a post or a
/// part one plays, unless a verb that names things governs it ("described him as a “…”").
fn post_held_as(site: &Site<'_>) -> bool {
    /// The longest quote read as the name of a post.
    const MAX_POST_WORDS: usize = 3;
    /// How far back the verb governing "as" is looked for.
    const VERB_REACH: usize = 8;
    if !site.quote.closed {
        return false;
    }
    let before = site.sentence_tokens_to(site.quote.open);
    let [.., as_, article] = before else {
        return false;
    };
    if !as_.is("as") || !(article.is("a") || article.is("an")) || article.punct.is_some() {
        return false;
    }
    // Counted after "as a", which most quotes do not follow.
    if words_up_to(site.inner().trim_quick(), MAX_POST_WORDS + 1) > MAX_POST_WORDS {
        return false;
    }
    let verb = before[..before.len() - 2]
        .iter()
        .rev()
        .take(VERB_REACH)
        .take_while(|t| !t.barrier)
        .find(|t| t.verb.is_some());
    !verb.is_some_and(|v| v.verb.is_some_and(|v| v.naming))
}

/// "a “give back” element", "their “open source” projects": a short quoted term used as a
/// modifier, between a determiner and the noun it qualifies.
fn is_modifier(site: &Site<'_>) -> bool {
    /// The longest quote read as a modifier.
    const MAX_MODIFIER_WORDS: usize = 3;
    let inner = site.inner().trim_quick();
    if inner.ends_with([',', '.', ';', ':', '!', '?']) || !site.quote.closed {
        return false;
    }
    let before = site.sentence_tokens_to(site.quote.open);
    let after = site.sentence_tokens_from(site.quote.close_end);
    let determined = match before {
        [.., det, adjective] if !adjective.barrier && adjective.punct.is_none() => {
            det.determiner && !det.is("one") && !adjective.capitalized() && !adjective.function
                || adjective.determiner && !adjective.is("one")
                || adjective.on(WordList::PossessivePronouns)
        }
        [.., det] => det.determiner && !det.is("one") || det.on(WordList::PossessivePronouns),
        _ => false,
    };
    let glued = site.p.text[site.quote.close_end..].starts_with(' ');
    let noun_after = after.first().is_some_and(|n| {
        !n.barrier
            && !n.capitalized()
            && !n.function
            && n.verb.is_none()
            && !n.word.ends_with("ing")
            && !n.word.ends_with("ed")
            && !n.word.ends_with("ly")
            && n.word.chars().all(|c| c.is_alphabetic() || c == '-')
    });
    // Counted last: most quotes are no modifier by the words around them.
    determined
        && glued
        && noun_after
        && words_up_to(inner, MAX_MODIFIER_WORDS + 1) <= MAX_MODIFIER_WORDS
}

/// "“source visible” or “source available.”": a quote joined to a scare quote before it.
fn joined_to_previous_scare(site: &Site<'_>, decisions: &Decisions) -> bool {
    let Some(previous) = site.span.checked_sub(1) else {
        return false;
    };
    let Some(decision) = decisions.get(site.paragraph, previous) else {
        return false;
    };
    let prev = &site.p.spans[previous];
    if decision.kind == QuoteKind::Speech || prev.close_end > site.quote.open {
        return false;
    }
    let between = site.p.tokens(prev.close_end, site.quote.open);
    !between.is_empty()
        && between.len() <= 2
        && between
            .iter()
            .all(|t| !t.barrier && (t.is("or") || t.is("and") || t.is("nor")))
}

/// A short run of capitalized words or an acronym: a name in quotes ("FSA", "Crocus City,").
fn is_proper_term(inner: &str) -> bool {
    let trimmed = inner.trim_end_matches([',', '.', ';', ':']);
    if trimmed.ends_with(['!', '?']) || trimmed.is_empty() {
        return false;
    }
    let lex = crate::parse::words::Lexicon::get();
    // A quotation's words are counted only as far as a name's may go.
    let words = trimmed.words_quick();
    let count = words.clone().take(MAX_NAME_WORDS + 1).count();
    (1..=MAX_NAME_WORDS).contains(&count)
        && words.clone().all(|w| {
            let w = w.trim_end_matches([',', '.']);
            (has_name_shape(w) && !lex.is_function_word(w))
                || lexicon::is_one_of(w, &["of", "the", "and", "for", "de", "al"])
        })
        && words
            .clone()
            .next()
            .is_some_and(|w| has_name_shape(w) && !lex.is_function_word(w))
}

#[cfg(test)]
mod tests {
    use super::super::check::check;
    use expect_test::expect;

    #[test]
    fn a_post_held_as_a_quoted_title_is_a_label_but_what_someone_described_it_as_is_theirs() {
        check(
            "The nephew was put on the payroll as a “site liaison” on 4,800 crowns a month. Telvic described the payments as a “fishing expedition”.",
            expect![[r#"
                “site liaison” scare
                “fishing expedition” speech: Telvic (explicit, medium) Described in the same sentence (described)"#]],
        );
    }

    #[test]
    fn a_quote_after_the_term_is_a_scare_quote() {
        check(
            "Christine Peterson, a nanotechnologist, suggested the term “open source.” Then it spread.",
            expect![["“open source.” scare"]],
        );
    }

    #[test]
    fn a_quote_called_so_by_nobody_is_a_scare_quote() {
        check(
            "This practice is called “forking.” It is common.",
            expect![["“forking.” scare"]],
        );
    }

    #[test]
    fn a_name_in_quotes_is_a_scare_quote() {
        check(
            "Aleppo was held by the “Free Syrian Army” and others.",
            expect![["“Free Syrian Army” scare"]],
        );
    }

    #[test]
    fn a_quote_joined_by_or_to_a_scare_quote_is_one_too() {
        check(
            "This code might be called “source visible” or “source available.” Then it spread.",
            expect![[r#"
                “source visible” scare
                “source available.” scare"#]],
        );
    }

    #[test]
    fn a_phrase_quoted_again_is_a_label() {
        check(
            "Klokov called the man “our person of interest.” Erchova later identified the “person of interest” as Putin.",
            expect![[r#"
                “our person of interest.” speech: Klokov (explicit, medium) Described in the same sentence (called)
                “person of interest” scare"#]],
        );
    }

    #[test]
    fn a_quoted_term_before_the_noun_it_qualifies_is_a_scare_quote() {
        check(
            "According to Baker, the program will consist of a “give back” element for projects.",
            expect![["“give back” scare"]],
        );
    }

    #[test]
    fn an_email_address_is_a_scare_quote() {
        check(
            "Cohen used the address “info@example.org” instead.",
            expect![["“info@example.org” scare"]],
        );
    }
}
