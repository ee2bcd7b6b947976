package io.meshgov.cli;

import io.meshgov.batch.UnreadableDescriptor;
import java.util.List;

/** How a run words the YAML and JSON files it could not read, so could not tell apart from descriptors. */
final class NotJudged {

    private static final int NAMED = 10;

    private NotJudged() {
    }

    /** "1 file could not be read and was not judged", "2 files could not be read and were not judged". */
    static String count(int files) {
        return files == 1 ? "1 file could not be read and was not judged"
                : files + " files could not be read and were not judged";
    }

    /** The first few names, escaped, then how many more. */
    static String names(List<UnreadableDescriptor> files) {
        List<String> names = files.stream().limit(NAMED).map(file -> TextReport.safe(file.source())).toList();
        return String.join(", ", names) + (files.size() > NAMED ? " and " + (files.size() - NAMED) + " more" : "");
    }

    /** One line of standard error for a file: where it could not be read, and what to do. */
    static String line(UnreadableDescriptor file) {
        return "meshgov: warning: " + TextReport.safe(file.problems().get(0).toString())
                + " (not judged: it could not be read, so meshgov cannot tell whether it is a descriptor; fix it, "
                + "leave it out in .meshgovignore, or fail such runs with --strict-discovery)";
    }
}
