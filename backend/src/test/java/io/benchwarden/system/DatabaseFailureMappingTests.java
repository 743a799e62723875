package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.SQLException;
import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that goes away mid-request surfaces in many wrappers; every one of them is answered 503 with
 * Retry-After (never 500), on the API as JSON and on pages as the error page, while other data failures keep
 * their own answers.
 */
class DatabaseFailureMappingTests {

    private Supplier<RuntimeException> failure;

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingApi(), new FailingPage())
            .setControllerAdvice(new PageExceptionHandler(), new ApiExceptionHandler("1MB", "8MB"),
                    new UnexpectedErrorHandler())
            .build();

    /** What the driver throws when the server ends the connection: shut down, crashed, starting up. */
    private static PSQLException serverSays(String sqlState) {
        return new PSQLException(new ServerErrorMessage("SFATAL\0C" + sqlState + "\0Mterminating connection\0"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "57P01", "57P02", "57P03", "57014", "55P03" })
    void shouldAnswer503ForAJpaSystemExceptionAroundAServerThatEndedTheConnection(String sqlState) throws Exception {
        failure = () -> new JpaSystemException(new PersistenceException("could not execute statement",
                serverSays(sqlState)));

        mvc.perform(get("/api/failing")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .andExpect(jsonPath("$.error").value("database_unavailable"))
                .andExpect(jsonPath("$.message").value(DatabaseUnavailable.MESSAGE));
    }

    @Test
    void shouldAnswer503ForAFailedCommitOnABrokenConnection() throws Exception {
        failure = () -> new TransactionSystemException("Could not commit JPA transaction",
                new PersistenceException("Unable to commit against JDBC Connection",
                        new PSQLException("An I/O error occurred while sending to the backend.",
                                PSQLState.CONNECTION_FAILURE)));

        mvc.perform(get("/api/failing")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }

    /** The statement fails on the dropped connection, then the rollback fails on the pool's closed stand-in. */
    @Test
    void shouldAnswer503WhenTheRollbackAfterALostConnectionFails() throws Exception {
        failure = () -> new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        mvc.perform(get("/api/failing")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }

    @Test
    void shouldAnswer503WhenTheConnectionStateHidesInABatchsNextException() throws Exception {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(serverSays("57P02"));
        failure = () -> new JpaSystemException(new PersistenceException("could not execute batch", batch));

        mvc.perform(get("/api/failing")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void shouldKeepAnsweringOtherDatabaseFailuresWith500AndAReference() throws Exception {
        failure = () -> new JpaSystemException(new PersistenceException("could not execute statement",
                serverSays("XX001")));

        mvc.perform(get("/api/failing")).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error").value("internal_error"));
    }

    @Test
    void shouldShowTheErrorPageWith503WhenAPagesDatabaseIsGone() throws Exception {
        failure = () -> new JpaSystemException(new PersistenceException("could not execute statement",
                serverSays("57P01")));

        mvc.perform(get("/page/failing")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .andExpect(view().name(PageExceptionHandler.ERROR));
    }

    @Test
    void shouldLeaveOtherDataFailuresOfAPageToTheDefaultErrorHandling() {
        DataIntegrityViolationException violation = new DataIntegrityViolationException("duplicate key",
                serverSays("23505"));
        failure = () -> violation;

        assertThatThrownBy(() -> mvc.perform(get("/page/failing"))).hasRootCause(violation.getRootCause());
    }

    @Test
    void shouldRecogniseAConnectionGoneAnywhereInTheCauseChainButNothingElse() {
        assertThat(DatabaseUnavailable.is(new IllegalStateException(new JpaSystemException(
                new PersistenceException(new PSQLException("refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new JpaSystemException(new PersistenceException(serverSays("42P01")))))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("no database involved"))).isFalse();
    }

    @RestController
    class FailingApi {

        @GetMapping("/api/failing")
        String fail() {
            throw failure.get();
        }
    }

    @Controller
    @WebPage
    class FailingPage {

        @GetMapping("/page/failing")
        String fail() {
            throw failure.get();
        }
    }
}
