package eu.practicehub.transfer.web;

import eu.practicehub.transfer.TransferStart;

/** The form that starts a transfer: the practice by title, the importer by short name, and who starts it. */
public class StartForm {

    private String practice;
    private String importer;
    private String by;

    TransferStart toStart() {
        return new TransferStart(practice, importer, by);
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

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
