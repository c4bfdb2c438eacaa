//! What the renderer's output may hold: its elements, attributes and links, checked by
//! [`audit_markup`] (the fuzzer, the injection tests and the browser's DOM audit, which reads
//! `TAGS` from this file, hold the output to it).

/// Elements the renderer writes.
const TAGS: &[&str] = &[
    "article", "header", "p", "dl", "div", "dt", "dd", "a", "time", "ul", "ol", "li", "span",
    "sup", "h1", "h2", "h3", "section", "strong", "button", "label", "input", "output", "details",
    "summary",
];

/// Checks that `html` holds only the elements and attributes the renderer writes, and that
/// every link is http(s): what the fuzzer and the injection tests hold the output to. Returns
/// the first offending piece.
#[doc(hidden)]
pub fn audit_markup(html: &str) -> Result<(), String> {
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let close = rest.starts_with('/');
        let body = rest.trim_start_matches('/');
        let end = body.find('>').ok_or("unclosed tag")?;
        let tag = &body[..end];
        let name_end = tag.find(' ').unwrap_or(tag.len());
        let name = &tag[..name_end];
        if !TAGS.contains(&name) {
            return Err(format!("element <{name}>"));
        }
        if close {
            continue;
        }
        // Attributes: ` name="value"` or a bare ` name`; values never hold a quote.
        let mut attrs = &tag[name_end..];
        while let Some(a) = attrs.strip_prefix(' ') {
            let n_end = a.find(['=', ' ']).unwrap_or(a.len());
            let aname = &a[..n_end];
            let ok = matches!(
                aname,
                "class"
                    | "id"
                    | "lang"
                    | "part"
                    | "role"
                    | "href"
                    | "rel"
                    | "datetime"
                    | "type"
                    | "open"
                    | "tabindex"
            ) || aname.starts_with("data-")
                || aname.starts_with("aria-");
            if !ok {
                return Err(format!("attribute {aname} on <{name}>"));
            }
            let after = &a[n_end..];
            if let Some(v) = after.strip_prefix("=\"") {
                let v_end = v.find('"').ok_or("unclosed attribute")?;
                let value = &v[..v_end];
                if aname == "href"
                    && !(value.starts_with('#')
                        || value.starts_with("https://")
                        || value.starts_with("http://"))
                {
                    return Err(format!("href {value}"));
                }
                attrs = &v[v_end + 1..];
            } else {
                attrs = after;
            }
        }
        if !attrs.is_empty() {
            return Err(format!("malformed tag <{tag}>"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audit_catches_foreign_markup() {
        assert!(audit_markup("<p class=\"x\">a &lt;b&gt;</p>").is_ok());
        // A paragraph of interactive markup is focusable, for its citation: the first is the
        // Tab stop, the others are reached by arrow keys.
        for t in ["0", "-1"] {
            let p = format!(
                "<p class=\"undoc-p\" id=\"a-para-1\" data-cite=\"para. 1\" tabindex=\"{t}\">a</p>"
            );
            assert!(audit_markup(&p).is_ok(), "{p}");
        }
        assert!(audit_markup("<p><img src=x></p>").is_err());
        assert!(audit_markup("<p onclick=\"x\"></p>").is_err());
        assert!(audit_markup("<a href=\"javascript:alert(1)\"></a>").is_err());
    }
}
