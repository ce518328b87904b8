//! The browser entry point: installs the panic hook and mounts the explorer.

fn main() {
    console_error_panic_hook::set_once();
    explorer_app::mount();
}
