//! The "who speaks where" chart, laid out: one row per faction, a mark per quote placed where
//! it falls in the report, section boundaries, and chapter labels thinned to what fits.
//!
//! Positions are in permyriad (1/100 of a percent) of the track's width, so the page can place
//! them with percentages at any width. Labels are chosen for a few track widths ([`TIERS`]); the
//! page shows the set for its width (container queries), each label cut to the room it has, so
//! labels never overlap. Marks closer than [`MIN_MARK_GAP`] go to separate lanes of their row,
//! so that each can be seen and reached; where every lane is taken, a quote joins the mark it
//! would hide, so a row never has more than [`LANES`] × [`FULL`] / [`MIN_MARK_GAP`] marks, however
//! long the report.

use crate::facets::{Facet, FacetIndex};
use crate::model::{Report, SectionKind};

/// The track widths, in CSS pixels, from which each set of labels applies.
pub const TIERS: [u32; 3] = [200, 480, 800];
/// The horizontal room a mark needs before the next in the same lane, in permyriad.
pub const MIN_MARK_GAP: u32 = 70;
/// Lanes per row.
pub const LANES: u8 = 3;
/// The full width, in permyriad.
pub const FULL: u32 = 10_000;
/// The widest a label may be, in pixels.
const MAX_LABEL_PX: u32 = 180;
/// The narrowest label worth showing (a few letters and an ellipsis), in pixels.
const MIN_LABEL_PX: u32 = 44;
/// The space kept between two labels, in pixels.
const LABEL_GAP_PX: u32 = 8;

/// The chart's parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartLayout {
    /// Body sections, in order, with where they start.
    pub sections: Vec<ChartSection>,
    /// One row per faction with quotes, in the Faction facet's order.
    pub rows: Vec<ChartRow>,
    /// One mark per quote, in row order, then left to right.
    pub marks: Vec<ChartMark>,
}

/// A section boundary and its label at each tier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSection {
    /// The section's id.
    pub id: String,
    /// The full title.
    pub title: String,
    /// 1 for a chapter.
    pub level: u8,
    /// Where it starts, in permyriad of the track.
    pub x: u32,
    /// The label shown at each of [`TIERS`] (cut to fit), or `None` where it does not fit.
    pub labels: [Option<String>; 3],
}

/// A row of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartRow {
    /// The Faction facet value's id.
    pub faction: String,
    /// Its label.
    pub label: String,
}

/// One mark: a quote, or several where the row is too crowded to show each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartMark {
    /// The quotes it stands for, by position in [`FacetIndex::items`], in reading order: never
    /// empty.
    pub items: Vec<usize>,
    /// The row.
    pub row: usize,
    /// Where it falls, in permyriad of the track.
    pub x: u32,
    /// The lane within the row (0 at the top).
    pub lane: u8,
}

impl ChartMark {
    /// The first quote it stands for, by position in [`FacetIndex::items`].
    pub fn item(&self) -> usize {
        self.items[0]
    }
}

impl ChartLayout {
    /// Lays out the chart of a report.
    pub fn new(report: &Report, index: &FacetIndex) -> ChartLayout {
        let body: Vec<_> = report
            .sections
            .iter()
            .filter(|s| s.kind != SectionKind::Notes)
            .collect();
        let (Some(first), Some(last)) = (body.first(), body.last()) else {
            return ChartLayout {
                sections: Vec::new(),
                rows: Vec::new(),
                marks: Vec::new(),
            };
        };
        let start = first.start_line;
        let span = last.end_line.max(start + 1) - start;
        let x_of = |line: u32| {
            let at = u64::from(line.saturating_sub(start).min(span));
            u32::try_from(at * u64::from(FULL) / u64::from(span)).unwrap_or(FULL)
        };
        let mut sections: Vec<ChartSection> = body
            .iter()
            .map(|s| ChartSection {
                id: s.id.clone(),
                title: s.label().to_owned(),
                level: s.level,
                x: x_of(s.start_line),
                labels: [None, None, None],
            })
            .collect();
        for (tier, &width) in TIERS.iter().enumerate() {
            choose_labels(&mut sections, tier, width);
        }
        let rows: Vec<ChartRow> = index
            .values(Facet::Faction)
            .iter()
            .filter(|v| v.total > 0)
            .map(|v| ChartRow {
                faction: v.id.clone(),
                label: v.label.clone(),
            })
            .collect();
        let mut marks = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            // Where each lane's last mark is, and which mark that is.
            let mut lane_end = [None::<(u32, usize)>; LANES as usize];
            for item in 0..index.items.len() {
                if index.value_of(Facet::Faction, item).map(|v| v.id.as_str())
                    != Some(row.faction.as_str())
                {
                    continue;
                }
                let x = x_of(report.quotes[index.items[item].first()].line);
                let free = lane_end
                    .iter()
                    .position(|end| end.is_none_or(|(e, _)| x >= e + MIN_MARK_GAP));
                let Some(lane) = free else {
                    // Every lane is taken here: the quote joins the mark of the lane that was
                    // left longest ago, the one it would have covered.
                    let joined = lane_end.iter().flatten().min_by_key(|(e, _)| *e);
                    if let Some(&(_, m)) = joined {
                        let mark: &mut ChartMark = &mut marks[m];
                        mark.items.push(item);
                    }
                    continue;
                };
                lane_end[lane] = Some((x, marks.len()));
                marks.push(ChartMark {
                    items: vec![item],
                    row: r,
                    x,
                    lane: u8::try_from(lane).unwrap_or(0),
                });
            }
        }
        ChartLayout {
            sections,
            rows,
            marks,
        }
    }

    /// Which marks stand for a quote the filter shows, given what is shown by quote index.
    pub fn marks_shown(&self, index: &FacetIndex, shown: &[bool]) -> Vec<bool> {
        self.marks
            .iter()
            .map(|mark| {
                mark.items.iter().any(|&item| {
                    shown
                        .get(index.items[item].first())
                        .copied()
                        .unwrap_or(false)
                })
            })
            .collect()
    }

    /// The mark a key moves to from mark `from`: along its row (`Left`, `Right`, `Home`,
    /// `End`), or to the nearest mark of the row above or below (`Up`, `Down`).
    pub fn step(&self, from: usize, key: ChartKey) -> usize {
        let Some(mark) = self.marks.get(from) else {
            return 0;
        };
        let row_marks =
            |row: usize| (0..self.marks.len()).filter(move |&m| self.marks[m].row == row);
        let in_row: Vec<usize> = row_marks(mark.row).collect();
        let at = in_row.iter().position(|&m| m == from).unwrap_or(0);
        let nearest_in =
            |row: usize| row_marks(row).min_by_key(|&m| self.marks[m].x.abs_diff(mark.x));
        match key {
            ChartKey::Left => in_row[at.saturating_sub(1)],
            ChartKey::Right => in_row[(at + 1).min(in_row.len() - 1)],
            ChartKey::Home => in_row[0],
            ChartKey::End => in_row[in_row.len() - 1],
            ChartKey::Up => mark.row.checked_sub(1).and_then(nearest_in).unwrap_or(from),
            ChartKey::Down => nearest_in(mark.row + 1).unwrap_or(from),
        }
    }
}

/// A key that moves between marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKey {
    /// Previous mark in the row.
    Left,
    /// Next mark in the row.
    Right,
    /// The nearest mark in the row above.
    Up,
    /// The nearest mark in the row below.
    Down,
    /// The row's first mark.
    Home,
    /// The row's last mark.
    End,
}

impl ChartKey {
    /// The key a `KeyboardEvent.key` names, if it moves.
    pub fn from_event_key(key: &str) -> Option<ChartKey> {
        Some(match key {
            "ArrowLeft" => ChartKey::Left,
            "ArrowRight" => ChartKey::Right,
            "ArrowUp" => ChartKey::Up,
            "ArrowDown" => ChartKey::Down,
            "Home" => ChartKey::Home,
            "End" => ChartKey::End,
            _ => return None,
        })
    }
}

/// Chooses, for one tier, the chapter labels that fit a track `width` pixels wide, left to
/// right, each cut to the room before the next.
fn choose_labels(sections: &mut [ChartSection], tier: usize, width: u32) {
    let px = |x: u32| x * width / FULL;
    let top = sections.iter().map(|s| s.level).min().unwrap_or(1);
    let candidates: Vec<usize> = (0..sections.len())
        .filter(|&i| sections[i].level == top)
        .collect();
    // First pass: keep a label when it starts after the previous kept one ends.
    let mut kept: Vec<usize> = Vec::new();
    let mut end = 0;
    for &i in &candidates {
        let start = px(sections[i].x);
        if !kept.is_empty() && start < end + LABEL_GAP_PX {
            continue;
        }
        let natural = text_px(&sections[i].title).min(MAX_LABEL_PX);
        kept.push(i);
        end = start + natural.min(width.saturating_sub(start)).max(MIN_LABEL_PX);
    }
    // Second pass: cut each kept label to the room it has.
    for (k, &i) in kept.iter().enumerate() {
        let start = px(sections[i].x);
        let next = kept.get(k + 1).map_or(width, |&j| px(sections[j].x));
        let room = next.saturating_sub(start + LABEL_GAP_PX).min(MAX_LABEL_PX);
        if room >= MIN_LABEL_PX {
            sections[i].labels[tier] = Some(fit(&sections[i].title, room));
        }
    }
}

/// A conservative estimate of a text's width in pixels at the chart's 12px font.
fn text_px(text: &str) -> u32 {
    text.chars().map(char_px).sum()
}

fn char_px(c: char) -> u32 {
    match c {
        'i' | 'l' | 'j' | '.' | ',' | '\'' | '’' | ':' | ';' | '!' | '|' | ' ' => 4,
        'm' | 'w' | 'M' | 'W' | '—' | '@' => 12,
        c if c.is_uppercase() => 9,
        _ => 7,
    }
}

/// The text, cut with an ellipsis to fit `room` pixels.
fn fit(text: &str, room: u32) -> String {
    if text_px(text) <= room {
        return text.to_owned();
    }
    let ellipsis = char_px('…');
    let mut out = String::new();
    let mut used = ellipsis;
    for c in text.chars() {
        if used + char_px(c) > room {
            break;
        }
        used += char_px(c);
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_with_headings(n: usize) -> Report {
        let mut text = String::from("Intro.\n\n");
        for i in 0..n {
            text.push_str(&format!(
                "Chapter Number {i} With A Long Title\n\n“We held line {i},” said Jane Roe, a commander of the Hill Front.\n\n"
            ));
        }
        crate::parse(&text).report
    }

    /// The pixel extent of each shown label at a tier's narrowest width.
    fn extents(layout: &ChartLayout, tier: usize) -> Vec<(u32, u32)> {
        let width = TIERS[tier];
        layout
            .sections
            .iter()
            .filter_map(|s| {
                let label = s.labels[tier].as_ref()?;
                let start = s.x * width / FULL;
                Some((start, start + text_px(label)))
            })
            .collect()
    }

    #[test]
    fn labels_never_overlap_from_one_heading_to_a_hundred() {
        for n in [1, 2, 7, 30, 70, 100] {
            let report = report_with_headings(n);
            let index = FacetIndex::new(&report);
            let layout = ChartLayout::new(&report, &index);
            for (tier, &width) in TIERS.iter().enumerate() {
                let shown = extents(&layout, tier);
                assert!(
                    !shown.is_empty(),
                    "{n} headings, tier {tier}: some label shows"
                );
                for pair in shown.windows(2) {
                    assert!(
                        pair[0].1 + LABEL_GAP_PX <= pair[1].0 + 1,
                        "{n} headings, tier {tier}: {pair:?} overlap"
                    );
                }
                assert!(
                    shown.last().is_some_and(|l| l.1 <= width),
                    "{n} headings, tier {tier}: the last label fits the track"
                );
            }
            let wide = extents(&layout, 2).len();
            let narrow = extents(&layout, 0).len();
            assert!(
                wide >= narrow,
                "{n} headings: wider tracks show as many labels or more"
            );
        }
    }

    #[test]
    fn a_long_title_is_cut_with_an_ellipsis() {
        assert_eq!(fit("Short", 100), "Short");
        let cut = fit("A very long chapter title indeed", 80);
        assert!(cut.ends_with('…') && text_px(&cut) <= 80, "{cut}");
    }

    #[test]
    fn arrow_keys_reach_every_mark() {
        let report = crate::parse(
            "Intro.\n\n“A,” said Jane Roe, a commander of the Hill Front.\n\n“B,” said a Western diplomat.\n\n“C,” said Jane Roe.\n\n“D,” said the diplomat.\n",
        )
        .report;
        let index = FacetIndex::new(&report);
        let layout = ChartLayout::new(&report, &index);
        assert_eq!(layout.rows.len(), 2);
        assert_eq!(layout.marks.len(), 4);
        let mut seen = std::collections::BTreeSet::from([0]);
        let mut at = 0;
        for key in [
            ChartKey::Down,
            ChartKey::Right,
            ChartKey::Up,
            ChartKey::Home,
        ] {
            at = layout.step(at, key);
            seen.insert(at);
        }
        assert_eq!(seen.len(), 4, "{seen:?}");
        assert_eq!(layout.step(0, ChartKey::Up), 0, "no row above the first");
        assert_eq!(
            layout.step(0, ChartKey::Left),
            0,
            "nothing left of the first"
        );
    }

    #[test]
    fn marks_at_the_same_place_go_to_different_lanes() {
        let mut text = String::from("Intro.\n\n");
        for i in 0..4 {
            text.push_str(&format!(
                "“Line {i},” said Jane Roe, a commander of the Hill Front.\n\n"
            ));
        }
        text.push_str("Later\n\n");
        text.push_str(&"Filler paragraph.\n\n".repeat(2000));
        text.push_str("“Go,” said Jane Roe.\n");
        let report = crate::parse(&text).report;
        let index = FacetIndex::new(&report);
        let layout = ChartLayout::new(&report, &index);
        let lanes: Vec<u8> = layout.marks.iter().take(3).map(|m| m.lane).collect();
        assert_eq!(lanes, [0, 1, 2], "{:?}", layout.marks);
        // The fourth has no lane left: it joins the first mark rather than hide under it.
        assert_eq!(layout.marks.len(), 4, "{:?}", layout.marks);
        assert_eq!(layout.marks[0].items.len(), 2);
        let quotes: usize = layout.marks.iter().map(|m| m.items.len()).sum();
        assert_eq!(quotes, 5, "every quote is in a mark");
    }

    #[test]
    fn a_long_report_has_no_more_marks_than_fit() {
        let mut text = String::from("Intro.\n\n");
        for i in 0..3000 {
            text.push_str(&format!(
                "“Line {i},” said Jane Roe, a commander of the Hill Front.\n\n"
            ));
        }
        let report = crate::parse(&text).report;
        let index = FacetIndex::new(&report);
        let layout = ChartLayout::new(&report, &index);
        let bound = usize::from(LANES) * (FULL / MIN_MARK_GAP + 1) as usize;
        assert!(
            layout.marks.len() <= bound,
            "{} marks for one row, at most {bound} fit",
            layout.marks.len()
        );
        let quotes: usize = layout.marks.iter().map(|m| m.items.len()).sum();
        assert_eq!(quotes, index.items.len(), "every quote is in a mark");
        let mut shown = vec![false; report.quotes.len()];
        shown[report.quotes.len() - 1] = true;
        let lit = layout.marks_shown(&index, &shown);
        assert_eq!(
            lit.iter().filter(|s| **s).count(),
            1,
            "one mark holds the one quote shown"
        );
    }
}
