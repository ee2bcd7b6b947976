package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The text of one DRL file and the name problems and rule locations will use for it ({@code
 * standard/publish/owner.drl}, {@code rules/payments.drl}).
 */
@API(status = STABLE, since = "0.1.0")
public record RuleFile(String name, String text) {

    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (!name.endsWith(".drl")) {
            throw new IllegalArgumentException("a rule file name must end with .drl but was \"" + name + "\"");
        }
    }
}
