use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::routes::href;
use crate::search::Filter;

/// The compact search box in every page's header. It is a real GET form to the home
/// page, so it works before the app has loaded and without JavaScript; the app turns a
/// submission into a client-side navigation to the same address.
#[component]
pub fn SiteSearch() -> impl IntoView {
    let input = NodeRef::<Input>::new();
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let query = input.get().map(|i| i.value()).unwrap_or_default();
        let options = NavigateOptions {
            resolve: false,
            ..Default::default()
        };
        navigate(&href(&Filter::new(Some(query.trim()), None).to_url()), options);
    };
    view! {
        <form class="site-search" role="search" action=href("/") method="get" on:submit=on_submit>
            <label for="site-q" class="visually-hidden">
                "Search the codes"
            </label>
            <input
                node_ref=input
                id="site-q"
                name="q"
                type="search"
                placeholder="Search codes: 413, too big, Retry-After"
                autocomplete="off"
                spellcheck="false"
            />
            <button type="submit">"Search"</button>
        </form>
    }
}
