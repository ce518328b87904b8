//! A developer's view of the parser's intermediate passes: `EXPLORER_DUMP=FILE cargo test -p
//! explorer-core --lib parse::dump -- --ignored --nocapture` prints the faction claims and the
//! registry of a report.

use super::*;

#[test]
#[ignore = "a developer's tool: set EXPLORER_DUMP to a report file"]
fn dump_claims_and_registry() {
    let Ok(path) = std::env::var("EXPLORER_DUMP") else {
        return;
    };
    let source = std::fs::read_to_string(path).expect("a readable report");
    let lex = words::Lexicon::get();
    let mut diagnostics = Vec::new();
    let layout = layout::layout(&source, &mut diagnostics);
    let notes = notes::notes(&layout.note_entries);
    let blocks = spans::mark(layout.blocks, &notes, &mut diagnostics);
    let mut classes = super::words::WordClasses::for_text(source.len());
    let mut paragraphs = paragraph::paragraphs(lex, &mut classes, &blocks);
    let evidence = names::NameEvidence::learn_all(&[(&paragraphs, classes.spellings())]);
    for p in &mut paragraphs {
        evidence.mark(p, 0);
    }
    let facts = facts::read(lex, &paragraphs);
    if std::env::var("EXPLORER_DUMP_MENTIONS").is_ok() {
        for (pi, pf) in facts.paragraphs.iter().enumerate() {
            for s in &pf.sentences {
                for d in &s.mentions {
                    let m = &d.mention;
                    println!(
                        "M p{pi} {:?} surface={:?} roles={:?} orgs={:?} desc={:?} app={:?}",
                        m.kind, m.surface, m.roles, m.orgs, m.descriptor, d.apposition
                    );
                }
                for c in &s.cues {
                    println!("C p{pi} {:?}", c);
                }
                if !s.org_runs.is_empty() {
                    println!("R p{pi} {:?}", s.org_runs);
                }
            }
        }
    }
    let claims = factions::claims(lex, &paragraphs, &facts);
    for c in &claims {
        println!("CLAIM {} → {} ({:?})", c.person, c.org, c.evidence);
    }
    let registry = registry::Registry::build(lex, &facts, &claims, &notes);
    for (i, e) in registry.entities.iter().enumerate() {
        println!(
            "E{i} {:?} {:?} tokens={:?} roles={:?} claims={:?} serves={:?} aliases={:?} gender={:?}",
            e.kind, e.spellings, e.tokens, e.roles, e.claims, e.serves, e.aliases, e.gender
        );
    }
}
