package io.meshgov.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.model.DescriptorElement;
import io.meshgov.model.ElementPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A precise edit of a descriptor that resolves a finding, attached by a rule when the right value follows from the
 * descriptor, the conventions or the change — never where a person must decide. {@code meshgov fix} applies it to
 * the file's text exactly where the value is written, keeping everything else as it is.
 *
 * <p>In a rule file ({@code import io.meshgov.decision.Fix;}):
 *
 * <pre>{@code
 * then
 *     findings.report($property, "classification", "email holds personal data but is public",
 *             Fix.set($property, "classification", "restricted"));
 * }</pre>
 *
 * @param description what the fix does, in a contract author's words ({@code set classification to 'restricted'}); empty
 *                    when the edits say it ({@link #describe()} then builds it from them, on demand: a rule attaches a
 *                    fix to every finding it can, and most are never shown)
 * @param edits       the edits, applied together or not at all
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Fix(String description, List<Edit> edits) {

    /** The most edits one fix makes. */
    public static final int MAX_EDITS = 16;
    /** The longest value a fix writes. */
    public static final int MAX_VALUE_LENGTH = 4096;

    public Fix {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (edits.isEmpty() || edits.size() > MAX_EDITS) {
            throw new IllegalArgumentException("a fix makes 1 to " + MAX_EDITS + " edits but had " + edits.size());
        }
    }

    /** What one edit writes. */
    public enum Kind {
        /** A text value, quoted where the file's syntax needs it. */
        TEXT,
        /** A number, written as is. */
        NUMBER,
        /** The field taken out. */
        REMOVE
    }

    /**
     * One edit: the value at {@code path} set to {@code value} (the field added when missing), or the field removed.
     *
     * @param path  the field's place in the descriptor ({@code schema[orders].properties[email].classification})
     * @param kind  whether a text, a number or a removal
     * @param value the value as text; empty for a removal
     */
    public record Edit(String path, Kind kind, String value) {
        public Edit {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            if (path.isEmpty()) {
                throw new IllegalArgumentException("an edit names the field it changes");
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("a fix writes at most " + MAX_VALUE_LENGTH + " characters");
            }
            if (kind == Kind.NUMBER && !value.matches("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,17})?")) {
                throw new IllegalArgumentException("a number fix writes a plain decimal number");
            }
            if (kind == Kind.REMOVE && !value.isEmpty()) {
                throw new IllegalArgumentException("a removal writes no value");
            }
        }

        /** The edit in words: {@code set classification to 'restricted'}, {@code remove examples}. */
        public String describe() {
            String parent = ElementPaths.parent(path);
            String field = parent.isEmpty() ? path : path.substring(Math.min(path.length(), parent.length() + 1));
            return switch (kind) {
                case TEXT -> "set " + field + " to '" + value + "'";
                case NUMBER -> "set " + field + " to " + value;
                case REMOVE -> "remove " + field;
            };
        }
    }

    /**
     * Sets the descriptor's own top-level {@code field} ({@code version}) to {@code value}, or no fix ({@code null})
     * when {@code value} is {@code null}: for a rule that knows the value without matching the descriptor itself.
     */
    public static Fix setTopLevelIfKnown(String field, String value) {
        return value == null ? null : of(new Edit(Objects.requireNonNull(field, "field"), Kind.TEXT, value));
    }

    /** Sets {@code field} of {@code element} to the text {@code value}, adding the field when it is missing. */
    public static Fix set(DescriptorElement element, String field, String value) {
        return of(new Edit(pathOf(element, field), Kind.TEXT, Objects.requireNonNull(value, "value")));
    }

    /**
     * As {@link #set(DescriptorElement, String, String)}, or no fix ({@code null}) when {@code value} is {@code null}
     * — for a value a rule can tell only sometimes ({@code SemanticVersion.completed(version)}).
     */
    public static Fix setIfKnown(DescriptorElement element, String field, String value) {
        return value == null ? null : set(element, field, value);
    }

    /**
     * Sets {@code field} of {@code element} to the number {@code value} (a plain decimal, {@code 4} or {@code 99.9}),
     * adding the field when it is missing.
     */
    public static Fix setNumber(DescriptorElement element, String field, String value) {
        return of(new Edit(pathOf(element, field), Kind.NUMBER, Objects.requireNonNull(value, "value")));
    }

    /** Removes {@code field} of {@code element}. */
    public static Fix remove(DescriptorElement element, String field) {
        return of(new Edit(pathOf(element, field), Kind.REMOVE, ""));
    }

    /** This fix and then {@code other}, as one fix: both apply or neither. */
    public Fix and(Fix other) {
        List<Edit> all = new ArrayList<>(edits);
        all.addAll(other.edits());
        return new Fix(description.isEmpty() && other.description().isEmpty() ? "" : describe() + ", " + other.describe(),
                all);
    }

    /** What the fix does, in words: its description, or its edits' when it has none ({@code set version to '2.0.0'}). */
    public String describe() {
        if (!description.isEmpty()) {
            return description;
        }
        StringBuilder words = new StringBuilder();
        for (Edit edit : edits) {
            words.append(words.length() == 0 ? "" : ", ").append(edit.describe());
        }
        return words.toString();
    }

    private static Fix of(Edit edit) {
        return new Fix("", List.of(edit));
    }

    private static String pathOf(DescriptorElement element, String field) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(field, "field");
        if (field.isEmpty()) {
            throw new IllegalArgumentException("a fix names the field it sets or removes");
        }
        return ElementPaths.child(element.path(), field);
    }
}
