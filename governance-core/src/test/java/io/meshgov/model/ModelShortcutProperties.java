package io.meshgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The model's hand-written checks, which rules call on every descriptor, agree with the plain definitions they replace. */
class ModelShortcutProperties {

    /** The regular expression semver.org gives for Semantic Versioning 2.0.0. */
    private static final Pattern SEMANTIC_VERSION = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

    @Provide
    Arbitrary<String> versions() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(3),
                Arbitraries.of(".", "-", "+", "v", " ", "a", "Z", "rc.1", "٣", "_", "é"));
        Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.integers().between(0, 120).map(String::valueOf),
                Arbitraries.of("00", "01", "99999999999999999999999"));
        Arbitrary<String> nearlySemantic = Combinators.combine(numbers, numbers, numbers,
                Arbitraries.of("", "-rc.1", "+build.7", "-", "+", "-a_b", " ", ".4", "-rc.01", "+build.01", "-0",
                        "-alpha-1.x", "-rc..1", "+b+c", "-rc.1+b.7", "0", "-0a"))
                .as((major, minor, patch, suffix) -> major + "." + minor + "." + patch + suffix);
        return Arbitraries.oneOf(nearlySemantic, pieces.list().ofMaxSize(9).map(list -> String.join("", list)));
    }

    @Property(tries = 2000)
    void hasSemanticVersion_agreesWithSemverOrgsPattern(@ForAll("versions") String version) {
        boolean semantic = SEMANTIC_VERSION.matcher(version).matches();
        Statistics.collect(semantic);
        Statistics.coverage(coverage -> {
            coverage.check(true).percentage(share -> share > 20);
            coverage.check(false).percentage(share -> share > 20);
        });
        assertEquals(semantic, contractWithVersion(version).hasSemanticVersion(),
                version);
    }

    @Property
    void propertiesRepeatingAnEarlierName_areTheSecondAndLaterUsesOfAName(
            @ForAll("names") List<String> names) {
        List<SchemaProperty> properties = new ArrayList<>();
        for (String name : names) {
            properties.add(property(name));
        }
        SchemaObject object = new SchemaObject("schema[t]", null, "t", null, null, null, null, null, null, null,
                properties, null, null, null, null, null);
        Set<String> seen = new HashSet<>();
        List<SchemaProperty> expected = properties.stream()
                .filter(property -> property.name() != null && !seen.add(property.name())).toList();
        assertEquals(expected, object.propertiesRepeatingAnEarlierName());
    }

    @Provide
    Arbitrary<List<String>> names() {
        // Few distinct names, so that repeats are common; sizes on both sides of the pairwise limit.
        return Arbitraries.of("id", "name", "email", "amount").injectNull(0.1).list().ofMaxSize(80);
    }

    private static DataContract contractWithVersion(String version) {
        return new DataContract("v3.1.0", "c", null, version, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, Map.of(), null);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("schema[t]", ".properties[a]", ".properties[a.b]", ".properties[ab]", ".items", ".", "[",
                "]", "a").list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    /** {@code isInside}, which the classification rule asks of every pair, means "starts with the path and a dot". */
    @Property(tries = 2000)
    void isInside_agreesWithStartsWithThePathAndADot(@ForAll("paths") String path, @ForAll("paths") String enclosing) {
        SchemaProperty property = new SchemaProperty(path, "t", null, "p", null, null, null, null, null, false, false,
                false, null, false, false, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(path.startsWith(enclosing + "."), property.isInside(enclosing), path + " in " + enclosing);
    }

    private static SchemaProperty property(String name) {
        return new SchemaProperty("schema[t].properties[" + name + "]", "t", null, name, null, null, null, null, null,
                false, false, false, null, false, false, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}
