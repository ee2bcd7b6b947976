package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A member of a descriptor's team. {@code role} is free text in the standards ("owner", "Data Product Owner",
 * "dpo"); {@code dateOut} set means the person has left the role.
 */
@API(status = STABLE, since = "0.1.0")
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
