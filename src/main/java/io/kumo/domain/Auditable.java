package io.kumo.domain;

import java.util.Map;

/** An entity whose changes are written to the audit log, field by field. */
public interface Auditable {

    String auditTargetType();

    /** Null before the entity is stored. */
    Long getId();

    String getName();

    /** The fields as they should appear in an audit entry, in display order. Secrets must be masked here. */
    Map<String, Object> auditFields();
}
