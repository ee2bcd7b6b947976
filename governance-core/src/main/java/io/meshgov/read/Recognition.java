package io.meshgov.read;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.Problem;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a YAML or JSON file holds, told by reading it as {@link DescriptorReader} does: a descriptor to judge,
 * another kind of file to skip, or a file that could not be read — and so could not be told apart.
 *
 * @param content  which of the three
 * @param problems why the file could not be read; empty unless {@code content} is {@link Content#UNREADABLE}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Recognition(Content content, List<Problem> problems) {

    /** The three answers. */
    public enum Content {
        /** A data contract or data product, ours or a foreign format's (which the reader then names): judge it. */
        DESCRIPTOR,
        /** Read whole, and not a descriptor in any of its documents: a CI workflow, a manifest, a package file. */
        OTHER,
        /** Not readable within the limits, and nothing in its text says it is a descriptor: not judged. */
        UNREADABLE
    }

    public Recognition {
        Objects.requireNonNull(content, "content");
        problems = List.copyOf(problems);
        if ((content == Content.UNREADABLE) == problems.isEmpty()) {
            throw new IllegalArgumentException("problems are given exactly when a file could not be read");
        }
    }

    static Recognition descriptor() {
        return new Recognition(Content.DESCRIPTOR, List.of());
    }

    static Recognition other() {
        return new Recognition(Content.OTHER, List.of());
    }
}
