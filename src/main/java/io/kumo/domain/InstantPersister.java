package io.kumo.domain;

import com.j256.ormlite.field.FieldType;
import com.j256.ormlite.field.SqlType;
import com.j256.ormlite.field.types.BaseDataType;
import com.j256.ormlite.support.DatabaseResults;
import java.sql.SQLException;
import java.time.Instant;

/** Stores an {@link Instant} as epoch milliseconds in a BIGINT column; ORMLite has no java.time support. */
public final class InstantPersister extends BaseDataType {

    private static final InstantPersister SINGLETON = new InstantPersister();

    private InstantPersister() {
        super(SqlType.LONG, new Class<?>[] {Instant.class});
    }

    public static InstantPersister getSingleton() {
        return SINGLETON;
    }

    @Override
    public Object parseDefaultString(FieldType fieldType, String defaultStr) {
        return Long.parseLong(defaultStr);
    }

    @Override
    public Object resultToSqlArg(FieldType fieldType, DatabaseResults results, int columnPos) throws SQLException {
        long millis = results.getLong(columnPos);
        return results.wasNull(columnPos) ? null : millis; // wasNull speaks of the last column read
    }

    @Override
    public Object sqlArgToJava(FieldType fieldType, Object sqlArg, int columnPos) {
        return sqlArg == null ? null : Instant.ofEpochMilli((Long) sqlArg);
    }

    @Override
    public Object javaToSqlArg(FieldType fieldType, Object javaObject) {
        return javaObject == null ? null : ((Instant) javaObject).toEpochMilli();
    }

    @Override
    public boolean isValidForField(java.lang.reflect.Field field) {
        return field.getType() == Instant.class;
    }
}
