//! Browser entry point: starts the app over the page's prerendered content.

#[cfg(feature = "csr")]
fn main() {
    use leptos::wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    // The page arrives with its content already rendered into #app. Render the same
    // route into a fresh node and swap it in, so the reader sees no flash, no layout
    // shift and no duplicated content. (Hydrating instead would need the HTML to match
    // the address exactly, but a static host serves one file for many addresses:
    // 404.html for every unknown path, the offline shell for any route.) The rendering
    // is spread over several tasks (see `start`); the swap is one.
    let fresh = document.create_element("div").expect("create the app root");
    let root: leptos::web_sys::HtmlElement = fresh.unchecked_into();
    let render = {
        let root = root.clone();
        move || leptos::mount::mount_to(root, fourxx_guide::app::App).forget()
    };
    let swap_in = move || {
        match document.get_element_by_id("app") {
            Some(old) => {
                let reader = fourxx_guide::browser::ReaderState::read(&old);
                let kept = fourxx_guide::start::take_kept();
                fourxx_guide::browser::move_kept_sections(&old, &root, &kept);
                old.replace_with_with_node_1(&root).expect("swap in the app");
                reader.restore(&root);
            }
            None => document
                .body()
                .expect("a body")
                .append_child(&root)
                .map(drop)
                .expect("append the app"),
        }
        root.set_id("app");
        fourxx_guide::browser::announce_ready();
    };
    fourxx_guide::start::start(render, swap_in);
}

#[cfg(not(feature = "csr"))]
fn main() {
    eprintln!("Build the browser app with Trunk (feature `csr`); see the README.");
}
