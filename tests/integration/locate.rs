//! `locate` and `mentions` on real text: the corpus of affiliations and
//! addresses in `tests/data/affiliations.tsv` (its sources, licences and
//! labelling rule: `tests/data/affiliations.md`), labelled from GeoNames
//! and WIPO's list without the crate's data; and the forms the docs
//! promise.

use std::collections::{BTreeMap, HashMap};

use gii_clusters::{locate, mentions};

/// What the corpus says of a text.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Label {
    /// It lies within 25 km of a city WIPO's name of this cluster lists.
    Cluster(u8),
    /// It lies more than 100 km from every such city of every cluster.
    Nowhere,
    /// Between the two.
    Unsure,
}

struct Row {
    text: String,
    kind: String,
    split: String,
    point: (f64, f64),
    label: Label,
}

/// The lines of a TSV file of the repository, the header checked
/// against `columns`.
fn tsv(file: &str, columns: &[&str]) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut lines = text.lines();
    assert_eq!(
        lines
            .next()
            .map(|h| h.split('\t').collect::<Vec<_>>())
            .as_deref(),
        Some(columns)
    );
    lines
        .map(|line| {
            let fields: Vec<String> = line.split('\t').map(str::to_owned).collect();
            assert_eq!(fields.len(), columns.len(), "{file}: {line:?}");
            fields
        })
        .collect()
}

fn corpus() -> Vec<Row> {
    let columns = [
        "text",
        "kind",
        "split",
        "alpha2",
        "city",
        "geonameid",
        "lat",
        "lon",
        "cluster",
        "source",
    ];
    tsv("tests/data/affiliations.tsv", &columns)
        .into_iter()
        .map(|f| Row {
            label: match f[8].as_str() {
                "none" => Label::Nowhere,
                "?" => Label::Unsure,
                rank => Label::Cluster(rank.parse().unwrap()),
            },
            point: (f[6].parse().unwrap(), f[7].parse().unwrap()),
            text: f[0].clone(),
            kind: f[1].clone(),
            split: f[2].clone(),
        })
        .collect()
}

/// The cities WIPO's name of each cluster lists, where the corpus's
/// labeller found them in GeoNames.
fn named_cities() -> HashMap<u8, Vec<(f64, f64)>> {
    let mut cities: HashMap<u8, Vec<(f64, f64)>> = HashMap::new();
    let columns = ["rank", "name", "city", "geonameid", "lat", "lon"];
    for f in tsv("tests/data/affiliation_clusters.tsv", &columns) {
        let point = (f[4].parse().unwrap(), f[5].parse().unwrap());
        cities.entry(f[0].parse().unwrap()).or_default().push(point);
    }
    cities
}

/// Great-circle distance in km (the test's own, not the crate's).
fn km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

/// A text between a cluster's cities and nowhere may be answered with
/// a cluster that has a city this near it.
const UNSURE_KM: f64 = 150.0;

/// Per kind and split: texts in a cluster's city, found, wrong, all.
type Tally = BTreeMap<(String, String), [usize; 4]>;

fn tally() -> (Tally, Vec<String>) {
    let cities = named_cities();
    let mut tally = Tally::new();
    let mut wrong = Vec::new();
    for row in corpus() {
        let answer = locate(&row.text).map(gii_clusters::Cluster::rank);
        let counts = tally
            .entry((row.kind.clone(), row.split.clone()))
            .or_default();
        counts[3] += 1;
        let is_wrong = match (row.label, answer) {
            (_, None) => false,
            (Label::Nowhere, Some(_)) => true,
            (Label::Unsure, Some(rank)) => {
                cities[&rank].iter().all(|&c| km(c, row.point) > UNSURE_KM)
            }
            (Label::Cluster(label), Some(rank)) => label != rank,
        };
        if let Label::Cluster(label) = row.label {
            counts[0] += 1;
            counts[1] += usize::from(answer == Some(label));
        }
        if is_wrong {
            counts[2] += 1;
            wrong.push(format!("{:?} ({:?}) gives {answer:?}", row.text, row.label));
        }
    }
    (tally, wrong)
}

/// `part` of `whole`, as a fraction.
fn share(part: usize, whole: usize) -> f64 {
    let count = |n: usize| f64::from(u32::try_from(n).unwrap());
    count(part) / count(whole.max(1))
}

#[test]
fn no_wrong_cluster_on_real_text_and_recall_by_kind() {
    let (tally, wrong) = tally();
    let all: usize = tally.values().map(|c| c[3]).sum();
    assert!(all >= 1000, "{all} texts");
    for kind in [
        "affiliation",
        "ja-address",
        "zh-address",
        "ko-address",
        "address",
    ] {
        assert!(
            tally.keys().any(|(k, _)| k == kind),
            "no {kind} in the corpus"
        );
    }
    for ((kind, split), [inside, found, wrong, all]) in &tally {
        let recall = 100.0 * share(*found, *inside);
        eprintln!(
            "{kind:12} {split:9} {found:5} of {inside:5} in a cluster's city ({recall:.1}%), {wrong} wrong, {all} texts"
        );
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    let recall = |kind: &str, split: &str| {
        let [inside, found, ..] = tally[&(kind.to_owned(), split.to_owned())];
        share(found, inside)
    };
    // The bar, on affiliations the crate was not built from.
    assert!(recall("affiliation", "held-out") >= 0.90);
    // Floors a little under today's figures: a change that loses ground
    // is seen.
    assert!(recall("affiliation", "dev") >= 0.90);
    assert!(recall("ja-address", "held-out") >= 0.90);
    assert!(recall("ko-address", "dev") >= 0.90);
}

/// Every mention is where it says, the places in order (a place's
/// qualifiers may be the affiliation's last part, after the places that
/// follow it), and the cluster `locate` answers is among them.
#[test]
fn mentions_hold_what_locate_answers() {
    for row in corpus() {
        let text = row.text.as_str();
        let found: Vec<_> = mentions(text).collect();
        let mut after = 0;
        for m in &found {
            let place = m.place();
            assert!(place.start >= after && !place.is_empty(), "{text:?}: {m:?}");
            assert!(text.get(place.clone()).is_some(), "{text:?}: {m:?}");
            for q in m.qualifiers() {
                assert!(
                    q.start >= place.end && text.get(q.clone()).is_some(),
                    "{text:?}: {m:?}"
                );
            }
            assert_eq!(m.range().start, place.start);
            after = place.end;
        }
        if let Some(cluster) = locate(text) {
            assert!(
                found.iter().any(|m| m.cluster() == cluster),
                "{text:?}: {found:?}"
            );
        }
    }
}

#[test]
fn addresses_as_people_write_them() {
    let rank = |text: &str| locate(text).map(gii_clusters::Cluster::rank);
    for (text, expected) in [
        ("Cambridge, MA 02139, USA", Some(8)),
        ("Cambridge, Massachusetts 02139, USA", Some(8)),
        ("Cambridge CB2 1TN, UK", Some(65)),
        ("Beijing 100084, China", Some(4)),
        ("Tsinghua University, Beijing, China", Some(4)),
        ("80333 München, Germany", Some(22)),
        ("SE1 7EH London", Some(20)),
        ("Shenzhen, Guangdong, P.R. China", Some(2)),
        (
            "Department of Physics, Seoul National University, Seoul 08826, Republic of Korea",
            Some(3),
        ),
        ("Bunkyo-ku, Tokyo 113-8654, Japan", Some(1)),
        ("Haidian District, Beijing 100084, China", Some(4)),
        ("Columbia University, New York, NY 10027, USA", Some(10)),
        (
            "Georgetown University, Washington, DC 20057, U.S.A.",
            Some(17),
        ),
        ("National University of Singapore, Singapore", Some(33)),
        ("北京市海淀区清华大学", Some(4)),
        ("〒113-8654 東京都文京区本郷7-3-1", Some(1)),
        ("서울특별시 관악구 관악로 1", Some(3)),
        ("神奈川県横浜市港北区日吉3-14-1", Some(1)),
        ("广东省深圳市南山区", Some(2)),
        // A town of a cluster (data/towns.csv), qualified where another
        // place bears its name.
        (
            "Technical University of Munich, Garching, Germany",
            Some(22),
        ),
        ("Microsoft Research, Redmond, Washington", Some(21)),
        // The place of the address, not the one in an institution's name.
        (
            "Department of Chemistry, University of Washington, Seattle, WA 98195, USA",
            Some(21),
        ),
        ("New York University Abu Dhabi, Abu Dhabi, UAE", None),
        (
            "Washington State University, Pullman, Washington, USA",
            None,
        ),
        ("北京大学", None),
        // Qualifiers that rule the cluster's city out.
        ("University of Idaho, Moscow, ID 83844, USA", None),
        ("London, ON, Canada", None),
        ("Heidelberg, VIC, Australia", None),
        ("Louisiana Tech University, Ruston, LA, USA", None),
        ("Cornell University, Ithaca, New York, USA", None),
        ("São Carlos, São Paulo, Brazil", None),
        ("Kingston, Jamaica", None),
        // Another town than the place's, or a ward of another city.
        ("東京都八王子市", None),
        ("兵庫県伊丹市稲野町６丁目３", Some(7)),
        ("大田区蒲田", None),
        // A state named as its city is no city after an institution or a
        // town, unless a region after it says so (`New York, NY`); a
        // region that is the city (Beijing, Tokyo) is read as it.
        ("University of Rochester, New York, USA", None),
        ("Syracuse University, New York, USA", None),
        ("Washington State University, Washington, USA", None),
        ("Federal University of Sao Carlos, Sao Paulo, Brazil", None),
        ("Orchard Park, New York", None),
        ("Federal Way, Washington, USA", None),
        ("Ballston Spa, New York", None),
        ("ITHACA, NEW YORK, USA", None),
        ("TACOMA, WASHINGTON, USA", None),
        ("SANTOS, SAO PAULO, BRAZIL", None),
        ("KAIST, Daejeon, Korea", Some(18)),
        // An address block, a line a part.
        (
            "MIT\n77 Massachusetts Avenue\nCambridge\nMA 02139\nUSA",
            Some(8),
        ),
        ("Western University\nLondon\nOntario N6A 3K7\nCanada", None),
        ("Portland\nMaine\nUSA", None),
        // A CJK place followed by more of an institution's or a road's
        // name is none.
        ("北京师范大学珠海校区", None),
        ("哈尔滨工业大学深圳校区", None),
        ("北京路越秀区", None),
        ("南京东路黄浦区", None),
        // An institution's name, even one GeoNames gives a campus.
        ("University of Texas, USA", None),
        ("University of Texas, Arlington, TX, USA", None),
        (
            "Dept of Physics, University of Texas, Houston, TX",
            Some(28),
        ),
        // Streets and wards are no towns.
        ("Church Street, UK", None),
        ("Times Square", None),
        ("北区", None),
        ("Chuo, Japan", None),
        // Two affiliations in two clusters.
        (
            "Max Planck Institute, Munich, Germany; Harvard University, Cambridge, MA, USA",
            None,
        ),
        ("", None),
        (";;,,", None),
    ] {
        assert_eq!(rank(text), expected, "{text:?}");
    }
}

#[test]
fn mentions_say_what_decided() {
    let text =
        "Max Planck Institute, Munich, Germany; Harvard University, Cambridge, MA 02138, USA";
    let found: Vec<_> = mentions(text).collect();
    let shown: Vec<(&str, Vec<&str>, u8)> = found
        .iter()
        .map(|m| {
            let qualifiers = m.qualifiers().iter().map(|q| &text[q.clone()]).collect();
            (&text[m.place()], qualifiers, m.cluster().rank())
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("Munich", vec!["Germany"], 22),
            ("Cambridge", vec!["MA 02138", "USA"], 8),
        ]
    );
    assert_eq!(&text[found[1].range()], "Cambridge, MA 02138, USA");
    let cjk = "〒113-8654 東京都文京区本郷7-3-1";
    let found: Vec<_> = mentions(cjk).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(&cjk[found[0].place()], "東京都");
}
