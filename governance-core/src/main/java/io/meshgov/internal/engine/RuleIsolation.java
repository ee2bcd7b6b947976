package io.meshgov.internal.engine;

import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import java.util.List;
import java.util.UUID;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;

/**
 * Finds the rule behind a compiler crash. Drools' executable-model compiler sometimes throws instead of reporting
 * (a constraint its expression parser cannot read); the exception names no file. Compiling each rule alone, with
 * its file's package, imports and globals, finds the one that crashes, so the user gets its file and line.
 */
final class RuleIsolation {

    private RuleIsolation() {
    }

    static Problem locate(List<DrlChecker.Result> checked, RuntimeException crash, ClassLoader classLoader) {
        String reason = firstLine(crash);
        for (DrlChecker.Result result : checked) {
            String[] lines = result.file().text().split("\n", -1);
            String header = header(result, lines);
            for (RuleDescr rule : result.packageDescr().getRules()) {
                String alone = header + "\n" + slice(lines, rule.getLine(), rule.getEndLine());
                if (crashes(alone, result.packageDescr().getName(), classLoader)) {
                    return Problem.error(Code.RULE_COMPILE, new SourceLocation(result.file().name(), rule.getLine(), rule.getColumn() + 1),
                            "rule \"" + rule.getName() + "\"", "the Drools compiler cannot read this rule ("
                            + reason + "); check its constraints: a field named like a DRL keyword (such as unit)"
                            + " cannot be read by name; use a method of the fact instead");
                }
            }
        }
        return Problem.error(Code.RULE_COMPILE, new SourceLocation(checked.isEmpty() ? "rules" : checked.get(0).file().name(), 0, 0), "",
                "the Drools compiler failed: " + reason);
    }

    /** Everything before the file's first rule: package, imports, globals, declarations. */
    private static String header(DrlChecker.Result result, String[] lines) {
        int firstRule = result.packageDescr().getRules().stream().mapToInt(RuleDescr::getLine).min().orElse(lines.length + 1);
        return slice(lines, 1, firstRule - 1);
    }

    private static String slice(String[] lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int line = Math.max(from, 1); line <= Math.min(to, lines.length); line++) {
            text.append(lines[line - 1]).append('\n');
        }
        return text.toString();
    }

    private static boolean crashes(String drl, String packageName, ClassLoader classLoader) {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("io.meshgov.isolation", "rule-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        String folder = packageName == null || packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        fileSystem.write("src/main/resources/" + folder + "isolated-rule.drl", drl);
        try {
            services.newKieBuilder(fileSystem, classLoader).buildAll(ExecutableModelProject.class);
            return false;
        } catch (RuntimeException e) {
            return true;
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static String firstLine(Throwable crash) {
        String message = crash.getMessage() == null ? crash.getClass().getSimpleName() : crash.getMessage();
        return message.strip().lines().findFirst().orElse(crash.getClass().getSimpleName()).strip();
    }
}
