use super::*;

#[test]
fn an_inside_address_that_names_the_body_after_the_office() {
    let t = "The Sierra Leone Web State House Freetown, Republic of Sierra Leone The President United Nations Security Council New York UNITED STATES OF AMERICA 16th September 1997 Dear Mr. President, Pursuant to my letter of 5th September, 1997 addressed to the Committee of Five, it is my honour to write to you.";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.addressees, ["President of the Security Council"]);
    assert_eq!(o.date.as_deref(), Some("1997-09-16"));
    let t = "New York, 13 May 2020 H.E. Mr. Sven Jürgenson Ambassador, Permanent Representative of the Republic of Estonia to the United Nations President, Security Council (May 2020) New York.- Distinguished Ambassador Jürgenson, I have the honor to address Your Excellency.";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Security Council"]
    );
    // The date between the block and the first words, with no salutation between.
    let t = "H.E. Ambassador Claude Heller President of the Security Council United Nations 4 June 2010 I have the honor to bring to the attention of the Security Council the attack.";
    let o = read(t).unwrap();
    assert_eq!(o.addressees, ["President of the Security Council"]);
    assert_eq!(o.date.as_deref(), Some("2010-06-04"));
    // The office's words in prose are no address: "the President, Security Council members
    // and …" names no addressee of an untitled letter.
    let t = "I have the honour to inform you that the President of the Republic met the Security Council members. I should be grateful if you would have the present letter circulated.";
    assert!(read(t).unwrap().addressees.is_empty());
}

#[test]
fn a_salutation_in_a_cables_capitals() {
    let t = "TEXT OF ZAIRE PERM REPS' SECOND LETTER FOLLOWS: QUOTE TRANSLATED FROM FRENCH PERMANENT MISSION OF THE REPUBLIC OF ZAIRE TO THE UNITED NATIONS NEW YORK, 22 APRIL 1977 HIS EXCELLENCY DR. SIMON ALBERTO CONSALVI PRESIDENT OF THE SECURITY COUNCIL OF THE UNITED NATIONS NEW YORK, N.Y. 10017 NO. MPZ/01/530/77 SIR, THE REPRESENTATIONS WHICH I MADE YESTERDAY TO YOU SEEM TO BE GIVING RISE TO MISUNDERSTANDING.";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.date.as_deref(), Some("1977-04-22"));
    assert_eq!(o.sender.states[0].code, "COD");
    assert_eq!(o.addressees, ["President of the Security Council"]);
    let t = "I HAVE THE HONOUR TO TRANSMIT THE FOLLOWING MESSAGE TO YOU FROM THE SECRETARY OF STATE: \"DEAR MR. SECRETARY-GENERAL: \"I HAVE THE HONOR TO INFORM YOU THAT THE GOVERNMENTS ARE PREPARED.";
    assert_eq!(read(t).unwrap().addressees, ["Secretary-General"]);
    // A word in capitals is no salutation without its mark: "SIR WILLIAM", "EXCELLENCY THE".
    assert!(in_capitals("HIS EXCELLENCY THE SECRETARY-GENERAL MET SIR WILLIAM").is_none());
}

#[test]
fn a_letter_that_follows_the_writers_own() {
    let t = "I am writing further to my letters addressed to the President of the Security Council dated 13 April 2021 (S/2021/354) on the question of the dam. Accordingly, Egypt has elected to bring this matter to the Council.";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.addressees, ["President of the Security Council"]);
    let t = "Security Council 8 December 1999 Original: English I have the honour to refer to my letter to the President of the Security Council dated 10 September 1999 (S/1999/983), as well as to the letters from the President of the Council addressed to me.";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Security Council"]
    );
}

#[test]
fn an_earlier_letter_elsewhere_names_no_addressee() {
    // Dated before it is sent on: it may have gone to another office.
    let t = "I have the honour to refer to my letter dated 7 March 2016 to the President of the Security Council (S/2016/216).";
    assert!(read(t).unwrap().addressees.is_empty());
    // "to you": no office.
    let t = "I have the honour to refer to my letter to you of 17 March 1997 on the settlement.";
    assert!(read(t).unwrap().addressees.is_empty());
}

#[test]
fn note_verbale_from_its_formula() {
    let t = "PERMANENT MISSION OF THE REPUBLIC OF ARMENIA TO THE UNITED NATIONS No. UN/321/183/06 The Permanent Mission of the Republic of Armenia to the United Nations presents its compliments to the President of the 60th session of the General Assembly of the United Nations and has the honour to inform … The Permanent Mission avails itself of this opportunity to renew the assurances of its highest consideration. New York. 12 April 2006 H.E. Mr. Jan Eliasson";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::NoteVerbale);
    assert_eq!(o.sender.role.as_deref(), Some("Permanent Mission"));
    assert_eq!(o.sender.states[0].code, "ARM");
    assert_eq!(o.addressees, ["President of the General Assembly"]);
    assert_eq!(o.date.as_deref(), Some("2006-04-12"));
}

#[test]
fn an_original_cut_short_before_its_close() {
    let t = "PERMANENT MISSION OF THE REPUBLIC OF CYPRUS TO THE UNITED NATIONS Ref: 2007/77/7 29 December 1978 Excellency, On instructions from my Government, I have the honour to draw Your Excellency's attention to the latest events";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.date.as_deref(), Some("1978-12-29"));
    assert_eq!(o.sender.states[0].code, "CYP");
    // Undated, with no close: the formula after a sentence of prose is no letter read.
    let t = "The events were discussed. Excellency, I have the honour to draw your attention to the latest events";
    assert!(read(t).is_none());
}

#[test]
fn a_salutation_dated_above_it() {
    let t = "Sierra Leone Web 8 August 2002 Dear Mr. Secretary-General, You will recall that in welcoming the elections";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.date.as_deref(), Some("2002-08-08"));
    assert_eq!(o.addressees, ["Secretary-General"]);
}

#[test]
fn a_note_dated_at_its_top() {
    let t = "21 October 1993 (Not distributed) The Permanent Observer of Palestine to the United Nations presents his compliments to the Secretary-General of the United Nations and has the honor to refer to the note verbale dated 14 September 1993.";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::NoteVerbale);
    assert_eq!(o.date.as_deref(), Some("1993-10-21"));
}

#[test]
fn appositive_and_representative() {
    let t = "NOTE NO: 03/ SG/02 The Permanent Mission of the Republic of Malawi to the United Nations, in its capacity as Chairman of the Southern Africa Development Community (SADC), presents its compliments to the Secretary General of the United Nations and has the honour to forward herewith the Communique";
    let o = read(t).unwrap();
    assert_eq!(o.sender.states[0].code, "MWI");
    assert_eq!(o.addressees, ["Secretary-General"]);
    let t = "The Permanent Representative of the Yemen Arab Republic to the united Nations presents his compliments to the Secretary-General of the United Nations and would like";
    let o = read(t).unwrap();
    assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
}

#[test]
fn an_original_that_opens_on_its_address_and_sends_an_identical_letter() {
    let t = "Letter from the Ambassador H.E. Mr. Ban Ki-moon Secretary General United Nations New York Less than 24 hours after an encouraging development, a rocket was fired. I wish to inform you that this identical letter has been sent to H.E. Ms. U. Joy Ogwu, President of the United Nations Security Council. Allow me, Excellency, to renew to you the assurances of my highest consideration. Yours truly, Gavriel Shalev Permanent Representative";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::IdenticalLetters);
    assert_eq!(
        o.addressees,
        ["Secretary-General", "President of the Security Council"]
    );
    assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
    // Without the block or a formula, a page of prose is no letter.
    assert!(read("Less than 24 hours after an encouraging development, a rocket was fired. Yours truly, Gavriel Shalev Permanent Representative").is_none());
}

#[test]
fn letter_that_names_itself() {
    let t = "No. 8 January 2020 Upon instructions from my Government, I would like to inform you … I should be grateful if you would have the present letter circulated as a document of the Security Council.";
    assert_eq!(read(t).unwrap().kind, DocumentKind::Letter);
    // A text that is neither: nothing is read.
    assert!(read("The Committee met on 3 May 1999 and adopted its report.").is_none());
}

#[test]
fn letters_that_open_with_a_salutation() {
    let t = "PERMANENT MISSION OF THE HASHEMITE KINGDOM OF JORDAN TO THE UNITED NATIONS February 12, 1979 Excellency: As Chairman of the Arab Group for the month of February, 1979, I wish on behalf of the Group, to enclose the article. Please accept Excellency, the assurances of my highest consideration. Hazem Nuseibeh Ambassador Permanent Representative";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.date.as_deref(), Some("1979-02-12"));
    assert_eq!(o.sender.states[0].code, "JOR");
    assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
    // A letterhead whose scan lost a space.
    let t = "-, \\ J ~ THE PRESIDENT OFTHE GENERAL ASSEMBLY 13 September 2016 Excellency, Please find attached a copy of a letter. Please accept, Excellency, the assurances of my highest consideration. Mogens Lykketoft To all Permanent Representatives and Permanent Observers to the United Nations New York";
    let o = read(t).unwrap();
    assert_eq!(
        o.sender.role.as_deref(),
        Some("President of the General Assembly")
    );
    assert_eq!(
        o.addressees,
        ["All Permanent Representatives and Permanent Observers to the United Nations"]
    );
    let t = "THE SECRETARY-GENERAL 3 July 2013 --------- Dear Madam President, Further to my report to the Security Council, I have the honour to transmit the benchmarks. Please accept, Madam President, the assurances of my highest consideration. Z\u{b7} Her Excellency Mrs. Rosemary A. DiCarlo President of the Security Council New York";
    let o = read(t).unwrap();
    assert_eq!(o.date.as_deref(), Some("2013-07-03"));
    assert_eq!(o.sender.role.as_deref(), Some("Secretary-General"));
    assert_eq!(o.addressees, ["President of the Security Council"]);
    // A salutation alone, with nothing signed after it, is no letter.
    assert!(read("Minutes of the meeting. Sir, the Committee met on 3 May.").is_none());
}

#[test]
fn signed_joint_letter_without_a_title() {
    let t = "Security Council 26 September 1996 We have the honour to transmit herewith the text of the statement. We should be grateful if you would have it circulated. (Signed) QIN Huasun (Signed) Alain DEJAMMET Permanent Representative of China";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.date.as_deref(), Some("1996-09-26"));
}

#[test]
fn original_letter_on_its_letterhead() {
    let t = "PERMANENT MISSION OF GEORGIA TO THE UNITED NATIONS No. 101 22 May 2009 Excellency, I have the honor to transmit the annexed letter of the Minister. Please, accept, Excellency, the assurances of my highest consideration. Sincerely, Alexander Lomaia Permanent Representative H.E. Mr. Ban Ki-moon Secretary-General United Nations New York";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.date.as_deref(), Some("2009-05-22"));
    assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
    assert_eq!(o.sender.states[0].code, "GEO");
    assert_eq!(o.addressees, ["Secretary-General"]);
    // The rank before the office is not the sender's role; an ordinal day is a date.
    let t = "PERMANENT MISSION OF THE ARAB REPUBLIC OF EGYPT TO THE UNITED NATIONS 16th December 1974 Your Excellency, I have the honour to bring to your attention the annexed statement. Please accept, Excellency, the assurances of my highest consideration. Dr. A. Esmat Abdel Meguid Ambassador Permanent Representative H.E. Mr. Kurt Waldheim";
    let o = read(t).unwrap();
    assert_eq!(o.date.as_deref(), Some("1974-12-16"));
    assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
    assert_eq!(o.sender.states[0].code, "EGY");
}

#[test]
fn first_words_that_open_the_text_make_a_letter() {
    // A copy cut short: no close, no "(Signed)", nothing but a masthead before it.
    let t = "Security Council 7 February 1967 I have the honour, on instructions from my Government, to bring to Your Excellency's urgent attention further violations";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.date.as_deref(), Some("1967-02-07"));
    let t = "In my capacity as Chairman of the Arab Group for the month of October 1987, I have the honour to inform you of the following: the Group";
    assert_eq!(read(t).unwrap().kind, DocumentKind::Letter);
    // Prose before the formula: a letter quoted inside a text is not this document.
    let t = "The Commission met on 3 May and considered the matter. The Chairman read: I have the honour to inform you of the following";
    assert!(read(t).is_none());
    // An addressee's office in a title the grammar lost is no letterhead.
    let t = "LETTER DATED 9 APRIL 1956 ~~OM TEE FERlfillNENT REPRESENTATIVE OF ISRAEL, ADDREGSED TO THE PRESIDENT OF THE SECURITY COUNCIL I have the honour to refer to my letter";
    assert_eq!(read(t).unwrap().sender.role, None);
    // Glued to its "TO" by the scan.
    let t = "LETTER DATED 28 OCTOBER1964 FROMTKF: PFRMANENTREPRESENTATIVE 0F Tm UNITED ARAB REPUBLIC TO THE UNITED NATIONS ADDRESSEDTO THE SECRETARY-GENERAL l I have the honour to enclose the text";
    assert_eq!(read(t).unwrap().sender.role, None);
}

#[test]
fn addressees_from_the_first_sentence_or_a_bare_style() {
    let t = "Caption of a photograph. I have the honour to address Your Excellency, in your capacity as President of the Security Council of the United Nations, to denounce recent events. I should be grateful if you would circulate the present letter";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Security Council"]
    );
    let t = "From Sir Jeremy Greenstock GCMG 20 March 2003 To HE Mamady Traore President of the Security Council I have the honor to inform you on behalf of my Government that the action continues. (signed) Jeremy Greenstock";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Security Council"]
    );
}

#[test]
fn a_french_or_spanish_copys_first_words() {
    for t in [
        "Le Myanmar s'inqui\u{e8}te de la mission, par Hau Do Suan J'ai l'honneur d'appeler votre attention sur une question",
        "Monsieur le Pr\u{e9}sident, J\u{2019}ai l\u{2019}honneur de me r\u{e9}f\u{e9}rer \u{e0} la r\u{e9}solution 1973 (2011)",
        "Se\u{f1}or Presidente: Tengo el honor de dirigirme a usted",
    ] {
        assert_eq!(read(t).unwrap().kind, DocumentKind::Letter);
    }
    // Quoted after prose, it is no letter's opening.
    assert!(read("La Commission s'est r\u{e9}unie le 3 mai. Le Pr\u{e9}sident a lu: J'ai l'honneur de vous informer").is_none());
}

#[test]
fn a_spanish_or_french_mission_names_the_sender() {
    let t = "Nota a Naciones Unidas: Nicaragua es Solidaridad ! La misión permanente de Nicaragua ante las Naciones Unidas saluda atentamente a la oficina del secretario general de las Naciones Unidas y tiene a bien referirse a las recientes declaraciones.";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::NoteVerbale);
    assert_eq!(o.sender.role.as_deref(), Some("Permanent Mission"));
    assert_eq!(o.sender.states[0].code, "NIC");
    let t = "La Mission permanente de la République islamique d'Iran auprès de l'Organisation des Nations Unies présente ses compliments au Secrétaire général et a l'honneur de lui faire tenir ci-joint le texte.";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::NoteVerbale);
    assert_eq!(o.sender.states[0].code, "IRN");
    let t = "Misión Permanente de la República Bolivariana de Venezuela ante Naciones Unidas - Nueva York No. 00100/Add.1 New York, 13 May 2020 H.E. Mr. Sven Jürgenson President, Security Council New York.- Distinguished Ambassador Jürgenson, I have the honor to address Your Excellency.";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.sender.states[0].code, "VEN");
    // Compliments with no State named: no note is read from them.
    let t = "La Misión saluda atentamente a la oficina del secretario general.";
    assert!(read(t).is_none());
}

#[test]
fn the_councils_president_writes_to_the_secretary_general() {
    let t = "I have the honour to inform you that the members of the Security Council have decided to send a mission to Afghanistan. (Signed) Jorge Urbina President of the Security Council";
    let d = crate::parse(t).unwrap();
    assert_eq!(d.addressees, ["Secretary-General"]);
    assert!(d
        .diagnostics
        .iter()
        .any(|x| x.code == "addressee-of-office"));
    // Another office's letter gets none.
    let t = "I have the honour to inform you that the mission will proceed. (Signed) Kofi A. Annan Secretary-General";
    assert!(crate::parse(t).unwrap().addressees.is_empty());
}

#[test]
fn a_presidents_salutation_and_the_organ_reached_through_the_addressee() {
    let t = "25 July 2000 Dear Madam President, I have the honour to inform you and, through you, the members of the Security Council, that the plan was approved.";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Security Council"]
    );
    let t = "Le 12 février 2001 Monsieur le Président, J\u{2019}ai l\u{2019}honneur de vous informer et, par votre intermédiaire, d\u{2019}informer les membres du Conseil de sécurité que le plan a été approuvé.";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Security Council"]
    );
    // No President saluted: "through you" may reach the Council from the Secretary-General.
    let t = "12 May 2001 Excellency, I have the honour to inform you and, through you, the members of the Security Council, that the plan was approved.";
    assert!(read(t).unwrap().addressees.is_empty());
}

#[test]
fn a_presidents_salutation_and_the_organ_whose_members_the_letter_names() {
    let t = "Mr President, I have the honour to inform you of a communication. I would appreciate it if these considerations could be brought to the attention of other members of the Security Council. Please accept Mr President, the assurance of my highest consideration";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Security Council"]
    );
    let t = "Monsieur le Président, J\u{2019}ai l\u{2019}honneur de me référer à la résolution. Le Secrétaire souhaite que la présente lettre soit communiquée aux membres du Conseil de sécurité.";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Security Council"]
    );
}

#[test]
fn salutations_of_an_office_held_and_of_an_excellency() {
    // "Dear Mr. Chairman!", a translation's mark: a letter dated above its salutation.
    let t = "To the Chairman of the Security Council. July 26, 1993 Dear Mr. Chairman! The dramatic situation in my country compels me to address you with this letter.";
    let o = read(t).unwrap();
    assert_eq!(o.kind, DocumentKind::Letter);
    assert_eq!(o.date.as_deref(), Some("1993-07-26"));
    let t =
        "14 June 2023 Your Excellency, I am pleased to confirm that the withdrawal is complete.";
    assert_eq!(read(t).unwrap().kind, DocumentKind::Letter);
    // A salutation in prose, without its mark, opens nothing.
    assert!(read("He told Mr. President Obama that the talks had failed.").is_none());
}

#[test]
fn a_french_or_spanish_salutation_names_the_secretary_general() {
    let t = "Monsieur le Secr\u{e9}taire G\u{e9}n\u{e9}ral, J\u{2019}ai l\u{2019}honneur de me r\u{e9}f\u{e9}rer \u{e0} votre lettre en date du 6 mai 2014.";
    assert_eq!(read(t).unwrap().addressees, ["Secretary-General"]);
    let t = "Se\u{f1}or Secretario General: Tengo el honor de dirigirme a usted.";
    assert_eq!(read(t).unwrap().addressees, ["Secretary-General"]);
}

#[test]
fn an_address_block_under_a_long_letterhead() {
    let t = "PERMANENT MISSION OF PAKISTAN TO THE UNITED NATIONS AND OTHER INTERNATIONAL ORGANIZATIONS 56 rue de Moillebeau 1211 Geneva 19 Tel: (4122) 7491930 Fax: (4122) 734 8085 E-mail: mission.pakistan@ties.itu.int. Ambassador No. Pol/S0/2012 14 February 2012 H.E. Ms. Laura Dupuy Lasserre President of the Human Rights Council Geneva My dear President, I am writing to you in my capacity as Coordinator of the OIC Group.";
    assert_eq!(
        read(t).unwrap().addressees,
        ["President of the Human Rights Council"]
    );
}

#[test]
fn a_french_or_spanish_dateline_above_the_first_words() {
    let t = "Le 12 f\u{e9}vrier 2001 Monsieur le Pr\u{e9}sident, J\u{2019}ai l\u{2019}honneur de vous informer et, par votre interm\u{e9}diaire, d\u{2019}informer les membres du Conseil de s\u{e9}curit\u{e9} que le plan est approuv\u{e9}.";
    assert_eq!(read(t).unwrap().date.as_deref(), Some("2001-02-12"));
    let t = "Nueva York, 26 de noviembre de 1994 Excelencia: Tengo el honor de dirigirme a usted.";
    assert_eq!(read(t).unwrap().date.as_deref(), Some("1994-11-26"));
}
