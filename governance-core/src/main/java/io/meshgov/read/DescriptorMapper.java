package io.meshgov.read;

import io.meshgov.ClosestName;
import io.meshgov.DescriptorException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.model.Description;
import io.meshgov.model.Descriptor;
import io.meshgov.model.DescriptorKind;
import io.meshgov.model.SupportChannel;
import io.meshgov.model.Team;
import io.meshgov.model.TeamMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a parsed document into a {@link Descriptor}: checks {@code kind}, {@code apiVersion} and {@code id}, then
 * hands the body to the mapper of its standard. Parts both standards share (description, team, support) live here.
 */
final class DescriptorMapper {

    private DescriptorMapper() {
    }

    static Descriptor map(Node root, String source) {
        if (!(root instanceof Node.Mapping mapping)) {
            throw new DescriptorException(List.of(Problem.error(Code.CONTENT, root.location(), "",
                    "expected an object with kind, apiVersion and id at the top level but was " + root.describe())));
        }
        Problem foreign = ForeignFormats.recognize(mapping);
        if (foreign != null) {
            throw new DescriptorException(List.of(foreign));
        }
        ReadContext context = new ReadContext(source);
        Section document = new Section(mapping, "", "", context);
        DescriptorKind kind = kind(document, mapping);
        String apiVersion = kind == null ? null : apiVersion(document, kind);
        String id = document.text("id");
        if (kind == null && ForeignFormats.isOtherFormat(mapping)) {
            throw new DescriptorException(context.problems());   // not a descriptor at all: the rest is noise
        }
        if (id == null || id.isBlank()) {
            document.missing("id", "add a unique, stable identifier such as a UUID, e.g. "
                    + "\"id: 53581432-6c55-4ba2-a65f-72344a91553a\"");
        }
        if (!context.problems().isEmpty()) {
            throw new DescriptorException(context.problems());
        }
        SchemaCheck.check(mapping, kind, apiVersion)
                .forEach(located -> context.deviation(located.deviation(), located.location()));
        Placeholders.find(mapping).forEach(located -> context.deviation(located.deviation(), located.location()));
        Descriptor descriptor = kind == DescriptorKind.DATA_CONTRACT
                ? ContractMapper.map(document, apiVersion, id, context)
                : ProductMapper.map(document, apiVersion, id, context);
        if (!context.problems().isEmpty()) {
            List<Problem> sorted = new ArrayList<>(context.problems());
            sorted.sort(null);
            throw new DescriptorException(sorted);
        }
        return descriptor;
    }

    private static DescriptorKind kind(Section document, Node.Mapping root) {
        String kind = document.text("kind");
        List<String> kinds = Arrays.stream(DescriptorKind.values()).map(DescriptorKind::kindName).toList();
        if (kind == null) {
            boolean looksLikeOurs = root.members().containsKey("apiVersion") && root.members().containsKey("id");
            document.missing("kind", "add \"kind: DataContract\" for an ODCS data contract or "
                    + "\"kind: DataProduct\" for an ODPS data product" + (looksLikeOurs ? ""
                    : " (" + ForeignFormats.describeOther(root) + ")"));
            return null;
        }
        for (DescriptorKind candidate : DescriptorKind.values()) {
            if (candidate.kindName().equals(kind)) {
                return candidate;
            }
        }
        String hint = ClosestName.hint(kind, kinds);
        document.invalid("kind", "expected one of " + kinds + " but was " + Quoting.word(kind) + (hint.isEmpty()
                ? " (" + ForeignFormats.describeOther(root) + ")" : hint));
        return null;
    }

    private static String apiVersion(Section document, DescriptorKind kind) {
        String apiVersion = document.text("apiVersion");
        if (apiVersion == null) {
            List<String> versions = kind.apiVersions();
            document.missing("apiVersion", "add the " + kind.standard() + " version the file follows, e.g. "
                    + "\"apiVersion: " + versions.get(versions.size() - 1) + "\"");
            return null;
        }
        if (!kind.apiVersions().contains(apiVersion)) {
            document.invalid("apiVersion", kind.standard() + " "
                    + (apiVersion.length() <= 40 ? Quoting.escape(apiVersion) : "version") + " is not supported; meshgov reads "
                    + kind.apiVersions().stream().collect(Collectors.joining(", "))
                    + (kind == DescriptorKind.DATA_CONTRACT && apiVersion.startsWith("v2")
                            ? " (ODCS v2 contracts must be migrated to v3 first)" : ""));
            return null;
        }
        return apiVersion;
    }

    static Description description(Section parent) {
        Node node = parent.node("description");
        if (node instanceof Node.Scalar scalar && scalar.type() != Node.ScalarType.NULL) {
            parent.invalid("description", "expected an object with purpose, usage and limitations but was text; "
                    + "write \"description:\" and beneath it \"purpose: " + abbreviate(scalar.text()) + "\"");
            return null;
        }
        Section section = parent.section("description");
        if (section == null) {
            return null;
        }
        return new Description(section.elementPath(), section.text("purpose"), section.text("usage"),
                section.text("limitations"), section.authoritativeDefinitions(), section.customProperties(),
                section.extensions());
    }

    /** ODCS v3.1 and ODPS write {@code team} as an object with members; ODCS v3.0 as a bare list of members. */
    static Team team(Section parent) {
        Node node = parent.node("team");
        if (node == null || node instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.NULL) {
            return null;
        }
        if (node instanceof Node.Sequence sequence) {
            List<TeamMember> members = teamMembers(parent.entries(sequence, parent.childDocumentPath("team"),
                    "username", "team.members"));
            return new Team("team", null, null, members, List.of(), Map.of());
        }
        Section team = parent.section("team");
        if (team == null) {
            return null;
        }
        String name = team.text("name");
        String description = team.text("description");
        List<TeamMember> members = teamMembers(team.sections("members", "username"));
        List<String> tags = team.texts("tags");
        return new Team(team.elementPath(), name, description, members, tags, team.extensions());
    }

    private static List<TeamMember> teamMembers(List<Section> sections) {
        List<TeamMember> members = new ArrayList<>();
        for (Section member : sections) {
            members.add(new TeamMember(member.elementPath(), member.text("username"), member.text("name"),
                    member.text("role"), member.text("description"), member.text("dateIn"),
                    member.text("dateOut"), member.text("replacedByUsername"), member.extensions()));
        }
        return members;
    }

    static List<SupportChannel> support(Section parent) {
        List<SupportChannel> channels = new ArrayList<>();
        for (Section channel : parent.sections("support", "channel")) {
            channels.add(new SupportChannel(channel.elementPath(), channel.text("channel"), channel.text("tool"),
                    channel.text("url"), channel.text("scope"), channel.text("description"),
                    channel.customProperties(), channel.extensions()));
        }
        return channels;
    }

    private static String abbreviate(String text) {
        return Quoting.escape(text.length() <= 40 ? text : text.substring(0, 37) + "...");
    }
}
