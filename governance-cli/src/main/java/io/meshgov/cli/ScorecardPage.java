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

    /** The page, to be written into {@code folder}: links to descriptors are relative to it. */
    static String render(Scorecard card, java.nio.file.Path folder) {
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
        if (!card.mesh().dependencies().isEmpty() || !card.mesh().atRisk().isEmpty()) {
            mesh(html, card.mesh(), folder);
        }
        waivers(html, card);
        worst(html, card, folder);
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

    /**
     * The mesh: the domains as a ring, an arrow from each consuming domain to the domain whose contracts it reads
     * (labelled with the number of products), the same as text and as a table; then the contracts at risk.
     */
    private static void mesh(StringBuilder html, Scorecard.Mesh mesh, java.nio.file.Path folder) {
        html.append("<h2 id=\"mesh\">The mesh</h2>\n<div class=\"chart\">\n");
        java.util.List<String> domains = new java.util.ArrayList<>(new java.util.TreeSet<>(mesh.dependencies().stream()
                .flatMap(dependency -> java.util.stream.Stream.of(dependency.consumer(), dependency.producer())).toList()));
        int size = 520;
        double center = size / 2.0;
        double radius = domains.size() <= 1 ? 0 : size / 2.0 - 70;
        java.util.Map<String, double[]> at = new java.util.HashMap<>();
        for (int i = 0; i < domains.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / domains.size();
            at.put(domains.get(i), new double[] {center + radius * Math.cos(angle), center + radius * Math.sin(angle)});
        }
        StringBuilder alt = new StringBuilder();
        html.append("<svg role=\"img\" aria-labelledby=\"mesh-title mesh-desc\" width=\"").append(size)
                .append("\" height=\"").append(size).append("\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\">\n<title id=\"mesh-title\">Which domains consume which</title>\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"#1b1f24\"/>"
                        + "</marker></defs>\n");
        java.util.Map<String, Integer> within = new java.util.HashMap<>();
        for (Scorecard.Dependency dependency : mesh.dependencies()) {
            alt.append(dependency.consumer()).append(" consumes ").append(dependency.producer()).append(" (")
                    .append(dependency.products()).append(dependency.products() == 1 ? " product, " : " products, ")
                    .append(dependency.contracts()).append(dependency.contracts() == 1 ? " contract). " : " contracts). ");
            if (dependency.consumer().equals(dependency.producer())) {
                within.merge(dependency.consumer(), dependency.products(), Integer::sum);
                continue;
            }
            double[] from = at.get(dependency.consumer());
            double[] to = at.get(dependency.producer());
            double dx = to[0] - from[0];
            double dy = to[1] - from[1];
            double length = Math.max(1, Math.hypot(dx, dy));
            double trim = 46;   // stop at the edge of the domain's box
            html.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                            + " stroke=\"#1b1f24\" stroke-width=\"%d\" marker-end=\"url(#arrow)\"/>%n",
                    from[0] + dx * trim / length, from[1] + dy * trim / length, to[0] - dx * trim / length,
                    to[1] - dy * trim / length, Math.min(6, 1 + dependency.products())));
            html.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\""
                            + " text-anchor=\"middle\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">"
                            + "%d</text>%n", from[0] + dx * 0.5, from[1] + dy * 0.5 - 4, dependency.products()));
        }
        for (String domain : domains) {
            double[] place = at.get(domain);
            html.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"120\" height=\"34\""
                    + " rx=\"6\" fill=\"#eef0f4\" stroke=\"#1b1f24\"/>%n", place[0] - 60, place[1] - 17));
            html.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\""
                    + " text-anchor=\"middle\">", place[0], place[1] + (within.containsKey(domain) ? -1 : 5)))
                    .append(esc(domain.length() > 16 ? domain.substring(0, 15) + "…" : domain)).append("</text>\n");
            if (within.containsKey(domain)) {
                html.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\""
                        + " text-anchor=\"middle\">%d within</text>%n", place[0], place[1] + 12, within.get(domain)));
            }
        }
        html.append("<text x=\"0\" y=\"").append(size - 6).append("\" font-size=\"12\">an arrow points from the"
                + " consumers to the producer; its number counts the consuming products</text>\n");
        html.append("<desc id=\"mesh-desc\">").append(esc(alt.toString().strip())).append("</desc>\n</svg>\n");
        html.append("<table><caption>Which domains consume which (arrows point from the consumer to the producer)"
                + "</caption><tr><th>consumer domain</th><th>producer domain</th><th>products</th><th>contracts</th></tr>\n");
        for (Scorecard.Dependency dependency : mesh.dependencies()) {
            html.append("<tr><td>").append(esc(dependency.consumer())).append("</td><td>").append(esc(dependency.producer()))
                    .append("</td>").append(cell(dependency.products())).append(cell(dependency.contracts())).append("</tr>\n");
        }
        html.append("</table>\n</div>\n");
        html.append("<h3 id=\"at-risk\">Contracts at risk</h3>\n");
        if (mesh.atRisk().isEmpty()) {
            html.append("<p>No deprecated or retired contract has consumers.</p>\n");
            return;
        }
        html.append("<table><tr><th>contract</th><th>domain</th><th>status</th><th>retires</th><th>replacement</th>"
                + "<th>still consumed by</th></tr>\n");
        for (Scorecard.ContractAtRisk risk : mesh.atRisk()) {
            html.append("<tr><td><a href=\"").append(esc(relativeLink(risk.source(), folder))).append("\">").append(esc(risk.contract()))
                    .append("</a></td><td>").append(esc(risk.domain())).append("</td><td>").append(esc(risk.status()))
                    .append("</td><td>").append(esc(risk.retirementDate() == null ? "not given" : risk.retirementDate()))
                    .append("</td><td>").append(esc(risk.replacement() == null ? "" : risk.replacement())).append("</td><td>")
                    .append(esc(String.join(", ", risk.consumers()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
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
                case "gone" -> "○ gone: no descriptor any more";
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

    private static void worst(StringBuilder html, Scorecard card, java.nio.file.Path folder) {
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
                html.append("<tr><td><a href=\"").append(esc(relativeLink(finding.file(), folder))).append("\">").append(esc(where))
                        .append("</a></td><td><a href=\"#rule-").append(esc(finding.ruleId())).append("\">")
                        .append(esc(finding.ruleId())).append("</a> ").append(finding.blocks() ? "blocks"
                                : finding.advisory() != null ? "advisory: does not block yet <span class=\"muted\">("
                                + esc(finding.advisory()) + ")</span>" : esc(finding.severity().toLowerCase(Locale.ROOT)))
                        .append("</td><td>").append(esc(finding.message()))
                        .append("</td><td>").append(esc(finding.remediation())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
    }

    /** A file's link from the page: the page sits in its own folder; an absolute path stays absolute. */
    /** A link from the page's folder to a descriptor, whatever folder the report was written to. */
    private static String relativeLink(String file, java.nio.file.Path folder) {
        try {
            java.nio.file.Path target = java.nio.file.Path.of(file).toAbsolutePath().normalize();
            java.nio.file.Path from = folder.toAbsolutePath().normalize();
            return target.getRoot() != null && target.getRoot().equals(from.getRoot())
                    ? from.relativize(target).toString().replace('\\', '/') : target.toUri().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
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
