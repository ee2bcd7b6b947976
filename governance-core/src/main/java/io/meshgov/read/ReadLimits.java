package io.meshgov.read;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How much of a file meshgov reads before refusing it, so that a hostile or broken file is refused quickly, in
 * bounded memory, with a located message, instead of holding up a publish gate.
 *
 * <p>Each limit is checked before the work it bounds, and a file that crosses one is a
 * {@link io.meshgov.DescriptorException} that names the limit, the line and column where it was crossed, and how to
 * raise it. The defaults read every published contract with room to spare (the largest published example, about
 * 480 columns, is 188 KB and 11,521 values; the deepest nests 10 levels). See {@code docs/reading.md}.
 *
 * @param maxFileBytes  bytes in one file ({@code fileBytes}; default 4 MiB)
 * @param maxTextLength characters in one text value or key ({@code textLength}; default 262,144)
 * @param maxDepth      how deep objects and lists nest ({@code depth}; default 64)
 * @param maxValues     values in the document as read, counting every value an alias or merge key repeats
 *                      ({@code values}; default 200,000)
 * @param maxAliases    YAML aliases ({@code *name}) in one document ({@code aliases}; default 1,000)
 */
@API(status = STABLE, since = "0.1.0")
public record ReadLimits(long maxFileBytes, int maxTextLength, int maxDepth, int maxValues, int maxAliases) {

    /** The names the command line's {@code --limit NAME=VALUE} takes, in the order of this record's fields. */
    public static final List<String> NAMES = List.of("fileBytes", "textLength", "depth", "values", "aliases");

    private static final ReadLimits DEFAULTS = new ReadLimits(4L * 1024 * 1024, 262_144, 64, 200_000, 1_000);

    public ReadLimits {
        positive("fileBytes", maxFileBytes);
        positive("textLength", maxTextLength);
        positive("depth", maxDepth);
        positive("values", maxValues);
        if (maxAliases < 0) {
            throw new IllegalArgumentException("aliases must be 0 or more but was " + maxAliases);
        }
    }

    /** The defaults described above. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxTextLength, maxDepth, maxValues, maxAliases);
    }

    public ReadLimits withMaxTextLength(int characters) {
        return new ReadLimits(maxFileBytes, characters, maxDepth, maxValues, maxAliases);
    }

    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxFileBytes, maxTextLength, depth, maxValues, maxAliases);
    }

    public ReadLimits withMaxValues(int values) {
        return new ReadLimits(maxFileBytes, maxTextLength, maxDepth, values, maxAliases);
    }

    public ReadLimits withMaxAliases(int aliases) {
        return new ReadLimits(maxFileBytes, maxTextLength, maxDepth, maxValues, aliases);
    }

    /**
     * These limits with one changed by its name ({@code depth}, ...), as the command line's {@code --limit} sets it;
     * throws {@link IllegalArgumentException} naming the known limits for an unknown name or a bad number.
     */
    public ReadLimits with(String name, long value) {
        return switch (name) {
            case "fileBytes" -> withMaxFileBytes(value);
            case "textLength" -> withMaxTextLength(asInt(name, value));
            case "depth" -> withMaxDepth(asInt(name, value));
            case "values" -> withMaxValues(asInt(name, value));
            case "aliases" -> withMaxAliases(asInt(name, value));
            default -> throw new IllegalArgumentException("unknown read limit \"" + name + "\"; the limits are "
                    + String.join(", ", NAMES));
        };
    }

    private static int asInt(String name, long value) {
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE + " but was " + value);
        }
        return (int) value;
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
        }
    }
}
