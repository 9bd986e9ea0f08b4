#![recursion_limit = "256"]
//! 4xx Guide: a reference for HTTP 4xx client error codes, rendered in the browser
//! (feature `csr`) and to static HTML at build time (feature `ssr`) by the same components.

pub mod app;
pub mod browser;
pub mod catalog;
pub mod check;
pub mod choose;
pub mod components;
pub mod diagnosis;
pub mod meta;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod render;
pub mod routes;
pub mod search;
pub mod start;
pub mod text;
