package newsgraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The password of the embedded server's {@code neo4j} user, kept in {@code <store>/neo4j-password}
 * (mode 0600, like an SSH key): the operator's ({@code --neo4j-password}, {@code NEO4J_PASSWORD}) when
 * given, else one generated on the first start and reused afterwards. The file is what Browser users
 * read to log in, and what later commands on the same store use.
 *
 * <p>{@link #pending()} says the store does not have this password yet (no file, or a new one given):
 * the server then sets it with its connectors off before anyone can connect.
 */
public record StorePassword(String value, Path file, boolean pending) {

    public static final String FILE_NAME = "neo4j-password";
    public static final String USER = "neo4j";
    /** Neo4j's default {@code dbms.security.auth_minimum_password_length}. */
    static final int MIN_LENGTH = 8;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public StorePassword {
        if (value == null || value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the Neo4j password must have at least " + MIN_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "StorePassword[" + file + (pending ? ", pending" : "") + "]";
    }

    /** The password for the store in {@code dataDir}: {@code given} when not blank, else the file's, else a new one. */
    public static StorePassword resolve(Path dataDir, String given) {
        Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
        String stored = read(file);
        if (given != null && !given.isBlank()) {
            return new StorePassword(given, file, !given.equals(stored));
        }
        if (stored != null) {
            return new StorePassword(stored, file, false);
        }
        return new StorePassword(generate(), file, true);
    }

    /** Reads the file (tightening its mode to 0600 if someone loosened it), or null when there is none. */
    static String read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            ownerOnly(file);
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Neo4j password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the password (once the store has it): a 0600 file created beside it, then moved in place. */
    public StorePassword save() {
        try {
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(tmp);
            if (supportsPosix(file.getParent())) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, value + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return new StorePassword(value, file, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Neo4j password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (supportsPosix(file.getParent()) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean supportsPosix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** 20 characters from an alphabet without look-alikes (0/O, 1/l/I): about 116 bits. */
    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
