package io.meshgov.read;

import io.meshgov.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML/JSON value with the place it was read from. Jackson's own tree forgets locations, and every finding
 * must point at a line, so the reader builds this one.
 */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    SourceLocation location();

    /**
     * How the value reads in a message: {@code a list}, {@code an object}, {@code a text value}, {@code a number};
     * never the value itself, which may be personal data, except a YAML 1.1 word such as {@code "yes"}.
     */
    String describe();

    /** A mapping's entries in document order, each with the location of its key. */
    record Mapping(SourceLocation location, Map<String, Member> members) implements Node {
        public Mapping {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /** One {@code key: value} of a mapping. */
    record Member(String key, SourceLocation keyLocation, Node value) {

        /** The problem of writing this member's key again at {@code again}: both lines, and what to do. */
        io.meshgov.Problem duplicatedAt(SourceLocation again) {
            return io.meshgov.Problem.error(io.meshgov.Problem.Code.SYNTAX, again, "", "duplicate key \"" + Quoting.key(key) + "\": first defined at line "
                    + keyLocation.line() + ", again at line " + again.line() + "; keep one of them");
        }
    }

    record Sequence(SourceLocation location, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value with its raw text as written, so that {@code 1.10} and {@code 2022-10-03} stay as written,
     * and its type as the parser resolved it.
     */
    record Scalar(SourceLocation location, ScalarType type, String text) implements Node {
        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "null";
                case BOOLEAN -> text.toLowerCase(java.util.Locale.ROOT);
                case INTEGER, DECIMAL -> "a number";
                case STRING -> Quoting.textValue(text);
            };
        }
    }

    /** What a scalar is by the YAML 1.2 core schema (JSON's types are a part of it); {@code yes} is text. */
    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
