/**
 * The SOAP channel for ERP/CRM integrators: faults, scope checks and the refusal of DTDs shared
 * by every {@code @WebService} under {@code /soap}. Endpoints live in capability sub-packages.
 */
package io.tresor.web.soap;
