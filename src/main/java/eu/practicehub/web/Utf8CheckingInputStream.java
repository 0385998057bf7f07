package eu.practicehub.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * Passes a body through while checking that it is well-formed UTF-8 (RFC 3629): no overlong forms
 * such as {@code C0 BC} for "<", no surrogates, nothing above U+10FFFF, no sequence cut short. The
 * first byte that breaks the rule fails the read with {@link MalformedBody}.
 */
final class Utf8CheckingInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private long offset;
    /** Continuation bytes still expected, and the range the next one must lie in. */
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    Utf8CheckingInputStream(ServletInputStream in) {
        this.in = in;
    }

    /** The body is not UTF-8; {@link #offset()} is the position of the first byte that is wrong. */
    static final class MalformedBody extends IOException {

        private final long offset;

        MalformedBody(long offset) {
            super("the body is not valid UTF-8 at byte " + offset);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            finish();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int count = in.read(buffer, from, length);
        if (count < 0) {
            finish();
        }
        for (int i = 0; i < count; i++) {
            check(buffer[from + i] & 0xFF);
        }
        return count;
    }

    private void check(int b) throws MalformedBody {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new MalformedBody(offset);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            start(b);
        }
        offset++;
    }

    /** The first byte of a sequence of two to four: how many follow, and the range of the next. */
    private void start(int b) throws MalformedBody {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new MalformedBody(offset);
        }
    }

    private void finish() throws MalformedBody {
        if (pending > 0) {
            throw new MalformedBody(offset);
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
