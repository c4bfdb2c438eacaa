//! The Spanish and French versions: the Document names the language, and the article tells
//! screen readers, so that the letter is not read aloud with English sounds.

use undoc::{parse, render_html, RenderOptions};

#[test]
fn the_article_carries_the_versions_language() {
    for (text, lang) in [
        ("Carta de fecha 12 de agosto de 2005 dirigida al Secretario General por el Representante Permanente de Chile ante las Naciones Unidas Tengo el honor de dirigirme a usted.", "es"),
        ("Lettre datée du 18 septembre 1979, adressée au Président de l'Assemblée générale par le représentant permanent de la Tchécoslovaquie auprès de l'Organisation des Nations Unies J'ai l'honneur de vous informer.", "fr"),
        ("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write.", "en"),
    ] {
        let doc = parse(text).unwrap();
        let html = render_html(&doc, &RenderOptions::default());
        let article = &html[..html.find('>').unwrap()];
        assert!(article.contains(&format!(" lang=\"{lang}\"")), "{article}");
    }
}
