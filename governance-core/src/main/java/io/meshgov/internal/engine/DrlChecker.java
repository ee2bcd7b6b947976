package io.meshgov.internal.engine;

import io.meshgov.ClosestName;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Findings;
import io.meshgov.decision.Severity;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RuleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Reads one DRL file before Drools compiles it, for what Drools' executable model cannot tell us: syntax errors
 * and metadata problems with their lines, and — as <em>suspects</em> — fact types and fields that do not exist,
 * located at their DRL line with the closest real name. Suspects are only reported when the compiler fails, so a
 * constraint this simple reading misunderstands can never block a valid rule.
 */
final class DrlChecker {

    static final String FINDINGS_GLOBAL = "findings";
    /** The global through which rules ask the council's conventions (also in working memory as a fact). */
    static final String CONVENTIONS_GLOBAL = "conventions";
    static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]*-[0-9]{3,4}");
    private static final List<String> KNOWN_METADATA =
            List.of("id", "severity", "title", "rationale", "remediation", "documentation", "fix");
    /** DRL keywords that are also model field names: in a constraint they crash the executable-model compiler. */
    private static final Set<String> KEYWORD_FIELDS = Set.of("unit");
    private static final Set<String> CONSTRAINT_WORDS = Set.of("null", "true", "false", "this", "contains",
            "excludes", "matches", "memberOf", "in", "not", "soundslike", "str", "instanceof", "new", "isA", "after",
            "before", "coincides", "during", "finishes", "finishedby", "includes", "meets", "metby", "overlaps",
            "overlappedby", "starts", "startedby", "length");

    /** What checking one file found. */
    record Result(RuleFile file, PackageDescr packageDescr, List<RuleDescription> rules, List<Problem> problems,
                  List<Suspect> suspects) {
    }

    /** A likely cause of a compile error, located at its DRL line; {@code token} is what Drools will name. */
    record Suspect(Problem problem, String token) {
    }

    private final RuleFile file;
    private final String pack;
    private final ClassLoader classLoader;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Suspect> suspects = new ArrayList<>();
    private final List<RuleDescription> rules = new ArrayList<>();
    private PackageDescr packageDescr;

    private DrlChecker(RuleFile file, String pack, ClassLoader classLoader) {
        this.file = file;
        this.pack = pack;
        this.classLoader = classLoader;
    }

    static Result check(RuleFile file, String pack, ClassLoader classLoader) {
        return new DrlChecker(file, pack, classLoader).run();
    }

    private Result run() {
        DrlParser parser = new DrlParser();
        try {
            packageDescr = parser.parse(null, file.text());
        } catch (DroolsParserException e) {
            problems.add(problem(Code.RULE_SYNTAX, e.getLineNumber(), e.getColumn(), "", "cannot be parsed: "
                    + e.getMessage()));
        }
        for (DroolsError error : parser.getErrors()) {
            problems.add(syntaxProblem(error));
        }
        if (packageDescr == null || !problems.isEmpty()) {
            return new Result(file, packageDescr, List.of(), problems, List.of());
        }
        TypeResolver types = new TypeResolver(packageDescr, classLoader);
        checkImports(types);
        boolean declaresFindings = checkGlobals(types);
        for (RuleDescr rule : packageDescr.getRules()) {
            checkRule(rule, declaresFindings, types);
        }
        return new Result(file, packageDescr, rules, problems, suspects);
    }

    private Problem syntaxProblem(DroolsError error) {
        String message = error.getMessage().replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
        if (error instanceof ParserError parserError) {
            return problem(Code.RULE_SYNTAX, parserError.getRow(), parserError.getCol() + 1, "", "syntax error: "
                    + message);
        }
        int[] lines = error.getLines();
        return problem(Code.RULE_SYNTAX, lines.length > 0 ? lines[0] : 0, 0, "", "syntax error: " + message);
    }

    private void checkImports(TypeResolver types) {
        for (ImportDescr importDescr : packageDescr.getImports()) {
            String target = importDescr.getTarget();
            if (!types.importResolves(target)) {
                String name = simpleName(target);
                String movedTo = TypeResolver.meshgovTypeNamed(name);
                String hint = movedTo != null ? "; meshgov's " + name + " is " + movedTo
                        : ClosestName.hint(name, TypeResolver.MODEL_TYPES);
                suspects.add(new Suspect(problem(importDescr.getLine(), importDescr.getColumn() + 1, "",
                        "import " + target + ": no such class or package" + hint), name));
            }
        }
    }

    private boolean checkGlobals(TypeResolver types) {
        boolean declaresFindings = false;
        for (GlobalDescr global : packageDescr.getGlobals()) {
            if (global.getIdentifier().equals(FINDINGS_GLOBAL)) {
                Class<?> type = types.resolve(global.getType());
                if (type != Findings.class) {
                    problems.add(problem(global.getLine(), global.getColumn() + 1, "",
                            "global \"findings\" must have type " + Findings.class.getName() + " but has "
                                    + global.getType()));
                }
                declaresFindings = true;
            } else if (global.getIdentifier().equals(CONVENTIONS_GLOBAL)
                    && types.resolve(global.getType()) != Conventions.class) {
                problems.add(problem(global.getLine(), global.getColumn() + 1, "",
                        "global \"conventions\" must have type " + Conventions.class.getName() + " but has "
                                + global.getType()));
            }
        }
        return declaresFindings;
    }

    private void checkRule(RuleDescr rule, boolean declaresFindings, TypeResolver types) {
        String id = metadata(rule, "id");
        String severityText = metadata(rule, "severity");
        Object consequence = rule.getConsequence();
        boolean reports = consequence != null && consequence.toString().contains(FINDINGS_GLOBAL + ".");
        if (!reports && id == null && severityText == null) {
            // A rule that only derives facts for other rules (classify, then decide) reports nothing itself, so it
            // needs no id or severity; its conditions are still checked.
            if (rule.getLhs() != null) {
                checkConditions(rule.getLhs(), types);
            }
            return;
        }
        int line = rule.getLine();
        int column = rule.getColumn() + 1;
        String subject = "rule \"" + rule.getName() + "\"";
        for (String name : rule.getAnnotationNames()) {
            if (!KNOWN_METADATA.contains(name)) {
                String hint = ClosestName.hint(name, KNOWN_METADATA);
                if (!hint.isEmpty()) {
                    problems.add(problem(line, column, subject, "unknown metadata @" + name + hint));
                }
            }
        }
        if (id == null) {
            problems.add(problem(line, column, subject, "missing @id; give the rule a stable id, e.g. @id(\"PAY-001\")"));
        } else if (!RULE_ID.matcher(id).matches()) {
            problems.add(problem(line, column, subject, "malformed @id \"" + id
                    + "\"; expected upper-case letters, a dash and 3 or 4 digits, e.g. \"PAY-001\""));
        }
        Severity severity = null;
        if (severityText == null) {
            problems.add(problem(line, column, subject,
                    "missing @severity; add @severity(\"ERROR\"), @severity(\"WARNING\") or @severity(\"INFO\")"));
        } else {
            try {
                severity = Severity.valueOf(severityText);
            } catch (IllegalArgumentException e) {
                problems.add(problem(line, column, subject, "unknown @severity \"" + severityText + "\"; expected one of "
                        + Arrays.toString(Severity.values())
                        + ClosestName.hint(severityText.toUpperCase(Locale.ROOT),
                        Arrays.stream(Severity.values()).map(Enum::name).toList())));
            }
        }
        if (!declaresFindings && reports) {
            problems.add(problem(line, column, subject, "uses \"findings\" but the file does not declare it; add "
                    + "\"global " + Findings.class.getName() + " findings;\" after the imports"));
        }
        if (rule.getLhs() != null) {
            checkConditions(rule.getLhs(), types);
        }
        if (id != null && severity != null && RULE_ID.matcher(id).matches()) {
            String title = metadata(rule, "title");
            rules.add(new RuleDescription(id, severity, title == null ? rule.getName() : title,
                    metadata(rule, "rationale"), metadata(rule, "remediation"), metadata(rule, "documentation"),
                    pack, new SourceLocation(file.name(), Math.max(line, 0), Math.max(column, 0)),
                    metadata(rule, "fix")));
        }
    }

    private void checkConditions(ConditionalElementDescr element, TypeResolver types) {
        for (BaseDescr descr : element.getDescrs()) {
            if (descr instanceof PatternDescr pattern) {
                checkPattern(pattern, types);
            } else if (descr instanceof ConditionalElementDescr nested) {
                checkConditions(nested, types);
            }
        }
    }

    private void checkPattern(PatternDescr pattern, TypeResolver types) {
        String typeName = pattern.getObjectType();
        if (types.isDeclaredInDrl(typeName)) {
            return;
        }
        Class<?> type = types.resolve(typeName);
        if (type == null) {
            suspects.add(new Suspect(problem(pattern.getLine(), pattern.getColumn() + 1, "",
                    "unknown fact type " + typeName + types.suggestionFor(typeName)), typeName));
            return;
        }
        if (pattern.getSource() != null && pattern.getSource().getClass().getSimpleName().contains("Accumulate")) {
            return;
        }
        Set<String> fields = FactFields.of(type);
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                for (String root : rootIdentifiers(expression.getExpression())) {
                    if (KEYWORD_FIELDS.contains(root)) {
                        problems.add(problem(expression.getLine(), expression.getColumn() + 1, "",
                                "\"" + root + "\" is a DRL keyword and cannot be read by name in a constraint;"
                                        + " test it through a method of the fact instead, e.g. hasUnit() on SlaProperty"));
                        continue;
                    }
                    if (!fields.contains(root) && !types.isGlobal(root)) {
                        suspects.add(new Suspect(problem(expression.getLine(), expression.getColumn() + 1, "",
                                "unknown field \"" + root + "\" on " + type.getSimpleName()
                                        + ClosestName.hint(root, fields) + " (fields: "
                                        + String.join(", ", FactFields.listed(type)) + ")"), root));
                    }
                }
            }
        }
    }

    /**
     * The identifiers a constraint reads from the fact itself: not after a dot, not bindings ({@code $x}), not
     * binding names ({@code n : name}), not literals, keywords or class names (upper-case initial).
     */
    static Set<String> rootIdentifiers(String expression) {
        Set<String> roots = new LinkedHashSet<>();
        int i = 0;
        char previous = ' ';
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < expression.length() && expression.charAt(end) != c) {
                    end += expression.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
                previous = c;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < expression.length() && Character.isJavaIdentifierPart(expression.charAt(end))) {
                    end++;
                }
                String word = expression.substring(i, end);
                int next = end;
                while (next < expression.length() && Character.isWhitespace(expression.charAt(next))) {
                    next++;
                }
                boolean bindingName = next < expression.length() && expression.charAt(next) == ':'
                        && (next + 1 >= expression.length() || expression.charAt(next + 1) != '=');
                boolean member = previous == '.' || previous == '#';
                if (!member && !bindingName && !word.startsWith("$") && !CONSTRAINT_WORDS.contains(word)
                        && !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
                    roots.add(word);
                }
                i = end;
                previous = 'a';
            } else if (Character.isDigit(c)) {
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i))
                        || expression.charAt(i) == '.' || expression.charAt(i) == '_')) {
                    i++;
                }
                previous = '0';
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = c;
                }
                i++;
            }
        }
        return roots;
    }

    private static String metadata(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getValue() == null) {
            return null;
        }
        String value = annotation.getValue().toString().strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }

    private Problem problem(int line, int column, String subject, String message) {
        return problem(Code.RULE_CHECK, line, column, subject, message);
    }

    private Problem problem(Code code, int line, int column, String subject, String message) {
        return Problem.error(code, new SourceLocation(file.name(), Math.max(line, 0), Math.max(column, 0)), subject,
                message);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
