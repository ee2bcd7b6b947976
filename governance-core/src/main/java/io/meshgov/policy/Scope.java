package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.model.Descriptor;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where a layer, an override or a waiver applies. Each list that is not empty must match (a descriptor of one of
 * the {@code domains} <em>and</em> carrying one of the {@code tags}...); an empty scope applies everywhere.
 * Patterns use {@code *} for any run of characters and {@code ?} for one; nothing else is special, so the
 * brackets of an element path ({@code schema[orders].properties[*]}) are written as they are.
 *
 * @param domains     the descriptor's {@code domain}, exactly
 * @param descriptors patterns of the descriptor's {@code id}
 * @param files       patterns of the file the descriptor was read from, as named to the engine
 * @param tags        a tag the descriptor carries, exactly
 * @param paths       patterns of the finding's element path; only overrides and waivers, which judge findings, use it
 */
@API(status = STABLE, since = "0.1.0")
public record Scope(List<String> domains, List<String> descriptors, List<String> files, List<String> tags,
                    List<String> paths) {

    private static final Scope EVERYWHERE = new Scope(List.of(), List.of(), List.of(), List.of(), List.of());

    public Scope {
        domains = List.copyOf(domains);
        descriptors = List.copyOf(descriptors);
        files = List.copyOf(files);
        tags = List.copyOf(tags);
        paths = List.copyOf(paths);
    }

    /** The scope that applies to every descriptor and every finding. */
    public static Scope everywhere() {
        return EVERYWHERE;
    }

    /**
     * Whether the descriptor is in scope, whatever the finding. A descriptor that lacks the value a list asks about
     * (no {@code domain}, no tags) is simply not covered by a scope that names domains or tags.
     */
    public boolean covers(Descriptor descriptor) {
        // List.copyOf lists throw on contains(null), and a descriptor without a domain is common (18 of the 20
        // published ODCS examples): test for the value first.
        String domain = descriptor.domain();
        return (domains.isEmpty() || domain != null && domains.contains(domain))
                && (descriptors.isEmpty() || matchesAny(descriptors, descriptor.id()))
                && (files.isEmpty() || matchesAny(files, descriptor.origin().source().replace('\\', '/')))
                && (tags.isEmpty() || descriptor.tags().stream().anyMatch(tag -> tag != null && tags.contains(tag)));
    }

    /** Whether a finding at {@code path} in the descriptor is in scope. */
    public boolean covers(Descriptor descriptor, String path) {
        return covers(descriptor) && (paths.isEmpty() || matchesAny(paths, path));
    }

    /** Whether the scope narrows anything. */
    public boolean isEverywhere() {
        return domains.isEmpty() && descriptors.isEmpty() && files.isEmpty() && tags.isEmpty() && paths.isEmpty();
    }

    private static boolean matchesAny(List<String> patterns, String text) {
        if (text == null) {
            return false;
        }
        for (String pattern : patterns) {
            if (matches(pattern, text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} matches a pattern: {@code *} any run of characters, {@code ?} one, the rest literal. */
    public static boolean matches(String pattern, String text) {
        // Runs for every finding against every override and waiver: a plain wildcard walk, no regex compiled.
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String toString() {
        if (isEverywhere()) {
            return "everywhere";
        }
        StringBuilder text = new StringBuilder();
        append(text, "domains", domains);
        append(text, "descriptors", descriptors);
        append(text, "files", files);
        append(text, "tags", tags);
        append(text, "paths", paths);
        return text.toString();
    }

    private static void append(StringBuilder text, String name, List<String> values) {
        if (!values.isEmpty()) {
            text.append(text.length() == 0 ? "" : " and ").append(name).append(' ').append(values);
        }
    }
}
