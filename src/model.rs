//! The typed document: the one contract between Rust, JavaScript and JSON.
//!
//! Every type serializes with serde in camelCase. Collections are `Vec`s (never maps, which
//! would become a JS `Map`), offsets are `u32` (a `u64` would become a BigInt), and every
//! optional value is present as `null` so that consumers see one stable shape.
//!
//! Offsets inside a [`Paragraph`] count **UTF-16 code units** from the start of
//! [`Paragraph::text`], so that JavaScript can use them directly with `String.prototype.slice`.

use serde::{Deserialize, Serialize};

mod cite;
pub use cite::Pin;

/// A parsed United Nations document.
///
/// Produced by [`crate::parse`]. Fields a document does not state are `null` or empty, and
/// anything odd the parser met is reported in [`Document::diagnostics`] rather than failing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Subjects from the `%%%` header line, e.g. `["REGIONAL SECURITY", "EUROPE"]`.
    pub subjects: Vec<String>,
    /// The document symbol as printed in the masthead, joined symbols with `-`:
    /// `"A/64/842-S/2010/331"`.
    pub symbol: Option<String>,
    /// Masthead facts other than the symbol (distribution, issue date, languages, organs).
    pub masthead: Masthead,
    /// The General Assembly session the document is issued under.
    pub session: Option<Session>,
    /// The Security Council year line, e.g. 63 for "Sixty-third year".
    pub security_council_year: Option<u32>,
    /// Agenda items, in the order printed.
    pub agenda_items: Vec<AgendaItem>,
    /// What kind of communication this is, read from its title.
    pub kind: DocumentKind,
    /// The language of the text when its title is a Spanish or French version's ("es", "fr");
    /// `None`: English, or not known.
    pub language: Option<String>,
    /// The document's own date (from its title), as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The day whose facts the generated notes, State names and signatory groups state
    /// (`YYYY-MM-DD`): [`Document::date`], else the date of issue. `None` when neither is known;
    /// then they are today's, and a diagnostic says so.
    pub facts_as_of: Option<String>,
    /// The title as printed: "Letter dated 30 September 2009 from … addressed to the Secretary-General".
    pub title: Option<String>,
    /// Inline spans of [`Document::title`] (UTF-16 offsets), like [`Paragraph::spans`].
    pub title_spans: Vec<Span>,
    /// Who sends the document.
    pub sender: Sender,
    /// Canonical addressees: "Secretary-General", "President of the Security Council", …
    pub addressees: Vec<String>,
    /// The paragraphs of the letter or note itself.
    pub body: Vec<Paragraph>,
    /// The "(Signed)" lines closing the letter.
    pub signatures: Vec<Signature>,
    /// Annexes and enclosures, in order.
    pub annexes: Vec<Annex>,
    /// States on whose behalf the document or its annexed statement is issued, in text order,
    /// without duplicates.
    pub signatories: Vec<State>,
    /// Intergovernmental organizations mentioned, in order of first mention.
    pub organizations: Vec<Organization>,
    /// Organizations mentioned that two or more signatories belong to: what a reader can
    /// select at once ("CSTO" selects its member signatories).
    pub signatory_groups: Vec<SignatoryGroup>,
    /// United Nations organs and offices mentioned, in order of first mention.
    pub organs: Vec<Organ>,
    /// Footnotes, numbered in reading order (see [`Note`]).
    pub notes: Vec<Note>,
    /// What the parser noticed: removed debris, parts it could not read, guesses it made.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// Mentions of each State in the document's text (title, body, signatures, annexes; not
    /// notes), by name or adjective, and the signers who sign for it, in order of first
    /// mention: what the toolbar's toggles count and highlight.
    pub fn mention_counts<'a>(&'a self) -> Vec<(&'a str, u32)> {
        let mut counts: Vec<(&'a str, u32)> = Vec::new();
        let mut bump = |code: &'a str| match counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        };
        let mut count = |spans: &'a [Span]| {
            for s in spans {
                if let SpanKind::State { code } | SpanKind::Demonym { code } = &s.kind {
                    bump(code.as_str());
                }
            }
        };
        count(&self.title_spans);
        self.body.iter().for_each(|p| count(&p.spans));
        self.signatures.iter().for_each(|s| count(&s.title_spans));
        for a in &self.annexes {
            count(&a.title_spans);
            a.body.iter().for_each(|p| count(&p.spans));
            a.signatures.iter().for_each(|s| count(&s.title_spans));
        }
        // A signer is highlighted with the State they sign for, so counted with it.
        let signers = self
            .signatures
            .iter()
            .chain(self.annexes.iter().flat_map(|a| a.signatures.iter()));
        for code in signers
            .filter_map(|s| s.state.as_ref())
            .map(|s| s.code.as_str())
        {
            bump(code);
        }
        counts
    }

    /// Whether the letter has one signer, however often the name is printed (identical
    /// letters repeat it).
    pub fn one_signer(&self) -> bool {
        self.signatures
            .first()
            .is_some_and(|f| self.signatures.iter().all(|s| s.name == f.name))
    }
}

/// Masthead facts: what the top of a UN document says about its issue.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Masthead {
    /// Organs named in the masthead, e.g. `["General Assembly", "Security Council"]`.
    pub organs: Vec<String>,
    /// "General", "Limited" or "Restricted", from "Distr.: General".
    pub distribution: Option<String>,
    /// Issue date of the masthead, `YYYY-MM-DD` (often later than [`Document::date`]).
    pub issued: Option<String>,
    /// "Original: Spanish" gives `"Spanish"`.
    pub original_language: Option<String>,
}

/// A General Assembly session line such as "Sixty-fourth session".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Session {
    /// The ordinal as a number: 64 for "Sixty-fourth session", 10 for "Tenth emergency special
    /// session" (read it with [`Session::kind`]).
    pub number: Option<u32>,
    /// Regular, special or emergency special.
    pub kind: SessionKind,
    /// The line as printed.
    pub text: String,
}

/// The kind of a General Assembly session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum SessionKind {
    /// "Sixty-fourth session".
    Regular,
    /// "Twenty-sixth special session".
    Special,
    /// "Tenth emergency special session".
    EmergencySpecial,
    /// Anything else that calls itself a session.
    Other,
}

/// An agenda item: its number as printed, e.g. `"28 (b)"`, and its title when printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    /// The number as printed: `"13"`, `"111 (h)"`; `None` for a title printed without one.
    pub number: Option<String>,
    /// The title, e.g. "Prevention of armed conflict".
    pub title: Option<String>,
}

/// What kind of communication a document is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum DocumentKind {
    /// "Letter dated …", including joint letters.
    Letter,
    /// "Identical letters dated …".
    IdenticalLetters,
    /// "Note verbale dated …".
    NoteVerbale,
    /// Anything else.
    #[default]
    Other,
}

/// The sender named in the title.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Sender {
    /// "Permanent Representative", "Permanent Representatives", "Chargé d'affaires a.i.",
    /// "Permanent Mission", "Permanent Observer", …
    pub role: Option<String>,
    /// The States the sender represents.
    pub states: Vec<State>,
    /// An organization the sender represents (a Permanent Observer of the League of Arab States).
    pub organization: Option<String>,
}

/// A State: ISO 3166-1 alpha-3 code and the UN short name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct State {
    /// ISO 3166-1 alpha-3, e.g. `"RUS"`.
    pub code: String,
    /// UN short name, e.g. `"Russian Federation"`.
    pub name: String,
}

/// A paragraph with its inline spans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    /// Plain text of the paragraph, without its list marker.
    pub text: String,
    /// Text paragraph, numbered paragraph, bullet, heading, or quoted place-and-date line.
    pub kind: ParagraphKind,
    /// The list marker for numbered paragraphs ("1.") and bullets ("•").
    pub marker: Option<String>,
    /// Inline spans, sorted by start, never overlapping. Offsets in UTF-16 code units.
    pub spans: Vec<Span>,
}

/// The role of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ParagraphKind {
    /// Running text.
    Text,
    /// A numbered paragraph; its number is in [`Paragraph::marker`].
    Numbered,
    /// A bullet point.
    Bullet,
    /// A heading inside the text (a communiqué's section title).
    Heading,
}

/// An inline span: `start..end` in UTF-16 code units of [`Paragraph::text`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Span {
    /// First UTF-16 code unit.
    pub start: u32,
    /// One past the last UTF-16 code unit.
    pub end: u32,
    /// The note this span is the reference of: the first mention of an organization carries
    /// the note that explains it. `null` for most spans.
    pub note: Option<u32>,
    /// What the span marks.
    #[serde(flatten)]
    pub kind: SpanKind,
}

/// What a [`Span`] marks. Serialized with a `type` tag: `{"type": "state", "code": "RUS"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum SpanKind {
    /// A mention of a State.
    State {
        /// ISO3 code.
        code: String,
    },
    /// A State named by its adjective or demonym ("Lebanese", "Israelis"): counted with the
    /// State's mentions, never the first mention a note explains.
    Demonym {
        /// ISO3 code.
        code: String,
    },
    /// A mention of an intergovernmental organization, group or non-State actor.
    #[serde(rename_all = "camelCase")]
    Organization {
        /// The gazetteer id (its acronym, or a short key where it has none).
        id: String,
    },
    /// A mention of a United Nations organ or office.
    Organ {
        /// The gazetteer id, e.g. `"SC"`.
        id: String,
    },
    /// A date.
    Date {
        /// `YYYY-MM-DD`.
        iso: String,
    },
    /// A UN document symbol such as `S/PRST/2010/9`.
    Symbol {
        /// The symbol as printed.
        symbol: String,
    },
    /// A person's name (signers, and names after Mr., Ms., H.E.).
    Person {
        /// The name.
        name: String,
    },
    /// A footnote marker of the document itself ("*"); the note is [`Span::note`].
    NoteRef {
        /// The marker as printed.
        marker: String,
    },
    /// Text an editor attached a note to; the note is [`Span::note`].
    Anchor,
}

/// A "(Signed)" line: the name and the title printed after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Signature {
    /// The name as printed: "Vitaly Churkin", "S. LAVROV".
    pub name: String,
    /// The title lines joined: "Ambassador Permanent Representative of Cuba".
    pub title: Option<String>,
    /// Inline spans of [`Signature::title`] (UTF-16 offsets).
    pub title_spans: Vec<Span>,
    /// The State named in the title, if any.
    pub state: Option<State>,
}

/// An annex or enclosure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Annex {
    /// "Annex", "Annex I", "Enclosure"; `null` where the annex is not headed (as in the seed).
    pub label: Option<String>,
    /// The full heading when it refers back to the letter: "Annex to the letter dated …".
    pub heading: Option<String>,
    /// The body that issued the annexed text, on its own line before the title: "Ministry of
    /// Foreign Affairs and Regional Cooperation" (then "Press release").
    pub issuer: Option<String>,
    /// The annex's own title: "Statement of the Ministers for Foreign Affairs of …".
    pub title: Option<String>,
    /// Inline spans of [`Annex::title`] (UTF-16 offsets).
    pub title_spans: Vec<Span>,
    /// A second heading line after the title.
    pub subtitle: Option<String>,
    /// "[Original: Arabic]" gives `"Arabic"`.
    pub original_language: Option<String>,
    /// Place of the place-and-date line: "New York".
    pub place: Option<String>,
    /// Date of the place-and-date line, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The annex's paragraphs.
    pub body: Vec<Paragraph>,
    /// Its own "(Signed)" lines.
    pub signatures: Vec<Signature>,
}

/// An intergovernmental organization or group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    /// The gazetteer id, used by [`SpanKind::Organization`].
    pub id: String,
    /// "CSTO"; `null` for groups without one.
    pub acronym: Option<String>,
    /// "Collective Security Treaty Organization".
    pub name: String,
}

/// An organization among a document's signatories (see [`Document::signatory_groups`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SignatoryGroup {
    /// The organization's id, as in [`Organization::id`].
    pub id: String,
    /// Its acronym, or its name where it has none: "CSTO".
    pub label: String,
    /// ISO 3166 codes of the signatories that are its members, in signatory order.
    pub members: Vec<String>,
}

/// A United Nations organ or office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Organ {
    /// The gazetteer id, used by [`SpanKind::Organ`].
    pub id: String,
    /// Its name: "Security Council".
    pub name: String,
}

/// A footnote. Notes are numbered 1, 2, … in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// The number shown to readers, from 1.
    pub number: u32,
    /// Where the note comes from.
    pub kind: NoteKind,
    /// The document's own marker ("*", "**", "1") for original notes.
    pub marker: Option<String>,
    /// A short heading: the term the note explains ("CSTO", "Agenda item 13").
    pub label: Option<String>,
    /// Where the note is referenced from.
    pub anchor: NoteAnchor,
    /// What it is attached to where that is not a span: the agenda item number, the symbol,
    /// the signer's name.
    pub target: Option<String>,
    /// The note text.
    pub text: String,
    /// Mentions in the note text (States, organizations, symbols), so that filters reach notes.
    pub spans: Vec<Span>,
    /// Links (http and https only).
    pub links: Vec<Link>,
    /// A list behind a disclosure: an organization's members on the document's date.
    pub list: Option<NoteList>,
}

/// A list a note keeps folded: "28 members on 30 September 2009" and their names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct NoteList {
    /// What the list is, with its length.
    pub summary: String,
    /// The items, in order.
    pub items: Vec<String>,
}

/// Where a [`Note`] is referenced from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum NoteAnchor {
    /// A [`SpanKind::NoteRef`] span in a paragraph or title.
    Text,
    /// The document title (a marker such as "Letter dated …*").
    Title,
    /// The agenda line of the masthead ("Items … of the preliminary list*").
    Agenda,
    /// Elsewhere in the masthead (the document symbol).
    Masthead,
    /// A signature: the signer's name is [`Note::target`].
    Signature,
}

/// Where a [`Note`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum NoteKind {
    /// Explains an organization, State, organ, agenda item or symbol the document mentions.
    Generated,
    /// The document's own footnote.
    Original,
    /// Supplied by an editor of the host page.
    Editorial,
}

/// A link in a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Link {
    /// An http(s) URL.
    pub href: String,
    /// Its label.
    pub label: String,
}

impl Link {
    /// Whether [`Link::href`] is an absolute http(s) URL without characters that would need
    /// escaping games: the only links a note keeps and the renderer writes.
    ///
    /// ```
    /// let link = |href: &str| undoc::Link { href: href.into(), label: "Read".into() };
    /// assert!(link("https://undocs.org/S/2010/331").is_safe_href());
    /// assert!(!link("javascript:alert(1)").is_safe_href());
    /// assert!(!link("data:text/html,<b>").is_safe_href());
    /// assert!(!link("https://x.org/\"onmouseover=1").is_safe_href());
    /// assert!(!link("//evil.example").is_safe_href());
    /// // A user name before the host shows one site and opens another.
    /// assert!(!link("https://www.un.org@evil.example/").is_safe_href());
    /// assert!(link("https://example.org/a@b").is_safe_href());
    /// ```
    pub fn is_safe_href(&self) -> bool {
        let href = &self.href;
        let lower = href.trim().to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        let authority = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(r));
        authority.is_some_and(|a| !a.is_empty() && !a.contains('@'))
            && href.len() <= 2048
            && !href.chars().any(|c| {
                c.is_control() || c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`')
            })
    }
}

/// Something the parser noticed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    /// How much it matters.
    pub severity: Severity,
    /// A stable kebab-case code, e.g. `"debris-removed"`.
    pub code: String,
    /// One sentence for people.
    pub message: String,
    /// Where in the input text (after the header line) it applies, in UTF-16 code units.
    pub offset: Option<u32>,
}

/// The weight of a [`Diagnostic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Something the parser did that readers may want to know (debris removed).
    Info,
    /// A part the parser could not read with confidence.
    Warning,
}
