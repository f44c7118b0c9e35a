package dev.newsflow.enrich.figure.domain;

/** Hard-wraps text the way a plain-text editor does, so the evaluation can check that line breaks change nothing. */
final class HardWrap {

    private HardWrap() {
    }

    /**
     * {@code text} with every line of prose longer than {@code width} broken at spaces; table rows and other lines
     * without a sentence stay whole, a number grouped with spaces ("12 800,52") is never broken, and the
     * continuation lines of a list item are indented, as Markdown writes them.
     */
    static String wrap(String text, int width) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + text.length() / width);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (line.length() <= width || trimmed.startsWith("|") || !line.contains(". ") && !line.endsWith(".")) {
                out.append(line);
                continue;
            }
            String lead = line.substring(0, line.length() - trimmed.length());
            String indent = lead + (trimmed.matches("([-*+]|\\d{1,3}[.)])\\s.*") ? "  " : "");
            out.append(lead);
            int column = lead.length();
            boolean lineHasWord = false;
            for (String word : trimmed.split("(?<!\\d) |(?<=\\d) (?!\\d{3}\\b)")) {
                if (lineHasWord && column + 1 + word.length() > width) {
                    out.append('\n').append(indent);
                    column = indent.length();
                    lineHasWord = false;
                }
                if (lineHasWord) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
                lineHasWord = true;
            }
        }
        return out.toString();
    }
}
