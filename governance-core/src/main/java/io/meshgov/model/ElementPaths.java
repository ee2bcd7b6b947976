package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The grammar of element paths: segments joined by {@code .}, list entries as {@code key[name]} or
 * {@code key[index]}; names may themselves contain dots, never brackets.
 */
@API(status = STABLE, since = "0.1.0")
public final class ElementPaths {

    private ElementPaths() {
    }

    /** {@code parent} + {@code .field}, or just {@code field} at the root. */
    public static String child(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** The path of an entry in a list: {@code schema[orders]}. */
    public static String entry(String listPath, String nameOrIndex) {
        return listPath + "[" + nameOrIndex + "]";
    }

    /** The enclosing path: {@code schema[orders].properties[email]} → {@code schema[orders].properties} → ... → {@code ""}. */
    public static String parent(String path) {
        if (path.endsWith("]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        int depth = 0;
        for (int i = path.length() - 1; i >= 0; i--) {
            char c = path.charAt(i);
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                depth--;
            } else if (c == '.' && depth == 0) {
                return path.substring(0, i);
            }
        }
        return "";
    }
}
