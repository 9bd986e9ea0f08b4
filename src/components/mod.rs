//! Small views shared by the pages.

mod breadcrumbs;
mod copy_button;
mod lists;
mod prose;

pub use breadcrumbs::Breadcrumbs;
pub use copy_button::CopyButton;
pub use lists::{CodeList, CodeTable, GroupList};
pub use prose::Prose;
