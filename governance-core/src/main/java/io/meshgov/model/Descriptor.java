package io.meshgov.model;

import java.util.List;

/** A document the engine judges: a data contract or a data product. */
public sealed interface Descriptor extends DescriptorElement permits DataContract, DataProduct {

    DescriptorKind kind();

    /** The standard's version the file declares, such as {@code v3.1.0}. */
    String apiVersion();

    String id();

    String name();

    /** The descriptor's own version, as written ({@code 1.1.0}). */
    String version();

    /** Lifecycle status, as written ({@code draft}, {@code active}, {@code deprecated}, {@code retired}...). */
    String status();

    String domain();

    /** Purpose, usage and limitations; {@code null} when the file has none. */
    Description description();

    /** The people behind it; {@code null} when the file names none. */
    Team team();

    List<String> tags();

    List<CustomProperty> customProperties();

    Origin origin();

    /** The text of the custom property with this name (ignoring case), or {@code null}. */
    default String customProperty(String name) {
        for (CustomProperty property : customProperties()) {
            if (property.property().equalsIgnoreCase(name)) {
                return property.text();
            }
        }
        return null;
    }

    /** The descriptor itself and every element in it, in document order: the facts a rule engine matches. */
    List<DescriptorElement> elements();

    @Override
    default String path() {
        return "";
    }
}
