//! What a name is: the one vocabulary of the `kind` columns of the names'
//! data files, which the build reads and the lookups act on.

/// What a name is (`kind` in `data/aliases.csv` and
/// `data/city_names.csv`; `Wipo` for the official and Chinese names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// WIPO's name of the cluster, or a city it lists, as written.
    Wipo,
    /// The city's own name, in its own country's languages.
    Own,
    /// Its name in another language.
    Exonym,
    /// A name it had.
    Former,
    /// A name it is called by (`Big Apple`).
    Nickname,
    /// Initials or a short form (`NYC`).
    Abbreviation,
    /// A town of the cluster (`data/towns.csv`): a populated place near
    /// its cities, by GeoNames' name. Its namesakes count whatever their
    /// size, and it is no part of a compound.
    Town,
}

impl NameKind {
    /// The kinds, as the data files write them.
    pub const ALL: [(&'static str, NameKind); 7] = [
        ("wipo", NameKind::Wipo),
        ("own", NameKind::Own),
        ("exonym", NameKind::Exonym),
        ("former", NameKind::Former),
        ("nickname", NameKind::Nickname),
        ("abbreviation", NameKind::Abbreviation),
        ("town", NameKind::Town),
    ];

    /// The kind a data file's `kind` field names.
    #[must_use]
    pub fn of(text: &str) -> Option<NameKind> {
        NameKind::ALL
            .iter()
            .find(|(name, _)| *name == text)
            .map(|&(_, kind)| kind)
    }

    /// WIPO's name or the city's own: such a name's namesakes count by
    /// size alone, and only such names are the parts of a compound
    /// (`Minneapolis–St. Paul`), never another language's name of one
    /// city joined to another (`Cheng-hsien–Cheng`).
    #[inline]
    #[must_use]
    pub const fn is_own(self) -> bool {
        matches!(self, NameKind::Wipo | NameKind::Own)
    }
}
