package eu.practicehub.transfer.web;

import eu.practicehub.transfer.TransferStart;

/** The form that starts a transfer: the practice by title and the importer by short name; the signed-in person starts it. */
public class StartForm {

    private String practice;
    private String importer;

    TransferStart toStart() {
        return new TransferStart(practice, importer);
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public String getImporter() {
        return importer;
    }

    public void setImporter(String importer) {
        this.importer = importer;
    }
}
