package eu.practicehub.planning;

/** One measure: its target (null when none is set), what the data says was achieved, and what is planned. */
public record MeasureProgress(Measure measure, Integer target, int achieved, int planned) {

    /** What is still to be achieved to reach the target; 0 without a target or once it is reached. */
    public int remaining() {
        return target == null ? 0 : Math.max(0, target - achieved);
    }
}
