package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README and the guides compiles against meshgov as it is: a renamed method or a moved
 * class fails here, not in a reader's editor. A snippet's own imports are kept; the public packages are imported
 * for the ones that leave them out, and {@code engine} is at hand for those that use one built earlier. Quotes of
 * whole source files are left to {@code QuotedFilesTest}, which compares them with the files.
 */
class DocumentedCodeCompilesTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** A quote of a whole source file (a type declaration), which CONTRIBUTING's QuotedFilesTest compares with it. */
    private static final Pattern QUOTED_SOURCE_FILE = Pattern.compile(
            "^(package |public (final )?(record|class|interface|enum) )", Pattern.MULTILINE);
    private static final List<String> DOCUMENTS = List.of("../README.md", "../docs/policy.md", "../docs/first-rule.md",
            "../docs/reading.md", "../docs/trust.md", "../docs/rule-packs.md", "../CONTRIBUTING.md");
    private static final String PUBLIC_PACKAGES = """
            import io.meshgov.*;
            import io.meshgov.batch.*;
            import io.meshgov.conventions.*;
            import io.meshgov.decision.*;
            import io.meshgov.engine.*;
            import io.meshgov.evolution.*;
            import io.meshgov.model.*;
            import io.meshgov.policy.*;
            import io.meshgov.read.*;
            import io.meshgov.rules.StandardRules;
            import java.nio.file.Path;
            import java.time.Clock;
            import java.util.List;
            """;

    @Test
    void everyJavaSnippetOfTheDocs_compiles(@TempDir Path classes) throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String document : DOCUMENTS) {
            Path file = Path.of(document);
            if (!Files.exists(file)) {
                continue;
            }
            Matcher block = JAVA_BLOCK.matcher(Files.readString(file));
            while (block.find()) {
                if (!QUOTED_SOURCE_FILE.matcher(block.group(1)).find()) {
                    sources.add(source(file, sources.size(), block.group(1)));
                }
            }
        }
        assertFalse(sources.isEmpty(), "no Java snippet found in " + DOCUMENTS);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = compiler.getTask(errors, null, null,
                List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"),
                null, sources).call();
        assertEquals("", compiled ? "" : errors.toString());
    }

    /** A snippet as a class: its imports on top, then its statements (or members) in a method. */
    private static JavaFileObject source(Path document, int index, String snippet) {
        StringBuilder imports = new StringBuilder(PUBLIC_PACKAGES);
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n", -1)) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        String name = "Snippet" + index;
        String text = imports + "\n/** From " + document.getFileName() + ". */\nclass " + name + " {\n"
                + "    GovernanceEngine engine;\n"
                + "    void run() throws Exception {\n" + body + "    }\n}\n";
        return new SimpleJavaFileObject(java.net.URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
