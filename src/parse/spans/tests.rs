use super::*;

#[test]
fn kinds_and_offsets() {
    let t = "Côte d’Ivoire and the Russian Federation, on 1 June 2010 (S/PRST/2010/9), met Mr. Hans Blix.";
    let s = spans(t, &Context::default());
    let kinds: Vec<_> = s.iter().map(|x| &x.kind).collect();
    assert!(matches!(kinds[0], SpanKind::State { code } if code == "CIV"));
    assert!(matches!(kinds[1], SpanKind::State { code } if code == "RUS"));
    assert!(matches!(kinds[2], SpanKind::Date { iso } if iso == "2010-06-01"));
    assert!(matches!(kinds[3], SpanKind::Symbol { symbol } if symbol == "S/PRST/2010/9"));
    assert!(matches!(kinds[4], SpanKind::Person { name } if name == "Hans Blix"));
    let u: Vec<u16> = t.encode_utf16().collect();
    let rus = &s[1];
    assert_eq!(
        String::from_utf16_lossy(&u[rus.start as usize..rus.end as usize]),
        "Russian Federation"
    );
}

#[test]
fn honorifics_as_printed() {
    assert!(["Mr.", "H.E.", "Ambassador", "Prof."]
        .iter()
        .all(|h| is_honorific(h)));
    assert!(!["mr.", "Mr", "Ambassadors", ""]
        .iter()
        .any(|h| is_honorific(h)));
}

#[test]
fn note_refs() {
    let ctx = Context::new(vec![], vec![("*".into(), 1)]);
    let s = spans("the preliminary list* and *0953829*", &ctx);
    assert_eq!(s.len(), 1);
    assert_eq!((s[0].start, s[0].end), (20, 21));
}

#[test]
fn people_in_one_pass_as_name_by_name() {
    let people: Vec<String> = ["Ann Lee", "Ann", "AA", "Lee", "", "Ann", "é Bo"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let one_pass = Context::new(people.clone(), vec![]);
    let by_name = Context {
        people,
        people_search: None,
        ..Context::default()
    };
    for t in [
        "Ann Lee met Ann. AAA AAAA Lee, Ann Leeé Bo",
        "(Signed) Ann Lee Ann Lee Ann",
        "",
        "AA",
    ] {
        assert_eq!(spans(t, &one_pass), spans(t, &by_name), "{t}");
    }
}

// Past 65,536 spans a paragraph's list is settled as mentions come: what is kept and what
// is counted stay those of sorting every span at the end.
#[test]
fn settling_as_mentions_come_keeps_what_settling_at_the_end_keeps() {
    for unit in [
        "Mr. Cuba Chile ",
        "CSTO NATO Cuba ",
        // Dates and symbols found before the names, and not settled by them.
        "on 1 June 2010 (S/PRST/2010/9) Cuba and ",
        "Ms. Ann Lee of Chile, Mr. Lee Chile Cuba ",
    ] {
        let text = unit.repeat(3_000_000 / unit.len());
        let all = spans(&text, &Context::new(vec![], vec![]));
        assert!(all.len() > 60_000, "{unit}: {} spans", all.len());
        let ctx = Context::new(vec![], vec![]).budget(text.len());
        let got = spans(&text, &ctx);
        assert_eq!(got.len(), text.len() / 80 + 2000, "{unit}");
        assert!(got == all[..got.len()], "{unit}");
        assert_eq!(ctx.dropped(), all.len() - got.len(), "{unit}");
    }
}

#[test]
fn a_budget_caps_the_spans_of_a_repetitive_text() {
    let text = "CSTO NATO Cuba ".repeat(1000);
    let ctx = Context::new(vec![], vec![]).budget(text.len());
    let got = spans(&text, &ctx).len();
    assert_eq!(got, text.len() / 80 + 2000);
    assert_eq!(ctx.dropped(), 3000 - got);
    // Spans of a later source that overlap those of an earlier one ("Mr. Cuba Chile" is one
    // person over two States' names): the count is still what sorting all of them, dropping
    // overlaps and cutting to the budget leaves out.
    let text = "Mr. Cuba Chile ".repeat(30_000);
    let all = spans(&text, &Context::new(vec![], vec![])).len();
    let ctx = Context::new(vec![], vec![]).budget(text.len());
    let got = spans(&text, &ctx).len();
    assert_eq!(got, text.len() / 80 + 2000);
    assert_eq!(ctx.dropped(), all - got);
    // A real letter's density stays under it: nothing left out.
    let ctx = Context::new(vec![], vec![]).budget(30);
    assert_eq!(spans("Cuba and Chile", &ctx).len(), 2);
    assert_eq!(ctx.dropped(), 0);
}
