package newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of newsgraph: the Maven project version, written into {@code newsgraph/version.properties}
 * at build time. {@code --version} prints it; the OpenAPI spec gets the same value from the build.
 */
public final class Version implements IVersionProvider {

    private static final String VERSION = load();

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/newsgraph/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("newsgraph/version.properties is missing from the classpath: build with Maven");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"newsgraph " + VERSION + ", Java " + Runtime.version()};
    }
}
