package eu.practicehub.actionplan.documents;

import org.springframework.http.MediaType;

/** The formats a plan downloads in. */
public enum DocumentFormat {

    DOCX("docx", MediaType.parseMediaType(DocumentFormat.DOCX_TYPE)),
    PDF("pdf", MediaType.APPLICATION_PDF);

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = MediaType.APPLICATION_PDF_VALUE;

    private final String extension;
    private final MediaType mediaType;

    DocumentFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }
}
