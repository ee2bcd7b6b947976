package io.meshgov.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A data product that consumes the data contract being judged, as the run's catalog knows it; the rules see all of
 * them together as {@link Consumers}.
 *
 * @param productId the product's id
 * @param version   the product's version
 * @param domain    the product's domain, or {@code null}
 * @param owner     who answers for the product: its team members in an owner role, by username (or name);
 *                  {@code null} when it names none
 * @param source    the file the catalog read the product from
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Consumer(String productId, String version, String domain, String owner, String source) {

    /** Whether the product belongs to another domain than {@code domain}. */
    public boolean isOutside(String domain) {
        return this.domain == null ? domain != null : !this.domain.equals(domain);
    }

    /** {@code "marketing/campaign-audience (owner: alice)"}. */
    public String describe() {
        return (domain == null || domain.isBlank() ? "" : domain + "/") + productId
                + (owner == null ? "" : " (owner: " + owner + ")");
    }
}
