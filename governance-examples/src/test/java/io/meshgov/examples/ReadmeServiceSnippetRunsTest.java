package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's service sample runs as written, in a folder holding what it names (a catalog, a contract, a domain's
 * rules): the descriptors {@code DescriptorFinder} finds in {@code catalog} are all judged, none "no such file".
 */
class ReadmeServiceSnippetRunsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theServiceSample_judgesEveryDescriptorTheFinderFinds(@TempDir Path temp) throws Exception {
        String snippet = serviceSnippet();
        Path work = Files.createDirectories(temp.resolve("work"));
        copyTree(Path.of("descriptors"), work.resolve("catalog"));
        copyTree(Path.of("rules/payments"), work.resolve("rules/payments"));
        Files.copy(Path.of("descriptors/payments/card-payments.odcs.yaml"), work.resolve("orders.odcs.yaml"));
        Path classes = Files.createDirectories(temp.resolve("classes"));
        compile(snippet, classes);

        Process program = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"), "ReadmeService")
                .directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(program.waitFor(2, TimeUnit.MINUTES), output);
        assertEquals(0, program.exitValue(), output);
        long descriptors;
        try (Stream<Path> files = Files.walk(work.resolve("catalog"))) {
            descriptors = files.filter(Files::isRegularFile).count();
        }
        assertTrue(output.contains("judged " + descriptors + ", unreadable 0"), output);
    }

    private static String serviceSnippet() throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(Path.of("../README.md")));
        while (block.find()) {
            if (block.group(1).contains("DescriptorFinder.in(")) {
                return block.group(1);
            }
        }
        throw new AssertionError("the README has no sample using DescriptorFinder");
    }

    /** The sample as a program: its imports, its statements, then what it found said on standard output. */
    private static void compile(String snippet, Path classes) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String text = imports + "public class ReadmeService {\n    public static void main(String[] args) throws Exception {\n"
                + body + "        System.out.println(\"judged \" + batch.decisions().size() + \", unreadable \""
                + " + batch.unreadable().size() + \" \" + batch.unreadable());\n        System.exit(0);\n    }\n}\n";
        JavaFileObject source = new SimpleJavaFileObject(java.net.URI.create("string:///ReadmeService.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = compiler.getTask(errors, null, null, List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none"), null, List.of(source)).call();
        assertEquals("", compiled ? "" : errors.toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }
}
