package eu.practicehub.backup;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A backup as a file to keep, for the page and the API alike: an attachment that no cache keeps, as it holds password hashes. */
public final class BackupDownload {

    private BackupDownload() {
    }

    public static ResponseEntity<InstanceBackup> of(InstanceBackup backup) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(backup.fileName()).build()
                        .toString())
                .cacheControl(CacheControl.noStore())
                .body(backup);
    }
}
