package io.meshgov.internal.engine;

import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies what a restricted layer's compiled rules can reach. The executable model turns every condition,
 * consequence and function into Java classes; each class's constant pool lists every method and field its code can
 * call or read. Every one of them must be on the allow-list below — the facts and conventions, reporting findings,
 * pure JDK values (text, numbers, {@code java.time}, collections), and the rule-building classes Drools generates
 * code against — so a restricted pack cannot exit the JVM, touch files, processes, the network, reflection or
 * threads, reach the session or its globals, delete or update facts, or create the model's facts.
 *
 * <p>This checks the compiled code, not the DRL's words: a call written any way at all (an import, a function, a
 * method reference, a fully qualified name) ends up in the constant pool.
 */
final class RestrictedCode {

    /** JDK classes whose every method and field a restricted rule may use, less {@link #DENIED_MEMBERS}. */
    private static final Set<String> JDK_CLASSES = Set.of(
            "java/lang/Object", "java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence",
            "java/lang/Math", "java/lang/StrictMath", "java/lang/Number", "java/lang/Integer", "java/lang/Long",
            "java/lang/Double", "java/lang/Float", "java/lang/Short", "java/lang/Byte", "java/lang/Boolean",
            "java/lang/Character", "java/lang/Enum", "java/lang/Comparable", "java/lang/Iterable",
            "java/lang/RuntimeException", "java/lang/IllegalArgumentException", "java/lang/IllegalStateException",
            "java/lang/NullPointerException", "java/lang/ArithmeticException",
            "java/lang/invoke/StringConcatFactory", "java/lang/invoke/LambdaMetafactory",
            "java/math/BigDecimal", "java/math/BigInteger", "java/math/RoundingMode",
            "java/util/List", "java/util/Map", "java/util/Map$Entry", "java/util/Set", "java/util/Collection",
            "java/util/Iterator", "java/util/ListIterator", "java/util/Objects", "java/util/Optional",
            "java/util/OptionalInt", "java/util/OptionalLong", "java/util/OptionalDouble", "java/util/Collections",
            "java/util/Arrays", "java/util/ArrayList", "java/util/LinkedList", "java/util/HashMap",
            "java/util/HashSet", "java/util/LinkedHashMap", "java/util/LinkedHashSet", "java/util/TreeMap",
            "java/util/TreeSet", "java/util/Locale", "java/util/Comparator");

    /** Whole JDK packages of values: dates and times, functional interfaces, streams. */
    private static final List<String> JDK_PACKAGES = List.of("java/time/", "java/util/function/", "java/util/stream/");

    /**
     * Members of allowed classes that are not allowed: regular expressions (a pattern can backtrack for longer than
     * any budget can stop), waiting, the class object (the door to reflection), parallel streams and sorts
     * (threads), endless streams and powers of numbers or texts (no end, or no memory left), and reading the clock,
     * system properties, identity hashes or random numbers (the evaluation date is the {@code Evaluation} fact; the
     * same descriptor always gets the same decision), and changing the JVM's default locale.
     */
    private static final Set<String> DENIED_MEMBERS = Set.of(
            "java/lang/String.matches", "java/lang/String.replaceAll", "java/lang/String.replaceFirst",
            "java/lang/String.split", "java/lang/Object.getClass", "java/lang/Object.wait", "java/lang/Object.notify",
            "java/lang/Object.notifyAll", "java/util/stream/Stream.parallel", "java/util/stream/BaseStream.parallel",
            "java/util/Collection.parallelStream", "java/util/List.parallelStream", "java/util/Set.parallelStream",
            "java/util/Locale.setDefault", "java/lang/Integer.getInteger", "java/lang/Long.getLong",
            "java/lang/Boolean.getBoolean", "java/lang/Math.random", "java/lang/StrictMath.random",
            "java/time/ZoneId.systemDefault", "java/time/Clock.systemDefaultZone", "java/time/Clock.systemUTC",
            "java/time/InstantSource.system", "java/util/stream/IntStream.parallel", "java/util/stream/LongStream.parallel",
            "java/util/stream/DoubleStream.parallel", "java/util/stream/StreamSupport.stream",
            "java/util/stream/StreamSupport.intStream", "java/util/stream/StreamSupport.longStream",
            "java/util/stream/StreamSupport.doubleStream", "java/util/Arrays.parallelSort",
            "java/util/Arrays.parallelSetAll", "java/util/Arrays.parallelPrefix", "java/util/Collections.shuffle",
            "java/lang/Object.hashCode", "java/util/Objects.hashCode", "java/util/Objects.hash",
            "java/util/stream/Stream.iterate", "java/util/stream/Stream.generate", "java/util/stream/IntStream.iterate",
            "java/util/stream/IntStream.generate", "java/util/stream/LongStream.iterate",
            "java/util/stream/LongStream.generate", "java/util/stream/DoubleStream.iterate",
            "java/util/stream/DoubleStream.generate", "java/math/BigInteger.pow", "java/math/BigDecimal.pow",
            "java/lang/String.repeat", "java/lang/StringBuilder.repeat", "java/util/stream/IntStream.range",
            "java/util/stream/IntStream.rangeClosed", "java/util/stream/LongStream.range",
            "java/util/stream/LongStream.rangeClosed", "java/util/Collections.nCopies");

    /** Single members of otherwise denied classes: the array copy that every generated enum's values() makes. */
    private static final Set<String> ALLOWED_MEMBERS = Set.of("java/lang/System.arraycopy");

    /** Drools classes the generated code builds rules with; nothing in them reaches a session. */
    private static final List<String> DROOLS_PACKAGES = List.of("org/drools/model/", "org/drools/modelcompiler/dsl/",
            "org/drools/core/base/accumulators/");
    private static final Set<String> DROOLS_CLASSES = Set.of("org/drools/modelcompiler/util/EvaluationUtil",
            "org/drools/util/DateUtils");

    /** The consequence's handles on the session: only deriving facts goes through. */
    private static final Set<String> SESSION_CLASSES = Set.of("org/drools/model/Drools",
            "org/drools/modelcompiler/consequence/DroolsImpl", "org/drools/core/rule/consequence/KnowledgeHelper");
    private static final Set<String> SESSION_MEMBERS_ALLOWED = Set.of("insert", "insertLogical", "asKnowledgeHelper");

    /** meshgov types a rule reads: facts, conventions, the evaluation, and the findings it reports to. */
    private static final List<String> MESHGOV_PACKAGES = List.of("io/meshgov/model/", "io/meshgov/conventions/",
            "io/meshgov/evolution/");
    private static final Set<String> MESHGOV_CLASSES = Set.of("io/meshgov/decision/Findings",
            "io/meshgov/decision/Severity");

    private RestrictedCode() {
    }

    /** A method or field that compiled code refers to. */
    private record Reference(String owner, String name, String descriptor, boolean field) {

        String javaName() {
            return owner.replace('/', '.') + (name.equals("<init>") ? "" : "." + name);
        }
    }

    /**
     * Every reference of the module's classes that a restricted layer may not make, as problems located at the
     * place in the layer's rule files that makes it.
     */
    static List<Problem> verify(Map<String, byte[]> classes, String layer, List<DrlChecker.Result> files,
                                ClassLoader classLoader) {
        Set<String> ownClasses = new LinkedHashSet<>();
        for (String file : classes.keySet()) {
            ownClasses.add(file.substring(0, file.length() - ".class".length()));
        }
        Set<Reference> denied = new LinkedHashSet<>();
        for (Map.Entry<String, byte[]> file : classes.entrySet()) {
            for (Reference reference : references(file.getValue())) {
                if (!ownClasses.contains(reference.owner()) && !allowed(reference, classLoader)) {
                    denied.add(reference);
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Reference reference : denied) {
            String message = "layer '" + layer + "' is restricted and may not " + what(reference)
                    + "; only a layer the policy marks 'trusted: true' may";
            Problem problem = Problem.error(Code.RULE_RESTRICTED, locate(files, reference), "", message);
            if (reported.add(problem.toString())) {
                problems.add(problem);
            }
        }
        problems.sort(null);
        return problems;
    }

    private static String what(Reference reference) {
        String owner = reference.owner();
        if (reference.name().equals("<init>")) {
            return "create " + owner.replace('/', '.') + (owner.startsWith("io/meshgov/")
                    ? " (facts come from the descriptor; a layer cannot add to them)" : "");
        }
        String verb = reference.field() ? "use " : "call ";
        String why = "";
        if (SESSION_CLASSES.contains(owner) || owner.startsWith("org/kie/") || owner.startsWith("org/drools/")) {
            why = " (a restricted layer reads facts and reports findings; it cannot change the session, its facts or"
                    + " its globals)";
        } else if (owner.equals("java/lang/Class") || owner.startsWith("java/lang/reflect/")
                || owner.startsWith("java/lang/invoke/") || reference.name().equals("getClass")) {
            why = " (reflection)";
        } else if (LOCALE_DEPENDENT.contains(owner + "." + reference.name() + reference.descriptor())) {
            why = " without a locale (the decision would depend on the machine's language settings; pass"
                    + " java.util.Locale.ROOT)";
        } else if (owner.equals("java/util/regex/Pattern") || owner.equals("java/util/regex/Matcher")
                || owner.equals("java/lang/String") && !reference.field()) {
            why = " (regular expressions can run longer than any time budget; use startsWith, endsWith or contains)";
        }
        return verb + reference.javaName() + why;
    }

    /** Text methods whose result depends on the machine's locale when no locale is given. */
    private static final Set<String> LOCALE_DEPENDENT = Set.of("java/lang/String.toLowerCase()Ljava/lang/String;",
            "java/lang/String.toUpperCase()Ljava/lang/String;",
            "java/lang/String.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;",
            "java/lang/String.formatted([Ljava/lang/Object;)Ljava/lang/String;");

    private static boolean allowed(Reference reference, ClassLoader classLoader) {
        String owner = reference.owner();
        if (LOCALE_DEPENDENT.contains(owner + "." + reference.name() + reference.descriptor())) {
            return false;
        }
        if (DENIED_MEMBERS.contains(owner + "." + reference.name())) {
            return false;
        }
        if (ALLOWED_MEMBERS.contains(owner + "." + reference.name())) {
            return true;
        }
        if (owner.startsWith("[")) {
            return true; // array clone() and length: arrays of anything the code could already name
        }
        if (JDK_CLASSES.contains(owner) || startsWithAny(owner, JDK_PACKAGES)) {
            return !(owner.startsWith("java/time/") && (reference.name().equals("now") || owner.equals("java/time/Clock")));
        }
        if (SESSION_CLASSES.contains(owner)) {
            return SESSION_MEMBERS_ALLOWED.contains(reference.name());
        }
        if (DROOLS_CLASSES.contains(owner) || startsWithAny(owner, DROOLS_PACKAGES)) {
            return true;
        }
        if (MESHGOV_CLASSES.contains(owner) || startsWithAny(owner, MESHGOV_PACKAGES)) {
            return readsOnly(reference, classLoader);
        }
        return false;
    }

    /**
     * A meshgov member a rule may use: an instance method, a final field, or an enum's constants and lookups;
     * never a constructor or a static method, which could make facts or read files.
     */
    private static boolean readsOnly(Reference reference, ClassLoader classLoader) {
        if (reference.name().equals("<init>")) {
            return false;
        }
        Class<?> type;
        try {
            type = Class.forName(reference.owner().replace('/', '.'), false, classLoader);
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return false;
        }
        if (!isMeshgovsOwn(type)) {
            return false;   // a class in meshgov's package from another jar: trusted by where it comes from, not its name
        }
        if (reference.field()) {
            for (Field field : type.getFields()) {
                if (field.getName().equals(reference.name())) {
                    return Modifier.isFinal(field.getModifiers());
                }
            }
            return false;
        }
        if (type.isEnum() && (reference.name().equals("values") || reference.name().equals("valueOf"))) {
            return true;
        }
        for (Method method : type.getMethods()) {
            if (method.getName().equals(reference.name()) && descriptor(method).equals(reference.descriptor())) {
                return !Modifier.isStatic(method.getModifiers());
            }
        }
        return false;
    }

    /** Whether a class was loaded from meshgov's own code (this very jar or classes folder), not from a pack's jar. */
    static boolean isMeshgovsOwn(Class<?> type) {
        java.security.CodeSource own = RestrictedCode.class.getProtectionDomain().getCodeSource();
        java.security.CodeSource its = type.getProtectionDomain().getCodeSource();
        return own != null && its != null && own.getLocation() != null && own.getLocation().equals(its.getLocation());
    }

    private static String descriptor(Method method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            descriptor.append(descriptor(parameter));
        }
        return descriptor.append(')').append(descriptor(method.getReturnType())).toString();
    }

    private static String descriptor(Class<?> type) {
        if (type.isArray()) {
            return "[" + descriptor(type.getComponentType());
        }
        if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "int" -> "I";
                case "long" -> "J";
                case "boolean" -> "Z";
                case "double" -> "D";
                case "float" -> "F";
                case "short" -> "S";
                case "byte" -> "B";
                case "char" -> "C";
                default -> "V";
            };
        }
        return "L" + type.getName().replace('.', '/') + ";";
    }

    private static boolean startsWithAny(String owner, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (owner.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a rule file makes the reference: {@code System.exit}, else {@code .exit(}, else {@code exit(}, else
     * {@code new TeamMember}; the file's start when the words are not in it (a call Drools generated for a
     * keyword, such as {@code drools} or {@code kcontext}).
     */
    private static SourceLocation locate(List<DrlChecker.Result> files, Reference reference) {
        String simpleOwner = reference.owner().substring(reference.owner().lastIndexOf('/') + 1);
        simpleOwner = simpleOwner.substring(simpleOwner.lastIndexOf('$') + 1);
        List<String> needles = reference.name().equals("<init>") ? List.of("new " + simpleOwner, simpleOwner)
                : List.of(simpleOwner + "." + reference.name(), "." + reference.name() + "(",
                        reference.name() + "(", reference.name(), "drools.", "kcontext");
        for (String needle : needles) {
            for (DrlChecker.Result result : files) {
                String text = result.file().text();
                int at = text.indexOf(needle);
                if (at >= 0) {
                    int offset = needle.startsWith(".") ? at + 1 : at;
                    return locationOf(result.file().name(), text, offset);
                }
            }
        }
        return new SourceLocation(files.isEmpty() ? "rules" : files.get(0).file().name(), 0, 0);
    }

    private static SourceLocation locationOf(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int start = offset;
        while (start > lineStart && (Character.isJavaIdentifierPart(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--; // back to the start of a qualified name: java.lang.System.exit, $c.getClass
        }
        return new SourceLocation(file, line, start - lineStart + 1);
    }

    /** The methods and fields a class file's constant pool names. */
    private static List<Reference> references(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.readInt(); // magic
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] tags = new int[count];
            int[] first = new int[count];
            int[] second = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // longs and doubles take two entries
                    }
                    case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> {
                        first[i] = in.readUnsignedShort();
                        second[i] = in.readUnsignedShort();
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        first[i] = in.readUnsignedShort();
                    }
                    default -> throw new IllegalStateException("unknown constant pool tag " + tag);
                }
            }
            List<Reference> references = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
                    String owner = utf8[first[first[i]]];
                    int nameAndType = second[i];
                    references.add(new Reference(owner, utf8[first[nameAndType]], utf8[second[nameAndType]],
                            tags[i] == 9));
                }
            }
            return references;
        } catch (IOException e) {
            throw new IllegalStateException("a class Drools generated cannot be read", e);
        }
    }
}
