package io.meshgov.policy;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A council pack, a payments pack and a policy of three layers, written to a folder as a team would keep them. */
final class PolicyFixture {

    static final String COUNCIL_DRL = """
            package council;

            import io.meshgov.conventions.Conventions;
            import io.meshgov.model.DataContract;
            import io.meshgov.model.SchemaProperty;

            global io.meshgov.decision.Findings findings;

            rule "CNC-001 contracts are described"
                @id("CNC-001") @severity("ERROR") @remediation("Add a description.")
            when
                $c : DataContract( description == null )
            then
                findings.report($c, "description", "the contract has no description");
            end

            rule "CNC-002 properties are described"
                @id("CNC-002") @severity("WARNING")
            when
                $p : SchemaProperty( description == null )
            then
                findings.report($p, "description", "property '" + $p.name() + "' has no description");
            end

            rule "CNC-003 property names follow the naming convention"
                @id("CNC-003") @severity("ERROR")
            when
                $conventions : Conventions()
                $p : SchemaProperty( !$conventions.followsPropertyNaming(name) )
            then
                findings.report($p, "name", "'" + $p.name() + "' is not " + $conventions.propertyNaming());
            end

            rule "CNC-004 contracts are tagged"
                @id("CNC-004") @severity("ERROR")
            when
                $c : DataContract( tags.isEmpty() )
            then
                findings.report($c, "tags", "the contract has no tags");
            end
            """;

    static final String PAYMENTS_DRL = """
            package payments;

            import io.meshgov.model.SchemaProperty;

            global io.meshgov.decision.Findings findings;

            rule "PAY-101 amounts are not floating point"
                @id("PAY-101") @severity("ERROR")
            when
                $p : SchemaProperty( physicalType == "double" )
            then
                findings.report($p, "physicalType", "'" + $p.name() + "' is a double");
            end
            """;

    static final String POLICY = """
            policy: test-governance
            version: "7"
            waiverWarningDays: 14
            layers:
              - name: council
                packs:
                  - folder: council
                    version: 2.0.0
                locked: [CNC-001, CNC-002]
                enforcement:
                  - rule: CNC-001
                    level: hard-mandatory
                  - rule: CNC-004
                    level: advisory
                    until: 2027-01-01
                    then: soft-mandatory
              - name: payments
                extends: council
                domain: payments
                packs:
                  - folder: payments
                conventions:
                  propertyNaming: camelCase
                overrides:
                  - rule: CNC-002
                    severity: ERROR
                waivers:
                  - id: WVR-1
                    rule: PAY-101
                    where: {descriptors: [settlements], paths: ["schema[settlements].properties[fee]*"]}
                    justification: fees move to decimal with the Q1 migration
                    owner: payments-data
                    approver: governance-council
                    expires: 2027-03-31
                  - id: WVR-2
                    rule: PAY-101
                    where: {descriptors: [settlements], paths: ["*properties[rate]*"]}
                    justification: rates are being reviewed
                    owner: payments-data
                    approver: governance-council
                    expires: 2026-12-10
              - name: logistics
                extends: council
                domain: logistics
                overrides:
                  - rule: CNC-002
                    severity: ERROR
                    where: {tags: [strict]}
                waivers:
                  - id: WVR-3
                    rule: CNC-003
                    where: {descriptors: [shipments]}
                    justification: names come from the carrier's feed
                    owner: logistics-data
                    approver: governance-council
                    expires: 2026-11-30
                  - id: WVR-4
                    rule: CNC-004
                    where: {descriptors: [no-such-contract]}
                    justification: kept by mistake
                    owner: logistics-data
                    approver: governance-council
                    expires: 2027-06-30
            """;

    static final String SETTLEMENTS = """
            apiVersion: v3.1.0
            kind: DataContract
            id: settlements
            domain: payments
            tags: [finance]
            description:
              purpose: Settled card payments.
            schema:
              - name: settlements
                properties:
                  - name: settlementId
                    description: Settlement id.
                  - name: fee
                    physicalType: double
                    description: Fee charged.
                  - name: rate
                    physicalType: double
                    description: Exchange rate.
                  - name: amount
                    physicalType: double
                    description: Amount settled.
            """;

    static final String SHIPMENTS = """
            apiVersion: v3.1.0
            kind: DataContract
            id: shipments
            domain: logistics
            schema:
              - name: shipments
                properties:
                  - name: shipmentId
                    physicalType: double
                  - name: carrier_code
                    description: Carrier.
            """;

    private PolicyFixture() {
    }

    /** Writes the packs and the policy into {@code folder}; returns the policy file. */
    static Path write(Path folder, String policy) {
        try {
            Files.createDirectories(folder.resolve("council"));
            Files.createDirectories(folder.resolve("payments"));
            Files.writeString(folder.resolve("council/council.drl"), COUNCIL_DRL);
            Files.writeString(folder.resolve("payments/payments.drl"), PAYMENTS_DRL);
            Path file = folder.resolve("governance.yaml");
            Files.writeString(file, policy);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes each descriptor as {@code 0.yaml}, {@code 1.yaml}... into {@code folder}; returns the folder. */
    static Path writeDescriptors(Path folder, String... yamls) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < yamls.length; i++) {
                Files.writeString(folder.resolve(i + ".yaml"), yamls[i]);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GovernanceEngine engine(Path policyFile, String date) {
        return GovernanceEngine.builder().policy(PolicyReader.read(policyFile)).clock(on(date)).build();
    }

    static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static Descriptor descriptor(String yaml, String source) {
        return DescriptorReader.read(yaml, source, DescriptorFormat.YAML);
    }
}
