package dev.newsflow.ingest.post.domain;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the common flat shape of front matter without snakeyaml's scanner: one {@code key: value} per line at
 * the left margin, each value a single-line scalar (plain, or quoted without escapes) or, after a bare
 * {@code key:}, a block list of such scalars. It builds the same nodes snakeyaml's composer would, tags resolved by
 * the same resolver; anything else (comments, blank lines, flow collections, escapes, anchors, tabs, continued
 * lines, trailing spaces, a character snakeyaml could refuse) it declines, and snakeyaml reads the front matter.
 */
final class FlatFrontMatter {

    /** Well under snakeyaml's 1,024 characters for an implicit key, so no key it would refuse is taken here. */
    private static final int MAX_KEY = 128;
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final int[] NO_BUFFER = new int[0];

    private final Resolver resolver;

    FlatFrontMatter(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The mapping snakeyaml would compose from {@code yaml}, or null when the text is not of the flat shape. */
    MappingNode compose(String yaml) {
        if (yaml.isEmpty() || yaml.charAt(yaml.length() - 1) != '\n') {
            return null;
        }
        List<NodeTuple> tuples = new ArrayList<>();
        int start = 0;
        int line = 0;
        while (start < yaml.length()) {
            int end = yaml.indexOf('\n', start);
            int colon = keyEnd(yaml, start, end);
            if (colon < 0) {
                return null;
            }
            Node key = plain(yaml, start, colon, line);
            Node value;
            if (colon + 1 == end) {
                List<Node> items = new ArrayList<>();
                int next = items(yaml, end + 1, line + 1, items);
                if (next < 0) {
                    return null;
                }
                value = items.isEmpty() ? new ScalarNode(resolver.resolve(NodeId.scalar, "", true), "",
                        mark(line), mark(line), DumperOptions.ScalarStyle.PLAIN)
                        : new SequenceNode(Tag.SEQ, true, items, mark(line + 1), mark(line + items.size()),
                        DumperOptions.FlowStyle.BLOCK);
                line += 1 + items.size();
                start = next;
            } else {
                if (yaml.charAt(colon + 1) != ' ') {
                    return null;
                }
                value = scalar(yaml, colon + 2, end, line);
                if (value == null) {
                    return null;
                }
                line++;
                start = end + 1;
            }
            if (key == null) {
                return null;
            }
            tuples.add(new NodeTuple(key, value));
        }
        return new MappingNode(Tag.MAP, true, tuples, mark(0), mark(line), DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * Reads the list items from {@code start} on into {@code items}: lines of one indentation, each {@code - } and a
     * scalar. Returns where the first line after them starts, or -1 when a line there is not of the flat shape.
     */
    private int items(String yaml, int start, int line, List<Node> items) {
        int indent = -1;
        int at = start;
        while (at < yaml.length()) {
            int end = yaml.indexOf('\n', at);
            int dash = at;
            while (dash < end && yaml.charAt(dash) == ' ') {
                dash++;
            }
            if (dash == at && (dash == end || yaml.charAt(dash) != '-')) {
                return at;
            }
            if (dash + 1 >= end || yaml.charAt(dash) != '-' || yaml.charAt(dash + 1) != ' '
                    || indent >= 0 && dash - at != indent) {
                return -1;
            }
            indent = dash - at;
            Node item = scalar(yaml, dash + 2, end, line + items.size());
            if (item == null) {
                return -1;
            }
            items.add(item);
            at = end + 1;
        }
        return at;
    }

    /** The index of the colon ending a plain key at {@code start}, or -1 when the line does not open with one. */
    private static int keyEnd(String yaml, int start, int end) {
        int i = start;
        while (i < end && i - start < MAX_KEY && isKeyChar(yaml.charAt(i))) {
            i++;
        }
        return i > start && i < end && yaml.charAt(i) == ':' && yaml.charAt(start) != '-' ? i : -1;
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** The scalar that fills {@code [from, to)}, or null when it is not a single-line one this reader takes. */
    private Node scalar(String yaml, int from, int to, int line) {
        if (from >= to) {
            return null;
        }
        char first = yaml.charAt(from);
        if (first == '"' || first == '\'') {
            if (to - from < 2 || yaml.charAt(to - 1) != first || !plainText(yaml, from + 1, to - 1, first)) {
                return null;
            }
            return new ScalarNode(Tag.STR, yaml.substring(from + 1, to - 1), mark(line), mark(line),
                    first == '"' ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.SINGLE_QUOTED);
        }
        return plain(yaml, from, to, line);
    }

    /**
     * A plain scalar: it opens with no indicator (a {@code -} only before a non-space), holds no {@code #} and no
     * {@code ': '}, ends in neither a space nor a colon, and is no merge key ({@code <<}), whose value snakeyaml
     * cannot build and reports with its own position. Text with a space inside (a date and time, words) is text
     * without asking the resolver: no implicit type but a lone space's null has a space in it.
     */
    private ScalarNode plain(String yaml, int from, int to, int line) {
        char first = yaml.charAt(from);
        char last = yaml.charAt(to - 1);
        if (first == ' ' || INDICATORS.indexOf(first) >= 0 && (first != '-' || to - from < 2
                || yaml.charAt(from + 1) == ' ') || last == ' ' || last == ':' || !plainText(yaml, from, to, '#')) {
            return null;
        }
        String value = yaml.substring(from, to);
        Tag tag = value.indexOf(' ') >= 0 ? Tag.STR : resolver.resolve(NodeId.scalar, value, true);
        if (tag.equals(Tag.MERGE) || tag.equals(Tag.YAML)) {
            return null;
        }
        return new ScalarNode(tag, value, mark(line), mark(line), DumperOptions.ScalarStyle.PLAIN);
    }

    /**
     * Whether {@code [from, to)} holds only characters that mean themselves in any scalar: printable, no tab, no
     * backslash, no line break of YAML 1.1's (U+2028, U+2029), no byte-order mark, surrogates only in pairs, not
     * {@code excluded}, and (for a plain scalar, whose {@code excluded} is {@code #}) no colon before a space.
     */
    private static boolean plainText(String yaml, int from, int to, char excluded) {
        for (int i = from; i < to; i++) {
            char c = yaml.charAt(i);
            if (c >= ' ' && c <= '~') {
                if (c == excluded || c == '\\' || excluded == '#' && c == ':' && i + 1 < to
                        && yaml.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= to || !Character.isLowSurrogate(yaml.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c >= 0xD800 && c < 0xE000 || c >= 0xFFFE
                    || c == 0xFEFF) {
                return false;
            }
        }
        return true;
    }

    private static Mark mark(int line) {
        return new Mark("flat", 0, line, 0, NO_BUFFER, 0);
    }
}
