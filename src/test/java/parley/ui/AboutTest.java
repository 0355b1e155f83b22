package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AboutTest {
    @Test
    void aboutNamesThePomVersion() {
        assertThat(MainView.aboutText()).matches("(?s)Parley \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n\\n.+");
    }
}
