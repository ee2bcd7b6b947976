package io.meshgov.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.util.List;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scope patterns: {@code *} any run, {@code ?} one character, everything else literal (brackets, dots). */
class ScopeTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "IOP-*                          | IOP-004                                              | true",
        "IOP-*                          | META-001                                             | false",
        "META-00?                       | META-001                                             | true",
        "META-00?                       | META-0012                                            | false",
        "schema[orders].properties[*]   | schema[orders].properties[email]                     | true",
        "schema[orders].properties[*]   | schema[orders].properties[email].classification      | false",
        "schema[orders].properties[*]*  | schema[orders].properties[email].classification      | true",
        "*/logistics/*.yaml             | descriptors/logistics/shipments.yaml                 | true",
        "a*b*c                          | aXbYbZc                                              | true",
        "a*b*c                          | aXbYbZ                                               | false",
        "a.b                            | aXb                                                  | false",
    })
    void patterns_matchWholeTexts(String pattern, String text, boolean matches) {
        assertEquals(matches, Scope.matches(pattern, text));
    }

    @Test
    void aDescriptorWithoutADomainOrTags_isNotCoveredByAScopeNamingThem_andNothingThrows() {
        Descriptor noDomain = DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: x\n", "x.yaml",
                DescriptorFormat.YAML);
        Scope payments = new Scope(List.of("payments"), List.of(), List.of(), List.of(), List.of());
        Scope tagged = new Scope(List.of(), List.of(), List.of(), List.of("finance"), List.of());
        assertFalse(payments.covers(noDomain));
        assertFalse(tagged.covers(noDomain));
        assertTrue(Scope.everywhere().covers(noDomain));
    }
}
