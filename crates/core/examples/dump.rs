fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let parsed = explorer_core::parse(&text);
    for q in &parsed.report.quotes {
        println!(
            "{:>3} {:?} {:?} {:?} note={:?} cont={:?} | {}",
            q.line,
            q.kind,
            q.speaker,
            q.attribution,
            q.note,
            q.continues.is_some(),
            q.text.chars().take(50).collect::<String>()
        );
    }
    for s in &parsed.report.speakers {
        println!(
            "S {} | {} | {:?} | {:?} | {:?} | {:?}",
            s.id, s.name, s.kind, s.faction, s.role, s.aliases
        );
    }
    for f in &parsed.report.factions {
        println!("F {} | {} | {:?} | {:?}", f.id, f.name, f.kind, f.aliases);
    }
    for s in &parsed.report.sections {
        println!("SEC {:?}", s);
    }
    for d in &parsed.diagnostics {
        println!("D {:?}", d);
    }
}
