package io.meshgov.model;

import java.util.Map;

/**
 * A member of a descriptor's team. {@code role} is free text in the standards ("owner", "Data Product Owner",
 * "dpo"); {@code dateOut} set means the person has left the role.
 */
public record TeamMember(String path, String username, String name, String role, String description,
                         String dateIn, String dateOut, String replacedByUsername, Map<String, Object> extensions)
        implements DescriptorElement {

    public TeamMember {
        extensions = Frozen.map(extensions);
    }

    /** Whether the member still holds the role: no {@code dateOut}. */
    public boolean isCurrent() {
        return dateOut == null || dateOut.isBlank();
    }
}
