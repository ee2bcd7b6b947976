package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The people behind a descriptor. ODCS v3.1 writes {@code team} as an object with {@code members}; v3.0 wrote
 * only the list of members, read here as a team without a name.
 */
@API(status = STABLE, since = "0.1.0")
public record Team(String path, String name, String description, List<TeamMember> members, List<String> tags,
                   Map<String, Object> extensions) implements DescriptorElement {

    public Team {
        members = Frozen.list(members);
        tags = Frozen.list(tags);
        extensions = Frozen.map(extensions);
    }
}
