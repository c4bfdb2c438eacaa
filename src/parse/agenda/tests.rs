use super::*;

#[test]
fn numbers_split_by_the_scan() {
    let (n, _, _) = agenda_numbers_at(" 11 2 (e) Elections to fill vacancies", 0);
    assert_eq!(n, ["112 (e)"]);
    let (n, _, _) = agenda_numbers_at(" 10 and 38 REPORT", 0);
    assert_eq!(n, ["10", "38"]);
    // A comma set apart: "47 , 18, 59 and 95".
    let (n, _, _) = agenda_numbers_at(" 32, 47 , 18, 59 and 95 of the preliminary list", 0);
    assert_eq!(n, ["32", "47", "18", "59", "95"]);
    let (n, _, e) = agenda_numbers_at(" 47 , which", 0);
    assert_eq!((n.len(), e), (1, 3));
}

#[test]
fn standing_items_open_a_title() {
    let t = split_titles(
        "MAINTENANCE OF INTERNATIONAL SECURITY HUMAN RIGHTS QUESTIONS",
        2,
    );
    assert_eq!(t[1].as_deref(), Some("HUMAN RIGHTS QUESTIONS"));
    let t = split_titles("The situation in Bosnia and Herzegovina Consequences of the Iraqi occupation of and aggression against Kuwait", 2);
    assert_eq!(
        t[0].as_deref(),
        Some("The situation in Bosnia and Herzegovina")
    );
    // An opener after a name's second word still opens a title.
    let t = split_titles("Review of the work of the Centre for Latin America and the Caribbean Measures to eliminate international terrorism", 2);
    assert_eq!(
        t[1].as_deref(),
        Some("Measures to eliminate international terrorism")
    );
    // A name cut out by the source leaves "of The": a new title.
    let t = split_titles("Protracted conflicts in the GUAM area The situation in the occupied territories of The rule of law at the national and international levels", 3);
    assert_eq!(
        t[2].as_deref(),
        Some("The rule of law at the national and international levels")
    );
    // More numbers than titles: no cut inside a name, the last numbers go without.
    let t = split_titles("The situation in the Middle East Question of Palestine", 4);
    assert_eq!(
        t,
        [
            Some("The situation in the Middle East".to_string()),
            Some("Question of Palestine".to_string()),
            None,
            None
        ]
    );
}

#[test]
fn sub_items_of_one_item() {
    let (n, _, end) = agenda_numbers_at(" 20 (b)-(d), 24, 72 (k), (l), (q) and (s), 94 (a) and (d), 113 (a) and (b) and 157 of the preliminary list", 0);
    assert_eq!(
        n,
        [
            "20 (b)", "20 (c)", "20 (d)", "24", "72 (k)", "72 (l)", "72 (q)", "72 (s)", "94 (a)",
            "94 (d)", "113 (a)", "113 (b)", "157"
        ]
    );
    assert!(
        " 20 (b)-(d), 24, 72 (k), (l), (q) and (s), 94 (a) and (d), 113 (a) and (b) and 157 of"
            [..end]
            .ends_with("157")
    );
    let (n, _, _) = agenda_numbers_at(
        " 72, 74 (a), (i), (m), (p), (q) and 82 of the provisional agenda",
        0,
    );
    assert_eq!(
        n,
        ["72", "74 (a)", "74 (i)", "74 (m)", "74 (p)", "74 (q)", "82"]
    );
    // A range runs forward only, and within the alphabet.
    let (n, _, _) = agenda_numbers_at(" 20 (d)-(b) and 5", 0);
    assert_eq!(n, ["20 (d)", "5"]);
}

#[test]
fn titles_in_capitals_cut_between_content_words() {
    let t = split_titles("REPORT OF THE SECRETARY-GENERAL ON THE WORK OF THE ORGANIZATION COOPERATION BETWEEN THE UNITED NATIONS AND THE ORGANIZATION FOR SECURITY AND COOPERATION IN EUROPE", 2);
    assert_eq!(
        t[0].as_deref(),
        Some("REPORT OF THE SECRETARY-GENERAL ON THE WORK OF THE ORGANIZATION")
    );
}

#[test]
fn no_cut_inside_parentheses() {
    let t = split_titles("Implementation of the outcome of the United Nations Conference on Human Settlements (Habitat II) Environment and sustainable development", 2);
    assert_eq!(t[0].as_deref(), Some("Implementation of the outcome of the United Nations Conference on Human Settlements (Habitat II)"));
    assert_eq!(
        t[1].as_deref(),
        Some("Environment and sustainable development")
    );
}

#[test]
fn titles_in_capitals_cut_where_a_title_opens() {
    let t = split_titles("MACROECONOMIC POLICY QUESTIONS SUSTAINABLE DEVELOPMENT AND INTERNATIONAL ECONOMIC COOPERATION ENVIRONMENT AND SUSTAINABLE DEVELOPMENT SOCIAL DEVELOPMENT INTERNATIONAL DRUG CONTROL HUMAN RIGHTS QUESTIONS MEASURES TO ELIMINATE INTERNATIONAL TERRORISM", 7);
    let t: Vec<_> = t.iter().map(|t| t.as_deref().unwrap_or("")).collect();
    assert_eq!(
        t,
        [
            "MACROECONOMIC POLICY QUESTIONS",
            "SUSTAINABLE DEVELOPMENT AND INTERNATIONAL ECONOMIC COOPERATION",
            "ENVIRONMENT AND SUSTAINABLE DEVELOPMENT",
            "SOCIAL DEVELOPMENT",
            "INTERNATIONAL DRUG CONTROL",
            "HUMAN RIGHTS QUESTIONS",
            "MEASURES TO ELIMINATE INTERNATIONAL TERRORISM",
        ]
    );
    // An opener after an opener goes on with its title; no title is one word.
    let t = split_titles("COMPREHENSIVE REVIEW OF THE WHOLE QUESTION OF PEACE-KEEPING OPERATIONS DEVELOPMENT AND INTERNATIONAL ECONOMIC COOPERATION", 2);
    assert_eq!(
        t[0].as_deref(),
        Some("COMPREHENSIVE REVIEW OF THE WHOLE QUESTION OF PEACE-KEEPING OPERATIONS")
    );
}

#[test]
fn a_sure_opener_after_a_name_cut_out() {
    let t = split_titles("The situation in the occupied territories of Promotion and protection of the rights of children", 2);
    assert_eq!(
        t[1].as_deref(),
        Some("Promotion and protection of the rights of children")
    );
    // Inside a name of capitalized words it is the name's.
    let t = split_titles("Follow-up to the International Conference on Financing for Development Sustainable development", 2);
    assert_eq!(t[1].as_deref(), Some("Sustainable development"));
}

#[test]
fn five_titles() {
    let titles = split_titles("Information and communication technologies for development Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences and summits in the economic, social and related fields Macroeconomic policy questions Follow-up to and implementation of the outcome of the International Conference on Financing for Development Sustainable development", 5);
    let firsts: Vec<_> = titles
        .iter()
        .map(|t| t.as_deref().unwrap_or("").split(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(
        firsts,
        [
            "Information",
            "Integrated",
            "Macroeconomic",
            "Follow-up",
            "Sustainable"
        ]
    );
}

#[test]
fn an_ing_verb_keeps_its_object() {
    let t = split_titles("REPORT OF THE SPECIAL COMMITTEE TO INVESTIGATE ISRAELI PRACTICES AFFECTING THE HUMAN RIGHTS OF THE PALESTINIAN PEOPLE DEVELOPMENT AND INTERNATIONAL ECONOMIC COOPERATION REPORT OF THE SPECIAL COMMITTEE ON THE CHARTER", 3);
    assert_eq!(t[0].as_deref(), Some("REPORT OF THE SPECIAL COMMITTEE TO INVESTIGATE ISRAELI PRACTICES AFFECTING THE HUMAN RIGHTS OF THE PALESTINIAN PEOPLE"));
    assert_eq!(
        t[1].as_deref(),
        Some("DEVELOPMENT AND INTERNATIONAL ECONOMIC COOPERATION")
    );
    let t = split_titles("NECESSITY OF ENDING THE ECONOMIC, COMMERCIAL AND FINANCIAL EMBARGO IMPOSED BY THE UNITED STATES OF AMERICA AGAINST CUBA CONSOLIDATION OF THE REGIME ESTABLISHED BY THE TREATY", 2);
    assert!(t[0].as_deref().unwrap().ends_with("AGAINST CUBA"));
    // A noun in "-ing" ends a title as any other.
    assert!(!takes_an_object("PLANNING"));
    assert!(takes_an_object("AFFECTING"));
}

#[test]
fn two_names_that_meet_part_titles_still_missing() {
    let t = split_titles("Operational activities for development Revitalization of the work of the General Assembly United Nations reform: measures and proposals", 3);
    assert_eq!(
        t[1].as_deref(),
        Some("Revitalization of the work of the General Assembly")
    );
    assert_eq!(
        t[2].as_deref(),
        Some("United Nations reform: measures and proposals")
    );
    // With no title missing, a name that follows a name stays in its title.
    let t = split_titles("Cooperation between the United Nations and the Economic Community of Central African States Macroeconomic policy questions", 2);
    assert!(t[0].as_deref().unwrap().ends_with("Central African States"));
}

#[test]
fn a_title_case_name_is_not_cut() {
    // A capitalized word after a capitalized one, before more capitals, is inside a name.
    let t = split_titles("Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples Strengthening of the coordination of humanitarian assistance", 2);
    assert_eq!(
        t[1].as_deref(),
        Some("Strengthening of the coordination of humanitarian assistance")
    );
    let t = split_titles(
        "Global Agenda for Dialogue among Civilizations Culture of peace",
        2,
    );
    assert_eq!(t[1].as_deref(), Some("Culture of peace"));
    // A sure opener before a name still opens a title.
    let t = split_titles("Causes of conflict in Africa Report of the International Tribunal for the Former Yugoslavia", 2);
    assert_eq!(
        t[1].as_deref(),
        Some("Report of the International Tribunal for the Former Yugoslavia")
    );
}

#[test]
fn a_name_before_a_lowercase_noun_opens_a_title() {
    let t = split_titles("Strengthening of the coordination of assistance of the United Nations, including special economic assistance United Nations reform: measures and proposals", 2);
    assert_eq!(
        t[1].as_deref(),
        Some("United Nations reform: measures and proposals")
    );
    // After an article the word before the name is an adjective: no title there.
    let t = split_titles("Follow-up to the outcomes of the major United Nations conferences and summits Culture of peace", 2);
    assert_eq!(t[1].as_deref(), Some("Culture of peace"));
}

#[test]
fn a_capitalized_the_opens_a_title() {
    let t = split_titles("Strengthening of assistance for reconstruction of war-stricken Afghanistan The situation in Afghanistan and its implications for international peace and security", 2);
    assert_eq!(
        t[1].as_deref(),
        Some("The situation in Afghanistan and its implications for international peace and security")
    );
}

#[test]
fn a_name_that_goes_on_is_no_gap() {
    let t = split_titles("Cooperation between the United Nations and regional and other organizations: cooperation between the United Nations and the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization Comprehensive Nuclear-Test-Ban Treaty", 2);
    assert_eq!(
        t[1].as_deref(),
        Some("Comprehensive Nuclear-Test-Ban Treaty")
    );
}

#[test]
fn capitals_read_phrases_that_go_on() {
    // "TO ELIMINATE" takes its object; "THE WHOLE QUESTION OF" is one phrase.
    let t = split_titles(
        "INTERNATIONAL DRUG CONTROL HUMAN RIGHTS QUESTIONS MEASURES TO ELIMINATE INTERNATIONAL TERRORISM",
        3,
    );
    assert_eq!(
        t[2].as_deref(),
        Some("MEASURES TO ELIMINATE INTERNATIONAL TERRORISM")
    );
    let t = split_titles("GENERAL AND COMPLETE DISARMAMENT CONVENTION ON THE PROHIBITION OF TOXIN WEAPONS COMPREHENSIVE REVIEW OF THE WHOLE QUESTION OF PEACE-KEEPING OPERATIONS", 3);
    let t: Vec<_> = t.iter().map(|t| t.as_deref().unwrap_or("")).collect();
    assert_eq!(
        t,
        [
            "GENERAL AND COMPLETE DISARMAMENT",
            "CONVENTION ON THE PROHIBITION OF TOXIN WEAPONS",
            "COMPREHENSIVE REVIEW OF THE WHOLE QUESTION OF PEACE-KEEPING OPERATIONS",
        ]
    );
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn sub_items_share_their_item_title() {
    let numbers = strings(&["70", "97 (a)", "97 (i)", "107"]);
    let t = split_titles_of("GENERAL AND COMPLETE DISARMAMENT SUSTAINABLE DEVELOPMENT AND INTERNATIONAL ECONOMIC COOPERATION: TRADE AND DEVELOPMENT; INTERNATIONAL COOPERATION FOR THE ERADICATION OF POVERTY ADVANCEMENT OF WOMEN", &numbers);
    let t: Vec<_> = t.iter().map(|t| t.as_deref().unwrap_or("")).collect();
    assert_eq!(
        t,
        [
            "GENERAL AND COMPLETE DISARMAMENT",
            "SUSTAINABLE DEVELOPMENT AND INTERNATIONAL ECONOMIC COOPERATION: TRADE AND DEVELOPMENT",
            "SUSTAINABLE DEVELOPMENT AND INTERNATIONAL ECONOMIC COOPERATION: INTERNATIONAL COOPERATION FOR THE ERADICATION OF POVERTY",
            "ADVANCEMENT OF WOMEN",
        ]
    );
    let numbers = strings(&["74 (a)", "74 (i)", "74 (m)", "82"]);
    let t = split_titles_of("General and complete disarmament: notification of nuclear tests; towards a nuclear-weapon-free world: the need for a new agenda; reducing nuclear danger Comprehensive Nuclear-Test-Ban Treaty", &numbers);
    assert_eq!(
        t[1].as_deref(),
        Some("General and complete disarmament: towards a nuclear-weapon-free world: the need for a new agenda")
    );
    assert_eq!(
        t[3].as_deref(),
        Some("Comprehensive Nuclear-Test-Ban Treaty")
    );
    // Titles that do not read "Item: first; second": each number counts as a title.
    let numbers = strings(&["20 (a)", "20 (b)"]);
    let t = split_titles_of("Question of Cyprus The situation in Afghanistan", &numbers);
    assert_eq!(t[1].as_deref(), Some("The situation in Afghanistan"));
}

#[test]
fn a_long_hostile_run_stays_linear() {
    // Thousands of candidate cuts and names: one pass each, no scan per item.
    let unit = "Question of the United Nations Colonial Countries and Peoples of of of of the Middle East ";
    let region = unit.repeat(3000);
    let start = std::time::Instant::now();
    let t = split_titles(&region, 2000);
    assert_eq!(t.len(), 2000);
    let numbers: Vec<String> = (0..2000).map(|k| format!("{} (a)", k / 3)).collect();
    let t = split_titles_of(&region, &numbers);
    assert_eq!(t.len(), 2000);
    assert!(start.elapsed().as_secs() < 20);
}

#[test]
fn no_title_ends_on_among() {
    let t = split_titles(
        "Cooperation between the United Nations and the Organization of the Islamic Conference United Nations Year of Dialogue among Civilizations Question of Palestine The situation in the Middle East",
        4,
    );
    assert_eq!(
        t[1].as_deref(),
        Some("United Nations Year of Dialogue among Civilizations")
    );
    assert_eq!(t[2].as_deref(), Some("Question of Palestine"));
}
