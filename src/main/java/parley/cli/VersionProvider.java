package parley.cli;

import parley.core.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version from the pom. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Parley " + AppVersion.current()};
    }
}
