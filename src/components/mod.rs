//! Small views shared by the pages.

mod breadcrumbs;
mod code_block;
mod copy_button;
mod correction;
mod later;
mod lists;
mod prose;
mod section;
mod site_search;
mod snippet_tabs;
mod theme_switch;

pub use breadcrumbs::Breadcrumbs;
pub use code_block::CodeBlock;
pub use copy_button::{CopyButton, CopySource};
pub use correction::Correction;
pub use later::Later;
pub use lists::{CodeList, CodeTable, GroupList, code_rows_html};
pub use prose::Prose;
pub use section::Section;
pub use site_search::SiteSearch;
pub use snippet_tabs::SnippetTabs;
pub use theme_switch::ThemeSwitch;
