package io.meshgov.conventions;

import io.meshgov.model.Descriptor;
import java.util.List;

/** Where, besides a team member with an owner role, a descriptor names its owner ({@code ownerAlsoNamedBy}). */
final class OwnerPlaces {

    private final List<String> accepted;
    private final List<String> ownerProperties;

    OwnerPlaces(ConventionSettings settings) {
        accepted = settings.ownerAlsoNamedBy();
        ownerProperties = settings.ownerProperties();
    }

    boolean namedOutsideTheMembers(Descriptor descriptor) {
        return accepted.contains("teamName") && namedTeam(descriptor) != null
                || accepted.contains("ownerProperty") && ownerProperty(descriptor) != null;
    }

    String namedElsewhere(Descriptor descriptor) {
        String team = namedTeam(descriptor);
        if (team != null) {
            return "; team '" + (team.length() <= 60 ? team : team.substring(0, 57) + "...")
                    + "' is named, but not who in it is accountable";
        }
        String property = ownerProperty(descriptor);
        if (property != null) {
            return "; the custom property '" + property + "' names an owner, but ODCS and ODPS name owners as team"
                    + " members with an owner role";
        }
        return "";
    }

    private static String namedTeam(Descriptor descriptor) {
        return descriptor.team() != null && descriptor.team().name() != null && !descriptor.team().name().isBlank()
                ? descriptor.team().name().strip() : null;
    }

    private String ownerProperty(Descriptor descriptor) {
        for (String property : ownerProperties) {
            Object value = descriptor.customProperty(property);
            if (value != null && !String.valueOf(value).isBlank()) {
                return property;
            }
        }
        return null;
    }
}
