package io.meshgov.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.drools.compiler.kproject.models.KieModuleModelImpl;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;

/**
 * The KIE modules on a classpath — jars (or folders) with a {@code META-INF/kmodule.xml}, Drools' convention for
 * shipping rules — and the knowledge bases they declare. This is how a team publishes a rule pack to its Maven
 * repository: a jar with DRL files and a {@code kmodule.xml} naming a {@code kbase} and its packages.
 */
final class KieModules {

    /** The kmodule configuration property a pack may use to state its version when no Maven descriptor is at hand. */
    static final String VERSION_PROPERTY = "meshgov.pack.version";

    private static final String KMODULE = "META-INF/kmodule.xml";

    private KieModules() {
    }

    /**
     * A knowledge base declared by a module on the classpath.
     *
     * @param name     the kbase's name
     * @param artifact {@code groupId:artifactId} from the module's Maven descriptor; empty when it has none
     * @param version  the module's version (Maven descriptor, else {@value #VERSION_PROPERTY}); empty when unknown
     * @param folders  the classpath folders of its packages ({@code io/meshgov/rules/standard}); empty for all
     * @param module   the module's {@code kmodule.xml}
     */
    record KieBaseEntry(String name, String artifact, String version, List<String> folders, URL module) {
    }

    /** Every knowledge base of every module the class loader sees, in classpath order. */
    static List<KieBaseEntry> kieBases(ClassLoader classLoader) {
        List<KieBaseEntry> bases = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(KMODULE))) {
                KieModuleModel module;
                try (InputStream in = url.openStream()) {
                    module = KieModuleModelImpl.fromXML(in);
                }
                String[] maven = mavenDescriptor(url);
                String version = !maven[1].isEmpty() ? maven[1]
                        : String.valueOf(module.getConfigurationProperties().getOrDefault(VERSION_PROPERTY, ""));
                for (KieBaseModel base : module.getKieBaseModels().values()) {
                    List<String> folders = base.getPackages().stream()
                            .map(pkg -> pkg.replaceFirst("\\.?\\*$", "").replace('.', '/'))
                            .filter(folder -> !folder.isEmpty())
                            .toList();
                    bases.add(new KieBaseEntry(base.getName(), maven[0], version, folders, url));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bases;
    }

    /** Applies {@code reader} to the root of the module holding {@code kmodule} while it is open. */
    static <T> T openModule(URL kmodule, Function<Path, T> reader) throws IOException {
        String text = kmodule.toString();
        return ClasspathFolder.open(new URL(text.substring(0, text.length() - KMODULE.length())), "/", reader);
    }

    /** {@code [groupId:artifactId, version]} from the module's {@code META-INF/maven/.../pom.properties}. */
    private static String[] mavenDescriptor(URL kmodule) throws IOException {
        return openModule(kmodule, root -> {
            Path maven = root.resolve("META-INF/maven");
            if (!Files.isDirectory(maven)) {
                return new String[] {"", ""};
            }
            try (Stream<Path> walk = Files.walk(maven, 3)) {
                List<Path> descriptors = walk.filter(path -> path.getFileName() != null
                        && path.getFileName().toString().equals("pom.properties")).toList();
                if (descriptors.size() != 1) {
                    return new String[] {"", ""};
                }
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(descriptors.get(0))) {
                    properties.load(in);
                }
                return new String[] {properties.getProperty("groupId", "") + ":" + properties.getProperty("artifactId", ""),
                        properties.getProperty("version", "")};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
