package io.meshgov.read;

import io.meshgov.model.SchemaDeviation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds values that are a variable placeholder and nothing else ({@code host: ${DB_HOST}}), as templating tools
 * write them before they substitute the environment's values. meshgov judges a descriptor as the file says and does
 * not substitute anything: the value is kept as written, and each placeholder is a schema deviation (IOP-011)
 * telling the author that the rules judged the placeholder's text. A placeholder inside free text (an answer that
 * quotes {@code ${total_turnover}}, as ODCS v3.2's context examples do) is text, not a variable, and is not reported;
 * nor is anything under ODCS v3.2's {@code context} (RFC-0038; the contract's and a schema object's), where
 * {@code ${name}} names a schema element for AI agents to query, even when it is a whole answer.
 */
final class Placeholders {

    private Placeholders() {
    }

    static List<SchemaCheck.Located> find(Node.Mapping root) {
        List<SchemaCheck.Located> found = new ArrayList<>();
        walk(root, new ArrayDeque<>(), found);
        return found;
    }

    /**
     * Whether a {@code context} key at {@code steps} is the one ODCS v3.2 defines: the contract's own, or a schema
     * object's ({@code schema[0].context}). A key so named anywhere else is a value like any other.
     */
    private static boolean isStandardContext(Deque<Object> steps) {
        if (steps.isEmpty()) {
            return true;
        }
        return steps.size() == 2 && "schema".equals(steps.peekFirst()) && steps.peekLast() instanceof Integer;
    }

    /** {@code steps} holds the keys (text) and list indexes (numbers) down to {@code node}; a path is spelt only for a find. */
    private static void walk(Node node, Deque<Object> steps, List<SchemaCheck.Located> found) {
        if (node instanceof Node.Mapping mapping) {
            for (Node.Member member : mapping.members().values()) {
                if (member.key().equals("context") && isStandardContext(steps)) {
                    continue;   // references to schema elements, not variables (ODCS v3.2 context)
                }
                steps.addLast(member.key());
                walk(member.value(), steps, found);
                steps.removeLast();
            }
        } else if (node instanceof Node.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                steps.addLast(i);
                walk(sequence.items().get(i), steps, found);
                steps.removeLast();
            }
        } else if (node instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.STRING
                && isPlaceholder(scalar.text())) {
            found.add(new SchemaCheck.Located(new SchemaDeviation(path(steps), "placeholder", "the value is a variable"
                    + " placeholder, which meshgov does not substitute: the rules judged its text as written;"
                    + " substitute the variables before the check, or write the value"), scalar.location()));
        }
    }

    private static String path(Deque<Object> steps) {
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(Quoting.key((String) step));
            }
        }
        return path.toString();
    }

    /**
     * {@code ${NAME}}: a dollar sign, a brace, a variable name (letters, digits, _, . or -), a brace; or, as shells,
     * Compose and Helm write a default, {@code ${NAME:-default}} (also {@code :=}, {@code :?}, {@code :+}).
     */
    static boolean isPlaceholder(String text) {
        if (text.length() < 4 || !text.startsWith("${") || text.charAt(text.length() - 1) != '}') {
            return false;
        }
        int end = text.length() - 1;
        for (int i = 2; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && i > 2 && i + 1 < end && "-=?+".indexOf(text.charAt(i + 1)) >= 0) {
                return text.indexOf('}', i) == end && text.indexOf('{', i) < 0;   // the default, to the closing brace
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            boolean other = c >= '0' && c <= '9' || c == '.' || c == '-';
            if (!letter && !(other && i > 2)) {
                return false;
            }
        }
        return true;
    }
}
