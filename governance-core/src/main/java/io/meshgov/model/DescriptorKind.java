package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** The standards meshgov reads, told apart by a descriptor's {@code kind}. */
@API(status = STABLE, since = "0.1.0")
public enum DescriptorKind {
    /** Open Data Contract Standard (Bitol), {@code kind: DataContract}. */
    DATA_CONTRACT("DataContract", "Open Data Contract Standard", List.of("v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0", "v3.2.0")),
    /** Open Data Product Standard (Bitol), {@code kind: DataProduct}. */
    DATA_PRODUCT("DataProduct", "Open Data Product Standard", List.of("v0.9.0", "v1.0.0", "v1.1.0"));

    private final String kindName;
    private final String standard;
    private final List<String> apiVersions;

    DescriptorKind(String kindName, String standard, List<String> apiVersions) {
        this.kindName = kindName;
        this.standard = standard;
        this.apiVersions = apiVersions;
    }

    /** The value of {@code kind} in the file. */
    public String kindName() {
        return kindName;
    }

    /** The standard's full name. */
    public String standard() {
        return standard;
    }

    /** The values of {@code apiVersion} this release of meshgov reads. */
    public List<String> apiVersions() {
        return apiVersions;
    }
}
