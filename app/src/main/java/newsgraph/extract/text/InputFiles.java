package newsgraph.extract.text;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files named on a command line, directories expanded, each either to be read or refused with
 * the reason, found by its type before anything is opened: a FIFO would block the reader forever, a
 * device such as /dev/zero never ends, a dangling symbolic link or a loop of them has nothing to
 * read. Shared by {@code extract} and {@code ingest}, so that both refuse the same inputs with the
 * same words, and a bad argument never stops the others.
 */
public final class InputFiles {
    /** One input: a path to read ({@code refusal} null) or why it is not read. */
    public record Input(Path path, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /** How a directory is expanded. */
    public record Selection(boolean recursive, Predicate<Path> wanted) {
        /** {@code extract}: the directory's own {@code .txt} files. */
        public static final Selection TEXT_FILES = new Selection(false, p -> p.getFileName().toString().endsWith(".txt"));
        /** {@code ingest}: every non-hidden file under the directory but README.md. */
        public static final Selection ALL_FILES = new Selection(true, p -> !p.getFileName().toString().startsWith(".")
                && !p.getFileName().toString().equalsIgnoreCase("README.md"));
    }

    private InputFiles() {}

    /**
     * Every input of {@code args} in order: a file argument as itself (refused when it is no regular
     * file), a directory as its wanted regular files in name order, plus — reported, never silently
     * skipped — its entries that cannot be read as files (FIFOs, devices, sockets, dangling symbolic
     * links, loops) and subdirectories that cannot be listed. Hidden entries of a recursive walk are
     * left out; symbolic links to directories are not followed.
     */
    public static List<Input> expand(List<Path> args, Selection selection) {
        List<Input> out = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                directory(arg, selection, out);
            } else {
                out.add(new Input(arg, refusal(arg)));
            }
        }
        return out;
    }

    private static void directory(Path dir, Selection selection, List<Input> out) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            out.add(new Input(dir, "cannot list the directory: " + reason(e)));
            return;
        }
        entries.sort(null);
        for (Path p : entries) {
            boolean hidden = p.getFileName().toString().startsWith(".");
            if (selection.recursive() && hidden) {
                continue;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (selection.recursive()) {
                    directory(p, selection, out);
                }
                continue;
            }
            String refusal = refusal(p);
            if (refusal == null) {
                if (selection.wanted().test(p)) {
                    out.add(new Input(p, null));
                }
            } else if (!(Files.isSymbolicLink(p) && Files.isDirectory(p))) {
                out.add(new Input(p, refusal)); // a FIFO, device, socket, dangling link or loop: said, not skipped
            }
        }
    }

    /** Null when {@code p} is a regular file (or a symbolic link to one); otherwise what it is, as a refusal. */
    public static String refusal(Path p) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(p)) {
                return "dangling symbolic link (its target " + target(p) + " does not exist): nothing to read";
            }
            return "cannot read: no such file or directory";
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().toLowerCase().contains("levels of symbolic links")) {
                return "symbolic link loop (" + target(p) + "): nothing to read";
            }
            return "cannot read: " + reason(e);
        } catch (IOException | RuntimeException e) {
            return "cannot read: " + reason(e);
        }
        if (a.isRegularFile()) {
            return null;
        }
        if (a.isDirectory()) {
            return "a directory, not a file";
        }
        return "not a regular file but " + kind(p) + ": refused without reading";
    }

    /** What kind of special file {@code p} is, from its Unix mode when the platform tells it. */
    private static String kind(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    private static String target(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
