package parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeScaleTest {
    private static final double DAY = TimeScale.DAY;

    @Test
    void mapsTimeToPixelsAndBack() {
        TimeScale s = new TimeScale(1000 * DAY, DAY / 10, 800);
        assertThat(s.x(1000 * DAY)).isEqualTo(0);
        assertThat(s.x(1001 * DAY)).isEqualTo(10, within(1e-9));
        assertThat(s.time(s.x(1234.5 * DAY))).isEqualTo(1234.5 * DAY, within(1e-3));
        assertThat(s.end()).isEqualTo(1080 * DAY, within(1e-3));
    }

    @Test
    void zoomKeepsTheTimeUnderThePointerFixed() {
        TimeScale s = new TimeScale(20_000 * DAY, DAY / 4, 1200);
        for (double x : new double[] {0, 137, 600, 1199}) {
            double before = s.time(x);
            TimeScale in = s.zoomAt(x, 2.5);
            TimeScale out = s.zoomAt(x, 0.3);
            assertThat(in.time(x)).isEqualTo(before, within(1e-3));
            assertThat(out.time(x)).isEqualTo(before, within(1e-3));
            assertThat(in.secondsPerPx()).isEqualTo(s.secondsPerPx() / 2.5, within(1e-9));
        }
    }

    @Test
    void zoomIsClampedBetweenMinutesAndCenturies() {
        TimeScale s = new TimeScale(0, 10, 1000);
        assertThat(s.zoomAt(500, 1e9).secondsPerPx()).isEqualTo(TimeScale.MIN_SECONDS_PER_PX);
        assertThat(s.zoomAt(500, 1e-12).secondsPerPx()).isEqualTo(TimeScale.MAX_SECONDS_PER_PX);
    }

    @Test
    void panMovesContentWithTheDrag() {
        TimeScale s = new TimeScale(5000 * DAY, DAY, 500);
        double t = s.time(100);
        TimeScale panned = s.panBy(40);
        assertThat(panned.x(t)).isEqualTo(140, within(1e-9));
        assertThat(panned.secondsPerPx()).isEqualTo(s.secondsPerPx());
    }

    @Test
    void fitShowsTheRangeWithItsMargin() {
        TimeScale s = TimeScale.fit(100 * DAY, 200 * DAY, 1000, 0.05);
        assertThat(s.x(100 * DAY)).isEqualTo(1000 * 0.05 / 1.1, within(1e-6));
        assertThat(s.x(200 * DAY)).isEqualTo(1000 - 1000 * 0.05 / 1.1, within(1e-6));
    }

    @Test
    void fitOfASingleInstantStillShowsADay() {
        TimeScale s = TimeScale.fit(100 * DAY, 100 * DAY, 1000, 0);
        assertThat(s.end() - s.start()).isEqualTo(DAY, within(1e-3));
        assertThat(s.x(100 * DAY)).isEqualTo(500, within(1e-6));
    }
}
