//! The registry of who can speak: people, organisations and anonymous groups, learned from text.
//!
//! Names are merged when one is a part of another ("Salkhou" of "Omar Salkhou", "Zinki" of
//! "Harakat Nour al-Din al-Zinki"). Roles and organisations come from the phrases around names.

use super::lexicon;
use super::mentions::{Apposition, Mention, MentionKind};
use super::words::{FastMap, Lexicon};
use crate::model::FactionKind;
use crate::text::{self, fold};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

/// Who a mention refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Who {
    /// An entry of [`Registry::people`].
    Person(usize),
    /// An entry of [`Registry::orgs`].
    Org(usize),
    /// An entry of [`Registry::groups`].
    Group(usize),
}

/// A named person.
#[derive(Debug, Default)]
pub(crate) struct Person {
    /// Every spelling of the full name seen, with counts.
    pub spellings: BTreeMap<String, usize>,
    /// Folded tokens of the full name.
    pub tokens: Vec<String>,
    /// Phrases used for the person ("Salkhou", "Zinki commander Omar Salkhou").
    pub aliases: BTreeSet<String>,
    /// Role nouns seen with the name.
    pub roles: Vec<&'static str>,
    /// Role descriptions seen with the name, longest first when chosen.
    pub role_texts: Vec<String>,
    /// Organisations the text ties the person to, in order seen.
    pub org_votes: Vec<String>,
}

/// An organisation: a faction, a government body, a court.
#[derive(Debug, Default)]
pub(crate) struct Org {
    /// The longest name seen.
    pub name: String,
    /// Folded tokens of the name, name prefixes ("al-") removed.
    pub tokens: Vec<String>,
    /// Shorter names merged into this one.
    pub aliases: BTreeSet<String>,
    /// The aliases folded, for lookups.
    pub folded_aliases: BTreeSet<String>,
    /// Whether the text ties fighters or commanders to it.
    pub armed: bool,
}

/// An anonymous source group ("Western diplomat").
#[derive(Debug)]
pub(crate) struct Group {
    /// The role noun ("diplomat").
    pub noun: &'static str,
    /// The qualifier ("Western"), if the text gives one.
    pub qualifier: Option<String>,
    /// Phrases used for the group ("the diplomat", "a diplomat").
    pub aliases: BTreeSet<String>,
}

impl Group {
    /// "Western diplomat", "Market guard", or the bare noun capitalized ("Aid worker").
    pub(crate) fn name(&self) -> String {
        let name = match &self.qualifier {
            Some(q) => format!("{q} {}", self.noun),
            None => self.noun.to_owned(),
        };
        capitalize(&name)
    }

    /// The qualifier when it is a proper one ("Western", "UN"), not an adjective ("senior").
    fn proper_qualifier(&self) -> Option<&str> {
        self.qualifier
            .as_deref()
            .filter(|q| q.chars().next().is_some_and(char::is_uppercase))
    }
}

/// "Dentist" at the start of a sentence is the role "dentist"; proper words keep their case.
fn common_noun_case(lex: &Lexicon, role: &str) -> String {
    let first = role.split_whitespace().next().unwrap_or("");
    if lex.role(first).is_some() {
        let mut chars = role.chars();
        return chars
            .next()
            .map(|c| c.to_lowercase().collect::<String>() + chars.as_str())
            .unwrap_or_default();
    }
    role.to_owned()
}

/// The text with its first letter in upper case.
pub(crate) fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// Everything the text says about who can speak.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    pub people: Vec<Person>,
    pub orgs: Vec<Org>,
    pub groups: Vec<Group>,
    /// Folded names that follow locatives ("in Aleppo"): places, not factions.
    pub places: BTreeSet<String>,
    /// What each name looked up so far refers to (people and organisations no longer change).
    name_cache: RefCell<FastMap<String, Found>>,
}

/// What a name can refer to.
#[derive(Clone, Debug)]
enum Found {
    People(Vec<usize>),
    Org(usize),
    Nobody,
}

/// What the first pass collects before the registry is built.
#[derive(Debug, Default)]
pub(crate) struct Evidence {
    /// Named mentions that introduce speakers or people with roles, with their apposition.
    pub named: Vec<(Mention, Option<Apposition>)>,
    /// Names that are subjects of quotes' attributions.
    pub speaker_names: Vec<String>,
    /// Role mentions (anonymous) in narration, in reading order, with their block index.
    pub roles: Vec<(usize, Mention)>,
    /// Capitalized runs that contain an organisation word ("Fateh al-Sham Front").
    pub org_runs: Vec<String>,
    /// Pairs (name, former name) from "(formerly the Nusra Front)".
    pub former_names: Vec<(String, String)>,
    /// Folded places.
    pub places: BTreeSet<String>,
    /// Folded org names with armed context nearby.
    pub armed_context: BTreeSet<String>,
}

/// Folded tokens of a name, with "al-" style prefixes removed for comparison.
pub(crate) fn name_tokens(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            let f = fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
            let f = f
                .strip_suffix("s")
                .filter(|_| w.ends_with("’s") || w.ends_with("'s"))
                .map(str::to_owned)
                .unwrap_or(f);
            lexicon::NAME_PREFIXES
                .iter()
                .find_map(|p| f.strip_prefix(p))
                .map(str::to_owned)
                .unwrap_or(f)
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `short` appears as a contiguous run inside `long`.
pub(crate) fn contains_run(long: &[String], short: &[String]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

impl Registry {
    /// Builds the registry from the evidence of the first pass.
    pub(crate) fn build(lex: &Lexicon, evidence: &Evidence) -> Registry {
        let mut registry = Registry {
            places: evidence.places.clone(),
            ..Registry::default()
        };
        registry.build_orgs(lex, evidence);
        registry.build_people(lex, evidence);
        registry
    }

    fn is_place(&self, name: &str) -> bool {
        self.places.contains(&fold(name))
    }

    fn build_orgs(&mut self, lex: &Lexicon, evidence: &Evidence) {
        let mut candidates: Vec<String> = Vec::new();
        for (mention, apposition) in &evidence.named {
            candidates.extend(mention.orgs.iter().cloned());
            if let Some(Apposition { org: Some(org), .. }) = apposition {
                candidates.push(org.clone());
            }
        }
        candidates.extend(evidence.org_runs.iter().cloned());
        // A speaker's name with an organisation word in it ("Foreign Ministry") is an organisation.
        candidates.extend(
            evidence
                .speaker_names
                .iter()
                .filter(|n| n.split_whitespace().any(|w| lex.is_org_word(w)))
                .cloned(),
        );
        let mut run_set: BTreeSet<String> = BTreeSet::new();
        run_set.extend(evidence.org_runs.iter().map(|r| fold(r)));
        candidates.retain(|c| !self.is_place(c) || run_set.contains(&fold(c)));
        // Longest first, so shorter names merge into the names that contain them.
        let mut seen = BTreeSet::new();
        candidates.retain(|c| seen.insert(fold(c)));
        text::sort_by_rank(&mut candidates, |c| {
            text::descending(c.split_whitespace().count() as u64)
        });
        for candidate in candidates {
            let tokens = name_tokens(&candidate);
            if tokens.is_empty() {
                continue;
            }
            match self
                .orgs
                .iter_mut()
                .find(|o| contains_run(&o.tokens, &tokens))
            {
                Some(org) => {
                    if org.name != candidate {
                        org.aliases.insert(candidate);
                    }
                }
                None => self.orgs.push(Org {
                    name: candidate,
                    tokens,
                    ..Org::default()
                }),
            }
        }
        for (name, former) in &evidence.former_names {
            if let Some(org) = self.find_org(name) {
                self.orgs[org].aliases.insert(former.clone());
            }
        }
        for org in &mut self.orgs {
            org.folded_aliases
                .extend(org.aliases.iter().map(|a| fold(a)));
            let names = std::iter::once(&org.name).chain(org.aliases.iter());
            org.armed = names
                .map(|n| fold(n))
                .any(|n| evidence.armed_context.contains(&n));
        }
    }

    fn build_people(&mut self, lex: &Lexicon, evidence: &Evidence) {
        let mut names: Vec<(String, bool)> = evidence
            .speaker_names
            .iter()
            .map(|n| (n.clone(), true))
            .collect();
        for (mention, apposition) in &evidence.named {
            let introduced =
                !mention.roles.is_empty() || !mention.orgs.is_empty() || apposition.is_some();
            if let MentionKind::Named(name) = &mention.kind
                && introduced
            {
                names.push((name.clone(), false));
            }
        }
        names.retain(|(n, _)| {
            self.find_org(n).is_none()
                && !self.is_place(n)
                && !lexicon::is_one_of(n, lexicon::NOT_NAMES)
        });
        text::sort_by_rank(&mut names, |(n, _)| {
            text::descending(n.split_whitespace().count() as u64)
        });
        for (name, _) in &names {
            let tokens = name_tokens(name);
            if tokens.is_empty() {
                continue;
            }
            let existing = self
                .people
                .iter()
                .position(|p| contains_run(&p.tokens, &tokens));
            let index = existing.unwrap_or_else(|| {
                self.people.push(Person {
                    tokens: tokens.clone(),
                    ..Person::default()
                });
                self.people.len() - 1
            });
            let person = &mut self.people[index];
            if person.tokens == tokens {
                *person.spellings.entry(name.clone()).or_default() += 1;
            }
        }
        // Roles, organisations and aliases from every named mention.
        for (mention, apposition) in &evidence.named {
            let MentionKind::Named(name) = &mention.kind else {
                continue;
            };
            let Some(Who::Person(p)) = self.lookup_name(name, None) else {
                continue;
            };
            let person = &mut self.people[p];
            person.roles.extend(mention.roles.iter().copied());
            person.aliases.insert(mention.surface.clone());
            person.aliases.insert(name.clone());
            if let Some(descriptor) = &mention.descriptor {
                person.role_texts.push(common_noun_case(lex, descriptor));
            }
            person.org_votes.extend(mention.orgs.iter().cloned());
            if let Some(Apposition { role, org }) = apposition {
                person.role_texts.insert(0, role.clone());
                person
                    .roles
                    .extend(role.split_whitespace().filter_map(|w| lex.role(w)));
                person.org_votes.extend(org.iter().cloned());
            }
        }
    }

    /// The organisation a name is, or is a part of.
    pub(crate) fn find_org(&self, name: &str) -> Option<usize> {
        let tokens = name_tokens(name);
        if tokens.is_empty() {
            return None;
        }
        let folded = fold(name);
        self.orgs
            .iter()
            .position(|o| o.tokens == tokens || o.folded_aliases.contains(&folded))
            .or_else(|| {
                self.orgs
                    .iter()
                    .position(|o| contains_run(&o.tokens, &tokens))
            })
    }

    /// Who a name refers to. `recent` breaks ties between people who share a part of a name.
    pub(crate) fn lookup_name(
        &self,
        name: &str,
        recent: Option<&dyn Fn(usize) -> usize>,
    ) -> Option<Who> {
        match self.found(name) {
            Found::People(people) => match (people.as_slice(), recent) {
                ([only], _) => Some(Who::Person(*only)),
                (_, Some(rank)) => people
                    .iter()
                    .copied()
                    .max_by_key(|&p| rank(p))
                    .map(Who::Person),
                (_, None) => people.first().copied().map(Who::Person),
            },
            Found::Org(o) => Some(Who::Org(o)),
            Found::Nobody => None,
        }
    }

    /// The people or organisation a name can refer to, remembered per name.
    fn found(&self, name: &str) -> Found {
        if let Some(found) = self.name_cache.borrow().get(name) {
            return found.clone();
        }
        let tokens = name_tokens(name);
        let found = if tokens.is_empty() {
            Found::Nobody
        } else if let Some(p) = self.people.iter().position(|p| p.tokens == tokens) {
            Found::People(vec![p])
        } else {
            let people: Vec<usize> = (0..self.people.len())
                .filter(|&p| contains_run(&self.people[p].tokens, &tokens))
                .collect();
            match (people.is_empty(), self.find_org(name)) {
                (false, _) => Found::People(people),
                (true, Some(o)) => Found::Org(o),
                (true, None) => Found::Nobody,
            }
        };
        self.name_cache
            .borrow_mut()
            .insert(name.to_owned(), found.clone());
        found
    }

    /// The group for a role mention, created if new. A mention with no capitalized qualifier
    /// takes that of the latest qualified mention of the same noun before it, or the commonest;
    /// failing both, a lower-case adjective of its own or of an earlier mention ("senior").
    pub(crate) fn group_for(
        &mut self,
        noun: &'static str,
        qualifier: Option<&str>,
        adjective: Option<&str>,
        earlier: &[(usize, Mention)],
        all: &[(usize, Mention)],
    ) -> usize {
        let of_noun = |m: &Mention| match &m.kind {
            MentionKind::Role {
                noun: n,
                qualifier,
                adjective,
            } if *n == noun => Some((qualifier.clone(), adjective.clone())),
            _ => None,
        };
        let qualifier = qualifier
            .map(str::to_owned)
            .or_else(|| earlier.iter().rev().find_map(|(_, m)| of_noun(m)?.0))
            .or_else(|| {
                let mut counts: BTreeMap<String, usize> = BTreeMap::new();
                for q in all.iter().filter_map(|(_, m)| of_noun(m)?.0) {
                    *counts.entry(q).or_default() += 1;
                }
                counts.into_iter().max_by_key(|(_, c)| *c).map(|(q, _)| q)
            })
            .or_else(|| adjective.map(str::to_owned))
            .or_else(|| earlier.iter().rev().find_map(|(_, m)| of_noun(m)?.1));
        if let Some(i) = self
            .groups
            .iter()
            .position(|g| g.noun == noun && g.qualifier == qualifier)
        {
            return i;
        }
        self.groups.push(Group {
            noun,
            qualifier,
            aliases: BTreeSet::new(),
        });
        self.groups.len() - 1
    }

    /// The name to show for someone.
    pub(crate) fn display_name(&self, who: Who) -> String {
        match who {
            Who::Person(p) => {
                let person = &self.people[p];
                // Prefer a spelling seen mid-sentence ("al-Farouq" over "Al-Farouq"), then the commonest.
                person
                    .spellings
                    .iter()
                    .max_by_key(|(s, c)| (s.chars().next().is_some_and(char::is_lowercase), **c))
                    .map(|(s, _)| s.clone())
                    .unwrap_or_else(|| person.tokens.join(" "))
            }
            Who::Org(o) => self.orgs[o].name.clone(),
            Who::Group(g) => self.groups[g].name(),
        }
    }

    /// The faction (name, kind) someone belongs to, if the text tells.
    pub(crate) fn faction_of(&self, who: Who) -> Option<(String, FactionKind, Vec<String>)> {
        match who {
            Who::Org(o) => Some(self.org_faction(o)),
            Who::Group(g) => {
                let group = &self.groups[g];
                role_group(group.noun, group.proper_qualifier())
            }
            Who::Person(p) => {
                let person = &self.people[p];
                let mut votes: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
                for (order, org) in person.org_votes.iter().enumerate() {
                    if let Some(o) = self.find_org(org) {
                        let entry = votes.entry(o).or_insert((0, usize::MAX - order));
                        entry.0 += 1;
                    }
                }
                if let Some((&o, _)) = votes.iter().max_by_key(|(_, v)| **v) {
                    return Some(self.org_faction(o));
                }
                let mut roles: Vec<&'static str> = person.roles.clone();
                text::sort_by_rank(&mut roles, |r| {
                    let count = person.roles.iter().filter(|x| *x == r).count() as u64;
                    text::descending((count << 16) | r.len() as u64)
                });
                roles.iter().find_map(|r| role_group(r, None))
            }
        }
    }

    fn org_faction(&self, o: usize) -> (String, FactionKind, Vec<String>) {
        let org = &self.orgs[o];
        let words: Vec<String> = org.name.split_whitespace().map(str::to_lowercase).collect();
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        let kind = if has(lexicon::INSTITUTION_WORDS) {
            FactionKind::Institution
        } else if has(lexicon::GOVERNMENT_WORDS) {
            FactionKind::Government
        } else if org.armed || has(lexicon::MILITARY_WORDS) {
            FactionKind::ArmedGroup
        } else {
            FactionKind::Other
        };
        (
            org.name.clone(),
            kind,
            org.aliases.iter().cloned().collect(),
        )
    }

    /// The role text to show for someone.
    pub(crate) fn role_of(&self, who: Who) -> Option<String> {
        match who {
            Who::Person(p) => {
                let person = &self.people[p];
                person.role_texts.first().cloned()
            }
            Who::Group(_) => Some("anonymous source".to_owned()),
            Who::Org(_) => Some("organisation, quoted from its statements".to_owned()),
        }
    }
}

/// The civil-society or official group for a role noun ("Civilians", "Western diplomats").
pub(crate) fn role_group(
    noun: &str,
    qualifier: Option<&str>,
) -> Option<(String, FactionKind, Vec<String>)> {
    lexicon::ROLE_GROUPS
        .iter()
        .find(|(roles, _, _)| roles.contains(&noun))
        .map(|(_, name, kind)| {
            let name = match name {
                lexicon::GroupName::Fixed(fixed) => (*fixed).to_owned(),
                lexicon::GroupName::Qualified(plural) => match qualifier {
                    Some(q) => format!("{q} {plural}"),
                    None => {
                        let mut chars = plural.chars();
                        chars
                            .next()
                            .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
                            .unwrap_or_default()
                    }
                },
            };
            (name, *kind, Vec::new())
        })
}
