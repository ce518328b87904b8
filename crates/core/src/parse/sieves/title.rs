//! The title sieve: a quote that names a work is a title, not speech.
//!
//! "a blog post called “…”", "a story from their newsletter entitled, “…”", "his article “…”",
//! "a “Dear GitHub” open letter", "began singing “…”", "“…”, written by".

use super::{Decision, Decisions, Inputs, Sieve, Site};
use crate::QuoteKind;
use crate::parse::lexicon;
use crate::parse::registry::Registry;
use crate::text::{TrimQuick, WordsQuick, words_up_to};

/// How far before "called" a work noun may stand ("a post in January 2016 called").
const WORK_REACH: usize = 4;
/// The longest quote read as a title named by the noun after it ("a “Dear GitHub” letter").
const MAX_TITLE_WORDS: usize = 8;

pub(super) fn decide(
    _inputs: &Inputs<'_>,
    site: &Site<'_>,
    _decisions: &Decisions,
    _registry: &mut Registry,
) -> Option<Decision> {
    is_title(site).then(|| Decision::not_speech(QuoteKind::Title, Sieve::Title))
}

fn is_title(site: &Site<'_>) -> bool {
    let before = site.sentence_tokens_to(site.quote.open);
    let after = site.sentence_tokens_from(site.quote.close_end);
    if let Some(last) = before.last().filter(|t| !t.barrier) {
        // "a press release headlined “A New Breath for Fibrosis Patients”".
        let headed = lexicon::is_one_of(last.word, &["headlined", "headed", "captioned"])
            && site
                .inner()
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase);
        let entitled = last.is("entitled") || last.is("titled") || headed;
        let titled = entitled
            || lexicon::is_one_of(last.word, lexicon::TITLE_VERBS)
                && before
                    .iter()
                    .rev()
                    .skip(1)
                    .take(WORK_REACH)
                    .take_while(|t| !t.barrier)
                    .any(|t| t.work);
        // "the report “Roads and Bridges”"; "each near-miss report “costs us a day”" is a
        // clause, not a name.
        let after_work_noun = last.work
            && last.punct.is_none()
            && !last.capitalized()
            && site
                .inner()
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        // "its workforce plan “Roads to Recovery”": a title in Title Case right after a
        // document's noun.
        let after_document_noun = last.document.is_some()
            && last.punct.is_none()
            && !last.capitalized()
            && title_case(site.inner());
        // "began singing “We Shall Overcome”" names a song; sung lines ending a sentence of
        // their own ("sang, “We are the Stonewall girls.”") are words.
        let lyrics = site.inner().trim_end().ends_with(['.', '!', '?']);
        let sung = lexicon::is_one_of(last.word, lexicon::SINGING_VERBS) && !lyrics;
        // "Dvorak’s 2016 study, “Rivers Without Borders,” modelled": a title in Title Case
        // set off by a comma after a work noun.
        // "HPD General Order 3.01, “Response to Resistance,”": after a document's name too;
        // "In a 2021 report, “Discretionary Grants: OGM Should Strengthen Its Review of
        // Budget Modifications,”": a subtitle makes a title longer.
        let apposed = last.punct == Some(',')
            && before
                .iter()
                .rev()
                .take(WORK_REACH + 1)
                .take_while(|t| !t.barrier)
                .any(|t| t.work || t.document.is_some())
            && (title_case(site.inner()) || subtitled_title(site.inner()));
        // "As Crisis Group argued in “A Border Without a Map”": words are not said "in"; nor
        // "In its most recent “Financial Stability Review,”".
        let inside = last.punct.is_none()
            && before
                .iter()
                .rev()
                .take(WORK_REACH)
                .take_while(|t| {
                    t.is("in")
                        || (!t.barrier && t.punct.is_none() && t.verb.is_none() && !t.capitalized())
                })
                .any(|t| t.is("in"))
            && title_case(site.inner());
        if titled || after_work_noun || after_document_noun || sung || apposed || inside {
            return true;
        }
    }
    // "“The Ivel Valley: Six Weeks After”, its 2021 report": a work noun set off after it.
    let work_after = after
        .first()
        .is_some_and(|t| t.punct == Some(',') && t.barrier)
        && after
            .iter()
            .skip(1)
            .take(WORK_REACH + 1)
            .take_while(|t| !t.barrier && t.verb.is_none())
            .any(|t| t.work);
    // "“Long Weekend”, written by Delroy Ebong": a work and who made it.
    let comma_after = site.p.text[site.quote.close_end..].starts_with(',')
        || site.inner().trim_end().ends_with(',');
    let made_by = comma_after
        && matches!(after.get(..2), Some([verb, by])
            if lexicon::is_one_of(verb.word, lexicon::WORK_MAKING_VERBS) && by.is("by"));
    if (work_after || made_by) && title_case(site.inner()) {
        return true;
    }
    // A work noun right after the quote: "a “Dear GitHub” open letter".
    let glued = site.p.text[site.quote.close_end..].starts_with(' ');
    let noun_after = match after {
        [first, ..] if first.work && !first.barrier => true,
        // "had “not seen” the report": a determiner opens the verb's object, not a
        // modifier of the work.
        [first, second, ..] => {
            !first.barrier
                && first.punct.is_none()
                && !first.capitalized()
                && !first.determiner
                && second.work
                && !second.barrier
        }
        _ => false,
    };
    // Counted last: most quotes have no work noun after them.
    glued
        && noun_after
        && site.quote.closed
        && words_up_to(site.inner(), MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS
}

/// Whether a quote reads as a title: two to [`MAX_TITLE_WORDS`] words, the first and every word
/// of four letters or more capitalized ("Rivers Without Borders", "Harbour of Shadows").
fn title_case(inner: &str) -> bool {
    title_case_within(inner, MAX_TITLE_WORDS)
}

/// Whether a quote of two to `max_words` words reads as a title (see [`title_case`]).
pub(super) fn title_case_within(inner: &str, max_words: usize) -> bool {
    let words: Vec<&str> = inner
        .trim_quick()
        .trim_end_matches([',', '.', ';', ':'])
        .words_quick()
        .take(max_words.saturating_add(1))
        .collect();
    // A year or a number has no case ("Foot Pursuits in Harnesby, 2019-2021").
    let capital = |w: &&str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    (2..=max_words).contains(&words.len())
        && words.first().is_some_and(capital)
        && words
            .iter()
            .filter(|w| w.chars().count() >= 4 && !lexicon::is_one_of(w, TITLE_LOWER_WORDS))
            .all(capital)
}

/// Whether a quote reads as a title with a subtitle: Title Case on both sides of a colon, at
/// most twice [`MAX_TITLE_WORDS`] words ("Discretionary Grants: OGM Should Strengthen Its Review
/// of Budget Modifications").
fn subtitled_title(inner: &str) -> bool {
    let Some((title, subtitle)) = inner.split_once(':') else {
        return false;
    };
    let short = |part: &str| words_up_to(part, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS;
    let single_word_title =
        words_up_to(title, 2) == 1 && title.chars().next().is_some_and(char::is_uppercase);
    short(title)
        && short(subtitle)
        && (title_case(title) || single_word_title)
        && title_case(subtitle)
}

/// Longer prepositions and conjunctions a title leaves in lower case ("Rights under Pressure").
const TITLE_LOWER_WORDS: &[&str] = &[
    "under", "about", "after", "before", "between", "through", "without", "within", "against",
    "among", "into", "onto", "from", "with", "over", "upon", "than", "that",
];

#[cfg(test)]
mod tests {
    use super::super::check::check;
    use expect_test::expect;

    #[test]
    fn a_work_followed_by_who_made_it_is_a_title() {
        check(
            "The riots inspired several works. The 1999 television drama “Long Weekend”, written by Delroy Ebong, dramatised the inquiry, and “Fire on Tanner Street”, directed by Ruth Amis, followed.",
            expect![[r#"
                “Long Weekend” title
                “Fire on Tanner Street” title"#]],
        );
    }

    #[test]
    fn titles_after_a_document_its_name_or_in_its_latest_are_titles() {
        check(
            "The Government’s response, set out in its workforce plan “Roads to Recovery”, has helped. We found that HPD General Order 3.01, “Response to Resistance,” was breached. In its most recent “Financial Stability Review,” the Bank of Lorrey noted arrears. In a 2021 report, “Discretionary Grants: OGM Should Strengthen Its Review of Budget Modifications,” we found gaps.",
            expect![[r#"
                “Roads to Recovery” title
                “Response to Resistance,” title
                “Financial Stability Review,” title
                “Discretionary Grants: OGM Should Strengthen Its Review of Budget Modifications,” title"#]],
        );
    }

    #[test]
    fn a_title_set_off_after_a_report_may_keep_its_longer_prepositions_in_lower_case() {
        check(
            "In her annual report for 2022, “Rights under Pressure”, she found that the use of rubber bullets had been “neither necessary nor proportionate”.",
            expect![[r#"
                “Rights under Pressure” title
                “neither necessary nor proportionate” speech: unknown speaker (none, low) Introduced by “she” (found), whom the text does not identify"#]],
        );
    }

    #[test]
    fn a_work_called_something_is_a_title() {
        check(
            "In 2012, Jeff Atwood wrote a tongue-in-cheek blog post called “Please Don’t Learn How to Code”, lamenting the trend.",
            expect![["“Please Don’t Learn How to Code” title"]],
        );
    }

    #[test]
    fn a_quote_before_a_work_noun_is_its_title() {
        check(
            "Maintainers wrote a “Dear GitHub” open letter to the company.",
            expect![["“Dear GitHub” title"]],
        );
    }

    #[test]
    fn a_title_set_off_after_a_work_noun_is_a_title() {
        check(
            "Dvorak’s 2016 study, “Rivers Without Borders,” modelled the basin. A documentary about the strike, “Harbour of Shadows,” aired in May.",
            expect![["“Rivers Without Borders,” title\n“Harbour of Shadows,” title"]],
        );
    }

    #[test]
    fn words_set_off_after_a_work_noun_are_not_a_title_unless_title_cased() {
        check(
            "In his report, “we found nothing at all,” Jane Roe wrote.",
            expect![[
                "“we found nothing at all,” speech: Jane Roe (explicit, high) Named right after the quote (wrote)"
            ]],
        );
    }

    #[test]
    fn a_song_someone_sings_is_a_title() {
        check(
            "Then someone began singing “We Shall Overcome” in the street.",
            expect![["“We Shall Overcome” title"]],
        );
    }
}
