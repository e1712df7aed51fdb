package newsgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** Version text for {@code --version}: the jar's implementation version, or "dev". */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newsgraph " + (v == null ? "dev" : v) + ", Java " + Runtime.version()};
    }
}
