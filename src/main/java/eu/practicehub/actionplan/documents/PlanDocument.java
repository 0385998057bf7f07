package eu.practicehub.actionplan.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A plan written as a file: its name (e.g. {@code BETTER-Gävle-action-plan.pdf}), format and bytes. */
public record PlanDocument(String fileName, DocumentFormat format, byte[] content) {

    /** The file as a download, with a plain ASCII name for old clients and the exact one (RFC 5987) for the others. */
    public ResponseEntity<byte[]> asDownload() {
        String disposition = "attachment; filename=\"" + asciiFileName() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(format.mediaType()).header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .contentLength(content.length).body(content);
    }

    /** The name without accents, anything else outside letters, digits, dot, dash and underscore as a dash. */
    public String asciiFileName() {
        String withoutAccents = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
