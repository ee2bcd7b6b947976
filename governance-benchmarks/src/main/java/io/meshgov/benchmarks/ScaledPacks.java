package io.meshgov.benchmarks;

import io.meshgov.policy.RuleFile;
import io.meshgov.policy.RulePack;
import io.meshgov.rules.StandardRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bigger rule packs for the scaling benchmarks: the standard pack's rules repeated {@code times} times, each copy in
 * its own DRL package with its own ids ({@code META_R2-001}) — as many real rules, doing real work, as a pack that
 * size would. Only the rules that judge descriptors are repeated; the evolution rules stay single (they judge
 * changes, which these benchmarks do not make).
 */
public final class ScaledPacks {

    private static final Pattern ID = Pattern.compile("@id\\(\"([A-Z]+)-([0-9]+)\"\\)");

    private ScaledPacks() {
    }

    /** The standard pack with its descriptor rules {@code times} times over ({@code 1} is the pack itself). */
    public static RulePack standardTimes(int times) {
        RulePack standard = StandardRules.pack();
        if (times == 1) {
            return standard;
        }
        List<RuleFile> files = new ArrayList<>(standard.files());
        for (int copy = 2; copy <= times; copy++) {
            for (RuleFile file : standard.files()) {
                if (file.name().contains("/evolution/")) {
                    continue;
                }
                files.add(new RuleFile(file.name().replace(".drl", "-r" + copy + ".drl"), copyOf(file.text(), copy)));
            }
        }
        return new RulePack("standard-x" + times, standard.version(), files);
    }

    /** A pack of exactly {@code count} rules (or the next multiple of the standard pack's descriptor rules above it). */
    public static RulePack ofAbout(int count) {
        int perCopy = (int) StandardRules.pack().files().stream().filter(file -> !file.name().contains("/evolution/"))
                .mapToLong(file -> file.text().lines().filter(line -> line.startsWith("rule ")).count()).sum();
        return standardTimes(Math.max(1, (count + perCopy - 1) / perCopy));
    }

    private static String copyOf(String drl, int copy) {
        String renamed = drl.replaceFirst("package ([a-z.]+);", "package $1.r" + copy + ";")
                .replaceAll("rule \"([A-Z]+)-", "rule \"$1_R" + copy + "-");
        Matcher ids = ID.matcher(renamed);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(out, "@id(\"" + ids.group(1) + "_R" + copy + "-" + ids.group(2) + "\")");
        }
        ids.appendTail(out);
        return out.toString();
    }
}
