//! The router and the layout around every page.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route as PathRoute, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::{Later, SiteSearch, ThemeSwitch};
use crate::meta;
use crate::pages::unofficial::{NumberPage, NumberPageView, UnofficialListPage};
use crate::pages::{
    check::CheckPage, choose::ChoosePage, code::CodePage, group::GroupPage, home::HomePage, not_found::NotFoundPage,
    redirect::RedirectPage,
};
use crate::routes::{BASE_PATH, CHECK_PATH, Page, UNOFFICIAL_PATH, href};
use crate::text::SITE_NAME;

#[component]
pub fn App() -> impl IntoView {
    let (brand_mark, brand_rest) = SITE_NAME.split_once(' ').unwrap_or((SITE_NAME, ""));
    view! {
        <Router base=BASE_PATH>
            <a class="skip-link" href="#main" rel="external">
                "Skip to content"
            </a>
            <header class="site-header">
                <a href=href("/") class="brand">
                    <span class="brand-mark">{brand_mark}</span>
                    " "
                    {brand_rest}
                </a>
                <Later>
                    <HeaderSearch />
                </Later>
                <nav aria-label="Site">
                    <a href=href("/#codes-heading")>"All codes"</a>
                    <a href=href("/choose/")>"Which code?"</a>
                    <a href=href(CHECK_PATH)>"Check a response"</a>
                </nav>
            </header>
            <main id="main">
                // One wildcard route: `Page::from_path` decides the page, so trailing
                // slashes, the base path and bad input are handled by tested plain code.
                <Later>
                    <FlatRoutes fallback=CurrentPage>
                        <PathRoute path=path!("/*any") view=CurrentPage />
                    </FlatRoutes>
                </Later>
            </main>
            <footer class="site-footer">
                <p>
                    {SITE_NAME}
                    ": every HTTP 4xx client error code of the IANA registry, with the names of RFC 9110. "
                    "Works offline once opened. The catalogue as data: "
                    // rel="external": a file, not a route, so the router must let the browser load it.
                    <a href=href("/codes.json") rel="external">"codes.json"</a>
                    ". Numbers met in logs that no RFC defines: "
                    <a href=href(UNOFFICIAL_PATH)>"unofficial 4xx codes"</a>
                    "."
                </p>
                <Later>
                    <ThemeSwitch />
                </Later>
            </footer>
        </Router>
    }
}

/// The header's search box, on every page but the home page, whose own search box
/// is the first thing on it.
#[component]
fn HeaderSearch() -> impl IntoView {
    let location = use_location();
    let on_home = Memo::new(move |_| Page::from_path(&location.pathname.read()) == Page::Home);
    // An Option rather than <Show>: its empty branch would leave a `<() />` comment in
    // the prerendered home page.
    move || (!on_home.get()).then(|| view! { <SiteSearch /> })
}

#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| Page::from_path(&location.pathname.read()));
    // After a change of page, not on the first render: a fresh page load already starts
    // at the top. Once the app has taken over, when the change comes while it starts (a
    // redirect), and in the next frame, as the new page may render after this effect.
    Effect::new(move |previous: Option<Page>| {
        let current = route.get();
        if previous.is_some_and(|previous| previous != current) {
            crate::start::once_started(|| {
                request_animation_frame(crate::browser::settle_after_navigation);
            });
        }
        current
    });
    // The tab's title follows the page (the prerendered head already holds the first).
    Effect::new(move |_| crate::browser::set_title(&meta::title(&route.read())));
    view! {
        // While the app starts, the page's own content renders a task after the layout,
        // and after the search index for the pages that use it.
        <Later after_index=route.with_untracked(Page::uses_search)>
        {move || match route.get() {
            Page::Home => view! { <HomePage /> }.into_any(),
            Page::Code(status) => view! { <CodePage status /> }.into_any(),
            Page::Group(group) => view! { <GroupPage group /> }.into_any(),
            Page::Choose(step) => view! { <ChoosePage step /> }.into_any(),
            Page::Unofficial(entry) => view! { <NumberPageView page=NumberPage::unofficial(entry) /> }.into_any(),
            Page::OtherClass(other) => view! { <NumberPageView page=NumberPage::other_class(other) /> }.into_any(),
            Page::Unassigned(code) => view! { <NumberPageView page=NumberPage::unassigned(code) /> }.into_any(),
            Page::UnofficialList => view! { <UnofficialListPage /> }.into_any(),
            Page::Check => view! { <CheckPage /> }.into_any(),
            redirect @ (Page::ShortCode(_) | Page::Listing(_)) => {
                let target = redirect.redirect_target().unwrap_or_default();
                view! { <RedirectPage heading=meta::subject(&redirect) target /> }.into_any()
            }
            other => view! { <NotFoundPage route=other /> }.into_any(),
        }}
        </Later>
    }
}
