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

use crate::keys::keyed_enum;
use crate::model::{Confidence, NoteKind, QuoteKind, Report, SectionKind};
use crate::params::Param;
use crate::search::{SearchQuery, fold_for_search};
use crate::text::{set_of, slug, sort_by_rank};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

keyed_enum! {
    /// A facet of the quotes, written as its URL parameter.
    pub enum Facet {
        /// The speaker's faction.
        Faction = "faction",
        /// The speaker.
        Speaker = "speaker",
        /// The section the quote is in (a chapter holds its subsections).
        Section = "section",
        /// The kind of source: interview by medium, publication, no note.
        Source = "source",
        /// How sure the parser is of the speaker.
        Confidence = "confidence",
    }
}

/// The number of facets.
pub const FACETS: usize = 5;

impl Facet {
    /// The URL parameter that selects values of this facet.
    pub fn param(self) -> Param {
        match self {
            Facet::Faction => Param::Faction,
            Facet::Speaker => Param::Speaker,
            Facet::Section => Param::Section,
            Facet::Source => Param::Source,
            Facet::Confidence => Param::Confidence,
        }
    }

    /// The name readers see.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Faction => "Faction",
            Facet::Speaker => "Speaker",
            Facet::Section => "Section",
            Facet::Source => "Source",
            Facet::Confidence => "Attribution",
        }
    }

    fn at(self) -> usize {
        self as usize
    }
}

/// The value id for quotes whose speaker has no faction.
pub const NO_FACTION: &str = "no-faction";
/// The value id for speech whose speaker the parser could not find.
pub const UNKNOWN_SPEAKER: &str = "unknown-speaker";
/// The source value for quotes with no note.
pub const NO_NOTE: &str = "none";

/// What a reader asked for: selected values per facet and a search text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetQuery {
    /// Selected value ids, per facet (indexed by `Facet as usize`).
    pub selected: [BTreeSet<String>; FACETS],
    /// Free text (see [`crate::search::SearchQuery`]).
    pub text: String,
}

impl FacetQuery {
    /// Selects a value.
    pub fn select(&mut self, facet: Facet, id: &str) {
        self.selected[facet.at()].insert(id.to_owned());
    }

    /// Selects a value, or unselects it if it was selected.
    pub fn toggle(&mut self, facet: Facet, id: &str) {
        let values = &mut self.selected[facet.at()];
        if !values.remove(id) {
            values.insert(id.to_owned());
        }
    }

    /// Unselects every value of a facet.
    pub fn clear(&mut self, facet: Facet) {
        self.selected[facet.at()].clear();
    }

    /// The selected values of a facet.
    pub fn values(&self, facet: Facet) -> &BTreeSet<String> {
        &self.selected[facet.at()]
    }

    /// Whether nothing narrows the quotes.
    pub fn is_empty(&self) -> bool {
        self.active_count() == 0
    }

    /// How many filters are in force: selected values, and the search if there is one.
    pub fn active_count(&self) -> usize {
        self.selected.iter().map(BTreeSet::len).sum::<usize>()
            + usize::from(!self.text.trim().is_empty())
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
    /// For a subsection, the id of the section that holds it; choosing that section chooses
    /// this one's quotes too.
    pub parent: Option<String>,
    /// 0 for a top-level value, 1 for a value under it...
    pub depth: u8,
    /// Quotes with this value (or a value under it) when nothing is selected.
    pub total: u32,
}

/// How much of a facet's list a reader has asked to see.
#[derive(Clone, Debug)]
pub struct ListWindow<'a> {
    /// The text in the list's filter box.
    pub filter: &'a str,
    /// How many top-level values show.
    pub limit: usize,
    /// The chosen value ids, shown wherever they rank.
    pub chosen: &'a BTreeSet<String>,
    /// The chapters whose subsections show.
    pub open: &'a BTreeSet<String>,
}

/// A row of a facet's list: a faction heading (speakers are grouped by faction) or the value at
/// a position of [`FacetIndex::values`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ListRow {
    /// The faction value id the speakers below belong to (`None`: no faction).
    Group(Option<String>),
    /// A value.
    Value(usize),
}

/// The rows of a facet's list on screen, with what "Show more" would add.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetList {
    /// The rows, in display order.
    pub rows: Vec<ListRow>,
    /// Top-level values the filter lets through.
    pub top_level: usize,
    /// Of those, the ones shown.
    pub shown_top_level: usize,
}

/// One quote as readers count it: a whole utterance, with the segments it is split into
/// ("A," she said. "B." is one quote in two segments).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Utterance {
    /// Report quote indices of the segments, in reading order (never empty).
    pub segments: Vec<usize>,
}

impl Utterance {
    /// The first segment: the one whose speaker, section and id stand for the whole.
    pub fn first(&self) -> usize {
        self.segments[0]
    }
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
    /// Matching quotes (positions in [`FacetIndex::items`]).
    pub matches: Bitset,
    /// How many quotes match.
    pub total: u32,
    /// Per facet, per value (in [`FacetIndex::values`] order): results if that value were added.
    pub counts: [Vec<u32>; FACETS],
}

impl FacetResult {
    /// The matching items a list shows: the first `limit`, and more up to `through` (the item
    /// of a linked quote, which must be on screen) if it matches.
    pub fn page(&self, limit: usize, through: Option<usize>) -> Vec<usize> {
        let through = through.filter(|&item| self.matches.contains(item));
        self.matches
            .iter()
            .enumerate()
            .take_while(|&(n, item)| n < limit || through.is_some_and(|t| item <= t))
            .map(|(_, item)| item)
            .collect()
    }
    /// Each value's share of its facet's counts, in permille (for share bars that follow the
    /// counts: a value at zero has no bar).
    pub fn shares(&self, facet: Facet) -> Vec<u32> {
        let counts = &self.counts[facet.at()];
        let sum: u64 = counts.iter().map(|&c| u64::from(c)).sum();
        counts
            .iter()
            .map(|&c| u32::try_from(u64::from(c) * 1000 / sum.max(1)).unwrap_or(1000))
            .collect()
    }
}

/// The values of one facet and, per quote, which value it has.
#[derive(Clone, Debug, Default)]
struct Column {
    values: Vec<FacetValue>,
    /// Per item, the position of its value (`u32::MAX` when it has none).
    of_item: Vec<u32>,
    /// Per value, the positions of the values that hold it (its parent, the parent's parent...).
    holders: Vec<Vec<u32>>,
}

/// The quotes the explorer filters (speech, one item per utterance), with a value column per
/// facet and their folded search text.
#[derive(Clone, Debug)]
pub struct FacetIndex {
    /// The quotes, in reading order.
    pub items: Vec<Utterance>,
    columns: [Column; FACETS],
    search_text: Vec<String>,
}

impl FacetIndex {
    /// Indexes the speech of a report, one item per utterance.
    pub fn new(report: &Report) -> Self {
        let mut items: Vec<Utterance> = Vec::new();
        let mut item_of: BTreeMap<&str, usize> = BTreeMap::new();
        for (q, quote) in report.quotes.iter().enumerate() {
            if quote.kind != QuoteKind::Speech {
                continue;
            }
            match item_of.get(quote.utterance.as_str()) {
                Some(&i) => items[i].segments.push(q),
                None => {
                    item_of.insert(&quote.utterance, items.len());
                    items.push(Utterance { segments: vec![q] });
                }
            }
        }
        let mut index = FacetIndex {
            items,
            columns: Default::default(),
            search_text: Vec::new(),
        };
        index.build_factions(report);
        index.build_speakers(report);
        index.build_sections(report);
        index.build_sources(report);
        index.build_confidence(report);
        index.search_text = index
            .items
            .iter()
            .map(|item| search_text(report, item))
            .collect();
        index
    }

    /// The values of a facet, in display order.
    pub fn values(&self, facet: Facet) -> &[FacetValue] {
        &self.columns[facet.at()].values
    }

    /// The value an item has in a facet.
    pub fn value_of(&self, facet: Facet, item: usize) -> Option<&FacetValue> {
        let column = &self.columns[facet.at()];
        let v = *column.of_item.get(item)?;
        column.values.get(v as usize)
    }

    /// The positions of a facet's values whose label holds `text` (all of them when it is
    /// empty), with the values that hold a match (a chapter of a matching subsection).
    pub fn find_values(&self, facet: Facet, text: &str) -> Vec<usize> {
        let column = &self.columns[facet.at()];
        let search = SearchQuery::parse(text);
        if search.is_empty() {
            return (0..column.values.len()).collect();
        }
        let mut found = vec![false; column.values.len()];
        for (v, value) in column.values.iter().enumerate() {
            if search.matches(&fold_for_search(&value.label)) {
                found[v] = true;
                for &h in &column.holders[v] {
                    found[h as usize] = true;
                }
            }
        }
        (0..found.len()).filter(|&v| found[v]).collect()
    }

    /// Whether a facet has a value with this id.
    pub fn has_value(&self, facet: Facet, id: &str) -> bool {
        self.values(facet).iter().any(|v| v.id == id)
    }

    /// Items whose search text holds every term of the search.
    pub fn search(&self, query: &SearchQuery) -> Bitset {
        let mut found = Bitset::empty(self.items.len());
        for (i, haystack) in self.search_text.iter().enumerate() {
            if query.matches(haystack) {
                found.insert(i);
            }
        }
        found
    }

    /// The items a facet's selection lets through (`None` when nothing is selected).
    fn facet_mask(&self, facet: Facet, query: &FacetQuery) -> Option<Bitset> {
        let selected = query.values(facet);
        if selected.is_empty() {
            return None;
        }
        let column = &self.columns[facet.at()];
        let direct: Vec<bool> = column
            .values
            .iter()
            .map(|v| selected.contains(&v.id))
            .collect();
        let wanted: Vec<bool> = (0..column.values.len())
            .map(|v| {
                direct[v]
                    || column.holders[v]
                        .iter()
                        .any(|&h| direct.get(h as usize).copied().unwrap_or(false))
            })
            .collect();
        let mut mask = Bitset::empty(self.items.len());
        for (i, &v) in column.of_item.iter().enumerate() {
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
            None => {
                let search = SearchQuery::parse(&query.text);
                if search.is_empty() {
                    None
                } else {
                    searched = self.search(&search);
                    Some(&searched)
                }
            }
        };
        let masks: Vec<Option<Bitset>> = Facet::ALL
            .iter()
            .map(|&f| self.facet_mask(f, query))
            .collect();
        let mut matches = Bitset::full(n);
        if let Some(t) = text_mask {
            matches.and_with(t);
        }
        for mask in masks.iter().flatten() {
            matches.and_with(mask);
        }
        let mut counts: [Vec<u32>; FACETS] = Default::default();
        for &facet in Facet::ALL {
            let f = facet.at();
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
            let column = &self.columns[f];
            let mut tally = vec![0u32; column.values.len()];
            for i in base.iter() {
                let v = column.of_item[i] as usize;
                if let Some(slot) = tally.get_mut(v) {
                    *slot += 1;
                    for &h in &column.holders[v] {
                        tally[h as usize] += 1;
                    }
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

    /// Per report quote: whether it belongs to a matching item (for marking the reading view
    /// and the chart).
    pub fn shown_quotes(&self, result: &FacetResult, quotes: usize) -> Vec<bool> {
        let mut shown = vec![false; quotes];
        for i in result.matches.iter() {
            for &q in &self.items[i].segments {
                if let Some(slot) = shown.get_mut(q) {
                    *slot = true;
                }
            }
        }
        shown
    }

    /// The notes the matching items cite, in number order.
    pub fn cited_notes(&self, report: &Report, result: &FacetResult) -> BTreeSet<u32> {
        set_of(
            result
                .matches
                .iter()
                .flat_map(|i| self.items[i].segments.iter())
                .filter_map(|&q| report.quotes.get(q).and_then(|quote| quote.note)),
        )
    }

    /// The notes the Notes view lists: those the filtered quotes cite (when a facet value is
    /// chosen), whose text holds the search (when there is one); `None` when nothing narrows
    /// them. `result` is the facets' result without the search.
    pub fn listed_notes(
        &self,
        report: &Report,
        query: &FacetQuery,
        result: &FacetResult,
        search: &SearchQuery,
    ) -> Option<BTreeSet<u32>> {
        let faceted = query.selected.iter().any(|s| !s.is_empty());
        if !faceted && search.is_empty() {
            return None;
        }
        let cited = faceted.then(|| self.cited_notes(report, result));
        Some(set_of(
            report
                .notes
                .iter()
                .filter(|note| cited.as_ref().is_none_or(|c| c.contains(&note.n)))
                .filter(|note| search.is_empty() || search.matches(&fold_for_search(&note.text)))
                .map(|note| note.n),
        ))
    }

    /// The rows of a facet's list a reader sees: the values the filter box lets through, the
    /// first `window.limit` top-level ones (and any chosen one), subsections only under an open
    /// chapter unless filtering, and a faction heading before each run of speakers.
    pub fn list_rows(&self, facet: Facet, window: &ListWindow) -> FacetList {
        let column = &self.columns[facet.at()];
        let filtering = !window.filter.trim().is_empty();
        let mut list = FacetList::default();
        let mut group: Option<&Option<String>> = None;
        let mut shown = vec![false; column.values.len()];
        for v in self.find_values(facet, window.filter) {
            let value = &column.values[v];
            let chosen = window.chosen.contains(&value.id);
            // A speaker or faction no quote has (a speaker merged away, a faction left empty)
            // is nothing to filter by. Sections stay: they are the report's outline.
            if value.total == 0 && facet != Facet::Section && !chosen {
                continue;
            }
            if value.depth == 0 {
                list.top_level += 1;
                if list.top_level > window.limit && !chosen {
                    continue;
                }
                list.shown_top_level += 1;
            } else {
                let cut = column.holders[v].iter().any(|&h| {
                    let holder = &column.values[h as usize];
                    let closed = !filtering && !window.open.contains(&holder.id);
                    closed || !shown[h as usize]
                });
                if cut && !chosen {
                    continue;
                }
            }
            if facet == Facet::Speaker && group != Some(&value.group) {
                group = Some(&value.group);
                list.rows.push(ListRow::Group(value.group.clone()));
            }
            shown[v] = true;
            list.rows.push(ListRow::Value(v));
        }
        list
    }

    /// Whether a value has values under it (a chapter with subsections).
    pub fn has_subvalues(&self, facet: Facet, value: usize) -> bool {
        let column = &self.columns[facet.at()];
        let Ok(at) = u32::try_from(value) else {
            return false;
        };
        column.holders.iter().any(|holders| holders.contains(&at))
    }

    /// The ids of the values that hold a value (its chapter, the chapter's part...).
    pub fn holders_of(&self, facet: Facet, id: &str) -> Vec<String> {
        let column = &self.columns[facet.at()];
        column
            .values
            .iter()
            .position(|v| v.id == id)
            .map(|v| {
                column.holders[v]
                    .iter()
                    .map(|&h| column.values[h as usize].id.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The position of the item holding the report quote with this id.
    pub fn item_of_quote_id(&self, report: &Report, id: &str) -> Option<usize> {
        let quote = report.quotes.iter().position(|q| q.id == id)?;
        self.item_of_quote(quote)
    }

    /// The position of the item holding a report quote.
    pub fn item_of_quote(&self, quote: usize) -> Option<usize> {
        self.items
            .iter()
            .position(|item| item.segments.contains(&quote))
    }

    /// Sets a facet from its values and each item's value id (unknown ids get no value).
    fn set_facet(&mut self, facet: Facet, mut values: Vec<FacetValue>, item_ids: &[&str]) {
        // Inserting one by one (not `collect`) avoids instantiating another sort in the wasm.
        let mut at = BTreeMap::new();
        for (i, v) in values.iter().enumerate() {
            at.insert(v.id.clone(), u32::try_from(i).unwrap_or(u32::MAX));
        }
        let of_item: Vec<u32> = item_ids
            .iter()
            .map(|id| at.get(*id).copied().unwrap_or(u32::MAX))
            .collect();
        let holders: Vec<Vec<u32>> = values
            .iter()
            .map(|v| {
                let mut chain = Vec::new();
                let mut parent = v.parent.as_deref();
                while let Some(p) = parent {
                    let Some(&h) = at.get(p) else { break };
                    if chain.contains(&h) || chain.len() > values.len() {
                        break;
                    }
                    chain.push(h);
                    parent = values[h as usize].parent.as_deref();
                }
                chain
            })
            .collect();
        for v in values.iter_mut() {
            v.total = 0;
        }
        for &c in &of_item {
            if let Some(v) = values.get_mut(c as usize) {
                v.total += 1;
            }
            for &h in holders.get(c as usize).map_or(&[][..], Vec::as_slice) {
                values[h as usize].total += 1;
            }
        }
        self.columns[facet.at()] = Column {
            values,
            of_item,
            holders,
        };
    }

    fn build_factions(&mut self, report: &Report) {
        let mut values: Vec<FacetValue> = report
            .factions
            .iter()
            .map(|f| value(&f.id, &f.name))
            .collect();
        values.push(value(NO_FACTION, "No faction"));
        let ids: Vec<&str> = self
            .items
            .iter()
            .map(|item| {
                let quote = &report.quotes[item.first()];
                report
                    .faction_of(quote)
                    .map_or(NO_FACTION, |f| f.id.as_str())
            })
            .collect();
        self.set_facet(Facet::Faction, values, &ids);
        // Most quoted first; the order of the report breaks ties; "No faction" last.
        self.sort_values(Facet::Faction, |v| {
            (u64::from(v.id == NO_FACTION) << 32) | u64::from(u32::MAX - v.total)
        });
        self.drop_empty(Facet::Faction);
    }

    fn build_speakers(&mut self, report: &Report) {
        let faction_order: Vec<String> = self
            .values(Facet::Faction)
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
        let mut values: Vec<FacetValue> = report
            .speakers
            .iter()
            .map(|s| FacetValue {
                group: Some(s.faction.clone().unwrap_or_else(|| NO_FACTION.to_owned())),
                ..value(&s.id, &s.name)
            })
            .collect();
        values.push(FacetValue {
            group: Some(NO_FACTION.to_owned()),
            ..value(UNKNOWN_SPEAKER, "Unknown speaker")
        });
        let ids: Vec<&str> = self
            .items
            .iter()
            .map(|item| {
                report.quotes[item.first()]
                    .speaker
                    .as_deref()
                    .unwrap_or(UNKNOWN_SPEAKER)
            })
            .collect();
        self.set_facet(Facet::Speaker, values, &ids);
        // Grouped by faction, most quoted first within a faction, the unknown speaker last.
        self.sort_values(Facet::Speaker, |v| {
            let unknown = u64::from(v.id == UNKNOWN_SPEAKER);
            ((faction_rank(v.group.as_deref()) as u64) << 33)
                | (unknown << 32)
                | u64::from(u32::MAX - v.total)
        });
        self.drop_empty(Facet::Speaker);
    }

    fn build_sections(&mut self, report: &Report) {
        let ids = set_of(report.sections.iter().map(|s| s.id.as_str()));
        let values: Vec<FacetValue> = report
            .sections
            .iter()
            .filter(|s| s.kind != SectionKind::Notes)
            .map(|s| {
                let parent = s.parent.clone().filter(|p| ids.contains(p.as_str()));
                FacetValue {
                    depth: if parent.is_some() {
                        s.level.saturating_sub(1).max(1)
                    } else {
                        0
                    },
                    parent,
                    ..value(&s.id, s.label())
                }
            })
            .collect();
        let ids: Vec<&str> = self
            .items
            .iter()
            .map(|item| report.quotes[item.first()].section.as_str())
            .collect();
        self.set_facet(Facet::Section, values, &ids);
    }

    fn build_sources(&mut self, report: &Report) {
        let mut values: Vec<FacetValue> = Vec::new();
        let mut ranks: BTreeMap<String, u64> = BTreeMap::new();
        let mut ids: Vec<String> = Vec::with_capacity(self.items.len());
        for item in &self.items {
            let (id, label, rank) = source_of(report, utterance_note(report, item));
            if !values.iter().any(|v| v.id == id) {
                ranks.insert(id.clone(), u64::from(rank));
                values.push(value(&id, &label));
            }
            ids.push(id);
        }
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        self.set_facet(Facet::Source, values, &ids);
        self.sort_values(Facet::Source, |v| {
            (ranks.get(&v.id).copied().unwrap_or(9) << 32) | u64::from(u32::MAX - v.total)
        });
    }

    fn build_confidence(&mut self, report: &Report) {
        let values = Confidence::ALL
            .iter()
            .map(|c| value(c.key(), confidence_label(*c)))
            .collect();
        let ids: Vec<&str> = self
            .items
            .iter()
            .map(|item| {
                report.quotes[item.first()]
                    .confidence
                    .unwrap_or(Confidence::High)
                    .key()
            })
            .collect();
        self.set_facet(Facet::Confidence, values, &ids);
        let column = &mut self.columns[Facet::Confidence.at()];
        if column.values.iter().filter(|v| v.total > 0).count() < 2 {
            // One level for every quote says nothing: the facet stays empty.
            *column = Column {
                of_item: vec![u32::MAX; self.items.len()],
                ..Column::default()
            };
        }
    }

    /// Sorts a facet's values by a key, keeping items pointing at the same values.
    fn sort_values(&mut self, facet: Facet, rank: impl Fn(&FacetValue) -> u64) {
        let values = &self.columns[facet.at()].values;
        let mut order: Vec<usize> = (0..values.len()).collect();
        sort_by_rank(&mut order, |&i| rank(&values[i]));
        self.reorder(facet, &order);
    }

    /// Puts values in `order` (old positions) and renumbers the items' positions.
    fn reorder(&mut self, facet: Facet, order: &[usize]) {
        let column = &mut self.columns[facet.at()];
        let mut new_position = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_position[old] = u32::try_from(new).unwrap_or(u32::MAX);
        }
        let renumber = |p: &mut u32| {
            if let Some(&n) = new_position.get(*p as usize) {
                *p = n;
            }
        };
        let old_values = std::mem::take(&mut column.values);
        let old_holders = std::mem::take(&mut column.holders);
        column.values = order.iter().map(|&i| old_values[i].clone()).collect();
        column.holders = order.iter().map(|&i| old_holders[i].clone()).collect();
        column.of_item.iter_mut().for_each(renumber);
        column.holders.iter_mut().flatten().for_each(renumber);
    }

    /// Drops a facet's catch-all value (the last one) when no item has it.
    fn drop_empty(&mut self, facet: Facet) {
        let column = &mut self.columns[facet.at()];
        if column.values.last().is_some_and(|v| v.total == 0) {
            column.values.pop();
            column.holders.pop();
        }
    }
}

/// A top-level value with no group.
fn value(id: &str, label: &str) -> FacetValue {
    FacetValue {
        id: id.to_owned(),
        label: label.to_owned(),
        group: None,
        parent: None,
        depth: 0,
        total: 0,
    }
}

/// What readers see for a confidence level.
pub fn confidence_label(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => "Speaker certain",
        Confidence::Medium => "Speaker likely",
        Confidence::Low => "Speaker uncertain",
    }
}

/// The note that sources an utterance: the first one its segments carry.
pub fn utterance_note(report: &Report, item: &Utterance) -> Option<u32> {
    item.segments
        .iter()
        .find_map(|&q| report.quotes.get(q).and_then(|quote| quote.note))
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

/// The folded text search looks in: the quote's segments, its speaker's names and role, its
/// faction, its notes.
fn search_text(report: &Report, item: &Utterance) -> String {
    let first = &report.quotes[item.first()];
    let mut text = String::new();
    let mut add = |part: &str| {
        text.push_str(part);
        text.push('\n');
    };
    for &q in &item.segments {
        add(&report.quotes[q].text);
    }
    if let Some(speaker) = first.speaker.as_deref().and_then(|id| report.speaker(id)) {
        add(&speaker.name);
        speaker.aliases.iter().for_each(|a| add(a));
        if let Some(role) = &speaker.role {
            add(role);
        }
    }
    if let Some(faction) = report.faction_of(first) {
        add(&faction.name);
    }
    let notes = set_of(item.segments.iter().filter_map(|&q| report.quotes[q].note));
    for note in notes.iter().filter_map(|&n| report.note(n)) {
        add(&note.text);
        if let Some(source) = report.source_note(note.n).filter(|s| s.n != note.n) {
            add(&source.text);
        }
    }
    fold_for_search(&text)
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
            .map(|i| report.quotes[index.items[i].first()].text.clone())
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
    fn a_quote_split_by_its_attribution_counts_once_and_searches_as_a_whole() {
        let report = crate::parse(
            "Intro.\n\n“Hold the bridge,” said Jane Roe, a commander of the Hill Front. “Then the town.”\n\n“Run,” said a Western diplomat.\n",
        )
        .report;
        let index = FacetIndex::new(&report);
        assert_eq!(index.items.len(), 2);
        assert_eq!(index.items[0].segments.len(), 2);
        let q = FacetQuery {
            text: "bridge town".into(),
            ..FacetQuery::default()
        };
        assert_eq!(index.evaluate(&q).total, 1, "words from both segments");
        let shown = index.shown_quotes(&index.evaluate(&q), report.quotes.len());
        assert_eq!(shown, [true, true, false]);
    }

    #[test]
    fn speech_with_no_speaker_is_listed_as_unknown_speaker() {
        let mut report = report();
        report.quotes[1].speaker = None;
        let index = FacetIndex::new(&report);
        let unknown = index
            .values(Facet::Speaker)
            .iter()
            .find(|v| v.id == UNKNOWN_SPEAKER)
            .expect("an Unknown speaker value");
        assert_eq!(
            (unknown.label.as_str(), unknown.total),
            ("Unknown speaker", 1)
        );
        assert!(
            !FacetIndex::new(&self::report())
                .values(Facet::Speaker)
                .iter()
                .any(|v| v.id == UNKNOWN_SPEAKER),
            "no value when every quote has a speaker"
        );
    }

    #[test]
    fn choosing_a_chapter_chooses_its_subsections() {
        let mut report = report();
        report.sections[1].parent = Some(report.sections[0].id.clone());
        report.sections[1].level = 2;
        let index = FacetIndex::new(&report);
        let sections = index.values(Facet::Section);
        assert_eq!(
            sections
                .iter()
                .map(|v| (v.id.as_str(), v.parent.as_deref(), v.depth, v.total))
                .collect::<Vec<_>>(),
            [("opening", None, 0, 4), ("later", Some("opening"), 1, 1)],
            "the chapter counts its subsection's quote"
        );
        let mut q = FacetQuery::default();
        q.select(Facet::Section, "opening");
        assert_eq!(index.evaluate(&q).total, 4);
        let mut q = FacetQuery::default();
        q.select(Facet::Faction, "western-diplomats");
        let counts = &index.evaluate(&q).counts[Facet::Section as usize];
        assert_eq!(counts, &[1, 1]);
    }

    #[test]
    fn a_faction_no_quote_has_is_not_listed_unless_chosen() {
        let mut report = report();
        let mut empty = report.factions[0].clone();
        empty.id = "left-empty".to_owned();
        empty.name = "Left empty".to_owned();
        report.factions.push(empty);
        let index = FacetIndex::new(&report);
        let none = BTreeSet::new();
        let window = ListWindow {
            limit: 100,
            chosen: &none,
            open: &none,
            filter: "",
        };
        let position = index
            .values(Facet::Faction)
            .iter()
            .position(|v| v.id == "left-empty")
            .expect("the faction is a value");
        let listed = index.list_rows(Facet::Faction, &window);
        assert!(!listed.rows.contains(&ListRow::Value(position)));
        assert_eq!(listed.top_level, listed.shown_top_level, "nor counted");
        let chosen = BTreeSet::from(["left-empty".to_owned()]);
        let with_chosen = index.list_rows(
            Facet::Faction,
            &ListWindow {
                chosen: &chosen,
                ..window
            },
        );
        assert!(
            with_chosen.rows.contains(&ListRow::Value(position)),
            "a link may choose it"
        );
    }

    #[test]
    fn a_list_shows_its_first_values_the_chosen_ones_and_open_chapters() {
        let mut report = report();
        report.sections[1].parent = Some(report.sections[0].id.clone());
        let index = FacetIndex::new(&report);
        let none = BTreeSet::new();
        let window = ListWindow {
            limit: 1,
            chosen: &none,
            open: &none,
            filter: "",
        };
        let speakers = index.list_rows(Facet::Speaker, &window);
        assert_eq!(speakers.top_level, index.values(Facet::Speaker).len());
        assert_eq!(speakers.shown_top_level, 1, "cut at the limit");
        let first = &index.values(Facet::Speaker)[0];
        assert_eq!(
            speakers.rows,
            [ListRow::Group(first.group.clone()), ListRow::Value(0)],
            "a speaker comes under its faction's heading"
        );
        let last = index.values(Facet::Speaker).len() - 1;
        let chosen = BTreeSet::from([index.values(Facet::Speaker)[last].id.clone()]);
        let with_chosen = index.list_rows(
            Facet::Speaker,
            &ListWindow {
                chosen: &chosen,
                ..window.clone()
            },
        );
        assert!(
            with_chosen.rows.contains(&ListRow::Value(last)),
            "a chosen value shows past the limit"
        );
        let sections = |window: &ListWindow| index.list_rows(Facet::Section, window).rows;
        let all = ListWindow {
            limit: 10,
            ..window.clone()
        };
        assert_eq!(
            sections(&all),
            [ListRow::Value(0)],
            "a closed chapter hides its subsections"
        );
        let open = BTreeSet::from(["opening".to_owned()]);
        assert_eq!(
            sections(&ListWindow {
                open: &open,
                ..all.clone()
            }),
            [ListRow::Value(0), ListRow::Value(1)]
        );
        assert_eq!(
            sections(&ListWindow {
                filter: "later",
                ..all.clone()
            }),
            [ListRow::Value(0), ListRow::Value(1)],
            "filtering shows a matching subsection under its chapter"
        );
        assert_eq!(index.holders_of(Facet::Section, "later"), ["opening"]);
        assert!(index.has_subvalues(Facet::Section, 0));
        assert!(!index.has_subvalues(Facet::Section, 1));
    }

    #[test]
    fn a_page_of_results_reaches_a_linked_quote() {
        let report = report();
        let index = FacetIndex::new(&report);
        let all = index.evaluate(&FacetQuery::default());
        assert_eq!(all.page(2, None), [0, 1]);
        assert_eq!(
            all.page(2, Some(3)),
            [0, 1, 2, 3],
            "on through the linked quote"
        );
        assert_eq!(all.page(10, None).len(), all.total as usize);
        let mut q = FacetQuery::default();
        q.select(Facet::Faction, "hill-front");
        let hill = index.evaluate(&q);
        assert_eq!(
            hill.page(1, Some(3)).len(),
            1,
            "a linked quote the filters hide adds nothing"
        );
        let last = report
            .quotes
            .iter()
            .rev()
            .find(|q| q.kind == QuoteKind::Speech)
            .unwrap();
        assert_eq!(
            index.item_of_quote_id(&report, &last.id),
            Some(index.items.len() - 1)
        );
        assert_eq!(index.item_of_quote_id(&report, "no-such-quote"), None);
    }

    #[test]
    fn a_long_list_can_be_narrowed_by_its_labels() {
        let mut report = report();
        report.sections[1].parent = Some(report.sections[0].id.clone());
        let index = FacetIndex::new(&report);
        let brigade = index
            .values(Facet::Faction)
            .iter()
            .position(|v| v.id == "river-brigade");
        assert_eq!(
            index.find_values(Facet::Faction, "brig"),
            [brigade.unwrap()]
        );
        assert_eq!(index.find_values(Facet::Faction, "").len(), 3);
        assert_eq!(
            index.find_values(Facet::Section, "later"),
            [0, 1],
            "the chapter of a matching subsection stays"
        );
    }

    #[test]
    fn the_notes_view_lists_notes_by_their_text_and_by_the_quotes_that_cite_them() {
        let report = report();
        let index = FacetIndex::new(&report);
        let listed = |faction: Option<&str>, text: &str| {
            let mut query = FacetQuery::default();
            if let Some(f) = faction {
                query.select(Facet::Faction, f);
            }
            let result = index.evaluate(&query);
            index
                .listed_notes(&report, &query, &result, &SearchQuery::parse(text))
                .map(|notes| notes.into_iter().collect::<Vec<_>>())
        };
        assert_eq!(listed(None, ""), None);
        assert_eq!(
            listed(None, "rivers"),
            Some(vec![2]),
            "a word only a note holds"
        );
        assert_eq!(listed(Some("hill-front"), ""), Some(vec![1]));
        assert_eq!(listed(Some("hill-front"), "interview"), Some(vec![1]));
        assert_eq!(listed(Some("river-brigade"), "interview"), Some(vec![]));
    }

    #[test]
    fn share_bars_follow_the_counts() {
        let report = report();
        let index = FacetIndex::new(&report);
        let mut q = FacetQuery::default();
        q.select(Facet::Section, "later");
        let result = index.evaluate(&q);
        let shares = result.shares(Facet::Faction);
        let factions = index.values(Facet::Faction);
        for (value, share) in factions.iter().zip(&shares) {
            let expected = if value.id == "western-diplomats" {
                1000
            } else {
                0
            };
            assert_eq!(*share, expected, "{}", value.id);
        }
    }

    #[test]
    fn confidence_is_a_facet_only_when_it_tells_quotes_apart() {
        let mut report = report();
        assert!(
            FacetIndex::new(&report)
                .values(Facet::Confidence)
                .is_empty()
        );
        report.quotes[0].confidence = Some(Confidence::Low);
        let index = FacetIndex::new(&report);
        let values: Vec<(&str, u32)> = index
            .values(Facet::Confidence)
            .iter()
            .map(|v| (v.id.as_str(), v.total))
            .collect();
        assert_eq!(values, [("high", 3), ("medium", 0), ("low", 1)]);
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
