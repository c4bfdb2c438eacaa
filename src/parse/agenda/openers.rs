//! The words that open agenda titles, and those of them that also end or run inside titles.

/// Words that typically open an agenda item title.
pub(super) const TITLE_OPENERS: &[&str] = &[
    "The",
    "Question",
    "Questions",
    "Report",
    "Reports",
    "Measures",
    "Promotion",
    "Elections",
    "Election",
    "Implementation",
    "Follow-up",
    "Sustainable",
    "Macroeconomic",
    "Information",
    "Integrated",
    "Strengthening",
    "Prevention",
    "Global",
    "Situation",
    "Agriculture",
    "Appointments",
    "Financing",
    "Globalization",
    "Eradication",
    "Advancement",
    "Right",
    "Rights",
    "Elimination",
    "Comprehensive",
    "General",
    "Culture",
    "Towards",
    "Return",
    "Cooperation",
    "Co-operation",
    "Scale",
    "Programme",
    "Administrative",
    "Review",
    "Status",
    // The General Assembly's standing items ("Human rights questions", "Maintenance of
    // international security", "Consequences of the Iraqi occupation …", "Oceans and the law of
    // the sea", "Crime prevention and criminal justice").
    "Human",
    "Maintenance",
    "Consequences",
    "Development",
    "Causes",
    "Conclusion",
    "Necessity",
    "Protracted",
    "Permanent",
    "Social",
    "Groups",
    "Oceans",
    "Crime",
    "Zone",
    "Assistance",
    "Effects",
    "Admission",
    "International",
    "Environment",
    "Illegal",
    "Operational",
    "Revitalization",
    // "Consolidation of the regime established by the Treaty …", "… of peace through practical
    // disarmament measures".
    "Consolidation",
    "Peaceful",
];

/// Openers that mostly end titles ("SUSTAINABLE DEVELOPMENT", "HUMAN RIGHTS QUESTIONS").
pub(super) const ENDING_NOUNS: &[&str] = &[
    "Development",
    "Questions",
    "Rights",
    "Cooperation",
    "Co-operation",
    "Assistance",
];

/// Openers that also end or run inside titles ("HUMAN RIGHTS QUESTIONS", "ECONOMIC COOPERATION
/// ENVIRONMENT …"): in capitals, sure openers only before a joining word ("QUESTION OF").
pub(super) const WEAK_OPENERS: &[&str] = &[
    "Question",
    "Questions",
    "Right",
    "Rights",
    "Cooperation",
    "Co-operation",
    "General",
    "Human",
    "Social",
    "Development",
    "Assistance",
    "Status",
    "Situation",
    "Review",
    "Programme",
    "Global",
    "Information",
    "Zone",
    "Groups",
    "Effects",
    "Permanent",
    "International",
];

/// Whether `w` opens agenda titles and is none of the [`WEAK_OPENERS`] (which hold the
/// [`ENDING_NOUNS`]), in any case ("MACROECONOMIC", "Promotion").
pub(super) fn is_sure_opener(w: &str) -> bool {
    is_title_opener(w) && !WEAK_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
}

/// Whether `w` opens agenda titles, in any case ("MAINTENANCE", "Question").
pub fn is_title_opener(w: &str) -> bool {
    TITLE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
}
