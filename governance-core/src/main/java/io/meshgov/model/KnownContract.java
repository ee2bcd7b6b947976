package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A data contract the evaluation knows of besides the descriptor being judged — such as the contracts a data
 * product's ports reference, when they are evaluated in the same batch. Rules match it by id:
 * {@code KnownContract( id == $port.contractId, $contract : contract )}.
 */
@API(status = STABLE, since = "0.1.0")
public record KnownContract(DataContract contract) {

    public KnownContract {
        Objects.requireNonNull(contract, "contract");
    }

    public String id() {
        return contract.id();
    }

    public String version() {
        return contract.version();
    }
}
