package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** An ODCS {@code roles} entry: an access role consumers request, its access level and its approvers. */
@API(status = STABLE, since = "0.1.0")
public record AccessRole(String path, String role, String access, String description, String firstLevelApprovers,
                         String secondLevelApprovers, List<CustomProperty> customProperties,
                         Map<String, Object> extensions) implements DescriptorElement {

    public AccessRole {
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
