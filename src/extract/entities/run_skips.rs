//! Facts of a run asked once, that let whole families of rules refuse it at once (its number
//! of items, ...), and the switch by which the tests run every rule anyway, to compare.

/// Whether the rules a run's facts rule out are skipped: always, but in the tests that
/// compare the skips with every rule asked ([`without_skips`]).
#[cfg(not(test))]
#[inline(always)]
pub fn skipping() -> bool {
    true
}

/// Whether the rules behind a fact of the run are asked: when it holds, or when the tests
/// ask every rule.
#[inline(always)]
pub fn asked(fact: bool) -> bool {
    fact || !skipping()
}

#[cfg(test)]
thread_local! {
    static ASK_ALL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
pub fn skipping() -> bool {
    !ASK_ALL.with(std::cell::Cell::get)
}

/// `f` with every rule asked, no family skipped by a run's facts.
#[cfg(test)]
pub fn without_skips<T>(f: impl FnOnce() -> T) -> T {
    ASK_ALL.with(|a| a.set(true));
    let r = f();
    ASK_ALL.with(|a| a.set(false));
    r
}

#[cfg(test)]
#[path = "run_skips_tests.rs"]
mod run_skips_tests;
