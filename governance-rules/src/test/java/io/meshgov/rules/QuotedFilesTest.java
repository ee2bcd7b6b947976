package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What CONTRIBUTING.md quotes from a file of the repository ({@code `path/to/file`:} followed by a fenced block)
 * is that file's text, word for word: a guide whose example drifted from the code teaches the wrong thing.
 */
class QuotedFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern QUOTE = Pattern.compile("`([\\w./-]+\\.[a-z]+)`:\\s*\\n\\s*```[a-z]*\\n(.*?)\\n```",
            Pattern.DOTALL);

    @Test
    void everyQuotedFile_containsTheQuoteWordForWord() throws IOException {
        String guide = Files.readString(ROOT.resolve("CONTRIBUTING.md"));
        Matcher quote = QUOTE.matcher(guide);
        List<String> drifted = new ArrayList<>();
        int quotes = 0;
        while (quote.find()) {
            Path file = ROOT.resolve(quote.group(1));
            if (!Files.isRegularFile(file)) {
                continue; // a quote of something else (a case file's shape), not of a file's text
            }
            quotes++;
            if (!Files.readString(file).contains(quote.group(2))) {
                drifted.add(quote.group(1));
            }
        }
        assertTrue(quotes > 0, "CONTRIBUTING.md quotes no file of the repository");
        assertTrue(drifted.isEmpty(), "CONTRIBUTING.md quotes these files as they no longer read: " + drifted);
    }
}
