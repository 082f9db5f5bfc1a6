//! The traits and shapes a Rust user expects: order, iterator traits,
//! `const` use, and a `Copy` error.

use std::collections::HashSet;

use gii_clusters::{Cluster, Economy, Error, InEconomy, all, by_name, by_rank, in_economy, parse};

#[test]
fn clusters_sort_by_rank() {
    let mut picks: Vec<&Cluster> = ["Paris", "Tokyo", "Brisbane", "Seoul", "Basel"]
        .into_iter()
        .map(|n| by_name(n).unwrap())
        .collect();
    picks.sort();
    let ranks: Vec<u8> = picks.iter().map(|c| c.rank()).collect();
    assert_eq!(ranks, [1, 3, 12, 97, 100]);
    for pair in all().windows(2) {
        assert!(pair[0] < pair[1]);
        assert_eq!(pair[0].cmp(&pair[1]), pair[0].rank().cmp(&pair[1].rank()));
    }
    assert_eq!(all().iter().max().map(Cluster::rank), Some(100));
    // Consistent with Eq and Hash.
    let set: HashSet<&Cluster> = all().iter().chain(all()).collect();
    assert_eq!(set.len(), 100);
}

#[test]
fn in_economy_is_a_full_iterator() {
    fn assert_traits<
        I: ExactSizeIterator
            + DoubleEndedIterator
            + std::iter::FusedIterator
            + Clone
            + std::fmt::Debug,
    >(
        _: &I,
    ) {
    }
    let germany: InEconomy = in_economy(Economy::Germany);
    assert_traits(&germany);
    assert_eq!(germany.len(), 9);
    let forward: Vec<u8> = germany.clone().map(Cluster::rank).collect();
    let mut backward: Vec<u8> = germany.clone().rev().map(Cluster::rank).collect();
    backward.reverse();
    assert_eq!(forward, backward);
    assert_eq!(forward, [22, 25, 29, 43, 45, 62, 70, 97, 99]);
    let mut it = in_economy(Economy::HongKong);
    assert_eq!(it.len(), 1);
    assert_eq!(it.next().map(Cluster::rank), Some(2));
    assert_eq!((it.len(), it.next(), it.next_back()), (0, None, None));
    assert!(format!("{:?}", in_economy(Economy::Japan)).starts_with("InEconomy"));
    for &e in Economy::ALL {
        let it = in_economy(e);
        assert_eq!(it.len(), it.count());
        assert_eq!(
            in_economy(e).len(),
            all().iter().filter(|c| c.economies().contains(&e)).count()
        );
    }
}

const BEIJING: &Cluster = match by_rank(4) {
    Some(c) => c,
    None => panic!("rank 4 is in the table"),
};
const BEIJING_NAME: &str = BEIJING.name();
const BEIJING_IN_CHINA: Option<u8> = BEIJING.rank_in(Economy::China);
const COUNT: usize = all().len();
const GERMANY: Option<Economy> = Economy::from_alpha2("de");
const CODE: &str = Economy::Korea.alpha2();
const SHORT: &str = Economy::Korea.short_name();
const JAPAN: &str = Economy::Japan.wipo_name();
const JAPAN_ZH: &str = Economy::Japan.name_zh();
const INFERRED: bool = match by_rank(100) {
    Some(c) => c.brief_url_inferred(),
    None => false,
};

#[test]
fn const_use() {
    assert_eq!(BEIJING_NAME, "Beijing");
    assert_eq!(BEIJING.rank(), 4);
    assert_eq!(BEIJING.name_zh(), Some("北京"));
    assert_eq!(BEIJING.economies(), [Economy::China]);
    assert!(BEIJING.brief_url().ends_with("cn-beijing.pdf"));
    assert_eq!(BEIJING_IN_CHINA, Some(2));
    assert_eq!(COUNT, 100);
    assert_eq!(GERMANY, Some(Economy::Germany));
    assert_eq!((CODE, SHORT), ("KR", "South Korea"));
    const { assert!(INFERRED) };
    assert_eq!((JAPAN, JAPAN_ZH), ("Japan", "日本"));
}

#[test]
fn errors_are_copy_eq_and_hash() {
    fn assert_traits<E: Copy + Eq + std::hash::Hash + std::error::Error + Send + Sync + 'static>(
        _: E,
    ) {
    }
    let error = parse("Beijng").unwrap_err();
    assert_traits(error);
    let copy = error;
    assert_eq!(copy, error);
    let set: HashSet<Error> = [error, copy, parse("0").unwrap_err(), Error::UnknownEconomy].into();
    assert_eq!(set.len(), 3);
}
