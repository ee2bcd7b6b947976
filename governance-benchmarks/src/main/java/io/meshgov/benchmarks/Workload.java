package io.meshgov.benchmarks;

import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic workload of synthetic ODCS v3.1 data contracts with a realistic shape: one to three schema
 * objects holding 5–40 properties in all (or a fixed count, for the scaling benchmarks), about 15% of them
 * personal data, and a share of each kind of defect the standard pack looks for — missing owners and
 * descriptions, unclassified or under-classified properties, bad names and types, SLA mistakes, lifecycle
 * mistakes, real-looking examples. The same seed always gives the same contracts, byte for byte.
 */
public final class Workload {

    /** The seed every benchmark and test uses unless it says otherwise. */
    public static final long SEED = 20261125L;

    private static final String[] WORDS = {"order", "customer", "account", "payment", "invoice", "shipment", "item",
            "product", "price", "amount", "currency", "status", "created", "updated", "region", "channel", "store",
            "quantity", "discount", "tariff", "carrier", "route", "warehouse", "batch", "score", "segment", "campaign"};
    private static final String[] SUFFIXES = {"id", "code", "at", "date", "count", "total", "name_text", "flag", "type"};
    private static final String[] PERSONAL = {"email", "phone_number", "first_name", "last_name", "date_of_birth",
            "iban", "ip_address", "street", "card_number", "passport_number"};
    private static final String[] LOGICAL = {"string", "integer", "number", "boolean", "date", "timestamp"};
    private static final String[] PHYSICAL = {"varchar(255)", "bigint", "decimal(18,2)", "boolean", "date", "timestamp"};
    private static final String[] DOMAINS = {"payments", "logistics", "marketing", "support", "finance", "sales"};
    private static final String[] LEVELS = {"public", "internal", "confidential", "restricted"};

    private Workload() {
    }

    /** {@code count} contracts of 5–40 properties each. */
    public static List<String> contracts(int count, long seed) {
        return contracts(count, seed, 5, 40);
    }

    /** {@code count} contracts of {@code minProperties}–{@code maxProperties} properties each. */
    public static List<String> contracts(int count, long seed, int minProperties, int maxProperties) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> contracts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            contracts.add(contract(i, random.split(), minProperties, maxProperties));
        }
        return contracts;
    }

    /** Writes each contract as {@code cNNNNNN.odcs.yaml} under {@code folder}; returns the files in order. */
    public static List<Path> write(List<String> contracts, Path folder) {
        try {
            Files.createDirectories(folder);
            List<Path> files = new ArrayList<>(contracts.size());
            for (int i = 0; i < contracts.size(); i++) {
                Path file = folder.resolve(String.format("c%06d.odcs.yaml", i));
                Files.writeString(file, contracts.get(i), StandardCharsets.UTF_8);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contracts as model objects, each named as its file would be. */
    public static List<Descriptor> read(List<String> contracts) {
        List<Descriptor> descriptors = new ArrayList<>(contracts.size());
        for (int i = 0; i < contracts.size(); i++) {
            descriptors.add(DescriptorReader.read(contracts.get(i), String.format("c%06d.odcs.yaml", i),
                    DescriptorFormat.YAML));
        }
        return descriptors;
    }

    private static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String contract(int index, SplittableRandom random, int minProperties, int maxProperties) {
        StringBuilder yaml = new StringBuilder(4096);
        String domain = pick(random, DOMAINS);
        String name = pick(random, WORDS) + "_" + pick(random, WORDS) + "_" + index;
        yaml.append("apiVersion: v3.1.0\nkind: DataContract\n");
        yaml.append("id: ").append(chance(random, 0.02) ? "Contract " + index : uuid(random)).append('\n');
        yaml.append("name: ").append(name).append('\n');
        yaml.append("version: ").append(chance(random, 0.02) ? "v" + (1 + random.nextInt(3)) : (1 + random.nextInt(3))
                + "." + random.nextInt(10) + "." + random.nextInt(10)).append('\n');
        String status = status(random);
        if (status != null) {
            yaml.append("status: ").append(status).append('\n');
        }
        if (!chance(random, 0.02)) {
            yaml.append("domain: ").append(domain).append('\n');
        }
        if (!chance(random, 0.02)) {
            yaml.append("description:\n");
            if (!chance(random, 0.02)) {
                yaml.append("  purpose: ").append(sentence(random, name)).append('\n');
            }
            if (!chance(random, 0.05)) {
                yaml.append("  usage: One row per ").append(pick(random, WORDS)).append(" and day.\n");
            }
            if (!chance(random, 0.06)) {
                yaml.append("  limitations: Internal analytics and operations only.\n");
            }
        }
        if (chance(random, 0.3)) {
            yaml.append("tags: [").append(domain).append(", ").append(pick(random, WORDS)).append("]\n");
        }
        team(yaml, random);
        boolean rolesDeclared = !chance(random, 0.04);
        if (rolesDeclared) {
            yaml.append("roles:\n  - role: ").append(domain).append("_analyst\n    access: ")
                    .append(chance(random, 0.05) ? "\"\"" : "read").append('\n');
        }
        if (!chance(random, 0.08)) {
            yaml.append("support:\n  - channel: \"#").append(domain).append("-data\"\n    tool: slack\n");
        }
        servers(yaml, random, domain);
        slas(yaml, random, status);
        StringBuilder schema = new StringBuilder(2048);
        boolean holdsPersonalData = schema(schema, random, minProperties + random.nextInt(maxProperties - minProperties + 1));
        String level = holdsPersonalData ? "restricted" : "internal";
        if (chance(random, 0.05)) {
            level = "public";
        }
        if (!chance(random, 0.08)) {
            yaml.append("customProperties:\n  - property: dataClassification\n    value: ").append(level).append('\n');
            if ("deprecated".equals(status)) {
                yaml.append("  - property: replacedBy\n    value: ").append(uuid(random)).append('\n');
                yaml.append("  - property: retirementDate\n    value: \"")
                        .append(chance(random, 0.3) ? "2026-07-01" : "2027-09-30").append("\"\n");
            }
        }
        return yaml.append(schema).toString();
    }

    private static String status(SplittableRandom random) {
        double roll = random.nextDouble();
        if (roll < 0.01) {
            return null;
        }
        if (roll < 0.02) {
            return "live";
        }
        if (roll < 0.12) {
            return "draft";
        }
        if (roll < 0.17) {
            return "deprecated";
        }
        if (roll < 0.19) {
            return "retired";
        }
        return "active";
    }

    private static void team(StringBuilder yaml, SplittableRandom random) {
        String owner = "user" + random.nextInt(500) + "@acme.example";
        boolean hasOwner = !chance(random, 0.03);
        boolean hasBackup = !chance(random, 0.06);
        if (!hasOwner && !hasBackup) {
            return;
        }
        yaml.append("team:\n  members:\n");
        if (hasOwner) {
            yaml.append("    - username: ").append(owner).append("\n      role: owner\n");
        }
        if (hasBackup) {
            String backup = chance(random, 0.04) ? owner : "user" + random.nextInt(500) + "@acme.example";
            yaml.append("    - username: ").append(backup).append("\n      role: ").append(chance(random, 0.5)
                    ? "backup owner" : "data steward").append('\n');
        }
        if (chance(random, 0.2)) {
            yaml.append("    - username: former").append(random.nextInt(50)).append("@acme.example\n")
                    .append("      role: owner\n      dateOut: \"2025-12-31\"\n");
        }
    }

    private static void servers(StringBuilder yaml, SplittableRandom random, String domain) {
        yaml.append("servers:\n  - server: ").append(domain).append("-warehouse\n    type: postgres\n    environment: ")
                .append(chance(random, 0.5) ? "prod" : "dev").append("\n    host: ").append(domain)
                .append(".db.example.com\n    port: 5432\n    database: ").append(domain).append("\n    schema: public\n");
    }

    private static void slas(StringBuilder yaml, SplittableRandom random, String status) {
        List<String> slas = new ArrayList<>();
        if (!chance(random, 0.1)) {
            if (chance(random, 0.04)) {
                slas.add("  - property: latency\n    value: 4\n");
            } else if (chance(random, 0.03)) {
                slas.add("  - property: latency\n    value: -2\n    unit: h\n");
            } else if (chance(random, 0.03)) {
                slas.add("  - property: latency\n    value: soon\n    unit: h\n");
            } else {
                slas.add("  - property: latency\n    value: " + (1 + random.nextInt(24)) + "\n    unit: "
                        + (chance(random, 0.03) ? "hours-ish" : "h") + "\n");
            }
        }
        if (!chance(random, 0.05)) {
            slas.add("  - property: retention\n    value: " + (1 + random.nextInt(7)) + "\n    unit: y\n");
        }
        if (chance(random, 0.5)) {
            slas.add("  - property: availability\n    value: " + (chance(random, 0.04) ? "120" : "99.9") + "\n    unit: percent\n");
        }
        if (chance(random, 0.1)) {
            slas.add("  - property: endOfLife\n    value: \"" + (chance(random, 0.4) ? "2025-01-31" : "2028-12-31") + "\"\n");
        }
        if (chance(random, 0.05)) {
            slas.add("  - property: latency\n    value: 2\n    unit: d\n    element: no_such_table.no_such_column\n");
        }
        if (!slas.isEmpty()) {
            yaml.append("slaProperties:\n");
            slas.forEach(yaml::append);
        }
    }

    /** Writes the schema; returns whether any property holds personal data. */
    private static boolean schema(StringBuilder yaml, SplittableRandom random, int properties) {
        boolean personal = false;
        int objects = 1 + random.nextInt(Math.min(3, Math.max(1, properties / 5)));
        yaml.append("schema:\n");
        Set<String> objectNames = new LinkedHashSet<>();
        for (int o = 0; o < objects; o++) {
            int count = o == objects - 1 ? properties - (properties / objects) * (objects - 1) : properties / objects;
            String objectName = pick(random, WORDS) + "s";
            while (!objectNames.add(objectName)) {
                objectName = objectName + "_" + o;
            }
            if (chance(random, 0.02)) {
                objectName = Character.toUpperCase(objectName.charAt(0)) + objectName.substring(1) + "Table";
            }
            yaml.append("  - name: ").append(objectName).append('\n');
            yaml.append("    physicalType: ").append(chance(random, 0.8) ? "table" : "view").append('\n');
            if (!chance(random, 0.04)) {
                yaml.append("    description: The ").append(objectName).append(" of the domain.\n");
            }
            boolean objectQuality = chance(random, 0.5);
            if (objectQuality) {
                yaml.append("    quality:\n      - metric: rowCount\n        mustBeGreaterThan: 0\n");
                if (chance(random, 0.05)) {
                    yaml.append("      - type: sql\n        description: a query nobody wrote\n");
                }
                if (chance(random, 0.05)) {
                    yaml.append("      - metric: nullValues\n        dimension: freshness-ish\n        mustBe: 0\n");
                }
            }
            yaml.append("    properties:\n");
            Set<String> names = new LinkedHashSet<>();
            for (int p = 0; p < count; p++) {
                personal |= property(yaml, random, names, p == 0, !objectQuality && p == 0 && !chance(random, 0.05));
            }
        }
        return personal;
    }

    /** Writes one property; returns whether it holds personal data. */
    private static boolean property(StringBuilder yaml, SplittableRandom random, Set<String> names, boolean first,
                                    boolean carriesQuality) {
        boolean personal = chance(random, 0.15);
        String name = personal ? pick(random, PERSONAL) : pick(random, WORDS) + "_" + pick(random, SUFFIXES);
        while (!names.add(name)) {
            name = name + "_" + names.size();
        }
        if (!personal && chance(random, 0.005)) {
            name = name.replace("_i", "I").replace("_c", "C").replace("_a", "A");
        }
        int type = random.nextInt(LOGICAL.length);
        yaml.append("      - name: ").append(name).append('\n');
        if (first) {
            yaml.append("        primaryKey: ").append(!chance(random, 0.05)).append('\n');
        }
        if (!chance(random, 0.005)) {
            yaml.append("        logicalType: ").append(chance(random, 0.003) ? "strng" : LOGICAL[type]).append('\n');
        }
        yaml.append("        physicalType: ").append(chance(random, 0.004) ? "boolean" : PHYSICAL[type]).append('\n');
        if (!chance(random, 0.01)) {
            yaml.append("        description: The ").append(name.replace('_', ' ')).append(".\n");
        }
        if (!chance(random, 0.003)) {
            String classification;
            if (personal) {
                classification = chance(random, 0.04) ? "internal" : chance(random, 0.5) ? "confidential" : "restricted";
            } else {
                classification = chance(random, 0.003) ? "top-secret" : LEVELS[random.nextInt(2)];
            }
            yaml.append("        classification: ").append(classification).append('\n');
        }
        if (personal && name.equals("email")) {
            yaml.append("        examples: [").append(chance(random, 0.1) ? "jane.doe@gmail.com" : "jane.doe@example.com")
                    .append("]\n");
        }
        if (chance(random, 0.003)) {
            yaml.append("        criticalDataElement: true\n");
        }
        if (carriesQuality) {
            yaml.append("        quality:\n          - metric: nullValues\n            mustBe: 0\n");
        }
        return personal;
    }

    private static String sentence(SplittableRandom random, String name) {
        return "The " + name.replace('_', ' ') + " records, kept for " + pick(random, DOMAINS) + " reporting.";
    }

    private static String uuid(SplittableRandom random) {
        return String.format("%08x-%04x-4%03x-8%03x-%012x", random.nextInt() & 0xffffffffL,
                random.nextInt(0x10000), random.nextInt(0x1000), random.nextInt(0x1000),
                random.nextLong() & 0xffffffffffffL);
    }
}
