package eu.practicehub.actionplan.web;

import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionSpec;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.LinkKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** An action as the browser sends it: its background as PRACTICE:12, EVENT:3 or TRANSFER:5 tokens. */
public class ActionForm {

    private String title;
    private List<String> background = new ArrayList<>();
    private String backgroundText;
    private String description;
    private String players;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private BigDecimal costAmount;
    private String costCurrency;
    private String fundingSources;
    private ActionStatus status = ActionStatus.PLANNED;
    private String abandonReason;
    private Integer progress = 0;
    private List<IndicatorRow> indicators = new ArrayList<>();
    private Long version;

    /** Empty rows to add indicators in, after the ones the action has. */
    static final int SPARE_ROWS = 2;

    static ActionForm of(Action action) {
        ActionForm form = new ActionForm();
        form.title = action.getTitle();
        form.background = new ArrayList<>(action.getBackground().stream().map(BackgroundLink::token).toList());
        form.backgroundText = action.getBackgroundText();
        form.description = action.getDescription();
        form.players = action.getPlayers();
        form.startDate = action.getStartDate();
        form.endDate = action.getEndDate();
        form.costAmount = action.getCostAmount();
        form.costCurrency = action.getCostCurrency();
        form.fundingSources = action.getFundingSources();
        form.status = action.getStatus();
        form.abandonReason = action.getAbandonReason();
        form.progress = action.getProgress();
        form.indicators = new ArrayList<>(action.getIndicators().stream().map(IndicatorRow::of).toList());
        form.version = action.getVersion();
        return form.withSpareRows();
    }

    ActionForm withSpareRows() {
        indicators.removeIf(row -> row == null || row.isEmpty());
        for (int i = 0; i < SPARE_ROWS; i++) {
            indicators.add(new IndicatorRow());
        }
        return this;
    }

    ActionSpec toSpec() {
        List<BackgroundLink> links = background.stream().map(ActionForm::link).toList();
        List<eu.practicehub.actionplan.IndicatorSpec> rows = indicators.stream()
                .filter(row -> row != null && !row.isEmpty()).map(IndicatorRow::toSpec).toList();
        return new ActionSpec(title, links, backgroundText, description, players, startDate, endDate, costAmount,
                costCurrency, fundingSources, status, abandonReason, progress, rows);
    }

    /** A token the page did not offer becomes an empty entry, which the rules report. */
    private static BackgroundLink link(String token) {
        try {
            String[] parts = token.split(":", 2);
            return BackgroundLink.of(LinkKind.valueOf(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getBackground() {
        return background;
    }

    public void setBackground(List<String> background) {
        this.background = background == null ? new ArrayList<>() : background;
    }

    public String getBackgroundText() {
        return backgroundText;
    }

    public void setBackgroundText(String backgroundText) {
        this.backgroundText = backgroundText;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPlayers() {
        return players;
    }

    public void setPlayers(String players) {
        this.players = players;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getCostAmount() {
        return costAmount;
    }

    public void setCostAmount(BigDecimal costAmount) {
        this.costAmount = costAmount;
    }

    public String getCostCurrency() {
        return costCurrency;
    }

    public void setCostCurrency(String costCurrency) {
        this.costCurrency = costCurrency;
    }

    public String getFundingSources() {
        return fundingSources;
    }

    public void setFundingSources(String fundingSources) {
        this.fundingSources = fundingSources;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public String getAbandonReason() {
        return abandonReason;
    }

    public void setAbandonReason(String abandonReason) {
        this.abandonReason = abandonReason;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorRow> indicators) {
        this.indicators = indicators == null ? new ArrayList<>() : indicators;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
