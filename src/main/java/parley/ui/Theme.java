package parley.ui;

import java.util.List;

/** The window's colour theme: light, or dark (light's stylesheet plus the dark one, which redefines its colours). */
public enum Theme {
    LIGHT(List.of(MainView.STYLESHEET)),
    DARK(List.of(MainView.STYLESHEET, "/parley/ui/parley-dark.css"));

    private final List<String> stylesheets;

    Theme(List<String> stylesheets) {
        this.stylesheets = stylesheets;
    }

    /** The stylesheets to apply, as URLs. */
    public List<String> stylesheetUrls() {
        return stylesheets.stream().map(s -> Theme.class.getResource(s).toExternalForm()).toList();
    }

    /** "Light", "Dark". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
