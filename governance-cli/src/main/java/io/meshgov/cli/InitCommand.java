package io.meshgov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov init}: a starter project that passes {@code meshgov check} and {@code meshgov test} as written. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a starter project into DIR: meshgov.yaml, the council's governance.yaml, one council rule"
                + " with its test cases, and a data contract that passes. Existing files are never overwritten: when any"
                + " of them exists, nothing is written (exit 2).",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov init && meshgov check && meshgov test", "  meshgov init governance"})
final class InitCommand implements Callable<Integer> {

    /** The starter's files, relative to the project folder; their text is in this package's {@code init/}. */
    static final List<String> FILES = List.of("meshgov.yaml", "governance.yaml", "rules/council/currency.drl",
            "rules/council/tests/currency.cases.yaml", "rules/council/tests/orders-without-currency.odcs.yaml",
            "contracts/orders.odcs.yaml");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
            description = "The project folder (default: the current folder); made when missing.")
    Path folder;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> existing = FILES.stream().filter(name -> Files.exists(folder.resolve(name))).toList();
        if (!existing.isEmpty()) {
            throw new UsageException("init writes nothing over existing files; already there: " + existing.stream()
                    .map(name -> TextReport.safe(folder.resolve(name).toString())).toList() + " (move them, or init"
                    + " another folder)");
        }
        for (String name : FILES) {
            Path target = folder.resolve(name);
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (InputStream in = InitCommand.class.getResourceAsStream("init/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the starter file " + name + " is missing from meshgov's jar");
                }
                Files.write(target, in.readAllBytes(), java.nio.file.StandardOpenOption.CREATE_NEW);
            }
            out.println("wrote " + TextReport.safe(target.toString()));
        }
        String into = folder.normalize().toString().isEmpty() || folder.normalize().toString().equals(".") ? ""
                : "cd " + TextReport.safe(folder.toString()) + " && ";
        out.println();
        out.println("Next: " + into + "meshgov check   (judges contracts/ with governance.yaml)");
        out.println("      " + into + "meshgov test    (runs the council rule's cases)");
        out.println("Then describe your own data in contracts/, and add rules with their cases in rules/council/.");
        out.flush();
        return ExitCode.APPROVED;
    }
}
