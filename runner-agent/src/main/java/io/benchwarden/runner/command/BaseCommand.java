package io.benchwarden.runner.command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

import io.benchwarden.runner.agent.AgentFailedException;
import io.benchwarden.runner.nativeio.SyscallException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Every subcommand's base: output through the command line's writers, and failures mapped to the named exit
 * codes of {@link ExitCodes} with a one-line message on stderr instead of a stack trace.
 */
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return execute();
        }
        catch (InvalidInputException | IllegalArgumentException e) {
            err().println("error: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        catch (AgentFailedException | SyscallException e) {
            err().println("error: " + e.getMessage());
            return ExitCodes.MEASUREMENT_FAILED;
        }
        catch (UncheckedIOException e) {
            err().println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            return ExitCodes.MEASUREMENT_FAILED;
        }
        finally {
            out().flush();
            err().flush();
        }
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The environment the command line was built with (the process environment outside tests). */
    protected EnvironmentDefaults environment() {
        return (EnvironmentDefaults) spec.root().commandLine().getDefaultValueProvider();
    }

    /** Input the user can fix: a bad option value, a missing directory, an invalid artifact. */
    public static final class InvalidInputException extends RuntimeException {

        public InvalidInputException(String message) {
            super(message);
        }
    }
}
