package io.kumo.secrets;

import io.kumo.common.ValidationException;
import io.kumo.domain.EnvVariable;
import io.kumo.service.AuditedRepository;
import io.kumo.service.VariableNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Global environment variables, PLAIN or SECRET. A secret's value is stored sealed ({@link SecretCipher}); the
 * audit log and every listing show it as {@code ******}; only {@link #reveal} and the runs themselves see it in clear
 * (and run logs mask it).
 */
public final class VariableService {

    public static final String MASK = "******";

    private final AuditedRepository<EnvVariable> repository;
    private final SecretCipher cipher;
    private volatile RunVariables cached;

    public VariableService(AuditedRepository<EnvVariable> repository, SecretCipher cipher) {
        this.repository = repository;
        this.cipher = cipher;
        repository.addListener((variable, deleted) -> cached = null);
    }

    /** A variable as lists show it: secrets masked. */
    public record VariableView(String name, boolean secret, String shownValue, String description) {
    }

    /** What a run gets: every variable in clear, and the secret values to mask in its log. */
    public record RunVariables(Map<String, String> values, List<String> secrets) {
    }

    public EnvVariable set(String name, String value, boolean secret, String description) {
        if (!VariableNames.isValid(name)) {
            throw new ValidationException("variable name: '" + name + "' must be " + VariableNames.RULE);
        }
        if (value == null) {
            throw new ValidationException("variable " + name + ": a value is needed");
        }
        if (secret && value.isEmpty()) {
            // nothing to seal and nothing to mask in run logs: almost always an unset shell variable on a command line
            throw new ValidationException("variable " + name + ": a secret needs a value, and this one is empty");
        }
        String stored = secret ? cipher.encrypt(value) : value;
        EnvVariable variable = repository.findByName(name).orElse(null);
        if (variable == null) {
            variable = new EnvVariable(name, stored, secret);
            variable.setDescription(description);
            return repository.create(variable);
        }
        variable.setValue(stored);
        variable.setSecret(secret);
        if (description != null) {
            variable.setDescription(description);
        }
        return repository.update(variable);
    }

    public List<VariableView> list() {
        List<VariableView> views = new ArrayList<>();
        for (EnvVariable variable : repository.list()) {
            views.add(new VariableView(variable.getName(), variable.isSecret(),
                    variable.isSecret() ? MASK : variable.getValue(), variable.getDescription()));
        }
        return views;
    }

    /** The clear value, for an explicit "reveal". */
    public String reveal(String name) {
        EnvVariable variable = find(name);
        return variable.isSecret() ? cipher.decrypt(variable.getValue()) : variable.getValue();
    }

    public void remove(String name) {
        repository.delete(find(name).getId());
    }

    public RunVariables forRuns() {
        RunVariables variables = cached;
        if (variables == null) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> secrets = new ArrayList<>();
            for (EnvVariable variable : repository.list()) {
                String value = variable.isSecret() ? cipher.decrypt(variable.getValue()) : variable.getValue();
                values.put(variable.getName(), value);
                if (variable.isSecret()) {
                    secrets.add(value);
                }
            }
            variables = new RunVariables(Map.copyOf(values), List.copyOf(secrets));
            cached = variables;
        }
        return variables;
    }

    private EnvVariable find(String name) {
        return repository.findByName(name).orElseThrow(() -> new ValidationException("no variable named '" + name + "'"));
    }
}
