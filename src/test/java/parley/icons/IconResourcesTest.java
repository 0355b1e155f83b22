package parley.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The application icon reaches the class path (the pom maps assets/icons/png to /parley/icons) at every size. */
class IconResourcesTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512})
    void iconIsOnTheClassPathAtItsNominalSize(int size) throws IOException {
        BufferedImage image = read("/parley/icons/parley-" + size + ".png");

        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).as("transparent rounded corners need alpha").isTrue();
        // The corner lies outside the rounded tile, the centre inside the speech bubble.
        assertThat(alpha(image, 0, 0)).isZero();
        assertThat(alpha(image, size / 2, size / 2)).isEqualTo(255);
    }

    private static BufferedImage read(String resource) throws IOException {
        try (InputStream in = IconResourcesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedImage image = ImageIO.read(in);
            assertThat(image).as(resource + " decodes as an image").isNotNull();
            return image;
        }
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
