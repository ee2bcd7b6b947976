package io.meshgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meshgov.Problem.Code;
import io.meshgov.Problem.Level;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem says what kind it is, so a tool can react to some kinds and not others. */
class ProblemCodesTest {

    private static final String FINDINGS = "package acme;\nglobal io.meshgov.decision.Findings findings;\n";

    private static List<Code> readingCodes(String text, DescriptorFormat format) {
        return assertThrows(DescriptorException.class, () -> DescriptorReader.read(text, "orders.yaml", format))
                .problems().stream().map(Problem::code).toList();
    }

    private static List<Code> buildingCodes(String drl) {
        return assertThrows(RuleCompilationException.class,
                () -> GovernanceEngine.builder().rulePack(RulePack.ofDrl("acme", drl)).build())
                .problems().stream().map(Problem::code).toList();
    }

    @Test
    void readingProblems_sayWhetherTheFileTheTextTheLimitsTheFormatOrAValueIsWrong(@TempDir Path folder) {
        assertEquals(List.of(Code.FILE), assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(folder.resolve("missing.yaml"))).problems().stream().map(Problem::code)
                .toList());
        assertEquals(List.of(Code.SYNTAX), readingCodes("kind: [DataContract", DescriptorFormat.YAML));
        assertEquals(List.of(Code.SYNTAX), readingCodes("{\"kind\": ", DescriptorFormat.JSON));
        assertEquals(List.of(Code.LIMIT), assertThrows(DescriptorException.class, () -> DescriptorReader.read(
                new ByteArrayInputStream("kind: DataContract\nid: x\n".getBytes(StandardCharsets.UTF_8)), "orders.yaml",
                DescriptorFormat.YAML, ReadLimits.defaults().with("values", 2))).problems().stream()
                .map(Problem::code).toList());
        assertEquals(List.of(Code.NOT_A_DESCRIPTOR), readingCodes("dataContractSpecification: 1.1.0\nid: orders\n",
                DescriptorFormat.YAML));
        assertEquals(List.of(Code.CONTENT), readingCodes("""
                apiVersion: v3.0.2
                kind: DataContract
                id: orders
                version: 1.0.0
                status: active
                schema: yes
                """, DescriptorFormat.YAML));
        assertEquals(List.of(Level.ERROR), readingLevels());
    }

    private static List<Level> readingLevels() {
        return assertThrows(DescriptorException.class, () -> DescriptorReader.read("kind: [", "orders.yaml",
                DescriptorFormat.YAML)).problems().stream().map(Problem::level).toList();
    }

    @Test
    void ruleProblems_sayWhetherTheSyntaxAMetadataAnIdOrTheCompilerIsWrong() {
        assertEquals(List.of(Code.RULE_SYNTAX), buildingCodes(FINDINGS + "rule \"a\" when then"));
        assertEquals(List.of(Code.RULE_CHECK), buildingCodes(FINDINGS + "rule \"a\" @severity(\"ERROR\")\n"
                + "when String() then end\n"));
        assertEquals(List.of(Code.RULE_ID), buildingCodes(FINDINGS
                + "rule \"a\" @id(\"ACME-001\") @severity(\"ERROR\") when String() then end\n"
                + "rule \"b\" @id(\"ACME-001\") @severity(\"ERROR\") when String() then end\n"));
        assertEquals(List.of(Code.RULE_COMPILE), buildingCodes(FINDINGS
                + "rule \"a\" @id(\"ACME-001\") @severity(\"ERROR\") when String() then int x = \"text\"; end\n"));
    }

    @Test
    void aPackageThatDoesNotMatchItsFolder_isAWarningOfTheRulePack(@TempDir Path folder) throws Exception {
        Path rules = Files.createDirectories(folder.resolve("payments"));
        Files.createDirectories(rules.resolve("orders"));
        Files.writeString(rules.resolve("orders/amounts.drl"), "package elsewhere;\n"
                + "rule \"a\" @id(\"ACME-001\") @severity(\"ERROR\") when String() then end\n");
        List<Problem> warnings = GovernanceEngine.builder().rulePack(RulePack.fromDirectory(rules)).build().warnings();
        assertEquals(List.of("rule-pack WARNING"), warnings.stream()
                .map(warning -> warning.code().id() + " " + warning.level()).toList());
    }

    @Test
    void everyCode_hasAStableKebabCaseName() {
        assertEquals(List.of("file", "syntax", "limit", "not-a-descriptor", "content", "rule-syntax", "rule-check",
                "rule-compile", "rule-id", "rule-restricted", "rule-pack", "policy", "case"),
                java.util.Arrays.stream(Code.values()).map(Code::id).toList());
    }
}
