package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request that runs out of memory stops the server (here: counts the stops); other failures do not. */
class OutOfMemoryExitTests {

    private final AtomicInteger stops = new AtomicInteger();
    private final OutOfMemoryExit exit = new OutOfMemoryExit(stops::incrementAndGet);

    @Test
    void anOutOfMemoryErrorOfARequestStopsTheServer() {
        assertThatThrownBy(() -> exit.doFilter(request(), new MockHttpServletResponse(), failing(new OutOfMemoryError("Java heap space"))))
                .isInstanceOf(OutOfMemoryError.class);

        assertThat(stops).hasValue(1);
    }

    @Test
    void anOutOfMemoryErrorWrappedByTheDispatcherStopsTheServerToo() {
        ServletException wrapped = new ServletException("Handler dispatch failed", new OutOfMemoryError("Java heap space"));

        assertThatThrownBy(() -> exit.doFilter(request(), new MockHttpServletResponse(), failing(wrapped))).isSameAs(wrapped);
        assertThat(exit.resolveException(request(), new MockHttpServletResponse(), null, wrapped)).isNull();

        assertThat(stops).hasValue(2);
    }

    @Test
    void otherFailuresLeaveTheServerRunning() throws Exception {
        IllegalStateException failure = new IllegalStateException("broken", new StackOverflowError());

        assertThatThrownBy(() -> exit.doFilter(request(), new MockHttpServletResponse(), failing(failure))).isSameAs(failure);
        assertThat(exit.resolveException(request(), new MockHttpServletResponse(), null, failure)).isNull();
        exit.doFilter(request(), new MockHttpServletResponse(), (request, response) -> { });

        assertThat(stops).hasValue(0);
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("GET", "/projects/BETTER/action-plans/1");
    }

    private static FilterChain failing(Throwable error) {
        return (request, response) -> {
            if (error instanceof ServletException servlet) {
                throw servlet;
            }
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) error;
        };
    }
}
