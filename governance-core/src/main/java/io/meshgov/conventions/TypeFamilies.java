package io.meshgov.conventions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which physical types store which logical types. Only clear contradictions count: a physical type that is not
 * in any family here (a vendor type, a typo) is never reported, so the rule stays free of false alarms.
 */
final class TypeFamilies {

    private static final Map<String, List<String>> FAMILIES = Map.of(
            "text", List.of("varchar", "char", "nvarchar", "nchar", "text", "string", "clob", "character",
                    "character varying", "uuid", "citext", "longtext", "mediumtext", "tinytext", "bpchar"),
            "integer", List.of("int", "integer", "bigint", "smallint", "tinyint", "int2", "int4", "int8", "int16",
                    "int32", "int64", "long", "short", "byte", "serial", "bigserial"),
            "decimal", List.of("decimal", "numeric", "number", "double", "double precision", "float", "float4",
                    "float8", "real", "money", "float32", "float64", "bignumeric"),
            "date", List.of("date"),
            "timestamp", List.of("timestamp", "timestamptz", "datetime", "datetime2", "timestamp_ntz",
                    "timestamp_ltz", "timestamp_tz", "smalldatetime", "datetimeoffset"),
            "time", List.of("time", "timetz"),
            "boolean", List.of("boolean", "bool", "bit"),
            "array", List.of("array", "list"),
            "object", List.of("struct", "record", "map", "json", "jsonb", "object", "variant", "super", "row"));

    /** For each logical type, the physical families that can hold it. */
    private static final Map<String, List<String>> ACCEPTED = Map.of(
            "string", List.of("text"),
            "integer", List.of("integer", "decimal"),
            "number", List.of("decimal", "integer"),
            "date", List.of("date", "timestamp", "text"),
            "timestamp", List.of("timestamp", "text"),
            "time", List.of("time", "text"),
            "boolean", List.of("boolean", "integer"),
            "array", List.of("array", "object"),
            "object", List.of("object", "text"),
            "map", List.of("object", "text"));
    /** ODCS v3.0's {@code date} is every temporal type: v3.1 split off {@code time} and {@code timestamp}. */
    private static final List<String> DATE_BEFORE_V3_1 = List.of("date", "timestamp", "time", "text");

    private static final Map<String, String> FAMILY_OF_TYPE = familyOfType();

    private TypeFamilies() {
    }

    /** Whether the physical type contradicts the logical type in {@code apiVersion}, or in the latest ODCS when null. */
    static boolean contradicts(String logicalType, String physicalType, String apiVersion) {
        if (logicalType == null || physicalType == null) {
            return false;
        }
        String logical = logicalType.toLowerCase(Locale.ROOT);
        List<String> accepted = logical.equals("date") && apiVersion != null && apiVersion.startsWith("v3.0.")
                ? DATE_BEFORE_V3_1 : ACCEPTED.get(logical);
        String family = familyOf(physicalType);
        return accepted != null && family != null && !accepted.contains(family);
    }

    /** {@code time} or {@code timestamp} when the physical type stores one of them; otherwise {@code null}. */
    static String temporalFamilyOf(String physicalType) {
        String family = physicalType == null ? null : familyOf(physicalType);
        return "time".equals(family) || "timestamp".equals(family) ? family : null;
    }

    private static final java.util.regex.Pattern TIME_ZONE = java.util.regex.Pattern.compile("\\s+with(out)? time zone");

    private static String familyOf(String physicalType) {
        String base = physicalType.toLowerCase(Locale.ROOT).strip();
        if (base.endsWith("[]") || base.startsWith("array<") || base.startsWith("list<")) {
            return "array";
        }
        if (base.startsWith("struct<") || base.startsWith("map<")) {
            return "object";
        }
        int parenthesis = base.indexOf('(');
        if (parenthesis >= 0) {
            base = base.substring(0, parenthesis);
        }
        if (base.contains(" time zone")) {
            base = TIME_ZONE.matcher(base).replaceAll("");
        }
        base = base.strip();
        return FAMILY_OF_TYPE.get(base);
    }

    /** Each physical type to its family; a type in two families would make the answer depend on map order. */
    private static Map<String, String> familyOfType() {
        Map<String, String> families = new HashMap<>();
        FAMILIES.forEach((family, types) -> types.forEach(type -> {
            String other = families.put(type, family);
            if (other != null) {
                throw new IllegalStateException(type + " is in the families " + other + " and " + family);
            }
        }));
        return Map.copyOf(families);
    }
}
