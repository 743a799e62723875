package io.benchwarden.runner.agent;

/** The agent did not start, or stopped while it was being measured; the message carries its log. */
public final class AgentFailedException extends RuntimeException {

    public AgentFailedException(String message) {
        super(message);
    }
}
