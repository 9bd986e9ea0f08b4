//! The catalogue's index built step by step, as the browser does: alone in this test
//! binary, so that no other test builds the index first.

use fourxx_guide::search::{Index, build_catalogue_index_step, catalogue_entries, catalogue_index};

#[test]
fn the_catalogue_index_built_step_by_step_is_the_whole_index() {
    let mut steps = 1;
    while !build_catalogue_index_step() {
        steps += 1;
        assert!(steps <= catalogue_entries().len() + 1, "the steps never end");
    }
    assert!(steps > 2, "built in {steps} step(s): not spread out");
    assert!(build_catalogue_index_step(), "a finished index stays finished");
    let whole = Index::new(catalogue_entries());
    assert_eq!(format!("{:?}", catalogue_index()), format!("{whole:?}"));
}
