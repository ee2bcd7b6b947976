package io.meshgov.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Patterns in {@code .gitignore} syntax, the one glob dialect of meshgov's file arguments: {@code *} any run of
 * characters but {@code /}, {@code ?} one, {@code [a-z]} a class, {@code **} any number of folders; a pattern
 * without a {@code /} (but a trailing one) matches at any depth, one with a {@code /} from the folder the rules
 * belong to; a trailing {@code /} matches folders only; {@code !} re-includes; {@code #} starts a comment. The last
 * matching pattern decides. Paths are relative, with {@code /} between names.
 */
final class IgnoreRules {

    private record Rule(Pattern pattern, boolean negated, boolean foldersOnly, String text) {
    }

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static IgnoreRules of(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            Rule rule = parse(line, false);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return new IgnoreRules(rules);
    }

    /** One glob, anchored at the folder it is relative to whether or not it holds a {@code /} (a command line's). */
    static Pattern anchored(String glob) {
        Rule rule = parse(glob, true);
        return rule == null ? Pattern.compile("(?!)") : rule.pattern();
    }

    IgnoreRules and(IgnoreRules more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more.rules);
        return new IgnoreRules(all);
    }

    /** Whether the path (relative, {@code /}-separated) is ignored by the rules themselves, not by a parent folder. */
    boolean ignores(String path, boolean folder) {
        boolean ignored = false;
        for (Rule rule : rules) {
            if ((!rule.foldersOnly() || folder) && rule.pattern().matcher(path).matches()) {
                ignored = !rule.negated();
            }
        }
        return ignored;
    }

    private static Rule parse(String line, boolean anchoredAlways) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        while (text.endsWith(" ") && !text.endsWith("\\ ")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty() || text.startsWith("#")) {
            return null;
        }
        boolean negated = text.startsWith("!");
        if (negated) {
            text = text.substring(1);
        } else if (text.startsWith("\\!") || text.startsWith("\\#")) {
            text = text.substring(1);
        }
        boolean foldersOnly = text.endsWith("/");
        if (foldersOnly) {
            text = text.substring(0, text.length() - 1);
        }
        boolean anchored = anchoredAlways || text.contains("/");
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return null;
        }
        String regex = (anchored ? "" : "(?:.*/)?") + toRegex(text);
        return new Rule(Pattern.compile(regex), negated, foldersOnly, line);
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i) && (i == 0 || glob.charAt(i - 1) == '/')) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("**", i) && i + 2 == glob.length() && (i == 0 || glob.charAt(i - 1) == '/')) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else if (c == '[') {
                int end = glob.indexOf(']', i + 2);
                if (end < 0) {
                    regex.append("\\[");
                    i++;
                } else {
                    String set = glob.substring(i + 1, end);
                    if (set.startsWith("!")) {
                        set = "^" + set.substring(1);
                    }
                    regex.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end + 1;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}
