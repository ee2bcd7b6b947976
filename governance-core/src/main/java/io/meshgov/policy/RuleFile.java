package io.meshgov.policy;

import java.util.Objects;

/**
 * The text of one DRL file and the name problems and rule locations will use for it ({@code
 * standard/publish/owner.drl}, {@code rules/payments.drl}).
 */
public record RuleFile(String name, String text) {

    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (!name.endsWith(".drl")) {
            throw new IllegalArgumentException("a rule file name must end with .drl but was \"" + name + "\"");
        }
    }
}
