package eu.practicehub.transfer.web;

import eu.practicehub.transfer.TransferFilter;
import eu.practicehub.transfer.TransferStage;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/** The transfer list's query string: stage, partner id (owner or importer) and page number (from 1). */
public class TransferQuery {

    private TransferStage stage;
    private Long partner;
    private Integer page;

    TransferFilter filter() {
        return new TransferFilter(stage, partner);
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** The list's address with these filters and without a page number. */
    String link(String key) {
        return UriComponentsBuilder.fromPath("/projects/{key}/transfers")
                .queryParamIfPresent("stage", Optional.ofNullable(stage))
                .queryParamIfPresent("partner", Optional.ofNullable(partner))
                .buildAndExpand(key).encode().toUriString();
    }

    public boolean isFiltered() {
        return stage != null || partner != null;
    }

    public TransferStage getStage() {
        return stage;
    }

    public void setStage(TransferStage stage) {
        this.stage = stage;
    }

    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
