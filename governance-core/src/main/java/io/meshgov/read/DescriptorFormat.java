package io.meshgov.read;

import java.util.Locale;
import java.util.Optional;

/** The syntaxes a descriptor can be written in. */
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
