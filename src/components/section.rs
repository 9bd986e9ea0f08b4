use leptos::prelude::*;

/// A titled section of a page, labelled by its heading. The heading's text is a link to
/// the section itself, so a reader can share the exact place; the heading's accessible
/// name stays its title.
///
/// A `fixed` section holds static content only (no handlers, nothing reactive): while the
/// app starts on its prerendered page, it keeps the prerendered content instead of
/// rendering it again, which spares the start most of the page's work.
#[component]
pub fn Section(
    id: &'static str,
    title: &'static str,
    #[prop(optional)] fixed: bool,
    children: Children,
) -> impl IntoView {
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    if fixed && crate::start::keep_prerendered(id) {
        return view! { <section id=id aria-labelledby=labelled_by></section> }.into_any();
    }
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
    .into_any()
}
