//! Addresses and affiliations: the cluster a text such as `Cambridge, MA
//! 02139, USA` or `北京市海淀区清华大学` lies in, and every place it names.

mod cjk;
mod reading;
mod scan;
mod segment;
mod text;
mod word_set;
mod words;

use crate::lookup::query_buffer;
use crate::tables::Qualifier;
use crate::{Cluster, by_rank};
use core::iter::FusedIterator;
use core::ops::Range;
use reading::read;
use segment::{Decided, MAX_QUALIFIERS, Segment, Written, decide};
use text::{after_segment, next_part, part_key, segment_at};

/// The cluster an address or affiliation lies in, or `None`.
///
/// `locate` reads a text as addresses are written, and answers only
/// where [`by_name`](crate::by_name)'s rules give one cluster: a wrong
/// cluster is worse than none.
///
/// # How a text is read
///
/// * **Affiliations.** A text may hold several, between semicolons and
///   `|` (and `；`). `locate` answers the cluster the affiliations that
///   decide one name; none when none does, or when two name two
///   clusters ([`mentions`] lists them).
/// * **Parts.** An affiliation's parts are between commas, brackets,
///   colons, quotes, tabs and line ends (an address block is written a
///   line a part; and `，`, `、`, `（）`, `：`, `「」`, `【】`, `。`). A word with a digit or a symbol (a postal code, a street or
///   room number, `〒`, an e-mail address) is no place and is left out:
///   `Beijing 100084`, `80333 München`, `SE1 7EH London`, `D-80333`.
/// * **From the end.** The parts at the end of an affiliation that are
///   qualifiers as `by_name` reads them (an economy in any form it
///   takes, `USA`, `U.S.A.`, `P.R. China`, `Republic of Korea`; a region
///   by code or name, `MA 02139`, `Bavaria`), up to four, qualify the
///   part before them, the affiliation's **own place**: it gives the
///   cluster its name gives with every one of them, by `by_name`'s rule
///   (each says where the place lies, and each place elsewhere that
///   bears the name and counts is ruled out by one of them), and it may
///   be qualified within its part too (`Cambridge MA`). A qualifier
///   that disagrees gives nothing (`London, ON, Canada`; `University of
///   Idaho, Moscow, ID 83844`): the economy that ends an address governs
///   the places before it. A part that is an economy and a place of it
///   both (`Singapore`, `Hong Kong`) is a place wherever it stands.
/// * **Institutions.** A part with a word of an institution's name
///   (`University`, `Institute`, `Hospital`, `Department`, `Laboratory`,
///   `Inc`, in the languages of the ranking's economies that write Latin
///   letters; `大学`, `研究所`, `병원`), or a word of two to six capitals
///   alone (`MIT`), is not read for a place, even when its words are a
///   name: the place of the address, not the one an institution is named
///   after, decides (`University of Washington, Seattle`; `New York
///   University Abu Dhabi, Abu Dhabi` and `University of Texas, USA`
///   find nothing).
/// * **A city named as a region.** When the part before the qualifiers
///   is an institution, a unit within a city (`Haidian District`,
///   `Bunkyo-ku`, `Rue …`, `… Avenue`) or nothing, the first qualifier
///   that is also a place is the own place, qualified by those after it,
///   if it is the city: the region is one of the cluster's *city
///   regions*, all of whose towns of 10,000 people lie within 150 km of
///   the cluster's cities (`Tsinghua University, Beijing, China`;
///   `Bunkyo-ku, Tokyo, Japan`; [`data/city_regions.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/city_regions.csv)), or a region
///   after it says the city is meant (`Columbia University, New York, NY,
///   USA`). A state around a city is no city (`University of Rochester,
///   New York, USA` finds nothing), nor is a region after any other part,
///   a place the data does not know (`Cornell University, Ithaca, New
///   York`).
/// * **CJK addresses**, largest unit first and written without
///   separators, are read from their start: economies and regions (with
///   or without their suffix), then the place (`广东省深圳市`,
///   `〒113-8654 東京都文京区本郷7-3-1`, `서울특별시 관악구 관악로 1`). What
///   follows says whether the address lies in it: a district of a city
///   of its economy (`文京区`, `관악구`), the same city again
///   (`大阪府大阪市`), a neighbourhood of a city written as one
///   (`伊丹市稲野町`), the rest of the address apart or after the place's
///   suffix (`北京市清华大学`); not another town (`東京都八王子市` is
///   Hachiōji), nor more of a word (`北京大学` is Peking University,
///   wherever it is; `大田区` is a ward of Tokyo, not Daejeon).
/// * **Towns.** A cluster is an area: the populated places near its
///   cities are names of it ([`by_name`](crate::by_name) says which):
///   `Garching, Germany` is Munich, `Redmond, WA` Seattle.
///
/// No allocation, in `no_std`; no panic on any text. There is no length
/// bound: every part is read a bounded number of times, each time in a
/// time linear in its length, so the work per byte is bounded whatever
/// the text. A part whose key is longer than 255 bytes, or with a word
/// longer than 64 bytes, names no place; one longer than
/// [`by_name`](crate::by_name) reads (1,552 bytes) is read as a key only,
/// not in the other forms of a name; a CJK address is read at its first
/// units.
///
/// ```
/// use gii_clusters::locate;
/// let rank = |text| locate(text).map(|c| c.rank());
/// assert_eq!(rank("Cambridge, MA 02139, USA"), Some(8));
/// assert_eq!(rank("Department of Physics, Tsinghua University, Beijing 100084, China"), Some(4));
/// assert_eq!(rank("80333 München, Germany"), Some(22));
/// assert_eq!(rank("Shenzhen, Guangdong, P.R. China"), Some(2));
/// assert_eq!(rank("北京市海淀区清华大学"), Some(4));
/// assert_eq!(rank("〒113-8654 東京都文京区本郷7-3-1"), Some(1));
/// assert_eq!(rank("서울특별시 관악구 관악로 1"), Some(3));
/// assert_eq!(rank("Columbia University, New York, NY 10027, USA"), Some(10));
/// // The place of the address, not of the institution's name.
/// assert_eq!(rank("Department of Chemistry, University of Washington, Seattle, WA 98195, USA"), Some(21));
/// assert_eq!(rank("New York University Abu Dhabi, Abu Dhabi, UAE"), None);
/// // A qualifier that rules the cluster's city out: no answer.
/// assert_eq!(rank("University of Idaho, Moscow, ID 83844, USA"), None);
/// assert_eq!(rank("London, ON, Canada"), None);
/// assert_eq!(rank("Cornell University, Ithaca, New York, USA"), None);
/// ```
#[must_use]
pub fn locate(text: &str) -> Option<&'static Cluster> {
    let mut answer = None;
    let mut start = Some(0);
    while let Some(at) = start {
        let segment = segment_at(text, at);
        if let Some(own) = decide(text, segment.clone()).own {
            match answer {
                None => answer = Some(own.rank),
                Some(rank) if rank != own.rank => return None,
                Some(_) => {}
            }
        }
        start = after_segment(text, segment.end);
    }
    answer.and_then(by_rank)
}

/// Every place `text` names that gives a cluster, in the order written:
/// for texts of several affiliations, and for highlighting.
///
/// Each affiliation's own place (read as [`locate`] reads it) comes with
/// the qualifiers after it that agreed; a place before it (a part that
/// is a place, not an institution) comes with the qualifier that ends
/// the affiliation, which governs it (`…, Beijing, …, USA` names no
/// Beijing). `locate` answers `None` when two affiliations name two
/// clusters; `mentions` lists both. The iterator allocates nothing.
///
/// ```
/// use gii_clusters::mentions;
/// let text = "Max Planck Institute, Munich, Germany; Harvard University, Cambridge, MA, USA";
/// let found: Vec<_> = mentions(text).map(|m| (&text[m.place()], m.cluster().rank())).collect();
/// assert_eq!(found, [("Munich", 22), ("Cambridge", 8)]);
/// ```
#[must_use]
pub fn mentions(text: &str) -> Mentions<'_> {
    Mentions {
        text,
        next_segment: Some(0),
        current: None,
    }
}

/// A place a text names, the cluster it gives, and what decided it: the
/// place as written and the qualifiers after it that agreed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mention {
    cluster: &'static Cluster,
    place: Range<usize>,
    qualifiers: [Range<usize>; MAX_QUALIFIERS],
    count: usize,
}

impl Mention {
    /// The mention `decided` makes in `text`.
    fn of(decided: Decided, text: &str) -> Option<Mention> {
        Some(Mention {
            cluster: by_rank(decided.rank)?,
            place: decided.place.range(text),
            qualifiers: decided.qualifiers,
            count: decided.count,
        })
    }

    /// The cluster.
    #[must_use]
    pub fn cluster(&self) -> &'static Cluster {
        self.cluster
    }

    /// Where the place is written in the text, in bytes, with any
    /// qualifier written in the same part (`Cambridge MA`).
    #[must_use]
    pub fn place(&self) -> Range<usize> {
        self.place.clone()
    }

    /// Where the qualifiers after the place that agreed with it are
    /// written, in order (`MA 02139` and `USA` in `Cambridge, MA 02139,
    /// USA`).
    #[must_use]
    pub fn qualifiers(&self) -> &[Range<usize>] {
        self.qualifiers.get(..self.count).unwrap_or_default()
    }

    /// From the place to its last qualifier.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        let end = self.qualifiers().last().map_or(self.place.end, |q| q.end);
        self.place.start..end
    }
}

/// The iterator [`mentions`] returns.
#[derive(Clone)]
pub struct Mentions<'t> {
    text: &'t str,
    next_segment: Option<usize>,
    current: Option<Current>,
}

impl core::fmt::Debug for Mentions<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Mentions")
            .field("text", &self.text)
            .finish_non_exhaustive()
    }
}

/// The segment being read: the parts before its own place, then its own
/// place.
#[derive(Clone)]
struct Current {
    next_part: Option<usize>,
    others_end: usize,
    own: Option<Decided>,
    ending: Option<(Qualifier, Range<usize>)>,
}

impl Iterator for Mentions<'_> {
    type Item = Mention;

    fn next(&mut self) -> Option<Mention> {
        loop {
            if self.current.is_none() {
                let segment = segment_at(self.text, self.next_segment?);
                self.next_segment = after_segment(self.text, segment.end);
                let Segment {
                    own,
                    others_end,
                    ending,
                } = decide(self.text, segment.clone());
                self.current = Some(Current {
                    next_part: Some(segment.start),
                    others_end,
                    own,
                    ending,
                });
            }
            let current = self.current.as_mut()?;
            while let Some(start) = current.next_part {
                let (part, next) = next_part(self.text, start, current.others_end);
                current.next_part = next;
                if let Some(found) = other(self.text, part, current.ending.as_ref()) {
                    return Some(found);
                }
            }
            let own = current.own.take();
            self.current = None;
            if let Some(found) = own.and_then(|own| Mention::of(own, self.text)) {
                return Some(found);
            }
        }
    }
}

impl FusedIterator for Mentions<'_> {}

/// A place before an affiliation's own one, if the part `part` names
/// one that gives a cluster with the qualifier that ends the affiliation.
fn other(
    text: &str,
    part: Range<usize>,
    ending: Option<&(Qualifier, Range<usize>)>,
) -> Option<Mention> {
    let written = text.get(part.clone())?;
    let mut buffer = query_buffer();
    let key = part_key(written, &mut buffer);
    let (place, span) = read(key, written).place?;
    let mut qualifiers: [Range<usize>; MAX_QUALIFIERS] = Default::default();
    let (rank, count) = match ending {
        Some((qualifier, range)) => {
            *qualifiers.first_mut()? = range.clone();
            (place.rank(&[*qualifier])?, 1)
        }
        None => (place.rank(&[])?, 0),
    };
    let decided = Decided {
        rank,
        place: Written::of(&part, span),
        qualifiers,
        count,
    };
    Mention::of(decided, text)
}
