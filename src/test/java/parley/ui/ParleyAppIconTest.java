package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.image.Image;

/** The window's icon comes from the jar in every shipped size. */
@ExtendWith(ApplicationExtension.class)
class ParleyAppIconTest {
    @Test
    void everyIconSizeLoadsAtItsSize() {
        var icons = ParleyApp.icons();
        assertThat(icons).hasSize(ParleyApp.ICON_SIZES.length);
        for (int i = 0; i < icons.size(); i++) {
            Image img = icons.get(i);
            assertThat(img.isError()).isFalse();
            assertThat(img.getWidth()).isEqualTo(ParleyApp.ICON_SIZES[i]);
        }
    }
}
