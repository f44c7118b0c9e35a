package dev.newsflow.enrich.figure.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the figure extractor reads market news with, kept out of the code in the sectioned lists of
 * {@code vocabulary/*.txt} ("[up]" starts the section {@code up}; "#" starts a comment).
 */
final class Vocabulary {

    private static final String FOLDER = "/dev/newsflow/enrich/figure/vocabulary/";
    private static final Map<String, Map<String, List<String>>> FILES = new ConcurrentHashMap<>();

    private Vocabulary() {
    }

    /** The words of a section: {@code words("moves", "up")}. */
    static WordSet words(String file, String section) {
        return WordSet.copyOf(lines(file, section));
    }

    /**
     * Every form of the verbs of a section, each line a lemma and its irregular forms ("rise rose risen"): the lemma,
     * its -s, -ed and -ing forms by the rules of English spelling, and the irregular forms.
     */
    static WordSet verbs(String file, String section) {
        Set<String> forms = new java.util.HashSet<>();
        for (String line : lines(file, section)) {
            String[] words = line.split(" ");
            forms.addAll(List.of(words));
            forms.addAll(Inflections.of(words[0]));
        }
        return WordSet.copyOf(forms);
    }

    /** The entries "key = value" of a section, in the order written. */
    static List<Map.Entry<String, String>> pairs(String file, String section) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String line : lines(file, section)) {
            int equals = line.indexOf(" = ");
            if (equals < 0) {
                throw new IllegalStateException(FOLDER + file + ".txt [" + section + "]: no ' = ' in '" + line + "'");
            }
            pairs.add(new SimpleImmutableEntry<>(line.substring(0, equals).trim(), line.substring(equals + 3).trim()));
        }
        return pairs;
    }

    /** The words of a section in the order written: {@code list("periods", "weekdays")}. */
    static List<String> list(String file, String section) {
        return List.copyOf(lines(file, section));
    }

    /** The entries "key = value" of a section as a map. */
    static Map<String, String> map(String file, String section) {
        Map<String, String> map = new LinkedHashMap<>();
        pairs(file, section).forEach(e -> map.put(e.getKey(), e.getValue()));
        return lookup(map);
    }

    /**
     * An unmodifiable copy of {@code map} for the look-ups made for every token: a hash map, which compares a key's
     * hash before its characters, behind a word set's filter that tells most absent words by one bit.
     */
    static <V> Map<String, V> lookup(Map<String, V> map) {
        return new WordMap<>(java.util.Collections.unmodifiableMap(new java.util.HashMap<>(map)));
    }

    private static List<String> lines(String file, String section) {
        List<String> lines = FILES.computeIfAbsent(file, Vocabulary::read).get(section);
        if (lines == null) {
            throw new IllegalStateException(FOLDER + file + ".txt has no section [" + section + "]");
        }
        return lines;
    }

    private static Map<String, List<String>> read(String file) {
        String resource = FOLDER + file + ".txt";
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), s -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": '" + entry + "' comes before any [section]");
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return sections;
    }
}
