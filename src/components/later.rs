use leptos::prelude::*;

use crate::start::{show_later, starting};

/// Its children, rendered a task after the view around them while the app starts (see
/// `crate::start`), and with it otherwise (after a navigation, in the prerendered pages).
/// With `after_index`, while the app starts, they wait until the search index is built in
/// steps, for children that search as they render.
#[component]
pub fn Later(#[prop(optional)] after_index: bool, children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(!starting());
    if !shown.get_untracked() {
        show_later(after_index, move || shown.set(true));
    }
    // Untracked: what the children read must not re-render them all from here.
    move || shown.get().then(|| untrack(|| children()))
}
