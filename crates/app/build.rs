//! The browser build keeps the linker's relocations in the app's wasm (`--emit-relocs`): the
//! split step after the build (`scripts/split.sh`) reads them to move the views loaded on demand
//! (`lazy_views`) into a wasm module of their own.

fn main() {
    if std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32")) {
        println!("cargo::rustc-link-arg-bin=explorer-app=--emit-relocs");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
