package io.meshgov.read;

import io.meshgov.DescriptorException;
import io.meshgov.Problem;
import io.meshgov.Problem.Code;
import io.meshgov.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a file is a descriptor by reading it with the reader's own parser, never by matching its text: any
 * encoding the reader accepts, flow or block style, tags, anchors, quoted keys and escapes are resolved first, so a
 * file that the reader would judge when named is judged when a folder holds it. Every document of a YAML stream is
 * looked at, since the reader refuses a second document rather than ignoring it.
 *
 * <p>A file that cannot be parsed is a descriptor when its text mentions one anywhere (the reader then says what is
 * wrong with it, and the run cannot pass); otherwise it could not be told apart and is reported as not judged.
 */
final class DescriptorRecognizer {

    private static final Pattern DESCRIPTOR_NAME = Pattern.compile(".*\\.(odcs|odps)\\.(ya?ml|json)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** In a file that cannot be parsed: any mention of our kinds or of a foreign format's own key. */
    private static final Pattern MENTIONS_A_DESCRIPTOR = Pattern.compile("data(contract|product)"
            + "|dataContractSpecification|dataProductSpecification|dataProductDescriptor|componentIdToProvision"
            + "|datasetName|quantumName", Pattern.CASE_INSENSITIVE);

    private DescriptorRecognizer() {
    }

    static Recognition recognize(Path file, ReadLimits limits) {
        String source = file.toString();
        if (DESCRIPTOR_NAME.matcher(String.valueOf(file.getFileName())).matches()) {
            return Recognition.descriptor();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 16));
        } catch (IOException e) {
            return new Recognition(Recognition.Content.UNREADABLE, List.of(Problem.error(Code.FILE,
                    SourceLocation.startOf(source), "", "cannot be read: " + ReadFailures.reason(e))));
        }
        return recognize(bytes, source, limits);
    }

    /** As {@link #recognize(Path, ReadLimits)}, for content held in memory; {@code source} names it and its format. */
    static Recognition recognize(byte[] bytes, String source, ReadLimits limits) {
        if (DESCRIPTOR_NAME.matcher(source).matches()) {
            return Recognition.descriptor();
        }
        DescriptorFormat format = DescriptorFormat.ofFileName(source).orElse(DescriptorFormat.YAML);
        try {
            for (Node root : DocumentParser.documents(new ByteArrayInputStream(bytes), source, format, limits)) {
                if (isDescriptor(root)) {
                    return Recognition.descriptor();
                }
            }
            return Recognition.other();
        } catch (DescriptorException e) {
            return mentionsADescriptor(bytes) ? Recognition.descriptor()
                    : new Recognition(Recognition.Content.UNREADABLE, e.problems());
        } catch (StackOverflowError | OutOfMemoryError e) {
            return mentionsADescriptor(bytes) ? Recognition.descriptor()
                    : new Recognition(Recognition.Content.UNREADABLE, List.of(Problem.error(Code.LIMIT,
                    SourceLocation.startOf(source), "", "the file could not be read with the memory this process has")));
        }
    }

    /** A top-level {@code kind} that starts like ours (a typo is judged, so the reader names it), or a foreign key. */
    private static boolean isDescriptor(Node root) {
        if (!(root instanceof Node.Mapping mapping)) {
            return false;
        }
        Node.Member kind = mapping.members().get("kind");
        if (kind != null && kind.value() instanceof Node.Scalar scalar
                && scalar.text().strip().toLowerCase(Locale.ROOT).startsWith("data")) {
            return true;
        }
        return ForeignFormats.recognize(mapping) != null;
    }

    private static boolean mentionsADescriptor(byte[] bytes) {
        String text;
        try {
            text = SourceText.decode(bytes, "");
        } catch (DescriptorException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        return MENTIONS_A_DESCRIPTOR.matcher(text).find();
    }
}
