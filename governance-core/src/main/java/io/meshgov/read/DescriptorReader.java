package io.meshgov.read;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.DescriptorException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.model.Descriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads Open Data Contract Standard v3 contracts and Open Data Product Standard products from YAML or JSON.
 *
 * <p>The kind and version come from the document's {@code kind} and {@code apiVersion}. Anything wrong with the
 * input — malformed syntax, a value of the wrong type, a duplicate key, a missing {@code kind}, {@code apiVersion}
 * or {@code id}, an unsupported version — is a {@link DescriptorException} listing every problem with its
 * {@code file:line:column}. Values are read by YAML 1.2 rules (the core schema): an unquoted {@code 2022-10-03}
 * in a text field stays the text {@code 2022-10-03}, only {@code true}/{@code false} are booleans, {@code 010} is
 * ten; aliases read as their anchor's value and merge keys ({@code <<}) are applied. Every read is bounded by
 * {@link ReadLimits}. Messages describe a misplaced value by its kind and never quote it, since it may be personal
 * data. Input is never modified; see {@code docs/reading.md}.
 */
@API(status = STABLE, since = "0.1.0")
public final class DescriptorReader {

    private DescriptorReader() {
    }

    /**
     * Reads a file within the default {@link ReadLimits}; its extension ({@code .yaml}, {@code .yml},
     * {@code .json}) gives the format.
     *
     * @throws DescriptorException listing every problem found, each with its {@link io.meshgov.Problem.Code}
     */
    public static Descriptor read(Path file) {
        return read(file, ReadLimits.defaults());
    }

    /**
     * Reads a file within {@code limits}; its extension gives the format.
     *
     * @throws DescriptorException listing every problem found, each with its {@link io.meshgov.Problem.Code}
     */
    public static Descriptor read(Path file, ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new DescriptorException(List.of(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "",
                    "cannot be read: it is a folder, not a file")));
        }
        DescriptorFormat format = DescriptorFormat.ofFileName(source).orElseThrow(() -> new DescriptorException(
                List.of(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "",
                        "not a descriptor file name; name it *.yaml, *.yml or *.json"))));
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentReader.read(in, source, format, limits);
        } catch (NoSuchFileException e) {
            throw new DescriptorException(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "", "no such file"), e);
        } catch (IOException e) {
            throw new DescriptorException(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "",
                    "cannot be read: " + ReadFailures.reason(e)), e);
        }
    }

    /**
     * What a YAML or JSON file holds — a descriptor, another file, or one that could not be read — told by reading it
     * within {@code limits} as {@link #read(Path, ReadLimits)} would: any encoding, style, tag, anchor or escape the
     * reader accepts, in every document of the file. A {@code .odcs.*} or {@code .odps.*} name is a descriptor
     * whatever it holds; a file that cannot be read is a descriptor when its text names a descriptor kind anywhere,
     * so that reading it reports what is wrong.
     */
    public static Recognition recognize(Path file, ReadLimits limits) {
        return DescriptorRecognizer.recognize(Objects.requireNonNull(file, "file"), Objects.requireNonNull(limits, "limits"));
    }

    /**
     * As {@link #recognize(Path, ReadLimits)}, for a file's content held in memory (its version in a repository's
     * history, say); {@code source} is its name, which gives its format.
     */
    public static Recognition recognize(byte[] content, String source, ReadLimits limits) {
        return DescriptorRecognizer.recognize(Objects.requireNonNull(content, "content"),
                Objects.requireNonNull(source, "source"), Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a stream; {@code source} is the name messages and locations will use (a file name, a URL).
     *
     * @throws DescriptorException listing every problem found, each with its {@link io.meshgov.Problem.Code}
     */
    public static Descriptor read(InputStream in, String source, DescriptorFormat format) {
        return read(in, source, format, ReadLimits.defaults());
    }

    /**
     * Reads a stream within {@code limits}: at most {@link ReadLimits#maxFileBytes()} bytes of it are taken.
     *
     * @throws DescriptorException listing every problem found, each with its {@link io.meshgov.Problem.Code}
     */
    public static Descriptor read(InputStream in, String source, DescriptorFormat format, ReadLimits limits) {
        return DocumentReader.read(in, source, format, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a descriptor held as plain values — the maps, lists, texts, numbers, booleans and nulls a catalog's
     * JSON column or API gives, as Jackson's {@code readValue(json, Map.class)} makes them — exactly as a file
     * with that content is read: the same mapping, schema check and messages. {@code source} names it in messages;
     * problems are located by their path, since plain values have no lines. The values are checked against the
     * default {@link ReadLimits}, and never modified.
     *
     * @throws DescriptorException listing every problem found; a value that is not plain (a date object, a map
     *                             that contains itself) is refused at its path
     */
    public static Descriptor read(Map<String, ?> document, String source) {
        return read(document, source, ReadLimits.defaults());
    }

    /**
     * As {@link #read(Map, String)}, within {@code limits}.
     *
     * @throws DescriptorException listing every problem found
     */
    public static Descriptor read(Map<String, ?> document, String source, ReadLimits limits) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        return DescriptorMapper.map(PlainDocument.tree(document, source, limits), source);
    }

    /**
     * Reads a document held in memory; {@code source} is the name messages and locations will use.
     *
     * @throws DescriptorException listing every problem found, each with its {@link io.meshgov.Problem.Code}
     */
    public static Descriptor read(String text, String source, DescriptorFormat format) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, format);
    }

}
