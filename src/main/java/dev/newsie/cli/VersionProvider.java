package dev.newsie.cli;

import picocli.CommandLine;

/** The version from the jar manifest (the pom), with the CoreNLP version it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"newsie " + (version == null ? "(development build)" : version),
                "output schema newsie/1, Stanford CoreNLP 4.5.10"};
    }
}
