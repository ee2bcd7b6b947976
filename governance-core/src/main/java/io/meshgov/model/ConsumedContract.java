package io.meshgov.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A data contract the data product being judged consumes, as the run's catalog knows it: one for each contract id an
 * input port names ({@code contractId}) or an output port lists ({@code inputContracts}). Inserted only when the
 * engine judges with a catalog, so that a product judged alone is never blamed for what is unknown:
 * {@code ConsumedContract( !known )} means the catalog was given and lacks the contract.
 *
 * @param path           where the product names the contract: the port, or its {@code inputContracts} entry
 * @param field          the field holding the id there: {@code contractId} or {@code id}
 * @param contractId     the id the product names
 * @param known          whether the catalog holds a data contract with that id
 * @param status         the contract's lifecycle status (its newest version's), or {@code null} when unknown
 * @param domain         the contract's domain, or {@code null}
 * @param replacement    the contract's named replacement ({@code replacedBy}), or {@code null}
 * @param retirementDate the contract's retirement date as written, or {@code null}
 * @param source         the file the catalog read the contract from, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ConsumedContract(String path, String field, String contractId, boolean known, String status,
                               String domain, String replacement, String retirementDate, String source)
        implements DescriptorElement {

    /** The retirement date, when it is an ISO date; else {@code null}. */
    public java.time.LocalDate retirementDay() {
        return Values.date(retirementDate);
    }

    /** {@code "'payments-v2' (payments)"}: the contract as a finding names it. */
    public String describe() {
        return "'" + contractId + "'" + (domain == null || domain.isBlank() ? "" : " (" + domain + ")");
    }
}
