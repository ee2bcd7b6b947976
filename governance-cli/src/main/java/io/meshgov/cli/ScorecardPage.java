package io.meshgov.cli;

import io.meshgov.batch.Scorecard;
import java.util.Locale;
import java.util.Map;

/**
 * The scorecard as one self-contained HTML page: styles and charts (inline SVG) inside it, no script, nothing
 * fetched. Every chart has a text alternative and a table beside it; outcomes differ by pattern and label, never by
 * colour alone; it prints on paper as it shows on screen. All text from descriptors and rules is escaped.
 */
final class ScorecardPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;
            color:#1b1f24;line-height:1.45;padding:0 1rem}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ccd}
            .muted{color:#4a5260}.tiles{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
            .tile{border:1px solid #ccd;border-radius:.4rem;padding:.6rem .9rem;min-width:9rem}
            .tile b{display:block;font-size:1.5rem}
            table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem}
            th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef0f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .chart{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}.chart svg{max-width:100%}
            code{font-size:.9em}a{color:#0b57a4}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}
            a{color:inherit;text-decoration:none}}
            """;

    private ScorecardPage() {
    }

    static String render(Scorecard card) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>meshgov scorecard, ").append(esc(card.asOf())).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        Scorecard.Totals all = card.overall();
        html.append("<h1>Governance scorecard</h1>\n<p class=\"muted\">As of ").append(esc(card.asOf()))
                .append(" · ").append(all.descriptors()).append(" descriptors judged · meshgov</p>\n");
        html.append("<div class=\"tiles\">")
                .append(tile("descriptors", String.valueOf(all.descriptors())))
                .append(tile("approved", String.valueOf(all.approved())))
                .append(tile("approved with warnings", String.valueOf(all.approvedWithWarnings())))
                .append(tile("rejected", String.valueOf(all.rejected())))
                .append(tile("complete metadata", percent(all.completeMetadataPercent())))
                .append(tile("waived findings", String.valueOf(all.waived())))
                .append(tile("baselined findings", String.valueOf(all.baselined()))).append("</div>\n");
        outcomes(html, card);
        domains(html, card);
        rules(html, card);
        if (!card.trend().isEmpty()) {
            trend(html, card);
        }
        waivers(html, card);
        worst(html, card);
        html.append("<p class=\"muted\">Figures: <code>scorecard.json</code> beside this page (schema ")
                .append(esc(card.schemaVersion())).append(").</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String tile(String label, String value) {
        return "<div class=\"tile\"><b>" + esc(value) + "</b>" + esc(label) + "</div>";
    }

    /** Outcomes by domain: stacked bars, each part patterned and labelled, and the same numbers as a table. */
    private static void outcomes(StringBuilder html, Scorecard card) {
        html.append("<h2 id=\"outcomes\">Outcomes by domain</h2>\n<div class=\"chart\">\n");
        int width = 480;
        int row = 34;
        int height = row * card.domains().size() + 30;
        StringBuilder alt = new StringBuilder();
        html.append("<svg role=\"img\" aria-labelledby=\"outcomes-title outcomes-desc\" width=\"").append(width + 170)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width + 170).append(' ')
                .append(height).append("\">\n<title id=\"outcomes-title\">Outcomes by domain</title>\n")
                .append(patterns());
        int y = 4;
        for (Scorecard.DomainScore domain : card.domains()) {
            Scorecard.Totals totals = domain.totals();
            int total = Math.max(1, totals.descriptors());
            int x = 160;
            html.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"13\">").append(esc(domain.domain()))
                    .append("</text>\n");
            int[] counts = {totals.approved(), totals.approvedWithWarnings(), totals.rejected()};
            String[] fills = {"url(#approved)", "url(#warnings)", "url(#rejected)"};
            String[] marks = {"✓", "!", "✗"};
            for (int i = 0; i < 3; i++) {
                int w = counts[i] * width / total;
                if (w > 0) {
                    html.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                            .append("\" height=\"26\" fill=\"").append(fills[i]).append("\" stroke=\"#1b1f24\"/>\n")
                            .append("<text x=\"").append(x + 4).append("\" y=\"").append(y + 18)
                            .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\""
                                    + " paint-order=\"stroke\">").append(marks[i]).append(' ').append(counts[i])
                            .append("</text>\n");
                }
                x += w;
            }
            alt.append(domain.domain()).append(": ").append(totals.approved()).append(" approved, ")
                    .append(totals.approvedWithWarnings()).append(" with warnings, ").append(totals.rejected())
                    .append(" rejected. ");
            y += row;
        }
        html.append("<text x=\"160\" y=\"").append(y + 16).append("\" font-size=\"12\">✓ approved (solid) · ! with warnings"
                + " (stripes) · ✗ rejected (cross-hatch)</text>\n");
        html.append("<desc id=\"outcomes-desc\">").append(esc(alt.toString().strip())).append("</desc>\n</svg>\n");
        html.append("<table><caption>Outcomes by domain</caption><tr><th>domain</th><th>approved</th>"
                + "<th>with warnings</th><th>rejected</th></tr>\n");
        for (Scorecard.DomainScore domain : card.domains()) {
            html.append("<tr><td>").append(esc(domain.domain())).append("</td>").append(cell(domain.totals().approved()))
                    .append(cell(domain.totals().approvedWithWarnings())).append(cell(domain.totals().rejected()))
                    .append("</tr>\n");
        }
        html.append("</table>\n</div>\n");
    }

    private static String patterns() {
        return """
                <defs>
                <pattern id="approved" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#7fc8a9"/></pattern>
                <pattern id="warnings" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
                <rect width="6" height="6" fill="#f3d27a"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7a5b00" stroke-width="2"/></pattern>
                <pattern id="rejected" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f0a0a0"/>\
                <path d="M0 0L6 6M6 0L0 6" stroke="#7a0000" stroke-width="1.2"/></pattern>
                </defs>
                """;
    }

    private static void domains(StringBuilder html, Scorecard card) {
        html.append("<h2 id=\"domains\">Each domain</h2>\n<table><tr><th>domain</th><th>descriptors</th>"
                + "<th>complete metadata</th><th>errors</th><th>warnings</th><th>info</th><th>waived</th>"
                + "<th>baselined</th></tr>\n");
        for (Scorecard.DomainScore domain : card.domains()) {
            Scorecard.Totals totals = domain.totals();
            html.append("<tr><td>").append(esc(domain.domain())).append("</td>").append(cell(totals.descriptors()))
                    .append("<td class=\"n\">").append(percent(totals.completeMetadataPercent())).append("</td>")
                    .append(cell(count(totals.findingsBySeverity(), "ERROR"))).append(cell(count(totals.findingsBySeverity(),
                            "WARNING"))).append(cell(count(totals.findingsBySeverity(), "INFO")))
                    .append(cell(totals.waived())).append(cell(totals.baselined())).append("</tr>\n");
        }
        html.append("</table>\n<p>Findings by area: ").append(esc(joined(card.overall().findingsByArea())))
                .append(". By rule pack: ").append(esc(joined(card.overall().findingsByPack()))).append(".</p>\n");
    }

    private static void rules(StringBuilder html, Scorecard card) {
        html.append("<h2 id=\"rules\">Rules most often broken</h2>\n<div class=\"chart\">\n");
        int max = card.topRules().stream().mapToInt(Scorecard.RuleCount::findings).max().orElse(1);
        int row = 26;
        int height = row * card.topRules().size() + 8;
        StringBuilder alt = new StringBuilder();
        html.append("<svg role=\"img\" aria-labelledby=\"rules-title rules-desc\" width=\"560\" height=\"").append(height)
                .append("\" viewBox=\"0 0 560 ").append(height).append("\">\n<title id=\"rules-title\">Rules most often broken</title>\n");
        int y = 4;
        for (Scorecard.RuleCount rule : card.topRules()) {
            int w = Math.max(2, rule.findings() * 360 / Math.max(1, max));
            html.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(rule.ruleId()))
                    .append("</text><rect x=\"110\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"20\" fill=\"#9bb7d9\" stroke=\"#1b1f24\"/><text x=\"").append(116 + w)
                    .append("\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(rule.findings())
                    .append("</text>\n");
            alt.append(rule.ruleId()).append(": ").append(rule.findings()).append(" findings. ");
            y += row;
        }
        html.append("<desc id=\"rules-desc\">").append(esc(alt.toString().strip())).append("</desc>\n</svg>\n");
        html.append("<table><tr><th>rule</th><th>findings</th><th>descriptors</th><th>how to fix</th></tr>\n");
        for (Scorecard.RuleCount rule : card.topRules()) {
            html.append("<tr id=\"rule-").append(esc(rule.ruleId())).append("\"><td><b>").append(esc(rule.ruleId()))
                    .append("</b> ").append(esc(rule.title())).append("<br><span class=\"muted\">").append(esc(rule.pack()))
                    .append(" · ").append(esc(rule.area())).append("</span>");
            if (rule.documentation().startsWith("https://")) {
                html.append("<br><a href=\"").append(esc(rule.documentation())).append("\">the standard behind it</a>");
            }
            html.append("</td>").append(cell(rule.findings())).append(cell(rule.descriptors())).append("<td>")
                    .append(esc(rule.remediation())).append("<br><span class=\"muted\">meshgov explain ")
                    .append(esc(rule.ruleId())).append("</span></td></tr>\n");
        }
        html.append("</table>\n</div>\n");
    }

    private static void trend(StringBuilder html, Scorecard card) {
        html.append("<h2 id=\"trend\">Since the previous report</h2>\n<div class=\"chart\">\n");
        int max = Math.max(1, card.trend().stream().mapToInt(movement -> Math.max(movement.rejectedThen(),
                movement.rejectedNow())).max().orElse(1));
        int row = 40;
        int height = row * card.trend().size() + 28;
        StringBuilder alt = new StringBuilder();
        html.append("<svg role=\"img\" aria-labelledby=\"trend-title trend-desc\" width=\"520\" height=\"").append(height)
                .append("\" viewBox=\"0 0 520 ").append(height).append("\">\n<title id=\"trend-title\">Rejected descriptors"
                        + " then and now, by domain</title>\n").append(patterns());
        int y = 4;
        for (Scorecard.Movement movement : card.trend()) {
            int then = movement.rejectedThen() * 300 / max;
            int now = movement.rejectedNow() * 300 / max;
            html.append("<text x=\"0\" y=\"").append(y + 20).append("\" font-size=\"12\">").append(esc(movement.domain()))
                    .append("</text>\n<rect x=\"150\" y=\"").append(y).append("\" width=\"").append(Math.max(1, then))
                    .append("\" height=\"14\" fill=\"#d6dbe3\" stroke=\"#1b1f24\"/><text x=\"").append(156 + then)
                    .append("\" y=\"").append(y + 12).append("\" font-size=\"11\">then ").append(movement.rejectedThen())
                    .append("</text>\n<rect x=\"150\" y=\"").append(y + 16).append("\" width=\"").append(Math.max(1, now))
                    .append("\" height=\"14\" fill=\"url(#rejected)\" stroke=\"#1b1f24\"/><text x=\"").append(156 + now)
                    .append("\" y=\"").append(y + 28).append("\" font-size=\"11\">now ").append(movement.rejectedNow())
                    .append("</text>\n");
            alt.append(movement.domain()).append(": ").append(movement.rejectedThen()).append(" rejected then, ")
                    .append(movement.rejectedNow()).append(" now (").append(movement.verdict()).append("). ");
            y += row;
        }
        html.append("<desc id=\"trend-desc\">").append(esc(alt.toString().strip())).append("</desc>\n</svg>\n<table><tr><th>domain</th><th>movement</th>"
                + "<th>rejected then → now</th><th>findings then → now</th><th>fixed findings</th><th>new rejections</th></tr>\n");
        for (Scorecard.Movement movement : card.trend()) {
            String arrow = switch (movement.verdict()) {
                case "better" -> "▲ better";
                case "worse" -> "▼ worse";
                case "new" -> "● new";
                default -> "= same";
            };
            html.append("<tr><td>").append(esc(movement.domain())).append("</td><td>").append(arrow).append("</td>")
                    .append("<td class=\"n\">").append(movement.rejectedThen()).append(" → ").append(movement.rejectedNow())
                    .append("</td><td class=\"n\">").append(movement.findingsThen()).append(" → ")
                    .append(movement.findingsNow()).append("</td>").append(cell(movement.fixedFindings())).append("<td>")
                    .append(esc(String.join(", ", movement.newRejections()))).append("</td></tr>\n");
        }
        html.append("</table>\n</div>\n");
    }

    private static void waivers(StringBuilder html, Scorecard card) {
        html.append("<h2 id=\"waivers\">Waivers</h2>\n");
        if (card.waivers().isEmpty()) {
            html.append("<p>No waiver is in force.</p>\n");
            return;
        }
        html.append("<table><tr><th>waiver</th><th>rule</th><th>layer</th><th>owner</th><th>approver</th><th>expires</th>"
                + "<th>state</th><th>findings covered</th></tr>\n");
        for (Scorecard.WaiverLine waiver : card.waivers()) {
            html.append("<tr><td>").append(esc(waiver.id())).append("</td><td>").append(esc(waiver.rule()))
                    .append("</td><td>").append(esc(waiver.layer())).append("</td><td>").append(esc(waiver.owner()))
                    .append("</td><td>").append(esc(waiver.approver())).append("</td><td>").append(esc(waiver.expires()))
                    .append("</td><td>").append(esc(waiver.state().toLowerCase(Locale.ROOT))).append("</td>")
                    .append(cell(waiver.matches())).append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void worst(StringBuilder html, Scorecard card) {
        html.append("<h2 id=\"worst\">Descriptors to fix first</h2>\n");
        if (card.worst().isEmpty()) {
            html.append("<p>No descriptor has a blocking finding.</p>\n");
            return;
        }
        for (Scorecard.WorstDescriptor descriptor : card.worst()) {
            html.append("<h3>").append(esc(descriptor.source())).append(" <span class=\"muted\">(")
                    .append(esc(descriptor.domain())).append(", ").append(descriptor.blocking())
                    .append(" blocking)</span></h3>\n<table><tr><th>where</th><th>rule</th><th>finding</th><th>how to fix</th></tr>\n");
            for (Scorecard.FindingLine finding : descriptor.findings()) {
                String where = finding.file() + (finding.line() > 0 ? ":" + finding.line() : "");
                html.append("<tr><td><a href=\"").append(esc(relativeLink(finding.file()))).append("\">").append(esc(where))
                        .append("</a></td><td><a href=\"#rule-").append(esc(finding.ruleId())).append("\">")
                        .append(esc(finding.ruleId())).append("</a> ").append(finding.blocks() ? "blocks" : esc(
                                finding.severity().toLowerCase(Locale.ROOT))).append("</td><td>").append(esc(finding.message()))
                        .append("</td><td>").append(esc(finding.remediation())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
    }

    /** A file's link from the page: the page sits in its own folder; an absolute path stays absolute. */
    private static String relativeLink(String file) {
        return file.startsWith("/") ? "file://" + file : "../" + file;
    }

    private static String cell(int number) {
        return "<td class=\"n\">" + number + "</td>";
    }

    private static int count(Map<String, Integer> counts, String key) {
        return counts.getOrDefault(key, 0);
    }

    private static String joined(Map<String, Integer> counts) {
        return counts.isEmpty() ? "none" : String.join(", ", counts.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).toList());
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String esc(String text) {
        return TextReport.safe(String.valueOf(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

}
