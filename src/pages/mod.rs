//! One module per kind of page. Pages take what the URL says and render; they never
//! reach into each other.

pub mod check;
pub mod choose;
pub mod code;
pub mod group;
pub mod home;
pub mod not_found;
pub mod redirect;
pub mod unofficial;
