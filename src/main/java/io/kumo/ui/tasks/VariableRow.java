package io.kumo.ui.tasks;

import io.kumo.service.TaskVariables.Variable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An editable row of the editor's variables table. */
public final class VariableRow {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");

    public VariableRow(String name, String value) {
        this.name.set(name);
        this.value.set(value);
    }

    Variable toVariable() {
        return new Variable(name.get(), value.get());
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty valueProperty() { return value; }
}
