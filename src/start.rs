//! The app's start in the browser, spread over several tasks. Rendering the first view
//! is most of the start's cost (the browser compiles each wasm function the first time it
//! runs), and as one task it would keep the page from answering a click or a keystroke
//! for that long. So the layout renders in one task, the parts marked
//! [`Later`](crate::components::Later) in the
//! tasks after it, and the finished view is swapped in once all have rendered. The page's
//! prerendered content stays on the screen, usable, all along.
//!
//! After the start, and outside the browser (the prerenderer, tests), nothing waits.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    static STARTING: Cell<bool> = const { Cell::new(false) };
    /// Parts of the first view still to render.
    static WAITING: Cell<u32> = const { Cell::new(0) };
    /// Sections whose prerendered content the swap moves into the app's view.
    static KEPT: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    /// What waits for the app to take over the page.
    static AFTER_START: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether the app is rendering its first view, before it is swapped in.
pub fn starting() -> bool {
    STARTING.with(Cell::get)
}

/// Renders the first view with `render` in a task of its own, then calls `swap_in` in a
/// later task, once every part deferred by [`Later`](crate::components::Later) has
/// rendered.
pub fn start(render: impl FnOnce() + 'static, swap_in: impl FnOnce() + 'static) {
    STARTING.with(|s| s.set(true));
    set_timeout(
        move || {
            render();
            swap_when_rendered(swap_in);
        },
        Duration::ZERO,
    );
}

fn swap_when_rendered(swap_in: impl FnOnce() + 'static) {
    set_timeout(
        move || {
            if WAITING.with(Cell::get) > 0 {
                swap_when_rendered(swap_in);
            } else {
                STARTING.with(|s| s.set(false));
                swap_in();
                for then in AFTER_START.with(|after| after.take()) {
                    then();
                }
            }
        },
        Duration::ZERO,
    );
}

/// Whether the section with this id keeps the content prerendered for this route instead
/// of rendering it again: only while the app starts, and only when the page holds it.
/// The swap then moves that content into the section (see [`take_kept`]).
pub fn keep_prerendered(id: &'static str) -> bool {
    let keep = starting() && crate::browser::prerendered_section(id);
    if keep {
        KEPT.with(|kept| kept.borrow_mut().push(id));
    }
    keep
}

/// The ids of the sections [`keep_prerendered`] kept, for the swap to fill.
pub fn take_kept() -> Vec<&'static str> {
    KEPT.with(|kept| kept.take())
}

/// Runs `then` once the app has taken over the page: at once if it has.
pub fn once_started(then: impl FnOnce() + 'static) {
    if starting() {
        AFTER_START.with(|after| after.borrow_mut().push(Box::new(then)));
    } else {
        then();
    }
}

/// Runs `show` in a later task while the app starts, and at once otherwise; with
/// `after_index`, once the search index is built, a step per task (see
/// [`crate::search::build_catalogue_index_step`]).
pub fn show_later(after_index: bool, show: impl FnOnce() + 'static) {
    if !starting() {
        show();
        return;
    }
    WAITING.with(|w| w.set(w.get() + 1));
    next_task(
        after_index,
        Box::new(move || {
            show();
            WAITING.with(|w| w.set(w.get() - 1));
        }),
    );
}

fn next_task(building_index: bool, done: Box<dyn FnOnce()>) {
    set_timeout(
        move || {
            if building_index {
                // After the last step, which may have been a long one, show in a task of its own.
                let finished = crate::search::build_catalogue_index_step();
                next_task(!finished, done);
            } else {
                done();
            }
        },
        Duration::ZERO,
    );
}
