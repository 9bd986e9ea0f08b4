use leptos::prelude::*;

use crate::browser;

const CHOICES: [(&str, &str); 3] = [("system", "System"), ("light", "Light"), ("dark", "Dark")];

/// System, light or dark: applied at once and remembered across pages and visits.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let current = browser::theme_choice();
    let on_change = move |ev| browser::set_theme(&event_target_value(&ev));
    view! {
        <div class="theme-switch">
            <label for="theme">"Theme"</label>
            <select id="theme" on:change=on_change>
                {CHOICES
                    .into_iter()
                    .map(|(value, label)| view! { <option value=value selected=value == current>{label}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
