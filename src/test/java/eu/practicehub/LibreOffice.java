package eu.practicehub;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's LibreOffice ({@code soffice}), used as installed to convert a document to PDF as a reader's
 * office program would open and print it. Without it the tests that convert are skipped, except under
 * {@code CI=true}, where they fail.
 */
public final class LibreOffice {

    static final Path SOFFICE = Path.of(env("PRACTICEHUB_SOFFICE", "/usr/bin/soffice"));
    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {
    }

    public static void requireInstalled() {
        if (Files.isExecutable(SOFFICE)) {
            return;
        }
        String message = "Document conversion tests need LibreOffice at " + SOFFICE + ": install it with"
                + " 'apt-get install libreoffice-writer-nogui libreoffice-calc-nogui' (or set PRACTICEHUB_SOFFICE)"
                + " to run these tests";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + message);
        }
        // A class skipped before its tests shows no reason in the build output: say it there.
        System.out.println("[libreoffice] Skipped. " + message);
        assumeTrue(false, "Skipped. " + message);
    }

    /**
     * The document converted with {@code soffice --headless --convert-to pdf}, in a user profile of its
     * own so that conversions never share one.
     *
     * @param extension the document's file extension, which tells LibreOffice what it is: docx, xlsx
     */
    public static byte[] convertToPdf(byte[] document, String extension) throws IOException, InterruptedException {
        requireInstalled();
        Path folder = Files.createTempDirectory("practicehub-soffice");
        try {
            Path input = Files.write(folder.resolve("document." + extension), document);
            Path log = folder.resolve("soffice.log");
            ProcessBuilder command = new ProcessBuilder(SOFFICE.toString(),
                    "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", folder.toString(), input.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            command.environment().put("HOME", folder.toString());
            Process soffice = command.start();
            if (!soffice.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                soffice.destroyForcibly();
                fail("soffice did not convert " + input.getFileName() + " within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
            }
            Path pdf = folder.resolve("document.pdf");
            if (soffice.exitValue() != 0 || !Files.isRegularFile(pdf)) {
                fail("soffice did not convert " + input.getFileName() + " (exit " + soffice.exitValue() + "): " + Files.readString(log));
            }
            return Files.readAllBytes(pdf);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
