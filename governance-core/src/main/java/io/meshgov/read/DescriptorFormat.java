package io.meshgov.read;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The syntaxes a descriptor can be written in. */
@API(status = STABLE, since = "0.1.0")
public enum DescriptorFormat {
    YAML("YAML"),
    JSON("JSON");

    private final String displayName;

    DescriptorFormat(String displayName) {
        this.displayName = displayName;
    }

    /** The name messages use: "YAML", "JSON". */
    public String displayName() {
        return displayName;
    }

    /** The format a file name's extension announces: {@code .yaml}, {@code .yml} or {@code .json}. */
    public static Optional<DescriptorFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
