//! The package stands alone: what README.md links to is in it.

use crate::common;

/// Every relative link of README.md names a file of the package. Run from
/// the unpacked `.crate` (as `.ci/run` does), this proves the file ships.
#[test]
fn readme_links_point_at_packaged_files() {
    let readme = common::read("README.md");
    let mut checked = 0;
    for (i, _) in readme.match_indices("](") {
        let target = &readme[i + 2..];
        let target = &target[..target.find(')').unwrap()];
        if target.starts_with("https://") {
            continue;
        }
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(target);
        assert!(
            path.is_file(),
            "README.md links {target}, which is not a file here"
        );
        checked += 1;
    }
    assert!(checked >= 8, "{checked} links");
    for licence in ["LICENSE-MIT", "LICENSE-CC-BY-4.0"] {
        assert!(readme.contains(licence), "README.md names {licence}");
    }
}
