package io.meshgov.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Patterns in {@code .gitignore} syntax, the one glob dialect of meshgov's file arguments: {@code *} any run of
 * characters but {@code /}, {@code ?} one, {@code [a-z]} a class, {@code **} any number of folders; a pattern
 * without a {@code /} (but a trailing one) matches at any depth, one with a {@code /} from the folder the rules
 * belong to; a trailing {@code /} matches folders only; {@code !} re-includes; {@code #} starts a comment. The last
 * matching pattern decides. Paths are relative, with {@code /} between names.
 *
 * <p>Patterns are matched by following every way through them at once (a small automaton), never by backtracking:
 * the work is at most the pattern's length times the path's, whatever stars either holds. Any text is a pattern: a
 * class that is never closed is a literal {@code [}, a range written backwards matches nothing.
 */
final class IgnoreRules {

    private record Rule(Glob glob, boolean negated, boolean foldersOnly) {
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
    static Predicate<String> anchored(String glob) {
        Rule rule = parse(glob, true);
        return rule == null ? path -> false : rule.glob()::matches;
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
            if ((!rule.foldersOnly() || folder) && ignored == rule.negated() && rule.glob().matches(path)) {
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
        return new Rule(Glob.of(text, !anchored), negated, foldersOnly);
    }

    /** A compiled glob: a list of steps, matched by carrying the set of steps reached along the path. */
    static final class Glob {

        private enum Kind { LITERAL, ONE, CLASS, STAR, ANYTHING, FOLDERS }

        /** One step; {@code ranges} holds pairs of first and last characters of a class. */
        private record Step(Kind kind, char literal, char[] ranges, boolean negated) {
        }

        private final Step[] steps;

        private Glob(List<Step> steps) {
            this.steps = steps.toArray(new Step[0]);
        }

        /** {@code atAnyDepth}: the pattern may start in any folder, as a {@code .gitignore} line without a slash. */
        static Glob of(String glob, boolean atAnyDepth) {
            List<Step> steps = new ArrayList<>();
            if (atAnyDepth) {
                steps.add(new Step(Kind.FOLDERS, '\0', null, false));
            }
            int i = 0;
            while (i < glob.length()) {
                char c = glob.charAt(i);
                boolean startsName = i == 0 || glob.charAt(i - 1) == '/';
                if (startsName && glob.startsWith("**/", i)) {
                    steps.add(new Step(Kind.FOLDERS, '\0', null, false));
                    i += 3;
                } else if (startsName && glob.startsWith("**", i) && i + 2 == glob.length()) {
                    steps.add(new Step(Kind.ANYTHING, '\0', null, false));
                    i += 2;
                } else if (c == '*') {
                    while (i < glob.length() && glob.charAt(i) == '*') {
                        i++;   // a run of stars inside a name is one star
                    }
                    steps.add(new Step(Kind.STAR, '\0', null, false));
                } else if (c == '?') {
                    steps.add(new Step(Kind.ONE, '\0', null, false));
                    i++;
                } else if (c == '[' && classEnd(glob, i) > 0) {
                    int end = classEnd(glob, i);
                    steps.add(characterClass(glob.substring(i + 1, end)));
                    i = end + 1;
                } else if (c == '\\' && i + 1 < glob.length()) {
                    steps.add(new Step(Kind.LITERAL, glob.charAt(i + 1), null, false));
                    i += 2;
                } else {
                    steps.add(new Step(Kind.LITERAL, c, null, false));
                    i++;
                }
            }
            return new Glob(steps);
        }

        /** Where the class opened at {@code start} closes: a {@code ]} right after the opening (or its {@code !}) is a member. */
        private static int classEnd(String glob, int start) {
            int i = start + 1;
            if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
                i++;
            }
            if (i < glob.length() && glob.charAt(i) == ']') {
                i++;
            }
            for (; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == ']') {
                    return i;
                }
            }
            return -1;
        }

        private static Step characterClass(String set) {
            boolean negated = !set.isEmpty() && (set.charAt(0) == '!' || set.charAt(0) == '^');
            int i = negated ? 1 : 0;
            StringBuilder ranges = new StringBuilder();
            while (i < set.length()) {
                char first = set.charAt(i);
                if (first == '\\' && i + 1 < set.length()) {
                    first = set.charAt(++i);
                }
                i++;
                char last = first;
                if (i + 1 < set.length() && set.charAt(i) == '-') {
                    last = set.charAt(i + 1);
                    if (last == '\\' && i + 2 < set.length()) {
                        last = set.charAt(i + 2);
                        i++;
                    }
                    i += 2;
                }
                ranges.append(first).append(last);   // a range written backwards holds nothing
            }
            return new Step(Kind.CLASS, '\0', ranges.toString().toCharArray(), negated);
        }

        boolean matches(String path) {
            int n = steps.length;
            boolean[] reached = new boolean[n + 1];
            boolean[] next = new boolean[n + 1];
            reached[0] = true;
            close(reached);
            for (int p = 0; p < path.length(); p++) {
                char c = path.charAt(p);
                java.util.Arrays.fill(next, false);
                boolean any = false;
                for (int s = 0; s < n; s++) {
                    if (!reached[s]) {
                        continue;
                    }
                    Step step = steps[s];
                    switch (step.kind()) {
                        case LITERAL -> next[s + 1] |= step.literal() == c;
                        case ONE -> next[s + 1] |= c != '/';
                        case CLASS -> next[s + 1] |= c != '/' && inClass(step, c);
                        case STAR -> next[s] |= c != '/';
                        case ANYTHING -> next[s] = true;
                        case FOLDERS -> {
                            next[s] = true;
                            next[s + 1] |= c == '/';
                        }
                    }
                }
                close(next);
                for (boolean b : next) {
                    any |= b;
                }
                if (!any) {
                    return false;
                }
                boolean[] swap = reached;
                reached = next;
                next = swap;
            }
            return reached[n];
        }

        /** Steps that may match nothing are passed through. */
        private void close(boolean[] states) {
            for (int s = 0; s < steps.length; s++) {
                Kind kind = steps[s].kind();
                if (states[s] && (kind == Kind.STAR || kind == Kind.ANYTHING || kind == Kind.FOLDERS)) {
                    states[s + 1] = true;
                }
            }
        }

        private static boolean inClass(Step step, char c) {
            boolean in = false;
            char[] ranges = step.ranges();
            for (int i = 0; i + 1 < ranges.length; i += 2) {
                in |= c >= ranges[i] && c <= ranges[i + 1];
            }
            return in != step.negated();
        }
    }
}
