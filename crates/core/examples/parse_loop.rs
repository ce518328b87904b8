fn main() {
    let path = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args().nth(2).map_or(200, |s| s.parse().unwrap());
    let text = std::fs::read_to_string(path).unwrap();
    let mut quotes = 0;
    for _ in 0..n {
        quotes += explorer_core::parse(&text).report.quotes.len();
    }
    println!("{quotes}");
}
