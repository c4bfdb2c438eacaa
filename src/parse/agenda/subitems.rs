//! Sub-items of one agenda item under one printed title: "Agenda items 72 and 74 (a), (i) and
//! (m)" over "… General and complete disarmament: notification of nuclear tests; reducing
//! nuclear danger; regional disarmament": the item's title, a colon, and the sub-items' own
//! titles parted by semicolons, in the order of their letters.

use super::split_titles;

/// The titles of `numbers` in `region`. A run of sub-items of one item ("97 (a)", "97 (i)")
/// counts as one title there; when that title reads "Item: first; second", each sub-item gets
/// "Item: its own". When a run's title does not read so, every number counts as a title.
pub fn split_titles_of(region: &str, numbers: &[String]) -> Vec<Option<String>> {
    let runs = runs(numbers);
    if runs.len() == numbers.len() {
        return split_titles(region, numbers.len());
    }
    let titles = split_titles(region, runs.len());
    let mut out = Vec::with_capacity(numbers.len());
    for (&size, title) in runs.iter().zip(&titles) {
        if size == 1 {
            out.push(title.clone());
            continue;
        }
        match title.as_deref().and_then(|t| parts(t, size)) {
            Some(parts) => out.extend(parts.into_iter().map(Some)),
            None => return split_titles(region, numbers.len()),
        }
    }
    out
}

/// The item of a sub-item number: "74" of "74 (a)".
fn item_of(number: &str) -> Option<&str> {
    number.split_once(" (").map(|(item, _)| item)
}

/// The sizes of the runs of `numbers` that share one item, in order ("74 (a)", "74 (i)": 2).
fn runs(numbers: &[String]) -> Vec<usize> {
    let mut runs: Vec<usize> = Vec::with_capacity(numbers.len());
    for (k, n) in numbers.iter().enumerate() {
        let same = k > 0 && item_of(n).is_some() && item_of(n) == item_of(&numbers[k - 1]);
        match runs.last_mut() {
            Some(last) if same => *last += 1,
            _ => runs.push(1),
        }
    }
    runs
}

/// "Item: first; second" read as `size` titles "Item: first", "Item: second", if it has as
/// many parts.
fn parts(title: &str, size: usize) -> Option<Vec<String>> {
    let (item, subs) = title.split_once(':')?;
    let subs: Vec<&str> = subs.split(';').map(str::trim).collect();
    let whole = subs.len() == size && subs.iter().all(|s| !s.is_empty()) && !item.is_empty();
    whole.then(|| {
        subs.iter()
            .map(|s| format!("{}: {s}", item.trim()))
            .collect()
    })
}
