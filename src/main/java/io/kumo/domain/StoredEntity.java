package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import java.time.Instant;

/** Id and creation/update times shared by the stored entities. */
public abstract class StoredEntity {

    @DatabaseField(generatedId = true, columnName = "id")
    private Long id;

    @DatabaseField(columnName = "created_at", persisterClass = InstantPersister.class, canBeNull = false)
    private Instant createdAt;

    @DatabaseField(columnName = "updated_at", persisterClass = InstantPersister.class, canBeNull = false)
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
