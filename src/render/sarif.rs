//! SARIF 2.1.0 output: one run of the `lexwatch` tool, one result per finding.
//!
//! Code-scanning tools show each result on the statute file at the lines of
//! the provision. The document is built as a `serde_json::Value`, whose maps
//! keep their keys sorted, so the same reports give the same bytes.

use super::{RegisterAnchor, annotation_lines, percent_encode};
use crate::analyze::{Finding, Report, Severity};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The SARIF schema the output follows.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// A short description of a finding kind, for its rule: the registry's title.
fn kind_description(kind: &str) -> String {
    match crate::analyze::rules::rule(kind) {
        Some(rule) => rule.title(crate::statute::Language::En),
        None => kind.replace('-', " "),
    }
}

/// A URI for a statute path: relative to the repository root unless absolute.
fn artifact_location(path: &str) -> Value {
    let path = path.replace('\\', "/");
    let keep = "/!$&'()*+,;=:@";
    if path.starts_with('/') {
        json!({ "uri": format!("file://{}", percent_encode(&path, keep)) })
    } else {
        json!({ "uri": percent_encode(&path, keep), "uriBaseId": "%SRCROOT%" })
    }
}

/// Writes every finding of the reports as one SARIF 2.1.0 run.
pub fn write_sarif(reports: &[Report], out: &mut dyn Write) -> io::Result<()> {
    write_sarif_anchored(reports, &[], out)
}

/// Writes every finding as one SARIF 2.1.0 run; a report with an anchor
/// (`anchors[i]` for `reports[i]`) is located on its version's register entry,
/// with the provision's lines in that version's text as `version_lines`.
pub fn write_sarif_anchored(
    reports: &[Report],
    anchors: &[Option<RegisterAnchor>],
    out: &mut dyn Write,
) -> io::Result<()> {
    // One rule per finding kind, in the order of their ids; its help is the
    // rationale of the kind's first finding in document order.
    let mut rules: BTreeMap<&str, &Finding> = BTreeMap::new();
    for report in reports {
        for (_, finding) in report.findings() {
            rules.entry(finding.kind.as_str()).or_insert(finding);
        }
    }
    let index: BTreeMap<&str, usize> = rules.keys().enumerate().map(|(i, k)| (*k, i)).collect();
    let rule_values: Vec<Value> = rules
        .iter()
        .map(|(kind, first)| {
            let description = kind_description(kind);
            let help = if first.rationale.is_empty() {
                description.clone()
            } else {
                first.rationale.clone()
            };
            let mut rule = json!({
                "id": kind,
                "shortDescription": { "text": description },
                "help": { "text": help },
                "properties": { "category": first.category },
            });
            if let Some(known) = crate::analyze::rules::rule(kind) {
                rule["defaultConfiguration"] = json!({ "level": level(known.severity) });
                rule["properties"]["standards"] = json!(known.standards);
            }
            rule
        })
        .collect();

    let mut results = Vec::new();
    for (i, report) in reports.iter().enumerate() {
        let anchor = anchors.get(i).and_then(Option::as_ref);
        for (annotated, finding) in report.findings() {
            let change = &annotated.change;
            let (start, end) = annotation_lines(change);
            let side = if change.new.is_some() { "new" } else { "old" };
            let mut properties = json!({
                "severity": finding.severity.as_str(),
                "category": finding.category,
                "citation": change.citation(),
                "change": change.kind.as_str(),
                "lines_of": side,
                "from": report.from.label,
                "to": report.to.label,
            });
            if let Some(props) = properties.as_object_mut() {
                if let Some(act) = &report.act {
                    props.insert("act".into(), json!(act));
                }
                props.insert("relevance".into(), json!(annotated.relevance));
                if let Some(rank) = annotated.rank {
                    props.insert("change_rank".into(), json!(rank));
                }
                if !finding.matched.is_empty() {
                    props.insert("matched".into(), json!(finding.matched));
                }
                if !finding.rationale.is_empty() {
                    props.insert("rationale".into(), json!(finding.rationale));
                }
                if !finding.standards.is_empty() {
                    props.insert("standards".into(), json!(finding.standards));
                }
                if let Some(r) = &finding.recommendation {
                    props.insert("recommendation".into(), json!(r));
                }
                if !finding.detail.is_null() {
                    props.insert("detail".into(), finding.detail.clone());
                }
                if anchor.is_some() {
                    props.insert("version_lines".into(), json!([start, end]));
                }
            }
            let (path, start, end) = match anchor {
                Some(anchor) => (anchor.path.as_str(), anchor.line, anchor.line),
                None => (report.to.path.as_str(), start, end),
            };
            results.push(json!({
                "ruleId": finding.kind,
                "ruleIndex": index.get(finding.kind.as_str()).copied().unwrap_or(0),
                "level": level(finding.severity),
                "message": { "text": finding.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": artifact_location(path),
                        "region": { "startLine": start, "endLine": end },
                    },
                    "logicalLocations": [{ "name": change.citation() }],
                }],
                "properties": properties,
            }));
        }
    }

    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "lexwatch",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rule_values,
                }
            },
            "results": results,
            "properties": { "schema_version": crate::analyze::SCHEMA_VERSION },
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample_report;

    fn render(reports: &[Report]) -> Value {
        let mut out = Vec::new();
        write_sarif(reports, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn an_out_of_order_version_is_located_on_its_register_entry() {
        let anchor = RegisterAnchor {
            path: "history/kz/cao-ch26-ru.toml".to_string(),
            line: 7,
            version: "2023-07-10-signed".to_string(),
        };
        let mut out = Vec::new();
        write_sarif_anchored(&[sample_report()], &[Some(anchor)], &mut out).unwrap();
        let doc: Value = serde_json::from_slice(&out).unwrap();
        let result = &doc["runs"][0]["results"][0];
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"],
            "history/kz/cao-ch26-ru.toml"
        );
        assert_eq!(location["region"]["startLine"], 7);
        assert_eq!(location["region"]["endLine"], 7);
        assert_eq!(result["properties"]["version_lines"], json!([42, 44]));
        assert_eq!(
            render(&[sample_report()])["runs"][0]["results"][0]["properties"]["version_lines"],
            Value::Null
        );
    }

    #[test]
    fn has_the_required_sarif_properties() {
        let doc = render(&[sample_report()]);
        assert_eq!(doc["version"], "2.1.0");
        assert_eq!(doc["$schema"], SCHEMA);
        let runs = doc["runs"].as_array().unwrap();
        assert_eq!(runs.len(), 1);
        let run = &runs[0];
        assert_eq!(run["tool"]["driver"]["name"], "lexwatch");
        assert_eq!(
            run["properties"]["schema_version"],
            crate::analyze::SCHEMA_VERSION
        );
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(
            ids,
            [
                "definition-changed",
                "penalty-raised",
                "vague-term-introduced"
            ]
        );
        for rule in rules {
            assert!(
                !rule["shortDescription"]["text"]
                    .as_str()
                    .unwrap()
                    .is_empty()
            );
            assert!(!rule["help"]["text"].as_str().unwrap().is_empty());
        }
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 4);
        for result in results {
            let rule_id = result["ruleId"].as_str().unwrap();
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], rule_id);
            assert!(!result["message"]["text"].as_str().unwrap().is_empty());
            let location = &result["locations"][0]["physicalLocation"];
            assert_eq!(
                location["artifactLocation"]["uri"],
                "statutes/kz/cao-ch26-ru.md"
            );
            let start = location["region"]["startLine"].as_u64().unwrap();
            let end = location["region"]["endLine"].as_u64().unwrap();
            assert!(start >= 1 && end >= start);
        }
    }

    #[test]
    fn maps_severity_lines_and_properties() {
        let doc = render(&[sample_report()]);
        let results = doc["runs"][0]["results"].as_array().unwrap();
        let penalty = &results[0];
        assert_eq!(penalty["ruleId"], "penalty-raised");
        assert_eq!(penalty["level"], "error");
        let region = &penalty["locations"][0]["physicalLocation"]["region"];
        assert_eq!(
            (region["startLine"].as_u64(), region["endLine"].as_u64()),
            (Some(42), Some(44))
        );
        assert_eq!(penalty["properties"]["severity"], "high");
        assert_eq!(penalty["properties"]["category"], "penalty");
        assert_eq!(penalty["properties"]["relevance"], "expression");
        assert_eq!(penalty["properties"]["change_rank"], 1);
        assert_eq!(penalty["properties"]["citation"], "ст. 456-2 п. 4");
        assert_eq!(penalty["properties"]["detail"]["factor"], 2.0);
        assert_eq!(results[1]["level"], "warning");
        assert_eq!(results[2]["level"], "note");
        // A removed provision points at its old lines.
        let removed = &results[3];
        assert_eq!(removed["level"], "note");
        let region = &removed["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 90);
        assert_eq!(removed["properties"]["lines_of"], "old");
    }

    #[test]
    fn empty_and_absolute_paths() {
        let doc = render(&[]);
        assert_eq!(doc["runs"][0]["results"].as_array().map(Vec::len), Some(0));
        let mut report = sample_report();
        report.to.path = "/tmp/новый закон.md".to_string();
        let doc = render(&[report]);
        let uri = &doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
            ["uri"];
        assert_eq!(
            uri,
            "file:///tmp/%D0%BD%D0%BE%D0%B2%D1%8B%D0%B9%20%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD.md"
        );
    }

    #[test]
    fn hostile_text_is_carried_as_text() {
        let report = crate::render::hostile_report();
        let messages: Vec<String> = report.findings().map(|(_, f)| f.message.clone()).collect();
        let mut out = Vec::new();
        write_sarif(&[report], &mut out).unwrap();
        // serde_json escapes every control character: none reaches the bytes.
        assert!(!out.iter().any(|b| *b < 0x20 && *b != b'\n'), "raw control");
        let doc: Value = serde_json::from_slice(&out).unwrap();
        let shown: Vec<&str> = doc["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r["message"]["text"].as_str())
            .collect();
        assert_eq!(shown, messages);
    }

    #[test]
    fn every_registered_rule_has_a_description() {
        for rule in crate::analyze::rules::REGISTRY {
            let description = kind_description(rule.id);
            assert_eq!(
                description,
                rule.title(crate::statute::Language::En),
                "{}",
                rule.id
            );
        }
        assert_eq!(kind_description("some-new-kind"), "some new kind");
    }

    #[test]
    fn is_deterministic() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        write_sarif(&[sample_report(), sample_report()], &mut a).unwrap();
        write_sarif(&[sample_report(), sample_report()], &mut b).unwrap();
        assert_eq!(a, b);
    }
}
