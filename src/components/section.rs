use leptos::prelude::*;

/// A titled section of a page, labelled by its heading, with a `#` link to itself so a
/// reader can share the exact place.
#[component]
pub fn Section(id: &'static str, title: &'static str, children: Children) -> impl IntoView {
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    view! {
        <section id=id aria-labelledby=labelled_by>
            <h2 id=heading>
                {title}
                <a class="anchor" href=format!("#{id}") rel="external" aria-label=format!("Link to this section: {title}")>
                    "#"
                </a>
            </h2>
            {children()}
        </section>
    }
}
