package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.SourceLocation;
import io.meshgov.conventions.ConventionsOverlay;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One layer of a governance policy: the council's standard, an organisation's additions, a domain's own rules.
 * A layer applies to the descriptors its scope covers and that the layers it extends cover; its packs' rules
 * judge only those descriptors, and its conventions, overrides and enforcement stages apply only to them.
 *
 * @param name        unique in the policy
 * @param extendsFrom the layers it builds on: it applies only where they apply, after them
 * @param scope       which descriptors it applies to ({@code domains: [payments]} for a domain layer)
 * @param packs       the rule packs it adds
 * @param conventions the conventions it sets, each in place of the one beneath; {@link ConventionsOverlay#none()}
 *                    when none
 * @param locked      rule ids or patterns no other layer may disable, lower in severity or enforce less strictly
 * @param overrides   its changes to rules: disabled, or another severity, where their scope applies
 * @param enforcement its enforcement levels and staged roll-outs
 * @param waivers     the exceptions it grants
 * @param location    where the layer starts in the policy file
 * @param trusted     whether its packs may use all of DRL ({@code trusted: true}, for the council's own layers);
 *                    a restricted layer's packs may only read facts and report findings, each in a session of
 *                    their own (see {@code docs/trust.md})
 */
@API(status = STABLE, since = "0.1.0")
public record PolicyLayer(String name, List<String> extendsFrom, Scope scope, List<RulePack> packs,
                          ConventionsOverlay conventions, List<String> locked, List<RuleOverride> overrides,
                          List<EnforcementStage> enforcement, List<Waiver> waivers, SourceLocation location,
                          boolean trusted) {

    public PolicyLayer {
        Objects.requireNonNull(name, "name");
        extendsFrom = List.copyOf(extendsFrom);
        Objects.requireNonNull(scope, "scope");
        packs = List.copyOf(packs);
        conventions = conventions == null ? ConventionsOverlay.none() : conventions;
        locked = List.copyOf(locked);
        overrides = List.copyOf(overrides);
        enforcement = List.copyOf(enforcement);
        waivers = List.copyOf(waivers);
        Objects.requireNonNull(location, "location");
    }

    /** A restricted layer: what a policy file's layer is unless it says {@code trusted: true}. */
    public PolicyLayer(String name, List<String> extendsFrom, Scope scope, List<RulePack> packs,
                       ConventionsOverlay conventions, List<String> locked, List<RuleOverride> overrides,
                       List<EnforcementStage> enforcement, List<Waiver> waivers, SourceLocation location) {
        this(name, extendsFrom, scope, packs, conventions, locked, overrides, enforcement, waivers, location, false);
    }

    /** Whether the layer locks the rule with that id. */
    public boolean locks(String ruleId) {
        return locked.stream().anyMatch(pattern -> Scope.matches(pattern, ruleId));
    }
}
