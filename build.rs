//! Validates the tables of `data/` and writes them out as the generated
//! tables the library includes. The pipeline is the `gii-clusters-build`
//! crate (`build/`).

fn main() -> std::process::ExitCode {
    gii_clusters_build::main()
}
