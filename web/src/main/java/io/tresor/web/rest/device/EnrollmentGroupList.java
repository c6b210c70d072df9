package io.tresor.web.rest.device;

import java.util.List;

/** Every enrollment group (none for a customer's clients). */
public record EnrollmentGroupList(List<EnrollmentGroup> items) {
}
