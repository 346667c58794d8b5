//! The figures as CSV (`artex dump --format csv`): RFC 4180 (CRLF line ends, a field quoted
//! when it holds `,` `"` CR or LF, quotes doubled), plain numbers, and text fields guarded
//! against formula injection.

/// One figure of the article, as a CSV line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvRow {
    pub subject: Option<String>,
    pub amount: f64,
    pub amount_max: Option<f64>,
    pub currency: Option<String>,
    pub unit: Option<String>,
    pub converted_amount: Option<f64>,
    pub converted_currency: Option<String>,
    /// 1-based.
    pub paragraph: usize,
    pub text: String,
}

/// The header line, without its line end.
pub const CSV_HEADER: &str =
    "subject,amount,amount_max,currency,unit,converted,converted_currency,paragraph,text";

/// The figures as CSV: the header, then one line per row, each ended by CRLF.
pub fn figures_csv(rows: &[CsvRow]) -> String {
    let mut out = String::with_capacity(CSV_HEADER.len() + 2 + rows.len() * 64);
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for r in rows {
        let fields = [
            text_field(r.subject.as_deref().unwrap_or("")),
            number(r.amount),
            r.amount_max.map(number).unwrap_or_default(),
            text_field(r.currency.as_deref().unwrap_or("")),
            text_field(r.unit.as_deref().unwrap_or("")),
            r.converted_amount.map(number).unwrap_or_default(),
            text_field(r.converted_currency.as_deref().unwrap_or("")),
            r.paragraph.to_string(),
            text_field(&r.text),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A number written plainly: `22000000000`, `1.2`, `-0.5`, never an exponent; the shortest
/// text that reads back as the same `f64`. Not-a-number and infinities are left empty.
fn number(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    if x == 0.0 {
        // Also -0.
        return "0".to_string();
    }
    // `Display` for f64 is the shortest round-trip form and never uses an exponent.
    format!("{x}")
}

/// A text field: guarded against formula injection, then quoted if RFC 4180 asks for it.
fn text_field(s: &str) -> String {
    let guarded;
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    quote(s)
}

/// RFC 4180: a field holding `,` `"` CR or LF is enclosed in quotes, its quotes doubled.
fn quote(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str) -> CsvRow {
        CsvRow {
            amount: 1.0,
            paragraph: 1,
            text: text.to_string(),
            ..CsvRow::default()
        }
    }

    /// The text field (the last) of the only data line.
    fn last_field(text: &str) -> String {
        let csv = figures_csv(&[row(text)]);
        let line = csv
            .strip_prefix(CSV_HEADER)
            .unwrap()
            .strip_prefix("\r\n")
            .unwrap();
        let line = line.strip_suffix("\r\n").unwrap();
        line.splitn(9, ',').nth(8).unwrap().to_string()
    }

    #[test]
    fn header_and_full_row() {
        let r = CsvRow {
            subject: Some("Acme".into()),
            amount: 22_000_000_000.0,
            amount_max: Some(25e9),
            currency: Some("USD".into()),
            unit: Some("per year".into()),
            converted_amount: Some(20.5e9),
            converted_currency: Some("EUR".into()),
            paragraph: 3,
            text: "$22bn to $25bn".into(),
        };
        assert_eq!(
            figures_csv(&[r]),
            "subject,amount,amount_max,currency,unit,converted,converted_currency,paragraph,text\r\n\
             Acme,22000000000,25000000000,USD,per year,20500000000,EUR,3,$22bn to $25bn\r\n"
        );
    }

    #[test]
    fn empty_input_is_the_header() {
        assert_eq!(figures_csv(&[]), format!("{CSV_HEADER}\r\n"));
    }

    #[test]
    fn missing_values_are_empty_fields() {
        assert_eq!(
            figures_csv(&[row("x")]).lines().nth(1).unwrap(),
            ",1,,,,,,1,x"
        );
    }

    #[test]
    fn numbers_are_plain() {
        assert_eq!(number(22_000_000_000.0), "22000000000");
        assert_eq!(number(1.2), "1.2");
        assert_eq!(number(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number(1e21), "1000000000000000000000");
        assert_eq!(number(1.5e-7), "0.00000015");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(f64::NAN), "");
        assert_eq!(number(f64::INFINITY), "");
        for x in [1.2, 22e9, 1e21, 1.5e-7, 123.456] {
            assert!(!number(x).contains(['e', 'E']));
            assert_eq!(number(x).parse::<f64>().unwrap(), x);
        }
    }

    #[test]
    fn quotes_commas_quotes_and_line_breaks() {
        assert_eq!(last_field("plain text"), "plain text");
        assert_eq!(last_field("a, b"), "\"a, b\"");
        assert_eq!(last_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(last_field("one\ntwo"), "\"one\ntwo\"");
        assert_eq!(last_field("one\r\ntwo"), "\"one\r\ntwo\"");
        assert_eq!(quote(""), "");
    }

    #[test]
    fn guards_formula_injection() {
        assert_eq!(last_field("=1+2"), "'=1+2");
        assert_eq!(last_field("+1"), "'+1");
        assert_eq!(last_field("-1"), "'-1");
        assert_eq!(last_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(last_field("\tx"), "'\tx");
        assert_eq!(last_field("\rx"), "\"'\rx\"");
        assert_eq!(
            last_field("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        // Not at the start: left alone.
        assert_eq!(last_field("a=b"), "a=b");
        // Every text field is guarded, not only `text`.
        let r = CsvRow {
            subject: Some("=cmd".into()),
            currency: Some("+X".into()),
            unit: Some("-u".into()),
            converted_currency: Some("@c".into()),
            ..row("t")
        };
        assert_eq!(
            figures_csv(&[r]).lines().nth(1).unwrap(),
            "'=cmd,1,,'+X,'-u,,'@c,1,t"
        );
    }

    #[test]
    fn negative_numbers_are_not_guarded() {
        let r = CsvRow {
            amount: -5.0,
            ..row("t")
        };
        assert_eq!(figures_csv(&[r]).lines().nth(1).unwrap(), ",-5,,,,,,1,t");
    }
}
