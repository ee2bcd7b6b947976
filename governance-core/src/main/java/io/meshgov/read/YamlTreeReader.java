package io.meshgov.read;

import io.meshgov.DescriptorException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Builds the {@link Node} tree of one YAML document from the parser's events, as YAML 1.2 defines it:
 *
 * <ul>
 *   <li>plain scalars typed by the core schema ({@link CoreSchema}); quoted and block scalars are text;</li>
 *   <li>an alias ({@code *name}) reads as the value of its anchor ({@code &name}); an alias with no anchor before
 *       it, and an alias inside the value it names, are errors;</li>
 *   <li>merge keys ({@code <<: *defaults}) are applied as YAML's merge-key type defines them: the keys of the merged
 *       object(s) join the mapping unless it writes them itself, and earlier objects of a merged list win over
 *       later ones;</li>
 *   <li>every limit of {@link ReadLimits} is checked as the events arrive, before the values they bound are kept.</li>
 * </ul>
 *
 * <p>The scanner reads the whole text from one buffer: with its default small window it copies the window for
 * every kilobyte of a long scalar, which made a line of a few megabytes take minutes.
 */
final class YamlTreeReader {

    private static final String TAG_PREFIX = "tag:yaml.org,2002:";

    private final Iterator<Event> events;
    private final String source;
    /** The text's lines when it holds characters the parser counts once and UTF-16 twice; else {@code null}. */
    private final TextLines lines;
    private final ReadLimits limits;
    private final List<Problem> problems;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private long values;
    private int aliases;

    private record Anchored(Node node, long size) {
    }

    private YamlTreeReader(String text, String source, ReadLimits limits, List<Problem> problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setBufferSize(text.length() + 1)
                .setCodePointLimit(Integer.MAX_VALUE)
                .build();
        this.events = new Parse(settings).parseReader(new StringReader(text)).iterator();
        this.lines = TextLines.hasSurrogates(text) ? new TextLines(text) : null;
        this.source = source;
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * The document's root, or {@code null} for a stream without a document. Problems that let reading go on (a
     * duplicate key, a second document) are added to {@code problems}; a limit crossed, or a malformed document,
     * is thrown at once.
     */
    static Node read(String text, String source, ReadLimits limits, List<Problem> problems) {
        return new YamlTreeReader(text, source, limits, problems).document();
    }

    /** The root of every document in the stream, in order; problems as {@link #read}. */
    static List<Node> readAll(String text, String source, ReadLimits limits, List<Problem> problems) {
        return new YamlTreeReader(text, source, limits, problems).documents();
    }

    private List<Node> documents() {
        next(); // stream start
        List<Node> roots = new ArrayList<>();
        for (Event event = next(); event.getEventId() != Event.ID.StreamEnd; event = next()) {
            roots.add(value(next(), 1));
            next(); // document end
        }
        return roots;
    }

    private Node document() {
        next(); // stream start
        Event event = next();
        if (event.getEventId() == Event.ID.StreamEnd) {
            return null;
        }
        Node root = value(next(), 1);
        next(); // document end
        Event after = next();
        if (after.getEventId() == Event.ID.DocumentStart) {
            problems.add(Problem.error(Code.SYNTAX, location(after), "",
                    "a file holds one descriptor but a second document starts here; split it into two files"));
        }
        return root;
    }

    private Event next() {
        return events.next();
    }

    private Node value(Event event, int depth) {
        switch (event.getEventId()) {
            case Scalar:
                count(event);
                return remember((NodeEvent) event, scalar((ScalarEvent) event), 1);
            case Alias:
                return alias((AliasEvent) event);
            case SequenceStart:
            case MappingStart:
                return collection((CollectionStartEvent) event, depth);
            default:
                throw new IllegalStateException("unexpected YAML event " + event.getEventId());
        }
    }

    private Node collection(CollectionStartEvent start, int depth) {
        SourceLocation location = location(start);
        if (depth > limits.maxDepth()) {
            throw refused(location, ReadLimitMessages.depth(limits.maxDepth()));
        }
        count(start);
        long before = values;
        Optional<String> anchor = start.getAnchor().map(Anchor::getValue);
        anchor.ifPresent(open::add);
        boolean mapping = start.getEventId() == Event.ID.MappingStart;
        checkCollectionTag(start, mapping, location);
        Node node = mapping ? mapping(location, depth) : sequence(location, depth);
        anchor.ifPresent(open::remove);
        return remember(start, node, values - before + 1);
    }

    private Node sequence(SourceLocation location, int depth) {
        List<Node> items = new ArrayList<>();
        for (Event event = next(); event.getEventId() != Event.ID.SequenceEnd; event = next()) {
            items.add(value(event, depth + 1));
        }
        return new Node.Sequence(location, items);
    }

    private Node mapping(SourceLocation location, int depth) {
        Map<String, Node.Member> written = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>(); // the keys written, and the merged values where '<<' stands
        for (Event keyEvent = next(); keyEvent.getEventId() != Event.ID.MappingEnd; keyEvent = next()) {
            SourceLocation keyLocation = location(keyEvent);
            if (isMergeKey(keyEvent)) {
                count(keyEvent);
                Node merged = value(next(), depth + 1);
                order.add(mergeSources(merged, keyLocation));
                continue;
            }
            Node key = value(keyEvent, depth + 1);
            Node value = value(next(), depth + 1);
            String name = keyText(key, keyLocation);
            if (name == null) {
                continue;
            }
            Node.Member earlier = written.get(name);
            if (earlier != null) {
                problems.add(earlier.duplicatedAt(keyLocation));
                continue;
            }
            Node.Member member = new Node.Member(name, keyLocation, value);
            written.put(name, member);
            order.add(member);
        }
        Map<String, Node.Member> members = new LinkedHashMap<>();
        for (Object entry : order) {
            if (entry instanceof Node.Member member) {
                members.put(member.key(), member);
            } else {
                @SuppressWarnings("unchecked")
                List<Node.Mapping> sources = (List<Node.Mapping>) entry;
                for (Node.Mapping merged : sources) {
                    for (Node.Member member : merged.members().values()) {
                        if (!written.containsKey(member.key()) && !members.containsKey(member.key())) {
                            members.put(member.key(), member);
                        }
                    }
                }
            }
        }
        return new Node.Mapping(location, members);
    }

    /** The objects a merge key names: one object, or a list of objects; anything else is reported. */
    private List<Node.Mapping> mergeSources(Node merged, SourceLocation keyLocation) {
        if (merged instanceof Node.Mapping mapping) {
            return List.of(mapping);
        }
        List<Node.Mapping> sources = new ArrayList<>();
        if (merged instanceof Node.Sequence sequence) {
            for (Node item : sequence.items()) {
                if (item instanceof Node.Mapping mapping) {
                    sources.add(mapping);
                } else {
                    sources.clear();
                    break;
                }
            }
            if (!sources.isEmpty() || sequence.items().isEmpty()) {
                return sources;
            }
        }
        problems.add(Problem.error(Code.SYNTAX, keyLocation, "", "the merge key << takes an object or a list of objects, usually an "
                + "alias such as \"<<: *defaults\", but was " + merged.describe()));
        return List.of();
    }

    private static boolean isMergeKey(Event event) {
        return event instanceof ScalarEvent scalar && scalar.isPlain() && scalar.getValue().equals("<<")
                && scalar.getTag().map(tag -> tag.equals(TAG_PREFIX + "merge")).orElse(true);
    }

    private String keyText(Node key, SourceLocation keyLocation) {
        if (key instanceof Node.Scalar scalar && scalar.type() != Node.ScalarType.NULL) {
            return scalar.text();
        }
        problems.add(Problem.error(Code.SYNTAX, keyLocation, "", "a key must be a name written as text, but this key is "
                + key.describe() + "; write the key as a name"));
        return null;
    }

    private Node alias(AliasEvent event) {
        SourceLocation location = location(event);
        String name = event.getAlias().getValue();
        if (++aliases > limits.maxAliases()) {
            throw refused(location, ReadLimitMessages.crossed("aliases", "the file uses more than "
                    + limits.maxAliases() + " aliases (*name), the most meshgov reads in one file",
                    "write some of the values out"));
        }
        if (open.contains(name)) {
            throw malformed(location, "the alias *" + Quoting.key(name) + " stands inside the value its anchor &"
                    + Quoting.key(name) + " names, so the value would never end; write the value out instead");
        }
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            throw malformed(location, "the alias *" + Quoting.key(name) + " names no anchor; an alias can only "
                    + "repeat a value marked &" + Quoting.key(name) + " earlier in the file");
        }
        values += anchored.size();
        checkValues(location);
        return relocated(anchored.node(), location);
    }

    /** The aliased value, placed where the alias stands; what is inside it keeps the lines it was written on. */
    private static Node relocated(Node node, SourceLocation location) {
        if (node instanceof Node.Mapping mapping) {
            return new Node.Mapping(location, mapping.members());
        }
        if (node instanceof Node.Sequence sequence) {
            return new Node.Sequence(location, sequence.items());
        }
        Node.Scalar scalar = (Node.Scalar) node;
        return new Node.Scalar(location, scalar.type(), scalar.text());
    }

    private Node remember(NodeEvent event, Node node, long size) {
        event.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), new Anchored(node, size)));
        return node;
    }

    private Node.Scalar scalar(ScalarEvent event) {
        SourceLocation location = location(event);
        String text = event.getValue();
        if (text.length() > limits.maxTextLength()) {
            throw refused(location, ReadLimitMessages.textLength(text.length(), limits.maxTextLength()));
        }
        Optional<String> tag = event.getTag();
        if (tag.isEmpty() || tag.get().equals("!")) {
            Node.ScalarType type = event.isPlain() && tag.isEmpty() ? CoreSchema.typeOf(text) : Node.ScalarType.STRING;
            return new Node.Scalar(location, type, text);
        }
        String name = tag.get();
        Node.ScalarType wanted = switch (name.startsWith(TAG_PREFIX) ? name.substring(TAG_PREFIX.length()) : name) {
            case "str", "binary", "timestamp" -> Node.ScalarType.STRING;
            case "int" -> Node.ScalarType.INTEGER;
            case "float" -> Node.ScalarType.DECIMAL;
            case "bool" -> Node.ScalarType.BOOLEAN;
            case "null" -> Node.ScalarType.NULL;
            default -> null;
        };
        if (wanted == null) {
            problems.add(unsupportedTag(location, name));
            return new Node.Scalar(location, Node.ScalarType.STRING, text);
        }
        Node.ScalarType resolved = CoreSchema.typeOf(text);
        boolean fits = wanted == Node.ScalarType.STRING || resolved == wanted
                || wanted == Node.ScalarType.DECIMAL && resolved == Node.ScalarType.INTEGER
                || wanted == Node.ScalarType.NULL && text.isEmpty();
        if (!fits) {
            problems.add(Problem.error(Code.SYNTAX, location, "", "the tag " + shortTag(name) + " says " + article(wanted)
                    + " but the value is not one; remove the tag or correct the value"));
            return new Node.Scalar(location, Node.ScalarType.STRING, text);
        }
        return new Node.Scalar(location, wanted, text);
    }

    private void checkCollectionTag(CollectionStartEvent start, boolean mapping, SourceLocation location) {
        Optional<String> tag = start.getTag();
        if (tag.isEmpty() || tag.get().equals("!") || tag.get().equals(TAG_PREFIX + (mapping ? "map" : "seq"))) {
            return;
        }
        problems.add(unsupportedTag(location, tag.get()));
    }

    private static Problem unsupportedTag(SourceLocation location, String tag) {
        return Problem.error(Code.SYNTAX, location, "", "meshgov reads plain YAML values and does not know the tag " + shortTag(tag)
                + "; remove the tag");
    }

    private static String shortTag(String tag) {
        String shown = tag.startsWith(TAG_PREFIX) ? "!!" + tag.substring(TAG_PREFIX.length()) : tag;
        return Quoting.key(shown);
    }

    private static String article(Node.ScalarType type) {
        return switch (type) {
            case INTEGER -> "an integer";
            case DECIMAL -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "text";
        };
    }

    private void count(Event event) {
        values++;
        checkValues(location(event));
    }

    private void checkValues(SourceLocation location) {
        if (values > limits.maxValues()) {
            throw refused(location, ReadLimitMessages.values(limits.maxValues(), true));
        }
    }

    private static DescriptorException malformed(SourceLocation location, String message) {
        return new DescriptorException(List.of(Problem.error(Code.SYNTAX, location, "", message)));
    }

    private DescriptorException refused(SourceLocation location, String message) {
        return new DescriptorException(List.of(Problem.error(Code.LIMIT, location, "", message)));
    }

    private SourceLocation location(Event event) {
        Optional<Mark> mark = event.getStartMark();
        return mark.map(this::location).orElse(SourceLocation.startOf(source));
    }

    SourceLocation location(Mark mark) {
        int column = lines == null ? mark.getColumn() : lines.utf16Column(mark.getLine(), mark.getColumn());
        return new SourceLocation(source, mark.getLine() + 1, column + 1);
    }
}
