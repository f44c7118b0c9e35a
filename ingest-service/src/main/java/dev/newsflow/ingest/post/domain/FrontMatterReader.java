package dev.newsflow.ingest.post.domain;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads front matter with snakeyaml's safe constructor and hardened limits (no duplicate keys, few aliases, shallow
 * nesting, bounded size), keeping the file line of every top-level key; front matter of the common flat shape is
 * composed by {@link FlatFrontMatter} into the same nodes, without snakeyaml's scanner.
 */
final class FrontMatterReader {

    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 20;
    private static final Pattern LEFT_OPEN = Pattern.compile("while (scanning a quoted scalar|parsing a flow)");

    private final LoaderOptions options;
    private final ThreadLocal<Yaml> yaml;
    private final ThreadLocal<ValueConstructor> constructors;
    private final FlatFrontMatter flat;

    FrontMatterReader(int maxCodePoints) {
        this(maxCodePoints, true);
    }

    /** A reader that composes flat front matter itself when {@code flatShape}, or leaves every one to snakeyaml. */
    FrontMatterReader(int maxCodePoints, boolean flatShape) {
        this.flat = flatShape ? new FlatFrontMatter(new TextDatesResolver()) : null;
        this.options = options(maxCodePoints);
        this.yaml = ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(options),
                new Representer(new DumperOptions()), new DumperOptions(), options, new TextDatesResolver()));
        this.constructors = ThreadLocal.withInitial(() -> new ValueConstructor(options));
    }

    /** The top-level keys of the front matter, in order, each with its YAML node and file line. */
    Map<String, FrontMatterEntry> read(FrontMatter frontMatter) throws PostRejectedException {
        Node root = compose(frontMatter);
        Map<String, FrontMatterEntry> entries = new LinkedHashMap<>();
        if (root == null) {
            return entries;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new PostRejectedException(frontMatter.fileLine(root.getStartMark()), null,
                    "the front matter must be a mapping of keys to values");
        }
        ValueConstructor constructor = constructors.get();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = frontMatter.fileLine(tuple.getKeyNode().getStartMark());
            String key = keyOf(tuple.getKeyNode(), line);
            if (entries.containsKey(key)) {
                throw new PostRejectedException(line, key, "the key '" + key + "' appears more than once");
            }
            entries.put(key,
                    new FrontMatterEntry(tuple.getValueNode(), line, frontMatter.firstYamlLine(), constructor));
        }
        return entries;
    }

    private static String keyOf(Node keyNode, int line) throws PostRejectedException {
        if (keyNode instanceof ScalarNode key && key.getTag().equals(Tag.MERGE)) {
            throw new PostRejectedException(line, null,
                    "merge keys ('<<') are not supported at the top level of the front matter");
        }
        if (!(keyNode instanceof ScalarNode key)) {
            throw new PostRejectedException(line, null, "front-matter keys must be text, not "
                    + (keyNode instanceof MappingNode ? "a mapping" : "a list"));
        }
        return key.getValue();
    }

    private static LoaderOptions options(int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(maxCodePoints);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    private Node compose(FrontMatter frontMatter) throws PostRejectedException {
        Node flatRoot = flat == null ? null : flat.compose(frontMatter.yaml());
        if (flatRoot != null) {
            return flatRoot;
        }
        try {
            return yaml.get().compose(new StringReader(frontMatter.yaml()));
        } catch (MarkedYAMLException e) {
            throw yamlError(frontMatter, e);
        } catch (ReaderException e) {
            throw new PostRejectedException(frontMatter.fileLineOfCodePoint(e.getPosition()), null, invalid(
                    String.format(Locale.ROOT, "special character U+%04X is not allowed", e.getCodePoint())));
        } catch (YAMLException e) {
            throw new PostRejectedException(limitMessage(e));
        }
    }

    /**
     * The rejection of YAML that snakeyaml could not read. A quote or bracket left open is reported on the line that
     * opens it, not where the scanner gave up (the end of the front matter, or the next key), which is said after.
     */
    private static PostRejectedException yamlError(FrontMatter frontMatter, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        if (e.getContextMark() == null || e.getProblemMark() == null || !LEFT_OPEN.matcher(
                String.valueOf(e.getContext())).lookingAt()) {
            return new PostRejectedException(frontMatter.fileLine(e.getProblemMark() == null ? e.getContextMark()
                    : e.getProblemMark()), null, invalid(problem));
        }
        int start = frontMatter.fileLine(e.getContextMark());
        int end = frontMatter.fileLine(e.getProblemMark());
        return new PostRejectedException(start, null, invalid(e.getContext() + ", " + problem
                + (end == start ? "" : " on line " + end)));
    }

    /** The reason for YAML that snakeyaml could not read. */
    static String invalid(String problem) {
        return "invalid YAML in the front matter: " + String.valueOf(problem).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String limitMessage(YAMLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("aliases")) {
            return "the front matter uses too many YAML aliases (limit " + MAX_ALIASES + ")";
        }
        if (message.contains("nesting")) {
            return "the front matter is nested deeper than " + MAX_NESTING + " levels";
        }
        return invalid(e.getMessage());
    }

    /**
     * Builds a value with snakeyaml's safe constructor, as a document of its own, refusing duplicate keys; one per
     * thread, reused (each value's construction clears what it kept).
     */
    static final class ValueConstructor extends SafeConstructor {

        ValueConstructor(LoaderOptions options) {
            super(options);
            setAllowDuplicateKeys(options.isAllowDuplicateKeys());
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }

    /** YAML 1.1 implicit types except timestamps: dates stay text, so the parser decides how to read them. */
    private static final class TextDatesResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
