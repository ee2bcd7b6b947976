package io.meshgov.cli;

import io.meshgov.rules.StandardRules;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@code meshgov generate-man-page}: the manual page, meshgov(1), in roff, written from the commands' own options
 * and descriptions so that it cannot drift from them: {@code meshgov generate-man-page > meshgov.1}.
 */
@Command(name = "generate-man-page", hidden = true, mixinStandardHelpOptions = true,
        description = "Print the manual page meshgov(1), in roff.")
final class ManPageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandSpec root = spec.parent();
        PrintWriter out = spec.commandLine().getOut();
        out.println(".TH MESHGOV 1 \"\" \"meshgov " + StandardRules.version() + "\" \"User Commands\"");
        out.println(".SH NAME");
        out.println("meshgov \\- " + roff(String.join(" ", root.usageMessage().description())));
        out.println(".SH SYNOPSIS");
        out.println(".B meshgov");
        out.println(".I command");
        out.println("[\\fIoptions\\fR] [\\fIPATH\\fR...]");
        out.println(".SH COMMANDS");
        for (Map.Entry<String, CommandLine> command : root.subcommands().entrySet()) {
            CommandSpec sub = command.getValue().getCommandSpec();
            if (sub.usageMessage().hidden()) {
                continue;
            }
            out.println(".SS meshgov " + command.getKey());
            out.println(roff(String.join(" ", sub.usageMessage().description())));
            for (PositionalParamSpec parameter : sub.positionalParameters()) {
                if (!parameter.hidden()) {
                    out.println(".TP");
                    out.println("\\fI" + roff(parameter.paramLabel()) + "\\fR");
                    out.println(roff(String.join(" ", parameter.description())));
                }
            }
            for (OptionSpec option : sub.options()) {
                if (option.hidden() || option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                out.println(".TP");
                out.println("\\fB" + roff(String.join(", ", option.names())) + "\\fR"
                        + (option.arity().max() > 0 ? " \\fI" + roff(option.paramLabel()) + "\\fR" : ""));
                out.println(roff(String.join(" ", option.description()).replace("${DEFAULT-VALUE}",
                        String.valueOf(option.defaultValue()))));
            }
        }
        out.println(".SH EXIT STATUS");
        out.println(".TP\n0\nEvery descriptor approved (warnings allowed unless \\fB--fail-on warning\\fR).");
        out.println(".TP\n1\nAt least one descriptor rejected.");
        out.println(".TP\n2\nThe run could not judge: a usage error, an unreadable descriptor, rules that do not compile.");
        out.println(".TP\n3\nNothing rejected, but warnings fail the run (\\fB--fail-on warning\\fR).");
        out.println(".SH FILES");
        out.println(".TP\nmeshgov.yaml\nThe project's settings, read from the current folder.");
        out.println(".TP\n\\&.meshgovignore\nFiles and folders not to search, in .gitignore syntax.");
        out.println(".TP\n~/.cache/meshgov\nCompiled rule packs and the launcher's start-up archive ($MESHGOV_CACHE).");
        out.flush();
        return ExitCode.APPROVED;
    }

    /**
     * Text safe in roff: backslashes doubled, a leading dot or quote escaped, hyphens of options kept, and the
     * characters outside ASCII that meshgov's help uses written as groff's named glyphs (a raw em dash draws a
     * warning and an odd glyph on terminals without UTF-8).
     */
    static String roff(String text) {
        String escaped = text.replace("\\", "\\\\").replace("-", "\\-").replace("\u2014", "\\(em")
                .replace("\u2013", "\\(en").replace("\u2192", "\\(->").replace("\u2018", "\\(oq")
                .replace("\u2019", "\\(cq").replace("\u201C", "\\(lq").replace("\u201D", "\\(rq")
                .replace("\u2026", "...");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
