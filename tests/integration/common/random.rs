//! Reproducible random inputs for the property tests, without a
//! dependency: a xorshift64* generator, seeded per property and case, so
//! that a failure names the case that reproduces it.

pub struct Random(u64);

impl Random {
    /// The generator of case `case` of the property named `property`.
    pub fn for_case(property: &str, case: u32) -> Random {
        // FNV-1a of the name, then the case: distinct streams per property.
        let mut seed = property.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        seed ^= u64::from(case).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut random = Random(seed | 1);
        random.next();
        random
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    pub fn byte(&mut self) -> u8 {
        self.next().to_le_bytes()[0]
    }

    /// One of `items`, by reference.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    pub fn weighted(&mut self, weights: &[usize]) -> usize {
        let mut at = self.below(weights.iter().sum());
        for (i, &w) in weights.iter().enumerate() {
            if at < w {
                return i;
            }
            at -= w;
        }
        weights.len() - 1
    }

    /// Any Unicode scalar value, every plane alike.
    pub fn any_char(&mut self) -> char {
        loop {
            let code = u32::try_from(self.next() % 0x11_0000).unwrap();
            if let Some(c) = char::from_u32(code) {
                return c;
            }
        }
    }
}

/// How many cases each property runs: `PROPERTY_CASES`, or 4,000.
pub fn cases() -> u32 {
    std::env::var("PROPERTY_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(4000)
}

/// Runs `property` on every case, each with its own generator; a failing
/// case panics with its number (rerun it alone with the same number).
pub fn check(property: &str, mut run: impl FnMut(&mut Random)) {
    for case in 0..cases() {
        let mut random = Random::for_case(property, case);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&mut random)));
        if let Err(panic) = outcome {
            eprintln!("{property}: case {case} of {} failed", cases());
            std::panic::resume_unwind(panic);
        }
    }
}
