//! Small views shared by the pages.

mod copy_button;
mod lists;
mod prose;

pub use copy_button::CopyButton;
pub use lists::{CodeList, CodeTable, GroupList};
pub use prose::Prose;
