package io.meshgov.read;

import io.meshgov.SourceLocation;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Schema compiled once into checks that run on the reader's own tree, with no copy of the document: the
 * draft 2019-09 keywords the bundled ODCS and ODPS schemas use (types, properties, required, closed objects,
 * {@code unevaluatedProperties: false}, const and enum, items, bounds, patterns, the {@code date}, {@code date-time}
 * and {@code uri} formats, local {@code $ref}, {@code allOf}/{@code anyOf}/{@code oneOf}/{@code not} and
 * {@code if}/{@code then}/{@code else}). A keyword it does not implement fails the compilation, so a schema is never
 * checked in part. {@code SchemaCheckAgreesWithAReferenceValidatorTest} holds it to a reference validator.
 *
 * <p>What a check costs is a few lookups per value of the document (a general validator builds an evaluation
 * context, a path and a result set per value, which made checking cost more than reading).
 */
final class CompiledSchema {

    /**
     * One place where a document departs from the schema.
     *
     * @param at       where, as a document path ({@code schema[0].properties[1].classificaton}); for an unknown or
     *                 missing key, the key's own path
     * @param keyword  the keyword that failed ({@code additionalProperties}, {@code required}, {@code type}...)
     * @param property the unknown or missing key, or null
     * @param expected what the keyword asks for, as a message may show it ({@code array}, the allowed values), or null
     * @param location the line: the unknown key's, else the value's (a missing key's object)
     */
    record Violation(String at, String keyword, String property, String expected, SourceLocation location) {
    }

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "$defs", "definitions",
            "$anchor", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly");

    private enum Type { NULL, BOOLEAN, OBJECT, ARRAY, NUMBER, INTEGER, STRING }

    /** A compiled schema object: each field is one keyword, null (or empty) when the schema does not use it. */
    private static final class Rule {
        boolean never;
        Set<Type> types;
        String typeNames;
        Map<String, Rule> properties = Map.of();
        boolean closed;
        Rule additional;
        boolean unevaluatedClosed;
        List<String> required = List.of();
        Node constant;
        Node[] allowed;
        String allowedNames;
        Rule items;
        Integer minItems;
        Integer maxItems;
        boolean uniqueItems;
        Integer minLength;
        Integer maxLength;
        BigDecimal minimum;
        BigDecimal exclusiveMinimum;
        BigDecimal maximum;
        BigDecimal exclusiveMaximum;
        /** Matched by RE2: linear in the value's length, no recursion, whatever the value (a 2,000-segment reference). */
        com.google.re2j.Pattern pattern;
        String format;
        Rule ref;
        Rule[] allOf = {};
        Rule[] anyOf = {};
        Rule[] oneOf = {};
        Rule not;
        Rule condition;
        Rule then;
        Rule otherwise;
    }

    private final Rule root;

    private CompiledSchema(Rule root) {
        this.root = root;
    }

    /** Compiles a schema document (its root schema and every schema it refers to). */
    static CompiledSchema compile(Node document) {
        return new CompiledSchema(new Compiler(document).compile(document, "#"));
    }

    /** Where the document departs from the schema, in no particular order. */
    List<Violation> check(Node document) {
        List<Violation> violations = new ArrayList<>();
        check(root, document, null, violations, null);
        return violations;
    }

    /** A place in the document, kept as links and spelt out only for a violation. */
    private record Where(Where parent, String key, int index, SourceLocation keyLocation) {
        String path() {
            if (parent == null && key == null && index < 0) {
                return "";
            }
            String before = parent == null ? "" : parent.path();
            return key != null ? (before.isEmpty() ? "" : before + ".") + Quoting.key(key) : before + "[" + index + "]";
        }

        String pathTo(String property) {
            String here = path();
            return (here.isEmpty() ? "" : here + ".") + Quoting.key(property);
        }
    }

    /**
     * Whether {@code node} satisfies {@code rule}. Violations are added to {@code out}; with a null {@code out} only
     * the answer is wanted and the check stops at the first failure. The names of {@code node}'s members the rule
     * evaluated are added to {@code evaluated} when it is not null (for {@code unevaluatedProperties}).
     */
    private static boolean check(Rule rule, Node node, Where where, List<Violation> out, Names evaluated) {
        if (rule.never) {
            return fail(out, where, "false", null, null, node.location());
        }
        boolean valid = true;
        if (rule.types != null && !rule.types.contains(typeOf(node))
                && !(rule.types.contains(Type.INTEGER) && isInteger(node))) {
            valid = fail(out, where, "type", null, rule.typeNames, node.location());
            if (out == null) {
                return false;
            }
        }
        if (rule.constant != null && !same(rule.constant, node)) {
            if (out == null) {
                return false;
            }
            valid = fail(out, where, "const", null, null, node.location());
        }
        if (rule.allowed != null && !isAllowed(rule.allowed, node)) {
            if (out == null) {
                return false;
            }
            valid = fail(out, where, "enum", null, rule.allowedNames, node.location());
        }
        Names local = node instanceof Node.Mapping && (evaluated != null || rule.unevaluatedClosed) ? new Names() : null;
        if (node instanceof Node.Scalar scalar) {
            valid &= checkScalar(rule, scalar, where, out);
        } else if (node instanceof Node.Sequence sequence) {
            valid &= checkSequence(rule, sequence, where, out);
        } else {
            valid &= checkMapping(rule, (Node.Mapping) node, where, out, local);
        }
        if (!valid && out == null) {
            return false;
        }
        valid &= checkApplicators(rule, node, where, out, local);
        if (!valid && out == null) {
            return false;
        }
        if (rule.unevaluatedClosed && node instanceof Node.Mapping mapping) {
            int position = 0;
            for (Node.Member member : mapping.members().values()) {
                if (!local.contains(position++)) {
                    valid = fail(out, where, "unevaluatedProperties", member.key(), null, member.keyLocation());
                    if (out == null) {
                        return false;
                    }
                }
            }
            local.addFirst(mapping.members().size());
        }
        if (evaluated != null && local != null) {
            evaluated.addAll(local);
        }
        return valid;
    }

    private static boolean checkScalar(Rule rule, Node.Scalar scalar, Where where, List<Violation> out) {
        boolean valid = true;
        if (scalar.type() == Node.ScalarType.STRING) {
            String text = scalar.text();
            int length = rule.minLength != null || rule.maxLength != null ? text.codePointCount(0, text.length()) : 0;
            if (rule.minLength != null && length < rule.minLength) {
                valid = fail(out, where, "minLength", null, null, scalar.location());
            }
            if (rule.maxLength != null && length > rule.maxLength) {
                valid = fail(out, where, "maxLength", null, null, scalar.location());
            }
            if (rule.pattern != null && !rule.pattern.matcher(text).find()) {
                valid = fail(out, where, "pattern", null, null, scalar.location());
            }
            if (rule.format != null && !hasFormat(rule.format, text)) {
                valid = fail(out, where, "format", null, rule.format, scalar.location());
            }
        } else if (scalar.type() == Node.ScalarType.INTEGER || scalar.type() == Node.ScalarType.DECIMAL) {
            if (rule.minimum != null && compare(scalar, rule.minimum) < 0) {
                valid = fail(out, where, "minimum", null, null, scalar.location());
            }
            if (rule.exclusiveMinimum != null && compare(scalar, rule.exclusiveMinimum) <= 0) {
                valid = fail(out, where, "exclusiveMinimum", null, null, scalar.location());
            }
            if (rule.maximum != null && compare(scalar, rule.maximum) > 0) {
                valid = fail(out, where, "maximum", null, null, scalar.location());
            }
            if (rule.exclusiveMaximum != null && compare(scalar, rule.exclusiveMaximum) >= 0) {
                valid = fail(out, where, "exclusiveMaximum", null, null, scalar.location());
            }
        }
        return valid;
    }

    private static boolean checkSequence(Rule rule, Node.Sequence sequence, Where where, List<Violation> out) {
        boolean valid = true;
        List<Node> items = sequence.items();
        if (rule.minItems != null && items.size() < rule.minItems) {
            valid = fail(out, where, "minItems", null, null, sequence.location());
        }
        if (rule.maxItems != null && items.size() > rule.maxItems) {
            valid = fail(out, where, "maxItems", null, null, sequence.location());
        }
        if (rule.uniqueItems && items.size() > 1) {
            Set<String> seen = new HashSet<>();
            for (Node item : items) {
                if (!seen.add(canonical(item))) {
                    valid = fail(out, where, "uniqueItems", null, null, sequence.location());
                    break;
                }
            }
        }
        if (!valid && out == null) {
            return false;
        }
        if (rule.items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (!check(rule.items, items.get(i), new Where(where, null, i, null), out, null)) {
                    valid = false;
                    if (out == null) {
                        return false;
                    }
                }
            }
        }
        return valid;
    }

    private static boolean checkMapping(Rule rule, Node.Mapping mapping, Where where, List<Violation> out,
                                        Names evaluated) {
        boolean valid = true;
        Map<String, Node.Member> members = mapping.members();
        for (String name : rule.required) {
            if (!members.containsKey(name)) {
                valid = fail(out, where, "required", name, null, mapping.location());
                if (out == null) {
                    return false;
                }
            }
        }
        if (rule.properties.isEmpty() && !rule.closed && rule.additional == null) {
            return valid;
        }
        if (!rule.closed && rule.additional == null && rule.properties.size() < members.size()) {
            // an open object with few properties asked about (an if's "type is sql"): look those up
            for (Map.Entry<String, Rule> property : rule.properties.entrySet()) {
                Node.Member member = members.get(property.getKey());
                if (member == null) {
                    continue;
                }
                if (!check(property.getValue(), member.value(), new Where(where, member.key(), -1,
                        member.keyLocation()), out, null)) {
                    valid = false;
                    if (out == null) {
                        return false;
                    }
                }
                if (evaluated != null) {
                    evaluated.add(positionOf(members, member.key()));
                }
            }
            return valid;
        }
        int position = -1;
        for (Node.Member member : members.values()) {
            position++;
            Rule property = rule.properties.get(member.key());
            if (property == null && rule.closed) {
                valid = fail(out, where, "additionalProperties", member.key(), null, member.keyLocation());
            } else if (property != null || rule.additional != null) {
                if (!check(property != null ? property : rule.additional, member.value(),
                        new Where(where, member.key(), -1, member.keyLocation()), out, null)) {
                    valid = false;
                }
            }
            if (!valid && out == null) {
                return false;
            }
            if (evaluated != null && (property != null || rule.additional != null)) {
                evaluated.add(position);
            }
        }
        return valid;
    }

    private static int positionOf(Map<String, Node.Member> members, String key) {
        int position = 0;
        for (String name : members.keySet()) {
            if (name.equals(key)) {
                return position;
            }
            position++;
        }
        throw new IllegalArgumentException(key);
    }

    private static boolean checkApplicators(Rule rule, Node node, Where where, List<Violation> out,
                                            Names evaluated) {
        boolean valid = true;
        if (rule.ref != null) {
            valid = check(rule.ref, node, where, out, evaluated);
            if (!valid && out == null) {
                return false;
            }
        }
        for (Rule branch : rule.allOf) {
            if (!check(branch, node, where, out, evaluated)) {
                valid = false;
                if (out == null) {
                    return false;
                }
            }
        }
        if (rule.anyOf.length > 0) {
            boolean any = false;
            for (Rule branch : rule.anyOf) {
                Names branchEvaluated = evaluated == null ? null : new Names();
                if (check(branch, node, where, null, branchEvaluated)) {
                    any = true;
                    if (evaluated == null) {
                        break;
                    }
                    evaluated.addAll(branchEvaluated);
                }
            }
            if (!any) {
                valid = fail(out, where, "anyOf", null, null, node.location());
                if (out == null) {
                    return false;
                }
            }
        }
        if (rule.oneOf.length > 0) {
            int matching = 0;
            Names matched = null;
            for (Rule branch : rule.oneOf) {
                Names branchEvaluated = evaluated == null ? null : new Names();
                if (check(branch, node, where, null, branchEvaluated)) {
                    matching++;
                    matched = branchEvaluated;
                }
            }
            if (matching != 1) {
                valid = fail(out, where, "oneOf", null, null, node.location());
                if (out == null) {
                    return false;
                }
            } else if (evaluated != null) {
                evaluated.addAll(matched);
            }
        }
        if (rule.not != null && check(rule.not, node, where, null, null)) {
            valid = fail(out, where, "not", null, null, node.location());
            if (out == null) {
                return false;
            }
        }
        if (rule.condition != null) {
            Names conditionEvaluated = evaluated == null ? null : new Names();
            if (check(rule.condition, node, where, null, conditionEvaluated)) {
                if (evaluated != null) {
                    evaluated.addAll(conditionEvaluated);
                }
                if (rule.then != null) {
                    valid &= check(rule.then, node, where, out, evaluated);
                }
            } else if (rule.otherwise != null) {
                valid &= check(rule.otherwise, node, where, out, evaluated);
            }
        }
        return valid;
    }

    private static boolean isAllowed(Node[] allowed, Node node) {
        for (Node value : allowed) {
            if (same(value, node)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of an object's members (by position) some schema evaluated, for {@code unevaluatedProperties}: a bit
     * each, in a word for the first 64.
     */
    private static final class Names {
        private long first;
        private java.util.BitSet rest;

        void add(int position) {
            if (position < 64) {
                first |= 1L << position;
            } else {
                if (rest == null) {
                    rest = new java.util.BitSet();
                }
                rest.set(position);
            }
        }

        /** Adds the first {@code count} members. */
        void addFirst(int count) {
            for (int position = 0; position < count; position++) {
                add(position);
            }
        }

        void addAll(Names other) {
            first |= other.first;
            if (other.rest != null) {
                if (rest == null) {
                    rest = new java.util.BitSet();
                }
                rest.or(other.rest);
            }
        }

        boolean contains(int position) {
            return position < 64 ? (first & 1L << position) != 0 : rest != null && rest.get(position);
        }
    }

    /** Records a violation when violations are wanted; always false, so a caller can write {@code valid = fail(...)}. */
    private static boolean fail(List<Violation> out, Where where, String keyword, String property, String expected,
                                SourceLocation location) {
        if (out != null) {
            String at = where == null ? "" : where.path();
            if (property != null) {
                at = where == null ? Quoting.key(property) : where.pathTo(property);
            }
            // a value is shown at its key, where the author reads it: "team:" rather than the line below it
            SourceLocation line = property == null && where != null && where.keyLocation() != null
                    ? where.keyLocation() : location;
            out.add(new Violation(at, keyword, property, expected, line));
        }
        return false;
    }

    private static Type typeOf(Node node) {
        if (node instanceof Node.Mapping) {
            return Type.OBJECT;
        }
        if (node instanceof Node.Sequence) {
            return Type.ARRAY;
        }
        return switch (((Node.Scalar) node).type()) {
            case NULL -> Type.NULL;
            case BOOLEAN -> Type.BOOLEAN;
            case INTEGER -> Type.INTEGER;
            case DECIMAL -> Type.NUMBER;
            case STRING -> Type.STRING;
        };
    }

    /** An integer by JSON Schema's reading: a number with no fraction ({@code 1.0} is one). */
    private static boolean isInteger(Node node) {
        if (node instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.DECIMAL) {
            BigDecimal value = exact(scalar);
            return value != null && value.stripTrailingZeros().scale() <= 0;
        }
        return false;
    }

    /** A number's exact value, or null for infinity and NaN. */
    private static BigDecimal exact(Node.Scalar scalar) {
        if (scalar.type() == Node.ScalarType.INTEGER) {
            return new BigDecimal(CoreSchema.integerValue(scalar.text()));
        }
        Number value = CoreSchema.decimalValue(scalar.text());
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        double number = value.doubleValue();
        return Double.isFinite(number) ? new BigDecimal(scalar.text().startsWith("+") ? scalar.text().substring(1)
                : scalar.text()) : null;
    }

    private static int compare(Node.Scalar scalar, BigDecimal bound) {
        BigDecimal value = exact(scalar);
        if (value != null) {
            return value.compareTo(bound);
        }
        double number = CoreSchema.decimalValue(scalar.text()).doubleValue();
        return Double.isNaN(number) ? -1 : Double.compare(number, bound.doubleValue());
    }

    /** JSON equality of a schema's value and a document's (numbers by value: 1 equals 1.0). */
    private static boolean same(Node expected, Node actual) {
        if (actual instanceof Node.Mapping mapping) {
            if (!(expected instanceof Node.Mapping object) || object.members().size() != mapping.members().size()) {
                return false;
            }
            for (Node.Member member : mapping.members().values()) {
                Node.Member value = object.members().get(member.key());
                if (value == null || !same(value.value(), member.value())) {
                    return false;
                }
            }
            return true;
        }
        if (actual instanceof Node.Sequence sequence) {
            if (!(expected instanceof Node.Sequence list) || list.items().size() != sequence.items().size()) {
                return false;
            }
            for (int i = 0; i < list.items().size(); i++) {
                if (!same(list.items().get(i), sequence.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (!(expected instanceof Node.Scalar value)) {
            return false;
        }
        Node.Scalar scalar = (Node.Scalar) actual;
        return switch (scalar.type()) {
            case NULL, STRING -> value.type() == scalar.type() && value.text().equals(scalar.text());
            case BOOLEAN -> value.type() == scalar.type() && value.text().equalsIgnoreCase(scalar.text());
            case INTEGER, DECIMAL -> {
                if (value.type() != Node.ScalarType.INTEGER && value.type() != Node.ScalarType.DECIMAL) {
                    yield false;
                }
                BigDecimal left = exact(scalar);
                BigDecimal right = exact(value);
                yield left != null && right != null && left.compareTo(right) == 0;
            }
        };
    }

    /** A value written so that two JSON-equal values are written alike, for {@code uniqueItems}. */
    private static String canonical(Node node) {
        if (node instanceof Node.Mapping mapping) {
            StringBuilder text = new StringBuilder("{");
            mapping.members().values().stream().sorted(java.util.Comparator.comparing(Node.Member::key))
                    .forEach(member -> text.append(Quoting.escape(member.key())).append(':')
                            .append(canonical(member.value())).append(','));
            return text.append('}').toString();
        }
        if (node instanceof Node.Sequence sequence) {
            StringBuilder text = new StringBuilder("[");
            sequence.items().forEach(item -> text.append(canonical(item)).append(','));
            return text.append(']').toString();
        }
        Node.Scalar scalar = (Node.Scalar) node;
        return switch (scalar.type()) {
            case STRING -> "s" + scalar.text();
            case INTEGER, DECIMAL -> {
                BigDecimal value = exact(scalar);
                yield "n" + (value == null ? scalar.text() : value.stripTrailingZeros().toPlainString());
            }
            case BOOLEAN -> "b" + scalar.text().toLowerCase(java.util.Locale.ROOT);
            case NULL -> "null";
        };
    }

    private static boolean hasFormat(String format, String text) {
        return switch (format) {
            case "date" -> isDate(text);
            case "date-time" -> isDateTime(text);
            case "uri" -> isAbsoluteUri(text);
            default -> true;
        };
    }

    /** An RFC 3339 full-date: {@code 2025-02-28}, a real day. */
    private static boolean isDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** An RFC 3339 date-time: {@code 2025-02-28T13:45:00Z}, seconds required, a fraction and an offset allowed. */
    private static boolean isDateTime(String text) {
        if (text.length() < 20 || !isDate(text.substring(0, 10)) || "Tt".indexOf(text.charAt(10)) < 0) {
            return false;
        }
        if (!digits(text, 11, 13) || text.charAt(13) != ':' || !digits(text, 14, 16) || text.charAt(16) != ':'
                || !digits(text, 17, 19)) {
            return false;
        }
        int hour = Integer.parseInt(text, 11, 13, 10);
        int minute = Integer.parseInt(text, 14, 16, 10);
        int second = Integer.parseInt(text, 17, 19, 10);
        if (hour > 23 || minute > 59 || second > 60) {
            return false;
        }
        int i = 19;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        String offset = text.substring(i);
        if (offset.equals("Z") || offset.equals("z")) {
            return true;
        }
        return offset.length() == 6 && (offset.charAt(0) == '+' || offset.charAt(0) == '-') && digits(offset, 1, 3)
                && offset.charAt(3) == ':' && digits(offset, 4, 6) && Integer.parseInt(offset, 1, 3, 10) <= 23
                && Integer.parseInt(offset, 4, 6, 10) <= 59;
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Turns schema objects into rules, each once (schemas refer to themselves: a property holds properties). */
    private static final class Compiler {
        private final Node document;
        private final Map<Node, Rule> compiled = new IdentityHashMap<>();

        Compiler(Node document) {
            this.document = document;
        }

        Rule compile(Node schema, String where) {
            Rule known = compiled.get(schema);
            if (known != null) {
                return known;
            }
            Rule rule = new Rule();
            compiled.put(schema, rule);
            if (schema instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.BOOLEAN) {
                rule.never = !Boolean.parseBoolean(scalar.text());
                return rule;
            }
            if (!(schema instanceof Node.Mapping object)) {
                throw unsupported(where, "a schema that is neither an object nor a boolean");
            }
            for (Node.Member member : object.members().values()) {
                keyword(rule, member.key(), member.value(), where + "/" + member.key());
            }
            return rule;
        }

        private void keyword(Rule rule, String keyword, Node value, String where) {
            switch (keyword) {
                case "type" -> {
                    List<String> names = value instanceof Node.Sequence list
                            ? list.items().stream().map(Compiler::text).toList() : List.of(text(value));
                    rule.types = EnumSet.noneOf(Type.class);
                    for (String name : names) {
                        rule.types.add(Type.valueOf(name.toUpperCase(Locale.ROOT)));
                        if (name.equals("number")) {
                            rule.types.add(Type.INTEGER);
                        }
                    }
                    rule.typeNames = String.join(" or ", names);
                }
                case "properties" -> {
                    Map<String, Rule> properties = new LinkedHashMap<>();
                    for (Node.Member property : object(value, where).members().values()) {
                        properties.put(property.key(), compile(property.value(), where + "/" + property.key()));
                    }
                    rule.properties = properties;
                }
                case "additionalProperties" -> {
                    if (isBoolean(value)) {
                        rule.closed = !Boolean.parseBoolean(text(value));
                    } else {
                        rule.additional = compile(value, where);
                    }
                }
                case "unevaluatedProperties" -> {
                    if (!isBoolean(value) || Boolean.parseBoolean(text(value))) {
                        throw unsupported(where, "unevaluatedProperties other than false");
                    }
                    rule.unevaluatedClosed = true;
                }
                case "required" -> rule.required = list(value, where).stream().map(Compiler::text).toList();
                case "const" -> rule.constant = value;
                case "enum" -> {
                    rule.allowed = list(value, where).toArray(Node[]::new);
                    rule.allowedNames = "[" + String.join(", ", list(value, where).stream().map(Compiler::json).toList())
                            + "]";
                }
                case "items" -> {
                    if (value instanceof Node.Sequence) {
                        throw unsupported(where, "items as a list of schemas");
                    }
                    rule.items = compile(value, where);
                }
                case "minItems" -> rule.minItems = Integer.parseInt(text(value));
                case "maxItems" -> rule.maxItems = Integer.parseInt(text(value));
                case "uniqueItems" -> rule.uniqueItems = Boolean.parseBoolean(text(value));
                case "minLength" -> rule.minLength = Integer.parseInt(text(value));
                case "maxLength" -> rule.maxLength = Integer.parseInt(text(value));
                case "minimum" -> rule.minimum = number(value, where);
                case "exclusiveMinimum" -> rule.exclusiveMinimum = number(value, where);
                case "maximum" -> rule.maximum = number(value, where);
                case "exclusiveMaximum" -> rule.exclusiveMaximum = number(value, where);
                case "pattern" -> rule.pattern = com.google.re2j.Pattern.compile(text(value));
                case "format" -> {
                    if (!Set.of("date", "date-time", "uri").contains(text(value))) {
                        throw unsupported(where, "the format " + text(value));
                    }
                    rule.format = text(value);
                }
                case "$ref" -> rule.ref = compile(resolve(text(value), where), text(value));
                case "allOf" -> rule.allOf = all(value, where);
                case "anyOf" -> rule.anyOf = all(value, where);
                case "oneOf" -> rule.oneOf = all(value, where);
                case "not" -> rule.not = compile(value, where);
                case "if" -> rule.condition = compile(value, where);
                case "then" -> rule.then = compile(value, where);
                case "else" -> rule.otherwise = compile(value, where);
                default -> {
                    if (!ANNOTATIONS.contains(keyword)) {
                        throw unsupported(where, "the keyword " + keyword);
                    }
                }
            }
        }

        private Rule[] all(Node schemas, String where) {
            List<Rule> rules = new ArrayList<>();
            List<Node> items = list(schemas, where);
            for (int i = 0; i < items.size(); i++) {
                rules.add(compile(items.get(i), where + "/" + i));
            }
            return rules.toArray(Rule[]::new);
        }

        /** The schema a local reference ({@code #/$defs/Server}) points at. */
        private Node resolve(String reference, String where) {
            if (!reference.startsWith("#")) {
                throw unsupported(where, "a reference outside the schema (" + reference + ")");
            }
            Node target = document;
            for (String token : reference.substring(1).split("/")) {
                if (token.isEmpty()) {
                    continue;
                }
                String name = token.replace("~1", "/").replace("~0", "~");
                Node.Member member = target instanceof Node.Mapping object ? object.members().get(name) : null;
                if (member == null) {
                    throw unsupported(where, "a reference to nothing (" + reference + ")");
                }
                target = member.value();
            }
            return target;
        }

        private static boolean isBoolean(Node value) {
            return value instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.BOOLEAN;
        }

        private static String text(Node value) {
            return value instanceof Node.Scalar scalar ? scalar.text() : "";
        }

        /** A scalar as JSON writes it: text in quotes. */
        private static String json(Node value) {
            return value instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.STRING
                    ? "\"" + scalar.text() + "\"" : text(value);
        }

        private static BigDecimal number(Node value, String where) {
            BigDecimal number = value instanceof Node.Scalar scalar ? exact(scalar) : null;
            if (number == null) {
                throw unsupported(where, "a bound that is not a number");
            }
            return number;
        }

        private static Node.Mapping object(Node value, String where) {
            if (!(value instanceof Node.Mapping object)) {
                throw unsupported(where, "a keyword value that is not an object");
            }
            return object;
        }

        private static List<Node> list(Node value, String where) {
            if (!(value instanceof Node.Sequence list)) {
                throw unsupported(where, "a keyword value that is not a list");
            }
            return list.items();
        }

        private static IllegalStateException unsupported(String where, String what) {
            return new IllegalStateException("meshgov's schema check does not implement " + what + ", used at "
                    + where + " of a bundled schema");
        }
    }
}
