package io.benchwarden.runner.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import io.benchwarden.runner.artifacts.ArtifactFiles;
import picocli.CommandLine.Option;

/** The reference scripts' FORMAT and OUT: text or JSON on stdout, and the same text written to OUT when set. */
public final class OutputOptions {

    @Option(names = "--format", descriptionKey = "FORMAT", defaultValue = "text",
            description = "Output format, text or json (env FORMAT). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", descriptionKey = "OUT", paramLabel = "FILE",
            description = "Also write the output to this file (env OUT).")
    Path out;

    /** Checked before measuring, so a typo does not cost a whole run. */
    boolean json() {
        if (format.equalsIgnoreCase("json")) {
            return true;
        }
        if (format.equalsIgnoreCase("text")) {
            return false;
        }
        throw new BaseCommand.InvalidInputException("FORMAT must be text or json, got '" + format + "'");
    }

    void emit(PrintWriter stdout, Supplier<String> json, Supplier<String> text) {
        String content = json() ? json.get() : text.get();
        if (out != null) {
            ArtifactFiles.write(out, content + "\n");
        }
        stdout.println(content);
    }
}
