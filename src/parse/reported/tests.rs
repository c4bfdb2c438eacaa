use super::*;

#[test]
fn a_news_lead_with_a_verb_of_sending() {
    let t = "AZERBAIJAN SENDS LETTER OF PROTEST TO UN SECRETARY GENERAL Today.Az Sept 18 2009 Permanent Representative of Azerbaijan to the United Nations Ambassador Agshin Mehdiyev has sent a letter of protest to the UN Secretary General Ban Ki-moon, the Mission said. The letter reads: \"According to reports";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.role.as_deref(), Some("Permanent Representative"));
    assert_eq!(r.sender.states[0].code, "AZE");
    assert_eq!(r.addressees, ["Secretary-General"]);
    assert_eq!(r.date, None);
    // The sender after a comma, two offices, the Council for its President.
    let t = "Washington. Ambassador Agshin Mehdiyev, Permanent Representative of Azerbaijan to the UN, has submitted a 10-page letter to the UN Secretary-General and the Security Council concerning the ceasefire.";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.role.as_deref(), Some("Permanent Representative"));
    assert_eq!(
        r.addressees,
        ["Secretary-General", "President of the Security Council"]
    );
}

#[test]
fn a_possessive_and_a_headlines_state() {
    let t = "YEREVAN, MARCH 22, ARMENPRESS. Permanent Representative of Armenia to the United Nations Mher Margaryan\u{2019}s letter to the Secretary General has been published.";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.states[0].code, "ARM");
    assert_eq!(r.addressees, ["Secretary-General"]);
    // The lead names the office, the headline its State; the holders' names are passed over.
    let t = "Pakistan FM writes letter to President UNSC on Kashmir NEW YORK: The Foreign Minister Shah Mahmood Qureshi has a written a letter to the President of the United Nations Security Council (UNSC) Mr. Vassily A. Nebenzia and the UN Secretary General Antonio Guterres, reminding the world body.";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.role.as_deref(), Some("Foreign Minister"));
    assert_eq!(r.sender.states[0].code, "PAK");
    assert_eq!(
        r.addressees,
        ["President of the Security Council", "Secretary-General"]
    );
}

#[test]
fn the_sender_after_by_and_the_date_the_lead_gives() {
    let t = "Placed below is text of the letter addressed by the Foreign Minister to the United Nations Secretary General, Presidents of the United Nations Security Council and United Nations General Assembly on 1 August 2019: I wish to bring";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.role.as_deref(), Some("Foreign Minister"));
    assert_eq!(r.date.as_deref(), Some("2019-08-01"));
    assert_eq!(r.addressees.len(), 3);
    let t = "The Foreign Minister\u{2019}s letters to the President of the UNSC (and Secretary General of UN) dated 1,6,13 and 26 August convey concerns. In his latest letter dated 12 December 2019, the Minister apprised the Council.";
    let r = find(t, t.len()).unwrap();
    assert_eq!(
        r.addressees,
        ["President of the Security Council", "Secretary-General"]
    );
    assert_eq!(r.date.as_deref(), Some("2019-12-12"));
}

#[test]
fn the_writers_own_letters_are_no_report() {
    let t = "I am writing further to my letters addressed to the President of the Security Council dated 13 April 2021 on the question of the dam.";
    assert!(find(t, t.len()).is_none());
    // No sender, or no office it went to: nothing.
    assert!(find("A letter was sent to the Secretary-General.", 100).is_none());
    assert!(find(
        "The Permanent Representative of Chile has sent a letter to the press.",
        100
    )
    .is_none());
}

#[test]
fn a_senders_role_after_its_states_adjective() {
    let t = "Israel issues complaints to UN on Kassam rocket fire Letter from Israeli Ambassador Gillerman to the UN Secretary-General and President of the Security Council 12 December 2007 H.E. Mr. Ban Ki-moon";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.role.as_deref(), Some("Ambassador"));
    assert_eq!(r.sender.states[0].code, "ISR");
    assert_eq!(
        r.addressees,
        ["Secretary-General", "President of the Security Council"]
    );
    // An office named with no State's adjective is a letter the text cites, not the sender.
    let t = "with reference to the 6 December 2023 letter by the United Nations Secretary-General to the Security Council invoking Article 99";
    assert!(find(t, t.len()).is_none());
}

#[test]
fn a_headlines_state_by_its_adjective_or_its_label() {
    // The State's adjective right before "letter".
    let t = "Text of South Korean letter to Security Council\n\nUNITED NATIONS (BestGrowthStock) \u{2013} Following is the full text of a letter handed by South Korea on Friday.";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.states[0].code, "KOR");
    assert_eq!(r.addressees, ["President of the Security Council"]);
    // The subject's adjective before a verb of sending.
    let t = "Eritrean Foreign Ministry Sent Letter to President of the UN Security Council\n\nEritrea: We urge a review.";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.states[0].code, "ERI");
    assert_eq!(r.addressees, ["President of the Security Council"]);
    // The headline's label before the sender's possessive.
    let t =
        "Eritrea: President Isaias Afwerki's Letter to the UN Secretary General\nYour Excellency";
    let r = find(t, t.len()).unwrap();
    assert_eq!(r.sender.states[0].code, "ERI");
    assert_eq!(r.addressees, ["Secretary-General"]);
    // A dateline's place before the colon names no State.
    let t = "NEW YORK: President Isaias Afwerki's Letter to the UN Secretary General";
    let r = find(t, t.len()).unwrap();
    assert!(r.sender.states.is_empty());
    // A State's adjective elsewhere than right before "letter" is not the sender's.
    let t = "Text of letter on South Korean vessel to the Security Council";
    assert!(find(t, t.len()).is_none_or(|r| r.sender.states.is_empty()));
}
