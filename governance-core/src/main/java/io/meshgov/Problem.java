package io.meshgov;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong with an input — a descriptor, a rule file, a policy or conventions file — as data: what kind of
 * problem ({@link Code}), how grave ({@link Level}), where, about what, and what is wrong.
 *
 * <p>Renders on one line that stands alone in a log:
 * {@code orders.odcs.yaml:14:5: schema[0].properties[2].required: expected a boolean but was "yes"}.
 *
 * @param code     the kind of problem: stable, for tools that react to some kinds and not others
 * @param level    an error stops what was asked (reading the file, building the engine); a warning does not
 * @param location where the problem is
 * @param subject  what it is about: a path in a descriptor or a rule's name; empty when it is the whole file
 * @param message  what is wrong and, where we can tell, how to fix it
 */
@API(status = STABLE, since = "0.1.0")
public record Problem(Code code, Level level, SourceLocation location, String subject, String message)
        implements Comparable<Problem> {

    /** How grave a problem is. */
    public enum Level {
        /** What was asked cannot be done: the file is not read, the engine is not built. */
        ERROR,
        /** Worth tidying; nothing stops. */
        WARNING
    }

    /** The kinds of problem; {@link #id()} is the stable name written in reports. */
    public enum Code {
        /** The file cannot be found, opened or read, or is not named as a file of its kind. */
        FILE,
        /** The text is not valid YAML or JSON (or not UTF-8, or holds more than one document). */
        SYNTAX,
        /** The file is past one of the reading limits ({@code ReadLimits}). */
        LIMIT,
        /** The file is another format (dbt, Avro, an OpenAPI document...), not a data contract or data product. */
        NOT_A_DESCRIPTOR,
        /** A value is wrong for what the file is: a wrong type, a missing or unknown key, a value out of range. */
        CONTENT,
        /** A rule file cannot be parsed as DRL. */
        RULE_SYNTAX,
        /** A rule names an unknown type, field or metadata, or misses what every rule needs ({@code @id}...). */
        RULE_CHECK,
        /** The Drools compiler refused a rule. */
        RULE_COMPILE,
        /** Two rules share an id or a name, or a rule takes a retired id. */
        RULE_ID,
        /** A rule of a restricted layer calls code its layer may not call. */
        RULE_RESTRICTED,
        /** A rule pack's folder, jar or layout is wrong: missing, empty, or a package that does not match its folder. */
        RULE_PACK,
        /** The policy contradicts itself or its rules: an unknown rule id, a locked rule weakened, a waiver of a
         * hard-mandatory rule. */
        POLICY,
        /** A test case file of {@code meshgov test} is wrong. */
        CASE;

        /** The stable name written in reports: {@code rule-syntax}, {@code not-a-descriptor}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** An error: what was asked cannot be done. */
    public static Problem error(Code code, SourceLocation location, String subject, String message) {
        return new Problem(code, Level.ERROR, location, subject, message);
    }

    /** A warning: worth tidying, nothing stops. */
    public static Problem warning(Code code, SourceLocation location, String subject, String message) {
        return new Problem(code, Level.WARNING, location, subject, message);
    }

    @Override
    public int compareTo(Problem other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return subject.isEmpty() ? location + ": " + message : location + ": " + subject + ": " + message;
    }
}
