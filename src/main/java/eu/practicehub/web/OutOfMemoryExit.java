package eu.practicehub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A server that has run out of memory stops at once, so that whatever supervises it (systemd, a container
 * platform) starts it again: after an {@link OutOfMemoryError} a thread may have died half-way (Tomcat's
 * connection acceptor, a lock holder, the database's writer), and the process would stay up answering
 * nothing. The launch sets {@code -XX:+ExitOnOutOfMemoryError} (see the README, Operations); this is the net
 * for a launch without it: an error of a request (seen first by the exception resolvers, which would
 * otherwise answer it as any other failure, or else by this filter), or of any other thread, ends the
 * process with status 3 after one line in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutOfMemoryExit extends OncePerRequestFilter implements HandlerExceptionResolver {

    static final int EXIT_STATUS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(OutOfMemoryExit.class);

    private static final AtomicBoolean THREADS_WATCHED = new AtomicBoolean();

    private final Runnable halt;

    OutOfMemoryExit() {
        this(() -> Runtime.getRuntime().halt(EXIT_STATUS));
        if (THREADS_WATCHED.compareAndSet(false, true)) {
            Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
            Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
                if (causedByOutOfMemory(error)) {
                    stop(thread.getName());
                } else if (previous != null) {
                    previous.uncaughtException(thread, error);
                } else {
                    error.printStackTrace();
                }
            });
        }
    }

    /** With the action that ends the process, which a test replaces. */
    OutOfMemoryExit(Runnable halt) {
        this.halt = halt;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException | Error e) {
            if (causedByOutOfMemory(e)) {
                stop(request.getMethod() + " " + request.getRequestURI());
            }
            throw e;
        }
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception error) {
        if (causedByOutOfMemory(error)) {
            stop(request.getMethod() + " " + request.getRequestURI());
        }
        return null;
    }

    private void stop(String where) {
        // Written before anything else that may need memory; the process ends right after.
        System.err.println("Out of memory in " + where + ": stopping the server so that it is started again");
        try {
            LOG.error("Out of memory in {}: stopping the server so that it is started again", where);
        } finally {
            halt.run();
        }
    }

    static boolean causedByOutOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
