package io.meshgov.read;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.DescriptorException;
import io.meshgov.Problem;
import io.meshgov.Problem.Code;
import io.meshgov.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A value of a YAML or JSON settings file — a project's {@code meshgov.yaml}, a suite of policy cases — read by the
 * reader descriptors are read with, so that every file meshgov reads means the same thing: YAML 1.2 (only
 * {@code true}/{@code false} are booleans, {@code no} is text), duplicate keys refused with both lines, every
 * {@link ReadLimits limit} checked, any encoding and style the reader accepts, every problem located.
 *
 * @param value    an object ({@code Map<String, LocatedValue>}, in document order), a list
 *                 ({@code List<LocatedValue>}), a {@code String}, a {@code BigInteger}, a {@code Double} or
 *                 {@code BigDecimal}, a {@code Boolean}, or {@code null}
 * @param location where it stands; an object's entry stands where its key is written
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record LocatedValue(Object value, SourceLocation location) {

    public LocatedValue {
        Objects.requireNonNull(location, "location");
    }

    /**
     * Reads one document within {@code limits}; the file's extension tells JSON from YAML.
     *
     * @throws DescriptorException listing every problem found, located
     */
    public static LocatedValue read(Path file, ReadLimits limits) {
        String source = file.toString();
        Objects.requireNonNull(limits, "limits");
        DescriptorFormat format = DescriptorFormat.ofFileName(source).orElse(DescriptorFormat.YAML);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, format, limits);
        } catch (NoSuchFileException e) {
            throw new DescriptorException(Problem.error(Code.FILE, SourceLocation.startOf(source), "", "no such file"), e);
        } catch (IOException e) {
            throw new DescriptorException(Problem.error(Code.FILE, SourceLocation.startOf(source), "",
                    "cannot be read: " + ReadFailures.reason(e)), e);
        }
    }

    /**
     * Reads one document from a stream within {@code limits}; an empty document is a {@code null} value.
     *
     * @throws DescriptorException listing every problem found, located
     */
    public static LocatedValue read(InputStream in, String source, DescriptorFormat format, ReadLimits limits) {
        try {
            return of(DocumentParser.parse(in, source, format, limits));
        } catch (DescriptorException e) {
            if (e.problems().size() == 1 && e.problems().get(0).message().startsWith("the file is empty")) {
                return new LocatedValue(null, SourceLocation.startOf(source));
            }
            throw e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new DescriptorException(List.of(Problem.error(Code.LIMIT, SourceLocation.startOf(source), "",
                    "the file could not be read with the memory this process has")));
        }
    }

    private static LocatedValue of(Node node) {
        return of(node, node.location());
    }

    private static LocatedValue of(Node node, SourceLocation location) {
        if (node instanceof Node.Mapping mapping) {
            Map<String, LocatedValue> members = new LinkedHashMap<>();
            mapping.members().values().forEach(member -> members.put(member.key(), of(member.value(), member.keyLocation())));
            return new LocatedValue(Collections.unmodifiableMap(members), location);
        }
        if (node instanceof Node.Sequence sequence) {
            return new LocatedValue(sequence.items().stream().map(LocatedValue::of).toList(), location);
        }
        Node.Scalar scalar = (Node.Scalar) node;
        Object value = switch (scalar.type()) {
            case STRING -> scalar.text();
            case BOOLEAN -> Boolean.valueOf(scalar.text());
            case INTEGER -> CoreSchema.integerValue(scalar.text());
            case DECIMAL -> CoreSchema.decimalValue(scalar.text());
            case NULL -> null;
        };
        return new LocatedValue(value, location);
    }

    /** The entries, when this is an object. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, LocatedValue>> asObject() {
        return value instanceof Map<?, ?> map ? Optional.of((Map<String, LocatedValue>) map) : Optional.empty();
    }

    /** The items, when this is a list. */
    @SuppressWarnings("unchecked")
    public Optional<List<LocatedValue>> asList() {
        return value instanceof List<?> list ? Optional.of((List<LocatedValue>) list) : Optional.empty();
    }

    /** The text, when this is text (a quoted or plain scalar that is not a number, boolean or null). */
    public Optional<String> asText() {
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** The value, when this is {@code true} or {@code false}. */
    public Optional<Boolean> asBoolean() {
        return value instanceof Boolean bool ? Optional.of(bool) : Optional.empty();
    }

    /** The value without locations: maps, lists, texts, numbers, booleans and nulls. */
    public Object plain() {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((key, item) -> plain.put((String) key, ((LocatedValue) item).plain()));
            return plain;
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>();
            list.forEach(item -> plain.add(((LocatedValue) item).plain()));
            return plain;
        }
        return value;
    }

    /** A problem at this value, in the same form as every other meshgov problem. */
    public Problem problem(Code code, String message) {
        return Problem.error(code, location, "", message);
    }
}
