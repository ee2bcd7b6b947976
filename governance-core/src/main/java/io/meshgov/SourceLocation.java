package io.meshgov;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A place in a source file: the file as the user named it, a 1-based line and a 1-based column (0 when unknown).
 * Columns count UTF-16 code units, in YAML as in JSON, as SARIF and most editors do: a character beyond the Basic
 * Multilingual Plane (an emoji) counts two.
 *
 * <p>Renders as {@code orders.odcs.yaml:14:5}, the form editors and CI systems turn into links.
 */
@API(status = STABLE, since = "0.1.0")
public record SourceLocation(String source, int line, int column) implements Comparable<SourceLocation> {

    public SourceLocation {
        Objects.requireNonNull(source, "source");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (unknown) or positive but was " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 (unknown) or positive but was " + column);
        }
    }

    /** The start of a file, for problems that concern the whole file. */
    public static SourceLocation startOf(String source) {
        return new SourceLocation(source, 1, 1);
    }

    @Override
    public int compareTo(SourceLocation other) {
        int bySource = source.compareTo(other.source);
        if (bySource != 0) {
            return bySource;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        if (line == 0) {
            return source;
        }
        return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }
}
