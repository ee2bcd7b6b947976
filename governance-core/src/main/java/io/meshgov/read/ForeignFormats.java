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
                    "convert it to ODCS v3, e.g. with 'datacontract export --format odcs'"),
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
