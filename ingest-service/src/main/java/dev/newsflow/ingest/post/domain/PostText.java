package dev.newsflow.ingest.post.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a post's bytes into text: refuses binary content and bytes that are not UTF-8, drops a BOM, uses LF lines. */
final class PostText {

    private static final int BOM_LENGTH = 3;
    /** What a lenient decoding puts for a bad byte sequence; text without it had none. */
    private static final char REPLACEMENT = '\uFFFD';

    private PostText() {
    }

    /** The post as text with {@code \n} line endings. */
    static String decode(byte[] content) throws PostRejectedException {
        int start = hasBom(content) ? BOM_LENGTH : 0;
        rejectBinary(content, start);
        String lenient = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        return lenient.indexOf(REPLACEMENT) < 0 ? normalizeLineEndings(lenient) : strict(content, start);
    }

    /** The post decoded strictly, as only a post with a bad byte sequence or a U+FFFD of its own needs. */
    private static String strict(byte[] content, int start) throws PostRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = lineAt(content, offset);
            throw new PostRejectedException(line, null, String.format(Locale.ROOT,
                    "not valid UTF-8: bad byte sequence at offset %d (line %d)", offset, line));
        }
        return normalizeLineEndings(out.flip().toString());
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= BOM_LENGTH && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    private static void rejectBinary(byte[] content, int start) throws PostRejectedException {
        for (int i = start; i < content.length; i++) {
            int b = content[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                int line = lineAt(content, i);
                throw new PostRejectedException(line, null, String.format(Locale.ROOT,
                        "binary content: byte 0x%02x at offset %d (line %d) is not text", b, i, line));
            }
        }
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n' || content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static String normalizeLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
