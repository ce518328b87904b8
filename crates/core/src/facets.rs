//! The facet engine: filter speech quotes by faction, speaker, section and source, search their
//! text, and count what each facet value would give.
//!
//! Values of one facet combine with OR, facets with AND. Counts are disjunctive, as in
//! InstantSearch and Pagefind: a value's count is the number of results the view would have if
//! that value were added to its facet, so choosing one faction does not zero the others. Filters
//! are bitsets over the quotes; counts walk the set bits of each facet's base set and add up a
//! per-quote value column, so a full recount is linear in the number of quotes.
//!
//! ```
//! use explorer_core::facets::{Facet, FacetIndex, FacetQuery};
//! let report = explorer_core::parse("Intro.\n\n“Hold,” said Jane Roe, a commander of the Hill Front.\n\n“Run,” said a Western diplomat.\n").report;
//! let index = FacetIndex::new(&report);
//! let mut query = FacetQuery::default();
//! query.select(Facet::Faction, "hill-front");
//! let result = index.evaluate(&query);
//! assert_eq!(result.total, 1);
//! // The other faction keeps its count: it is what choosing it as well would add.
//! let counts = &result.counts[Facet::Faction as usize];
//! assert_eq!(counts.iter().sum::<u32>(), 2);
//! ```

use crate::model::{NoteKind, QuoteKind, Report};
use crate::text::{fold, slug, sort_by_rank};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A facet of the quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Facet {
    /// The speaker's faction.
    Faction = 0,
    /// The speaker.
    Speaker = 1,
    /// The section the quote is in.
    Section = 2,
    /// The kind of source: interview by medium, publication, no note.
    Source = 3,
}

impl Facet {
    /// Every facet, in display order.
    pub const ALL: [Facet; 4] = [
        Facet::Faction,
        Facet::Speaker,
        Facet::Section,
        Facet::Source,
    ];

    /// The URL parameter and display name.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Faction => "faction",
            Facet::Speaker => "speaker",
            Facet::Section => "section",
            Facet::Source => "source",
        }
    }

    /// The name readers see.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Faction => "Faction",
            Facet::Speaker => "Speaker",
            Facet::Section => "Section",
            Facet::Source => "Source",
        }
    }
}

/// The value id for speakers with no faction.
pub const NO_FACTION: &str = "unaffiliated";
/// The source value for quotes with no note.
pub const NO_NOTE: &str = "none";

/// What a reader asked for: selected values per facet and a search term.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetQuery {
    /// Selected value ids, per facet (indexed by `Facet as usize`).
    pub selected: [BTreeSet<String>; 4],
    /// Free text; every word must match (case-, accent- and apostrophe-insensitive).
    pub text: String,
}

impl FacetQuery {
    /// Selects a value.
    pub fn select(&mut self, facet: Facet, id: &str) {
        self.selected[facet as usize].insert(id.to_owned());
    }

    /// The selected values of a facet.
    pub fn values(&self, facet: Facet) -> &BTreeSet<String> {
        &self.selected[facet as usize]
    }

    /// Whether nothing narrows the quotes.
    pub fn is_empty(&self) -> bool {
        self.selected.iter().all(BTreeSet::is_empty) && self.text.trim().is_empty()
    }
}

/// One value of a facet, as shown to readers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    /// The id used in URLs.
    pub id: String,
    /// The label shown.
    pub label: String,
    /// For speakers, the faction value they are grouped under.
    pub group: Option<String>,
    /// Quotes with this value when nothing is selected.
    pub total: u32,
}

/// A fixed-size set of quote positions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bitset {
    words: Vec<u64>,
    len: usize,
}

impl Bitset {
    /// A set holding every position below `len`.
    pub fn full(len: usize) -> Self {
        let mut words = vec![u64::MAX; len.div_ceil(64)];
        if let Some(last) = words.last_mut() {
            let rest = len % 64;
            if rest != 0 {
                *last = (1u64 << rest) - 1;
            }
        }
        Bitset { words, len }
    }

    /// An empty set over `len` positions.
    pub fn empty(len: usize) -> Self {
        Bitset {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Adds a position.
    pub fn insert(&mut self, i: usize) {
        if i < self.len {
            self.words[i / 64] |= 1 << (i % 64);
        }
    }

    /// Whether a position is in the set.
    pub fn contains(&self, i: usize) -> bool {
        i < self.len && self.words[i / 64] & (1 << (i % 64)) != 0
    }

    /// Keeps only positions also in `other`.
    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    /// The number of positions in the set.
    pub fn count(&self) -> u32 {
        self.words.iter().map(|w| w.count_ones()).sum()
    }

    /// The positions in the set, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(k, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                Some(k * 64 + bit)
            })
        })
    }
}

/// The quotes a query matches and the disjunctive counts of every facet value.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetResult {
    /// Matching items (positions in [`FacetIndex::items`]).
    pub matches: Bitset,
    /// How many items match.
    pub total: u32,
    /// Per facet, per value (in [`FacetIndex::values`] order): results if that value were added.
    pub counts: [Vec<u32>; 4],
}

/// The quotes the explorer filters (speech quotes), with a value column per facet and their
/// folded search text.
#[derive(Clone, Debug)]
pub struct FacetIndex {
    /// Quote indices (into `Report::quotes`) of the items, in reading order.
    pub items: Vec<usize>,
    values: [Vec<FacetValue>; 4],
    columns: [Vec<u32>; 4],
    search_text: Vec<String>,
}

impl FacetIndex {
    /// Indexes the speech quotes of a report.
    pub fn new(report: &Report) -> Self {
        let items: Vec<usize> = (0..report.quotes.len())
            .filter(|&i| report.quotes[i].kind == QuoteKind::Speech)
            .collect();
        let mut index = FacetIndex {
            items,
            values: Default::default(),
            columns: Default::default(),
            search_text: Vec::new(),
        };
        index.build_factions(report);
        index.build_speakers(report);
        index.build_sections(report);
        index.build_sources(report);
        index.search_text = index
            .items
            .iter()
            .map(|&q| search_text(report, q))
            .collect();
        index
    }

    /// The values of a facet, in display order.
    pub fn values(&self, facet: Facet) -> &[FacetValue] {
        &self.values[facet as usize]
    }

    /// The value position of item `item` in a facet.
    pub fn value_of(&self, facet: Facet, item: usize) -> Option<&FacetValue> {
        let v = *self.columns[facet as usize].get(item)?;
        self.values[facet as usize].get(v as usize)
    }

    /// Whether a facet has a value with this id.
    pub fn has_value(&self, facet: Facet, id: &str) -> bool {
        self.values[facet as usize].iter().any(|v| v.id == id)
    }

    /// Items whose search text holds every word of `text`.
    pub fn search(&self, text: &str) -> Bitset {
        let words: Vec<String> = fold(text).split_whitespace().map(str::to_owned).collect();
        let mut found = Bitset::empty(self.items.len());
        for (i, haystack) in self.search_text.iter().enumerate() {
            if words.iter().all(|w| haystack.contains(w.as_str())) {
                found.insert(i);
            }
        }
        found
    }

    /// The items a facet's selection lets through (all of them when nothing is selected).
    fn facet_mask(&self, facet: Facet, query: &FacetQuery) -> Option<Bitset> {
        let selected = query.values(facet);
        if selected.is_empty() {
            return None;
        }
        let wanted: Vec<bool> = self.values[facet as usize]
            .iter()
            .map(|v| selected.contains(&v.id))
            .collect();
        let mut mask = Bitset::empty(self.items.len());
        for (i, &v) in self.columns[facet as usize].iter().enumerate() {
            if wanted.get(v as usize).copied().unwrap_or(false) {
                mask.insert(i);
            }
        }
        Some(mask)
    }

    /// Filters and counts. `text_matches` may pass a search result computed earlier for the same
    /// text (the app keeps it while only facets change).
    pub fn evaluate_with(&self, query: &FacetQuery, text_matches: Option<&Bitset>) -> FacetResult {
        let n = self.items.len();
        let searched;
        let text_mask = match text_matches {
            Some(mask) => Some(mask),
            None if !query.text.trim().is_empty() => {
                searched = self.search(&query.text);
                Some(&searched)
            }
            None => None,
        };
        let masks: Vec<Option<Bitset>> = Facet::ALL
            .iter()
            .map(|f| self.facet_mask(*f, query))
            .collect();
        let mut matches = Bitset::full(n);
        if let Some(t) = text_mask {
            matches.and_with(t);
        }
        for mask in masks.iter().flatten() {
            matches.and_with(mask);
        }
        let mut counts: [Vec<u32>; 4] = Default::default();
        for facet in Facet::ALL {
            let f = facet as usize;
            let mut base = Bitset::full(n);
            if let Some(t) = text_mask {
                base.and_with(t);
            }
            for (g, mask) in masks.iter().enumerate() {
                if g != f
                    && let Some(mask) = mask
                {
                    base.and_with(mask);
                }
            }
            let mut tally = vec![0u32; self.values[f].len()];
            for i in base.iter() {
                if let Some(slot) = tally.get_mut(self.columns[f][i] as usize) {
                    *slot += 1;
                }
            }
            counts[f] = tally;
        }
        FacetResult {
            total: matches.count(),
            matches,
            counts,
        }
    }

    /// Filters and counts.
    pub fn evaluate(&self, query: &FacetQuery) -> FacetResult {
        self.evaluate_with(query, None)
    }

    /// The value position of every item, given each quote's value id (`u32::MAX` when unknown).
    fn column<'r>(&self, values: &[FacetValue], id_of: impl Fn(usize) -> &'r str) -> Vec<u32> {
        // Inserting one by one (not `collect`) avoids instantiating another sort in the wasm.
        let mut at = std::collections::BTreeMap::new();
        for (i, v) in values.iter().enumerate() {
            at.insert(v.id.as_str(), u32::try_from(i).unwrap_or(u32::MAX));
        }
        self.items
            .iter()
            .map(|&q| at.get(id_of(q)).copied().unwrap_or(u32::MAX))
            .collect()
    }

    fn set_facet(&mut self, facet: Facet, values: Vec<FacetValue>, column: Vec<u32>) {
        let mut values = values;
        for v in values.iter_mut() {
            v.total = 0;
        }
        for &c in &column {
            if let Some(v) = values.get_mut(c as usize) {
                v.total += 1;
            }
        }
        self.values[facet as usize] = values;
        self.columns[facet as usize] = column;
    }

    fn build_factions(&mut self, report: &Report) {
        let mut values: Vec<FacetValue> = report
            .factions
            .iter()
            .map(|f| FacetValue {
                id: f.id.clone(),
                label: f.name.clone(),
                group: None,
                total: 0,
            })
            .collect();
        values.push(FacetValue {
            id: NO_FACTION.to_owned(),
            label: "No faction".to_owned(),
            group: None,
            total: 0,
        });
        let column = self.column(&values, |q| {
            report
                .faction_of(&report.quotes[q])
                .map_or(NO_FACTION, |f| f.id.as_str())
        });
        self.set_facet(Facet::Faction, values, column);
        // Most quoted first; the order of the report breaks ties; "No faction" last when empty.
        self.sort_values(Facet::Faction, |v| {
            (u64::from(v.id == NO_FACTION) << 32) | u64::from(u32::MAX - v.total)
        });
        self.drop_empty(Facet::Faction, NO_FACTION);
    }

    fn build_speakers(&mut self, report: &Report) {
        let faction_order: Vec<String> = self.values[Facet::Faction as usize]
            .iter()
            .map(|v| v.id.clone())
            .collect();
        let faction_rank = |id: Option<&str>| {
            let id = id.unwrap_or(NO_FACTION);
            faction_order
                .iter()
                .position(|v| v == id)
                .unwrap_or(usize::MAX)
        };
        let values: Vec<FacetValue> = report
            .speakers
            .iter()
            .map(|s| FacetValue {
                id: s.id.clone(),
                label: s.name.clone(),
                group: Some(s.faction.clone().unwrap_or_else(|| NO_FACTION.to_owned())),
                total: 0,
            })
            .collect();
        let column = self.column(&values, |q| {
            report.quotes[q].speaker.as_deref().unwrap_or("")
        });
        self.set_facet(Facet::Speaker, values, column);
        let ranks: Vec<usize> = self.values[Facet::Speaker as usize]
            .iter()
            .map(|v| faction_rank(v.group.as_deref()))
            .collect();
        let mut order: Vec<usize> = (0..ranks.len()).collect();
        let totals: Vec<u32> = self.values[Facet::Speaker as usize]
            .iter()
            .map(|v| v.total)
            .collect();
        sort_by_rank(&mut order, |&i| {
            ((ranks[i] as u64) << 32) | u64::from(u32::MAX - totals[i])
        });
        self.reorder(Facet::Speaker, &order);
    }

    fn build_sections(&mut self, report: &Report) {
        let values: Vec<FacetValue> = report
            .sections
            .iter()
            .filter(|s| s.kind != crate::model::SectionKind::Notes)
            .map(|s| FacetValue {
                id: s.id.clone(),
                label: s.label().to_owned(),
                group: None,
                total: 0,
            })
            .collect();
        let column = self.column(&values, |q| report.quotes[q].section.as_str());
        self.set_facet(Facet::Section, values, column);
    }

    fn build_sources(&mut self, report: &Report) {
        let mut values: Vec<FacetValue> = Vec::new();
        let mut column = Vec::with_capacity(self.items.len());
        for &q in &self.items {
            let (id, label, rank) = source_of(report, report.quotes[q].note);
            let at = match values.iter().position(|v| v.id == id) {
                Some(at) => at,
                None => {
                    values.push(FacetValue {
                        id,
                        label,
                        group: Some(rank.to_string()),
                        total: 0,
                    });
                    values.len() - 1
                }
            };
            column.push(u32::try_from(at).unwrap_or(u32::MAX));
        }
        self.set_facet(Facet::Source, values, column);
        let rank_of = |v: &FacetValue| {
            v.group
                .as_deref()
                .and_then(|g| g.parse::<u64>().ok())
                .unwrap_or(9)
        };
        self.sort_values(Facet::Source, |v| {
            (rank_of(v) << 32) | u64::from(u32::MAX - v.total)
        });
        for v in self.values[Facet::Source as usize].iter_mut() {
            v.group = None;
        }
    }

    /// Sorts a facet's values by a key, keeping columns pointing at the same values.
    fn sort_values(&mut self, facet: Facet, rank: impl Fn(&FacetValue) -> u64) {
        let values = &self.values[facet as usize];
        let mut order: Vec<usize> = (0..values.len()).collect();
        sort_by_rank(&mut order, |&i| rank(&values[i]));
        self.reorder(facet, &order);
    }

    /// Puts values in `order` (old positions) and renumbers the column.
    fn reorder(&mut self, facet: Facet, order: &[usize]) {
        let f = facet as usize;
        let mut new_position = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_position[old] = u32::try_from(new).unwrap_or(u32::MAX);
        }
        let old = std::mem::take(&mut self.values[f]);
        self.values[f] = order.iter().map(|&i| old[i].clone()).collect();
        for c in self.columns[f].iter_mut() {
            if let Some(&p) = new_position.get(*c as usize) {
                *c = p;
            }
        }
    }

    /// Drops a catch-all value no item has.
    fn drop_empty(&mut self, facet: Facet, id: &str) {
        let f = facet as usize;
        if let Some(at) = self.values[f]
            .iter()
            .position(|v| v.id == id && v.total == 0)
            && at + 1 == self.values[f].len()
        {
            self.values[f].pop();
        }
    }
}

/// The source value of a quote: `interview-<medium>`, `interview` (medium not stated),
/// `publication`, or `none`; with its label and sort rank.
pub fn source_of(report: &Report, note: Option<u32>) -> (String, String, u8) {
    let Some(n) = note else {
        return (NO_NOTE.to_owned(), "No note".to_owned(), 3);
    };
    let Some(source) = report.source_note(n) else {
        return (NO_NOTE.to_owned(), "No note".to_owned(), 3);
    };
    match source.kind {
        NoteKind::Interview => match &source.medium {
            Some(medium) => (
                format!("interview-{}", slug(medium)),
                format!("Interview · {medium}"),
                0,
            ),
            None => (
                "interview".to_owned(),
                "Interview · medium not stated".to_owned(),
                1,
            ),
        },
        NoteKind::Publication | NoteKind::Ibid => {
            ("publication".to_owned(), "Publication".to_owned(), 2)
        }
    }
}

/// The folded text search looks in: the quote, its speaker's names and role, its faction, its note.
fn search_text(report: &Report, q: usize) -> String {
    let quote = &report.quotes[q];
    let mut text = quote.text.clone();
    if let Some(speaker) = quote.speaker.as_deref().and_then(|id| report.speaker(id)) {
        text.push('\n');
        text.push_str(&speaker.name);
        for alias in &speaker.aliases {
            text.push('\n');
            text.push_str(alias);
        }
        if let Some(role) = &speaker.role {
            text.push('\n');
            text.push_str(role);
        }
    }
    if let Some(faction) = report.faction_of(quote) {
        text.push('\n');
        text.push_str(&faction.name);
    }
    if let Some(note) = quote.note.and_then(|n| report.note(n)) {
        text.push('\n');
        text.push_str(&note.text);
        if let Some(source) = report.source_note(note.n).filter(|s| s.n != note.n) {
            text.push('\n');
            text.push_str(&source.text);
        }
    }
    fold(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        crate::parse(
            "Intro.\n\n“Hold the bridge,” said Jane Roe, a commander of the Hill Front.1\n\n“Run,” said Abū Karim, a commander of the River Brigade.2\n\n“We stay,” said Jane Roe.\n\nLater\n\n“It’s over,” said a Western diplomat.3\n\nNotes\n\n1. Jane Roe, interview with the author, Signal, May 2020.\n2. A. Writer, “Rivers,” Daily, June 2, 2020, https://example.org/r.\n3. Western diplomat, interview with the author, May 2020.\n",
        )
        .report
    }

    fn ids(index: &FacetIndex, result: &FacetResult, report: &Report) -> Vec<String> {
        result
            .matches
            .iter()
            .map(|i| report.quotes[index.items[i]].text.clone())
            .collect()
    }

    #[test]
    fn values_of_one_facet_or_and_facets_and() {
        let report = report();
        let index = FacetIndex::new(&report);
        let mut q = FacetQuery::default();
        q.select(Facet::Faction, "hill-front");
        q.select(Facet::Faction, "river-brigade");
        assert_eq!(index.evaluate(&q).total, 3);
        q.select(Facet::Section, "later");
        assert_eq!(index.evaluate(&q).total, 0);
        let mut q = FacetQuery::default();
        q.select(Facet::Faction, "hill-front");
        q.select(Facet::Section, "opening");
        assert_eq!(
            ids(&index, &index.evaluate(&q), &report),
            ["Hold the bridge,", "We stay,"]
        );
    }

    #[test]
    fn counts_are_disjunctive_within_a_facet() {
        let report = report();
        let index = FacetIndex::new(&report);
        let mut q = FacetQuery::default();
        q.select(Facet::Faction, "hill-front");
        let result = index.evaluate(&q);
        let factions = index.values(Facet::Faction);
        let count = |id: &str| {
            result.counts[Facet::Faction as usize]
                [factions.iter().position(|v| v.id == id).unwrap()]
        };
        assert_eq!(count("hill-front"), 2);
        assert_eq!(count("river-brigade"), 1, "another faction keeps its count");
        let sections = index.values(Facet::Section);
        let later = sections.iter().position(|v| v.id == "later").unwrap();
        assert_eq!(
            result.counts[Facet::Section as usize][later],
            0,
            "other facets narrow"
        );
    }

    #[test]
    fn search_ignores_case_accents_and_apostrophes() {
        let report = report();
        let index = FacetIndex::new(&report);
        for term in [
            "abu karim",
            "ABŪ",
            "its over",
            "it's",
            "Signal",
            "river brigade",
        ] {
            let q = FacetQuery {
                text: term.to_owned(),
                ..FacetQuery::default()
            };
            assert_eq!(index.evaluate(&q).total, 1, "{term}");
        }
        let q = FacetQuery {
            text: "jane bridge".to_owned(),
            ..FacetQuery::default()
        };
        assert_eq!(
            ids(&index, &index.evaluate(&q), &report),
            ["Hold the bridge,"]
        );
    }

    #[test]
    fn sources_group_interviews_by_medium() {
        let report = report();
        let index = FacetIndex::new(&report);
        let sources: Vec<(&str, u32)> = index
            .values(Facet::Source)
            .iter()
            .map(|v| (v.id.as_str(), v.total))
            .collect();
        assert_eq!(
            sources,
            [
                ("interview-signal", 1),
                ("interview", 1),
                ("publication", 1),
                ("none", 1)
            ]
        );
    }

    #[test]
    fn bitsets_iterate_in_order() {
        let mut b = Bitset::empty(130);
        for i in [0, 63, 64, 129] {
            b.insert(i);
        }
        assert_eq!(b.iter().collect::<Vec<_>>(), [0, 63, 64, 129]);
        assert_eq!(Bitset::full(130).count(), 130);
    }
}
