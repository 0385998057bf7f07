package eu.practicehub.actionplan.documents;

/** How a table's columns share a width, in the same unit as the widths they are given. */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * Each column at the width of its longest line if they all fit, the first taking what is left; else
     * between its widest word and its longest line in proportion; else its widest word scaled down.
     *
     * @param natural each column's width with no line wrapped
     * @param least each column's width with its widest word unbroken
     */
    static float[] share(float[] natural, float[] least, float width) {
        float naturalSum = sum(natural);
        float leastSum = sum(least);
        float[] widths = new float[natural.length];
        for (int i = 0; i < natural.length; i++) {
            if (naturalSum <= width) {
                widths[i] = natural[i] + (i == 0 ? width - naturalSum : 0);
            } else if (leastSum < width) {
                widths[i] = least[i] + (natural[i] - least[i]) * (width - leastSum) / (naturalSum - leastSum);
            } else {
                widths[i] = least[i] * width / leastSum;
            }
        }
        return widths;
    }

    static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }
}
