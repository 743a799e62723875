package io.benchwarden.runner.command;

/** The runner's exit codes; CI scripts branch on them, so they never change meaning. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int GATE_FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int UPLOAD_SPOOLED = 3;
    public static final int UPLOAD_REJECTED = 4;
    /** A measurement could not be taken: a syscall failed, or the agent did not start or died mid-round. */
    public static final int MEASUREMENT_FAILED = 5;
    /** The run was stored, but its commit status could not be set (upload --commit-status). */
    public static final int COMMIT_STATUS_FAILED = 6;

    private ExitCodes() {
    }
}
