package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stop of the application as its configuration sets it up: the server takes no new connection, lets
 * the request in flight finish and answer, and only then closes. Runs in this JVM with an application of
 * its own, which it stops; the packaged application stopped as a process is not tested here.
 */
class GracefulShutdownTests {

    @Test
    void aStopLetsTheRequestInFlightFinishAndAnswerBeforeTheServerCloses() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticeHubApplication.class, SlowRequest.class)
                .run("--server.port=0", "--practicehub.demo.enabled=false",
                        "--practicehub.admin.email=admin@shutdown.test", "--practicehub.admin.password=a long test passphrase");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        SlowRequest slow = app.getBean(SlowRequest.class);
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + SlowRequest.PATH)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(slow.started.await(30, TimeUnit.SECONDS)).as("the request is being handled").isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(app::close);
        awaitRefusedConnections(port);
        Thread.sleep(1_000);
        assertThat(stopped).as("the stop waits for the request in flight").isNotDone();
        slow.finish.countDown();

        HttpResponse<String> finished = answer.get(30, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo(SlowRequest.ANSWER);
        stopped.get(30, TimeUnit.SECONDS);
        assertThat(app.isActive()).isFalse();
    }

    private static void awaitRefusedConnections(int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 1_000);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                // not refused yet: try again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server still took new connections 30 seconds after the stop began");
    }

    @RestController
    static class SlowRequest {

        static final String PATH = "/test-operations/slow";
        static final String ANSWER = "finished after the stop began";

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);

        @GetMapping(PATH)
        String answerOnceReleased() throws InterruptedException {
            started.countDown();
            return finish.await(60, TimeUnit.SECONDS) ? ANSWER : "not released";
        }
    }
}
