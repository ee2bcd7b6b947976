package io.meshgov.read;

import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import java.util.List;

/**
 * Descriptor formats that are not ODCS v3 or ODPS, told by a key only they have: each is named, with what to do,
 * instead of being read as an empty ODCS contract (every field missing) or refused with "kind: missing" — advice
 * that, followed, would only give a silent misreading.
 */
final class ForeignFormats {

    private record Format(String key, String name, String advice) {
    }

    private static final List<Format> FORMATS = List.of(
            new Format("dataContractSpecification", "a Data Contract Specification file (datacontract.com)",
                    "convert it to ODCS v3 with datacontract-cli, e.g. 'datacontract export odcs datacontract.yaml --output"
                            + " datacontract.odcs.yaml'"),
            new Format("dataProductSpecification", "a Data Mesh Manager data product (dataProductSpecification)",
                    "describe the product in ODPS, or its datasets as ODCS v3 contracts"),
            new Format("dataProductDescriptor", "an Open Data Mesh descriptor (dataProductDescriptor)",
                    "describe the product in ODPS, or its datasets as ODCS v3 contracts"),
            new Format("componentIdToProvision", "a Witboost provisioning descriptor (componentIdToProvision)",
                    "give meshgov the ODCS contract or ODPS product the component publishes"),
            new Format("datasetName", "an ODCS v2 contract (datasetName)",
                    "migrate it to ODCS v3 (v2's dataset becomes v3's schema)"),
            new Format("quantumName", "an ODCS v2 contract (quantumName)",
                    "migrate it to ODCS v3 (v2's dataset becomes v3's schema)"));

    private ForeignFormats() {
    }

    /** Other formats a file named by mistake is often in: told apart by their own keys, for the refusal's words. */
    private record Other(String name, java.util.function.Predicate<Node.Mapping> matches) {
    }

    private static final List<Other> OTHERS = List.of(
            new Other("an OpenAPI description", root -> has(root, "openapi") || has(root, "swagger")),
            new Other("an AsyncAPI description", root -> has(root, "asyncapi")),
            new Other("a JSON Schema", root -> has(root, "$schema") && !has(root, "kind")),
            new Other("a Kubernetes manifest", root -> has(root, "kind") && has(root, "metadata")
                    && text(root, "apiVersion").contains("/") || has(root, "kind") && has(root, "spec")
                    && has(root, "metadata")),
            new Other("a Helm chart's Chart.yaml", root -> "v2".equals(text(root, "apiVersion")) && has(root, "name")
                    && (has(root, "appVersion") || has(root, "dependencies") || has(root, "type"))),
            new Other("a GitHub Actions workflow", root -> has(root, "jobs") && (has(root, "on") || has(root, "true"))),
            new Other("a Docker Compose file", root -> has(root, "services") && !has(root, "kind")),
            new Other("a dbt properties file", root -> "2".equals(text(root, "version"))
                    && (has(root, "models") || has(root, "sources") || has(root, "seeds"))),
            new Other("an Avro schema", root -> "record".equals(text(root, "type")) && has(root, "fields")));

    /**
     * What a file without an ODCS or ODPS kind is, in words for the refusal: {@code it looks like an OpenAPI
     * description}, or its top-level keys ({@code its top-level keys are name, models}).
     */
    static String describeOther(Node.Mapping root) {
        for (Other other : OTHERS) {
            if (other.matches().test(root)) {
                return "it looks like " + other.name() + ", not a data contract or data product";
            }
        }
        List<String> keys = root.members().keySet().stream().limit(6).map(Quoting::key).toList();
        return keys.isEmpty() ? "the file is an empty object"
                : "its top-level keys are " + String.join(", ", keys) + (root.members().size() > 6 ? ", ..." : "");
    }

    /** Whether the file is one of the other formats above (an OpenAPI description, a Kubernetes manifest ...). */
    static boolean isOtherFormat(Node.Mapping root) {
        return OTHERS.stream().anyMatch(other -> other.matches().test(root));
    }

    private static boolean has(Node.Mapping root, String key) {
        return root.members().containsKey(key);
    }

    private static String text(Node.Mapping root, String key) {
        Node.Member member = root.members().get(key);
        return member != null && member.value() instanceof Node.Scalar scalar ? scalar.text() : "";
    }

    /** The problem naming the file's format when it is one of the above, whatever its kind says; else null. */
    static Problem recognize(Node.Mapping root) {
        for (Format format : FORMATS) {
            Node.Member member = root.members().get(format.key());
            if (member != null) {
                return Problem.error(Code.NOT_A_DESCRIPTOR, member.keyLocation(), "", "this is " + format.name()
                        + "; meshgov reads ODCS v3 data contracts and ODPS data products: " + format.advice());
            }
        }
        return null;
    }
}
