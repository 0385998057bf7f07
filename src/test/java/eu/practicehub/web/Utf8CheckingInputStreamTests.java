package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.web.Utf8CheckingInputStream.MalformedBody;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A body passes through unchanged when it is UTF-8, and fails at the first byte that is not. */
class Utf8CheckingInputStreamTests {

    @Test
    void passesUtf8ThroughUnchanged() throws IOException {
        byte[] text = "Nyíregyháza, Gävle, Tartu € 😀 \t\n".getBytes(StandardCharsets.UTF_8);

        assertThat(checked(text).readAllBytes()).isEqualTo(text);
    }

    @Test
    void failsAtTheFirstByteThatIsNotUtf8() {
        assertFailsAt(bytes('{', 0xC0, 0xBC, '}'), 1);
        assertFailsAt(bytes('a', 'b', 0xFF), 2);
        assertFailsAt(bytes(0x80), 0);
        assertFailsAt(bytes('x', 0xED, 0xA0, 0x80), 2);
        assertFailsAt(bytes(0xE0, 0x80, 0xAF), 1);
        assertFailsAt(bytes(0xF0, 0x8F, 0xBF, 0xBF), 1);
        assertFailsAt(bytes(0xF4, 0x90, 0x80, 0x80), 1);
        assertFailsAt(bytes(0xC3, 'a'), 1);
        assertFailsAt(bytes('o', 'k', 0xE2, 0x82), 4);
    }

    @Test
    void checksByteByByteReadsToo() throws IOException {
        Utf8CheckingInputStream in = checked(bytes(0xC3, 0xA4, 0xC0));
        assertThat(in.read()).isEqualTo(0xC3);
        assertThat(in.read()).isEqualTo(0xA4);
        assertThatThrownBy(in::read).isInstanceOf(MalformedBody.class);
    }

    private static void assertFailsAt(byte[] body, long offset) {
        assertThatThrownBy(() -> checked(body).readAllBytes()).isInstanceOfSatisfying(MalformedBody.class,
                e -> assertThat(e.offset()).isEqualTo(offset));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static Utf8CheckingInputStream checked(byte[] body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new Utf8CheckingInputStream(new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int from, int length) {
                return in.read(buffer, from, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        });
    }
}
