package dev.newsflow.ingest.bucket.folder;

import dev.newsflow.ingest.bucket.domain.BucketException;
import dev.newsflow.ingest.post.domain.PostKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Files of a folder bucket: keys as paths that never leave their folder, listing, atomic moves and writes. */
public final class FolderFiles {

    private static final Pattern SEPARATORS = Pattern.compile("\\\\");

    private FolderFiles() {
    }

    /** {@code entry}'s key relative to {@code folder}, with {@code /} separators. */
    static String relativeKey(Path folder, Path entry) {
        return SEPARATORS.matcher(folder.relativize(entry).toString()).replaceAll("/");
    }

    /** The path of {@code key} under {@code folder}; fails when the key would leave the folder. */
    static Path resolve(Path folder, String key) {
        Path path = folder.resolve(key).normalize();
        if (!path.startsWith(folder) || path.equals(folder)) {
            throw new IllegalArgumentException("The key '" + key + "' escapes " + folder);
        }
        return path;
    }

    /**
     * The entries under {@code root} that are not folders or ignored names; entries moved away meanwhile are skipped.
     */
    public static List<Path> entriesUnder(Path root) {
        List<Path> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, new LiveTreeVisitor(root) {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isDirectory() && !PostKeys.isIgnored(file.getFileName().toString())) {
                        entries.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BucketException("Cannot list " + root, e);
        }
        return entries;
    }

    /**
     * The first {@code limit} bytes of {@code file}, or all of it when shorter, read into an array of the size the file
     * has when opened (the usual case: one array, no copy), and grown only if the file grew meanwhile.
     */
    static byte[] read(Path file, int limit) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            InputStream in = Channels.newInputStream(channel);
            byte[] content = in.readNBytes((int) Math.min(channel.size(), limit));
            if (content.length == limit) {
                return content;
            }
            int next = in.read();
            if (next < 0) {
                return content;
            }
            byte[] rest = in.readNBytes(limit - content.length - 1);
            byte[] whole = Arrays.copyOf(content, content.length + 1 + rest.length);
            whole[content.length] = (byte) next;
            System.arraycopy(rest, 0, whole, content.length + 1, rest.length);
            return whole;
        }
    }

    /** Moves {@code source} to {@code target}, atomically where the file system can, replacing what is there. */
    static void move(Path source, Path target) {
        try {
            createParent(target);
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BucketException("Cannot move " + source + " to " + target, e);
        }
    }

    /**
     * Creates the folder {@code target} goes in unless it is one already: asked of a folder that exists,
     * {@link Files#createDirectories} fails to create it and builds an exception before it looks, on every move.
     */
    private static void createParent(Path target) throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(parent);
        }
    }

    /** Writes {@code content} to {@code target} through a hidden {@code .part} file, so no reader sees it half done. */
    static void write(Path target, byte[] content) {
        try {
            createParent(target);
            Path part = target.resolveSibling("." + target.getFileName() + ".part");
            Files.write(part, content);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BucketException("Cannot write " + target, e);
        }
    }
}
