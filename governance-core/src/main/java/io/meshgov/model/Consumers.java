package io.meshgov.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The data products that consume the data contract being judged, as the run's catalog knows them: one fact, inserted
 * only when the engine judges with a catalog and some product consumes the contract.
 * What a breaking change or a deletion reaches: {@code $consumers : Consumers( !isEmpty() )}.
 *
 * @param domain   the judged contract's domain, or {@code null}
 * @param products each consuming product, by source file
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Consumers(String domain, List<Consumer> products) {

    public Consumers {
        products = List.copyOf(products);
    }

    /** Whether no product of the catalog consumes the contract. */
    public boolean isEmpty() {
        return products.isEmpty();
    }

    /** How many products consume it, each counted once however many ports read it. */
    public int count() {
        return (int) products.stream().map(Consumer::describe).distinct().count();
    }

    /** Whether a product of another domain than the contract's consumes it. */
    public boolean reachOtherDomains() {
        return products.stream().anyMatch(product -> product.isOutside(domain));
    }

    /** The consuming products of other domains than the contract's. */
    public Consumers inOtherDomains() {
        return new Consumers(domain, products.stream().filter(product -> product.isOutside(domain)).toList());
    }

    /** {@code "marketing/campaigns (owner: mo.reyes), ..."}: each product once, sorted. */
    public String describe() {
        TreeSet<String> named = new TreeSet<>();
        products.forEach(product -> named.add(product.describe()));
        return String.join(", ", named);
    }

    @Override
    public String toString() {
        return Objects.toString(describe());
    }
}
