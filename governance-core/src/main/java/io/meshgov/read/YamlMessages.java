package io.meshgov.read;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The YAML parser's failures in a contract author's words: its token names ({@code <block end>}) become what the
 * author wrote or forgot, and its context ("while parsing a flow mapping") becomes the line where that part starts.
 */
final class YamlMessages {

    /** The parser's token names and what they mean to an author; each is replaced quoted first, then bare. */
    private static final List<String[]> TOKENS = List.of(
            new String[] {"<scalar>", "a value"},
            new String[] {"<block end>", "the end of an indented block"},
            new String[] {"<block mapping start>", "a more indented key"},
            new String[] {"<block sequence start>", "a more indented list"},
            new String[] {"<block entry>", "a list entry (-)"},
            new String[] {"<key>", "a key"},
            new String[] {"<value>", "a ':'"},
            new String[] {"<flow entry>", "','"},
            new String[] {"<document start>", "a new document (---)"},
            new String[] {"<document end>", "the end of the document"},
            new String[] {"<stream end>", "the end of the file"},
            new String[] {"<anchor>", "an anchor (&)"},
            new String[] {"<alias>", "an alias (*)"},
            new String[] {"<tag>", "a tag (!)"},
            new String[] {"<flow mapping start>", "'{'"},
            new String[] {"<flow mapping end>", "'}'"},
            new String[] {"<flow sequence start>", "'['"},
            new String[] {"<flow sequence end>", "']'"});

    private static final Map<String, String> CONTEXTS = Map.of(
            "while parsing a flow mapping", "in the {...} that starts at line ",
            "while parsing a flow sequence", "in the [...] that starts at line ",
            "while parsing a block mapping", "in the keys indented alike from line ",
            "while parsing a block collection", "in the list that starts at line ",
            "while scanning a simple key", "in the key at line ",
            "while scanning a quoted scalar", "in the quoted value that starts at line ",
            "while scanning a double-quoted scalar", "in the quoted value that starts at line ",
            "while scanning a block scalar", "in the block of text that starts at line ",
            "while scanning an anchor", "in the anchor at line ",
            "while scanning an alias", "in the alias at line ");

    private static final java.util.regex.Pattern UNKNOWN_ESCAPE =
            java.util.regex.Pattern.compile("found unknown escape character (.)\\(\\d+\\)");

    private YamlMessages() {
    }

    static String of(MarkedYamlEngineException e) {
        String problem = plain(e.getProblem());
        String context = e.getContext();
        if (context == null || e.getContextMark().isEmpty()) {
            return problem;
        }
        String where = CONTEXTS.get(context.strip());
        int line = e.getContextMark().get().getLine() + 1;
        return problem + ", " + (where != null ? where + line : "while reading line " + line);
    }

    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "the file is not valid YAML";
        }
        String text = message.strip().lines().findFirst().orElse("").strip();
        for (String[] token : TOKENS) {
            if (text.indexOf('<') < 0) {
                break;
            }
            text = text.replace("'" + token[0] + "'", token[1]).replace(token[0], token[1]);
        }
        text = text.replace("but got :", "but got ':'");
        if (text.contains("(TAB)")) {
            return "a tab character where YAML allows only spaces; indent with spaces";
        }
        if (text.equals("found unexpected end of stream")) {
            return "the file ends inside this value; close its quotes or brackets";
        }
        java.util.regex.Matcher escape = UNKNOWN_ESCAPE.matcher(text);
        if (escape.matches()) {
            return "\\" + escape.group(1) + " is not an escape meshgov reads in a double-quoted value; write the "
                    + "character as \\u followed by its four hex digits (\\u2028 for \\L, \\u2029 for \\P), or "
                    + "write \\\\ for a backslash";
        }
        if (text.equals("mapping values are not allowed here")) {
            return "a ':' here starts a key where none may start; quote a value that holds ': ', or check the "
                    + "indentation";
        }
        return Quoting.escape(text);
    }
}
