use leptos::prelude::*;

/// A titled section of a page, labelled by its heading. The heading's text is a link to
/// the section itself, so a reader can share the exact place; the heading's accessible
/// name stays its title.
#[component]
pub fn Section(id: &'static str, title: &'static str, children: Children) -> impl IntoView {
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    view! {
        <section id=id aria-labelledby=labelled_by>
            <h2 id=heading>
                <a class="anchor" href=format!("#{id}") rel="external">
                    {title}
                </a>
            </h2>
            {children()}
        </section>
    }
}
