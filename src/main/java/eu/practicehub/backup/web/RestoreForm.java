package eu.practicehub.backup.web;

import org.springframework.web.multipart.MultipartFile;

/** The restore form: the backup file to upload. */
public class RestoreForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
