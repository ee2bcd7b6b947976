package io.meshgov.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Navigation in a descriptor held as a plain YAML tree, for tests that build and change contracts. */
final class ContractTrees {

    private ContractTrees() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Object> members(Map<String, Object> contract) {
        return (List<Object>) map(contract, "team").get("members");
    }

    @SuppressWarnings("unchecked")
    static List<Object> slaList(Map<String, Object> contract) {
        return (List<Object>) contract.get("slaProperties");
    }

    /** The SLA property with this name. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> sla(Map<String, Object> contract, String property) {
        return (Map<String, Object>) slaList(contract).stream()
                .filter(p -> property.equals(((Map<?, ?>) p).get("property"))).findFirst().orElseThrow();
    }

    /** A new, described, classified string property, as a later version adds it. */
    static Map<String, Object> newProperty(String name, boolean required) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("logicalType", "string");
        property.put("description", "Added in the new version.");
        property.put("classification", "internal");
        property.put("required", required);
        return property;
    }
}
