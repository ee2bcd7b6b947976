package io.meshgov.internal.engine;

import io.meshgov.Problem;
import io.meshgov.Problem.Code;
import io.meshgov.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The restricted layers' rule language, checked on the parsed rules before anything is compiled — the first wall,
 * where compiled code's references are the second ({@link RestrictedCode}). A restricted pack imports meshgov's own
 * fact model and the JDK's {@code java.*} types, by name; declares no functions, queries, timers or agenda controls;
 * its consequences hold no loops and no locks, so they end; and it uses no regular expression at all (one can take
 * longer than any budget on a thirty-character value), but startsWith, endsWith, contains and equality. Compiling may load and initialize an
 * imported class, so a class that is not meshgov's own is refused here, before it can run.
 */
final class RestrictedSource {

    /** Statements that repeat or wait: a consequence that cannot loop ends. */
    private static final Pattern LOOP = Pattern.compile("\\b(while|for|do|synchronized)\\b\\s*[({]");
    /** Drools' pattern operators: a regular expression can take longer than any budget on a short value. */
    private static final Pattern PATTERN_OPERATOR = Pattern.compile("(?<!\\.)\\b(matches|soundslike)\\b(?!\\s*\\()");
    /** The JDK's methods that read their argument as a regular expression. */
    private static final Pattern REGEX_CALL = Pattern.compile("\\.(matches|replaceAll|replaceFirst|split|splitWithDelimiters)\\s*\\(");
    private static final Set<String> ATTRIBUTES_DENIED = Set.of("timer", "duration", "calendars", "enabled",
            "agenda-group", "auto-focus", "ruleflow-group", "activation-group", "date-effective", "date-expires");

    private RestrictedSource() {
    }

    /** Every construct of the files that a restricted layer may not write, located, with what to write instead. */
    static List<Problem> check(List<DrlChecker.Result> files, String layer, ClassLoader classLoader) {
        List<Problem> problems = new ArrayList<>();
        String may = "layer '" + layer + "' is restricted and may not ";
        for (DrlChecker.Result file : files) {
            if (file.packageDescr() == null) {
                continue;
            }
            String source = file.file().name();
            String text = file.file().text();
            for (ImportDescr importDescr : file.packageDescr().getImports()) {
                String why = importRefused(importDescr.getTarget(), classLoader);
                if (why != null) {
                    problems.add(problem(source, importDescr.getLine(), importDescr.getColumn() + 1,
                            may + "import " + importDescr.getTarget() + ": " + why));
                }
            }
            for (FunctionDescr function : file.packageDescr().getFunctions()) {
                problems.add(problem(source, function.getLine(), function.getColumn() + 1, may + "declare the function "
                        + function.getName() + "; write the test in the rule's conditions"));
            }
            for (RuleDescr rule : file.packageDescr().getRules()) {
                if (rule.isQuery()) {
                    problems.add(problem(source, rule.getLine(), rule.getColumn() + 1, may + "declare a query"));
                    continue;
                }
                for (AttributeDescr attribute : rule.getAttributes().values()) {
                    if (ATTRIBUTES_DENIED.contains(attribute.getName())) {
                        problems.add(problem(source, attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), 0,
                                may + "use the rule attribute '" + attribute.getName() + "': a restricted rule fires"
                                        + " once per match, as soon as it matches"));
                    }
                }
                int start = Math.max(0, rule.getStartCharacter());
                int end = rule.getEndCharacter() > start && rule.getEndCharacter() <= text.length()
                        ? rule.getEndCharacter() : text.length();
                String written = withoutLiterals(text.substring(start, end));
                scan(problems, source, text, start, written, LOOP, may, "use '%s': a consequence reports findings and"
                        + " inserts facts, without loops or locks (a condition over each element does the repeating)");
                scan(problems, source, text, start, written, PATTERN_OPERATOR, may, "use the operator '%s': a regular"
                        + " expression can run longer than any time budget, even on a short value; use startsWith,"
                        + " endsWith, contains or == instead");
                scan(problems, source, text, start, written, REGEX_CALL, may, "call %s(...), which reads a regular"
                        + " expression; use startsWith, endsWith or contains");
            }
        }
        problems.sort(null);
        return problems;
    }

    /** Why an import is refused, or {@code null}. */
    private static String importRefused(String target, ClassLoader classLoader) {
        String name = target.endsWith(".*") ? null : target;
        if (name == null) {
            return "import types by name, each one (a wildcard would let any class of the package in)";
        }
        if (name.startsWith("java.")) {
            return null;
        }
        if (!name.startsWith("io.meshgov.")) {
            return "a restricted layer imports only meshgov's fact model (io.meshgov.model, .conventions, .evolution,"
                    + " .decision) and the JDK's java.* types";
        }
        String className = name;
        for (int dot = className.lastIndexOf('.'); dot > 0; dot = className.lastIndexOf('.')) {
            try {
                Class<?> type = Class.forName(className, false, classLoader);
                return RestrictedCode.isMeshgovsOwn(type) ? null
                        : "that class is in meshgov's package but not meshgov's: it comes from "
                        + (type.getProtectionDomain().getCodeSource() == null ? "another jar"
                        : type.getProtectionDomain().getCodeSource().getLocation());
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                className = className.substring(0, dot); // a member: import static or function
            }
        }
        return null; // no such class: the checker before this one says so
    }

    private static void scan(List<Problem> problems, String source, String text, int offset, String written,
                             Pattern pattern, String may, String what) {
        Matcher matcher = pattern.matcher(written);
        while (matcher.find()) {
            int at = offset + matcher.start();
            int line = 1;
            int column = 1;
            for (int i = 0; i < at && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            problems.add(problem(source, line, column, may + String.format(java.util.Locale.ROOT, what, matcher.group(1))));
        }
    }

    /** The text with the contents of string and character literals and of comments blanked, keeping every offset. */
    static String withoutLiterals(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    if (text.charAt(j) == '\\') {
                        out.setCharAt(j, ' ');
                        j++;
                    }
                    if (j < text.length()) {
                        out.setCharAt(j, ' ');
                    }
                    j++;
                }
                i = j + 1;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                for (int k = i; k < end; k++) {
                    out.setCharAt(k, ' ');
                }
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) != '\n') {
                        out.setCharAt(k, ' ');
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static Problem problem(String source, int line, int column, String message) {
        return Problem.error(Code.RULE_RESTRICTED, new SourceLocation(source, line, column), "", message);
    }
}
