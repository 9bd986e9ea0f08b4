//! Small views shared by the pages.

mod breadcrumbs;
mod copy_button;
mod lists;
mod prose;
mod site_search;
mod theme_switch;

pub use breadcrumbs::Breadcrumbs;
pub use copy_button::CopyButton;
pub use lists::{CodeList, CodeTable, GroupList};
pub use prose::Prose;
pub use site_search::SiteSearch;
pub use theme_switch::ThemeSwitch;
