package eu.practicehub.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests over a plain socket, for what {@code java.net.http} will not send: a Host header of the
 * sender's choice, HTTP/1.0. Keeps the session cookie, as a browser would.
 */
final class RawHttp {

    static final String HTTP_1_1 = "HTTP/1.1";
    static final String HTTP_1_0 = "HTTP/1.0";

    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final int port;
    private final Map<String, String> headers;
    private String session;

    /** A client sending {@code headers} (e.g. {@code Host}) with every request. */
    RawHttp(int port, Map<String, String> headers) {
        this.port = port;
        this.headers = headers;
    }

    record Answer(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    Answer get(String target) throws IOException {
        return send("GET", target, HTTP_1_1, null);
    }

    /** A form post with the CSRF token of the page at {@code tokenFrom}; {@code form} is already encoded. */
    Answer post(String target, String tokenFrom, String form) throws IOException {
        Matcher token = CSRF.matcher(get(tokenFrom).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + tokenFrom);
        }
        String body = "_csrf=" + token.group(1) + (form.isEmpty() ? "" : "&" + form);
        return send("POST", target, HTTP_1_1, body);
    }

    Answer send(String method, String target, String version, String form) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + target + " " + version + "\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (!headers.containsKey("Host")) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        request.append("Accept: text/html,*/*;q=0.8\r\nConnection: close\r\n");
        if (session != null) {
            request.append("Cookie: JSESSIONID=").append(session).append("\r\n");
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                    .append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            Answer answer = read(socket.getInputStream().readAllBytes());
            answer.all("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find).forEach(m -> session = m.group(1));
            return answer;
        }
    }

    private static Answer read(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] rest = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
        String body = new String(chunked ? unchunk(rest) : rest, StandardCharsets.UTF_8);
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOfLineEnd(chunked, at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOfLineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("a chunk without its size line");
    }
}
