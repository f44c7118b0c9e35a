package dev.newsflow.ingest.post.domain;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** One top-level front-matter key: its YAML node, its file line, and typed readings of its value. */
final class FrontMatterEntry {

    private final Node node;
    private final int line;
    private final int firstYamlLine;
    private final FrontMatterReader.ValueConstructor constructor;

    FrontMatterEntry(Node node, int line, int firstYamlLine, FrontMatterReader.ValueConstructor constructor) {
        this.node = node;
        this.line = line;
        this.firstYamlLine = firstYamlLine;
        this.constructor = constructor;
    }

    /** The 1-based file line of the key. */
    int line() {
        return line;
    }

    /** Whether the value is null or empty ({@code key:} alone, {@code ~}, {@code null}). */
    boolean isNull() {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** The value as it was written when it is a scalar, so {@code title: No} stays the text "No"; null for null. */
    String text(String field) throws PostRejectedException {
        if (isNull()) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new PostRejectedException(line, field, field + " must be text, not " + shape());
    }

    /** The value as a list of texts: a sequence of scalars, or one scalar as a list of one; empty for null. */
    List<String> texts(String field) throws PostRejectedException {
        if (isNull()) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            List<String> texts = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    throw new PostRejectedException(item.getStartMark().getLine() + firstYamlLine,
                            field, field + " items must be text");
                }
                if (!scalar.getTag().equals(Tag.NULL)) {
                    texts.add(scalar.getValue());
                }
            }
            return List.copyOf(texts);
        }
        return List.of(text(field));
    }

    /** The value as snakeyaml's safe constructor builds it (String, Integer, Double, Boolean, List, Map, null). */
    Object value() {
        return constructor.construct(node);
    }

    /** Whether the value is a YAML number (int or float), not quoted text. */
    boolean isNumber() {
        return node instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT));
    }

    private String shape() {
        return node instanceof MappingNode ? "a mapping" : "a list";
    }
}
