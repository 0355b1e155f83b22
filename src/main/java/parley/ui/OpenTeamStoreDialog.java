package parley.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import parley.core.Parley;

/**
 * The dialog of File → Open team store…: an address and a password field bound to {@link OpenTeamStoreModel}. It stays
 * open, saying why, until the store opens or the analyst cancels; the store it opened is its result.
 */
final class OpenTeamStoreDialog extends Dialog<Parley> {
    OpenTeamStoreDialog(Window owner, OpenTeamStoreModel model, String suggested) {
        initOwner(owner);
        setTitle("Open team store");
        setHeaderText("A team store on a PostgreSQL server");
        TextField address = new TextField();
        address.setId("team-store-address");
        address.setPromptText("postgresql://ana@db.example.org/parley_desk");
        address.setPrefColumnCount(36);
        address.textProperty().bindBidirectional(model.addressProperty());
        if (suggested != null && model.addressProperty().get().isEmpty()) {
            model.addressProperty().set(suggested);
        }
        PasswordField password = new PasswordField();
        password.setId("team-store-password");
        password.setPromptText("empty: from ~/.pgpass or PGPASSWORD");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label error = new Label();
        error.setId("team-store-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.textProperty().bind(model.errorProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Address"), address);
        grid.addRow(1, new Label("Password"), password);
        grid.add(error, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType open = new ButtonType("Open", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        Button openButton = (Button) getDialogPane().lookupButton(open);
        openButton.disableProperty().bind(model.openingProperty());
        Parley[] opened = {null};
        // The dialog stays open while the store opens and when it does not; it closes on success only.
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.open(p -> {
                opened[0] = p;
                setResult(p);
                close();
            });
        });
        setResultConverter(b -> b == open ? opened[0] : null);
    }
}
