package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A place where a descriptor departs from the official JSON Schema of the version it declares: a misspelt or
 * unknown key, a field of a later version, a value of the wrong type or outside the standard's values. The file was
 * still read; the standard pack reports each as IOP-011, located at its line, and a council may raise its
 * severity. Read from {@link Origin#deviations()}.
 *
 * @param path    where, as a document path with indexes ({@code schema[0].properties[1].classificaton})
 * @param keyword the schema keyword that failed ({@code additionalProperties}, {@code type}, {@code enum}...)
 * @param message what is wrong and how to fix it, never quoting the file's value
 */
@API(status = STABLE, since = "0.1.0")
public record SchemaDeviation(String path, String keyword, String message) implements DescriptorElement {

    public SchemaDeviation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
    }
}
